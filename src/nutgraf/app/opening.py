"""Moving between articles: `o` (a path or a web address) in the reader and the library,
enter in the library, `l` back to it. Each article is read by its own reader app: the one
on screen exits with what to open next, and run() starts the next one."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual import work
from textual.message import Message

from ..documents import DocumentError, is_url, load
from ..store.files import StoreError
from .bars import StatusLine

if TYPE_CHECKING:
    from textual.app import App

    from ..documents import Document
    from ..fetch import Progress
    from ..store.library import Page


@dataclass
class Opened:
    document: Document
    page: Page | None = None  # the copy the library keeps (a web page, piped text)
    sample: bool = False


LIBRARY = "library"  # what a reader exits with to go back to the library
Next = Opened | str | None  # None: quit


def open_target(target: str, progress: Progress) -> Opened:
    """The article at a path or web address typed by the user; progress(bytes, of total)
    is told how a download goes. Raises OpenFailed."""
    try:
        if is_url(target):
            from ..fetch import FetchError, load_url

            try:
                document, raw = load_url(target, progress)
            except FetchError as exc:
                raise OpenFailed(str(exc)) from None
            return Opened(document, (raw, "html"))
        return Opened(load(os.path.expanduser(target)))
    except DocumentError as exc:
        raise OpenFailed(str(exc)) from None


class OpenFailed(Exception):
    """str() is the one line to show."""


class Downloaded(Message):
    def __init__(self, done: int, total: int | None) -> None:
        super().__init__()
        self.done = done
        self.total = total


class OpenDone(Message):
    def __init__(self, opened: Opened | None, error: str | None) -> None:
        super().__init__()
        self.opened = opened
        self.error = error


class Opener:
    """What the reader and the library share: `o` asks for a path or address, a worker
    reads or downloads it (the status line shows the download), and the app leaves for
    it; a failure is one notice, and the app stays as it was."""

    next: Next = None

    def action_open(self: Any) -> None:
        from .modals import OpenScreen

        self.push_screen(OpenScreen(), self._open_typed)

    def _open_typed(self: Any, target: str | None) -> None:
        if target:
            self.open_in_background(lambda progress: open_target(target, progress))

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def open_in_background(self: Any, reading: Any) -> None:
        """reading(progress) -> Opened, or raises OpenFailed, StoreError, DocumentError."""
        def progress(done: int, total: int | None) -> None:
            self.post_message(Downloaded(done, total))

        try:
            self.post_message(OpenDone(reading(progress), None))
        except (OpenFailed, StoreError, DocumentError) as exc:
            self.post_message(OpenDone(None, str(exc)))

    def on_downloaded(self: Any, message: Downloaded) -> None:
        self.query_one(StatusLine).show_download(message.done, message.total)

    def on_open_done(self: Any, message: OpenDone) -> None:
        if message.opened is None:
            self.restore_status()
            self.notify(f"Not opened: {message.error}", title="Open", severity="error", markup=False, timeout=10)
            return
        self.query_one(StatusLine).show_state("opening…")
        self.leave_for(message.opened)

    def restore_status(self) -> None:
        """The status line as it was before a download showed in it."""
        raise NotImplementedError

    def leave_for(self: Any, destination: Next) -> None:
        self.next = destination
        self.exit()


def run(first: Next, reference_date: str | None = None, model_name: str | None = None) -> int:
    """The library or a reader, then whatever the user opens from there, until one quits."""
    from ..analysis.pipeline import installed_model
    from .reader import NutgrafApp, spacy_analyzer

    destination = first
    app: App[Any] | None = None
    while destination is not None:
        if isinstance(destination, Opened):
            app = NutgrafApp(destination.document, page=destination.page, sample=destination.sample,
                             reference_date=reference_date, analyzer=spacy_analyzer(model_name),
                             model_key=installed_model(model_name))
            reference_date = None  # given for the first article only
        else:
            from .library_screen import LibraryApp  # not before an article's first paint

            app = LibraryApp()
        app.run()
        destination = app.next
    return (app.return_code or 0) if app else 0
