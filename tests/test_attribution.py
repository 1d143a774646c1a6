"""The attribution lines `y` copies and the facts exports give, built without the reader."""
from nutgraf.analysis.model import Number, Quote, TimelineEntry
from nutgraf.attribution import Publication, citation, claim_items, facts, sources

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


def test_sources_count_quotes_per_speaker(app_analysis):
    a = app_analysis
    a.quotes.append(Quote("q3", (0, 2), "Hi", "a1", None, "say", "International Criminal Court"))
    a.quotes.append(Quote("q4", (0, 2), "Ho", None, (0, 2), "say", "a spokesman"))
    assert sources(a) == [("International Criminal Court", None, 2), ("a spokesman", None, 1)]
