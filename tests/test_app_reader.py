"""The reader, driven through Textual's Pilot with the hand-built analysis of conftest."""
from __future__ import annotations

import dataclasses
import re
import threading

import pytest
from textual import events
from textual.color import Color
from textual.widgets import Input, TabbedContent

from nutgraf.analysis.model import Analysis, Number, Quote
from nutgraf.analysis.pipeline import ModelError
from nutgraf.app.article_view import ArticleView
from nutgraf.app.help import HelpScreen
from nutgraf.app.panels import ItemPanel, NumbersPanel
from nutgraf.app.reader import SAMPLE_HINT, NutgrafApp
from nutgraf.documents import Document


async def test_panels_list_the_items_sorted_with_counts(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        actors = kit.prompts(app, "actor")
        names = [p.strip().split("  ")[0] for p in actors]
        assert names == ["Donald Trump", "International Criminal Court", "White House"]
        assert "3×" in actors[0] and "person" in actors[0] and "US President" in actors[0]
        quotes = kit.prompts(app, "quote")
        assert "International Criminal Court" in quotes[0] and "We will not be intimidated" in quotes[0]
        assert "unattributed" in quotes[1]
        numbers = kit.prompts(app, "number")
        assert "125" in numbers[0] and "member states" in numbers[0] and "≈" not in numbers[0]
        assert "about 1,200 ≈" in numbers[1]
        timeline = kit.prompts(app, "timeline")
        assert [t.split()[0] for t in timeline] == ["2024-11", "2025-02-06", "2025-02-07", "unresolved"]
        assert "order signed" in timeline[1]
        kinds = ("actor", "quote", "number", "timeline")
        titles = [app.query_one(f"#panel-{k}", ItemPanel).border_title for k in kinds]
        assert titles == ["Actors 3", "Quotes 2", "Numbers 2", "Timeline 4"]


async def test_selecting_an_actor_highlights_every_mention_and_n_moves(kit, make_app, app_analysis):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("1")
        await pilot.pause()
        view = app.article
        trump = app_analysis.actor("a2")
        assert app.focused.id == "panel-actor"
        assert view.evidence_kind == "actor"
        assert view.evidence == trump.mentions
        assert view.evidence_index == 0
        assert view.scroll_y == 0
        highlighted = kit.runs(view, "article-view--actor")
        current = kit.runs(view, "article-view--current")
        # The first mention is the current one, the second (on screen too) plain actor colour.
        assert current == ["Donald Trump"]
        assert "Mr Trump" in highlighted
        assert current[0] not in highlighted

        await pilot.press("n")
        await pilot.pause()
        assert view.evidence_index == 1
        assert kit.runs(view, "article-view--current") == ["Mr Trump"]

        await pilot.press("n")
        await pilot.pause()
        assert view.evidence_index == 2
        last_line = view.line_of(trump.mentions[2][0])
        assert view.scroll_y > 0
        assert view.scroll_y <= last_line < view.scroll_y + view.scrollable_content_region.height
        assert kit.runs(view, "article-view--current") == ["Trump"]

        await pilot.press("n")  # wraps around to the first
        await pilot.pause()
        assert view.evidence_index == 0
        assert view.scroll_y == 0

        await pilot.press("N")
        await pilot.pause()
        assert view.evidence_index == 2


async def test_moving_in_a_panel_switches_the_highlight(kit, make_app, app_analysis):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("1", "down")
        await pilot.pause()
        court = app_analysis.actor("a1")
        assert app.article.evidence == court.mentions
        assert kit.runs(app.article, "article-view--current") == ["International Criminal Court"]
        assert "court" in kit.runs(app.article, "article-view--actor")
        # j and k move in a panel as they do in the article.
        await pilot.press("k")
        await pilot.pause()
        assert app.article.evidence != court.mentions
        await pilot.press("j")
        await pilot.pause()
        assert app.article.evidence == court.mentions


async def test_a_quote_highlights_its_words_and_its_speaker(kit, make_app, app_analysis):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("2")
        await pilot.pause()
        quote = app_analysis.quotes[0]
        assert app.article.evidence_kind == "quote"
        assert app.article.evidence == sorted([quote.span, quote.speaker_span])
        texts = kit.runs(app.article, "article-view--quote") + kit.runs(app.article, "article-view--current")
        assert "We will not be intimidated," in texts
        assert "court" in texts


async def test_a_number_highlights_itself_and_its_sentence(kit, make_app, app_analysis):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("3", "down")
        await pilot.pause()
        number = app_analysis.numbers[1]
        assert app.article.evidence == sorted([number.span, number.sentence_span])
        shown = " ".join(kit.runs(app.article, "article-view--number") + kit.runs(app.article, "article-view--current"))
        assert "Mr Trump signed the order on Thursday" in shown
        assert "official said." in shown


@pytest.mark.parametrize("text, value, unit, shown", [
    ("50", 50.0, "%", "50 (50%)  —"),  # "50 to 48 percent"
    ("48 percent", 48.0, "%", "48 percent  —"),
    ("$10", 10e9, "$", "$10 ($10 billion)  —"),  # "$10 to $15 billion"
    ("$1.5bn", 1.5e9, "$", "$1.5bn  —"),
    ("$10 mln", 1e7, "$", "$10 mln  —"),  # every scale the numbers' word lists read
    ("€2", 2e6, "€", "€2 (€2 million)  —"),
    ("$200", 200.0, "$", "$200  —"),
    ("a trillion", 1e12, "$", "a trillion ($1 trillion)  —"),  # "a trillion dollars"
    ("USD5bn", 5e9, "$", "USD5bn ($5 billion)  —"),
    ("3 million", 3e6, "€", "3 million (€3 million)  —"),  # "3 million euros"
    ("200", 200.0, "$", "200 ($200)  —"),  # "200 dollars"
    ("two", 2.0, "week", "two  weeks"),  # its unit shows as what it counts
])
def test_a_number_shows_the_unit_and_scale_it_takes_from_elsewhere(text, value, unit, shown):
    counts = "weeks" if unit == "week" else None
    number = Number("n1", (0, len(text)), text, value, False, counts, None, unit)
    assert "".join(words for words, _ in NumbersPanel().describe(number)) == shown


async def test_a_timeline_entry_highlights_its_date_and_event(kit, make_app, app_analysis):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("4", "down")  # second in date order: Thursday
        await pilot.pause()
        entry = next(t for t in app_analysis.timeline if t.id == "t2")
        assert app.article.evidence == sorted([entry.span, entry.event_span])
        assert app.article.evidence_kind == "timeline"


async def test_the_sentence_cursor_marks_panel_items(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        view = app.article
        assert app.focused is view
        await pilot.press("j")  # the first sentence on screen: the title
        assert view.cursor == 0
        target = view.sentence_at(kit.ARTICLE.index("Mr Trump signed"))
        await pilot.press(*["j"] * (target - view.cursor))
        await pilot.pause()
        assert view.cursor == target
        assert kit.runs(view, "article-view--cursor")[0].startswith("Mr Trump signed")
        kinds = ("actor", "number", "timeline", "quote")
        marked = {k: [p for p in kit.prompts(app, k) if p.startswith("●")] for k in kinds}
        assert [p.split("  ")[0] for p in marked["actor"]] == ["● Donald Trump", "● White House"]
        assert len(marked["number"]) == 1 and "1,200" in marked["number"][0]
        assert len(marked["timeline"]) == 1 and "2025-02-06" in marked["timeline"][0]
        assert marked["quote"] == []

        await pilot.press("k")
        await pilot.pause()
        assert view.cursor == target - 1
        assert [p for p in kit.prompts(app, "number") if p.startswith("●")] == []


async def test_clicking_a_sentence_moves_the_cursor(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        view = app.article
        y = view.line_of(kit.ARTICLE.index("We will not"))
        region = view.scrollable_content_region
        await pilot.click(ArticleView, offset=(region.x - view.region.x + 5, region.y - view.region.y + y))
        await pilot.pause()
        assert view.cursor == view.sentence_at(kit.ARTICLE.index("We will not"))
        assert any("\u201cWe will not" in p and p.startswith("●") for p in kit.prompts(app, "quote"))


async def test_enter_in_a_panel_goes_to_the_article_at_the_evidence(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        # "about 1,200", then its sentence (the second evidence): enter reads from there.
        await pilot.press("3", "j", "n", "enter")
        await pilot.pause()
        view = app.article
        assert app.focused is view
        assert view.cursor == view.sentence_at(kit.ARTICLE.index("Mr Trump"))


async def test_find_highlights_matches_and_steps_through_them(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.focused, Input)
        await pilot.press(*"court")
        await pilot.pause()
        view = app.article
        expected = [kit.span(kit.ARTICLE.lower(), "court", n) for n in range(4)]
        assert view.evidence_kind == "find" and view.evidence == expected
        assert set(kit.runs(view, "article-view--find")) == {"Court", "court"}
        await pilot.press("enter")
        await pilot.pause()
        assert view.evidence_index == 1
        assert str(app.query_one("#find-count").render()) == "2/4"
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is view
        await pilot.press("n")
        await pilot.pause()
        assert view.evidence_index == 2
        await pilot.press("slash")
        await pilot.press("q", "question_mark", "1", "n")  # typed, not bindings
        await pilot.pause()
        assert app.query_one(Input).value == "q?1n" and not isinstance(app.screen, HelpScreen)
        assert view.evidence == [] and str(app.query_one("#find-count").render()) == "no match"


async def test_help_lists_the_bindings(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(w.render()) for w in app.screen.query(".help-row"))
        for words in ("Next evidence", "Previous evidence", "Find", "Quit", "Next sentence", "Actors", "Timeline",
                      "Close find", "Read from the highlighted evidence", "Only unattributed quotes"):
            assert words in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_help_descriptions_wrap_in_their_own_column(kit, make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        sections = app.screen.query(".help-section")
        assert [str(w.render()) for w in sections][:2] == ["Anywhere", "Article"]
        assert all(w.region.height >= 1 for w in sections)
        rows = list(app.screen.query(".help-row"))
        assert len({w.region.x for w in rows}) == 1  # one column, however long the keys
        assert any(w.region.height > 1 for w in rows)  # a long one wraps inside it


async def test_markup_and_escape_sequences_are_shown_literally(kit):
    text = "Title with [b]markup[/b]\nA reader wrote [bold red]x[/] and \x1b[2J here, and [@click=app.quit]y[/].\n"
    quote_text = "[bold red]x[/]"
    analysis = Analysis(
        text=text,
        quotes=[Quote("q1", kit.span(text, quote_text), quote_text, speaker_name="[b]Someone[/b]")],
        sentences=[(0, 24), (25, len(text) - 1)],
    )
    doc = Document(text=text, source="x.txt", name="[i]x.txt", encoding="utf-8")
    app = NutgrafApp(doc, analyzer=kit.fake_analyzer(analysis))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        shown = kit.screen_text(app.article)
        assert "Title with [b]markup[/b]" in shown
        assert "A reader wrote [bold red]x[/] and  [2J here, and [@click=app.quit]y[/]." in shown
        assert "\x1b" not in shown
        assert "[b]Someone[/b]" in kit.prompts(app, "quote")[0] and quote_text in kit.prompts(app, "quote")[0]
        assert "[i]x.txt" in app.status.shown("file")
        await pilot.click(ArticleView, offset=(20, 3))  # a live [@click] would quit
        assert app.is_running


async def test_small_terminals_get_tabs_and_large_ones_four_panels(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        assert not app.query(TabbedContent)
        panels = list(app.query(ItemPanel))
        assert len(panels) == 4
        assert all(p.region.height >= 5 and app.screen.region.contains_region(p.region) for p in panels)
        await pilot.press("1", "down")
        await pilot.pause()

        await pilot.resize_terminal(*kit.SMALL)
        await pilot.pause()
        await pilot.pause()
        tabs = app.query_one(TabbedContent)
        assert tabs.active == "tab-actor"
        # The selection survives the relayout.
        assert app.query_one("#panel-actor", ItemPanel).highlighted == 1
        assert [str(tabs.get_tab(f"tab-{k}").label) for k in ("actor", "quote", "number", "timeline")] == [
            "Actors 3", "Quotes 2", "Numbers 2", "Timeline 4"]
        await pilot.press("3")
        await pilot.pause()
        assert tabs.active == "tab-number"
        assert app.focused.id == "panel-number"
        assert app.article.evidence_kind == "number"

        await pilot.resize_terminal(*kit.WIDE)
        await pilot.pause()
        await pilot.pause()
        assert not app.query(TabbedContent)
        assert app.focused.id == "panel-number"


async def test_starts_small_with_tabs(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.SMALL) as pilot:
        await kit.ready(app, pilot)
        tabs = app.query_one(TabbedContent)
        assert str(tabs.get_tab("tab-actor").label) == "Actors 3"
        await pilot.press("2")
        await pilot.pause()
        assert tabs.active == "tab-quote" and app.focused.id == "panel-quote"
        assert app.article.evidence_kind == "quote"


async def test_article_is_shown_and_panels_fill_while_the_analysis_runs(kit, app_document, app_analysis):
    release = threading.Event()

    def slow(text, reference_date, progress, partial):
        progress(len(text) // 2, len(text))
        release.wait(10)
        return app_analysis

    app = NutgrafApp(app_document, analyzer=slow)
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.until(pilot, lambda: app.query_one("#status-progress").percentage)
        assert "Court pledges to defy sanctions" in kit.screen_text(app.article)
        assert app.query_one("#status-progress").display
        assert app.query_one("#status-progress").percentage == pytest.approx(0.5, abs=0.01)
        assert kit.prompts(app, "actor") == ["analysing…"]
        await pilot.press("1", "j")  # keys still work while it runs
        release.set()
        await kit.ready(app, pilot)
        assert not app.query_one("#status-progress").display
        assert "analysed" in app.status.shown("state")
        assert len(kit.prompts(app, "actor")) == 3


async def test_a_missing_model_is_a_message_not_a_traceback(kit, app_document):
    def no_model(text, reference_date, progress, partial):
        raise ModelError("no English spaCy model could be loaded. Install one with: pip install x")

    app = NutgrafApp(app_document, analyzer=no_model)
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        assert app.is_running
        assert "no English spaCy model" in app.status.shown("state")
        assert kit.prompts(app, "actor") == ["no analysis"]
        assert "Court pledges" in kit.screen_text(app.article)


async def test_mouse_and_tab_reach_the_panels(kit, make_app, app_analysis):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("tab")
        assert app.focused.id == "panel-actor"
        await pilot.press("tab")
        assert app.focused.id == "panel-quote"
        await pilot.press("shift+tab", "shift+tab")
        assert app.focused is app.article
        await pilot.click("#panel-actor", offset=(6, 3))  # White House, under the border
        await pilot.pause()
        assert app.focused.id == "panel-actor"
        assert app.article.evidence == app_analysis.actor("a3").mentions


async def test_a_row_under_the_mouse_and_an_empty_panel_have_their_looks(kit, app_document, app_analysis):
    """The looks every panel shares (list-panel--hover, list-panel--empty) are drawn: looked
    up once on the panel area, not on each panel."""
    from nutgraf.app.panels import PanelArea

    app_analysis.numbers = []
    app = NutgrafApp(app_document, analyzer=kit.fake_analyzer(app_analysis))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        area, actors, numbers = app.query_one(PanelArea), app.query_one("#panel-actor"), app.query_one("#panel-number")
        hover = area.get_visual_style("list-panel--hover", partial=True)
        empty = area.get_visual_style("list-panel--empty", partial=True)

        def background(panel, y: int):
            return {s.style.bgcolor for s in panel.render_line(y) if s.text.strip()}

        plain = background(actors, 2)
        await pilot.hover("#panel-actor", offset=(6, 3))  # the third row, under the border
        await pilot.pause()
        # Over the panel's own background (the hover's is see-through).
        assert background(actors, 2) == {(actors.get_visual_style() + hover).rich_style.bgcolor} != plain
        assert background(actors, 1) == plain
        drawn = [s for s in numbers.render_line(0) if s.text.strip()]
        assert drawn and {s.style.color for s in drawn} == {(numbers.get_visual_style() + empty).rich_style.color}
        assert {s.style.color for s in drawn} != {s.style.color for s in actors.render_line(1) if s.text.strip()}


async def test_resizing_under_the_help_screen_relayouts_the_reader(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.resize_terminal(*kit.SMALL)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.query_one(TabbedContent)
        assert app.article.region.width == kit.SMALL[0]  # its pane is not drawn: it has no region


async def test_resizing_keeps_the_reading_position(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        view = app.article
        view.scroll_to(y=view.line_of(kit.ARTICLE.index("Filler paragraph 10")), animate=False, immediate=True)
        await pilot.pause()
        assert view.scroll_y > 0
        await pilot.resize_terminal(*kit.SMALL)
        await pilot.pause()
        await pilot.pause()
        assert kit.screen_text(view).splitlines()[0].strip().startswith("Filler paragraph 10")


async def test_a_long_file_name_leaves_the_analysis_state_whole(kit, app_document, app_analysis):
    document = Document(text=app_document.text, source="x.txt", name="a-very-long-article-file-name-" * 3 + ".txt",
                        encoding="utf-8", byline="By Someone Writing At Length", site="Example News")
    app = NutgrafApp(document, analyzer=kit.fake_analyzer(app_analysis))
    async with app.run_test(size=(80, 24)) as pilot:
        await kit.ready(app, pilot)
        from nutgraf.app.bars import StatusText

        text = app.query_one(StatusText)
        drawn = str(text.render())
        assert app.status.shown("state") == "analysed ✓" and text.region.right <= 80
        # The name is cut short (…), at most half the line, and the state drawn whole at the right.
        assert drawn.startswith("a-very-long-article-file-name-") and "… " in drawn[:text.size.width // 2 + 1]
        assert drawn.endswith(" analysed ✓") and len(drawn) == text.size.width


async def test_the_status_line_draws_its_parts_in_one_line(kit, app_document, app_analysis):
    """The evidence counter between the date and the state while there is one; an error
    shares the line with the date, cut short (…), in its own style."""
    from nutgraf.app.bars import StatusText

    app = NutgrafApp(app_document, analyzer=kit.fake_analyzer(app_analysis))
    async with app.run_test(size=(80, 24)) as pilot:
        await kit.ready(app, pilot)
        text = app.query_one(StatusText)
        width = text.size.width
        app.status.show_evidence("mention 2 of 5")
        await pilot.pause()
        drawn = str(text.render())
        assert drawn.endswith(" mention 2 of 5 analysed ✓") and len(drawn) == width
        app.status.show_evidence("")
        await pilot.pause()
        assert "mention" not in str(text.render()) and app.status.shown("evidence") == ""
        success = next(s for s in text.render().render_segments() if "analysed" in s.text).style
        app.status.show_state("the analysis failed: " + "a very long reason " * 10, error=True)
        await pilot.pause()
        drawn, segments = str(text.render()), list(text.render().render_segments())
        assert len(drawn) == width and "the analysis failed: a very" in drawn and drawn.rstrip().endswith("…")
        failed = next(s for s in segments if "failed" in s.text).style
        assert failed.bold and failed.color != success.color
        # The date keeps half of what the file leaves (after its two spaces and the error's one).
        rest = width - len(app.status.shown("file")) - 3
        assert drawn.index("the analysis failed") == width - rest // 2
        assert drawn.startswith(app.status.shown("file") + "  " + app.status.shown("date")[:10])
        app.status.show_state("analysed ✓")
        await pilot.pause()
        assert str(text.render()).endswith(" analysed ✓")
        assert next(s for s in text.render().render_segments() if "analysed" in s.text).style.color == success.color


async def test_the_footer_draws_the_keys_of_the_focus_and_presses_a_key_clicked(kit, make_app):
    from nutgraf.app.footer import KeyFooter

    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        footer = app.query_one(KeyFooter)

        def shown():
            return str(footer.render())

        assert shown().startswith(" ? Help  12345 Panels  nN Evidence  b Bookmark ")
        await pilot.press("3")
        await pilot.pause()
        assert shown().startswith(" x Wrong  ? Help ")  # a group of one key is drawn as a key
        await pilot.press("slash")
        await pilot.pause()
        assert shown().startswith(" esc Close find ")
        await pilot.press("escape")
        await pilot.pause()
        assert "Close find" not in shown()
        # A click on "Help" (the key or its description) presses ?.
        await pilot.click(KeyFooter, offset=(4, 0))
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"


async def test_the_footer_shows_only_keys_that_fit_whole(kit, make_app):
    from nutgraf.app.footer import KeyFooter

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("2")  # the quotes' keys come first: the app's no longer all fit
        await pilot.pause()
        footer = app.query_one(KeyFooter)
        shown = str(footer.render())
        assert shown.startswith("xw Correct ? Help ") and len(shown.rstrip()) <= 80
        # Each key drawn has its description: none is cut from it at the edge.
        assert shown.rstrip().endswith("s Sources") and "Find" not in shown
        keys = {key.key for key in footer._keys}
        assert keys >= {"question_mark", "s"} and "slash" not in keys


# Long lists

LONG = 5000


@pytest.fixture
def long_app(kit):
    """An article of 5,000 one-line sentences, each with a number: a panel of 5,000 rows."""
    text = "\n".join(f"Line {n} counts {n} apples." for n in range(LONG))
    numbers, sentences = [], []
    for n, line in enumerate(re.finditer(r"[^\n]+", text)):
        sentences.append(line.span())
        start = line.start() + line.group().index(f"counts {n}") + len("counts ")
        numbers.append(Number(f"n{n}", (start, start + len(str(n))), str(n), float(n), False, "apples", line.span()))
    analysis = Analysis(text=text, numbers=numbers, sentences=sentences)
    document = Document(text=text, source="long.txt", name="long.txt", encoding="utf-8")
    return lambda: NutgrafApp(document, analyzer=kit.fake_analyzer(analysis))


@pytest.fixture
def built(monkeypatch):
    """How many rows each panel built (row index lists by panel kind)."""
    rows: dict[str, list[int]] = {}
    prompt = ItemPanel.prompt

    def counted(panel, index):
        rows.setdefault(panel.kind, []).append(index)
        return prompt(panel, index)

    monkeypatch.setattr(ItemPanel, "prompt", counted)
    return rows


async def test_a_long_panel_builds_only_the_rows_on_screen(kit, long_app, built):
    app = long_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        panel = app.query_one("#panel-number", ItemPanel)
        height = panel.scrollable_content_region.height
        assert panel.row_count == LONG and panel.border_title == f"Numbers {LONG}"
        assert panel.virtual_size.height == LONG
        assert set(built["number"]) == set(range(height))
        built.clear()
        await pilot.press("3", "end")
        await pilot.pause()
        assert panel.highlighted == LONG - 1
        assert panel.scroll_y == LONG - height
        assert set(built["number"]) <= set(range(height)) | set(range(LONG - height, LONG))
        # Rows already drawn are not built again when the screen is refreshed.
        built.clear()
        panel.refresh()
        await pilot.pause()
        assert built.get("number", []) == []


async def test_keys_move_through_a_long_panel_and_select(kit, long_app):
    app = long_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        panel = app.query_one("#panel-number", ItemPanel)
        height = panel.scrollable_content_region.height
        await pilot.press("3")
        assert panel.highlighted == 0 and app.article.evidence_kind == "number"
        await pilot.press("j", "j", "down", "k")
        assert panel.highlighted == 2
        await pilot.press("pagedown")
        assert panel.highlighted == 2 + height
        assert panel.scroll_y <= panel.highlighted < panel.scroll_y + height
        await pilot.press("pageup", "pageup")
        assert panel.highlighted == 0
        await pilot.press("end")
        await pilot.pause()
        assert panel.highlighted == LONG - 1
        assert app.article.evidence == panel.items[-1].evidence()
        await pilot.press("home")
        assert panel.highlighted == 0
        await pilot.press("k")  # stays on the first
        assert panel.highlighted == 0
        # A click picks the row under the mouse, wherever the list is scrolled to.
        await pilot.press("end")
        await pilot.pause()
        await pilot.click("#panel-number", offset=(4, 1))
        await pilot.pause()
        assert panel.highlighted == int(panel.scroll_y)
        # Enter reads the article at the item's evidence.
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is app.article
        assert app.article.cursor == panel.highlighted


async def test_the_marker_follows_the_sentence_cursor_in_a_long_panel(kit, long_app):
    app = long_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        panel = app.query_one("#panel-number", ItemPanel)
        await pilot.press("j", "j", "j")
        await pilot.pause()
        marked = [index for index in range(panel.row_count) if str(panel.prompt(index)).startswith("●")]
        assert marked == [app.article.cursor] == [2]
        # The marked row is drawn with it.
        assert "".join(s.text for s in panel.render_line(2)).lstrip().startswith("● 2")


async def test_the_article_is_drawn_alone_first_and_the_panels_follow(kit, make_app):
    app = make_app()
    frames: list[tuple[bool, str]] = []  # per screen update: the panels mounted?, the article's first lines
    display = app._display

    def record(screen, update):
        display(screen, update)
        if update is not None and app.query("#article"):
            frames.append((bool(app.query("PanelArea")), kit.screen_text(app.article)))

    app._display = record
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        assert len(kit.prompts(app, "actor")) == 3
    panels, text = frames[0]
    assert not panels and "Court pledges to defy sanctions" in text
    assert frames[-1][0]


async def test_a_longer_partial_result_keeps_the_highlighted_item(kit, app_document, app_analysis):
    # The first part knows only the second actor, which the full list puts first.
    analyzer, release = kit.held_back(dataclasses.replace(app_analysis, actors=app_analysis.actors[:1]), app_analysis)
    app = NutgrafApp(app_document, analyzer=analyzer)
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.furnished(app, pilot)
        panel = app.query_one("#panel-actor", ItemPanel)
        await kit.until(pilot, lambda: panel.items)
        await pilot.press("1")
        assert panel.highlighted_item.name == "International Criminal Court"
        release.set()
        await kit.ready(app, pilot)
        assert panel.row_count == 3
        assert panel.highlighted_item.name == "International Criminal Court" and panel.highlighted == 1
        assert app.article.evidence == app_analysis.actor("a1").mentions


async def test_panels_restyle_with_the_theme(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("1")
        await pilot.pause()
        panel = app.query_one("#panel-actor", ItemPanel)

        def cursor_background():
            return {s.style.bgcolor for s in panel.render_line(0) if s.text.strip()}

        def part_colors():  # a row off the cursor, whose parts' looks the panels share
            return {s.style.color for s in panel.render_line(1) if s.text.strip()}

        before = cursor_background()
        parts_before = part_colors()
        assert before == {panel.get_visual_style("list-panel--cursor").rich_style.bgcolor}
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        assert cursor_background() != before
        assert cursor_background() == {panel.get_visual_style("list-panel--cursor").rich_style.bgcolor}
        assert part_colors() != parts_before


async def test_f_in_the_quotes_panel_shows_only_unattributed_quotes_and_back(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        panel = app.query_one("#panel-quote", ItemPanel)
        panel.focus()
        await pilot.press("f")
        await pilot.pause()
        quotes = kit.prompts(app, "quote")
        assert len(quotes) == 1 and "unattributed" in quotes[0]
        assert "unattributed only" in panel.border_subtitle
        await pilot.press("f")
        await pilot.pause()
        assert len(kit.prompts(app, "quote")) == 2


async def test_f_with_every_quote_attributed_says_so(kit, make_app, app_analysis):
    for quote in app_analysis.quotes:
        quote.speaker_name = quote.speaker_name or "Someone"
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        app.query_one("#panel-quote", ItemPanel).focus()
        await pilot.press("f")
        await pilot.pause()
        assert kit.prompts(app, "quote") == ["every quote has a speaker (f: all quotes)"]


@pytest.mark.parametrize("size", ["WIDE", "SMALL"])
async def test_keys_typed_right_after_a_panel_number_reach_that_panel(kit, make_app, size):
    # "2j" arriving in one read of the terminal: j must move in the Quotes panel, not the article.
    app = make_app()
    async with app.run_test(size=getattr(kit, size)) as pilot:
        await kit.ready(app, pilot)
        for key in ("2", "j"):
            app.post_message(events.Key(key, key))
        await pilot.pause()
        await pilot.pause()
        panel = app.query_one("#panel-quote", ItemPanel)
        assert app.focused is panel and panel.highlighted == 1
        assert app.article.cursor is None


async def test_the_readers_timers_stop_with_the_article(kit, make_app, monkeypatch):
    # The app's closing removes the article before the app's own timers stop: a tick then
    # looked for the article and ended the reader with a traceback.
    from nutgraf.app import reader

    monkeypatch.setattr(reader, "POSITION_IDLE", 0.02)
    monkeypatch.setattr(reader, "NOTES_CHECK", 0.02)
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await app.article.remove()
        await pilot.pause(0.2)
    assert app.return_code in (None, 0)


async def test_keys_pressed_while_the_panels_are_mounted(kit, make_app):
    # The article's own keys work at once; a key that needs the panels, and those after
    # it, are handled in order once they are there.
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        app.furnished = False  # as while _furnish mounts them
        for key, character in (("pagedown", " "), ("1", "1"), ("j", "j")):
            app.post_message(events.Key(key, character))
        # Waited for, not one pause: on a loaded machine the keys were not all handled yet.
        await kit.until(pilot, lambda: app.article.scroll_y > 0 and len(app._held) == 2)
        assert app.article.scroll_y > 0
        assert app.focused is app.article and [key.key for key in app._held] == ["1", "j"]
        app.furnished = True
        app._release_held()
        await kit.ready(app, pilot)
        panel = app.query_one("#panel-actor", ItemPanel)
        await kit.until(pilot, lambda: app.focused is panel and panel.highlighted == 1)
        assert app.focused.id == "panel-actor"
        assert panel.highlighted == 1


async def test_keys_typed_in_one_burst_in_a_panel_act_on_the_item_moved_to(kit, make_app, app_analysis):
    # "kN" at once: N is handled before the message k's move sent reaches the app, and
    # stepped through the previous item's evidence, which that message then replaced.
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        panel, view = app.query_one("#panel-actor", ItemPanel), app.article
        # "1jn": j also comes before the panel's Focus event.
        # "21n" from the article: the Quotes panel's Focus event comes after n as well, the
        # focus gone on from it.
        bursts = (("1jn", "a1", 1), ("kN", "a2", 2), ("jjkn", "a1", 1), ("1n", "a1", 1), ("21n", "a1", 1))
        for keys, actor, index in bursts:
            if keys in ("1n", "21n"):  # from the article: n comes before the Focus event, which selects
                app.screen.set_focus(view)
                await pilot.pause()
            for key in keys:
                app.post_message(events.Key(key, key))
            await pilot.pause()
            await pilot.pause()
            mentions = app_analysis.actor(actor).mentions
            assert panel.highlighted_item.id == actor
            assert view.evidence == mentions
            assert view.evidence_index == index  # n: the second; N from the first: the last
            assert app.status.shown("evidence") == f"mention {index + 1} of {len(mentions)}"


async def test_a_panels_focus_event_after_the_focus_moved_on_selects_nothing(kit, make_app, app_analysis):
    # "21n" at once, the Quotes panel's Focus event handled after n: its selection, made
    # then, replaced the actor's evidence n had stepped through.
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        view, actors = app.article, app.query_one("#panel-actor", ItemPanel)
        app.screen.set_focus(app.query_one("#panel-quote", ItemPanel))
        app.screen.set_focus(actors)
        app.action_evidence(1)
        await pilot.pause()
        await pilot.pause()
        actor = actors.highlighted_item
        assert view.evidence == app_analysis.actor(actor.id).mentions
        assert view.evidence_index == 1


async def test_keys_typed_in_one_burst_after_slash_are_the_query(kit, make_app):
    # A terminal delivers a fast typist's "/court" at once: every key is queued before the
    # find field could take the focus its turn later.
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        for key, character in [("slash", "/"), *((c, c) for c in "a court")]:
            app.post_message(events.Key("space" if character == " " else key, character))
        await pilot.pause()
        await pilot.pause()
        assert app.screen is app.screen_stack[0]  # no note dialog ("a") opened
        assert app.query_one("#find-input", Input).value == "a court"


@pytest.mark.parametrize("size", [(140, 40), (80, 24)])
async def test_the_articles_scrollbar_comes_with_its_first_paint(kit, make_app, monkeypatch, size):
    # Textual shows a scrollbar once a layout found the text longer than the view: the
    # screen was laid out and drawn again for it, after the article's first paint.
    after_paint = []
    refresh = ArticleView.refresh

    def counted(view, *regions, **kwargs):
        if kwargs.get("layout") and view._drawn:
            after_paint.append(kwargs)
        return refresh(view, *regions, **kwargs)

    monkeypatch.setattr(ArticleView, "refresh", counted)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await kit.ready(app, pilot)
        view = app.article
        assert view.virtual_size.height > view.container_size.height and view.show_vertical_scrollbar
        assert view.virtual_size.height == len(view._header) + len(view._lines)
        assert not after_paint
        await pilot.press("end")
        assert view.scroll_y == view.max_scroll_y > 0


def frames_of(app, seen):
    """What seen() says at each frame the app draws, from its first."""
    frames = []
    display = app._display

    def recorded(screen, renderable):
        display(screen, renderable)
        if renderable is not None:
            frames.append(seen())

    app._display = recorded
    return frames


async def test_the_find_bar_is_mounted_after_the_panels_are_drawn(kit, make_app):
    # Mounted with the panels, the find bar's input (its composition and styles) delayed
    # their first frame; "/" pressed before the panels are there waits for them.
    from nutgraf.app.bars import FindBar
    from nutgraf.app.panels import PanelArea

    app = make_app()
    frames = frames_of(app, lambda: (bool(app.query(PanelArea)), bool(app.query(FindBar))))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.until(pilot, lambda: app.query(PanelArea))
        app.post_message(events.Key("slash", "/"))
        for key in "court":
            app.post_message(events.Key(key, key))
        await kit.ready(app, pilot)
        assert app.query_one("#find-input", Input).value == "court"
    assert (True, False) in frames
    assert frames.index((True, False)) < frames.index((True, True))


async def test_the_find_bar_is_mounted_when_first_opened(kit, make_app):
    # Mounted as the panels filled, its layout of the whole screen held up the keys: it
    # comes with the first "/", and what is typed right after it is the query.
    from nutgraf.app.bars import FindBar

    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        assert not app.query(FindBar)
        await pilot.press("slash", *"court")
        await pilot.pause()
        assert app.focused is app.query_one("#find-input", Input)
        assert app.query_one("#find-input", Input).value == "court"
        assert str(app.query_one("#find-count").render()) == "1/4"


async def test_a_partial_result_with_the_same_furniture_redraws_no_article_line(kit, make_app, monkeypatch):
    # Each partial result decorates the article again; the furniture, cleared with the
    # markup and set again, redrew every line of it each time (10 ms on a long article).
    analysis = kit.make_analysis()
    analysis.furniture = [kit.span(analysis.text, "A reader wrote [bold red]x[/] and")]
    app = make_app(analyzer=kit.fake_analyzer(analysis))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        view = app.article
        redrawn = []
        monkeypatch.setattr(view, "_invalidate", lambda: redrawn.append(True))
        app._show(analysis)  # as a partial result giving the same spans again
        await pilot.pause()
        await pilot.pause()
        assert view._decorations["furniture"].spans == analysis.furniture
        assert not redrawn


async def test_furniture_found_redraws_only_the_lines_it_is_on(kit, make_app, monkeypatch):
    # A long article's analysis finds furniture all over it, rarely on screen: redrawing
    # every line on screen for it took 10 ms of the UI thread, keys waiting.
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        view = app.article
        on_screen = kit.span(kit.ARTICLE, "We will not be intimidated")
        off_screen = kit.span(kit.ARTICLE, "Late in the day")
        assert view.line_of(off_screen[0]) >= view.scrollable_content_region.height  # below the view
        refreshed = []
        refresh = view.refresh
        monkeypatch.setattr(view, "refresh", lambda *regions, **kw: refreshed.append(regions))
        view.decorate("furniture", [on_screen])
        assert len(refreshed) == 1 and refreshed[0]  # the span's lines, not the whole view
        view.decorate("furniture", [on_screen, off_screen])
        assert len(refreshed) == 1
        monkeypatch.setattr(view, "refresh", refresh)
        view.refresh()
        await pilot.pause()
        dimmed = view.get_component_rich_style("article-view--furniture").color
        line = view.render_line(view.line_of(on_screen[0]) - int(view.scroll_y))
        assert any(seg.text.startswith("We will") and seg.style.color == dimmed for seg in line)


async def test_the_cycle_collector_waits_for_the_panels(kit, make_app):
    # Its passes walked what the start-up made (styles, widgets, the panels' modules), some
    # 10 ms of it; they start again once the panels are drawn, and with the reader's end.
    import gc

    app = make_app()
    enabled = frames_of(app, lambda: (app.furnished, gc.isenabled()))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        assert gc.isenabled()
    assert enabled[0] == (False, False)
    assert gc.isenabled()
    second = make_app()
    assert not gc.isenabled()
    async with second.run_test(size=kit.WIDE) as pilot:
        await pilot.exit(None)  # before its panels
    assert gc.isenabled()


def styled_widgets(monkeypatch) -> dict:
    """How many times the stylesheet was applied to each widget (not to the virtual nodes
    of component classes), from now on."""
    from textual.css.stylesheet import Stylesheet
    from textual.widget import Widget

    styled: dict = {}
    apply = Stylesheet.apply

    def counted(sheet, node, **kwargs):
        if isinstance(node, Widget):
            styled[node] = styled.get(node, 0) + 1
        return apply(sheet, node, **kwargs)

    monkeypatch.setattr(Stylesheet, "apply", counted)
    return styled


@pytest.mark.parametrize("size", [(140, 40), (80, 24)])
async def test_the_first_paint_styles_each_widget_once(kit, make_app, monkeypatch, size):
    # Styled as mounted, the article again as it was given the focus, and every widget again
    # as the screen was first shown: 8 ms of the first paint, for the same styles.
    styled = styled_widgets(monkeypatch)
    app = make_app()
    frames = frames_of(app, lambda: (dict(styled), app.focused))
    async with app.run_test(size=size) as pilot:
        await kit.until(pilot, lambda: frames)
        first, focused = frames[0]
        assert focused is app.article and app.article.has_focus
        assert app.article in first and set(first.values()) == {1}
        # Styled focused: the border of the focused article.
        assert app.article.styles.border.top[1] == Color.parse(app.theme_variables["primary"])


@pytest.mark.parametrize("size", [(140, 40), (80, 24)])
async def test_the_articles_scrollbar_is_drawn_for_its_wrapped_text_from_the_first_frame(kit, make_app, monkeypatch,
                                                                                      size):
    # Wrapped as it was drawn, the article's scrollbar (drawn before it) showed the estimate
    # of the lines it would wrap to in the first frame, and was drawn again in the next.
    from textual.scrollbar import ScrollBar

    drawn = []
    render = ScrollBar.render

    def recorded(bar):
        if bar.parent is app.article and bar.vertical:
            drawn.append((bar.window_virtual_size, bar.window_size, bar.position))
        return render(bar)

    monkeypatch.setattr(ScrollBar, "render", recorded)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await kit.ready(app, pilot)
        view = app.article
        assert drawn and set(drawn) == {(view.virtual_size.height, view.container_size.height, 0)}


@pytest.mark.parametrize("size", [(140, 40), (80, 24)])
async def test_the_panels_styles_are_read_once_the_article_is_drawn(kit, make_app, size):
    # Parsing the styles of the panels, views and dialogs before the first paint delayed it;
    # read later, none of their rules is for a widget of the first frame. Those of the find
    # bar, help and dialogs, parsed with the panels', delayed the panels: read after them.
    from nutgraf.app.panels import PanelArea

    def read() -> list[str]:
        return sorted(path.rsplit("/", 1)[-1] for path, _ in app.stylesheet.source if path.endswith(".tcss"))

    app = make_app()
    frames = frames_of(app, lambda: (read(), list(app.screen.walk_children()), bool(app.query(PanelArea))))
    async with app.run_test(size=size) as pilot:
        await kit.ready(app, pilot)
        first_read, first_widgets, _ = frames[0]
        with_panels = next(styles for styles, _, panels in frames if panels)
        assert first_read == ["reader.tcss"] and with_panels == ["panels.tcss", "reader.tcss"]
        assert read() == ["dialogs.tcss", "panels.tcss", "reader.tcss"]
        shown = [widget for widget in first_widgets if widget.is_attached]
        assert app.article in shown and len(shown) == len(first_widgets) - 1  # the panels' placeholder
        styled = [widget.styles.base.css_lines for widget in shown]
        app.stylesheet.update_nodes(shown, animate=False)
        assert [widget.styles.base.css_lines for widget in shown] == styled


async def test_the_library_reads_the_dialogs_styles():
    from nutgraf.app.library_screen import LibraryApp

    assert [path.name for path in LibraryApp.CSS_PATH] == ["reader.tcss", "panels.tcss", "dialogs.tcss", "library.tcss"]


async def test_the_article_looks_up_the_style_only_of_what_it_draws(kit, make_app, monkeypatch):
    # Each first lookup of a component's style costs; a text has few of the kinds of
    # markup, and looking all of them up delayed the first paint.
    asked = []
    get = ArticleView.get_component_rich_style

    def recorded(view, *names, **kwargs):
        asked.extend(name.removeprefix("article-view--") for name in names)
        return get(view, *names, **kwargs)

    monkeypatch.setattr(ArticleView, "get_component_rich_style", recorded)
    app = make_app()
    frames = frames_of(app, lambda: set(asked))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.until(pilot, lambda: frames)
        decorated = {kind for kind, layer in app.article._decorations.items() if layer.spans}
        assert frames[0] & set(ArticleView.DECORATIONS) <= decorated


async def test_the_panels_place_is_kept_and_not_drawn_before_they_come(kit, make_app):
    # Nothing is there to draw: drawing its empty lines delayed the first paint.
    app = make_app()
    frames = frames_of(app, lambda: ([widget.visible for widget in app.query("#panels")], app.article.region.width))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        panel = app.panels.panel("actor")
        assert panel.visible and panel.region.width
        assert frames[0] == ([False], app.article.region.width)


@pytest.mark.parametrize("size", [(140, 40), (80, 24)])
async def test_the_containers_are_not_drawn_what_they_hold_is(kit, make_app, monkeypatch, size):
    # Transparent and covered by what they hold, the containers of the article and the
    # panels drew most of the screen twice over in the first frame, for nothing to see, and
    # the panels' column again in theirs.
    from textual.widget import Widget

    drawn = []
    render_lines = Widget.render_lines

    def recorded(widget, crop):
        drawn.append(widget.id)
        return render_lines(widget, crop)

    monkeypatch.setattr(Widget, "render_lines", recorded)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await kit.ready(app, pilot)
        assert {"article", "panel-actor", "status"} <= set(drawn)
        assert not {"main", "article-pane", "panels"} & set(drawn)
        x, y = app.article.region.center
        assert app.screen.get_widget_at(x, y)[0] is app.article


async def test_the_samples_welcome_and_a_documents_note_come_once_the_panels_are_drawn(kit, app_document,
                                                                                      app_analysis):
    # Toasts in the panels' first frame made it later: their widgets and styles with it.
    document = dataclasses.replace(app_document, note="decoded as Latin-1")
    app = NutgrafApp(document, analyzer=kit.fake_analyzer(app_analysis), sample=True)
    told = []
    notify = app.notify

    def timed_notify(message, **kwargs):
        told.append((message, app.furnished))
        return notify(message, **kwargs)

    app.notify = timed_notify
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.pause()
    welcome = [furnished for message, furnished in told if message == SAMPLE_HINT]
    note = [furnished for message, furnished in told if message.endswith(": decoded as Latin-1")]
    assert welcome == [True] and note == [True]
