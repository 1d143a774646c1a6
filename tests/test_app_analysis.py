"""How the reader gets its analysis: from the cache without spaCy, progressively for long
texts, and again when the publication date is set with `d`."""
from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import subprocess
import sys
import textwrap
import threading
import time

from textual.widgets import Input, ProgressBar

from nutgraf.analysis.pipeline import installed_model
from nutgraf.app.modals import DateScreen
from nutgraf.app.reader import NutgrafApp


def status(app, part: str) -> str:
    from nutgraf.app.bars import StatusLine

    return app.query_one(StatusLine).shown(part)


def counting(analysis):
    calls = []

    def analyzer(text, reference_date, progress, partial):
        calls.append(reference_date)
        return dataclasses.replace(analysis, reference_date=reference_date or analysis.reference_date)

    return analyzer, calls


async def test_a_cached_analysis_is_reused_for_the_same_text_model_and_date(kit, app_document, app_analysis):
    analyzer, calls = counting(app_analysis)

    async def open_it(**kwargs):
        app = NutgrafApp(app_document, analyzer=analyzer, **kwargs)
        async with app.run_test(size=kit.WIDE) as pilot:
            await kit.ready(app, pilot)
            return status(app, "state"), kit.prompts(app, "actor")

    first = await open_it(model_key="fake 1")
    assert calls == [None] and first[0] == "analysed ✓"
    again = await open_it(model_key="fake 1")
    assert calls == [None] and again == ("analysed ✓ (cached)", first[1])
    await open_it(model_key="fake 1", reference_date="2024-01-01")  # another date
    await open_it(model_key="fake 2")  # another model
    await open_it(model_key=None)  # no key: no cache
    assert calls == [None, "2024-01-01", None, None]


async def test_a_cached_analysis_fills_the_panels_as_they_appear(kit, app_document, app_analysis):
    analyzer, calls = counting(app_analysis)
    first = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    async with first.run_test(size=kit.WIDE) as pilot:
        await kit.ready(first, pilot)
        analysed = kit.prompts(first, "actor")
    app = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.furnished(app, pilot)
        # Shown as the panels were mounted: no worker was needed to read it.
        assert app.analysed and status(app, "state") == "analysed ✓ (cached)"
        assert kit.prompts(app, "actor") == analysed != []
        assert not [worker for worker in app.workers if worker.group == "nlp"]
    assert calls == [None]


async def test_the_screen_is_laid_out_once_from_the_first_paint_to_the_cached_panels(kit, app_document, app_analysis,
                                                                                     monkeypatch):
    # Textual lays a screen out again after its first layout (each widget sized by it asks
    # for one): that second layout came between the article's first paint and the panels',
    # which waited for it.
    from nutgraf.app import reader

    analyzer, _ = counting(app_analysis)
    first = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    async with first.run_test(size=kit.WIDE) as pilot:
        await kit.ready(first, pilot)
    # The panels' modules take a while to import in a new process: imported already here.
    import_module = reader.import_module
    monkeypatch.setattr(reader, "import_module", lambda name: time.sleep(0.2) or import_module(name))
    layouts = []  # at each layout after the first (Textual tells none of that): whether the analysis was there

    class Counted(NutgrafApp):
        def on_mount(self) -> None:
            # Not super().on_mount(): Textual calls the reader's as well.
            self.screen.screen_layout_refresh_signal.subscribe(
                self, lambda _: layouts.append(self.analysed), immediate=True)

    app = Counted(app_document, analyzer=analyzer, model_key="fake 1")
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.furnished(app, pilot)
    assert layouts and layouts[0]


async def test_the_screen_is_laid_out_once_to_the_cached_panels_on_a_loaded_machine(kit, app_document, app_analysis):
    # A loaded machine stops the process for longer than Textual's update period (1/60 s)
    # between turns of the event loop: the screen's second layout, due as soon as it is asked
    # for, came before the panels' batch of updates began, however few turns that took.
    analyzer, _ = counting(app_analysis)
    first = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    async with first.run_test(size=kit.WIDE) as pilot:
        await kit.ready(first, pilot)
    layouts = []

    async def loaded() -> None:
        while True:
            time.sleep(0.02)
            await asyncio.sleep(0)

    class Counted(NutgrafApp):
        def on_mount(self) -> None:
            # Not super().on_mount(): Textual calls the reader's as well.
            self.screen.screen_layout_refresh_signal.subscribe(
                self, lambda _: layouts.append(self.analysed), immediate=True)
            self.load = asyncio.create_task(loaded())

    app = Counted(app_document, analyzer=analyzer, model_key="fake 1")
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.furnished(app, pilot)
        app.load.cancel()
    assert layouts and layouts[0]


async def test_the_cached_panels_look_up_only_the_styles_they_draw(kit, app_document, app_analysis, monkeypatch):
    # Each lookup of a style walks the panel's ancestors' styles; the panels' first frame has
    # no row under the mouse, and looking up every look of every panel came before it.
    from textual.widget import Widget

    analyzer, _ = counting(app_analysis)
    first = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    async with first.run_test(size=kit.WIDE) as pilot:
        await kit.ready(first, pilot)
    asked = []
    get = Widget.get_visual_style

    def recorded(widget, *names, **kwargs):
        asked.extend(names)
        return get(widget, *names, **kwargs)

    monkeypatch.setattr(Widget, "get_visual_style", recorded)
    app = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.furnished(app, pilot)
        await pilot.pause()
        assert app.analysed and kit.prompts(app, "actor")
    assert "item-panel--name" in asked and "list-panel--hover" not in asked


async def test_a_long_articles_cached_analysis_is_read_by_the_worker(kit, app_document, app_analysis, monkeypatch):
    from nutgraf.app import reader

    analyzer, calls = counting(app_analysis)
    for _ in range(2):
        app = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
        async with app.run_test(size=kit.WIDE) as pilot:
            await kit.ready(app, pilot)
            state = status(app, "state")
            bars = list(app.query(ProgressBar))
        monkeypatch.setattr(reader, "CACHE_READ_AT_MOUNT", 0)
    assert calls == [None] and state == "analysed ✓ (cached)"
    # No progress told while the cache was read: no "loading the language model…", and no
    # bar mounted (its import, while the worker decoded, held the keys 250 ms).
    assert bars == []


async def test_the_notes_open_once_the_worker_has_read_a_long_articles_cached_analysis(kit, app_document,
                                                                                        app_analysis, monkeypatch):
    # Opening the store (imports, reading) on a thread beside the worker decoding the cached
    # analysis held the worker back as long: one GIL.
    from nutgraf.app import reader

    analyzer, _ = counting(app_analysis)
    first = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    async with first.run_test(size=kit.WIDE) as pilot:
        await kit.ready(first, pilot)
    monkeypatch.setattr(reader, "CACHE_READ_AT_MOUNT", 0)
    order = []
    analyse_document = reader.analyse_document

    def slow_read(*args, **kwargs):
        time.sleep(0.3)  # a long article's entry
        found = analyse_document(*args, **kwargs)
        order.append("read")
        return found

    monkeypatch.setattr(reader, "analyse_document", slow_read)
    app = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    open_notes = app._open_notes
    app._open_notes = lambda: order.append("notes") or open_notes()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await kit.until(pilot, lambda: app.notes is not None)
        state = status(app, "state")
    assert order == ["read", "notes"] and state == "analysed ✓ (cached)"


async def test_the_notes_open_while_the_analysis_runs(kit, app_document, app_analysis):
    # Not held back until it ends (spaCy takes seconds): bookmarks work meanwhile.
    opened = threading.Event()
    seen = []

    def analyzer(text, reference_date, progress, partial):
        seen.append(opened.wait(10))
        return app_analysis

    app = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    open_notes = app._open_notes
    app._open_notes = lambda: opened.set() or open_notes()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
    assert seen == [True]


async def test_the_worker_starts_once_the_panels_are_laid_out(kit, app_document, app_analysis, monkeypatch):
    # Its decoding or reading holds the GIL half the time: the panels' first render beside
    # it took twice as long, and keys waited for that.
    analyzer, _ = counting(app_analysis)
    app = NutgrafApp(app_document, analyzer=analyzer, model_key=None)
    analyse = app._analyse
    sizes = []
    monkeypatch.setattr(app, "_analyse", lambda *a: sizes.append(app.panels.panel("actor").size) or analyse(*a))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
    assert len(sizes) == 1 and sizes[0].width > 0 and sizes[0].height > 0


async def test_a_date_set_before_the_analysis_starts_is_the_one_analysed_once(kit, app_document, app_analysis,
                                                                              monkeypatch):
    # Keys held while the panels were mounted may set a date before the deferred start runs.
    analyzer, calls = counting(app_analysis)
    app = NutgrafApp(app_document, analyzer=analyzer, model_key=None)
    start = app._analyse_unless_started
    monkeypatch.setattr(app, "_analyse_unless_started", lambda: (app._use_date("2025-03-01"), start()))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        shown = app.analysis.reference_date
    assert calls == ["2025-03-01"] and shown == "2025-03-01"


async def test_panels_fill_progressively_while_a_long_analysis_runs(kit, app_document, app_analysis):
    release = threading.Event()
    first_part = dataclasses.replace(app_analysis, actors=app_analysis.actors[:1], quotes=[])

    def long_one(text, reference_date, progress, partial):
        progress(len(text) // 3, len(text))
        partial(first_part)
        release.wait(10)
        progress(len(text), len(text))
        return app_analysis

    app = NutgrafApp(app_document, analyzer=long_one)
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.furnished(app, pilot)
        await kit.until(pilot, lambda: "analysing…" not in kit.prompts(app, "actor"))
        (actor,) = kit.prompts(app, "actor")
        assert "International Criminal Court" in actor
        assert app.query_one("#status-progress").display
        assert status(app, "state") == "analysing…"
        await pilot.press("1", "j")  # keys work meanwhile
        release.set()
        await kit.ready(app, pilot)
        assert len(kit.prompts(app, "actor")) == 3 and len(kit.prompts(app, "quote")) == 2
        assert not app.query_one("#status-progress").display


async def test_an_items_evidence_follows_the_longer_analysis(kit, app_document, app_analysis):
    # Kept highlighted through the whole analysis, an actor still showed the mentions the
    # partial result had found ("mention 2 of 2" of an actor mentioned more often).
    whole = max(app_analysis.actors, key=lambda a: len(a.mentions))
    first = dataclasses.replace(whole, mentions=whole.mentions[:2])
    analyzer, release = kit.held_back(dataclasses.replace(app_analysis, actors=[first], quotes=[]), app_analysis)
    app = NutgrafApp(app_document, analyzer=analyzer)
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.furnished(app, pilot)
        await kit.until(pilot, lambda: "analysing…" not in kit.prompts(app, "actor"))
        await pilot.press("1", "n")
        await pilot.pause()
        assert status(app, "evidence") == "mention 2 of 2"
        scrolled = app.article.scroll_y
        release.set()
        await kit.ready(app, pilot)
        assert len(whole.mentions) > 2
        assert [s[:2] for s in app.article.evidence] == sorted(whole.mentions)
        assert status(app, "evidence") == f"mention 2 of {len(whole.mentions)}"  # the same piece
        assert app.article.scroll_y == scrolled  # the reader is left where they are
        await pilot.press("n")
        assert status(app, "evidence") == f"mention 3 of {len(whole.mentions)}"


async def test_d_sets_the_publication_date_and_reruns_the_analysis(kit, app_document, app_analysis):
    analyzer, calls = counting(dataclasses.replace(app_analysis, reference_date=None, reference_source=None))
    app = NutgrafApp(app_document, analyzer=analyzer)
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        assert "press d to set the publication date" in status(app, "date")
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DateScreen)
        await pilot.press(*"2025-02-30", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DateScreen)
        assert "2025-02-30 is not a day of the calendar" in str(app.screen.query_one("#date-error").render())
        app.screen.query_one(Input).value = ""
        await pilot.press(*"7 Feb", "enter")
        await pilot.pause()
        assert "YYYY-MM-DD" in str(app.screen.query_one("#date-error").render())
        app.screen.query_one(Input).value = ""
        await pilot.press(*"2025-02-07", "enter")
        await kit.ready(app, pilot)
        assert not isinstance(app.screen, DateScreen)
        assert calls == [None, "2025-02-07"]
        assert status(app, "date") == "published 2025-02-07"

        # Escape changes nothing; an empty date goes back to the one the article states.
        await pilot.press("d", "escape")
        await kit.ready(app, pilot)
        assert calls == [None, "2025-02-07"]
        await pilot.press("d")
        app.screen.query_one(Input).value = ""
        await pilot.press("enter")
        await kit.ready(app, pilot)
        assert calls == [None, "2025-02-07", None]


async def test_the_model_key_is_found_without_spacy():
    key = installed_model(None)
    assert key is None or len(key.split()) == 2
    assert installed_model("no_such_model_xyz") is None
    assert installed_model("/some/model/directory") is None


# The tests below look at sys.modules in a fresh interpreter: this one may have spaCy.
PROBE = textwrap.dedent("""
    import asyncio, json, sys, threading
    from nutgraf.analysis.model import Analysis
    from nutgraf.app.reader import NutgrafApp
    from nutgraf.analysis.pipeline import installed_model
    from nutgraf.documents import load

    async def main(mode):
        doc = load({article!r})
        if mode == "first-paint":
            waiting = threading.Event()
            def analyzer(text, date, progress, partial):
                waiting.wait(5)
                return Analysis.from_json(json.loads(open({analysis!r}).read()), text)
            app = NutgrafApp(doc, analyzer=analyzer, model_key=installed_model(None))
        else:
            app = NutgrafApp(doc)  # the real analyzer, with the installed model as the key
        async with app.run_test(size=(140, 40)) as pilot:
            await pilot.pause()
            if mode == "first-paint":
                view = app.article
                painted = any("Court pledges" in "".join(s.text for s in view.render_line(y)) for y in range(5))
                print("painted", painted)
                waiting.set()
            await app.workers.wait_for_complete()
            await pilot.pause()
            print("state", app.status.shown("state"))
            print("actors", len(app.analysis.actors) if app.analysis else 0)
        print("spacy", "spacy" in sys.modules)

    asyncio.run(main(sys.argv[1]))
""")


def probe(kit, tmp_path, mode: str) -> dict[str, str]:
    article, analysis = tmp_path / "fixture.txt", tmp_path / "analysis.json"
    article.write_text(kit.ARTICLE, encoding="utf-8")
    analysis.write_text(json.dumps(kit.make_analysis().to_json()), encoding="utf-8")
    script = PROBE.format(analysis=str(analysis), article=str(article))
    out = subprocess.run([sys.executable, "-c", script, mode], capture_output=True, text=True,
                         env=os.environ.copy(), timeout=120)
    assert out.returncode == 0, out.stderr
    return dict(line.split(" ", 1) for line in out.stdout.splitlines())


def test_the_first_paint_does_not_import_spacy(kit, tmp_path):
    seen = probe(kit, tmp_path, "first-paint")
    assert seen["painted"] == "True"
    assert seen["spacy"] == "False"


async def test_a_cached_article_opens_without_spacy(kit, tmp_path, app_analysis):
    key = installed_model(None)
    assert key, "the default spaCy model should be installed for the tests"
    article = tmp_path / "fixture.txt"
    article.write_text(kit.ARTICLE, encoding="utf-8")
    from nutgraf.documents import load

    # A first open analyses (here with the hand-built result) and fills the cache.
    app = NutgrafApp(load(article), analyzer=lambda *args: kit.make_analysis(), model_key=key)
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)

    seen = probe(kit, tmp_path, "cached")
    assert seen["state"] == "analysed ✓ (cached)"
    assert seen["actors"] == str(len(app_analysis.actors))
    assert seen["spacy"] == "False"


async def test_a_longer_partial_result_keeps_every_row_in_reach(kit, app_document, app_analysis):
    # The list grows under a scrollbar already shown: its rows are redrawn without the
    # screen laid out again, and the new last row is still reached and drawn.
    release = threading.Event()
    number = app_analysis.numbers[0]

    def numbers(count):
        copies = [dataclasses.replace(number, id=f"n{i}") for i in range(count)]
        return dataclasses.replace(app_analysis, numbers=copies)

    def long_one(text, reference_date, progress, partial):
        partial(numbers(60))
        release.wait(10)
        return numbers(120)

    app = NutgrafApp(app_document, analyzer=long_one)
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.furnished(app, pilot)
        panel = app.query_one("#panel-number")
        await kit.until(pilot, lambda: panel.row_count == 60)
        await pilot.pause()
        assert panel.show_vertical_scrollbar
        release.set()
        await kit.ready(app, pilot)
        await pilot.press("3", "end")
        await pilot.pause()
        assert panel.virtual_size.height == 120 and panel.highlighted == 119
        assert panel.scroll_y == panel.max_scroll_y > 0
        assert panel.scroll_y + panel.scrollable_content_region.height - 1 == 119  # the last row at the bottom
        assert panel.vertical_scrollbar.window_virtual_size == 120


async def test_the_status_line_redraws_itself_and_never_lays_the_screen_out(kit, app_document, app_analysis):
    # A layout is of the whole screen: progress and the date's words change often while
    # a long article is analysed, keys waiting on each.
    from nutgraf.app.bars import StatusLine, StatusText

    app = NutgrafApp(app_document, analyzer=counting(app_analysis)[0])
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        line, text = app.query_one(StatusLine), app.query_one(StatusText)
        refreshes = []
        refresh = text.refresh

        def record(*regions, **kwargs):
            refreshes.append(kwargs.get("layout", False))
            return refresh(*regions, **kwargs)

        text.refresh = record
        before = str(text.render())
        text.show("state", "analysed ✓")  # unchanged: nothing to do
        assert refreshes == []
        line.show_state("analysed ?")
        line.show_date(None, None, pending=True)
        line.show_state("analysed ✓ (cached)")  # wider
        await pilot.pause()
        assert refreshes and not any(refreshes)
        drawn = str(text.render())
        assert status(app, "state") == "analysed ✓ (cached)" and "looking for it" in status(app, "date")
        # The state at the right end, the line as wide as before.
        assert drawn.endswith(" analysed ✓ (cached)") and len(drawn) == len(before) == text.size.width


async def test_the_cached_panels_are_drawn_once(kit, app_document, app_analysis, monkeypatch):
    # Each panel's Resize, which came after its first frame, drew it again (2-3 ms each):
    # the layout that sized it had drawn it at that size.
    from nutgraf.app.list_panel import ListPanel

    analyzer, _ = counting(app_analysis)
    first = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    async with first.run_test(size=kit.WIDE) as pilot:
        await kit.ready(first, pilot)
    drawn = []  # the panels' lines drawn
    render_line = ListPanel.render_line
    monkeypatch.setattr(ListPanel, "render_line", lambda panel, y: drawn.append(panel.id) or render_line(panel, y))
    app = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    frames = []  # the lines drawn by each frame with the panels
    display = app._display

    def recorded(screen, renderable):
        display(screen, renderable)
        if renderable is not None and drawn:
            frames.append(len(drawn))

    app._display = recorded
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        for _ in range(3):
            await pilot.pause()
        assert not any(p.show_vertical_scrollbar for p in app.query(ListPanel))  # the fixture's lists fit
    assert len(drawn) == frames[0]  # none drawn again after the frame they came in


async def test_the_cached_panels_are_drawn_as_they_are_mounted(kit, app_document, app_analysis):
    # Left to the screen's 60 Hz timer, their frame came up to a period after they were
    # mounted: the timer had ticked during the batch that mounted them.
    from textual.worker import WorkerState

    analyzer, _ = counting(app_analysis)
    first = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    async with first.run_test(size=kit.WIDE) as pilot:
        await kit.ready(first, pilot)
    app = NutgrafApp(app_document, analyzer=analyzer, model_key="fake 1")
    furnishing = []  # at each frame drawn with the analysis: is the worker mounting the panels still at it?
    display = app._display

    def recorded(screen, renderable):
        display(screen, renderable)
        if renderable is not None and app.analysed and not app._batch_count:
            furnishing.append(any(w.group == "furnish" and w.state == WorkerState.RUNNING for w in app.workers))

    app._display = recorded
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
    assert furnishing and furnishing[0]
