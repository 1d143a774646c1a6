"""The library's list: one line per article, in columns. A ScrollView on the Line API that
builds only the rows on screen, as the reader's panels do: Textual's DataTable measures
every cell of every row when they are added, most of a second for 1,000 articles."""
from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..textclean import clean_line, clip

if TYPE_CHECKING:
    # The store (TinyDB, a file lock) is imported by the worker that reads the library,
    # after the first paint.
    from ..store.library import Entry

# (heading, key, width); the title takes what is left, the site and the last read show on
# wide terminals only.
Column = tuple[str, str, int]
COLUMNS: tuple[Column, ...] = (("Title", "title", 0), ("Site", "site", 22), ("Date", "date", 16),
                               ("Read", "read", 4), ("Notes", "notes", 7), ("Last read", "last", 16))
NARROW = ("site", "last")
WIDE = 120
GAP = "  "


def columns(width: int) -> list[Column]:
    """The columns for a list this wide (inside its border), the title's width worked out."""
    shown = [c for c in COLUMNS if width >= WIDE or c[1] not in NARROW]
    rest = sum(w + len(GAP) for _, key, w in shown if key != "title") + 2  # a scrollbar's room
    return [(label, key, w or max(16, width - rest)) for label, key, w in shown]


def cells(entry: Entry) -> dict[str, str]:
    percent = entry.read_percent
    return {
        "title": entry.label,
        "site": entry.site or "",
        # A date the reader set is the one the timeline uses: shown before the stated one.
        "date": f"{entry.date} (set)" if entry.date else entry.published or "",
        "read": f"{percent}%" if percent is not None else "",
        "notes": " ".join(x for x in (f"★{entry.bookmarks}" if entry.bookmarks else "",
                                      f"✎{entry.notes}" if entry.notes else "") if x),
        "last": entry.last_read[:16].replace("T", " "),
    }


def line(texts: dict[str, str], shown: list[Column]) -> str:
    """One row's text: each cell cleaned (never markup, no control character), clipped and
    padded to its column."""
    out = []
    for _, key, width in shown:
        text = clip(clean_line(texts[key]), width)
        out.append(text.rjust(width) if key == "read" else text.ljust(width))
    return GAP.join(out)


def heading(shown: list[Column]) -> str:
    return line({key: label for label, key, _ in shown}, shown)


class LibraryList(ScrollView, can_focus=True, inherit_bindings=False):
    BINDINGS = [
        Binding("enter", "open", "Open"),
        Binding("k,up", "cursor_up", "Previous article", show=False),
        Binding("j,down", "cursor_down", "Next article", show=False),
        Binding("home", "first", "First article", show=False),
        Binding("end", "last", "Last article", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
    ]

    COMPONENT_CLASSES = {"library-list--cursor"}

    class Open(Message):
        """Enter (or a click on the highlighted row): open the highlighted article."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[Entry] = []
        self.shown: list[Column] = []
        self.cursor = 0
        self._rows: LRUCache[int, tuple[tuple[int, bool, bool], Strip]] = LRUCache(256)

    def show(self, entries: list[Entry], shown: list[Column]) -> None:
        self.entries, self.shown = entries, shown
        self.cursor = max(0, min(self.cursor, len(entries) - 1))
        self._rows.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(entries))
        self.refresh()
        self._scroll_to_cursor()

    @property
    def entry(self) -> Entry | None:
        return self.entries[self.cursor] if self.entries else None

    def move_to(self, index: int) -> None:
        index = max(0, min(index, len(self.entries) - 1))
        if index != self.cursor:
            self.refresh_line(self.cursor)
            self.cursor = index
            self.refresh_line(index)
        self._scroll_to_cursor()

    def _scroll_to_cursor(self) -> None:
        if self.entries and self.is_mounted:
            self.scroll_to_region(Region(0, self.cursor, 1, 1), animate=False, force=True, immediate=True)

    def action_cursor_up(self) -> None:
        self.move_to(self.cursor - 1)

    def action_cursor_down(self) -> None:
        self.move_to(self.cursor + 1)

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(len(self.entries) - 1)

    def action_page_up(self) -> None:
        self.move_to(self.cursor - max(1, self.scrollable_content_region.height))

    def action_page_down(self) -> None:
        self.move_to(self.cursor + max(1, self.scrollable_content_region.height))

    def action_open(self) -> None:
        self.post_message(self.Open())

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not 0 <= (index := offset.y + int(self.scroll_y)) < len(self.entries):
            return
        if index == self.cursor:
            self.action_open()
        else:
            self.move_to(index)

    def on_resize(self) -> None:
        self._rows.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.entries))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._rows.clear()

    def on_focus(self) -> None:
        self.refresh_line(self.cursor)

    def on_blur(self) -> None:
        self.refresh_line(self.cursor)

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        base = self.get_visual_style()
        if index >= len(self.entries):
            return Strip.blank(width, base.rich_style)
        state = (width, index == self.cursor, self.has_focus)
        cached = self._rows.get(index)
        if cached is not None and cached[0] == state:
            return cached[1]
        if state[1]:
            base = self.get_visual_style("library-list--cursor")
        content = Content(line(cells(self.entries[index]), self.shown)).truncate(width, ellipsis=True)
        strip = Strip(content.render_segments(base), content.cell_length).extend_cell_length(width, base.rich_style)
        self._rows[index] = (state, strip)
        return strip
