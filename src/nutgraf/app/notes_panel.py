"""The Notes panel: the reader's bookmarks and notes on this article, one line per claim
(with the note's first line under it), and the corrections made to its analysis, in
reading order."""
from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..attribution import claim_items, claim_label
from ..textclean import clean_line
from ..textclean import clip as clip_line
from .article_view import BOOKMARK_MARK, NOTE_MARK

if TYPE_CHECKING:
    from ..analysis.model import Analysis
    from ..store.notes import ArticleNotes
    from ..store.records import Bookmark, Correction, Note

CLIP = 70
CORRECTION_MARK = "✗"
EMPTY = "None yet: b bookmarks, a writes a note"


@dataclass(frozen=True)
class Claim:
    """What a bookmark or note is about: a sentence, or an item's main span."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Entry:
    """A claim with its bookmark and note; `claim` is None when its text is gone."""

    claim: Claim | None
    text: str
    bookmark: Bookmark | None = None
    note: Note | None = None
    correction: Correction | None = None
    applied: bool = True  # for a correction: whether it found what it corrects
    label: str = ""  # what the claim is ("sentence", "paraphrase"); its kind when empty


def entries(notes: ArticleNotes, missed: Collection[str] = (), analysis: Analysis | None = None) -> list[Entry]:
    """One entry per claim and one per correction (`missed`: the ids of those that found
    nothing to correct), in reading order, orphans last; with the analysis, a claim on a
    quote says which kind of quote it is."""
    # Imported here, with the notes: the panels drawn before the store is open (an analysis
    # from the cache) waited for these dataclasses (5 ms).
    from ..store.records import Bookmark, Note

    grouped: dict[tuple[object, ...], list[Bookmark | Note]] = {}
    for record in notes.bookmarks() + notes.notes():
        key = ("orphan", record.id) if record.orphaned else (record.start, record.end)
        grouped.setdefault(key, []).append(record)
    found = []
    for records in grouped.values():
        first = records[0]
        # A record is anchored (not orphaned) only in the text of the article it is read with.
        claim = None if first.orphaned else Claim(first.kind, cast(int, first.start), cast(int, first.end))
        text = first.exact if claim is None else cast(str, notes.text)[claim.start:claim.end]
        found.append(Entry(
            claim, text,
            next((r for r in records if isinstance(r, Bookmark)), None),
            next((r for r in records if isinstance(r, Note)), None),
            label=_label(claim, analysis),
        ))
    for c in notes.corrections():
        claim = None if c.orphaned else Claim(c.kind, cast(int, c.start), cast(int, c.end))
        applied = c.id not in missed and c.applicable() is not None
        found.append(Entry(claim, c.describe(), correction=c, applied=applied))
    return sorted(found, key=lambda e: (e.claim is None, e.claim.start if e.claim else 0))


def _label(claim: Claim | None, analysis: Analysis | None) -> str:
    if claim is None or analysis is None:
        return ""
    return claim_label(claim.kind, claim_items(analysis, claim.kind, claim.start, claim.end))


def clip(text: str, width: int = CLIP) -> str:
    """Article or note text for one row of a panel or dialog."""
    return clip_line(clean_line(text), width)


class NotesPanel(OptionList, inherit_bindings=False):
    """Highlighting an entry (while the panel has focus) shows its claim in the article."""

    kind = "notes"

    # Declared in full (not inherited) so the help lists exactly what works here.
    BINDINGS = [
        Binding("k,up", "cursor_up", "Previous entry", show=False),
        Binding("j,down", "cursor_down", "Next entry", show=False),
        Binding("home", "first", "First entry", show=False),
        Binding("end", "last", "Last entry", show=False),
        Binding("enter", "go", "Read from the claim", show=False),
        Binding("delete,x", "delete", "Delete the note (or the bookmark, or the correction)", show=False),
    ]

    COMPONENT_CLASSES = {
        "notes-panel--mark",
        "notes-panel--kind",
        "notes-panel--body",
        "notes-panel--flag",
    }

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
        super().__init__(id=id, markup=False)
        self.entries: list[Entry] = []

    @staticmethod
    def caption(found: Iterable[Entry]) -> str:
        return f"Notes {len(list(found))}"

    def on_mount(self) -> None:
        self._rebuild()
        self.app.theme_changed_signal.subscribe(self, lambda _: self.call_after_refresh(self._rebuild))

    def show(self, found: list[Entry]) -> None:
        # Listed again with each partial analysis: the same entries (shown, or built on
        # mount) are not set again, which laid the whole screen out again each time.
        if found == self.entries:
            return
        self.entries = found
        self._rebuild()

    def _rebuild(self) -> None:
        highlighted = self.highlighted
        if self.entries:
            self.set_options(Option(self._prompt(entry)) for entry in self.entries)
            if highlighted is not None:
                self.highlighted = min(highlighted, len(self.entries) - 1)
        else:
            self.set_options([Option(Content(EMPTY), disabled=True)])
        self.border_title = self.caption(self.entries)
        bookmarks = sum(1 for e in self.entries if e.bookmark)
        notes = sum(1 for e in self.entries if e.note)
        fixes = sum(1 for e in self.entries if e.correction)
        self.border_subtitle = (f"{BOOKMARK_MARK} {bookmarks}  {NOTE_MARK} {notes}" + (
            f"  {CORRECTION_MARK} {fixes}" if fixes else "")) if self.entries else ""

    def _prompt(self, entry: Entry) -> Content:
        style = self.get_visual_style
        if entry.correction:
            return Content.assemble(
                (f"{CORRECTION_MARK}  ", style("notes-panel--mark", partial=True)),
                ("fixed" if entry.applied else "not applied",
                 style("notes-panel--kind" if entry.applied else "notes-panel--flag", partial=True)),
                ("  " + clip(entry.text), ""))
        marks = (BOOKMARK_MARK if entry.bookmark else " ") + (NOTE_MARK if entry.note else " ")
        parts: list[tuple[str, str | Style]] = [
            (marks + " ", style("notes-panel--mark", partial=True)),
            (entry.label or entry.claim.kind if entry.claim else "gone",
             style("notes-panel--kind" if entry.claim else "notes-panel--flag", partial=True)),
            ("  " + clip(entry.text), ""),
        ]
        if entry.note:
            body = entry.note.body.strip().splitlines() or [""]
            parts.append(("\n   " + clip(body[0]), style("notes-panel--body", partial=True)))
        return Content.assemble(*parts)

    @property
    def entry(self) -> Entry | None:
        index = self.highlighted
        return self.entries[index] if index is not None and index < len(self.entries) else None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if self.has_focus and self.entry:
            self.post_message(self.Selected(self.entry))

    def on_focus(self) -> None:
        if self.entries and self.highlighted is None:
            self.highlighted = 0
        elif self.entry:
            self.post_message(self.Selected(self.entry))

    def highlight_default(self) -> None:
        """Highlight the first entry if none is, as focusing the panel does."""
        if self.entries and self.highlighted is None:
            self.highlighted = 0

    def action_go(self) -> None:
        if self.entry:
            self.post_message(self.Go(self.entry))

    def action_delete(self) -> None:
        if self.entry:
            self.post_message(self.Delete(self.entry))
