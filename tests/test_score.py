"""benchmarks/score.py, the project's scorer: its matching rules on small hand-made records."""
import json

import pytest

TEXT = "Mr Hogle said the port was closed. The port said it would reopen. About 1,200 left on Friday."


def at(needle: str, nth: int = 0) -> list[int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return [start, start + len(needle)]


def gold(**sections) -> dict:
    return {"id": "d1", "text": TEXT, "reference_date": "2025-02-07", **sections}


def test_largest_overlap_is_matched_first(scorer):
    # The second prediction overlaps the gold span more, so it takes it although listed later.
    assert scorer.match([[0, 10]], [[0, 3], [2, 10]]) == {0: 1}
    assert scorer.match([[0, 10]], [[20, 30]]) == {}


def test_a_second_row_for_one_actor_costs_row_precision(scorer):
    g = gold(actors=[{"name": "port", "kind": "organization", "mentions": [at("the port"), at("The port")]}])
    one_row = {"actors": [{"id": "a1", "name": "port", "kind": "organization",
                           "mentions": [at("the port"), at("The port")]}]}
    two_rows = {"actors": [{"id": "a1", "name": "port", "kind": "place", "mentions": [at("the port")]},
                           {"id": "a2", "name": "The port", "kind": "place", "mentions": [at("The port")]}]}
    best, _ = scorer.score([g], {"d1": one_row})
    split, _ = scorer.score([g], {"d1": two_rows})
    assert best["actors.row_precision"] == 1.0 and best["actors.b3_f1"] == 1.0 and best["actors.kind_acc"] == 1.0
    assert split["actors.mention_f1"] == 1.0
    assert split["actors.row_precision"] == 0.5
    assert split["actors.b3_f1"] < 1.0
    assert split["actors.kind_acc"] == 0.0


def test_mentions_on_optional_gold_are_neither_right_nor_wrong(scorer):
    g = gold(actors=[{"name": "Hogle", "kind": "person", "mentions": [at("Mr Hogle")],
                      "optional_mentions": [at("Friday")]}])
    pred = {"actors": [{"id": "a1", "name": "Hogle", "kind": "person", "mentions": [at("Hogle")]},
                       {"id": "a2", "name": "Friday", "kind": "other", "mentions": [at("Friday")]}]}
    figures, _ = scorer.score([g], {"d1": pred})
    assert figures["actors.mention_f1"] == 1.0
    assert figures["actors.row_precision"] == 1.0


@pytest.mark.parametrize("speaker_span, right", [("Mr Hogle", True), ("port", False)])
def test_speaker_names_are_compared_without_titles(scorer, speaker_span, right):
    g = gold(quotes=[{"span": at("the port was closed"), "speaker_names": ["Hogle"]}])
    pred = {"actors": [], "quotes": [{"id": "q1", "span": at("port was closed."), "speaker": None,
                                      "speaker_span": at(speaker_span)}]}
    figures, _ = scorer.score([g], {"d1": pred})
    assert figures["quotes.span_f1"] == 1.0
    assert figures["quotes.speaker_acc"] == float(right)


def test_a_pronoun_is_right_only_through_gold_speaker_spans(scorer):
    quote = {"span": at("would reopen"), "speaker_names": ["it"]}
    pred = {"quotes": [{"id": "q1", "span": at("would reopen"), "speaker": None, "speaker_span": at("it")}]}
    by_name, _ = scorer.score([gold(quotes=[quote])], {"d1": pred})
    by_span, _ = scorer.score([gold(quotes=[{**quote, "speaker_spans": [at("The port")]}])],
                              {"d1": {**pred, "actors": [{"id": "a1", "name": "port", "mentions": [at("The port")]}],
                                      "quotes": [{**pred["quotes"][0], "speaker": "a1"}]}})
    assert by_name["quotes.speaker_acc"] == 0.0
    assert by_span["quotes.e2e_f1"] == 1.0


def test_quote_spans_must_share_half_of_the_longer(scorer):
    g = gold(quotes=[{"span": at("the port was closed"), "speaker_names": ["Hogle"]}])
    pred = {"quotes": [{"id": "q1", "span": at("closed"), "speaker": None, "speaker_span": None}]}
    figures, _ = scorer.score([g], {"d1": pred})
    assert figures["quotes.span_f1"] == 0.0


def test_numbers_are_right_within_half_a_percent(scorer):
    g = gold(numbers=[{"span": at("About 1,200"), "value": 1200}])
    close = {"numbers": [{"id": "n1", "span": at("1,200"), "value": 1205}]}
    off = {"numbers": [{"id": "n1", "span": at("1,200"), "value": 1210}]}
    assert scorer.score([g], {"d1": close})[0]["numbers.value_acc"] == 1.0
    assert scorer.score([g], {"d1": off})[0]["numbers.value_acc"] == 0.0


def test_timeline_dates_get_their_own_figures_beside_durations(scorer):
    g = gold(timeline=[{"span": at("Friday"), "value": "2025-02-07", "type": "DATE"},
                       {"span": at("reopen"), "value": "P1D", "type": "DURATION"}])
    pred = {"timeline": [{"id": "t1", "span": at("on Friday"), "value": "2025-02-07"},
                         {"id": "t2", "span": at("left"), "value": "P1D"}]}
    figures, _ = scorer.score([g], {"d1": pred})
    assert figures["timeline.span_f1"] == 0.5  # one of two found, one of two predictions right
    assert figures["timeline.value_acc"] == 1.0
    assert figures["timeline.date_recall"] == 1.0


def test_bad_spans_failed_and_missing_documents_are_problems(scorer):
    pred = {"numbers": [{"id": "n1", "span": [5, 500], "value": 1}]}
    docs = [gold(numbers=[]), {**gold(numbers=[]), "id": "d2"}, {**gold(numbers=[]), "id": "d3"}]
    failed = {"id": "d3", "error": "OverflowError: date value out of range"}
    _, problems = scorer.score(docs, {"d1": pred, "d3": failed})
    assert any("bad span" in p for p in problems)
    assert "d2: no prediction" in problems
    assert "d3: OverflowError: date value out of range" in problems


def test_command_line_reads_saved_predictions_and_enforces_minimums(scorer, tmp_path, capsys):
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text(json.dumps(gold(numbers=[{"span": at("1,200"), "value": 1200}])) + "\n")
    pred_path.write_text(json.dumps({"id": "d1", "numbers": [{"id": "n1", "span": at("1,200"), "value": 12}]}) + "\n")
    assert scorer.main([str(gold_path), "--pred", str(pred_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"numbers.span_f1": 1.0, "numbers.value_acc": 0.0, "documents": 1}
    assert scorer.main([str(gold_path), "--pred", str(pred_path), "--min", "numbers.value_acc=0.5"]) == 1
    assert "below: numbers.value_acc 0.000 < 0.5" in capsys.readouterr().out


def test_indirect_quotes_match_when_most_of_the_prediction_is_reported(scorer):
    g = gold(indirect_quotes=[{"span": at("the port was closed"), "speaker_names": ["Hogle"]}])
    actors = [{"id": "a1", "name": "Mr Hogle", "mentions": [at("Mr Hogle")]}]
    inside = {"indirect_quotes": [{"span": at("port was closed"), "speaker": "a1", "speaker_span": at("Mr Hogle")}],
              "actors": actors}
    spilling = {"indirect_quotes": [{"span": [at("the port")[0], at("would reopen")[1]], "speaker": "a1"}],
                "actors": actors}
    wrong_speaker = {"indirect_quotes": [{"span": at("the port was closed"), "speaker": None,
                                          "speaker_span": at("The port")}], "actors": actors}
    assert scorer.score([g], {"d1": inside})[0]["indirect.precision"] == 1.0
    spilled = scorer.score([g], {"d1": spilling})[0]
    assert spilled["indirect.precision"] == 0.0 and spilled["indirect.recall"] == 0.0
    wrong = scorer.score([g], {"d1": wrong_speaker})[0]
    assert wrong["indirect.span_precision"] == 1.0 and wrong["indirect.precision"] == 0.0


def test_conflicts_need_their_kind_and_every_item(scorer):
    g = gold(conflicts=[{"kind": "number", "spans": [at("1,200"), at("Mr Hogle")]}], optional_conflicts=[])
    both = {"conflicts": [{"kind": "number", "spans": [at("1,200"), at("Mr Hogle")]}]}
    half = {"conflicts": [{"kind": "number", "spans": [at("1,200")]}]}
    other_kind = {"conflicts": [{"kind": "date", "spans": [at("1,200"), at("Mr Hogle")]}]}
    assert scorer.score([g], {"d1": both})[0]["conflicts.precision"] == 1.0
    for pred in (half, other_kind):
        figures = scorer.score([g], {"d1": pred})[0]
        assert (figures["conflicts.precision"], figures["conflicts.recall"]) == (0.0, 0.0)
    none_expected = scorer.score([gold(conflicts=[])], {"d1": both})[0]
    assert none_expected["conflicts.precision"] == 0.0  # a false alarm


def test_older_number_conflicts_are_scored_on_the_numeric_conflicts(scorer):
    g = gold(number_conflicts=[[at("1,200"), at("Mr Hogle")]])
    pred = {"conflicts": [{"kind": "total", "spans": [at("1,200"), at("Mr Hogle")]},
                          {"kind": "speaker", "spans": [at("The port")]}]}
    figures = scorer.score([g], {"d1": pred})[0]
    assert (figures["conflicts.precision"], figures["conflicts.recall"]) == (1.0, 1.0)
