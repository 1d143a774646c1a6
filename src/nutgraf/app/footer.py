"""The key footer: the keys that work where the focus is."""
from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import NamedTuple, cast

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget


class Key(NamedTuple):
    """A key as drawn: its cells [start, end) on the line."""

    start: int
    end: int
    key: str
    enabled: bool
    tooltip: str


class KeyFooter(Widget, can_focus=False):
    """The keys that work where the focus is, drawn as one line by one widget, laid out as
    Textual's footer lays them out. Textual's footer is a widget per key and per group (19
    in the reader), each styled on its own (most of the time it took to mount) and all
    made again on every change of focus, while keys waited.

    Drawn again only when the keys it shows change; a key clicked is pressed."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-footer--key", "key-footer--description", "key-footer--hover"}
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        text-wrap: nowrap;
        text-overflow: clip;
        & > .key-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .key-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .key-footer--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
    }
    """

    # Narrow: less space around the keys, so that more of them fit.
    compact = reactive(False, toggle_class="-compact")

    def __init__(self, *, compact: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self.set_reactive(KeyFooter.compact, compact)
        self.set_class(compact, "-compact", update=False)
        self._shown: tuple[tuple[Binding, bool, str], ...] = ()
        self._keys: list[Key] = []
        self._hover: Key | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[object]) -> None:
        if not screen.app.app_focus or screen is not self.screen:
            return
        shown = tuple((binding, enabled, tooltip)
                      for _, binding, enabled, tooltip in screen.active_bindings.values() if binding.show)
        if shown != self._shown:
            self._shown = shown
            self.refresh()

    def _entries(self) -> Iterator[list[tuple[str, str | None, tuple[Binding, bool, str] | None]]]:
        """From left to right, each key with its description, or a group's keys run together
        before the group's description: a list of (text, component, key) pieces."""
        firsts: dict[str, tuple[Binding, bool, str]] = {}
        for shown in self._shown:  # a key per action (j and down: the first)
            firsts.setdefault(shown[0].action, shown)
        for group, members in groupby(firsts.values(), lambda shown: shown[0].group):
            keys = list(members)
            if group is not None and len(keys) > 1:
                entry: list[tuple[str, str | None, tuple[Binding, bool, str] | None]] = []
                if not self.compact and group.compact:
                    entry.append((" ", None, None))
                for key in keys:
                    display = self.app.get_key_display(key[0])
                    entry.append(((display if group.compact else f" {display} "), "key", key))
                entry += [(" ", None, None), (group.description, "description", None), (" ", None, None)]
                yield entry
                continue
            for key in keys:
                display, description = self.app.get_key_display(key[0]), key[0].description
                if self.compact:
                    yield [(display, "key", key), (f" {description}", "description", key), (" ", None, None)]
                else:
                    yield [(f" {display} ", "key", key), (f"{description} ", "description", key)]

    def render(self) -> Content:
        styles = {part: self.get_visual_style(f"key-footer--{part}", partial=True)
                  for part in ("key", "description", "hover")}
        parts: list[tuple[str, Style] | str] = []
        spans: dict[str, list[int]] = {}  # a key drawn in two pieces is one place to click
        found: dict[str, tuple[Binding, bool, str]] = {}
        x = 0
        for entry in self._entries():
            # Only the keys that fit whole: a key cut from its description ("/" without
            # "Find") says nothing; help (?) lists them all.
            if x + len("".join(text for text, _, _ in entry).rstrip()) > self.size.width:
                break
            for text, component, key in entry:
                style = styles[component] if component else None
                if key is not None:
                    binding, enabled, _ = found.setdefault(key[0].key, key)
                    spans.setdefault(binding.key, [x, x])[1] = x + len(text)
                    if self._hover is not None and self._hover.key == binding.key:
                        style = cast(Style, style) + styles["hover"]
                    if not enabled:
                        style = cast(Style, style) + Style(dim=True)
                parts.append((text, style) if style is not None else text)
                x += len(text)
        self._keys = [Key(start, end, key, found[key][1], found[key][2] or found[key][0].description)
                      for key, (start, end) in spans.items()]
        return Content.assemble(*parts)

    def _key_at(self, event: events.MouseEvent) -> Key | None:
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        return next((key for key in self._keys if key.start <= offset.x < key.end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        key = self._key_at(event)
        if key != self._hover:
            self._hover = key
            self.tooltip = key.tooltip if key else None
            self.refresh()

    def on_leave(self, _: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.tooltip = None
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        if (key := self._key_at(event)) is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()

    def watch_compact(self) -> None:
        self.refresh()
