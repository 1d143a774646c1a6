"""The key footer, mounted after the article's first paint."""
from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """Textual's footer, rebuilt only when the keys it shows change. Textual's own rebuilds
    every key whenever the bindings might have changed, twice on each change of focus, at
    30 to 50 ms each: a noticeable lag on every switch between panels."""

    _shown: tuple[object, ...] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        if screen.app.app_focus and screen is self.screen:
            shown = tuple(
                (binding.key, binding.action, binding.description, binding.group, enabled, tooltip)
                for _, binding, enabled, tooltip in screen.active_bindings.values() if binding.show
            )
            if shown == self._shown:
                return
            self._shown = shown
        super().bindings_changed(screen)
