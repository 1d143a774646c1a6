"""The analysis cache beside the notes."""
import copy
import errno
import json
import os
import time
from pathlib import Path

import pytest

from nutgraf.analysis.model import Analysis, AnalysisJSONError, check_json
from nutgraf.store import cache as cache_module
from nutgraf.store.cache import AnalysisCache

ROOT = Path(__file__).resolve().parent.parent

RESULT = {"actors": [{"name": "ICC", "mentions": [[4, 7]]}], "numbers": []}


def test_round_trip_across_instances_and_keys(tmp_path):
    assert AnalysisCache(tmp_path).put("d1", "en_core_web_sm-3.8.0", 2, RESULT) is True
    cache = AnalysisCache(tmp_path)
    assert cache.get("d1", "en_core_web_sm-3.8.0", 2) == RESULT
    assert cache.get("d1", "en_core_web_sm-3.8.0", "2") == RESULT
    assert cache.get("d1", "en_core_web_sm-3.8.1", 2) is None
    assert cache.get("d1", "en_core_web_sm-3.8.0", 3) is None
    assert cache.get("d2", "en_core_web_sm-3.8.0", 2) is None


def test_uses_nutgraf_home(tmp_path, monkeypatch):
    monkeypatch.setenv("NUTGRAF_HOME", str(tmp_path))
    AnalysisCache().put("d", "m", 1, RESULT)
    assert len(list((tmp_path / "cache").glob("*.json"))) == 1


def test_damaged_entries_are_ignored_and_replaced(tmp_path):
    cache = AnalysisCache(tmp_path)
    cache.put("d", "m", 1, RESULT)
    (entry,) = (tmp_path / "cache").glob("*.json")
    for damage in (b"", b"{\"key\": [\"d\", \"m\", \"1\"], \"data\": {\"act", b"[]", b"\xff\xfe"):
        entry.write_bytes(damage)
        assert cache.get("d", "m", 1) is None
        assert cache.put("d", "m", 1, RESULT)
        assert cache.get("d", "m", 1) == RESULT


def test_oldest_unused_entries_are_evicted(tmp_path):
    cache = AnalysisCache(tmp_path, max_entries=3)
    for n in range(3):
        cache.put(f"d{n}", "m", 1, {"n": n})
    assert cache.get("d0", "m", 1) == {"n": 0}  # used: now the newest
    cache.put("d3", "m", 1, {"n": 3})
    assert len(list((tmp_path / "cache").glob("*.json"))) == 3
    assert cache.get("d1", "m", 1) is None
    assert [cache.get(f"d{n}", "m", 1) for n in (0, 2, 3)] == [{"n": 0}, {"n": 2}, {"n": 3}]


def test_unwritable_cache_is_not_an_error(tmp_path, monkeypatch):
    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cache_module, "atomic_write", full)
    cache = AnalysisCache(tmp_path)
    assert cache.put("d", "m", 1, RESULT) is False
    assert cache.get("d", "m", 1) is None


def test_an_entry_over_max_bytes_is_left_for_a_later_read(tmp_path):
    cache = AnalysisCache(tmp_path)
    cache.put("d1", "m 1", 1, RESULT)
    assert cache.get("d1", "m 1", 1, max_bytes=10) is None
    assert cache.get("d1", "m 1", 1, max_bytes=10_000) == RESULT
    assert cache.get("d1", "m 1", 1) == RESULT  # still there, untouched by the refusal


@pytest.fixture
def analysis_json(app_analysis) -> dict:
    """The hand-built analysis of conftest in the --json contract's form."""
    return json.loads(json.dumps(app_analysis.to_json()))


@pytest.fixture
def analysis_columns(app_analysis) -> dict:
    """The hand-built analysis of conftest as its cache entry holds it."""
    return json.loads(json.dumps(app_analysis.to_columns()))


def damaged(analysis: dict, change) -> dict:
    data = copy.deepcopy(analysis)
    change(data)
    return data


def column(section: str, name: str):
    """A change of one column of the cache's form: change(data, column)."""
    return lambda change: lambda d: change(d, d[section]["columns"][name])


BAD_ENTRIES = {
    "sentences cut mid-span": lambda d: d["sentences"].pop(),
    "actor a number": column("actors", "id")(lambda d, c: c.__setitem__(0, 42)),
    "span past the end": column("quotes", "span")(lambda d, c: c.__setitem__(1, 10**6)),
    "actor without mentions": column("actors", "mentions")(lambda d, c: (c[0].__setitem__(0, 0),
                                                                         c[1].__setitem__(slice(0, 6), []))),
    "missing list": lambda d: d.pop("timeline"),
    "missing column": lambda d: d["numbers"]["columns"].pop("span"),
    "name a list": column("actors", "name")(lambda d, c: c.__setitem__(1, ["Donald", "Trump"])),
    "value a string": column("numbers", "value")(lambda d, c: c.__setitem__(0, "125")),
    "reversed span": column("timeline", "span")(lambda d, c: c.__setitem__(slice(0, 2), [9, 3])),
    "bool offset": lambda d: d["furniture"].extend([True, 4]),
    "one item more than its columns": lambda d: d["numbers"].__setitem__("count", 3),
    "half a missing span": column("quotes", "speaker_span")(lambda d, c: c.__setitem__(slice(2, 4), [-1, 5])),
    "lengths that do not add up": column("actors", "aliases")(lambda d, c: c[0].__setitem__(0, 5)),
    "lists of objects for columns": lambda d: d.update({key: [] for key in ("actors", "quotes", "numbers")}),
}


@pytest.mark.model
def test_a_real_analysis_comes_back_from_the_cache_as_it_was(model, tmp_path):
    from nutgraf.analysis.pipeline import analyze

    text = (ROOT / "sample_articles" / "icc-sanctions.txt").read_text(encoding="utf-8")
    analysis = analyze(text, None, model)
    assert analysis.time_mentions and analysis.quotes and analysis.numbers and analysis.timeline
    cache = AnalysisCache(tmp_path)
    cache.put("d", "m", 1, analysis.to_columns())
    again = cache.get("d", "m", 1, load=lambda data: Analysis.from_columns(data, text))
    assert again == analysis
    assert json.dumps(again.to_json(with_mentions=True)) == json.dumps(analysis.to_json(with_mentions=True))


@pytest.mark.parametrize("change", BAD_ENTRIES.values(), ids=BAD_ENTRIES.keys())
def test_an_entry_that_is_not_an_analysis_of_the_text_is_refused_and_deleted(tmp_path, change, analysis_columns,
                                                                              app_document):
    cache = AnalysisCache(tmp_path)
    load = lambda data: Analysis.from_columns(data, app_document.text)  # noqa: E731
    cache.put("d", "m", 1, damaged(analysis_columns, change))
    assert cache.get("d", "m", 1, load=load) is None
    assert list((tmp_path / "cache").glob("*.json")) == []
    cache.put("d", "m", 1, analysis_columns)
    assert cache.get("d", "m", 1, load=load).to_columns() == analysis_columns


def test_the_columns_check_names_what_is_wrong(analysis_columns, app_document):
    text = app_document.text
    with pytest.raises(AnalysisJSONError, match=r"quotes.span\[0\] \d+-1000000 is not inside the text of \d+"):
        Analysis.from_columns(damaged(analysis_columns, BAD_ENTRIES["span past the end"]), text)
    with pytest.raises(AnalysisJSONError, match=r"actors.mentions holds a value that is not a count of 1 or more"):
        Analysis.from_columns(damaged(analysis_columns, BAD_ENTRIES["actor without mentions"]), text)
    with pytest.raises(AnalysisJSONError, match=r"quotes.speaker_span\[1\] -1-5 is not inside the text"):
        Analysis.from_columns(damaged(analysis_columns, BAD_ENTRIES["half a missing span"]), text)
    with pytest.raises(AnalysisJSONError, match=r"numbers.value holds a value that is not a number or null"):
        Analysis.from_columns(damaged(analysis_columns, BAD_ENTRIES["value a string"]), text)
    with pytest.raises(AnalysisJSONError, match=r"numbers.span is missing"):
        Analysis.from_columns(damaged(analysis_columns, BAD_ENTRIES["missing column"]), text)


JSON_DAMAGE = {
    "sentence of three": lambda d: d["sentences"].__setitem__(0, [0, 5, 9]),
    "span past the end": lambda d: d["quotes"][0].__setitem__("span", [10, 10**6]),
}


def test_the_analysis_check_names_what_is_wrong(analysis_json, app_document):
    text = app_document.text
    with pytest.raises(AnalysisJSONError, match=r"sentences\[0\] is not a \[start, end\] span"):
        check_json(damaged(analysis_json, JSON_DAMAGE["sentence of three"]))
    with pytest.raises(AnalysisJSONError, match=r"quotes\[0\].span .* not inside the text of \d+ characters"):
        check_json(damaged(analysis_json, JSON_DAMAGE["span past the end"]), len(text))
    check_json(damaged(analysis_json, JSON_DAMAGE["span past the end"]))  # no text: spans only well formed
    check_json({**analysis_json, "id": "r1", "text": text}, len(text))  # a --jsonl line


@pytest.mark.reader
async def test_the_reader_analyses_again_over_a_bad_cache_entry(kit, app_document, app_analysis, analysis_columns,
                                                                 nutgraf_home):
    from nutgraf.app.reader import NutgrafApp
    from nutgraf.service import cache_key

    for change in BAD_ENTRIES.values():
        app = NutgrafApp(app_document, analyzer=kit.fake_analyzer(app_analysis), model_key="fake 1")
        key = cache_key(app.document, app.model_key, None)
        app.cache.put(*key, damaged(analysis_columns, change))
        async with app.run_test(size=kit.WIDE) as pilot:
            await kit.ready(app, pilot)
            assert app.analysed and app.status.shown("state") == "analysed ✓"
        assert app.cache.get(*key) == analysis_columns


def test_temporaries_of_killed_writes_are_removed_on_open(tmp_path):
    cache = AnalysisCache(tmp_path)
    cache.put("d", "m", 1, RESULT)
    old, new = tmp_path / "cache" / ".abc.json.x1.tmp", tmp_path / "cache" / ".abc.json.x2.tmp"
    for path, age in ((old, 120), (new, 1)):
        path.write_bytes(b"{half")
        os.utime(path, (time.time() - age, time.time() - age))
    AnalysisCache(tmp_path)
    assert not old.exists() and new.exists()
    assert AnalysisCache(tmp_path).get("d", "m", 1) == RESULT


def test_an_entry_is_read_a_line_at_a_time_and_a_cut_or_changed_one_refused(tmp_path):
    cache = AnalysisCache(tmp_path)
    data = {"items": {"text": ["a\nb\u2028"] * 3, "offsets": [4, 7, 9, 12]}, "model": "m", "date": None}
    cache.put("d", "m", 1, data)
    assert cache.get("d", "m", 1) == data
    (entry,) = (tmp_path / "cache").glob("*.json")
    payload = entry.read_bytes()
    assert len(payload.split(b"\n")) == 4  # the head, then a line per part
    for damage in (payload.rsplit(b"\n", 1)[0],  # cut at a line's end: still valid JSON lines
                   payload.replace(b"[4,7,9,12]", b"[4,7,8,12]")):  # still an analysis, not the one written
        entry.write_bytes(damage)
        assert cache.get("d", "m", 1) is None
        assert not entry.exists()
        cache.put("d", "m", 1, data)


# An analysis as the format before this one wrote it: an object per item, long lists in
# chunks of lines, and before that one line of JSON.
OLD_ENTRIES = {
    "lines": lambda key, data: b"\n".join([json.dumps({"key": key, "parts": len(data)}).encode(),
                                           *(json.dumps([k, v]).encode() for k, v in data.items())]),
    "one line": lambda key, data: json.dumps({"key": key, "data": data}).encode(),
}


@pytest.mark.parametrize("old", OLD_ENTRIES.values(), ids=OLD_ENTRIES.keys())
def test_an_entry_of_an_earlier_format_is_refused_and_deleted(tmp_path, old, analysis_json, app_document):
    cache = AnalysisCache(tmp_path)
    cache.put("d", "m", 1, RESULT)
    (entry,) = (tmp_path / "cache").glob("*.json")
    entry.write_bytes(old(["d", "m", "1"], analysis_json))
    assert cache.get("d", "m", 1, load=lambda data: Analysis.from_columns(data, app_document.text)) is None
    assert not entry.exists()


@pytest.mark.reader
async def test_the_reader_analyses_again_over_an_entry_of_an_earlier_format(kit, app_document, app_analysis,
                                                                           analysis_json):
    from nutgraf.app.reader import NutgrafApp
    from nutgraf.service import cache_key

    app = NutgrafApp(app_document, analyzer=kit.fake_analyzer(app_analysis), model_key="fake 1")
    key = cache_key(app.document, app.model_key, None)
    app.cache.put(*key, RESULT)
    (entry,) = app.cache.dir.glob("*.json")
    entry.write_bytes(OLD_ENTRIES["lines"](list(key), analysis_json))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        assert app.analysed and app.status.shown("state") == "analysed ✓"
    assert app.cache.get(*key) == json.loads(json.dumps(app_analysis.to_columns()))
