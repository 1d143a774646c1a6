"""The status line above the panes and the find bar under the article."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Static

from ..textclean import clean_line
from .looks import Looks


class StatusLine(Horizontal):
    """The file, the publication date the timeline uses, where n/N is in the highlighted
    evidence, and the analysis state, on one line (StatusText); a progress bar after them
    while an analysis or a download runs."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = StatusText()

    def compose(self) -> ComposeResult:
        yield self._text

    def shown(self, part: str) -> str:
        """What a part ("file", "date", "evidence", "state") shows, "" when nothing."""
        return self._text.shown(part)

    def show_file(self, text: str) -> None:
        self._text.show("file", text)

    def show_date(self, reference_date: str | None, source: str | None, pending: bool = False) -> None:
        if pending and not reference_date:
            text = "publication date: looking for it in the article…"
        elif not reference_date:
            text = "date unknown: press d to set the publication date"
        elif source == "article":
            text = f"published {reference_date} (stated in the article)"
        else:
            text = f"published {reference_date}"
        self._text.show("date", text)

    def show_evidence(self, text: str) -> None:
        """Where n/N is in the highlighted evidence ("mention 3 of 17"); "" hides it."""
        self._text.show("evidence", text)

    def _show_bar(self, done: int, total: int | None) -> None:
        # Mounted when first needed: an article whose analysis is cached never shows one,
        # and the first paint need not wait for it.
        from textual.widgets import ProgressBar

        if found := self.query(ProgressBar):
            bar = found.first()
            bar.display = True
        else:
            bar = ProgressBar(id="status-progress", show_eta=False)
            self.mount(bar)
        bar.update(total=total, progress=done)

    def show_progress(self, done: int, total: int | None) -> None:
        self._show_bar(done, total)
        self._text.show("state", "loading the language model…" if total is None else "analysing…")

    def show_download(self, done: int, total: int | None) -> None:
        self._show_bar(done, total)
        self._text.show("state", f"downloading… {done / 1024:,.0f} kB")

    def show_state(self, text: str, error: bool = False) -> None:
        self.query("#status-progress").set(display=False)
        self._text.show_state(text, error)


class StatusText(Widget):
    """The status line's parts, drawn as one line by one widget. As a widget each, they were
    styled and laid out on the way to the first paint (0.8 ms more than this), and a part
    whose width changed laid out the whole screen again (4-9 ms on a long article, keys
    waiting); a part changed now only redraws this line. Laid out here as they were in CSS:
    the file as wide as its name up to half the line, the date in the rest, the evidence and
    the state at the right as wide as they say, or an error (class -error) sharing the rest
    with the date."""

    COMPONENT_CLASSES = {f"status-text--{part}" for part in ("file", "date", "evidence", "state")}

    def __init__(self) -> None:
        super().__init__()
        self._parts: dict[str, Content] = {}
        self._styles = Looks(lambda part: self.get_visual_style(f"status-text--{part}", partial=True))

    def shown(self, part: str) -> str:
        return self._parts[part].plain if part in self._parts else ""

    def show(self, part: str, text: str) -> None:
        content = Content(clean_line(text))
        if self._parts.get(part) != content:
            self._parts[part] = content
            self.refresh()

    def show_state(self, text: str, error: bool) -> None:
        if error != self.has_class("-error"):
            self.set_class(error, "-error")  # its style (reader.tcss), and its share of the line
            self.refresh()
        self.show("state", text)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()  # looked up again as the line is next drawn

    def render(self) -> Content:
        width = self.size.width
        file, date, evidence, state = (self._parts.get(part, Content())
                                       for part in ("file", "date", "evidence", "state"))
        # A space before each of the parts at the right, two after the file.
        right = [(name, part) for name, part in (("evidence", evidence), ("state", state)) if part]
        error = self.has_class("-error")
        right_width = 0 if error else sum(part.cell_length + 1 for _, part in right)
        file_width = min(file.cell_length, width // 2, max(0, width - right_width - 2))
        rest = max(0, width - file_width - 2 - right_width)
        widths = {"file": file_width, "date": rest}
        if error:
            # The error and the date share what the file and the evidence leave.
            rest = max(0, rest - (evidence.cell_length + 1 if evidence else 0) - 1)
            widths["date"], widths["state"] = rest - rest // 2, rest // 2
        pieces = [self._piece(file, "file", widths["file"]), Content("  "), self._piece(date, "date", widths["date"])]
        for name, part in right:
            pieces += [Content(" "), self._piece(part, name, widths.get(name, part.cell_length))]
        return Content("").join(pieces).truncate(width, pad=True)

    def _piece(self, part: Content, name: str, width: int) -> Content:
        return part.truncate(width, ellipsis=True, pad=True).stylize(self._styles[name])


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
