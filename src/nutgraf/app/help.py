"""The help screen: every key binding, read from the widgets that own them."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

Row = tuple[str, str]


def binding_rows(app: App[Any], node: DOMNode | type[DOMNode]) -> list[Row]:
    """(keys, description) for the bindings of a widget or widget class, keys that share
    an action joined ("j / down"). A tooltip is the longer description, for the help."""
    bindings = node._bindings if isinstance(node, DOMNode) else node._merge_bindings()
    grouped: dict[tuple[str, str], list[str]] = {}
    for key_bindings in bindings.key_to_bindings.values():
        for binding in key_bindings:
            if binding.system or not binding.description:
                continue
            text = binding.tooltip or binding.description
            grouped.setdefault((binding.action, text), []).append(app.get_key_display(binding))
    return [(" / ".join(keys), description) for (_, description), keys in grouped.items()]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,q", "close", "Close help")]

    def __init__(self, sections: Sequence[tuple[str, Iterable[Row]]]) -> None:
        super().__init__()
        self.sections = [(title, list(rows)) for title, rows in sections]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "escape closes"
            # A grid, so that a long description wraps in its own column.
            for title, rows in self.sections:
                yield Static(Content(title), classes="help-section")
                for keys, description in rows:
                    yield Static(Content(keys), classes="help-keys")
                    yield Static(Content(description), classes="help-row")

    def action_close(self) -> None:
        self.dismiss()
