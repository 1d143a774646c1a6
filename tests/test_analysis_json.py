"""Reading an analysis back, from the --json contract's objects (from_json) or from the cache's
columns (from_columns): what the item-by-item check takes, and nothing else, never a traceback."""
import dataclasses
import json

import pytest

from nutgraf.analysis import model
from nutgraf.analysis.model import Analysis, AnalysisJSONError, TimeMention, check_json

# What a damaged or hand-edited file may hold where a value is expected.
HOSTILE = [None, True, False, 0, -1, 7, 1.5, 10**9, "", "x", [], [1], [1, 2], [2, 1], [-1, -1], [0, 10**9],
           [True, 2], [1, 2, 3], [[1, 2]], [[1, 2, 3]], [["x"]], ["x", "y"], {}, {"a": 1}]


@pytest.fixture
def full_analysis(reported_analysis) -> Analysis:
    """The hand-built analysis with every section and every kind of field filled."""
    reported_analysis.time_mentions = [
        TimeMention((0, 5), (0, 31), "past", done=True, event_span=(0, 20), event="The court"),
        TimeMention((40, 45), (32, 60), "future", clock=True)]
    reported_analysis.furniture = [(0, 5)]
    return reported_analysis


def objects(analysis: Analysis) -> dict:
    return json.loads(json.dumps(analysis.to_json(with_mentions=True)))


def places(data: dict):
    """(where, change(data, value), the values to try) for every section and every field of
    its first item."""
    for key, value in data.items():
        yield key, lambda d, v, key=key: d.__setitem__(key, v), HOSTILE
        yield f"{key} left out", lambda d, v, key=key: d.pop(key), [None]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for name in value[0]:
                yield f"{key}[0].{name}", lambda d, v, key=key, name=name: d[key][0].__setitem__(name, v), HOSTILE
                yield f"{key}[0].{name} left out", lambda d, v, key=key, name=name: d[key][0].pop(name), [None]


def test_every_field_has_a_kind():
    """A field the table did not know would be neither checked nor kept in the cache."""
    for cls, kinds in model._FIELDS.items():
        assert list(kinds) == [f.name for f in dataclasses.fields(cls)], cls.__name__


def test_from_json_takes_what_the_check_takes_and_says_what_it_says(full_analysis):
    text = full_analysis.text
    data = objects(full_analysis)
    assert Analysis.from_json(data, text) == full_analysis
    tried = refused = 0
    for where, change, values in places(data):
        for value in values:
            changed = json.loads(json.dumps(data))
            change(changed, value)
            try:
                check_json(changed, len(text))
                said = None
            except AnalysisJSONError as exc:
                said = str(exc)
            try:
                Analysis.from_json(changed, text)
                got = None
            except AnalysisJSONError as exc:
                got = str(exc)
            assert got == said, (where, value)
            tried, refused = tried + 1, refused + (said is not None)
    assert refused > tried / 2  # most changes are wrong somewhere


def test_a_field_left_out_reads_as_its_default(full_analysis):
    data = objects(full_analysis)
    for name in ("kind", "speaker_differs", "repeats", "repeat_spans", "speaker_span"):
        del data["quotes"][0][name]
    del data["numbers"][0]["value"]  # no default: none given
    del data["conflicts"]
    read = Analysis.from_json(data, full_analysis.text)
    quote = read.quotes[0]
    assert (quote.kind, quote.speaker_differs, quote.repeats, quote.repeat_spans, quote.speaker_span) == (
        "direct", False, [], [], None)
    assert read.numbers[0].value is None and read.conflicts == []
    assert read.quotes[0].repeats is not read.quotes[1].repeats  # a list of its own


def test_the_columns_come_back_as_the_analysis_was(full_analysis):
    data = json.loads(json.dumps(full_analysis.to_columns()))
    assert Analysis.from_columns(data, full_analysis.text) == full_analysis
    full_analysis.time_mentions = None  # not kept (made before they were): none read back
    assert Analysis.from_columns(full_analysis.to_columns(), full_analysis.text).time_mentions is None


def column_places(data: dict):
    for key, value in data.items():
        yield lambda d, v, key=key: d.__setitem__(key, v)
        if isinstance(value, dict):
            yield lambda d, v, key=key: d[key].__setitem__("count", v)
            for name, column in value["columns"].items():
                yield lambda d, v, key=key, name=name: d[key]["columns"].__setitem__(name, v)
                yield lambda d, v, key=key, name=name: d[key]["columns"].pop(name)
                for n in range(min(len(column), 2)):  # a column of lists has two
                    yield lambda d, v, key=key, name=name, n=n: d[key]["columns"][name].__setitem__(n, v)
        elif isinstance(value, list):
            for n in range(min(len(value), 2)):
                yield lambda d, v, key=key, n=n: d[key].__setitem__(n, v)


def test_damaged_columns_are_refused_never_raised_on(full_analysis):
    text = full_analysis.text
    dumped = json.dumps(full_analysis.to_columns())
    for change in column_places(json.loads(dumped)):
        for value in HOSTILE:
            changed = json.loads(dumped)
            change(changed, value)
            try:
                read = Analysis.from_columns(changed, text)
            except AnalysisJSONError:
                continue
            check_json(objects(read), len(text))  # what was taken is an analysis of the text


def test_records_compare_and_print_by_their_fields(full_analysis):
    """Record's comparison and printing, written once for all the dataclasses, are what the
    generated ones were: equal by class and every field, printed with every field."""
    copy = dataclasses.replace(full_analysis)
    assert copy == full_analysis and not copy != full_analysis
    copy.actors = [dataclasses.replace(copy.actors[0], role="judge"), *copy.actors[1:]]
    assert copy != full_analysis
    actor = full_analysis.actors[0]
    assert actor == dataclasses.replace(actor) and actor != dataclasses.replace(actor, aliases=["x"])
    # Another class with the same values is not equal, and the comparison is left to it.
    assert actor.__eq__(model.Claims(actor.id, actor.name)) is NotImplemented
    assert repr(model.Claims("a1", "Ann")) == "Claims(actor='a1', name='Ann', quotes=[], numbers=[])"
    assert repr(actor).startswith(f"Actor(id={actor.id!r}, name={actor.name!r}, kind={actor.kind!r}, mentions=[")
    with pytest.raises(TypeError, match="unhashable"):
        hash(actor)
