"""Hostile input in the reader: article text that tries to act on the terminal drawn inert,
and highlights exact around wide and combining characters."""
from __future__ import annotations

from nutgraf.analysis.model import Actor, Analysis
from nutgraf.app.article_view import ArticleView
from nutgraf.app.reader import NutgrafApp
from nutgraf.documents import Document, load

# Bytes that must never reach the terminal from an article: ESC and CSI (cursor moves,
# screen clears, OSC 52 clipboard writes, OSC 8 links, title changes), BEL, and the bidi
# overrides that reorder what is shown.
FORBIDDEN = ("\x1b", "\x9b", "\x9d", "\x07", "\u202e", "\u202d", "\u2066", "\u2067")


def status_line(app) -> str:
    """The status line as drawn."""
    from nutgraf.app.bars import StatusText

    return str(app.query_one(StatusText).render())


ACTING = (
    "Headline\n"
    "Clear \x1b[2J\x1b[H the screen, move \x1b[10;10H the cursor, copy \x1b]52;c;aGVsbG8=\x07 to the "
    "clipboard, link \x1b]8;;https://evil.example\x1b\\here\x1b]8;;\x1b\\ and retitle \x1b]0;pwned\x07 it.\n"
    "Reversed \u202eevil\u202c and isolated \u2066text\u2069, a C1 \x9b2J too, [@click=app.quit]q[/].\n"
)


async def test_text_that_tries_to_act_on_the_terminal_is_drawn_inert(kit):
    doc = Document(text=ACTING, source="acting.txt", name="acting.txt", encoding="utf-8")
    sentences = [(0, 8), (9, ACTING.index("\nRev")), (ACTING.index("Rev"), len(ACTING) - 1)]
    analysis = Analysis(text=ACTING, sentences=sentences)
    app = NutgrafApp(doc, analyzer=kit.fake_analyzer(analysis))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        view = app.query_one(ArticleView)
        lines = ["".join(seg.text for seg in view.render_line(y)) for y in range(view.size.height)]
        for char in FORBIDDEN:
            assert char not in "".join(lines)
        shown = " ".join(" ".join(lines).split())
        assert "to the clipboard" in shown and "[@click=app.quit]q[/]" in shown
        # Everything the compositor would send for the whole screen, not just the article.
        screen = app.export_screenshot()
        for char in FORBIDDEN[1:]:
            assert char not in screen
        await pilot.click(ArticleView, offset=(40, 4))
        assert app.is_running


async def test_highlights_land_on_the_right_characters_around_wide_text(kit):
    text = ("\u4e2d\u6587\u65b0\u95fb\U0001f468\u200d\U0001f469\u200d\U0001f467 Caf\u0065\u0301 owner "
            "Zo\u00eb Brown said so. \u0645\u0631\u062d\u0628\u0627 Ms Brown \U0001f44d\ufe0f agreed.\n"
            "Second paragraph.\n")
    doc = Document(text=text, source="wide.txt", name="wide.txt", encoding="utf-8")
    brown = [kit.span(text, "Zo\u00eb Brown"), kit.span(text, "Ms Brown")]
    analysis = Analysis(text=text, actors=[Actor("a1", "Zo\u00eb Brown", "person", brown)],
                        sentences=[(0, text.index("\n"))])
    app = NutgrafApp(doc, analyzer=kit.fake_analyzer(analysis))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("1")
        await pilot.pause()
        shown = kit.runs(app.article, "article-view--actor") + kit.runs(app.article, "article-view--current")
        assert sorted(shown) == ["Ms Brown", "Zo\u00eb Brown"]


async def test_markdown_is_drawn_as_such_and_furniture_dimmed(kit, tmp_path):
    path = tmp_path / "story.md"
    path.write_text("# Turbine breaks record\n\n*By Fiona MacLeod*\n\nA turbine off the **Orkney Islands** "
                    "made 3.2 GWh, its operator said on Monday.\n", encoding="utf-8")
    doc = load(path)
    app = NutgrafApp(doc, analyzer=kit.fake_analyzer(Analysis(text=doc.text)))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        view = app.article
        assert "Orkney Islands" in runs_with(view, "article-view--strong", "bold")
        assert "**" in runs_with(view, "article-view--marker", "color")
        assert "Fiona MacLeod" in status_line(app)


def runs_with(view: ArticleView, component: str, attribute: str) -> list[str]:
    """Texts drawn with a component's bold flag or foreground colour."""
    wanted = view.get_component_rich_style(component)
    found = []
    for y in range(view.scrollable_content_region.height):
        for segment in view.render_line(y):
            style = segment.style
            if style is None:
                continue
            if (attribute == "bold" and style.bold) or (attribute == "color" and style.color == wanted.color):
                found.append(segment.text)
    return found


async def test_an_analysis_that_fails_on_a_new_date_keeps_the_article_and_the_last_panels(
        kit, app_document, app_analysis):
    """`d 9999-12-31` once made the timeline overflow: the reader must say so and keep what it
    showed, never empty the panels or the screen."""
    calls = []

    def analyzer(text, reference_date, progress, partial):
        calls.append(reference_date)
        if reference_date == "9999-12-31":
            raise RuntimeError("OverflowError: date value out of range")
        return app_analysis

    app = NutgrafApp(app_document, analyzer=analyzer)
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        before = {kind: kit.prompts(app, kind) for kind in ("actor", "quote", "number", "timeline")}
        assert all(before.values())
        app._set_date("9999-12-31")
        await kit.ready(app, pilot)
        assert calls == [None, "9999-12-31"]
        assert {kind: kit.prompts(app, kind) for kind in before} == before
        assert "International Criminal Court" in kit.screen_text(app.article)
        assert "OverflowError" in status_line(app)
        assert any("OverflowError" in n.message for n in app._notifications)
        assert app.is_running
