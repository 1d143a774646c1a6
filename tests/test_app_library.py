"""The library screen (nutgraf with no argument) and the reader's ways in and out of it:
listed most recent first, filtered, opened, forgotten; the reader remembers what it opens
and its main actors; `o` opens a path or a web address (local server), `l` the library."""
from __future__ import annotations

import pytest

from nutgraf.app.library_screen import LibraryApp
from nutgraf.app.opening import LIBRARY, Opened
from nutgraf.documents import Document
from nutgraf.store.library import Library
from nutgraf.store.notes import NotesStore

pytestmark = pytest.mark.usefixtures("lasting_notices")


def remember(title: str, site: str, actors: list[str], text: str | None = None, source: str | None = None):
    text = text or f"{title}\n\nThe council met on Monday and {actors[0]} spoke.\n"
    doc = Document(text=text, source=source or f"/news/{title.split()[0].lower()}.txt", name="x.txt",
                   encoding="utf-8", title=title, site=site, published="2025-02-07")
    library = Library(NotesStore())
    notes = library.store.article(doc.digest, doc.text, doc.source)
    library.remember(notes, doc, (text.encode(), "text"), actors)
    return notes


@pytest.fixture
def clock(monkeypatch):
    """Reading stamps a day apart: the order is the test's, not the clock's second."""
    import nutgraf.store.library as library_module

    stamps = iter(f"2025-03-{day:02d}T09:30:00+00:00" for day in range(1, 29))
    monkeypatch.setattr(library_module, "now", lambda: next(stamps))


@pytest.fixture
def three(clock):
    remember("Bridge reopens", "Local Wire", ["Harbour Council"])
    remember("Otters return", "Nature Desk", ["Helen Carver", "Norfolk Wildlife Trust"])
    return remember("Court defies sanctions", "World Report", ["Donald Trump", "ICC"])


async def loaded(app, pilot):
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_an_empty_library_offers_the_sample(kit):
    app = LibraryApp()
    async with app.run_test(size=kit.SMALL) as pilot:
        await loaded(app, pilot)
        assert "open the sample article" in str(app.query_one("#library-empty").render())
        await pilot.press("enter")
        await loaded(app, pilot)
    assert isinstance(app.next, Opened) and app.next.sample


async def test_most_recent_first_filtered_by_actor_and_opened(kit, three):
    app = LibraryApp()
    async with app.run_test(size=kit.WIDE) as pilot:
        await loaded(app, pilot)
        assert [e.label for e in app.shown] == ["Court defies sanctions", "Otters return", "Bridge reopens"]
        await pilot.press("slash", *"carver")
        assert [e.label for e in app.shown] == ["Otters return"]
        await pilot.press("enter")  # in the filter: opens the highlighted match
        await loaded(app, pilot)
    assert isinstance(app.next, Opened)
    assert app.next.document.text.startswith("Otters return")


async def test_escape_clears_the_filter(kit, three):
    app = LibraryApp()
    async with app.run_test(size=kit.WIDE) as pilot:
        await loaded(app, pilot)
        await pilot.press("slash", *"nothing like it")
        assert app.shown == []
        await pilot.press("escape")
        assert len(app.shown) == 3 and app.focused is app.articles


async def test_forget_asks_and_keeps_the_notes(kit, three):
    three.add_note("sentence", 0, 10, "check this")
    app = LibraryApp()
    async with app.run_test(size=kit.WIDE) as pilot:
        await loaded(app, pilot)
        await pilot.press("x")
        assert "notes (1) are kept" in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("n")
        assert len(app.shown) == 3
        await pilot.press("x", "y")
        await loaded(app, pilot)
        assert [e.label for e in app.shown] == ["Otters return", "Bridge reopens"]
    assert [n.body for n in NotesStore().article(three.digest, three.text).notes()] == ["check this"]


async def test_forget_with_the_notes_when_asked(kit, three):
    three.add_note("sentence", 0, 10, "check this")
    app = LibraryApp()
    async with app.run_test(size=kit.WIDE) as pilot:
        await loaded(app, pilot)
        await pilot.press("x", "d")
        await loaded(app, pilot)
    assert NotesStore().article(three.digest, three.text).notes() == []


async def test_an_entry_whose_file_is_gone_says_so_and_stays(kit, tmp_path):
    path = tmp_path / "gone.txt"
    path.write_text("Gone story\n\nIt was here.\n")
    from nutgraf.documents import load

    doc = load(path)
    library = Library(NotesStore())
    library.remember(library.store.article(doc.digest, doc.text, doc.source), doc)
    path.unlink()
    app = LibraryApp()
    async with app.run_test(size=kit.WIDE) as pilot:
        await loaded(app, pilot)
        await pilot.press("enter")
        await loaded(app, pilot)
        assert app.next is None and app.is_running
        assert any("no such file" in n.message for n in app._notifications)


async def test_a_title_is_shown_literally(kit, clock):
    remember("[bold red]Boom[/] \x1b[2J", "Site", ["X"])
    app = LibraryApp()
    async with app.run_test(size=kit.WIDE) as pilot:
        await loaded(app, pilot)
        shown = kit.screen_text(app.articles)
        assert shown.startswith("[bold red]Boom[/] [2J ")  # the escape character drawn as a space
        kit.assert_inert(shown)


async def test_the_reader_remembers_what_it_opens_and_its_main_actors(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.SMALL) as pilot:
        await kit.ready(app, pilot)
        await kit.saved_to_disk(app, pilot)
    [entry] = Library(NotesStore()).entries()
    assert entry.source.endswith("fixture.txt") and entry.length == len(kit.ARTICLE)
    assert entry.actors[:2] == ["International Criminal Court", "Donald Trump"]


async def test_l_leaves_the_reader_for_the_library(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.SMALL) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("l")
        await kit.saved_to_disk(app, pilot)
    assert app.next == LIBRARY


async def test_o_downloads_a_page_into_the_next_reader(kit, make_app, web):
    app = make_app()
    async with app.run_test(size=kit.SMALL) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("o", *web.url("/article.html"), "enter")
        await kit.until(pilot, lambda: app.next is not None)
    assert isinstance(app.next, Opened) and app.next.document.title == "Harbour bridge reopens"
    assert app.next.page[1] == "html" and app.next.page[0].startswith(b"<!doctype html>")


async def test_o_with_an_address_that_fails_says_why_and_stays(kit, make_app, web):
    app = make_app()
    async with app.run_test(size=kit.SMALL) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("o", *web.url("/missing"), "enter")
        await kit.until(pilot, lambda: any("404" in n.message for n in app._notifications))
        assert app.next is None and app.is_running
        assert any("Not opened: " in n.message and "404 Not Found" in n.message for n in app._notifications)
        assert app.status.shown("state") == "analysed ✓"  # as before the download
    assert Library(NotesStore()).by_source(web.url("/missing")) is None


async def test_question_mark_lists_the_librarys_keys(kit, three):
    from nutgraf.app.help import HelpScreen

    app = LibraryApp()
    async with app.run_test(size=kit.SMALL) as pilot:
        await loaded(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = " ".join(str(w.render()) for w in app.screen.query(".help-row"))
        assert "Forget" in shown and "Filter" in shown and "Open a path or URL" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
