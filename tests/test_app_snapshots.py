"""SVG snapshots pinning the reader's layout on the hand-built analysis. After a deliberate
change: pytest tests/test_app_snapshots.py --snapshot-update, then look at the SVGs."""
from __future__ import annotations

import pytest

# A notice a snapshot pins ("Bookmarked…") must outlast a slow run.
pytestmark = pytest.mark.usefixtures("lasting_notices")


async def analysed(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_small_terminal_tabs(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=analysed)


def test_small_terminal_quote_selected(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=analysed, press=["2"])


def test_large_terminal_four_panels(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(140, 40), run_before=analysed)


def test_large_terminal_actor_selected_and_cursor(snap_compare, make_app):
    # Court selected and its second mention current (enter on an actor shows its claims:
    # the cursor is moved from the Numbers panel); the cursor on the sentence after.
    assert snap_compare(make_app(), terminal_size=(140, 40), run_before=analysed,
                        press=["3", "j", "n", "enter", "j", "1", "down", "n"])


def test_large_terminal_bookmark_and_note(snap_compare, make_app):
    # A bookmark on the third sentence, a note on the number "125": marks in the gutter
    # and both in the Notes panel.
    assert snap_compare(make_app(), terminal_size=(140, 40), run_before=analysed,
                        press=["j", "j", "j", "b", "3", "a", "C", "h", "e", "c", "k", "ctrl+s", "5"])


def test_small_terminal_notes_tab(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=analysed,
                        press=["j", "j", "b", "5"])


def test_help_screen(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(140, 40), run_before=analysed, press=["question_mark"])
