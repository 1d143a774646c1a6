"""The publication date set with `d` is kept with the article, used on every later open,
and resolves the timeline again from the analysis shown, without the language model."""
from __future__ import annotations

import dataclasses

import pytest
from textual.widgets import Input

from nutgraf.analysis.model import TimeMention
from nutgraf.analysis.timeline import resolve
from nutgraf.app.reader import NO_DATE_HINT, NutgrafApp
from nutgraf.store.dates import article_date, set_article_date
from nutgraf.store.notes import NotesStore


def status(app, part: str) -> str:
    return app.status.shown(part)


@pytest.fixture
def resolvable(kit, app_analysis):
    """The fixture's analysis as the pipeline makes it: with the mentions its timeline was
    resolved from (the conftest one has none, as an older cache entry)."""
    text = app_analysis.text
    by_text = {t.text: t for t in app_analysis.timeline}
    mentions = [TimeMention(span=by_text[words].span, sentence=by_text[words].event_span, tense="past",
                            event_span=by_text[words].event_span, event=by_text[words].event)
                for words in ("Friday", "Thursday", "November 2024")]
    return dataclasses.replace(app_analysis, time_mentions=mentions,
                               timeline=resolve(text, mentions, app_analysis.reference_date))


def counting(analysis):
    calls = []

    def analyzer(text, reference_date, progress, partial):
        calls.append(reference_date)
        return dataclasses.replace(analysis, reference_date=reference_date or analysis.reference_date,
                                   reference_source="given" if reference_date else analysis.reference_source)

    return analyzer, calls


def values(app) -> dict[str, str | None]:
    return {t.text: t.value for t in app.analysis.timeline}


async def set_date(app, pilot, kit, date: str) -> None:
    await pilot.press("d")
    await pilot.pause()
    app.screen.query_one(Input).value = date
    await pilot.press("enter")
    await kit.ready(app, pilot)
    await kit.saved_to_disk(app, pilot)


async def test_d_resolves_the_timeline_again_without_analysing_again(kit, app_document, resolvable):
    analyzer, calls = counting(resolvable)
    app = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        assert values(app)["Thursday"] == "2025-02-06"
        actors = kit.prompts(app, "actor")
        await set_date(app, pilot, kit, "2025-03-05")  # a Wednesday
        # Not analysed again (and the test would fail had anything loaded the model).
        assert calls == [None]
        assert values(app) == {"November 2024": "2024-11", "Thursday": "2025-02-27", "Friday": "2025-02-28"}
        assert app.analysis.reference_date == "2025-03-05" and status(app, "date") == "published 2025-03-05"
        assert status(app, "state") == "analysed ✓"
        assert kit.prompts(app, "actor") == actors
        assert any("2025-02-27" in p for p in kit.prompts(app, "timeline"))
    # The new date's timeline is cached like an analysis.
    again = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1", reference_date="2025-03-05")
    async with again.run_test(size=kit.WIDE) as pilot:
        await kit.ready(again, pilot)
        assert values(again)["Thursday"] == "2025-02-27" and calls == [None]


async def test_a_date_set_with_d_is_used_on_every_later_open(kit, app_document, resolvable):
    analyzer, calls = counting(resolvable)
    app = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await set_date(app, pilot, kit, "2025-03-05")
    assert article_date(NotesStore(), app_document.digest) == "2025-03-05"

    reopened = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    async with reopened.run_test(size=kit.SMALL) as pilot:
        await kit.until(pilot, lambda: reopened.analysed and reopened.reference_date == "2025-03-05")
        await kit.ready(reopened, pilot)
        assert values(reopened)["Thursday"] == "2025-02-27"
        assert status(reopened, "date") == "published 2025-03-05"
        # An empty date forgets it: the one the article states again.
        await set_date(reopened, pilot, kit, "")
        assert values(reopened)["Thursday"] == "2025-02-06"
    assert article_date(NotesStore(), app_document.digest) is None
    assert calls == [None]


async def test_a_date_given_on_the_command_line_wins_over_the_kept_one(kit, app_document, resolvable):
    set_article_date(NotesStore().article(app_document.digest, app_document.text, app_document.source), "2025-03-05")
    analyzer, calls = counting(resolvable)
    app = NutgrafApp(app_document, analyzer=analyzer, reference_date="2025-02-07")
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await kit.saved_to_disk(app, pilot)
        await kit.ready(app, pilot)
        assert app.reference_date == "2025-02-07" and values(app)["Thursday"] == "2025-02-06"
    assert calls == ["2025-02-07"]


async def test_a_date_kept_while_the_first_analysis_runs_is_applied_when_it_ends(kit, app_document, resolvable):
    """No cache: the store answers long before the analysis ends; its date is resolved from
    that analysis, not by starting another."""
    set_article_date(NotesStore().article(app_document.digest, app_document.text, app_document.source), "2025-03-05")
    analyzer, calls = counting(resolvable)
    app = NutgrafApp(app_document, analyzer=analyzer)
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.until(pilot, lambda: app.analysed and app.analysis.reference_date == "2025-03-05")
        await kit.ready(app, pilot)
        assert values(app)["Friday"] == "2025-02-28"
    assert calls in ([None], ["2025-03-05"])  # which starts first, the analysis or the store, is the machine's


async def test_an_article_without_a_date_says_so_once(kit, app_document, resolvable):
    undated = dataclasses.replace(resolvable, reference_date=None, reference_source=None,
                                  timeline=resolve(app_document.text, resolvable.time_mentions, None))
    analyzer, _ = counting(undated)
    app = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    async with app.run_test(size=kit.SMALL) as pilot:
        await kit.ready(app, pilot)
        await kit.saved_to_disk(app, pilot)
        told = lambda: [n for n in app._notifications if n.message == NO_DATE_HINT]  # noqa: E731
        assert len(told()) == 1
        assert values(app)["Thursday"] is None
        await set_date(app, pilot, kit, "2025-03-05")
        assert values(app)["Thursday"] == "2025-02-27"
        assert not told()  # withdrawn: it is no longer true
        await set_date(app, pilot, kit, "")
        assert values(app)["Thursday"] is None
        assert not told()


async def test_the_no_date_notice_is_not_given_again_when_the_analysis_is_cached(kit, app_document, resolvable):
    undated = dataclasses.replace(resolvable, reference_date=None, reference_source=None,
                                  timeline=resolve(app_document.text, resolvable.time_mentions, None))
    analyzer, calls = counting(undated)
    told = []
    for _ in range(2):
        app = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
        async with app.run_test(size=kit.SMALL) as pilot:
            await kit.ready(app, pilot)
            await kit.saved_to_disk(app, pilot)
            told.append(len([n for n in app._notifications if n.message == NO_DATE_HINT]))
            state = app.status.shown("state")
    assert calls == [None] and "cached" in str(state)
    assert told == [1, 0]


async def test_a_notice_waits_behind_the_help(kit, app_document, resolvable):
    from textual.widgets._toast import Toast

    undated = dataclasses.replace(resolvable, reference_date=None, reference_source=None,
                                  timeline=resolve(app_document.text, resolvable.time_mentions, None))
    analyzer, _ = counting(undated)
    app = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")

    def toasts_shown() -> list[str]:
        return [str(toast.render()) for toast in app.screen.query(Toast) if toast.region.area]

    async with app.run_test(size=kit.SMALL, notifications=True) as pilot:
        await kit.ready(app, pilot)
        await kit.saved_to_disk(app, pilot)
        await kit.until(pilot, lambda: any("No date" in t for t in toasts_shown()))
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen" and toasts_shown() == []
        await pilot.press("escape")
        await kit.until(pilot, lambda: any("No date" in t for t in toasts_shown()))
        assert any("No date" in t for t in toasts_shown())


async def test_no_date_notice_for_an_article_that_states_one(kit, app_document, resolvable):
    analyzer, _ = counting(resolvable)
    app = NutgrafApp(app_document, analyzer=analyzer)
    async with app.run_test(size=kit.SMALL) as pilot:
        await kit.ready(app, pilot)
        await kit.saved_to_disk(app, pilot)
        assert not [n for n in app._notifications if n.message == NO_DATE_HINT]


async def test_the_readers_corrections_stay_applied_after_d(kit, app_document, resolvable):
    analyzer, calls = counting(resolvable)
    app = NutgrafApp(app_document, analyzer=analyzer)
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await kit.saved_to_disk(app, pilot)
        await pilot.press("1", "r")
        await pilot.press("ctrl+u", *"Trump", "enter")
        await kit.saved_to_disk(app, pilot)
        assert any(p[2:].startswith("Trump") for p in kit.prompts(app, "actor"))
        await set_date(app, pilot, kit, "2025-03-05")
        assert values(app)["Thursday"] == "2025-02-27" and calls == [None]
        assert any(p[2:].startswith("Trump") for p in kit.prompts(app, "actor"))
        assert not any(p[2:].startswith("Donald Trump") for p in kit.prompts(app, "actor"))
