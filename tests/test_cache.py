"""The analysis cache beside the notes."""
import copy
import errno
import json
import os
import time

import pytest

from nutgraf.analysis.model import Analysis, AnalysisJSONError, check_json
from nutgraf.store import cache as cache_module
from nutgraf.store.cache import AnalysisCache

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
    """The hand-built analysis of conftest as its cache entry holds it."""
    return json.loads(json.dumps(app_analysis.to_json()))


def damaged(analysis: dict, change) -> dict:
    data = copy.deepcopy(analysis)
    change(data)
    return data


BAD_ENTRIES = {
    "sentence of three": lambda d: d["sentences"].__setitem__(0, [0, 5, 9]),
    "actor a number": lambda d: d["actors"].__setitem__(0, 42),
    "span past the end": lambda d: d["quotes"][0].__setitem__("span", [10, 10**6]),
    "actor without mentions": lambda d: d["actors"][0].__setitem__("mentions", []),
    "missing list": lambda d: d.pop("timeline"),
    "missing field": lambda d: d["numbers"][0].pop("span"),
    "name a list": lambda d: d["actors"][1].__setitem__("name", ["Donald", "Trump"]),
    "value a string": lambda d: d["numbers"][0].__setitem__("value", "125"),
    "reversed span": lambda d: d["timeline"][0].__setitem__("span", [9, 3]),
    "bool offset": lambda d: d["furniture"].append([True, 4]),
}


@pytest.mark.parametrize("change", BAD_ENTRIES.values(), ids=BAD_ENTRIES.keys())
def test_an_entry_that_is_not_an_analysis_of_the_text_is_refused_and_deleted(tmp_path, change, analysis_json,
                                                                              app_document):
    cache = AnalysisCache(tmp_path)
    load = lambda data: Analysis.from_json(data, app_document.text)  # noqa: E731
    cache.put("d", "m", 1, damaged(analysis_json, change))
    assert cache.get("d", "m", 1, load=load) is None
    assert list((tmp_path / "cache").glob("*.json")) == []
    cache.put("d", "m", 1, analysis_json)
    assert cache.get("d", "m", 1, load=load).to_json() == analysis_json


def test_the_analysis_check_names_what_is_wrong(analysis_json, app_document):
    text = app_document.text
    with pytest.raises(AnalysisJSONError, match=r"sentences\[0\] is not a \[start, end\] span"):
        check_json(damaged(analysis_json, BAD_ENTRIES["sentence of three"]))
    with pytest.raises(AnalysisJSONError, match=r"quotes\[0\].span .* not inside the text of \d+ characters"):
        check_json(damaged(analysis_json, BAD_ENTRIES["span past the end"]), len(text))
    check_json(damaged(analysis_json, BAD_ENTRIES["span past the end"]))  # no text: spans only well formed
    check_json({**analysis_json, "id": "r1", "text": text}, len(text))  # a --jsonl line


@pytest.mark.reader
async def test_the_reader_analyses_again_over_a_bad_cache_entry(kit, app_document, app_analysis, analysis_json,
                                                                 nutgraf_home):
    from nutgraf.app.reader import NutgrafApp
    from nutgraf.service import cache_key

    for change in BAD_ENTRIES.values():
        app = NutgrafApp(app_document, analyzer=kit.fake_analyzer(app_analysis), model_key="fake 1")
        key = cache_key(app.document, app.model_key, None)
        app.cache.put(*key, damaged(analysis_json, change))
        async with app.run_test(size=kit.WIDE) as pilot:
            await kit.ready(app, pilot)
            assert app.analysed and str(app.query_one("#status-state").render()) == "analysed ✓"
        assert app.cache.get(*key) == analysis_json


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


def test_a_long_entry_is_kept_whole_and_a_cut_one_refused(tmp_path):
    cache = AnalysisCache(tmp_path)
    data = {"items": [{"n": n, "text": "a\nb\u2028"} for n in range(cache_module.CHUNK * 3 + 7)], "model": "m"}
    cache.put("d", "m", 1, data)
    assert cache.get("d", "m", 1) == data
    (entry,) = (tmp_path / "cache").glob("*.json")
    lines = entry.read_bytes().split(b"\n")
    assert len(lines) > 4  # written in chunks, not in one line
    entry.write_bytes(b"\n".join(lines[:-1]))  # cut at a line's end: still valid JSON lines
    assert cache.get("d", "m", 1) is None


def test_an_entry_written_on_one_line_is_still_read(tmp_path):
    cache = AnalysisCache(tmp_path)
    cache.put("d", "m", 1, RESULT)
    (entry,) = (tmp_path / "cache").glob("*.json")
    entry.write_bytes(json.dumps({"key": ["d", "m", "1"], "data": RESULT}).encode())
    assert cache.get("d", "m", 1) == RESULT
