"""Timeline: TIMEX3 values resolved against the publication date."""
import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nutgraf.analysis.pipeline import analyze
from nutgraf.analysis.timeline import Context, normalise
from nutgraf.analysis.timeline_labels import label as timeline_label

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
    ("almost a decade", "past", "P10Y"),
    ("three years ago", "past", "2022"),
    ("summer 2021", "past", "2021-SU"),
    ("recent years", "past", "PXY"),
    ("in the coming weeks", "future", "PXW"),
    ("late yesterday", "past", "2025-02-06"),
    ("nineteen ninety-six", "past", "1996"),
    ("Thanksgiving Day", "past", "2024-11-28"),
    ("Christmas", "future", "2025-12-25"),
    ("the year-ago quarter", "past", "2024"),
    ("this past week", "past", "2025-W05"),
    ("earlier Thursday", "past", "2025-02-06"),
    ("year end", "future", "2025-12-31"),
    ("year-end", "past", "2024-12-31"),
    ("now", "present", "PRESENT_REF"),
    ("June", "present", "2025-06"),  # "the votes she needs in June": ahead
    ("December", "present", "2024-12"),  # "sales in December are up": just gone
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
    assert values["Monday night"] == "2024-09-16TNI"
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


def test_a_quarter_described_in_passing_is_not_the_one_reported():
    text = ("Harbour Foods said third-quarter profit rose 12%. After a weak second quarter, the company "
            "cut costs. In the year-earlier period it earned $4 million.")
    # The report's quarter stays the third: the year-earlier period is 2024's third quarter.
    assert {("second quarter", "2025-Q2"), ("year-earlier period", "2024-Q3")} <= set(values_of(text, "2025-10-20"))


@pytest.mark.parametrize("second, found", [
    # The tagger dates "last year" alone: the comparison is with the quarter.
    ("It earned $3 million for the corresponding period last year.", ("corresponding period last year", "2024-Q3")),
    # The tagger takes "the 2024 quarter" whole (its article then left out), not the year alone.
    ("The company earned $4 million in the 2024 quarter.", ("2024 quarter", "2024-Q3")),
])
def test_a_comparison_with_a_year_back_is_the_report_quarter_then(second, found):
    assert found in values_of(f"Harbour Foods said third-quarter profit rose 12%. {second}", "2025-10-20")


def test_a_possessive_date_keeps_its_determiner():
    # The tagger's date in "This week's vote" is "week" alone; the evidence is the whole date.
    values = values_of("This week's vote failed. Next month's talks matter. This year's theme is water.",
                       "2025-09-08")
    assert sorted(values) == [("Next month", "2025-10"), ("This week", "2025-W37"), ("This year", "2025")]


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


def test_a_plan_participle_dated_through_a_preposition_dates_the_planning():
    # Story dated Wednesday 12 February: the budget was proposed two days before, the record
    # set last August; what is planned "for" a time is still ahead.
    assert dict(values_of("The budget proposed on Monday would cut fuel duty.", "2025-02-12"))["Monday"] == "2025-02-10"
    assert dict(values_of("Shares closed near the record high set on Aug. 6.", "2025-02-12"))["Aug. 6"] == "2024-08-06"
    assert dict(values_of("The rules proposed in March would cut emissions.", "2025-02-12"))["March"] == "2024-03"
    assert dict(values_of("Unions will attend a summit set for Leeds in April.", "2025-02-12"))["April"] == "2025-04"
    assert dict(values_of("The talks planned for March will go ahead.", "2025-02-12"))["March"] == "2025-03"


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


def test_an_unnumbered_span_the_tagger_misses_is_a_duration():
    result = analyze("The mill, which reopened after several quarters of losses, employs 300. "
                     "The brewer -- it posted several quarters of losses -- plans cuts.", "2025-11-05")
    assert [(t.text, t.value) for t in result.timeline] == [("several quarters", "PXQ")] * 2


def test_a_span_of_time_made_an_adjective_is_a_duration():
    result = analyze("The two villages settled their decades-long quarrel over grazing rights. Pilots began a "
                     "day-long strike, then a weeklong one; by the end of a year-long dispute a months-old "
                     "offer was back. A 40-year-old pilot spoke.", "2025-11-05")
    assert {(t.text, t.value) for t in result.timeline} == {
        ("decades-long", "PXY"), ("day-long", "P1D"), ("weeklong", "P1W"), ("year-long", "P1Y"),
        ("months-old", "PXM")}


def test_a_recurrence_after_an_amount_is_its_rate_not_a_time():
    result = analyze("The mill expects output to climb 6% annually, to 9,000 tonnes yearly, saving $3 million "
                     "annually. Its owners meet annually in Leeds and inspect the site daily.", "2025-11-05")
    assert [(t.text, t.value) for t in result.timeline] == [("daily", "P1D"), ("annually", "P1Y")]
    result = analyze("Parents would need to put aside $90 each month.", "2025-11-05")
    assert [(t.text, t.value) for t in result.timeline] == [("each month", "P1M")]


def test_the_article_of_the_noun_a_full_date_modifies_is_left_out():
    result = analyze("The union cited an Aug. 14, 2019, pay deal. They signed an April 30, 2017, accord.",
                     "2025-11-05")
    assert [(t.text, t.value) for t in result.timeline] == [("April 30, 2017", "2017-04-30"),
                                                            ("Aug. 14, 2019", "2019-08-14")]


def test_the_year_before_counts_from_the_last_date():
    result = analyze("The dairy sold 40,000 tonnes in 2022, up from 31,000 tonnes the year before. "
                     "Its founder retired in 2015 and died the year after.", "2025-11-05")
    assert [(t.text, t.value) for t in result.timeline] == [
        ("2015", "2015"), ("the year after", "2016"), ("the year before", "2021"), ("2022", "2022")]
    # Followed by its object, the relation counts from that, not from the last date.
    result = analyze("Turnout fell on March 3. The mayor resigned on the day after Tuesday's vote.", "2025-11-05")
    assert "the day after" not in [t.text for t in result.timeline]


def test_a_quarter_still_under_way_is_not_the_one_reported_on():
    result = analyze("Harbor Mills said third-quarter profit fell 12%. The company has no forecast for "
                     "fourth-quarter sales. In the latest quarter, its flour unit lost $2 million.", "2025-10-28")
    assert dict((t.text, t.value) for t in result.timeline)["latest quarter"] == "2025-Q3"


def test_a_span_in_hours_and_a_half_the_tagger_misses_is_a_duration():
    result = analyze("The minister will spend about 5 1/2 hours in Lagos before she flies on.", "2025-11-05")
    assert [(t.text, t.value) for t in result.timeline] == [("5 1/2 hours", "PT5H30M")]


def test_an_age_in_years_is_not_a_missed_duration():
    result = analyze("The driver, who is 58 years old, was not hurt.", "2025-11-05")
    assert [t.text for t in result.timeline if "58" in t.text] == []


@pytest.mark.parametrize("ref, expected", [
    ("9999-12-31", {"last year": "9998", "next week": None, "tomorrow": None}),
    ("0001-01-01", {"last year": None, "next week": "0001-W02", "tomorrow": "0001-01-02"}),
])
def test_dates_beyond_the_calendar_stay_unresolved(ref, expected):
    for raw, want in expected.items():
        assert value(raw, "past", ref=dt.date.fromisoformat(ref)) == want


def test_article_at_the_calendar_edge_is_analysed():
    text = "Prices rose last year. Next week and tomorrow look calm."
    for ref in ("9999-12-31", "0001-01-01"):
        found = dict(values_of(text, ref))
        assert found.get("last year") == ("9998" if ref.startswith("9999") else None)


EXTREME_PHRASES = ["last year", "next year", "next week", "last week", "tomorrow", "yesterday",
                   "three days ago", "ten years ago", "two decades ago", "next month", "last month",
                   "the last century", "next decade", "Monday", "next Monday", "last weekend",
                   "the weekend", "December 31", "January 1", "next January", "last December",
                   "the fourth quarter", "the first quarter", "winter", "last spring",
                   "a year later", "the following week", "the previous day"]


@given(ref=st.dates(), raw=st.sampled_from(EXTREME_PHRASES), tense=st.sampled_from(["past", "present", "future"]))
def test_any_reference_date_resolves_or_leaves_unresolved(ref, raw, tense):
    got = normalise(raw, Context(ref, tense, [], {}, anchor=ref.isoformat()))[0]
    # A decade is written with three digits ("next decade"), a century with two, a year with four.
    digits = {"decade": "3,4", "century": "2"}.get(next((u for u in ("decade", "century") if u in raw), ""), "4")
    if got is not None and got[0].isdigit():
        assert re.fullmatch(rf"\d{{{digits}}}(?:-W?\d\d(?:-\d\d|-WE)?|-Q\d|-[A-Z]{{2}})?", got), got
        assert got[:4] != "0000"


def test_weekday_led_dateline_is_resolved_to_the_day():
    assert value("Thursday, February 23, 2006") == "2006-02-23"
    assert value("Monday, 27 March 2006") == "2006-03-27"


def test_earnings_periods_follow_the_quarter_reported_on():
    text = ("Acme Corp. said third-quarter net income rose 12%. Revenue in the quarter climbed to "
            "$2 billion from $1.8 billion a year earlier. The year-ago results included a charge.")
    values = dict(values_of(text, "2025-10-28"))
    assert values["third-quarter"] == "2025-Q3"
    assert values["quarter"] == "2025-Q3"  # "in the quarter"
    assert values["a year earlier"] == "2024-Q3"
    assert values["year-ago"] == "2024-Q3"


def test_after_the_year_to_date_a_year_earlier_is_the_year_before():
    text = ("Acme Corp. said third-quarter net income rose 12% to $40 million. In the first nine "
            "months, profit rose to $110 million from $90 million a year earlier. The year-ago "
            "figures included a gain. In the quarter, sales climbed 4%.")
    values = values_of(text, "2025-10-28")
    assert ("a year earlier", "2024") in values
    assert ("year-ago", "2024") in values
    assert ("quarter", "2025-Q3") in values  # the year to date is no quarter


def test_a_day_the_tagger_leaves_out_is_found():
    assert values_of("``Today, I'm here to tell you we have our suspect,'' the police chief said.",
                     "2025-10-28") == [("Today", "2025-10-28")]
    assert values_of("Some pupils planned to apply for visas today at the embassy in Havana.",
                     "2025-10-28") == [("today", "2025-10-28")]


def test_listed_years_are_each_a_date():
    assert values_of("Border cameras recorded his car in 1994, 1995 and 1997, investigators said.",
                     "2025-10-28") == [("1994", "1994"), ("1995", "1995"), ("1997", "1997")]


def test_words_the_tagger_took_in_before_a_date_are_left_out():
    assert values_of("He had to flee the capital after a coup d'etat last year, but appeared confident.",
                     "2025-10-28") == [("last year", "2024")]
    assert values_of("She is a 20th century democrat, he said.", "2025-10-28") == [("20th century", "19")]
    text = "The earthquake will result in a fourth-quarter pre-tax charge of less than $10 million."
    assert values_of(text, "2025-10-28") == [("fourth-quarter", "2025-Q4")]


def test_early_or_late_joined_to_a_month_by_a_hyphen():
    text = "Sales slowed in early-December, the retailer said."
    assert values_of(text, "2025-10-28") == [("early-December", "2024-12")]


def test_a_quarter_forecast_is_not_the_one_reported_on():
    text = ("Acme Corp. said third-quarter net income rose 12% to $40 million. The company said it will take "
            "a charge in the fourth quarter to close a plant. In the year-ago period, Acme earned $30 million.")
    assert ("year-ago period", "2024-Q3") in values_of(text, "2025-10-28")


def test_a_programme_named_like_a_day_is_no_date():
    assert values_of("Baker, speaking on ABC News' \"This Week,\" said the request was fair.", "2025-10-28") == []
    assert values_of("This is VOA Today.", "2025-10-28") == []
    assert values_of("She appeared on NBC's Today show to defend the plan.", "2025-10-28") == []
    assert values_of("Today, the court ruled.", "2025-10-28") == [("Today", "2025-10-28")]
    # A programme named by a span of time, in title case between quote marks; the span itself stays.
    assert values_of('The mayor told CBS\'s "48 Hours" that she would stay for 48 hours.', "2025-10-28") == [
        ("48 hours", "PT48H")]


def test_a_gerund_after_a_preposition_takes_the_tense_of_its_verb():
    text = ("The airline said two new flights would leave on Mondays from March 30, with the third departing "
            "each Thursday from August 6.")
    assert ("August 6", "2025-08-06") in values_of(text, "2025-02-13")


def test_a_modal_of_what_can_or_must_be_points_ahead():
    text = "With their membership secure, they also can take part in planning for the NATO summit in April."
    assert values_of(text, "2025-10-28") == [("April", "2026-04")]


def test_what_would_have_happened_on_a_weekday_is_the_one_just_past_and_what_would_happen_ahead():
    text = ("The mayor would have won the vote on Tuesday without the storm. "
            "Her rival said the council would decide on Friday.")
    assert values_of(text, "2025-10-30") == [("Tuesday", "2025-10-28"), ("Friday", "2025-10-31")]


def test_year_compared_before_the_quarter_is_named_and_a_hyphen_is_no_range():
    text = "Net income fell from year-earlier profit of $3 million in the third quarter."
    assert ("year-earlier", "2024-Q3") in values_of(text, "2025-10-28")


def test_recurrences_are_sets_unless_they_are_a_rate():
    text = "Protesters gather daily outside the court. Each additional 1,000 daily steps helped."
    found = [(e.text, e.value, e.type) for e in analyze(text, "2025-10-28").timeline]
    assert found == [("daily", "P1D", "SET")]


def test_a_recurrence_before_a_noun_is_a_set():
    # TimeBank marks "his weekly radio address", "daily life" as it marks "gather daily".
    text = "He spoke in his weekly radio address about daily life. Average hourly earnings rose."
    found = [(e.text, e.value, e.type) for e in analyze(text, "2025-10-28").timeline]
    assert sorted(found) == [("daily", "P1D", "SET"), ("hourly", "PT1H", "SET"), ("weekly", "P1W", "SET")]


def test_holiday_and_a_name_ending_in_one():
    text = "The boy was found on Thanksgiving Day. He met the illustrator Johnnie Christmas."
    assert values_of(text, "2000-01-07") == [("Thanksgiving Day", "1999-11-25")]


def test_holidays_on_a_weekday_of_their_month_or_counted_from_easter():
    text = ("The mall closed on Memorial Day. Crews will work through Labor Day. "
            "Pilgrims gathered on Good Friday. Fireworks are planned for the Fourth of July.")
    assert sorted(values_of(text, "2026-06-10")) == [
        ("Good Friday", "2026-04-03"), ("Labor Day", "2026-09-07"), ("Memorial Day", "2026-05-25"),
        ("the Fourth of July", "2026-07-04")]


def test_shopping_days_and_carnival_are_holidays_and_super_tuesday_no_weekday():
    text = ("Shoppers lined up on Black Friday, and online sales rose on Cyber Monday. The parade on Fat Tuesday "
            "drew crowds. Both candidates are looking ahead to Super Tuesday.")
    assert sorted(values_of(text, "2016-01-31")) == [
        ("Black Friday", "2015-11-27"), ("Cyber Monday", "2015-11-30"), ("Fat Tuesday", "2015-02-17")]


def test_a_number_of_a_name_is_no_year_unless_it_can_be_the_events():
    text = "A judge blocked HB 1523 on Friday. Fans came to Fan Expo Canada 2016 in Toronto."
    assert sorted(values_of(text, "2016-07-02")) == [("2016", "2016"), ("Friday", "2016-07-01")]


def test_a_holiday_opening_a_name_is_no_date():
    text = "Tourists flew to Easter Island. The Good Friday Agreement still holds."
    assert values_of(text, "2026-06-10") == []


def test_between_opening_a_range_is_no_part_of_its_first_bound():
    text = "Between 2004 and 2011, mills in the valley closed. Talks will go on between now and Friday."
    assert sorted(values_of(text, "2025-08-20")) == [("2004", "2004"), ("2011", "2011"), ("Friday", "2025-08-22"),
                                                     ("now", "PRESENT_REF")]


def test_a_march_named_for_its_cause_is_no_month():
    text = ("Thousands joined the March for Peace near the courthouse. She recalled the 1971 March on "
            "Albany. A new group, March for Jobs, plans a rally. Students rallied in March on Capitol Hill.")
    assert sorted(values_of(text, "2025-08-20")) == [("1971", "1971"), ("March", "2025-03")]


def test_a_month_and_day_take_the_year_said_after_them():
    text = "The plant shut on Nov. 6 last year. Its new owner must reopen it by 30 June next year."
    assert sorted(values_of(text, "2026-03-04")) == [("30 June next year", "2027-06-30"),
                                                     ("Nov. 6 last year", "2025-11-06")]


def test_a_quarter_or_half_named_by_its_months():
    text = ("Exports fell in the July-September quarter. Output grew in the April-June period of 2024. "
            "Profit doubled in the January-June period last year. Sales rose in the August-October quarter.")
    assert sorted(values_of(text, "2026-03-04")) == [("April-June period of 2024", "2024-Q2"),
                                                     ("January-June period last year", "2025-H1"),
                                                     ("July-September quarter", "2025-Q3")]


def test_an_anniversary_is_the_month_or_week_of_publication_years_back():
    text = "The mill opened 50 years ago this month. A year ago this week, the river flooded it."
    assert sorted(values_of(text, "2026-03-04")) == [("50 years ago this month", "1976-03"),
                                                     ("A year ago this week", "2025-W10")]
    assert value("a year ago today", ref=dt.date(2024, 2, 29)) == "2023-02"


def test_a_clock_time_in_local_time_belongs_to_its_day():
    assert values_of("The quake struck at 2:46 p.m. local time on Friday.", "2026-03-04") == [
        ("2:46 p.m. local time on Friday", "2026-02-27T14:46")]


@pytest.mark.parametrize("text, reference, expected", [
    # A span of time and the date it fell in, tagged as one, are two.
    ("Prices rose for the first time in months last week.", "2026-03-04",
     [("last week", "2026-W09"), ("months", "PXM")]),
    ("Protesters marched for three days last month.", "2026-03-04", [("last month", "2026-02"), ("three days", "P3D")]),
    # The year-earlier months are a span as long as the months compared.
    ("Profit for the first six months rose. Profit for the year-ago six months included a gain.", "2026-08-04",
     [("the first six months", "P6M"), ("year-ago six months", "P6M")]),
    # Days, weeks or months later are a span, but a year earlier a date.
    ("Sales fell in March 2021. Three days later the plant shut. It reopened two months later. "
     "A year earlier sales had risen.", "2025-09-08",
     [("A year earlier", "2020-03"), ("March 2021", "2021-03"), ("Three days", "P3D"), ("two months", "P2M")]),
    # A fortnight is two weeks.
    ("Ministers must reply within a fortnight. Prices rose over the past fortnight.", "2026-03-04",
     [("a fortnight", "P2W"), ("the past fortnight", "P2W")]),
])
def test_spans_of_time_beside_dates(text, reference, expected):
    assert sorted(values_of(text, reference)) == expected


def test_a_period_that_ended_is_past_in_a_clause_about_the_future():
    found = dict(values_of("The company will report results for the quarter ended Sept. 30.", "2026-10-20"))
    assert found == {"quarter": "2026-Q3", "Sept. 30": "2026-09-30"}


def test_the_year_to_a_month_is_a_years_length():
    found = dict(values_of("Prices rose 3% in the year to January, figures showed.", "2026-03-04"))
    assert found == {"year": "P1Y", "January": "2026-01"}


def test_a_date_closing_a_reported_clause_has_that_clauses_tense():
    # The parser hangs "Thursday" from "said"; it closes the clause "will appear in court".
    assert values_of("The suspect will appear in court Thursday, police said.", "2026-03-04") == [
        ("Thursday", "2026-03-05")]


def test_last_or_next_quarter_is_a_step_from_the_one_under_way():
    text = "Sales fell last quarter and will rise next quarter. Sales fell in the last quarter of 2025."
    assert sorted(values_of(text, "2026-08-20")) == [
        ("last quarter", "2026-Q2"), ("next quarter", "2026-Q4"), ("the last quarter of 2025", "2025-Q4")]


def test_a_participle_standing_as_a_preposition_takes_its_verbs_tense():
    assert sorted(values_of("The plant will be closed for two weeks starting Monday.", "2026-03-04")) == [
        ("Monday", "2026-03-09"), ("two weeks", "P2W")]


def test_weeks_or_months_are_one_vague_span_as_long_as_the_first():
    text = "He may stay for weeks or months. Funds in recent weeks and months sold bonds."
    assert sorted(values_of(text, "2026-03-04")) == [("recent weeks and months", "PXW"), ("weeks or months", "PXW")]


def test_a_word_of_time_opening_a_sentence_after_a_name_is_no_part_of_it():
    text = "He left Hewlett-Packard Co. Recently, analysts have said the firm is weak."
    assert values_of(text, "2000-01-07") == [("Recently", "PAST_REF")]


def test_a_present_report_dates_the_day_just_past():
    assert dict(values_of("The ministry says Thursday that talks failed.", "2025-09-08"))["Thursday"] == "2025-09-04"


@pytest.mark.parametrize("value, kind, said", [
    ("2025-FA", "DATE", "autumn 2025"),
    ("196", "DATE", "the 1960s"),
    ("19", "DATE", "the 20th century"),
    ("PXY", "DURATION", "years"),
    ("P3Y", "DURATION", "3 years"),
    ("P1Y", "DURATION", "1 year"),
    ("PT48H", "DURATION", "48 hours"),
    ("P1D", "SET", "every day"),
    ("P2Q", "DURATION", "2 quarters"),
    ("P1Q", "SET", "every quarter"),
    ("XXXX-WXX-4", "SET", "every Thursday"),
    ("XXXX-WXX-2TNI", "SET", "every Tuesday night"),
    ("XXXX-07", "SET", "every July"),
    ("PAST_REF", "DATE", "in the past"),
    ("XXXX-06", "DATE", "June, year unknown"),
    ("2025-02-14TAF", "DATE", "2025-02-14, afternoon"),
    ("2025-02-08T23:40", "DATE", "2025-02-08, 23:40"),
    ("XXXX-09-18", "DATE", "18 September, year unknown"),
    ("2024-Q3", "DATE", "Q3 2024"),
    ("2026-H1", "DATE", "the first half of 2026"),
    ("2025-W36-WE", "DATE", "the weekend of 6 September 2025"),
    ("2025-02-06", "DATE", "2025-02-06"),
    (None, "DATE", "unresolved"),
])
def test_values_in_words(value, kind, said):
    assert timeline_label(value, kind) == said


def test_decades_and_centuries_sort_with_the_years():
    text = "The river was clean in 2001, dead in the 1960s and wild in the 19th century."
    assert [v for _, v in values_of(text, "2025-06-12")] == ["18", "196", "2001"]


def test_the_reader_shows_values_in_words():
    from nutgraf.analysis.model import TimelineEntry
    from nutgraf.app.panels import TimelinePanel

    def line(text, value, kind="DATE"):
        return "".join(part for part, _ in TimelinePanel.describe(None, TimelineEntry("t1", (0, 1), text, value, kind)))
    assert line("autumn", "2025-FA") == "autumn 2025  autumn"
    assert line("for years", "PXY", "DURATION") == "for years (years)"
    assert line("June", "XXXX-06") == "June (June, year unknown)"
    assert line("the 1960s", "196") == "the 1960s"


def test_period_and_its_end_date_are_two_entries_and_decade_words_not_ages():
    found = values_of("Revenue for the year ended March 31 rose. Sales fell through the nineties. "
                      "She is in her sixties.", "1998-02-05")
    assert ("year", "P1Y") in found and ("March 31", "1998-03-31") in found
    assert ("nineties", "199") in found
    assert not any("sixties" in text for text, _ in found)


def test_far_end_of_a_year_range_and_the_next_weekday():
    assert values_of("Taxes were owed for the period from 2004 to 2009.", "2015-08-02") == [
        ("2004", "2004"), ("2009", "2009")]
    assert dict(values_of("I went back the next Tuesday night.", "2007-03-05"))["the next Tuesday"] == "2007-03-06"


def test_vague_references_are_found_but_not_in_idioms():
    found = values_of("The firm now expects a loss. It was recently sold and is currently idle. "
                      "Nobody knows the future. Every now and then it rains. Now that we're here, we stay.",
                      "2025-07-24")
    # "Now that ..." still speaks of the present (TimeBank marks it PRESENT_REF).
    assert sorted(found) == [("Now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("now", "PRESENT_REF"),
                             ("recently", "PAST_REF"), ("the future", "FUTURE_REF")]


def test_current_as_an_adjective_is_the_present():
    found = values_of("Based on the current number of shares, the offer is fair, and his current job pays "
                      "well. Shares went at the then current price. The current swept a boat away. "
                      "The current account deficit widened.", "2025-07-24")
    # TimeBank marks "current" PRESENT_REF before a noun; the noun (a river's) and the
    # economists' "current account" are no time.
    assert found == [("then current", "PAST_REF"), ("current", "PRESENT_REF"), ("current", "PRESENT_REF")]


def test_soon_is_the_future_unless_the_clause_is_past():
    found = values_of("Prosecutors may soon seek an indictment. He was soon released. It fell soon after "
                      "the vote. They want him back as soon as possible.", "2025-07-24")
    assert found == [("soon", "FUTURE_REF")]


def test_one_day_ahead_no_one_can_name_is_the_future_not_a_days_span():
    found = values_of("Engineers hope one day to mend it. The canal could one day be deepened, and it will "
                      "some day. Someday we will win. The strike will go on for one day. With one day to go, "
                      "he left. Some days are hard.", "2025-07-24")
    assert found == [("one day", "FUTURE_REF"), ("one day", "FUTURE_REF"), ("some day", "FUTURE_REF"),
                     ("Someday", "FUTURE_REF"), ("one day", "P1D"), ("one day", "P1D"), ("Some days", "PXD")]


def test_part_of_day_and_clock_time_join_their_day():
    found = dict(values_of("Talks broke off at noon Thursday. A woman was killed Thursday evening. "
                           "The deadline is 9 a.m. EST Tuesday. "
                           "He left last night and returned at 11.40pm on 8 February.", "1998-02-13"))
    assert found["noon Thursday"] == "1998-02-12T12:00"
    assert found["Thursday evening"] == "1998-02-12TEV"
    assert found["9 a.m. EST Tuesday"] == "1998-02-17T09:00"
    assert found["last night"] == "1998-02-12TNI"
    assert found["11.40pm on 8 February"] == "1998-02-08T23:40"
    # "night" after the tagger's span is left to the day, as annotators mostly do
    assert dict(values_of("The clinic was closed Thursday night.", "1999-02-06")).get("Thursday") == "1999-02-04"


def test_the_past_decade_is_a_duration_in_years():
    assert normalise("the past decade", Context(REF, "past", [], {})) == ("P10Y", "DURATION")
    assert normalise("the past month", Context(REF, "past", [], {})) == ("P1M", "DURATION")


def test_an_earnings_period_the_tagger_misses_is_the_quarter_reported():
    found = dict(values_of("Acme posted third-quarter net income of $5 million. "
                           "The latest period includes gains of $9 million.", "1989-10-26"))
    assert found["latest period"] == "1989-Q3"


def test_a_weekday_owning_a_noun_in_a_present_clause_is_the_one_just_past():
    found = dict(values_of("Nestle's share of 7% before Friday's purchases is far below its rivals'.", "1989-10-30"))
    assert found["Friday"] == "1989-10-27"


def test_a_noun_the_tagger_took_for_a_present_verb_does_not_make_a_weekday_future():
    # "remarks" tagged as a verb, with no subject: the tense is that of "did not repeat"
    text = ("Jones did not repeat her Wall Street remarks in a speech to Iowa Democrats on Sunday, where she was "
            "accompanied by her husband.")
    found = dict(values_of(text, "2015-11-16"))
    assert found["Sunday"] == "2015-11-15"


def test_a_participle_opening_the_sentence_takes_the_tense_of_its_clause():
    found = dict(values_of("Starting Tuesday, the race for second place in the state will be fierce.", "2016-01-31"))
    assert found["Tuesday"] == "2016-02-02"


def test_present_perfect_of_a_plan_points_forward_and_a_singular_subject_shows_the_past():
    plan = dict(values_of("The prosecutor has scheduled a news conference Thursday.", "1999-05-05"))
    assert plan["Thursday"] == "1999-05-06"
    past = dict(values_of("Weakness in big technology stocks hurt the index on Friday.", "1989-10-30"))
    assert past["Friday"] == "1989-10-27"


def test_an_infinitive_after_a_noun_or_adjective_points_forward():
    ready = dict(values_of("Castro said Gonzalez would be ready to leave as soon as Tuesday.", "2000-04-03"))
    assert ready["Tuesday"] == "2000-04-04"
    program = dict(values_of("The sale is part of a program to pay down the loan by February.", "1989-10-30"))
    assert program["February"] == "1990-02"


@pytest.mark.parametrize("raw, expected", [
    ("two more weeks", "P2W"),
    ("an additional year", "P1Y"),
    ("the latest nine months", "P9M"),
    ("a couple of years", "P2Y"),
    ("2 1/2 years", "P2Y6M"),
    ("5 1/2 hours", "PT5H30M"),
    ("a minute and a half", "PT1M30S"),
    ("its fourth quarter", "2024-Q4"),
    ("the fiscal-first quarter", "2025-Q1"),
    ("the past two quarters", "P2Q"),  # a quarter is a unit, as TimeBank writes it
    ("several quarters", "PXQ"),
    ("every quarter", "P1Q"),
    ("a two day", "P2D"),  # "a two day rally": the article is the rally's
])
def test_durations_with_more_halves_and_couples_and_a_companys_own_quarter(raw, expected):
    assert value(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("twenty four hours", "PT24H"),
    ("the last twenty-five years", "P25Y"),
    ("almost a hundred years", "P100Y"),
    ("two hundred and fifty years", "P250Y"),
    ("a hundred years ago", "1925"),
    ("thirty-one years later", "2056-02-07"),
    ("eight trading days", "P8D"),
    ("within three business days", "P3D"),
    ("each of the past three years", "P3Y"),
    ("12 consecutive months", "P12M"),
    ("five straight days", "P5D"),
])
def test_durations_counted_in_several_number_words_or_in_kinds_of_day(raw, expected):
    assert value(raw) == expected


def test_a_clock_time_takes_its_day_or_the_day_the_story_is_at():
    assert values_of("Gunmen took him from his store at 10 p.m. Wednesday, police said.", "2025-02-07") == [
        ("10 p.m. Wednesday", "2025-02-05T22:00")]
    assert values_of("Police said the shooting happened on Feb. 3. He was shot at 10 p.m. as he stood "
                     "in his kitchen.", "2025-02-07") == [("Feb. 3", "2025-02-03"), ("10 p.m", "2025-02-03T22:00")]
    # Found apart from its day by the tagger, it is one entry with the day.
    assert values_of("The agency extended its deadline until 9 a.m. EST Tuesday.", "2025-02-07") == [
        ("9 a.m. EST Tuesday", "2025-02-11T09:00")]


def test_put_off_until_a_weekday_points_forward_but_staying_until_one_back():
    assert values_of("Officials postponed until Tuesday any action on the case.", "2025-02-07") == [
        ("Tuesday", "2025-02-11")]
    assert values_of("The museum stayed closed until Tuesday.", "2025-02-07") == [("Tuesday", "2025-02-04")]
    # "Through" bounds a span put off as "until" does, but not a span that ran its course.
    assert values_of("The lenders have extended the credit line through March.", "2025-10-14") == [
        ("March", "2026-03")]
    assert values_of("Bookings rose 4% through March.", "2025-10-14") == [("March", "2025-03")]


def test_quarters_the_tagger_misses_and_names_before_words_of_time():
    found = values_of("The steelmaker posted net income for the fiscal second-quarter of $8.6 million. "
                      "Montedison now owns 72% of the shares, and Iraq now controls the field.", "2025-10-26")
    assert ("fiscal second-quarter", "2025-Q2") in found
    assert [v for t, v in found if t == "now"] == ["PRESENT_REF", "PRESENT_REF"]
    assert values_of("Sun reported a loss for its fourth quarter ended June 30.", "2025-10-26") == [
        ("June 30", "2025-06-30"), ("its fourth quarter", "2025-Q4")]


def test_a_bound_of_a_range_takes_the_unit_or_century_the_other_gives():
    assert values_of("Delivery takes between 12 and 18 months.", "2025-10-17") == [
        ("12", "P12M"), ("18 months", "P18M")]
    assert values_of("The 1957-58 season was his best.", "2025-10-17") == [("1957", "1957"), ("58", "1958")]
    assert values_of("The 30-year bond fell.", "2025-10-17") == [("30-year", "P30Y")]


def test_coming_weekdays_late_last_month_and_the_following_decade():
    assert values_of("International Women's Day is this coming Sunday, March eighth.", "1998-03-05") == [
        ("this coming Sunday", "1998-03-08")]
    assert values_of("Sales fell late last July, the company said.", "2025-10-17") == [("late last July", "2025-07")]
    assert values_of("In 1962 the band formed. The following decade was calm.", "2025-10-17") == [
        ("1962", "1962"), ("The following decade", "197")]


def test_a_weekday_inside_an_expression_and_an_infinitive_after_a_past_adjective():
    assert values_of("By the end of the day Saturday the site was not loading at all.", "2008-01-20") == [
        ("Saturday", "2008-01-19")]
    assert values_of("The offer had been due to expire Friday evening.", "2008-01-20") == [
        ("Friday evening", "2008-01-18TEV")]
    assert values_of("The union is ready to strike on Tuesday.", "2008-01-20") == [("Tuesday", "2008-01-22")]


def test_times_a_year_24_hour_clocks_and_how_much_earlier():
    assert values_of("He visits twice a year.", "2025-10-17") == [("twice a year", "P1Y")]
    assert values_of("The quake struck at 15:00 GMT Saturday.", "2025-10-17") == [
        ("15:00 GMT Saturday", "2025-10-11T15:00")]
    assert values_of("The score was 15:00 at half-time.", "2025-10-17") == []
    assert values_of("The crop arrived a month earlier than usual.", "2025-10-17") == [("a month", "P1M")]
    assert values_of("The harvest came a year earlier than usual.", "2025-10-17") == [("a year earlier", "P1Y")]


@pytest.mark.parametrize("raw, expected", [
    ("January nineteen ninety-seven", "1997-01"),
    ("the winter of nineteen ninety-four", "1994-WI"),
    ("two thousand years", "P2000Y"),  # a count of years, not the year 2000
])
def test_a_year_said_aloud_inside_a_date(raw, expected):
    assert value(raw) == expected


def test_that_day_and_that_year_are_the_last_date_named_and_this_past_spring_is_this_years():
    assert values_of("He was killed on Oct. 23, 1998 by a sniper. Earlier that day, the family sent a fax.",
                     "1999-01-28") == [("Oct. 23, 1998", "1998-10-23"), ("Earlier that day", "1998-10-23")]
    assert values_of("He fled in June 1998 and returned later that year.", "2000-01-28") == [
        ("later that year", "1998"), ("June 1998", "1998-06")]
    assert values_of("He left on Friday and she left the same day.", "2000-01-28") == [
        ("Friday", "2000-01-28"), ("the same day", "2000-01-28")]
    assert values_of("The firm scrapped its supercomputer business this past spring.", "1989-10-30") == [
        ("this past spring", "1989-SP")]


def test_a_weekday_split_from_its_date_and_the_previous_weekday_of_the_story():
    assert values_of("Some $14 million of that seeped out Friday Oct. 13 alone.", "1989-10-27") == [
        ("Friday Oct. 13", "1989-10-13")]
    assert values_of("The index closed at 2082.1 on Friday, down 4.5% from the previous Friday.", "1989-10-30") == [
        ("the previous Friday", "1989-10-20"), ("Friday", "1989-10-27")]


@pytest.mark.parametrize("raw, expected", [
    ("the next two years or so", "P2Y"),
    ("the last half of 1989", "1989-H2"),
    ("earlier in the year", "2025"),
    ("the near future", "FUTURE_REF"),
    ("between now", "PRESENT_REF"),  # "between now and Feb. 10"
    ("sometime next year", "2026"),
])
def test_or_so_the_last_half_earlier_in_the_year_and_the_near_future(raw, expected):
    assert value(raw) == expected


def test_an_editors_brackets_and_a_possessive_without_its_apostrophe():
    assert values_of('"[Ten] years ago, a browser was born," he said.', "2011-03-08") == [("[Ten] years ago", "2001")]
    assert values_of("The theme of this years lantern festival is the pig.", "2007-03-05") == [("this years", "2007")]


def test_vague_future_phrases_and_now_that_are_found():
    found = values_of("The bakery hopes to open a second shop in the near future. Growth will be slow in the "
                      "short term, the owner said, but sales should recover in the near term. She is calm "
                      "now that the loan is paid.", "2024-05-02")
    assert ("the near future", "FUTURE_REF") in found
    assert ("the short term", "FUTURE_REF") in found and ("the near term", "FUTURE_REF") in found
    assert ("now", "PRESENT_REF") in found


def test_a_quarter_alone_is_no_span_of_time():
    assert value("a quarter") is None


def test_counted_spans_with_more_are_found():
    found = values_of("The navy may use the port for at least 20 more years, the minister said.", "2024-05-02")
    assert ("20 more years", "P20Y") in found


def test_a_span_of_time_and_the_year_it_lies_in_are_two_entries():
    assert values_of("Hiring averaged 20,000 a month for the first nine months of 2023.", "2024-02-06") == [
        ("2023", "2023"), ("the first nine months", "P9M")]
    assert values_of("Sales rose 5% in the fourth quarter of 2023.", "2024-02-06") == [
        ("the fourth quarter of 2023", "2023-Q4")]
    # Two quarters at a year's edge are its half.
    assert values_of("The glassworks expects thin margins through the first two quarters of 2025.", "2024-10-02") == [
        ("the first two quarters of 2025", "2025-H1")]
    assert ("the last two quarters of last year", "2023-H2") in values_of(
        "Orders for kayaks slowed in the last two quarters of last year.", "2024-03-12")


def test_a_quarter_renaming_the_year_ago_one_is_last_years():
    found = values_of("The funeral chain lost money. In the comparable year-ago quarter, the second quarter ended "
                      "Oct. 31, it had a loss of $3 million. Results for that quarter included a charge.", "2024-10-28")
    assert ("the second quarter", "2023-Q2") in found
    assert ("that quarter", "2023-Q2") in found
    # The year-ago quarter is the one its apposition names, not the one the report named before.
    assert ("comparable year-ago quarter", "2023-Q2") in values_of(
        "The funeral chain lost money in the third quarter. In the comparable year-ago quarter, the second quarter "
        "ended Oct. 31, it had a loss of $3 million.", "2024-10-28")


def test_a_year_before_quarter_or_period_names_that_years_quarter_of_the_report():
    found = values_of("The bakery chain earned $4 million in the third quarter. In the 2022 period, it earned "
                      "$3 million. Sales in the quarter rose 8%.", "2023-10-30")
    assert ("2022 period", "2022-Q3") in found
    assert ("quarter", "2023-Q3") in found


def test_words_of_time_after_a_letter_that_lowers_to_two_are_found_in_their_place():
    # The words the tagger misses are looked for in the lower-cased text, whose "\u0130" must
    # not shift what follows.
    text = "\u0130zmir's port will stay shut in the short term, the mayor said."
    assert values_of(text, "2024-03-05") == [("the short term", "FUTURE_REF")]


def test_a_dateline_resolves_to_the_day_where_the_tagger_took_only_its_year():
    text = ("Browser maker waits for the end of an old version 6\n\nTuesday, March 8, 2011\n\n"
            "With work on the new release almost done, the company asked users to upgrade.")
    found = values_of(text, None)
    assert ("Tuesday, March 8, 2011", "2011-03-08") in found
    assert ("2011", "2011") not in found


def test_a_plan_made_before_the_story_points_back_and_the_week_of_a_day():
    found = values_of("The offer, which shareholders called too low, had been scheduled to expire at midnight "
                      "Friday. The company extended it on Monday.", "2023-10-30")
    assert ("midnight Friday", "2023-10-27T24:00") in found
    assert values_of("The dispute may be settled at a hearing the week of March 6, her lawyer said.",
                     "2023-02-24") == [("the week of March 6", "2023-W10")]


@pytest.mark.parametrize("raw, expected", [
    ("Jan. 14", "2025-01-14"),  # a deadline just gone when the story came out, not next year's
    ("Jan. 2", "2026-01-02"),
])
def test_a_day_said_in_the_future_just_before_publication_is_this_years(raw, expected):
    assert value(raw, "future", ref=dt.date(2025, 1, 15)) == expected


def test_later_in_the_day_and_a_reports_latest_period():
    found = values_of("The mayor toured the flooded streets on Tuesday. She met the families later in the day.",
                      "2024-05-09")
    assert ("later in the day", "2024-05-07") in found
    assert values_of("The brewer had no one-time gains in the latest period.", "2023-11-02") == [
        ("latest period", "2023-Q3")]


def test_each_weekday_and_every_month_are_recurrences():
    found = values_of("The ferry leaves each Thursday, and the fair opens every July.", "2024-05-02")
    assert ("each Thursday", "XXXX-WXX-4") in found and ("every July", "XXXX-07") in found


def test_quarters_as_a_share_are_no_span_of_time():
    found = values_of("Three quarters of the members voted for the plan after two quarters of losses.",
                      "2024-05-02")
    assert found == [("two quarters", "P2Q")]


def test_a_passive_infinitive_points_forward_as_an_active_one_does():
    # Published in November: the report still to come is next May's, the hearing next Friday's.
    assert dict(values_of("The report is due to be published in May.", "2025-11-18"))["May"] == "2026-05"
    text = "The two men are scheduled to be sentenced on Friday, the court said."
    assert dict(values_of(text, "2025-11-18"))["Friday"] == "2025-11-21"


def test_a_datelines_dash_ends_the_date():
    text = "PARIS, Wednesday, March 4, 2015 - Officials met on Monday to discuss the budget."
    values = values_of(text, "2015-03-04")
    assert ("Wednesday, March 4, 2015", "2015-03-04") in values
    assert ("Monday", "2015-03-02") in values


def test_at_present_is_a_vague_reference_and_the_last_week_a_span_unless_its_final_week():
    found = values_of("At present the company has no plans, and there are no shipments at the moment.", "2025-11-18")
    assert ("At present", "PRESENT_REF") in found and ("at the moment", "PRESENT_REF") in found
    assert values_of("The minister has been abroad for the last week, aides said.", "2025-11-18") == [
        ("the last week", "P1W")]
    assert values_of("He resigned in the last year of his term.", "2025-11-18") == []


def test_a_range_of_days_gives_the_bare_day_its_month_and_year():
    assert values_of("The summit will be held on April 24 and 25.", "2025-11-18") == [
        ("April 24", "2026-04-24"), ("25", "2026-04-25")]
    assert values_of("The festival is on 20-23 November.", "2025-11-18") == [
        ("20", "2025-11-20"), ("23 November", "2025-11-23")]
    assert values_of("Talks run from March 3 to 5, 2027.", "2025-11-18") == [
        ("March 3", "2027-03-03"), ("5, 2027", "2027-03-05")]
    assert values_of("Voting was held on May 4 and 25 people were hurt.", "2025-11-18") == [("May 4", "2025-05-04")]


@pytest.mark.parametrize("raw, expected", [
    ("two and a half years", ("P2Y6M", "DURATION")),
    ("one and a half hours", ("PT1H30M", "DURATION")),
    ("every four years", ("P4Y", "SET")),
    ("every 15 minutes", ("PT15M", "SET")),
])
def test_a_half_said_before_the_unit_and_a_recurrence_every_few_units(raw, expected):
    assert normalise(raw, Context(REF, "past", [], {})) == expected


def test_a_date_before_the_reported_clauses_subject_dates_the_saying():
    # The parser hangs "on Monday" on "cut"; it is when the company spoke.
    text = "The company said on Monday it would cut 500 jobs."
    assert values_of(text, "2025-11-18") == [("Monday", "2025-11-17")]
    # After "that", the date is the reported clause's own.
    assert values_of("The ministry said that on Friday it will close the border.", "2025-11-18") == [
        ("Friday", "2025-11-21")]


def test_an_iso_date_is_one_day_and_a_day_first_date_the_tagger_misses_is_found():
    assert values_of("The attack happened on 2025-11-10, police said.", "2025-11-18") == [("2025-11-10", "2025-11-10")]
    found = values_of("Mon 17 Nov 2025 14.32 GMT\n\nThe council met on Monday.", "2025-11-18")
    assert ("17 Nov 2025", "2025-11-17") in found
    assert values_of("The top 10 may change.", "2025-11-18") == []


def test_a_part_of_the_day_said_before_its_day_or_with_how_far_into_it():
    assert values_of("In London at mid-afternoon yesterday, shares were up.", "1998-03-06") == [
        ("mid-afternoon yesterday", "1998-03-05TAF")]
    assert values_of("Officials met at mid-morning on Tuesday.", "1998-03-06") == [
        ("mid-morning on Tuesday", "1998-03-03TMO")]
    assert values_of("By mid afternoon, officials said the operation was over.", "1998-03-06") == [
        ("mid afternoon", "1998-03-06TAF")]


def test_today_meaning_these_times_is_no_date():
    assert values_of("The case is for today's young people what the blockade was for their parents.",
                     "2025-11-18") == []
    assert values_of("Interest in her work is as strong today as it was in the 1960s.", "2025-11-18") == [
        ("the 1960s", "196")]
    assert values_of("Today's meeting was cancelled.", "2025-11-18") == [("Today", "2025-11-18")]
    assert values_of("The carmaker says it is building the cars of tomorrow.", "2025-11-18") == []
    assert values_of("The agenda of tomorrow's meeting was posted.", "2025-11-18") == [("tomorrow", "2025-11-19")]


def test_since_a_month_or_day_never_reaches_past_publication():
    # Published in November: "since January" began this January, not next.
    assert values_of("The company's shares have fallen 30% since January.", "2025-11-18") == [("January", "2025-01")]
    assert values_of("He has been held since December.", "2025-11-18") == [("December", "2024-12")]


def test_a_month_of_a_finite_past_verb_had_begun_by_publication():
    # Published in November: January is last January for what was done, next for what was planned.
    assert dict(values_of("Police arrested him in January.", "2025-11-18"))["January"] == "2025-01"
    assert dict(values_of("He was arrested in December.", "2025-11-18"))["December"] == "2024-12"
    assert dict(values_of("The vote was scheduled for January.", "2025-11-18"))["January"] == "2026-01"


def test_a_weekday_in_the_plural_is_a_recurrence():
    assert values_of("The market is closed on Sundays.", "2025-11-18") == [("Sundays", "XXXX-WXX-7")]


def test_a_weekday_at_a_part_of_the_day_in_the_plural_is_a_recurrence():
    # The tagger takes the day alone; the plural part makes it (and a day joined to it) recur.
    assert values_of("The new flights leave on Monday and Tuesday nights.", "2025-11-18") == [
        ("Monday", "XXXX-WXX-1TNI"), ("Tuesday nights", "XXXX-WXX-2TNI")]
    assert values_of("The show airs on Sunday mornings.", "2025-11-18") == [("Sunday mornings", "XXXX-WXX-7TMO")]
    assert values_of("She flew home on Sunday night.", "2025-11-18") == [("Sunday night", "2025-11-16TNI")]


def test_a_day_counted_in_something_under_way_is_today():
    ref = "2025-11-18"
    assert values_of("It is the third day of the strike at the port.", ref) == [("the third day", ref)]
    assert values_of("The siege is in its 12th straight day.", ref) == [("its 12th straight day", ref)]
    # Said in the past, or named by its date, it is a day of its own.
    assert values_of("On the third day, the rebels left the city.", "2025-11-18") == []
    assert values_of("The second day of the talks is Friday.", "2025-11-18") == [("Friday", "2025-11-21")]


def test_a_rough_count_ago_is_the_count_ago():
    assert values_of("Officials said a week or so ago that the talks had failed.", "2025-11-18") == [
        ("a week or so ago", "2025-W46")]


def test_a_time_of_day_across_a_blank_line_is_not_the_days():
    # A headline's last word or a time on a line of its own belongs to another block.
    text = ("Fireworks light up the night\n\nSaturday, June 6, 2026\n\n"
            "Crowds gathered on the shore.\n\n9 p.m.\n\nMonday was quieter.")
    assert sorted(values_of(text, "2026-06-06")) == [
        ("9 p.m", "2026-06-06T21:00"), ("Monday", "2026-06-01"), ("Saturday, June 6, 2026", "2026-06-06")]
    assert values_of("They met on Tuesday\nevening, at the hall.", "2026-06-06") == [
        ("Tuesday\nevening", "2026-06-02TEV")]


def test_a_bare_year_names_one_only_after_a_determiner():
    text = ("Organisers said new year celebrations in the city drew crowds. The festival follows the "
            "lunar calendar, and this cycle's year of the horse began in February. For the year, sales rose.")
    assert sorted(values_of(text, "2026-06-06")) == [("February", "2026-02"), ("year", "2026")]


def test_an_expression_read_again_is_resolved_against_each_context():
    """The same expression resolved again follows the date, the tense, and the rules whose
    handler answers in each."""
    for ref, tense, value in [(dt.date(2020, 3, 4), "past", "2019"), (dt.date(2024, 5, 6), "past", "2023"),
                              (dt.date(2020, 3, 4), "past", "2019")]:
        assert normalise("last year", Context(ref, tense, [], {}))[0] == value
    assert normalise("on Tuesday", Context(dt.date(2025, 2, 7), "past", [], {}))[0] == "2025-02-04"
    assert normalise("on Tuesday", Context(dt.date(2025, 2, 7), "future", [], {}))[0] == "2025-02-11"


def test_a_dates_event_is_its_noun_or_its_clauses_words():
    # Each way _event reads an event: a noun the date modifies, a year after a noun, a
    # sentence with no verb, and a clause's subject, auxiliaries, verb and object.
    text = ("The October 7 attacks shocked the region. Talks on the attacks in 2023 resumed. "
            "Officials said the new minister had quietly signed the treaty on Tuesday. "
            "Since 2019. The council will vote on Monday. They’re voting on Friday and didn’t wait.")
    events = {e.text: (e.event, text[e.event_span[0]:e.event_span[1]]) for e in analyze(text, "2025-02-07").timeline}
    assert events == {
        "October 7": ("The October 7 attacks", "The October 7 attacks"),
        "2023": ("the attacks", "the attacks"),
        "Tuesday": ("the new minister had signed the treaty",
                    "the new minister had quietly signed the treaty on Tuesday"),
        "2019": ("Since 2019.", "Since 2019."),
        "Monday": ("The council will vote", "The council will vote on Monday."),
        "Friday": ("They’re voting", "They’re voting on Friday and didn’t wait."),  # no space the text has not
    }


def test_a_newspaper_named_by_how_often_it_comes_out_is_no_recurrence():
    text = ("The ruling party daily Pravda Nova printed the letter in full. He told a regional weekly that he "
            "would stand down. The ferry runs daily from May, and the bakery opens daily Monday to Saturday. "
            "She tops the weekly Harris ranking. He told The Daily Herald so.")
    found = values_of(text, "2024-05-02")
    assert [t for t, _ in found if t in ("daily", "weekly", "Daily")] == ["daily", "daily", "weekly"]


def test_a_recurrence_word_ending_a_name_is_no_recurrence():
    found = values_of("Dana Fields teaches at the college and writes for Ohio Monthly. The magazine comes out "
                      "monthly.", "2024-05-02")
    assert found == [("monthly", "P1M")]



@pytest.mark.parametrize("text, ref, expected", [
    pytest.param("The senator spoke to the convention on Monday. \"Not a president who is neutral on Monday, "
                 "friendly on Tuesday and who knows what on Wednesday,\" she said. Earlier in the day, she met "
                 "donors.", "2016-03-22", [("Earlier in the day", "2016-03-21")],
                 id="a day in someone's words is not the day the story is at"),
    pytest.param("She asked a question after a March 8 appearance, a court document said.\n\n___.\n\n1:20 p.m.\n\n"
                 "The senator is making his case to a gathering of union leaders.", "2016-04-14",
                 [("1:20 p.m", "2016-04-14T13:20")],
                 id="a time on a line of its own heads a live report's entry of the day of publication"),
    pytest.param("The senator is lagging behind her rival by nine points in the state polling average - despite "
                 "winning the first-in-the-nation primary there in February.", "2016-08-26", [("February", "2016-02")],
                 id="a gerund after despite tells of what is done, whatever the clause's tense"),
    pytest.param("The governor wants the union's backing, which he needs in November. Orders placed in March are "
                 "worth twice those of a year earlier, the company says.", "2024-05-02",
                 [("November", "2024-11"), ("March", "2024-03")],
                 id="a month said in the present is the one ahead, unless just gone"),
    pytest.param('Harbour Foods said third-quarter profit rose 12%. It earned $3 million a year ago. "A year ago '
                 'nobody wanted our soup," its founder said.', "2025-10-20",
                 [("a year ago", "2024-Q3"), ("A year ago", "2024")], id="a year back in a quote is no report quarter"),
    pytest.param("A win in the primaries is no sure path going into November, the pollster said.", "2024-05-02",
                 [("November", "2024-11")], id="a participle qualifying a noun has the tense of its clause"),
    pytest.param("Most voters back the levy, according to a March survey. Support is higher in a poll in April. "
                 "The ruling of Tuesday stands.", "2024-05-02",
                 [("March", "2024-03"), ("April", "2024-04"), ("Tuesday", "2024-04-30")],
                 id="what is written or issued, dated in a present clause, is out"),
    pytest.param("The mayor is upbeat about her chances of winning in November, and about her plans for March.",
                 "2024-01-19", [("November", "2024-11"), ("March", "2024-03")],
                 id="a noun of what lies ahead points a present clause forward"),
    pytest.param("Since announcing in October that she would step down, the mayor has kept out of sight.",
                 "2025-08-20", [("October", "2024-10")],
                 id="a date reached through since is begun by publication, whatever the clause's tense"),
    pytest.param("Aides hoped to stop the mayor from winning at the July primary. She spoke after the October "
                 "flood.", "2025-04-14", [("July", "2025-07"), ("October", "2024-10")],
                 id="a contest a past clause names by its month, with no verb of what is done, keeps its own time"),
    pytest.param("The senator ran for governor in 1986. She lost the race that November, winning only three "
                 "counties. Her aide resigned that spring.", "2015-12-01",
                 [("that November", "1986-11"), ("that spring", "1986-SP")],
                 id="a month or season after that is in the year the story is at"),
    pytest.param("The senator ran for governor in 1986. Her aide said that March sales rose and feared that "
                 "November would be hard.", "2015-12-01", [("March", "2015-03"), ("November", "2016-11")],
                 id="that opening a clause whose subject is the month points nowhere"),
    pytest.param("The fund was set up after the floods of March 3, 2009. Its founder spoke of the March 3 floods "
                 "at length.", "2015-12-01", [("March 3", "2009-03-03")],
                 id="a month and day the article gave with its year keeps that year"),
    pytest.param("Her victories in three states on Tuesday will only speed that shift. Monday's ruling will shape "
                 "the race. Saturday's vote will decide the nominee.", "2016-04-28",
                 [("Tuesday", "2016-04-26"), ("Monday", "2016-04-25"), ("Saturday", "2016-04-30")],
                 id="what a day's act left is of the day just gone, even as the subject of a future clause"),
])
def test_where_a_date_is_said_places_it(text, ref, expected):
    found = values_of(text, ref)
    assert [pair for pair in expected if pair not in found] == []


def test_a_weekday_in_a_programmes_name_is_no_date():
    # Title case between quote marks, with the programme's other words before or after it.
    assert values_of("The senator told the “Metro Report Sunday” program she would run.", "2025-10-28") == []
    assert values_of("The mayor said on \"Wednesday Evening Roundup\" that taxes would fall.", "2025-10-28") == []
    # Inside the sentence: a weekday, a part of the day and another word, all in title case.
    assert values_of("The governor joked about it on KXTV's Thursday Night Laughs.", "2025-10-28") == []
    assert values_of("The senator said on WXYZ's Monday Morning Hour that she would run.", "2025-10-28") == []
    # A quoted line or a weekday quoted alone still names a day.
    assert values_of("\"We will vote Friday,\" the mayor said.", "2025-10-28") == [("Friday", "2025-10-31")]
    assert values_of("The station said Friday that ratings rose.", "2025-10-28") == [("Friday", "2025-10-24")]


def test_the_that_a_month_takes_in_is_no_subject_or_object_of_its_event():
    # The parser may read "that" before a month as a pronoun; the date's own word is not
    # what its clause is about.
    events = [(e.text, e.event) for e in analyze("The mayor lost the race that November, carrying two wards.",
                                                 "2025-02-07").timeline]
    assert events == [("that November", "The mayor lost the race")]
    events = [(e.text, e.event) for e in analyze("Flooding added to the governor's defeat that November.",
                                                 "2025-02-07").timeline]
    assert events == [("that November", "Flooding added")]


def test_a_weekday_counted_in_a_month_is_no_weekday_of_this_week():
    # Dated by its month alone, however the tagger cuts it.
    assert values_of("The fair opens on the second Saturday in June.", "2025-02-07") == [("June", "2025-06")]
    assert values_of("The board meets on the third Friday of May.", "2025-02-07") == [("May", "2025-05")]
    assert values_of("The fair opens Saturday in Reno.", "2025-02-07") == [("Saturday", "2025-02-08")]
