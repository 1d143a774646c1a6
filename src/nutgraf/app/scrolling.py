"""A scrolling view's content resized without laying the whole screen out again."""
from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView


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
