"""The base of nutgraf's two apps (the reader and the library)."""
from __future__ import annotations

from typing import Any

from textual.app import App

from ..textclean import for_terminal


class SafeApp(App[None]):
    def notify(self, message: str, *, title: str = "", **kwargs: Any) -> None:
        # Notices carry file names, titles, notes and errors: any escape sequence in them is
        # shown, never acted on.
        super().notify(for_terminal(message, multiline=True), title=for_terminal(title), **kwargs)
