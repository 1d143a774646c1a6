"""The status line above the panes and the find bar under the article."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from ..textclean import clean_line


class StatusLine(Horizontal):
    """The file, the publication date the timeline uses, where n/N is in the highlighted
    evidence, and the analysis state."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: dict[str, str] = {}  # each part's text

    def compose(self) -> ComposeResult:
        # Where n/N is in the evidence is mounted when first shown (show_evidence): the first
        # paint need not style it.
        yield Static(id="status-file")
        yield Static(id="status-date")
        yield Static(id="status-state")

    def _set(self, part: str, text: str) -> None:
        # A layout is of the whole screen (4-9 ms of the UI thread on a long article, keys
        # waiting): the date's width is a share of the line whatever it says, and the other
        # parts, as wide as their text, need one only when that width changes.
        shown = self._shown.get(part)
        if shown != text:
            self._shown[part] = text
            content = Content(clean_line(text))
            width = content.cell_length
            resized = part != "date" and (shown is None or Content(clean_line(shown)).cell_length != width)
            self.query_one(f"#status-{part}", Static).update(content, layout=resized)

    def show_file(self, text: str) -> None:
        self._set("file", text)

    def show_date(self, reference_date: str | None, source: str | None, pending: bool = False) -> None:
        if pending and not reference_date:
            self._set("date", "publication date: looking for it in the article…")
        elif not reference_date:
            self._set("date", "date unknown: press d to set the publication date")
        elif source == "article":
            self._set("date", f"published {reference_date} (stated in the article)")
        else:
            self._set("date", f"published {reference_date}")

    def show_evidence(self, text: str) -> None:
        """Where n/N is in the highlighted evidence ("mention 3 of 17"); "" hides it."""
        if not text and "evidence" not in self._shown:
            return
        if "evidence" not in self._shown:
            self.mount(Static(id="status-evidence"), before="#status-state")
        self._set("evidence", text)
        self.query_one("#status-evidence").display = bool(text)

    def _show_bar(self, done: int, total: int | None) -> None:
        # Mounted when first needed: an article whose analysis is cached never shows one,
        # and the first paint need not wait for it.
        from textual.widgets import ProgressBar

        if found := self.query(ProgressBar):
            bar = found.first()
            bar.display = True
        else:
            bar = ProgressBar(id="status-progress", show_eta=False)
            self.mount(bar, before="#status-state")
        bar.update(total=total, progress=done)

    def show_progress(self, done: int, total: int | None) -> None:
        self._show_bar(done, total)
        self._set("state", "loading the language model…" if total is None else "analysing…")

    def show_download(self, done: int, total: int | None) -> None:
        self._show_bar(done, total)
        self._set("state", f"downloading… {done / 1024:,.0f} kB")

    def show_state(self, text: str, error: bool = False) -> None:
        self.query("#status-progress").set(display=False)
        self._set("state", text)
        self.set_class(error, "-error")


class FindBar(Horizontal):
    """Find in the article: matches are highlighted as you type, Enter goes to the next."""

    BINDINGS = [
        Binding("escape", "close", "Close find"),
        Binding("down", "step(1)", "Next match", show=False),
        Binding("up", "step(-1)", "Previous match", show=False),
    ]

    class Changed(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Step(Message):
        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    class Closed(Message):
        pass

    def compose(self) -> ComposeResult:
        yield Input(placeholder="find in the article", id="find-input")
        yield Static(id="find-count")

    def open(self) -> None:
        self.add_class("-open")
        field = self.query_one(Input)
        # Focused at once (Widget.focus waits its turn in the message queue): keys typed
        # right after "/" are the query, not the reader's keys ("a" opened a note).
        self.screen.set_focus(field)
        field.select_all()

    def show_count(self, index: int | None, total: int) -> None:
        if not self.query_one(Input).value:
            text = ""
        elif total == 0:
            text = "no match"
        else:
            text = f"{(index or 0) + 1}/{total}"
        self.query_one("#find-count", Static).update(Content(text))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Step(1))

    def action_step(self, step: int) -> None:
        self.post_message(self.Step(step))

    def action_close(self) -> None:
        self.remove_class("-open")
        self.post_message(self.Closed())
