"""The library: `nutgraf` with no argument. Every article read, most recent first; enter
opens one, `/` filters by title, site or actor, `x` forgets one, `o` opens a path or web
address. With nothing read yet, it offers the sample article.

The list is read from the store on a worker thread after the first paint: the notes file
can be large, and the screen is drawn before it is parsed."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.events import Resize
from textual.widgets import DataTable, Input, Static

from ..shipped import data_dir
from ..store.files import StoreError
from ..textclean import clean_line, clip, for_terminal
from .bars import KeyFooter, StatusLine
from .opening import Opened, Opener

if TYPE_CHECKING:
    from ..store.library import Entry, Library

# (heading, key, width); the title takes what is left, the site and the last read show on
# wide terminals only.
COLUMNS = (("Title", "title", 0), ("Site", "site", 22), ("Date", "date", 16), ("Read", "read", 4),
           ("Notes", "notes", 7), ("Last read", "last", 16))
NARROW = ("site", "last")
WIDE = 120

EMPTY = ("Nothing read yet. Press enter to open the sample article, or o to open a file or a web "
         "address. Later, `nutgraf` with no argument lists here every article you read.")


def styles() -> list[Any]:
    folder = data_dir("styles")
    return [folder / "reader.tcss", folder / "library.tcss"]


def columns(width: int) -> list[tuple[str, str, int]]:
    """The columns for a terminal this wide, the title's width worked out."""
    shown = [c for c in COLUMNS if width >= WIDE or c[1] not in NARROW]
    # DataTable pads each cell by one on either side; the border and scrollbar take 4.
    rest = sum(w + 2 for _, key, w in shown if key != "title") + 6
    return [(label, key, w or max(20, width - rest)) for label, key, w in shown]


def cells(entry: Entry, shown: list[tuple[str, str, int]]) -> list[Text]:
    """A row: every cell plain Text (a title is the article's, never markup)."""
    percent = entry.read_percent
    counts = " ".join(x for x in (f"★{entry.bookmarks}" if entry.bookmarks else "",
                                  f"✎{entry.notes}" if entry.notes else "") if x)
    every = {
        "title": Text(clean_line(entry.label)),
        "site": Text(clean_line(entry.site or ""), style="italic"),
        # A date the reader set is the one the timeline uses: shown before the stated one.
        "date": Text(f"{entry.date} (set)" if entry.date else entry.published or ""),
        "read": Text(f"{percent}%" if percent is not None else "", justify="right"),
        "notes": Text(counts),
        "last": Text(entry.last_read[:16].replace("T", " ")),
    }
    out = []
    for _, key, width in shown:
        cell = every[key]
        cell.truncate(width, overflow="ellipsis")
        out.append(cell)
    return out


class LibraryTable(DataTable[Text]):
    BINDINGS = [Binding("enter", "select_cursor", "Open")]


class LibraryApp(Opener, App[None]):
    TITLE = "nutgraf library"
    CSS_PATH = styles()

    BINDINGS = [
        Binding("enter", "open_selected", "Open"),
        Binding("slash", "filter", "Filter"),
        Binding("x", "forget", "Forget"),
        Binding("o", "open", "Open a path or URL"),
        Binding("escape", "clear_filter", "Clear the filter", show=False),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.library: Library | None = None
        self.entries: list[Entry] = []
        self.shown: list[Entry] = []
        self.columns: list[tuple[str, str, int]] = []

    def compose(self) -> ComposeResult:
        yield StatusLine(id="status")
        yield Static(id="library-empty")
        yield LibraryTable(id="library-table", cursor_type="row", zebra_stripes=True)
        yield Input(placeholder="filter by title, site or actor", id="library-filter")
        yield KeyFooter(show_command_palette=False)

    def notify(self, message: str, *, title: str = "", **kwargs: Any) -> None:
        # File names and errors in a notice are shown, never acted on.
        super().notify(for_terminal(message, multiline=True), title=for_terminal(title), **kwargs)

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one(DataTable)

    def on_mount(self) -> None:
        self.query_one(StatusLine).show_file("Library")
        self.query_one(StatusLine).show_state("reading…")
        self.table.focus()
        self.load_entries()

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def load_entries(self) -> None:
        from ..store.library import Library
        from ..store.notes import NotesStore

        try:
            library = Library(NotesStore())
            entries = library.entries()
        except StoreError as exc:
            self.call_from_thread(self._unavailable, str(exc))
            return
        self.call_from_thread(self._loaded, library, entries)

    def _unavailable(self, reason: str) -> None:
        self.query_one(StatusLine).show_state("library unavailable", error=True)
        self.notify(f"The library is unavailable: {reason}", title="Library", severity="error", markup=False,
                    timeout=30)

    def _loaded(self, library: Library, entries: list[Entry]) -> None:
        self.library, self.entries = library, entries
        if library.store.recovered:
            self.notify(library.store.recovered, title="Library", severity="warning", markup=False, timeout=20)
        self._show()

    def on_resize(self, event: Resize) -> None:
        if self.library is not None and columns(event.size.width) != self.columns:
            self._show(event.size.width)

    def _show(self, width: int | None = None) -> None:
        query = self.query_one(Input).value
        self.shown = [e for e in self.entries if e.matches(query)]
        table = self.table
        wanted = columns(width or self.size.width)
        if wanted != self.columns:
            self.columns = wanted
            table.clear(columns=True)
            for label, key, width in wanted:
                table.add_column(label, key=key, width=width)
        else:
            table.clear()
        table.add_rows([cells(entry, wanted) for entry in self.shown])
        empty = not self.entries
        self.set_class(empty, "-empty")
        self.query_one("#library-empty", Static).update(Content(EMPTY if empty else ""))
        n = len(self.entries)
        count = f"{n} article{'s' * (n != 1)}"
        if query:
            count = f"{len(self.shown)} of {count} match “{clip(query, 30)}”"
        self.query_one(StatusLine).show_state(count)

    @property
    def selected(self) -> Entry | None:
        row = self.table.cursor_row
        return self.shown[row] if self.shown and 0 <= row < len(self.shown) else None

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_selected()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.table.focus()  # enter in the filter: on to the list it left

    def action_open_selected(self) -> None:
        if self.library is None:
            return
        entry = self.selected
        if entry is None:
            if not self.entries:
                from .reader import load_sample

                self.open_in_background(lambda _: Opened(load_sample(), sample=True))
            return
        library = self.library
        self.open_in_background(lambda _: Opened(library.open(entry)))

    def action_filter(self) -> None:
        field = self.query_one(Input)
        self.add_class("-filtering")
        field.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "library-filter":
            self._show()

    def action_clear_filter(self) -> None:
        self.query_one(Input).value = ""
        self.remove_class("-filtering")
        self.table.focus()

    def action_forget(self) -> None:
        entry, library = self.selected, self.library
        if entry is None or library is None:
            self.notify("Nothing to forget: no article is selected", markup=False, timeout=4)
            return
        from .modals import ForgetScreen

        def answered(answer: str | None) -> None:
            if answer:
                self.forget(library, entry, answer == "all")

        self.push_screen(ForgetScreen(entry.label, entry.notes + entry.bookmarks), answered)

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def forget(self, library: Library, entry: Entry, with_notes: bool) -> None:
        try:
            library.forget(entry, with_notes)
            entries = library.entries()
        except StoreError as exc:
            self.call_from_thread(self.notify, f"Not forgotten: {exc}", title="Library", severity="error",
                                  markup=False, timeout=10)
            return
        self.call_from_thread(self._forgotten, entry, entries, with_notes)

    def _forgotten(self, entry: Entry, entries: list[Entry], with_notes: bool) -> None:
        row = self.table.cursor_row
        self.entries = entries
        self._show()
        self.table.move_cursor(row=min(row, max(0, len(self.shown) - 1)))
        kept = "" if with_notes or not entry.notes + entry.bookmarks else "; its notes are kept"
        self.notify(f"Forgotten: {clip(entry.label, 60)}{kept}", markup=False, timeout=5)

