"""SVG snapshots pinning the reader's layout on the hand-built analysis. After a deliberate
change: pytest tests/test_app_snapshots.py --snapshot-update, then look at the SVGs."""
from __future__ import annotations

import pytest

# A notice a snapshot pins ("Bookmarked…") must outlast a slow run.
pytestmark = pytest.mark.usefixtures("lasting_notices")


async def analysed(pilot) -> None:
    # The panels are mounted after the article's first paint, and the analysis starts then.
    for _ in range(200):
        if pilot.app.furnished:
            break
        await pilot.pause(0.05)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def saved(kit, *keys: str, then: tuple[str, ...] = ()):
    """Press `keys` once analysed, wait for the store's thread to save what they asked, then
    press `then`: keys snap_compare presses are not waited for, and under load the snapshot
    was taken before the bookmark reached the Notes panel."""

    async def run(pilot) -> None:
        await analysed(pilot)
        await pilot.press(*keys)
        await kit.saved_to_disk(pilot.app, pilot)
        await pilot.press(*then)
        await pilot.pause()

    return run


def test_small_terminal_tabs(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=analysed)


def test_small_terminal_quote_selected(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=analysed, press=["2"])


def test_large_terminal_four_panels(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(140, 40), run_before=analysed)


def test_large_terminal_actor_selected_and_cursor(snap_compare, make_app):
    # The cursor on the sentence of "about 1,200" (enter in the Numbers panel: enter on an
    # actor shows its claims), then the court selected and its second mention current.
    assert snap_compare(make_app(), terminal_size=(140, 40), run_before=analysed,
                        press=["3", "j", "n", "enter", "1", "down", "n"])


def test_large_terminal_bookmark_and_note(snap_compare, make_app, kit):
    # A bookmark on the third sentence, a note on the number "125": marks in the gutter
    # and both in the Notes panel.
    keys = ("j", "j", "j", "b", "3", "a", "C", "h", "e", "c", "k", "ctrl+s")
    assert snap_compare(make_app(), terminal_size=(140, 40), run_before=saved(kit, *keys, then=("5",)))


def test_small_terminal_notes_tab(snap_compare, make_app, kit):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=saved(kit, "j", "j", "b", then=("5",)))


def test_help_screen(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(140, 40), run_before=analysed, press=["question_mark"])


def test_large_terminal_claims_of_an_actor(snap_compare, claims_app):
    # The court's claims, its reported speech highlighted.
    assert snap_compare(claims_app, terminal_size=(140, 40), run_before=analysed, press=["1", "down", "c"])


def test_small_terminal_claims_of_an_actor(snap_compare, claims_app):
    # The number inside the court's reported speech highlighted.
    assert snap_compare(claims_app, terminal_size=(80, 24), run_before=analysed, press=["1", "down", "c", "down"])


def test_large_terminal_sources(snap_compare, claims_app):
    assert snap_compare(claims_app, terminal_size=(140, 40), run_before=analysed, press=["s"])


def test_small_terminal_sources(snap_compare, claims_app):
    assert snap_compare(claims_app, terminal_size=(80, 24), run_before=analysed, press=["s"])


def test_large_terminal_corrections_in_the_notes_panel(snap_compare, make_app, kit):
    # "125" marked as wrong; the White House merged into Donald Trump; the notices gone.
    async def correct(pilot) -> None:
        await analysed(pilot)
        await pilot.press("3", "x", "1", "m", "down", "enter")
        await kit.saved_to_disk(pilot.app, pilot)
        await pilot.press("5")
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(140, 40), run_before=correct)


@pytest.fixture
def library_of_four(monkeypatch):
    """Four articles read on four days, one with notes and a position, one with a date set."""
    import nutgraf.store.library as library_module
    from nutgraf.documents import Document
    from nutgraf.store.library import Library
    from nutgraf.store.notes import NotesStore

    stamps = iter(f"2025-03-{day:02d}T09:30:00+00:00" for day in range(1, 29))
    monkeypatch.setattr(library_module, "now", lambda: next(stamps))
    library = Library(NotesStore())
    rows = [
        ("Council approves £48m repair plan for Kelham Harbour bridge", "The Northern Ledger", "2024-03-12"),
        ("Otters return to the River Wensum after 40 years", "Eastern Daily Press", "2025-06-04"),
        ("A very long headline about a budget vote that runs on well past what a narrow terminal can show",
         "Parliament Today", None),
        ("Court pledges to defy sanctions [bold]not markup[/]", None, "2025-02-07"),
    ]
    for n, (title, site, published) in enumerate(rows):
        text = f"{title}\n\n" + "The council met on Monday. " * 20
        doc = Document(text=text, source=f"/news/story-{n}.txt", name="x", encoding="utf-8", title=title,
                       site=site, published=published)
        notes = library.store.article(doc.digest, doc.text, doc.source)
        library.remember(notes, doc)
        if n == 0:
            notes.add_bookmark("sentence", 0, 20)
            notes.add_note("sentence", 0, 20, "check the figure")
            notes.set_position(len(text) // 3)


async def library_loaded(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.usefixtures("library_of_four")
@pytest.mark.parametrize("size", [(80, 24), (140, 40)])
def test_library_screen(snap_compare, size):
    from nutgraf.app.library_screen import LibraryApp

    assert snap_compare(LibraryApp(), terminal_size=size, run_before=library_loaded)


@pytest.mark.usefixtures("library_of_four")
def test_library_screen_filtered(snap_compare):
    from nutgraf.app.library_screen import LibraryApp

    assert snap_compare(LibraryApp(), terminal_size=(80, 24), run_before=library_loaded,
                        press=["slash", "o", "t", "t"])
