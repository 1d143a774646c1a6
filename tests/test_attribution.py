"""The attribution lines `y` copies and the facts exports give, built without the reader."""
from nutgraf.analysis.claims import derive
from nutgraf.analysis.model import Number, Quote, TimelineEntry
from nutgraf.attribution import Publication, citation, claim_items, facts, source_line

HERE = Publication("The Example Times", "Court pledges", "2025-02-07")


def test_a_quote_is_cited_with_its_speaker_role_site_and_date(app_analysis):
    quote = app_analysis.quotes[0]
    app_analysis.actors[0].role = "the world's war crimes court"
    assert citation(quote, app_analysis, "", HERE) == (
        "“We will not be intimidated,” said International Criminal Court, the world's war crimes court, "
        "The Example Times, 2025-02-07")


def test_a_question_keeps_its_mark_and_a_full_stop_gives_way(app_analysis):
    asked = Quote("q9", (0, 5), "Who pays?", "a2", None, "ask", "Donald Trump")
    stated = Quote("q9", (0, 5), "We will  appeal. ", "a2", None, "say", "Donald Trump")
    assert citation(asked, app_analysis, "", HERE).startswith("“Who pays?” said Donald Trump, US President,")
    assert citation(stated, app_analysis, "", HERE).startswith("“We will appeal,” said Donald Trump,")


def test_without_a_site_the_title_names_the_article_and_without_either_nothing_does(app_analysis):
    item = app_analysis.numbers[0]
    assert citation(item, app_analysis, "", Publication(None, "Court pledges", None)).endswith("”, Court pledges")
    assert citation(None, None, "A  sentence.\n", Publication()) == "“A sentence.”"


def test_numbers_and_dates_without_what_they_need_say_so(app_analysis):
    bare = Number("n9", (0, 4), "many", None)
    assert facts(bare, app_analysis) == "Number “many”: no value, counts nothing named"
    unresolved = TimelineEntry("t9", (0, 6), "Friday", None)
    assert facts(unresolved, app_analysis) == "Date “Friday”: unresolved"
    assert citation(unresolved, app_analysis, "", HERE) == "Friday = unresolved, The Example Times, 2025-02-07"
    dated = TimelineEntry("t9", (0, 6), "the 1960s", "196")
    assert facts(dated, app_analysis) == "Date “the 1960s”: the 1960s (196)"


def test_a_claim_is_its_item_or_the_items_inside_its_words(app_analysis, kit):
    a = app_analysis
    trump = a.actors[1]
    assert claim_items(a, "actor", *min(trump.mentions)) == [trump]
    assert claim_items(a, "quote", *a.numbers[0].span) == []  # no quote there
    start = kit.ARTICLE.index("Mr Trump signed")
    end = kit.ARTICLE.index("said.", start) + 5
    assert [i.id for i in claim_items(a, "sentence", start, end)] == ["t2", "n2"]


def test_reported_speech_is_cited_as_the_writer_reports_it_never_in_quote_marks(reported_analysis):
    a = reported_analysis
    unnamed, trump = a.indirect_quotes
    assert citation(trump, a, "", HERE) == (
        "Donald Trump, US President, said that the ICC had “no authority” over Americans"
        " (The Example Times, 2025-02-07)")
    assert citation(unnamed, a, "", HERE) == (
        "A White House official said that Mr Trump signed the order on Thursday, and about 1,200 people"
        " were affected (The Example Times, 2025-02-07)")
    trump.cue = "according to"
    assert citation(trump, a, "", Publication()) == (
        "According to Donald Trump, US President, the ICC had “no authority” over Americans")
    trump.speaker = trump.speaker_name = None
    assert citation(trump, a, "", Publication()) == (
        "Reported, with no speaker found: the ICC had “no authority” over Americans")


def test_a_partial_quote_is_cited_as_words_quoted_in_part(reported_analysis):
    a = reported_analysis
    partial = a.quotes[1]
    assert citation(partial, a, "", HERE) == (
        "“no authority” (quoted in part from Donald Trump, US President), The Example Times, 2025-02-07")
    partial.speaker = partial.speaker_name = None
    assert citation(partial, a, "", HERE).startswith("“no authority” (quoted in part, unattributed),")


def test_facts_label_paraphrases_and_partial_quotes(reported_analysis):
    a = reported_analysis
    assert facts(a.indirect_quotes[1], a) == (
        "Paraphrase (reported speech, not a quote) of Donald Trump, US President: "
        "the ICC had “no authority” over Americans")
    assert facts(a.quotes[1], a) == "Partial quote “no authority”: said by Donald Trump, US President"
    assert facts(a.quotes[0], a).startswith("Quote “We will not be intimidated,”: said by")


def test_a_claim_on_reported_speech_or_its_sentence_holds_it(reported_analysis, kit):
    a = reported_analysis
    trump = a.indirect_quotes[1]
    assert claim_items(a, "quote", *trump.span) == [trump]
    start = kit.ARTICLE.index("Late in the day")
    end = kit.ARTICLE.index("2024.", start) + 5
    assert [i.id for i in claim_items(a, "sentence", start, end)] == ["t4", "p2", "q2", "t1"]
    start = kit.ARTICLE.index("Mr Trump signed")
    end = kit.ARTICLE.index("said.", start) + 5
    assert [i.id for i in claim_items(a, "sentence", start, end)] == ["p1", "t2", "n2"]


def test_a_row_of_the_sources_in_words(reported_analysis):
    a = reported_analysis
    rows = {s.name: s for s in a.sources}
    assert source_line(rows["Donald Trump"]) == "Donald Trump, US President: 1 quote, 1 paraphrase (2 words)"
    assert source_line(rows["White House official"]) == "“White House official” (unnamed source): 1 paraphrase"
    assert source_line(rows["International Criminal Court"]) == "International Criminal Court: 1 quote (5 words)"
    a.quotes[1].speaker = a.quotes[1].speaker_name = a.quotes[1].speaker_span = None
    (nobody,) = [s for s in derive(a).sources if s.status == "no_speaker"]
    assert source_line(nobody) == "No speaker found: 1 quote (2 words)"
