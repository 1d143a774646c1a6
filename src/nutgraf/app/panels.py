"""The side panels: actors, quotes, numbers and timeline, each an OptionList whose prompts
are built as Content from text (never markup), and the area that lays them out, with the
Notes panel, stacked or as tabs."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import OptionList, TabbedContent, TabPane
from textual.widgets.option_list import Option

from ..analysis.model import Actor, Analysis, EvidenceKind, Number, Quote, TimelineEntry
from ..textclean import clean_line
from .notes_panel import Entry, NotesPanel

Span = tuple[int, int]

MARK = "● "
NO_MARK = "  "

_DATED = re.compile(r"\d{4}(?:-|$)")


class ItemPanel(OptionList, inherit_bindings=False):
    """One kind of item; highlighting an item (while the panel has focus) selects it."""

    # Declared in full (not inherited) so the help lists exactly what works here.
    BINDINGS = [
        Binding("k,up", "cursor_up", "Previous item", show=False),
        Binding("j,down", "cursor_down", "Next item", show=False),
        Binding("home", "first", "First item", show=False),
        Binding("end", "last", "Last item", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("enter", "read", "Read from the highlighted evidence", show=False),
    ]

    kind: ClassVar[EvidenceKind]
    title: ClassVar[str]
    field: ClassVar[str]  # the Analysis attribute listing this kind

    COMPONENT_CLASSES = {
        "item-panel--marker",
        "item-panel--name",
        "item-panel--detail",
        "item-panel--flag",
    }

    class Selected(Message):
        """An item was selected in a panel: its evidence should be shown."""

        def __init__(self, kind: EvidenceKind, item: object) -> None:
            super().__init__()
            self.kind = kind
            self.item = item

    class Read(Message):
        """Enter on an item: the reader wants to read the article around its evidence."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.analysis: Analysis | None = None
        self.status = "analysing…"
        self.items: list = []
        self.marked: frozenset[str] = frozenset()

    # What each kind shows

    def order(self, analysis: Analysis) -> list:
        raise NotImplementedError

    def describe(self, item) -> Iterable[tuple[str, str]]:
        """(text, component class) parts of an item's line, after the marker."""
        raise NotImplementedError

    def subtitle(self) -> str:
        return ""

    @classmethod
    def caption(cls, analysis: Analysis | None) -> str:
        return f"{cls.title} {len(getattr(analysis, cls.field))}" if analysis else cls.title

    # Filling and marking

    def on_mount(self) -> None:
        self._rebuild()
        # Prompts carry component styles resolved when built: restyle them with the theme.
        self.app.theme_changed_signal.subscribe(self, lambda _: self.call_after_refresh(self._restyle))

    def _restyle(self) -> None:
        for index, item in enumerate(self.items):
            self.replace_option_prompt_at_index(index, self._prompt(item))

    def show(self, analysis: Analysis | None, status: str = "") -> None:
        self.analysis = analysis
        self.items = self.order(analysis) if analysis else []
        self.status = status
        self._rebuild()

    def mark(self, ids: frozenset[str]) -> None:
        """Put the marker on the items with these ids (evidence in the current sentence)."""
        changed = ids ^ self.marked
        self.marked = ids
        for index, item in enumerate(self.items):
            if item.id in changed:
                self.replace_option_prompt_at_index(index, self._prompt(item))

    def _rebuild(self) -> None:
        highlighted = self.highlighted
        if self.items:
            self.set_options(Option(self._prompt(item), id=item.id) for item in self.items)
            if highlighted is not None:
                self.highlighted = min(highlighted, len(self.items) - 1)
        else:
            empty = self.status if self.analysis is None else "none found"
            self.set_options([Option(Content(empty), disabled=True)])
        self.border_title = self.caption(self.analysis)
        self.border_subtitle = self.subtitle()

    def _prompt(self, item) -> Content:
        style = self.get_visual_style
        marker = MARK if item.id in self.marked else NO_MARK
        parts = [(marker, style("item-panel--marker", partial=True))]
        parts.extend((clean_line(text), style(f"item-panel--{cls}", partial=True)) for text, cls in self.describe(item))
        return Content.assemble(*parts)

    def select_item(self, item_id: str) -> None:
        """Highlight the item with this id (used to restore state after a relayout)."""
        for index, item in enumerate(self.items):
            if item.id == item_id:
                self.highlighted = index
                return

    # Selection

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        # Highlights set programmatically (filling, relayout) must not steal the article.
        if self.has_focus:
            self._select(event.option_index)

    def on_focus(self) -> None:
        if not self.items:
            return
        if self.highlighted is None:
            self.highlighted = 0
        else:
            self._select(self.highlighted)

    def action_read(self) -> None:
        if self.highlighted is not None and self.items:
            self.post_message(self.Read())

    def _select(self, index: int | None) -> None:
        if index is not None and index < len(self.items):
            self.post_message(self.Selected(self.kind, self.items[index]))


class ActorsPanel(ItemPanel):
    field = "actors"
    kind = EvidenceKind.ACTOR
    title = "Actors"

    def order(self, analysis: Analysis) -> list[Actor]:
        return sorted(analysis.actors, key=lambda a: (-len(a.mentions), a.name.lower()))

    def describe(self, item: Actor):
        yield item.name, "name"
        details = [f"{len(item.mentions)}×", item.kind]
        if item.role:
            details.append(item.role)
        yield "  " + " · ".join(details), "detail"


class QuotesPanel(ItemPanel):
    field = "quotes"
    kind = EvidenceKind.QUOTE
    title = "Quotes"

    def order(self, analysis: Analysis) -> list[Quote]:
        return sorted(analysis.quotes, key=lambda q: q.span)

    def describe(self, item: Quote):
        if item.speaker_name:
            yield item.speaker_name, "name"
        else:
            yield "unattributed", "flag"
        yield f"  “{item.text.strip()}”", "detail"

    def subtitle(self) -> str:
        missing = sum(1 for q in self.items if not q.speaker_name)
        return f"{missing} unattributed" if missing else ""


class NumbersPanel(ItemPanel):
    field = "numbers"
    kind = EvidenceKind.NUMBER
    title = "Numbers"

    def order(self, analysis: Analysis) -> list[Number]:
        return sorted(analysis.numbers, key=lambda n: n.span)

    def describe(self, item: Number):
        yield item.text, "name"
        if item.approximate:
            yield " ≈", "flag"
        yield "  " + (item.counts or "—"), "detail"

    def subtitle(self) -> str:
        approximate = sum(1 for n in self.items if n.approximate)
        return f"≈ {approximate} approximate" if approximate else ""


class TimelinePanel(ItemPanel):
    field = "timeline"
    kind = EvidenceKind.TIMELINE
    title = "Timeline"

    def order(self, analysis: Analysis) -> list[TimelineEntry]:
        def key(entry: TimelineEntry):
            if entry.value and _DATED.match(entry.value):
                return (0, entry.value, entry.span)
            return (1 if entry.value else 2, "", entry.span)

        return sorted(analysis.timeline, key=key)

    def describe(self, item: TimelineEntry):
        if item.value and _DATED.match(item.value):
            yield item.value, "name"
            if item.text.strip() != item.value:
                yield "  " + item.text.strip(), "detail"
        elif item.value:
            yield item.text.strip(), "name"
            # TIMEX values mark unknown digits with X: "XXXX-02-04" is a date without a year.
            yield " (year unknown)" if item.value.startswith("XXXX") else f" ({item.value})", "detail"
        else:
            yield "unresolved", "flag"
            yield "  " + item.text.strip(), "detail"
        if item.event:
            yield " · " + item.event.strip(), "detail"

    def subtitle(self) -> str:
        unresolved = sum(1 for t in self.items if not t.value)
        return f"{unresolved} unresolved" if unresolved else ""


PANELS: tuple[type[ItemPanel], ...] = (ActorsPanel, QuotesPanel, NumbersPanel, TimelinePanel)
KINDS = tuple(p.kind for p in PANELS)


class PanelArea(Vertical):
    """Holds the panels' state, so they can be rebuilt stacked (large terminals) or as tabs
    (small ones) without losing the analysis, the notes, the selection or the markers."""

    tabbed: reactive[bool] = reactive(False, recompose=True)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.analysis: Analysis | None = None
        self.status = "analysing…"
        self.selected: dict[str, str] = {}
        self.marked: dict[str, frozenset[str]] = {}
        self.entries: list[Entry] = []
        self._sentence_starts: list[int] = []
        self._by_sentence: dict[int, dict[str, set[str]]] = {}
        self._relayout = False

    def compose(self) -> ComposeResult:
        panels = [cls(id=f"panel-{cls.kind}") for cls in PANELS]
        notes = NotesPanel(id="panel-notes")
        if self.tabbed:
            with TabbedContent(id="tabs"):
                for panel in panels:
                    with TabPane(panel.caption(self.analysis), id=f"tab-{panel.kind}"):
                        yield panel
                with TabPane(notes.caption(self.entries), id="tab-notes"):
                    yield notes
        else:
            yield from panels
            yield notes

    def on_mount(self) -> None:
        self._refill()

    async def recompose(self) -> None:
        focused = self.screen.focused
        kind = focused.kind if isinstance(focused, (ItemPanel, NotesPanel)) else None
        self._relayout = True
        await super().recompose()
        self._relayout = False
        self._refill()
        if kind:
            self.panel(kind).focus()

    def panel(self, kind: str) -> Widget:
        return self.query_one(f"#panel-{kind}")

    @property
    def notes(self) -> NotesPanel:
        return self.query_one(NotesPanel)

    def panels(self) -> list[ItemPanel]:
        return list(self.query(ItemPanel))

    def _refill(self) -> None:
        if self._relayout:
            return  # the relayout refills when its new panels are mounted
        for panel in self.panels():
            panel.marked = self.marked.get(panel.kind, frozenset())
            panel.show(self.analysis, self.status)
            if panel.kind in self.selected:
                panel.select_item(self.selected[panel.kind])
        self.notes.show(self.entries)
        self._update_tab_labels()

    def _update_tab_labels(self) -> None:
        # Right after `tabbed` is set the stacked panels are still there until the
        # recompose, which refills (and labels) the tabs when it is done.
        if not self.tabbed or not (found := self.query(TabbedContent)):
            return
        tabs = found.first()
        for panel in self.panels():
            tabs.get_tab(f"tab-{panel.kind}").label = Content(panel.caption(self.analysis))
        tabs.get_tab("tab-notes").label = Content(NotesPanel.caption(self.entries))

    def show_analysis(self, analysis: Analysis | None, status: str = "") -> None:
        self.analysis = analysis
        self.status = status
        self.marked = {}
        self._index_sentences(analysis)
        self._refill()

    def show_notes(self, found: list[Entry]) -> None:
        self.entries = found
        if not self._relayout:
            self.notes.show(found)
            self._update_tab_labels()

    def show_tab(self, kind: str) -> None:
        if self.tabbed:
            self.query_one(TabbedContent).active = f"tab-{kind}"

    def on_item_panel_selected(self, event: ItemPanel.Selected) -> None:
        self.selected[event.kind] = event.item.id

    # Which items have evidence in which sentence

    def _index_sentences(self, analysis: Analysis | None) -> None:
        self._by_sentence = {}
        if not analysis:
            return
        sentences = sorted(analysis.sentences)
        self._sentence_starts = [s for s, _ in sentences]
        for panel in PANELS:
            for item in getattr(analysis, panel.field):
                for index in self._sentences_touched(sentences, item.evidence()):
                    self._by_sentence.setdefault(index, {}).setdefault(panel.kind, set()).add(item.id)

    def _sentences_touched(self, sentences: Sequence[Span], spans: Iterable[Span]) -> set[int]:
        touched = set()
        for start, end in spans:
            index = max(0, bisect_left(self._sentence_starts, start + 1) - 1)
            while index < len(sentences) and sentences[index][0] < end:
                if sentences[index][1] > start:
                    touched.add(index)
                index += 1
        return touched

    def mark_sentence(self, index: int | None) -> None:
        found = self._by_sentence.get(index, {}) if index is not None else {}
        self.marked = {kind: frozenset(found.get(kind, ())) for kind in KINDS}
        for panel in self.panels():
            panel.mark(self.marked[panel.kind])
