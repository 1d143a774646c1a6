"""Indirect quotes (reported speech): the reported clause and who said it, in the writer's
words; never given to someone when the sentence does not report a statement of theirs."""
import json
from pathlib import Path

import pytest

from nutgraf.analysis.pipeline import analyze

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]


def reported(text):
    result = analyze(text)
    return [(q.text, q.speaker_name, q.cue) for q in result.indirect_quotes], result


@pytest.mark.parametrize("text, clause, speaker", [
    # GUM Wikinews (CC BY 2.5), GUM_news_ie9 and GUM_news_imprisoned
    ("Microsoft says that the latest versions of Internet Explorer provide the user with enhanced protection "
     "from these attacks and threats.",
     "the latest versions of Internet Explorer provide the user with enhanced protection from these attacks "
     "and threats", "Microsoft"),
    ("Valeska Paris, an Australian woman and former Scientologist, has claimed that the Church of Scientology "
     "imprisoned her for twelve years.", "the Church of Scientology imprisoned her for twelve years",
     "Valeska Paris"),
    # GUM_news_warhol: "according to" at the end, and at the start
    ("The Polaroids were all donated by the Andy Warhol Photographic Legacy Program, according to Kristen "
     "Wilkins, assistant professor of photography.",
     "The Polaroids were all donated by the Andy Warhol Photographic Legacy Program", "Kristen Wilkins"),
    ("According to police, the driver was not injured.", "the driver was not injured", "police"),
])
def test_reported_clause_and_speaker(text, clause, speaker):
    found, _ = reported(text)
    assert [(c, s) for c, s, _ in found] == [(clause, speaker)]


def test_unnamed_sources_keep_the_words_that_describe_them():
    found, _ = reported("Officials said the attack killed 12 people. A source familiar with the talks told "
                        "Reuters that a deal was close. It is understood that the minister will resign.")
    assert found == [("the attack killed 12 people", "Officials", "say"),
                     ("a deal was close", "A source familiar with the talks", "tell"),
                     ("the minister will resign", "It is understood", "understand")]


@pytest.mark.parametrize("text", [
    "The mayor did not say whether the council would sue.",           # negated, and a question
    "She asked whether the regional authority would pay.",            # a question
    "He would say that the plan works if he were asked.",             # hypothetical
    "About half said they prefer a candidate from outside politics.",  # poll shares are no speaker
    # GUM_news_questionnaire (Wikinews, CC BY 2.5): "claiming" asylum states nothing
    "Sunak has made tackling migration one of his main priorities, with laws banning illegal migrants from "
    "claiming asylum in the UK expected next month.",
    "Tait said: \u201cStarts are not homes, and you cannot live in a permit.\u201d",  # a direct quote's
])
def test_no_paraphrase_where_nothing_is_reported(text):
    found, _ = reported(text)
    assert found == []


def test_a_second_cue_joined_to_the_first_clause_keeps_the_first_speaker():
    # GUM_news_imprisoned (Wikinews, CC BY 2.5)
    text = ("The Church of Scientology denied the allegations. They also claimed Paris was a volunteer and claim "
            "she has a vested interest for misrepresenting her experiences with the Church.")
    found, result = reported(text)
    church = next(a.id for a in result.actors if "Scientology" in a.name)
    assert [q.speaker for q in result.indirect_quotes] == [church, church]
    assert found[0][0] == "Paris was a volunteer"  # the second report is not part of the first


def test_indirect_quotes_stay_out_of_the_direct_quotes():
    # The sample article: reported speech quoting two phrases of its own.
    text = ("The order says the US will impose \u201ctangible and significant consequences\u201d on those "
            "responsible for the ICC\u2019s \u201ctransgressions.\u201d")
    result = analyze(text)
    assert [q.kind for q in result.quotes] == ["partial", "partial"]
    assert [(q.kind, q.id, q.speaker_name) for q in result.indirect_quotes] == [("indirect", "p1", "The order")]
    assert result.indirect_quotes[0].text.endswith("transgressions.\u201d")  # the closing mark kept
    # A clause nearly all in marks is the direct quote's, not a paraphrase as well.
    text = "Mr Hogle added the order \u201cis an attack on both accountability and free speech.\u201d"
    assert analyze(text).indirect_quotes == []


def test_the_sample_claims_sources_and_conflict():
    text = (ROOT / "sample_articles" / "icc-sanctions.txt").read_text(encoding="utf-8")
    result = analyze(text, "2025-02-07")
    court = result.actors[0]
    assert court.name == "International Criminal Court"
    said = [(q.text, q.speaker) for q in result.indirect_quotes]
    assert ("it \u201ccondemns\u201d the move", court.id) in said
    claims = next(c for c in result.claims if c.actor == court.id)
    assert "p1" in claims.quotes and "n1" in claims.numbers  # "our 125 States Parties"
    trump = next(s for s in result.sources if s.name == "Donald Trump")
    assert trump.status == "not_quoted"
    assert [(c.kind, [result.item(i).text for i in c.items]) for c in result.conflicts] == [("number", ["125", "124"])]
    json.dumps(result.to_json())


def test_claims_gold_precision_stays_above_target(scorer):
    gold_path = ROOT / "benchmarks" / "extraction" / "claims.jsonl"
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    preds = {g["id"]: {**analyze(g["text"], g.get("reference_date")).to_json(), "id": g["id"]} for g in gold}
    figures, problems = scorer.score(gold, preds)
    assert not problems
    assert figures["indirect.precision"] >= 0.9
    assert figures["conflicts.precision"] == 1.0
