"""A scrolling view's content resized: its scrollbar is there for the layout that follows."""
from __future__ import annotations

from textual.app import App, ComposeResult
from textual.geometry import Size
from textual.scroll_view import ScrollView

from nutgraf.app.scrolling import QuietScrollView, resize_virtual


class Listing(ScrollView):
    DEFAULT_CSS = "Listing { height: 10; overflow-x: hidden; overflow-y: auto; }"


class QuietListing(QuietScrollView):
    DEFAULT_CSS = "QuietListing { height: 10; overflow-x: hidden; overflow-y: auto; }"


class Lists(App[None]):
    def compose(self) -> ComposeResult:
        yield Listing()


async def test_content_past_the_view_or_within_it_shows_or_hides_its_scrollbar_before_the_layout():
    # Found by the layout the new size asked for, the scrollbar asked for one more, which
    # drew the screen again (the reader's panels filled with a long analysis: 40-50 ms).
    app = Lists()
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        view = app.query_one(Listing)
        shown = []
        for height in (100, 5, 100):
            resize_virtual(view, Size(30, height))
            shown.append(view.show_vertical_scrollbar)
            await pilot.pause()
            assert view.show_vertical_scrollbar == shown[-1]  # as Textual's layout found it
        assert shown == [True, False, True]


async def test_content_sized_before_the_view_is_mounted_asks_for_no_layout():
    # Its mount lays it out at that size: the layout it asked for as well could come after
    # that one, and lay the screen out and draw it once more (the Notes panel, measured as it
    # is built, as a long article's panels came).
    app = Lists()
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        view = Listing()
        asked = []
        refresh = view.refresh

        def spy(*regions, layout=False, **kwargs):
            asked.append(layout)
            return refresh(*regions, layout=layout, **kwargs)

        view.refresh = spy
        resize_virtual(view, Size(30, 100))
        assert True not in asked
        await app.mount(view)
        await pilot.pause()
        assert view.virtual_size == Size(30, 100) and view.show_vertical_scrollbar


def count_layouts(app) -> list[object]:
    layouts: list[object] = []
    refresh_layout = app.screen._refresh_layout

    def counted(*args, **kwargs):
        layouts.append(args)
        return refresh_layout(*args, **kwargs)

    app.screen._refresh_layout = counted
    return layouts


async def test_a_view_mounted_with_content_past_it_is_laid_out_once_more_for_its_scrollbar_only():
    # The layout that found the scrollbar needed laid it out; the scrollbar, sized by that
    # one, asked for a third: each a layout and a redraw of the screen (the panels filled
    # from the cache as they were mounted).
    app = Lists()
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        layouts = count_layouts(app)
        view = QuietListing()
        resize_virtual(view, Size(30, 100))
        await app.mount(view)
        for _ in range(3):
            await pilot.pause()
        assert len(layouts) == 2 and view.show_vertical_scrollbar
        assert view.vertical_scrollbar.region.height == 10
        view.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y == 90


async def test_a_layout_that_leaves_a_view_as_it_was_leaves_its_scrollbar_undrawn():
    # Textual compares the content's size with the view's (unequal whenever there is
    # something to scroll) and redrew the scrollbar at every layout of the screen.
    app = Lists()
    async with app.run_test(size=(40, 20)) as pilot:
        view = QuietListing()
        await app.mount(view)
        resize_virtual(view, Size(30, 100))
        await pilot.pause()
        bar = view.vertical_scrollbar
        drawn = []
        render_line = bar.render_line
        bar.render_line = lambda y: drawn.append(y) or render_line(y)
        app.screen.refresh(layout=True)
        await pilot.pause()
        assert drawn == []
        resize_virtual(view, Size(30, 200))  # what the scrollbar shows changes: drawn again
        await pilot.pause()
        assert drawn
