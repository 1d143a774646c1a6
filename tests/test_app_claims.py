"""The claims view (enter or c on an actor), the sourcing view (s) and possible conflicts, in
the reader, from the keyboard, on the hand-built analysis with reported speech added."""
from __future__ import annotations

import pytest
from textual.content import Content

from nutgraf.analysis.model import Conflict
from nutgraf.app.notes_panel import NotesPanel
from nutgraf.app.panels import ActorsPanel
from nutgraf.app.views import ClaimsPanel, SourcesPanel

REPORTED = "its 125 member states to stand up against sanctions imposed by US President Donald Trump"


def rows(kit, app) -> list[str]:
    return [" ".join(row.split()) for row in kit.prompts(app, "view")]


@pytest.mark.parametrize("size", ["WIDE", "SMALL"])
@pytest.mark.parametrize("key", ["c", "enter"])
async def test_claims_of_an_actor_highlight_their_evidence(kit, claims_app, key, size):
    app = claims_app
    async with app.run_test(size=getattr(kit, size)) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("1", "down", key)  # the court
        await pilot.pause()
        panel = app.query_one(ClaimsPanel)
        assert app.focused is panel and panel.region.height >= 5
        assert app.screen.region.contains_region(panel.region)
        assert panel.border_title == "Claims of International Criminal Court"
        assert rows(kit, app) == [f"paraphrase {REPORTED}", "↳ 125 member states",
                                  "direct “We will not be intimidated,”"]
        assert panel.border_subtitle == "1 direct · 1 paraphrased"
        # The first claim's evidence: the reported words and who reported them.
        assert app.article.evidence == sorted([kit.span(kit.ARTICLE, REPORTED),
                                               kit.span(kit.ARTICLE, "International Criminal Court")])
        await pilot.press("down")
        assert app.article.evidence_kind == "number"
        assert kit.span(kit.ARTICLE, "125") in app.article.evidence
        article_width = app.article.size.width
        await pilot.press("escape")
        await pilot.pause()
        assert not app.query(ClaimsPanel) and isinstance(app.focused, ActorsPanel)
        # Beside the view the article was narrower (on a wide terminal), and is again as wide.
        assert app.article.size.width >= article_width and not app.query_one("#main").has_class("-view")


async def test_a_claim_is_bookmarked_like_any_item(kit, claims_app):
    app = claims_app
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("1", "down", "c", "end", "b")
        await kit.saved_to_disk(app, pilot)
        (entry,) = app.query_one(NotesPanel).entries
        assert (entry.claim.kind, entry.text) == ("quote", "We will not be intimidated,")


async def test_an_actor_without_claims_says_so(kit, claims_app):
    app = claims_app
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("1", "c")  # Donald Trump: named, never quoted
        await pilot.pause()
        assert rows(kit, app) == ["no quote or reported speech of this actor (escape: back)"]
        await pilot.press("2")  # a panel's number closes the view
        await pilot.pause()
        assert not app.query(ClaimsPanel) and app.focused.id == "panel-quote"


@pytest.mark.parametrize("size", ["WIDE", "SMALL"])
async def test_sources_who_is_quoted_and_who_is_not(kit, claims_app, size):
    app = claims_app
    async with app.run_test(size=getattr(kit, size)) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        panel = app.query_one(SourcesPanel)
        assert app.focused is panel and app.screen.region.contains_region(panel.region)
        assert rows(kit, app) == [
            "International Criminal Court 1 quote · 5 words · 1 paraphrase · organization",
            "no speaker 1 quote · 2 words",
            "Donald Trump never quoted · person · US President",
            "White House never quoted · organization",
        ]
        assert panel.border_subtitle == "1 quoted · 2 never quoted"
        # The court's evidence: the words attributing its quote and its reported speech.
        assert app.status.shown("evidence") == "attribution 1 of 2"
        await pilot.press("down")  # the quotes nobody is found to have said
        assert app.article.evidence == [kit.span(kit.ARTICLE, "no authority")]
        await pilot.press("s")  # s again closes it
        await pilot.pause()
        assert not app.query(SourcesPanel)
        if size == "SMALL":
            assert "Actors 3" in str(app.query_one("#tabs").get_tab("tab-actor").label)


async def test_a_possible_conflict_is_flagged_and_both_evidences_shown(kit, make_app, claims_analysis):
    analysis = claims_analysis
    n1, n2 = analysis.numbers
    analysis.conflicts = [Conflict("c1", "number", ["n1", "n2"], "125 here, about 1,200 there",
                                   sorted([n1.span, n2.span]))]
    app = make_app(analyzer=kit.fake_analyzer(analysis))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("3")
        await pilot.pause()
        assert kit.prompts(app, "number")[0].endswith("≠ 125 here, about 1,200 there")
        assert {n1.span, n2.span} <= set(app.article.evidence)


async def test_the_views_are_in_the_help(kit, claims_app):
    app = claims_app
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("question_mark")
        shown = " ".join(str(s.render()) for s in app.screen.query(".help-row, .help-section"))
        for words in ("Claims (an actor's: enter or c)", "Sources (s)", "Back to the panels",
                      "Sourcing: who is quoted, how much, and who is not"):
            assert words in shown


async def test_an_actor_named_like_markup_is_shown_as_written(kit, make_app, claims_analysis):
    claims_analysis.actors[0].name = claims_analysis.claims[0].name = "[bold red]Court[/]"
    app = make_app(analyzer=kit.fake_analyzer(claims_analysis))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("1", "c")  # first by name: "[" sorts before letters
        await pilot.pause()
        title = app.query_one(ClaimsPanel).border_title  # read back as markup
        assert Content.from_markup(title).plain == "Claims of [bold red]Court[/]"
