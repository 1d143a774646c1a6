"""A scrolling view's content resized: its scrollbar is there for the layout that follows."""
from __future__ import annotations

from textual.app import App, ComposeResult
from textual.geometry import Size
from textual.scroll_view import ScrollView

from nutgraf.app.scrolling import resize_virtual


class Listing(ScrollView):
    DEFAULT_CSS = "Listing { height: 10; overflow-x: hidden; overflow-y: auto; }"


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
