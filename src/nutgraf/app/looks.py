"""A widget's styles by name, each looked up as it is first drawn."""
from __future__ import annotations

from collections.abc import Callable

from textual.style import Style as VisualStyle


class Looks(dict[str, VisualStyle]):
    """A widget's styles by name (the panels' rows, the status line's parts), each looked up
    as it is first drawn and kept until the styles change: a lookup walks the widget's
    ancestors' styles, and costs as much as drawing the row. A panel's first frame draws
    few of them (rows, no hover, a cursor only where one is): looked up all at once, they
    were twenty lookups before the panels' first frame."""

    def __init__(self, look_up: Callable[[str], VisualStyle]) -> None:
        super().__init__()
        self._look_up = look_up

    def __missing__(self, name: str) -> VisualStyle:
        style = self[name] = self._look_up(name)
        return style
