"""Numbers: what the article claims, with values, approximation and what they count."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nutgraf.analysis.numbers import UNITS, words_value
from nutgraf.analysis.pipeline import analyze

pytestmark = pytest.mark.model  # every test here, or most, runs spaCy


def numbers(text):
    return [(n.text, n.value, n.approximate) for n in analyze(text, "2025-01-10").numbers]


@pytest.mark.parametrize("text, expected", [
    ("The company lost $10M last quarter.", [("$10M", 10_000_000, False)]),
    ("About 1.3 million people fled.", [("About 1.3 million", 1_300_000, True)]),
    ("Turnout rose to 12% in the city.", [("12%", 12, False)]),
    ("Five firefighters were hurt.", [("Five", 5, False)]),
    ("Police arrested more than 1,200 protesters.", [("more than 1,200", 1200, True)]),
    ("A third of voters stayed home.", [("A third", 0.333, False)]),
    ("The budget grew by £2.5bn.", [("£2.5bn", 2_500_000_000, False)]),
    ("The 79-year-old was released.", [("79", 79, False)]),
    ("Prices rose 4.5 per cent.", [("4.5 per cent", 4.5, False)]),
    ("Between 10 and 15 ships sank.", [("10", 10, False), ("15", 15, False)]),
    ("One in five teachers quits.", [("One in five", 0.2, False)]),
    ("Twenty-five people were hurt.", [("Twenty-five", 25, False)]),
])
def test_number_values(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text", [
    "The attack on October 7 shocked the country.",
    "The law was passed in 2023 by parliament.",
    "Covid-19 closed schools.",
    "She flew on a Boeing 737 to Paris.",
    "The meeting began at 10:30 in the hall.",
    "No one was hurt, and one witness said so.",
])
def test_dates_names_and_determiners_are_not_numbers(text):
    assert numbers(text) == []


def test_what_a_number_counts():
    result = analyze("Officials said 47,540 Palestinians were killed and 124 members voted.", None)
    assert [n.counts for n in result.numbers] == ["Palestinians killed", "members"]


_BELOW_100 = [w for w, v in UNITS.items() if 0 < v < 20] + [
    f"{t}-{u}" for t, tv in UNITS.items() if tv >= 20 for u, uv in UNITS.items() if 0 < uv < 10]


@given(st.sampled_from(_BELOW_100), st.sampled_from(["", " hundred", " thousand", " million"]))
def test_number_words_value(word, scale):
    factor = {"": 1, " hundred": 100, " thousand": 1000, " million": 10**6}[scale]
    expected = sum(UNITS[p] for p in word.split("-")) * factor
    assert words_value(word + scale) == expected


@pytest.mark.parametrize("text, expected", [
    ("Profit will be between NOK2.1bn and NOK2.4bn ($205mn-$234mn).",
     [("NOK2.1bn", 2.1e9), ("NOK2.4bn", 2.4e9), ("$205mn", 205e6), ("$234mn", 234e6)]),
    ("The council voted 6-1 to approve it.", [("6", 6), ("1", 1)]),
    ("In 30 seconds, half the village was gone.", [("30", 30), ("half", 0.5)]),
])
def test_currency_codes_ranges_and_halves(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


def test_phone_numbers_and_hyphenated_names_are_not_numbers():
    assert numbers("Call 555-1234 about the F-35 and COVID-19.") == []


def test_hyphenated_scale_word_scales_the_amount():
    found = numbers("The province unveiled a $6-billion program and a $1.5-billion loan scheme.")
    assert [(t, v) for t, v, _ in found] == [("$6-billion", 6e9), ("$1.5-billion", 1.5e9)]


def test_a_win_loss_record_is_not_a_date():
    found = numbers("The Hawks, who play Denver on Monday, are 33-31 and ninth in the league.")
    assert [(t, v) for t, v, _ in found if v in (33, 31)] == [("33", 33), ("31", 31)]
