"""The Notes panel: the reader's bookmarks and notes on this article, one line per claim
(with the note's first line under it), and the corrections made to its analysis, in
reading order."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.style import Style as VisualStyle

from ..textclean import clean_line
from ..textclean import clip as clip_line
from .article_view import BOOKMARK_MARK, NOTE_MARK
from .list_panel import ListPanel

if TYPE_CHECKING:
    from .notes_entries import Entry

CLIP = 70
CORRECTION_MARK = "✗"
EMPTY = "None yet: b bookmarks, a writes a note"
PARTS = ("mark", "kind", "body", "flag")  # of a row, each styled by its component class


def clip(text: str, width: int = CLIP) -> str:
    """Article or note text for one row of a panel or dialog."""
    return clip_line(clean_line(text), width)


class NotesPanel(ListPanel, inherit_bindings=False):
    """Highlighting an entry (while the panel has focus) shows its claim in the article."""

    kind = "notes"
    wraps = True

    # Declared in full (not inherited) so the help lists exactly what works here.
    BINDINGS = [
        Binding("k,up", "cursor_up", "Previous entry", show=False),
        Binding("j,down", "cursor_down", "Next entry", show=False),
        Binding("home", "first", "First entry", show=False),
        Binding("end", "last", "Last entry", show=False),
        Binding("enter", "go", "Read from the claim", show=False),
        Binding("delete,x", "delete", "Delete the note (or the bookmark, or the correction)", show=False),
    ]

    COMPONENT_CLASSES = {f"notes-panel--{part}" for part in PARTS}

    class _EntryMessage(Message):
        def __init__(self, entry: Entry) -> None:
            super().__init__()
            self.entry = entry

    class Selected(_EntryMessage):
        """An entry was highlighted: its claim should be shown."""

    class Go(_EntryMessage):
        """Enter on an entry: read the article from its claim."""

    class Delete(_EntryMessage):
        """Delete the entry's note, or its bookmark if it has no note."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[Entry] = []
        # Measured (and titled) before the first layout, which sizes the panel by its lines.
        self._refill()

    @staticmethod
    def caption(found: Iterable[Entry]) -> str:
        return f"Notes {len(list(found))}"

    def show(self, found: list[Entry]) -> None:
        # Listed again with each partial analysis: the same entries (shown, or none yet) are
        # not set again, which laid the whole screen out again each time.
        if found == self.entries:
            return
        self.entries = found
        if self._highlighted is not None:
            self._highlighted = min(self._highlighted, len(found) - 1) if found else None
        self._refill()
        if self._highlighted is not None:
            self._highlight_changed()  # the entry now highlighted may be another

    def _refill(self) -> None:
        self._refit()
        found = self.entries
        self.border_title = self.caption(found)
        bookmarks = sum(1 for e in found if e.bookmark)
        notes = sum(1 for e in found if e.note)
        fixes = sum(1 for e in found if e.correction)
        self.border_subtitle = (f"{BOOKMARK_MARK} {bookmarks}  {NOTE_MARK} {notes}" + (
            f"  {CORRECTION_MARK} {fixes}" if fixes else "")) if found else ""

    @property
    def count(self) -> int:
        return len(self.entries)

    def heights(self) -> list[int]:
        return [2 if entry.note else 1 for entry in self.entries] or [1]

    def part_style(self, part: str) -> VisualStyle:
        return self.get_visual_style(f"notes-panel--{part}", partial=True)

    def prompt(self, index: int) -> Content:
        if not self.entries:
            return Content(EMPTY)
        styles = self._looks()
        entry = self.entries[index]
        if entry.correction:
            return Content.assemble(
                (f"{CORRECTION_MARK}  ", styles["mark"]),
                ("fixed" if entry.applied else "not applied", styles["kind" if entry.applied else "flag"]),
                ("  " + clip(entry.text), ""))
        marks = (BOOKMARK_MARK if entry.bookmark else " ") + (NOTE_MARK if entry.note else " ")
        parts: list[tuple[str, str | VisualStyle]] = [
            (marks + " ", styles["mark"]),
            (entry.label or entry.claim.kind if entry.claim else "gone", styles["kind" if entry.claim else "flag"]),
            ("  " + clip(entry.text), ""),
        ]
        if entry.note:
            body = entry.note.body.strip().splitlines() or [""]
            parts.append(("\n   " + clip(body[0]), styles["body"]))
        return Content.assemble(*parts)

    @property
    def entry(self) -> Entry | None:
        index = self._highlighted
        return self.entries[index] if index is not None and index < len(self.entries) else None

    def _select(self) -> None:
        if self.entry:
            self.post_message(self.Selected(self.entry))

    def action_go(self) -> None:
        if self.entry:
            self.post_message(self.Go(self.entry))

    def action_delete(self) -> None:
        if self.entry:
            self.post_message(self.Delete(self.entry))
