"""Quotes: spans of direct speech and who said them."""
import pytest

from nutgraf.analysis.pipeline import analyze
from nutgraf.analysis.quotes import find_spans

pytestmark = pytest.mark.model  # every test here, or most, runs spaCy


def quotes(text, ref=None):
    result = analyze(text, ref)
    return [(q.text, q.speaker_name, q.speaker) for q in result.quotes], result


def test_pronoun_speaker_after_the_quote_resolves_to_the_person():
    text = ("Health minister Anna Berg visited the hospital on Monday. "
            "\u201cWe will hire 500 nurses this year,\u201d she said.")
    found, result = quotes(text)
    assert found == [("We will hire 500 nurses this year,", "Anna Berg", result.actors[0].id)]
    q = result.quotes[0]
    assert text[q.speaker_span[0]:q.speaker_span[1]] == "she"


def test_speaker_before_a_colon_and_straight_quotes():
    text = 'Union leader Tom Reed said: "Our members have had enough of waiting."'
    found, _ = quotes(text)
    assert found[0][:2] == ("Our members have had enough of waiting.", "Tom Reed")


def test_quote_running_over_two_paragraphs_keeps_its_speaker():
    text = ("Lawyer Sam Ortiz said: \u201cThe ruling is a victory for every tenant in the city.\n"
            "\u201cIt shows that landlords cannot ignore the law.\u201d\n"
            "The landlord did not respond.")
    found, _ = quotes(text)
    assert [f[1] for f in found] == ["Sam Ortiz", "Sam Ortiz"]
    assert found[0][0] == "The ruling is a victory for every tenant in the city."
    assert found[1][0] == "It shows that landlords cannot ignore the law."


def test_partial_quote_inside_a_sentence_with_cue_before():
    text = "The minister called the report \u201ca deeply flawed document\u201d on Tuesday."
    found, _ = quotes(text)
    assert found == [("a deeply flawed document", "The minister", None)]


def test_according_to_names_the_speaker():
    text = ("According to Maria Silva, the project was \u201cnever properly funded by the city\u201d.")
    found, _ = quotes(text)
    assert found[0][1] == "Maria Silva"


def test_non_actor_source_is_kept_as_speaker_span():
    text = "\u201cThe agency has no authority here,\u201d the order states."
    found, result = quotes(text)
    q = result.quotes[0]
    assert q.speaker is None
    assert text[q.speaker_span[0]:q.speaker_span[1]] == "the order"


def test_scare_quotes_and_titles_are_not_speech():
    text = ("Critics fear a \u201cglobal court\u201d could prosecute officials. "
            "Families watched \u201cDead Poets Society\u201d during the strike, one mother said.")
    found, _ = quotes(text)
    assert found == []


def test_unclosed_quote_at_paragraph_end_is_cut_there():
    text = "He said \u201cthis never ends\nNext paragraph without quotes."
    spans = find_spans(text)
    assert [(text[q.start:q.end], q.open_at_end) for q in spans] == [("this never ends", True)]


def test_straight_inch_marks_do_not_open_quotes():
    text = 'The screen is 12" wide and "very bright," the reviewer said.'
    spans = find_spans(text)
    assert [text[q.start:q.end] for q in spans] == ["very bright,"]


def test_relative_pronoun_speaker_is_the_noun_it_refers_to():
    text = ("The lone dissenting vote came from Councilman Gary Whitfield, who said the city "
            "should not be \u201cin the movie business.\u201d")
    found, _ = quotes(text)
    assert found[0][:2] == ("in the movie business.", "Gary Whitfield")


def test_pronoun_prefers_the_subject_of_its_clause_over_a_nearer_name():
    text = ("Harbour Holdings, which is owned by Meridian Terminals, said it had made an offer it "
            "described as \u201cfair and generous to all staff\u201d.")
    found, _ = quotes(text)
    assert found[0][1] == "Harbour Holdings"


def test_title_with_a_comma_inside_the_marks_is_not_a_quote():
    text = ('Liu said the theater would open with a free screening of "It\'s a Wonderful Life," '
            "the 1946 film.")
    found, _ = quotes(text)
    assert found == []


def test_spokesperson_for_an_actor_speaks_for_it():
    text = ("Apple rejected the claim on Monday. \u201cWe remain open to talks at any time,\u201d "
            "a spokesperson for the company said.")
    found, _ = quotes(text)
    assert found[0][1] == "Apple"


def test_a_family_speaks_for_itself_not_as_the_person_named():
    text = ("Jamie Fletcher, 24, died at the scene. In a statement, the family of Jamie Fletcher "
            "said: \u201cJamie was the heart of our family and we miss him.\u201d")
    found, result = quotes(text)
    q = result.quotes[0]
    assert q.speaker is None
    assert text[q.speaker_span[0]:q.speaker_span[1]].startswith("the family")


def test_quote_held_by_a_verb_that_is_no_cue_takes_its_subject():
    text = ("Maria Gomez has worked nights for 19 years. When the hospital hung banners, "
            "she found the gesture \u201cwell meant, but a little insulting\u201d.")
    found, _ = quotes(text)
    assert found[0][:2] == ("well meant, but a little insulting", "Maria Gomez")


def test_short_quote_held_by_a_non_cue_verb_is_a_scare_quote():
    text = ("Like Israel, the US is not among the court's 124 members and has long harboured "
            "suspicions that a \u201cglobal court\u201d could prosecute US officials.")
    found, _ = quotes(text)
    assert found == []


def test_according_to_wins_over_the_verb_holding_the_quote():
    text = ("Karen Liu runs the trust. The restored Rialto Theater will be \u201ca living room for "
            "the whole town,\u201d according to Liu.")
    found, _ = quotes(text)
    assert found[0][1] == "Karen Liu"


def test_quote_in_a_verb_joined_to_a_reported_promise_is_the_reporters():
    text = ("Housing minister Raj Malhotra criticised the plan, saying Ottawa had promised 12,000 "
            "units by December and had delivered \u201ca fraction of that.\u201d")
    found, _ = quotes(text)
    assert found[0][:2] == ("a fraction of that.", "Raj Malhotra")


def test_statement_issued_by_an_office_speaks_for_whoever_issued_it():
    text = ("Nina Berg met the board on Monday. Berg's office later issued a statement saying "
            "the minister \u201cstands by every figure she cited\u201d after the meeting.")
    found, _ = quotes(text)
    assert found[0][:2] == ("stands by every figure she cited", "Nina Berg")
