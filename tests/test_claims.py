"""Sources, claims, repeated quotes and conflicts: derived from an analysis's item lists
without spaCy (analysis.claims.derive), so they are tested on hand-built analyses of real
sentences."""
import pytest

from nutgraf.analysis.claims import derive, link_repeats, words_of
from nutgraf.analysis.model import Actor, Analysis, AnalysisJSONError, Number, Quote, TimelineEntry, check_json


def at(text, needle, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return (start, start + len(needle))


def sentence(text, needle):
    s, _ = at(text, needle)
    start = text.rfind("\n", 0, s) + 1
    end = text.find("\n", s)
    return (start, len(text) if end < 0 else end)


def quote(text, qid, words, speaker=None, who=None, kind="direct", nth=0, cue="say"):
    speaker_span = at(text, who) if who else None
    return Quote(qid, at(text, words, nth), words, speaker, speaker_span, cue if who else None, who, kind)


def number(text, nid, written, value, counts, approximate=False, nth=0):
    span = at(text, written, nth)
    return Number(nid, span, written, value, approximate, counts, sentence(text, text[span[0]:span[1] + 5]))


# Sentences from the sample article (icc-sanctions) and the Wikinews texts of the claims gold.
ICC = ("\u201cWe call on our 125 States Parties, civil society and all nations of the world to stand united "
       "for justice and fundamental human rights,\u201d it said.\n"
       "Human rights activists said sanctioning court officials would have a chilling effect.\n"
       "Like Israel, the US is not among the court\u2019s 124 members and has long harboured suspicions.")


def icc_analysis():
    text = ICC
    court = Actor("a1", "International Criminal Court", "organization", [at(text, "court", 1)])
    us = Actor("a2", "United States", "place", [at(text, "US")])
    hrw = Actor("a3", "Human Rights Watch", "organization", [(0, 0)])
    return Analysis(
        text=text, actors=[court, us, hrw],
        quotes=[quote(text, "q1", "We call on our 125 States Parties, civil society and all nations of the world to "
                                  "stand united for justice and fundamental human rights,", "a1", "it")],
        indirect_quotes=[quote(text, "p1", "sanctioning court officials would have a chilling effect", None,
                               "Human rights activists", "indirect")],
        numbers=[number(text, "n1", "125", 125, "States Parties"), number(text, "n2", "124", 124, "members")],
        sentences=[sentence(text, "We call"), sentence(text, "Human rights"), sentence(text, "Like Israel")])


def test_sources_list_quoted_actors_unnamed_sources_and_those_never_quoted():
    a = derive(icc_analysis())
    rows = [(s.name, s.status, s.actor, s.quotes) for s in a.sources]
    assert rows == [
        ("International Criminal Court", "quoted", "a1", ["q1"]),
        ("human rights activists", "unnamed", None, ["p1"]),
        ("Human Rights Watch", "not_quoted", "a3", []),  # a place (the US) is no source
    ]
    assert a.sources[0].words == 24  # words inside direct quotes; a paraphrase counts none
    assert a.sources[1].words == 0
    assert [s.id for s in a.sources] == ["s1", "s2", "s3"]


def test_a_pronoun_naming_no_actor_is_no_source_and_its_quote_has_no_speaker():
    text = "\u201cWe will appeal the ruling in every court,\u201d he said."
    q = quote(text, "q1", "We will appeal the ruling in every court,", None, "he")
    a = derive(Analysis(text=text, quotes=[q]))
    assert [(s.name, s.status, s.quotes) for s in a.sources] == [("(no speaker)", "no_speaker", ["q1"])]


def test_claims_give_each_actor_its_quotes_of_every_kind_and_the_numbers_in_them():
    a = derive(icc_analysis())
    assert [(c.actor, c.quotes, c.numbers) for c in a.claims] == [("a1", ["q1"], ["n1"])]
    assert a.quotes[0].numbers == ["n1"]


def test_counts_of_one_membership_in_two_words_are_a_conflict():
    a = derive(icc_analysis())
    assert [(c.kind, c.items) for c in a.conflicts] == [("number", ["n1", "n2"])]
    assert a.conflicts[0].spans == [at(ICC, "125"), at(ICC, "124")]
    assert "125" in a.conflicts[0].reason and "124" in a.conflicts[0].reason


@pytest.mark.parametrize("second", [
    "Membership rose to 124 members this year.",                   # a change, told as one
    "In 2019 the court had 124 members.",                          # another time
    "NATO\u2019s 124 members met in Brussels.",                       # another owner
    "It had about 124 members.",                                  # approximate
    "The court had 124 members and 125 members in all.",          # two counts in one sentence
])
def test_no_conflict_where_a_difference_is_the_story(second):
    text = "The court\u2019s 125 members met in The Hague.\n" + second
    court = Actor("a1", "International Criminal Court", "organization", [at(text, "court")])
    nato = Actor("a2", "NATO", "organization", [at(text, "NATO")] if "NATO" in text else [(0, 0)])
    numbers = [number(text, "n1", "125", 125, "members")]
    rest = [w for w in ("about 124", "124") if w in second][:1]
    numbers.append(number(text, "n2", rest[0], 124, "members", approximate=rest[0].startswith("about")))
    if "125 members in all" in second:
        numbers.append(number(text, "n3", "125", 125, "members", nth=1))
    timeline = [TimelineEntry("t1", at(text, "2019"), "2019", "2019")] if "2019" in text else []
    a = derive(Analysis(text=text, actors=[court, nato], numbers=numbers, timeline=timeline,
                        sentences=[sentence(text, "The court"), sentence(text, second[:10])]))
    assert a.conflicts == []


def test_a_total_smaller_than_its_listed_parts_is_a_conflict():
    text = "A total of 40 people were taken to hospital, including 22 adults and 21 children."
    nums = [number(text, "n1", "40", 40, "people taken"), number(text, "n2", "22", 22, "adults"),
            number(text, "n3", "21", 21, "children")]
    a = derive(Analysis(text=text, numbers=nums, sentences=[(0, len(text))]))
    assert [(c.kind, c.items) for c in a.conflicts] == [("total", ["n1", "n2", "n3"])]
    assert "43" in a.conflicts[0].reason
    nums[2].value = 18  # parts that add up to less: "including" need not list them all
    assert derive(a).conflicts == []


def test_one_event_dated_to_two_days_is_a_conflict_but_a_year_and_its_day_are_not():
    text = "The dam burst on March 4 in the night.\nVolunteers came since the dam burst on March 5."
    t1 = TimelineEntry("t1", at(text, "March 4"), "March 4", "2025-03-04", event="the dam burst")
    t2 = TimelineEntry("t2", at(text, "March 5"), "March 5", "2025-03-05", event="the dam burst")
    sents = [sentence(text, "The dam"), sentence(text, "Volunteers")]
    a = derive(Analysis(text=text, timeline=[t1, t2], sentences=sents))
    assert [(c.kind, c.items) for c in a.conflicts] == [("date", ["t1", "t2"])]
    t2.value = "2025-03"
    assert derive(a).conflicts == []


def test_repeated_words_are_one_row_with_every_evidence():
    text = ("\u201cWe were robbed,\u201d says Rovers captain\n"
            "\u201cWe were robbed,\u201d said Rovers coach Dan Okafor after the match.")
    q1 = quote(text, "q1", "We were robbed,", "a1", "Rovers captain")
    q2 = quote(text, "q2", "We were robbed,", "a2", "Dan Okafor", nth=1)
    a = derive(Analysis(text=text, quotes=[q1, q2], actors=[
        Actor("a1", "Ana Silva", "person", [at(text, "Rovers captain")]),
        Actor("a2", "Dan Okafor", "person", [at(text, "Dan Okafor")])]))
    assert (q1.repeats, q1.repeat_spans, q2.repeat_of) == (["q2"], [q2.span], "q1")
    assert q2.span in q1.evidence()
    assert q1.speaker_differs and q2.speaker_differs
    assert [(c.kind, c.items) for c in a.conflicts] == [("speaker", ["q1", "q2"])]
    assert [c.quotes for c in a.claims] == [["q1"]]  # the later occurrence is not a claim of its own


def test_repeats_need_three_words_and_an_actor_on_each_side_to_differ():
    text = ("He called it \u201ca disgrace\u201d.\nShe called it \u201ca disgrace\u201d too.\n"
            "\u201cThe order is illegitimate and baseless\u201d, the White House said; "
            "the order called it \u201cillegitimate and baseless\u201d.")
    short = [quote(text, "q1", "a disgrace", "a1", "He"), quote(text, "q2", "a disgrace", "a2", "She", nth=1)]
    link_repeats(short, {q.text: words_of(q.text) for q in short})
    assert [q.repeats for q in short] == [[], []]
    longer = [quote(text, "q3", "The order is illegitimate and baseless", "a3", "the White House"),
              quote(text, "q4", "illegitimate and baseless", None, "the order")]
    link_repeats(longer, {q.text: words_of(q.text) for q in longer})
    assert longer[0].repeats == ["q4"]  # a shortened repeat is linked
    assert not longer[0].speaker_differs  # words given to no actor may be the same source


def test_new_sections_round_trip_through_json_and_are_validated():
    a = derive(icc_analysis())
    data = a.to_json()
    check_json(data, len(a.text))
    again = Analysis.from_json(data, a.text)
    assert again == a
    old = {k: v for k, v in data.items() if k not in ("indirect_quotes", "sources", "conflicts", "claims")}
    assert Analysis.from_json(old, a.text).sources == []  # output from before these sections
    bad = {**data, "sources": [{**data["sources"][0], "words": -1}]}
    with pytest.raises(AnalysisJSONError, match=r"sources\[0\]\.words"):
        check_json(bad)
    bad = {**data, "conflicts": [{**data["conflicts"][0], "spans": [[5, 10_000]]}]}
    with pytest.raises(AnalysisJSONError, match=r"conflicts\[0\]\.spans\[0\]"):
        check_json(bad, len(a.text))


def test_the_report_counts_reported_speech_apart_from_quotes(reported_analysis):
    import io

    from rich.console import Console

    from nutgraf.documents import Document
    from nutgraf.report import print_report

    out = io.StringIO()
    doc = Document(text=reported_analysis.text, source="a.txt", name="a.txt", encoding="utf-8")
    print_report(reported_analysis, doc, Console(file=out, width=200))
    rows = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[4:7]]
            for line in out.getvalue()[out.getvalue().index("Sources ("):].splitlines() if line.count("│") > 6}
    assert rows["Donald Trump"] == ["1", "2", "1"]  # quotes, words, paraphrases
    assert rows["White House official"] == ["0", "0", "1"]



def test_a_document_quoted_is_a_source_of_its_own_not_an_unnamed_person():
    # The sample's executive order, quoted with no actor for it, beside unnamed people.
    text = ("The order said the ICC had set a \u201cdangerous precedent\u201d with its actions.\n"
            "Human rights activists said sanctioning court officials would have a chilling effect.\n"
            "A source familiar with the talks said the court would meet on Monday.\n"
            "According to the latest government report, 40 staff would be affected.")
    a = derive(Analysis(text=text, indirect_quotes=[
        quote(text, "p1", "the ICC had set a \u201cdangerous precedent\u201d with its actions", None, "The order",
              "indirect"),
        quote(text, "p2", "sanctioning court officials would have a chilling effect", None,
              "Human rights activists", "indirect"),
        quote(text, "p3", "the court would meet on Monday", None, "A source familiar with the talks", "indirect"),
        quote(text, "p4", "40 staff would be affected", None, "the latest government report", "indirect",
              cue="according to"),
    ]))
    assert [(s.name, s.status, s.quotes) for s in a.sources] == [
        ("human rights activists", "unnamed", ["p2"]),
        ("source familiar with the talks", "unnamed", ["p3"]),
        ("the order", "document", ["p1"]),
        ("the latest government report", "document", ["p4"]),
    ]
    check_json(a.to_json())


def test_an_unnamed_source_keeps_the_names_it_holds_and_one_row_for_either_case():
    text = ("Officials said the wall would cost more.\n"
            "Later, officials said work would start in March.\n"
            "Opponents, led by councillor Tom Hale, said the cost had doubled.")
    a = derive(Analysis(text=text, indirect_quotes=[
        quote(text, "p1", "the wall would cost more", None, "Officials", "indirect"),
        quote(text, "p2", "work would start in March", None, "officials", "indirect"),
        quote(text, "p3", "the cost had doubled", None, "Opponents, led by councillor Tom Hale", "indirect"),
    ]))
    assert [(s.name, s.quotes) for s in a.sources] == [
        ("officials", ["p1", "p2"]),
        ("opponents, led by councillor Tom Hale", ["p3"]),
    ]
