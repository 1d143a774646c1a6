"""Small dialogs: the note editor, a yes/no confirmation, the publication date, and the
line of text or the choice a correction asks for.

The reader imports this when a dialog is first opened: the text area costs about 15 ms of
imports that the first paint need not wait for."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.validation import ValidationResult, Validator
from textual.widgets import Button, Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from ..textclean import matches
from .notes_panel import clip

# Choices from which a choice dialog has a filter: fewer fit on screen at 80x24.
FILTER_FROM = 10

# save(body, finished) starts saving a note's body; finished(None) is called once it is on
# disk, else finished(the reason it is not).
SaveNote = Callable[[str, Callable[["str | None"], None]], None]


class NoteEditor(ModalScreen[None]):
    """Edits a note. It closes only once the note is saved: while it is being saved the text
    cannot be changed, and if saving fails it stays here with the reason, so nothing typed
    is lost."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save the note"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, claim: str, body: str, save: SaveNote) -> None:
        super().__init__()
        self.claim = claim
        self.body = body
        self.save = save
        self.saving = False

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog") as dialog:
            dialog.border_title = "Edit note" if self.body else "New note"
            dialog.border_subtitle = "ctrl+s saves · escape cancels"
            yield Static(Content(f"“{clip(self.claim, 200)}”"), id="note-claim")
            yield TextArea(self.body, id="note-body", soft_wrap=True, show_line_numbers=False)
            yield Static(id="note-error")

    def on_mount(self) -> None:
        editor = self.query_one(TextArea)
        editor.focus()
        editor.move_cursor(editor.document.end)

    def action_save(self) -> None:
        editor = self.query_one(TextArea)
        if self.saving:
            return
        if not editor.text.strip():
            self._saved("the note is empty: write something, or press escape to cancel")
            return
        self.saving = editor.read_only = True
        self.query_one("#note-error", Static).update(Content("Saving…"))
        self.save(editor.text, self._saved)

    def _saved(self, error: str | None) -> None:
        self.saving = self.query_one(TextArea).read_only = False
        if error:
            self.query_one("#note-error", Static).update(Content(f"Not saved: {error}"))
            return
        self.dismiss()

    def action_cancel(self) -> None:
        if not self.saving:  # the save under way would be lost from sight if it failed
            self.dismiss()


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, yes: str) -> None:
        super().__init__()
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Static(Content(self.question), id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button(Content(f"{self.yes} (y)"), variant="error", id="yes")
                yield Button(Content("Cancel (n)"), id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class IsoDate(Validator):
    def validate(self, value: str) -> ValidationResult:
        value = value.strip()
        if not value:
            return self.success()
        if _ISO_DAY.fullmatch(value):
            try:
                dt.date.fromisoformat(value)
                return self.success()
            except ValueError:
                return self.failure(f"{value} is not a day of the calendar")
        return self.failure("write the date as YYYY-MM-DD, e.g. 2025-02-07")


class DateScreen(ModalScreen[str | None]):
    """Asks for the publication date. Returns the date, "" to go back to the date the
    article states, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, current: str | None) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="date-dialog") as dialog:
            dialog.border_title = "Publication date"
            dialog.border_subtitle = "enter sets · escape cancels"
            yield Static(Content("Relative dates (“on Thursday”, “last year”) are resolved from it. "
                                 "Leave it empty to use the date the article states."), id="date-help")
            yield Input(self.current or "", placeholder="YYYY-MM-DD", validators=[IsoDate()],
                        validate_on=["submitted"], id="date-input")
            yield Static(id="date-error")

    def on_input_changed(self) -> None:
        self.query_one("#date-error", Static).update("")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        result = event.validation_result
        if result is not None and not result.is_valid:
            self.query_one("#date-error", Static).update(Content(result.failure_descriptions[0]))
            return
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class OpenScreen(ModalScreen[str | None]):
    """Asks for an article to open: a file's path or a web address."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="open-dialog") as dialog:
            dialog.border_title = "Open an article"
            dialog.border_subtitle = "enter opens · escape cancels"
            yield Input(placeholder="a file's path, or a web address (https://…)", id="open-input")
            yield Static(id="open-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.query_one("#open-error", Static).update(Content("type a path or a web address, or press escape"))
            return
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class ForgetScreen(ModalScreen[str | None]):
    """Asks whether to take an article out of the library: "entry" (its notes kept),
    "all" (its notes too; offered only when it has some), or None."""

    BINDINGS = [
        Binding("y", "answer('entry')", "Forget"),
        Binding("d", "answer('all')", "Forget with the notes", show=False),
        Binding("n,escape", "answer(None)", "Cancel"),
    ]

    def __init__(self, title: str, notes: int) -> None:
        super().__init__()
        self.title_text = title
        self.notes = notes

    def compose(self) -> ComposeResult:
        kept = f" Its bookmarks and notes ({self.notes}) are kept." if self.notes else ""
        with Vertical(id="confirm-dialog"):
            yield Static(Content(f"Forget “{clip(self.title_text, 80)}”?{kept}"), id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button(Content("Forget (y)"), variant="warning", id="entry")
                if self.notes:
                    yield Button(Content("…and its notes (d)"), variant="error", id="all")
                yield Button(Content("Cancel (n)"), id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None if event.button.id == "no" else event.button.id)

    def action_answer(self, answer: str | None) -> None:
        if answer == "all" and not self.notes:
            return
        self.dismiss(answer)


class TextScreen(ModalScreen[str | None]):
    """Asks for one line of text (an actor's new name): the text, or None when cancelled
    or left empty."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, question: str, value: str) -> None:
        super().__init__()
        self.title_text = title
        self.question = question
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(id="text-dialog") as dialog:
            dialog.border_title = self.title_text
            dialog.border_subtitle = "enter saves · escape cancels"
            yield Static(Content(self.question), id="text-question")
            yield Input(self.value, id="text-input")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoiceScreen(ModalScreen[int | None]):
    """Asks to choose one of a list (an actor to merge, a speaker, a kind): its index, or
    None when cancelled. The choices are shown as text, never read as markup. A long list
    (the speakers of an article with 40 actors) has a filter at the top: typing keeps the
    choices that hold the words, ↑/↓ move in them and enter chooses."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", "Next choice", show=False),
        Binding("up", "move(-1)", "Previous choice", show=False),
    ]

    HINT = "enter chooses · escape cancels"

    def __init__(self, title: str, question: str, choices: Sequence[str], current: int | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.question = question
        self.choices = list(choices)
        self.current = current
        self.shown: list[int] = []  # the indices of the choices the filter keeps

    def compose(self) -> ComposeResult:
        with Vertical(id="choice-dialog") as dialog:
            dialog.border_title = self.title_text
            dialog.border_subtitle = self.HINT
            yield Static(Content(self.question), id="choice-question")
            if len(self.choices) >= FILTER_FROM:
                yield Input(placeholder="type to filter", id="choice-filter")
            yield OptionList(id="choice-list")

    def on_mount(self) -> None:
        self._show("")
        options = self.query_one(OptionList)
        options.highlighted = self.current if self.current is not None else 0
        (self.query_one(Input) if self.query(Input) else options).focus()

    def _show(self, query: str) -> None:
        self.shown = [i for i, choice in enumerate(self.choices) if matches(query, (choice,))]
        options = self.query_one(OptionList)
        options.set_options(Option(Content(clip(self.choices[i], 66))) for i in self.shown)
        options.highlighted = 0 if self.shown else None
        count = f"{len(self.shown)} of {len(self.choices)} · " if query.strip() else ""
        self.query_one("#choice-dialog").border_subtitle = count + self.HINT

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._show(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if (index := self.query_one(OptionList).highlighted) is not None:
            self.dismiss(self.shown[index])

    def action_move(self, step: int) -> None:
        # From the filter: the list keeps its own keys when it has the focus.
        options = self.query_one(OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.shown[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)
