"""The command palette's reader commands: one for each key the reader binds app-wide (a
panel, find, set the date, export, undo, help...), named by the binding's tooltip or
description, so a key added to the app's BINDINGS is a command too."""
from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

if TYPE_CHECKING:
    from .reader import NutgrafApp


class ReaderCommands(Provider):
    def _commands(self) -> Iterator[tuple[str, str, str]]:
        """(name, help: the key, action) of each app-wide binding, once per action."""
        app = cast("NutgrafApp", self.app)
        if self.screen is not app.screen_stack[0]:  # over a dialog, the reader's keys do not apply
            return
        seen: set[str] = set()
        # The reader's own keys, not those Textual binds on every app (ctrl+q, ctrl+c).
        for binding in Binding.make_bindings(type(app).BINDINGS):
            if binding.description and binding.action not in seen:
                seen.add(binding.action)
                yield binding.tooltip or binding.description, f"key: {app.get_key_display(binding)}", binding.action

    async def discover(self) -> Hits:
        app = cast("NutgrafApp", self.app)
        for name, help_text, action in self._commands():
            yield DiscoveryHit(Content(name), partial(app.run_command, action), text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        app = cast("NutgrafApp", self.app)
        matcher = self.matcher(query)
        for name, help_text, action in self._commands():
            if (score := matcher.match(name)) > 0:
                yield Hit(score, matcher.highlight(name), partial(app.run_command, action), text=name, help=help_text)
