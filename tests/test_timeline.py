"""Timeline: TIMEX3 values resolved against the publication date."""
import datetime as dt

import pytest

from nutgraf.analysis.pipeline import analyze
from nutgraf.analysis.timeline import Context, normalise

pytestmark = pytest.mark.model  # every test here, or most, runs spaCy

REF = dt.date(2025, 2, 7)  # a Friday


def value(raw, tense="past", years=(), ref=REF):
    return normalise(raw, Context(ref, tense, list(years), {}))[0]


@pytest.mark.parametrize("raw, tense, expected", [
    ("Thursday", "past", "2025-02-06"),
    ("Friday", "past", "2025-02-07"),
    ("Monday", "future", "2025-02-10"),
    ("last Tuesday", "past", "2025-02-04"),
    ("next Monday", "past", "2025-02-10"),
    ("last year", "past", "2024"),
    ("next year", "future", "2026"),
    ("this week", "past", "2025-W06"),
    ("last week", "past", "2025-W05"),
    ("last month", "past", "2025-01"),
    ("today", "past", "2025-02-07"),
    ("yesterday", "past", "2025-02-06"),
    ("February 4", "past", "2025-02-04"),
    ("December 25", "past", "2024-12-25"),
    ("December 25", "future", "2025-12-25"),
    ("March 2023", "past", "2023-03"),
    ("4 March 2023", "past", "2023-03-04"),
    ("March 4, 2023", "past", "2023-03-04"),
    ("2019", "past", "2019"),
    ("the 1990s", "past", "199"),
    ("three years", "past", "P3Y"),
    ("two weeks", "past", "P2W"),
    ("48 hours", "past", "PT48H"),
    ("almost a decade", "past", "P1DE"),
    ("three years ago", "past", "2022"),
    ("summer 2021", "past", "2021-SU"),
    ("recent years", "past", "PAST_REF"),
    ("now", "present", "PRESENT_REF"),
])
def test_normalise(raw, tense, expected):
    assert value(raw, tense) == expected


def test_year_stated_in_the_sentence_wins():
    assert value("October 7", years=[2023]) == "2023-10-07"


def test_relative_dates_stay_unresolved_without_a_reference():
    assert value("Thursday", ref=None) is None
    assert value("last year", ref=None) is None
    assert value("March 2023", ref=None) == "2023-03"


def test_article_date_near_the_top_is_the_reference():
    text = "Floods close schools\n12 March 2024\nSchools closed on Tuesday after heavy rain."
    result = analyze(text, None)
    assert (result.reference_date, result.reference_source) == ("2024-03-12", "article")
    assert {e.text: e.value for e in result.timeline}["Tuesday"] == "2024-03-12"


def test_no_reference_leaves_relative_dates_null_and_last():
    result = analyze("The vote was held on Thursday. The law dates from 2019.", None)
    assert result.reference_date is None
    assert [(e.text, e.value) for e in result.timeline] == [("2019", "2019"), ("Thursday", None)]


def test_entries_are_chronological_and_link_their_event():
    text = ("The minister resigned on Tuesday. The scandal began in 2021. "
            "Parliament will vote on Monday.")
    result = analyze(text, "2025-02-07")
    assert [e.value for e in result.timeline] == ["2021", "2025-02-04", "2025-02-10"]
    tuesday = next(e for e in result.timeline if e.text == "Tuesday")
    assert text[tuesday.event_span[0]:tuesday.event_span[1]].startswith("The minister resigned")
    assert "resigned" in tuesday.event


def test_year_elsewhere_in_the_sentence_is_not_borrowed():
    result = analyze("Liu said the theater would open Oct. 18 with a screening of the 1946 film.", "2024-09-18")
    assert {e.text: e.value for e in result.timeline}["Oct. 18"] == "2024-10-18"


def test_part_of_day_durations_and_month_ends():
    result = analyze("The council voted on Monday night. In 30 seconds it was gone. "
                     "Cuts come by the end of March. Second-quarter revenue rose.", "2024-09-18")
    values = {e.text: e.value for e in result.timeline}
    assert values["Monday night"] == "2024-09-16"
    assert values["30 seconds"] == "PT30S"
    assert values["end of March"] == "2025-03"
    assert values["Second-quarter"] == "2024-Q2"


def test_quarters_and_dates_inside_longer_expressions_and_ranges():
    text = ("Revenue rose to $2.5 billion in Q3, the three months ended Sept. 30, from Q3 last year. "
            "Nurses left the profession between 2020 and 2023.")
    result = analyze(text, "2025-10-20")
    values = [(e.text, e.value) for e in result.timeline]
    assert ("Q3", "2025-Q3") in values
    assert ("Sept. 30", "2025-09-30") in values
    assert ("Q3 last year", "2024-Q3") in values
    assert ("2020", "2020") in values and ("2023", "2023") in values


def values_of(text, ref):
    return [(e.text, e.value) for e in analyze(text, ref).timeline]


@pytest.mark.parametrize("raw, tense, expected", [
    ("at least 18 months", "past", "P18M"),
    ("fewer than six hours", "present", "PT6H"),
    ("until at least Tuesday", "future", "2025-02-11"),
    ("October last year", "past", "2024-10"),
    ("last October", "past", "2024-10"),
    ("next January", "future", "2026-01"),
    ("next March", "future", "2025-03"),
    ("the first half of 2026", "future", "2026-H1"),
    ("the second half of next year", "future", "2026-H2"),
    ("H1 2024", "past", "2024-H1"),
    ("the second quarter of fiscal 2025", "past", "2025-Q2"),
    ("the fiscal fourth quarter", "past", "2024-Q4"),
    ("the fourth quarter", "past", "2024-Q4"),
    ("the first quarter", "future", "2025-Q1"),
    ("the start of the year", "past", "2025"),
    ("the end of next month", "future", "2025-03"),
    ("early next year", "future", "2026"),
    ("late last year", "past", "2024"),
    ("the weekend", "past", "2025-W05-WE"),
    ("last weekend", "past", "2025-W05-WE"),
    ("this weekend", "future", "2025-W06-WE"),
    ("the previous day", "past", "2025-02-06"),
])
def test_qualifiers_named_months_periods_and_weekends(raw, tense, expected):
    assert value(raw, tense) == expected


def test_bare_second_half_stays_unresolved():
    # As often a match's second half as a year's.
    assert value("the second half", "past") is None


def test_dates_counted_from_the_last_date_mentioned():
    text = ("Shares fell on 3 March and recovered the following week. "
            "Sales fell in March 2021. A year later they recovered. "
            "Profit fell in the second quarter. A year earlier it had risen.")
    values = values_of(text, "2025-09-08")
    assert ("the following week", "2025-W11") in values
    assert ("A year later", "2022-03") in values
    assert ("A year earlier", "2024-Q2") in values


def test_previous_day_without_an_earlier_date_counts_from_publication():
    assert values_of("The minister had resigned the previous day.", "2025-09-08") == [
        ("the previous day", "2025-09-07")]


def test_qualified_durations_and_weekdays_are_found():
    text = ("The council voted to close the bridge to cars for at least 18 months. "
            "The line would stay closed until at least Tuesday while engineers worked.")
    values = {v for _, v in values_of(text, "2025-11-15")}
    assert {"P18M", "2025-11-18"} <= values


def test_decade_span_ending_on_a_preposition():
    text = "The river was declared dead in the 1960s after decades of discharges."
    assert ("the 1960s", "196") in values_of(text, "2025-06-12")


def test_weekday_dating_a_noun_in_a_future_clause_is_the_one_just_past():
    # Story dated Monday: the closing price was Friday's, not the coming Friday's.
    text = ("The company will pay $61 a share, a premium of 38% to the closing price on Friday, "
            "the two companies said on Monday.")
    values = dict(values_of(text, "2025-09-08"))
    assert values["Friday"] == "2025-09-05"
    assert values["Monday"] == "2025-09-08"


def test_weekday_of_the_clause_verb_or_a_future_subject_keeps_the_tense():
    assert dict(values_of("Parliament will hold a vote on Thursday.", "2025-09-08"))["Thursday"] == "2025-09-11"
    assert dict(values_of("The match on Saturday will be his last.", "2025-09-08"))["Saturday"] == "2025-09-13"
    assert dict(values_of("Ministers will meet ahead of Thursday's vote.", "2025-09-08"))["Thursday"] == "2025-09-11"
    assert dict(values_of("The vote on Friday is expected to be close.", "2025-09-08"))["Friday"] == "2025-09-12"


def test_since_points_back_even_in_a_present_clause():
    assert dict(values_of("The index is down 3% since Friday's close.", "2025-09-08"))["Friday"] == "2025-09-05"


def test_clause_parsed_as_a_noun_phrase_takes_its_conjunct_tense():
    # The tagger reads "runs" as a plural noun; the date is still ahead of publication.
    text = ("A public consultation runs until 14 March, and councillors are expected to make "
            "a final decision in April.")
    values = dict(values_of(text, "2025-01-23"))
    assert values["14 March"] == "2025-03-14"
    assert values["April"] == "2025-04"


def test_present_passive_is_not_past():
    assert dict(values_of("Roads are closed until Tuesday.", "2025-09-08"))["Tuesday"] == "2025-09-09"


def test_sentence_length_the_tagger_misses_is_a_duration():
    result = analyze("A former treasurer was sentenced Tuesday to nine years in prison.", "2025-11-05")
    found = {(t.text, t.value) for t in result.timeline}
    assert ("nine years", "P9Y") in found and ("Tuesday", "2025-11-04") in found


def test_an_age_in_years_is_not_a_missed_duration():
    result = analyze("The driver, who is 58 years old, was not hurt.", "2025-11-05")
    assert [t.text for t in result.timeline if "58" in t.text] == []
