"""Scrolling views that lay the screen out no more often than their content asks: content
resized without a layout of the whole screen, and scrollbars that ask for none."""
from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar


class ViewScrollBar(ScrollBar):
    """A view's scrollbar, placed where its view says, never by a layout of its own contents.
    Textual's takes the size each layout gives it as a virtual size that asks for another
    layout: a scrollbar a layout showed laid the screen out and drew it once more (a long
    article's panels filled: 15 ms of the UI thread, keys waiting). `_size_updated` is
    private Textual API (pyproject keeps Textual below 9)."""

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        return super()._size_updated(size, virtual_size, container_size, layout=False)


class QuietScrollView(ScrollView):
    """A view that scrolls only vertically (overflow-x: hidden), with a ViewScrollBar, which a
    layout that leaves its size, and its content's height, as they were leaves alone:
    Textual's compares the content's size with the view's, unequal whenever there is
    something to scroll, and so redrew the scrollbar at every layout of the screen (the
    article's: 3 ms)."""

    _laid_out: tuple[Size, Size, int] | None = None

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        # As Textual makes it (Widget.vertical_scrollbar), of the class above.
        if self._vertical_scrollbar is None:
            self._vertical_scrollbar = ViewScrollBar(vertical=True, name="vertical",
                                                     thickness=self.scrollbar_size_vertical)
            self._vertical_scrollbar.display = False
            self.app._start_widget(self, self._vertical_scrollbar)
        return self._vertical_scrollbar

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        if (size, container_size, self.virtual_size.height) == self._laid_out:
            return False
        return super()._size_updated(size, virtual_size, container_size, layout)

    def _scroll_update(self, virtual_size: Size) -> None:
        # What the scrollbar was last fitted to (here, or by resize_virtual).
        super()._scroll_update(virtual_size)
        self._laid_out = (self._size, self._container_size, self.virtual_size.height)


def resize_virtual(view: ScrollView, size: Size) -> None:
    """Set `view`'s virtual size. Content that leaves its scrollbar shown (or hidden) as it was
    changes nothing outside a view whose height is not its content's, or whose content is as
    high as it was (only as wide as the view now is): the view and its scrollbar are
    redrawn, not the screen laid out again (Textual's default, 20-40 ms of the UI thread on
    a long article, keys waiting). `_scroll_update` is private Textual API (pyproject keeps
    Textual below 9)."""
    if not view.is_mounted:
        # Its mount lays it out, at this size: asked for a layout as well, it laid the screen
        # out and drew it once more after that one (the Notes panel, measured as it is built:
        # 15-20 ms of the UI thread as a long article's panels came, keys waiting).
        view.set_reactive(ScrollView.virtual_size, size)
        return
    height = view.container_size.height
    if height and (not view.styles.is_auto_height or size.height == view.virtual_size.height):
        overflows = size.height > height
        if view.show_vertical_scrollbar == overflows:
            view.set_reactive(ScrollView.virtual_size, size)
            view._scroll_update(size)
            view.refresh()
            return
        if view.styles.overflow_y == "auto":
            # Shown (or hidden) for the layout this size asks for: found by that layout, the
            # scrollbar asked for one more, which drew the screen again (the panels filled
            # with a long article's analysis: 40-50 ms of the UI thread, keys waiting).
            view.show_vertical_scrollbar = overflows
    view.virtual_size = size
