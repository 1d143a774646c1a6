"""A side panel's list: entries of one line or more, a cursor over them, drawn through the
line API. Only the lines on screen are built, so filling a panel costs what listing its
entries costs, however long the list; and its height is the count of its entries' lines,
known before it is drawn (an OptionList measured its options when first drawn, which laid
the screen out and drew it a second time)."""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import ClassVar

from textual import events
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.widget import Widget

from .looks import Looks
from .scrolling import QuietScrollView, resize_virtual


class ListPanel(QuietScrollView, can_focus=True, inherit_bindings=False):
    """Highlighting an entry (while the panel has focus) selects it: what that shows is the
    kind's (`_select`). Each kind lists `count` entries, drawn by `prompt`; with none, one
    row says why (`prompt(0)`)."""

    # The looks of a row, whatever the kind: the parts of a row are each kind's (`part_style`).
    # The cursor's is the panel's own (it shows whether the panel has the focus); those the
    # same in every panel are the panel area's (SHARED_LOOKS): each component class of each
    # panel was one more style lookup as the panels were styled, before their first frame.
    COMPONENT_CLASSES = {"list-panel--cursor"}
    LOOKS: ClassVar[dict[str, tuple[str, ...]]] = {"row": (), "cursor": ("list-panel--cursor",)}
    SHARED_LOOKS: ClassVar[dict[str, str]] = {"empty": "list-panel--empty", "hover": "list-panel--hover"}

    kind: ClassVar[str]  # which panel: the key of its id ("panel-actor", "panel-notes")

    # Whether moving on from the last entry goes to the first (and back from the first to the
    # last), as the Notes panel did as an OptionList.
    wraps = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._highlighted: int | None = None
        self._hover: int | None = None
        self._selected_before_focus = False  # see on_focus
        # The first line of each entry (and the count of lines, last), if not one line each.
        self._starts: list[int] | None = None
        # Each entry's lines as drawn, with the width and look they were drawn in.
        self._rows: LRUCache[int, tuple[tuple[int, str], list[Strip]]] = LRUCache(256)
        self._styles: Looks | None = None

    # What each kind lists

    @property
    def count(self) -> int:
        """The entries listed."""
        raise NotImplementedError

    def prompt(self, index: int) -> Content:
        """The text of entry `index` (a line each, separated by newlines), styled by part;
        with no entry, of the row saying why."""
        raise NotImplementedError

    def heights(self) -> list[int] | None:
        """The lines of each entry (of the one row, with none), if not one each."""
        return None

    def part_style(self, part: str) -> VisualStyle:
        """The style of a part of a row, by the name `prompt` uses."""
        raise KeyError(part)

    def _select(self) -> None:
        """Show what the highlighted entry is about."""
        raise NotImplementedError

    @property
    def row_count(self) -> int:
        """Rows in the list: one per entry, or one saying why there are none."""
        return self.count or 1

    def _refit(self) -> None:
        """The entries changed: measure their lines again and draw them anew."""
        heights = self.heights()
        self._starts = None if heights is None else list(accumulate(heights, initial=0))
        self._rows.clear()
        self._resize_virtual()
        self.refresh()

    def _lines(self, index: int) -> tuple[int, int]:
        """The first line of entry `index`, and how many it has."""
        if self._starts is None:
            return index, 1
        return self._starts[index], self._starts[index + 1] - self._starts[index]

    def _entry_at(self, line: int) -> tuple[int, int] | None:
        """The row drawn on `line` of the list, and which of its lines that is."""
        if self._starts is None:
            return (line, 0) if 0 <= line < self.row_count else None
        if not 0 <= line < self._starts[-1]:
            return None
        index = bisect_right(self._starts, line) - 1
        return index, line - self._starts[index]

    def refresh_entry(self, index: int) -> None:
        """Draw entry `index` again: what it shows has changed."""
        self._rows.discard(index)
        self.refresh_lines(*self._lines(index))

    # The highlight

    @property
    def highlighted(self) -> int | None:
        return self._highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if index is not None:
            index = max(0, min(index, self.count - 1)) if self.count else None
        if index == self._highlighted:
            return
        if self._highlighted is not None:
            self.refresh_entry(self._highlighted)
        self._highlighted = index
        if index is not None:
            self.refresh_entry(index)
            self._highlight_changed()

    def _highlight_changed(self) -> None:
        self.scroll_to_highlight()
        # Highlights set programmatically (filling, relayout) must not steal the article.
        # Given the focus counts as having it: in "1j" typed at once, j moves the highlight
        # before the panel's Focus event arrives.
        if self.has_focus or (self.is_mounted and self.screen.focused is self):
            self._select()
            self._selected_before_focus = not self.has_focus

    def scroll_to_highlight(self) -> None:
        if self._highlighted is not None and self.is_mounted:
            line, height = self._lines(self._highlighted)
            self.scroll_to_region(Region(0, line, 1, height), animate=False, force=True, immediate=True)

    def highlight_default(self) -> None:
        """Highlight the first entry if none is, as focusing the panel does."""
        if self.count and self._highlighted is None:
            self._highlighted = 0
            self.scroll_to_highlight()

    # Keys and mouse

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_page_up(self) -> None:
        self._step(-max(1, self.scrollable_content_region.height))

    def action_page_down(self) -> None:
        self._step(max(1, self.scrollable_content_region.height))

    def action_first(self) -> None:
        self.highlighted = 0

    def action_last(self) -> None:
        self.highlighted = self.count - 1

    def _step(self, step: int) -> None:
        if self._highlighted is None:
            self.highlighted = 0 if step > 0 else self.count - 1
        elif self.wraps:
            self.highlighted = (self._highlighted + step) % self.count
        else:
            self.highlighted = self._highlighted + step

    def _row_at(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        if offset is None or not self.count:
            return None
        found = self._entry_at(offset.y + int(self.scroll_y))
        return found[0] if found else None

    def on_click(self, event: events.Click) -> None:
        if (index := self._row_at(event)) is not None:
            self.highlighted = index

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self._row_at(event))

    def on_leave(self, _: events.Leave) -> None:
        self._set_hover(None)

    def _set_hover(self, index: int | None) -> None:
        if index != self._hover:
            previous, self._hover = self._hover, index
            for row in (previous, index):
                if row is not None:
                    self.refresh_entry(row)

    def on_focus(self) -> None:
        # Runs before Widget's own focus handler sets has_focus: select here, not through
        # the highlight's setter. Not again what a key selected before this event came
        # ("1jn"): its message would arrive after n and undo it.
        self._restyle()
        if self.count:
            self.highlight_default()
            # Nor when the focus has gone on to another widget since ("21n" at once): the
            # event is stale, and its selection would replace the one now focused.
            if not self._selected_before_focus and self.screen.focused is self:
                self._select()
        self._selected_before_focus = False

    def select_as_focused(self) -> None:
        """Select now what focusing the panel will: a key typed right after the one that
        focused it ("1n" at once, from the article) comes before the Focus event, and found
        nothing selected; the event then does not select it again."""
        if self.count and not self.has_focus and not self._selected_before_focus:
            self.highlight_default()
            self._select()
            self._selected_before_focus = True

    def on_blur(self) -> None:
        self._restyle()

    # Drawing

    def on_show(self) -> None:
        self.scroll_to_highlight()

    def on_resize(self) -> None:
        size = self._content_size()
        if size.height == self.virtual_size.height:
            # Only as wide as the view now is: the layout that resized it draws it again, and
            # its rows are kept by the width they were drawn at. Drawn again here as well,
            # each panel was drawn twice after its first layout (2-3 ms each).
            self.set_reactive(ScrollView.virtual_size, size)
        else:
            self._resize_virtual()

    def _content_size(self) -> Size:
        return Size(self.scrollable_content_region.width, self.row_count if self._starts is None else self._starts[-1])

    def _resize_virtual(self) -> None:
        size = self._content_size()
        if size != self.virtual_size:
            resize_virtual(self, size)  # four panels at a time at each partial result

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._restyle()

    def _restyle(self) -> None:
        """Forget the styles looked up and the rows drawn with them (theme, focus)."""
        self._styles = None
        self._rows.clear()
        self.refresh()

    def _looks(self) -> Looks:
        # Looked up once until the styles change, not once per row (a lookup costs as much
        # as building the row).
        if self._styles is None:
            self._styles = Looks(self._look_up)
        return self._styles

    def _look_up(self, name: str) -> VisualStyle:
        if (shared := self.SHARED_LOOKS.get(name)) is not None:
            # By name: the panel area's module imports this one.
            area = self.query_ancestor("PanelArea", Widget)
            return self.get_visual_style() + area.get_visual_style(shared, partial=True)
        classes = self.LOOKS.get(name)
        return self.part_style(name) if classes is None else self.get_visual_style(*classes)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        styles = self._looks()
        found = self._entry_at(int(self.scroll_y) + y)
        if found is None:
            return Strip.blank(width, styles["row"].rich_style)
        index, line = found
        if not self.count:
            look = "empty"
        else:
            look = "cursor" if index == self._highlighted else "hover" if index == self._hover else "row"
        cached = self._rows.get(index)
        if cached is None or cached[0] != (width, look):
            base = styles[look]
            strips = []
            for text in self.prompt(index).split("\n"):
                # Padded as it is truncated: a second Strip to extend it cost 7 us a row.
                text = text.truncate(width, ellipsis=True, pad=True)
                strips.append(Strip(text.render_segments(base), width))
            cached = ((width, look), strips)
            self._rows[index] = cached
        return cached[1][line]
