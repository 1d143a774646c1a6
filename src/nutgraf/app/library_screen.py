"""The library: `nutgraf` with no argument. Every article read, most recent first; enter
opens one, `/` filters by title, site or actor, `x` forgets one, `o` opens a path or web
address. With nothing read yet, it offers the sample article.

The list is read from the store on a worker thread after the first paint: the notes file
can be large, and the screen is drawn before it is parsed."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.events import Resize
from textual.widgets import Input, Static

from ..shipped import data_dir
from ..store.files import StoreError
from ..textclean import clip
from .bars import StatusLine
from .footer import KeyFooter
from .library_list import Column, LibraryList, columns, heading
from .opening import Opened, Opener
from .safe_app import SafeApp

if TYPE_CHECKING:
    from ..store.library import Entry, Library

EMPTY = ("Nothing read yet. Press enter to open the sample article, or o to open a file or a web "
         "address. Later, `nutgraf` with no argument lists here every article you read.")


def styles() -> list[Any]:
    folder = data_dir("styles")
    return [folder / "reader.tcss", folder / "panels.tcss", folder / "dialogs.tcss", folder / "library.tcss"]


class LibraryApp(Opener, SafeApp):
    TITLE = "nutgraf library"
    CSS_PATH = styles()

    BINDINGS = [
        Binding("enter", "open_selected", "Open"),
        Binding("slash", "filter", "Filter"),
        Binding("x", "forget", "Forget"),
        Binding("o", "open", "Open a path or URL"),
        Binding("escape", "clear_filter", "Clear the filter", show=False),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.library: Library | None = None
        self.entries: list[Entry] = []
        self.shown: list[Entry] = []
        self.columns: list[Column] = []

    def compose(self) -> ComposeResult:
        yield StatusLine(id="status")
        yield Static(id="library-empty")
        with Vertical(id="library-pane"):
            yield Static(id="library-heading")
            yield LibraryList(id="library-list")
        yield Input(placeholder="filter by title, site or actor", id="library-filter")
        yield KeyFooter()

    def action_help(self) -> None:
        from .help import HelpScreen, binding_rows

        self.push_screen(HelpScreen([("Library", binding_rows(self, self)),
                                     ("The list", binding_rows(self, LibraryList)),
                                     ("Help", binding_rows(self, HelpScreen))]))

    @property
    def articles(self) -> LibraryList:
        return self.query_one(LibraryList)

    def on_mount(self) -> None:
        self.query_one(StatusLine).show_file("Library")
        self.query_one(StatusLine).show_state("reading…")
        self.articles.focus()
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
        if self.library is not None:
            self._show(event.size.width)

    def _show(self, width: int | None = None) -> None:
        query = self.query_one(Input).value
        self.shown = [e for e in self.entries if e.matches(query)]
        # The list's border and padding take four columns of the terminal.
        self.columns = columns((width or self.size.width) - 4)
        self.query_one("#library-heading", Static).update(Content(heading(self.columns)))
        self.articles.show(self.shown, self.columns)
        empty = not self.entries
        self.set_class(empty, "-empty")
        self.query_one("#library-empty", Static).update(Content(EMPTY if empty else ""))
        self.restore_status()

    def restore_status(self) -> None:
        """How many articles, and how many the filter shows."""
        query = self.query_one(Input).value
        n = len(self.entries)
        count = f"{n} article{'s' * (n != 1)}"
        if query:
            count = f"{len(self.shown)} of {count} match “{clip(query, 30)}”"
        self.query_one(StatusLine).show_state(count)

    @property
    def selected(self) -> Entry | None:
        return self.articles.entry

    def on_library_list_open(self, event: LibraryList.Open) -> None:
        event.stop()
        self.action_open_selected()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.articles.focus()
        if self.selected is not None:  # enter in the filter opens the highlighted match, as in fzf
            self.action_open_selected()

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
        self.articles.focus()

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
        self.entries = entries
        self._show()  # the cursor stays on the row, now the next article
        kept = "" if with_notes or not entry.notes + entry.bookmarks else "; its notes are kept"
        self.notify(f"Forgotten: {clip(entry.label, 60)}{kept}", markup=False, timeout=5)

