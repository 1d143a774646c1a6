"""The side panels: actors, quotes, numbers and timeline, each a list of one line per item
built as Content from text (never markup), and the area that lays them out, with the Notes
panel, stacked or as tabs.

A long article has thousands of items, and partial results of its analysis arrive while the
reader reads: a panel is a ListPanel, which builds only the rows on screen, so filling it
costs a sort, however long the list."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from itertools import count
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.style import Style as VisualStyle
from textual.widget import Widget

from ..analysis.lexicon import alternation, table
from ..analysis.model import (
    Actor,
    Analysis,
    Conflict,
    EvidenceKind,
    Number,
    Quote,
    Source,
    TimelineEntry,
)
from ..analysis.timeline_labels import label as timeline_label
from ..spans import Span
from ..textclean import clean_line
from .article_view import Layer
from .list_panel import ListPanel
from .notes_panel import NotesPanel

if TYPE_CHECKING:
    from ..attribution import Item as AnalysisItem
    from .notes_entries import Entry
    from .views import ViewPanel

    Item = AnalysisItem | Source  # a row of a panel: an item of the analysis, or a source

MARK = "● "
NO_MARK = "  "
CONFLICT_MARK = "≠"

_DATED = re.compile(r"\d{4}(?:-|$)")

# The parts of a row (after the marker) are styled with these component classes.
PART_STYLES = ("marker", "name", "detail", "flag")
PART_CLASSES = {f"item-panel--{part}" for part in PART_STYLES}


MOVING = [
    Binding("k,up", "cursor_up", "Previous item", show=False),
    Binding("j,down", "cursor_down", "Next item", show=False),
    Binding("home", "first", "First item", show=False),
    Binding("end", "last", "Last item", show=False),
    Binding("pageup", "page_up", "Page up", show=False),
    Binding("pagedown", "page_down", "Page down", show=False),
]
READ = Binding("enter", "read", "Read from the highlighted evidence", show=False)
# The correction keys share one place in the footer ("xrmpt Correct"); the help lists each.
CORRECT_KEYS = Binding.Group("Correct", compact=True)
WRONG = Binding("x", "correct('wrong')", "Wrong", tooltip="Mark the item as wrong: the analysis leaves it out",
                group=CORRECT_KEYS)
SPEAKER = Binding("w", "correct('speaker')", "Speaker", tooltip="Who said it: choose the speaker (or none)",
                  group=CORRECT_KEYS)


class ItemPanel(ListPanel, inherit_bindings=False):
    """One kind of item, one line each; highlighting an item (while the panel has focus)
    selects it."""

    # Declared in full (not inherited) so the help lists exactly what works here.
    BINDINGS = [*MOVING, READ, WRONG]

    kind: ClassVar[EvidenceKind]
    title: ClassVar[str]
    field: ClassVar[str]  # the Analysis attribute listing this kind

    _selections_made = count()

    class Selected(Message):
        """An item was selected in a panel: its evidence should be shown."""

        def __init__(self, panel: ItemPanel, kind: EvidenceKind, item: Item, evidence: list[Span],
                     word: str | None = None) -> None:
            super().__init__()
            self.panel = panel
            self.kind = kind
            self.item = item
            self.evidence = evidence
            self.word = word  # what one piece of the evidence is, if not what its kind says
            # Set by whoever shows it first: a key typed right after the one that selected
            # the item ("jn") may need it before this message has made its way up.
            self.shown = False
            # Which came first of two panels' selections: their messages come up from each
            # panel's own queue, not in the order they were made.
            self.made = next(ItemPanel._selections_made)

        @property
        def stale(self) -> bool:
            """Shown, or followed by another selection in its panel (shown first, if keys
            typed at once needed it)."""
            return self.shown or self is not self.panel.selection

    class Read(Message):
        """Enter on an item: the reader wants to read the article around its evidence."""

    class Correct(Message):
        """The reader corrects the highlighted item (an op of analysis.corrections)."""

        def __init__(self, op: str, kind: EvidenceKind, item: Item) -> None:
            super().__init__()
            self.op = op
            self.kind = kind
            self.item = item

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.analysis: Analysis | None = None
        self.status = "analysing…"
        # Each panel holds one kind (see order()).
        self.items: Sequence[Any] = []
        self.marked: frozenset[str] = frozenset()
        self.conflicts: dict[str, Conflict] = {}  # by the id of each item in one
        self.selection: ItemPanel.Selected | None = None  # the latest posted
        self._index: dict[str, int] = {}

    # What each kind shows

    def order(self, analysis: Analysis) -> Sequence[Item]:
        raise NotImplementedError

    def describe(self, item: Any) -> Iterable[tuple[str, str]]:
        """(text, component class) parts of an item's line, after the marker."""
        raise NotImplementedError

    def subtitle(self) -> str:
        return ""

    def nothing(self) -> str:
        """The row shown when the analysis found no item of this kind."""
        return "none found"

    def caption(self, analysis: Analysis | None) -> str:
        return f"{self.title} {len(getattr(analysis, self.field))}" if analysis else self.title

    def item_kind(self, item: Any) -> EvidenceKind:
        """The kind of an item of this panel: how its evidence is highlighted and bookmarked."""
        return self.kind

    def evidence_word(self, item: Any) -> str | None:
        """What one piece of the item's evidence is ("attribution 1 of 2"); None: what its
        kind's evidence is."""
        return None

    def claim_span(self, item: Any) -> Span:
        """The span a bookmark or note on the item points at."""
        # Imported with the first bookmark or note: not on the way to the panels.
        from ..attribution import main_span

        return main_span(item)

    def evidence_of(self, item: Any) -> list[Span]:
        """What selecting the item highlights: with the evidence of the items it may
        conflict with."""
        spans: list[Span] = item.evidence()
        if (conflict := self.conflicts.get(item.id)) is not None:
            return sorted({*spans, *conflict.evidence()})
        return spans

    # Filling and marking

    def show(self, analysis: Analysis | None, status: str = "") -> None:
        """Show these items. A partial analysis followed by a longer one keeps the
        highlighted item, so reading a panel while it fills is not disturbed."""
        current = self.highlighted_item
        self.analysis = analysis
        self.items = self.order(analysis) if analysis else []
        self.conflicts = {i: c for c in analysis.conflicts for i in c.items} if analysis else {}
        self.status = status
        self._index = {item.id: index for index, item in enumerate(self.items)}
        if current is not None and current.id in self._index:
            self._highlighted = self._index[current.id]
        elif self._highlighted is not None:
            self._highlighted = min(self._highlighted, len(self.items) - 1) if self.items else None
        self._refit()
        # Content, not markup: a claims view's caption holds an actor's name.
        self.border_title = Content(self.caption(self.analysis))
        self.border_subtitle = Content(self.subtitle())
        if self._highlighted is not None and (current is None or cast("Item", self.highlighted_item).id != current.id):
            self._highlight_changed()

    def mark(self, ids: frozenset[str]) -> None:
        """Put the marker on the items with these ids (evidence in the current sentence)."""
        changed = ids ^ self.marked
        self.marked = ids
        for item_id in changed:
            if (index := self._index.get(item_id)) is not None:
                self.refresh_entry(index)

    def select_item(self, item_id: str) -> None:
        """Highlight the item with this id (used to restore state after a relayout)."""
        if (index := self._index.get(item_id)) is not None:
            self.highlighted = index

    @property
    def count(self) -> int:
        return len(self.items)

    def prompt(self, index: int) -> Content:
        if not self.items:
            return Content(self.status if self.analysis is None else self.nothing())
        styles = self._looks()
        item = self.items[index]
        parts = [(MARK if item.id in self.marked else NO_MARK, styles["marker"])]
        parts.extend((clean_line(text), styles[part]) for text, part in self.describe(item))
        if (conflict := self.conflicts.get(item.id)) is not None:
            parts.append((clean_line(f"  {CONFLICT_MARK} {conflict.reason}"), styles["flag"]))
        return Content.assemble(*parts)

    # The highlight

    @property
    def highlighted_item(self) -> Item | None:
        return self.items[self._highlighted] if self._highlighted is not None and self.items else None

    def _select(self) -> None:
        if (item := self.highlighted_item) is not None:
            kind, evidence = self.item_kind(item), self.evidence_of(item)
            self.selection = self.Selected(self, kind, item, evidence, self.evidence_word(item))
            self.post_message(self.selection)

    # Keys and mouse

    def action_read(self) -> None:
        if self.highlighted_item is not None:
            self.post_message(self.Read())

    def action_correct(self, op: str) -> None:
        if (item := self.highlighted_item) is not None:
            self.post_message(self.Correct(op, self.item_kind(item), item))

    def part_style(self, part: str) -> VisualStyle:
        # The panel area's (PART_CLASSES): their looks are the same in every panel whatever
        # its state, and each component class of each panel is one more style lookup when
        # the panels are styled.
        return self.query_ancestor(PanelArea).get_visual_style(f"item-panel--{part}", partial=True)


class ActorsPanel(ItemPanel):
    field = "actors"
    kind = EvidenceKind.ACTOR
    title = "Actors"

    BINDINGS = [
        Binding("enter,c", "claims", "Claims", tooltip="Claims: what the actor is quoted or reported as saying"),
        Binding("r", "correct('rename')", "Rename", tooltip="Rename the actor", group=CORRECT_KEYS),
        Binding("m", "correct('merge')", "Merge", tooltip="Merge another actor into this one", group=CORRECT_KEYS),
        Binding("p", "correct('split')", "Split", tooltip="Split the highlighted mention off (n / N choose it)",
                group=CORRECT_KEYS),
        Binding("t", "correct('kind')", "Kind", tooltip="Change the kind (person, organization, place…)",
                group=CORRECT_KEYS),
    ]

    class Claims(Message):
        """Show what this actor is quoted or reported as saying."""

        def __init__(self, actor: Actor) -> None:
            super().__init__()
            self.actor = actor

    def action_claims(self) -> None:
        if isinstance(item := self.highlighted_item, Actor):
            self.post_message(self.Claims(item))

    def order(self, analysis: Analysis) -> list[Actor]:
        return sorted(analysis.actors, key=lambda a: (-len(a.mentions), a.name.lower()))

    def describe(self, item: Actor) -> Iterable[tuple[str, str]]:
        yield item.name, "name"
        details = [f"{len(item.mentions)}×", item.kind]
        if item.role:
            details.append(item.role)
        yield "  " + " · ".join(details), "detail"


class QuotesPanel(ItemPanel):
    field = "quotes"
    kind = EvidenceKind.QUOTE
    title = "Quotes"

    BINDINGS = [
        Binding("f", "filter_unattributed", "Only unattributed quotes / all quotes", show=False),
        SPEAKER,
    ]

    only_unattributed = False

    def order(self, analysis: Analysis) -> list[Quote]:
        # A quote repeated (headline and body) is one row, its first occurrence.
        quotes = sorted((q for q in analysis.quotes if q.repeat_of is None), key=lambda q: q.span)
        return [q for q in quotes if not q.speaker_name] if self.only_unattributed else quotes

    def action_filter_unattributed(self) -> None:
        self.only_unattributed = not self.only_unattributed
        self.highlighted = None
        self.show(self.analysis, self.status)

    def describe(self, item: Quote) -> Iterable[tuple[str, str]]:
        if item.speaker_name:
            yield item.speaker_name, "name"
        else:
            yield "unattributed", "flag"
        yield f"  “{item.text.strip()}”", "detail"
        if item.repeats:
            yield f"  ×{len(item.repeats) + 1}", "flag"

    def nothing(self) -> str:
        return "every quote has a speaker (f: all quotes)" if self.only_unattributed else super().nothing()

    def subtitle(self) -> str:
        if self.only_unattributed:
            return "unattributed only (f: all)"
        missing = sum(1 for q in self.items if not q.speaker_name)
        return f"{missing} unattributed" if missing else ""


class NumbersPanel(ItemPanel):
    field = "numbers"
    kind = EvidenceKind.NUMBER
    title = "Numbers"

    def order(self, analysis: Analysis) -> list[Number]:
        return sorted(analysis.numbers, key=lambda n: n.span)

    def describe(self, item: Number) -> Iterable[tuple[str, str]]:
        yield item.text, "name"
        reading = _unwritten_reading(item)
        if reading:
            yield f" ({reading})", "detail"
        if item.approximate:
            yield " ≈", "flag"
        yield "  " + (item.counts or "—"), "detail"

    def subtitle(self) -> str:
        approximate = sum(1 for n in self.items if n.approximate)
        return f"≈ {approximate} approximate" if approximate else ""


# Compiled by re as first searched (and kept there), as _scales below: few numbers are percentages.
_PERCENT = r"%|per\s?cent"


@cache
def _scales() -> tuple[re.Pattern[str], list[tuple[float, str]]]:
    """A pattern finding the scale words and letters the numbers' extractor reads ("million",
    "bn", "mln", "$3T"), from its word lists; the scales of a million and more, largest first.
    Made as first needed, not with the panels' module: most numbers have no unit or a unit
    word, and they were a tenth of its import, on the way to the panels."""
    words = {word: float(factor) for word, factor in table("number_scales").items()}
    letters = {**table("number_abbrev_scales"), **table("currency_abbrev_scales")}
    written = re.compile(rf"\d\s?(?:{alternation(letters)})\b|{alternation(words)}", re.IGNORECASE)
    return written, sorted(((factor, word) for word, factor in words.items() if factor >= 1e6), reverse=True)


def _unwritten_reading(n: Number) -> str | None:
    """The value, where the number as written does not show it: a range's first bound takes
    the unit and scale written on its second ("50 to 48 percent": 50%, "$10 to $15 billion":
    $10 billion), and a currency named after the number or in letters is shown by its sign
    ("a trillion dollars": $1 trillion, "USD5bn": $5 billion)."""
    if n.value is None or not n.unit:
        return None
    if n.unit == "%":
        return None if re.search(_PERCENT, n.text, re.IGNORECASE) else f"{n.value:g}%"
    if n.unit.islower():
        return None  # a unit word ("weeks") shows as what the number counts
    written, scales = _scales()
    if written.search(n.text) and n.unit in n.text:
        return None
    scale, word = next(((s, w) for s, w in scales if abs(n.value) >= s), (1.0, ""))
    if word:
        return f"{n.unit}{n.value / scale:g} {word}"
    return None if n.unit in n.text else f"{n.unit}{n.value:g}"  # "200 dollars"


class TimelinePanel(ItemPanel):
    field = "timeline"
    kind = EvidenceKind.TIMELINE
    title = "Timeline"

    def order(self, analysis: Analysis) -> list[TimelineEntry]:
        return list(analysis.timeline)  # chronological, as analyze orders it

    def describe(self, item: TimelineEntry) -> Iterable[tuple[str, str]]:
        said = timeline_label(item.value, item.type)
        if item.value and _DATED.match(item.value):
            yield said, "name"
            if item.text.strip() != said:
                yield "  " + item.text.strip(), "detail"
        elif item.value:
            yield item.text.strip(), "name"
            if said.lower() != item.text.strip().lower():
                yield f" ({said})", "detail"
        else:
            yield "unresolved", "flag"
            yield "  " + item.text.strip(), "detail"
        if item.event:
            yield " · " + item.event.strip(), "detail"

    def subtitle(self) -> str:
        unresolved = sum(1 for t in self.items if not t.value)
        return f"{unresolved} unresolved" if unresolved else ""


# The view open in place of the panels (views.py: imported when one first opens).
VIEW = "#panel-view"

PANELS: tuple[type[ItemPanel], ...] = (ActorsPanel, QuotesPanel, NumbersPanel, TimelinePanel)
KINDS = tuple(p.kind for p in PANELS)

# Each kind's evidence as (start, end, item id), sorted: the items in a sentence are then a
# bisection away.
Evidence = dict[str, Layer[tuple[int, int, str]]]


def evidence_layers(analysis: Analysis) -> Evidence:
    """Built by the analysis worker with each result, off the UI thread: 50 ms for a
    100k-word article, which held up the keys at every partial result. (A table from
    sentences to items took 0.4 s.)"""
    return {panel.kind: Layer([(s, e, item.id) for item in getattr(analysis, panel.field) for s, e in item.evidence()])
            for panel in PANELS}


class PanelArea(Vertical):
    """Holds the panels' state, so they can be rebuilt stacked (large terminals) or as tabs
    (small ones) without losing the analysis, the notes, the selection or the markers.

    A view (an actor's claims, the sources) takes the place of the panels while it is open
    (the class -view hides them): they keep their state behind it."""

    tabbed: reactive[bool] = reactive(False, recompose=True)

    # The item panels' parts (see ItemPanel), and the looks of every panel's rows that are
    # the same in each (ListPanel.SHARED_LOOKS).
    COMPONENT_CLASSES = PART_CLASSES | set(ListPanel.SHARED_LOOKS.values())

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.analysis: Analysis | None = None
        self.status = "analysing…"
        self.selected: dict[str, str] = {}
        self.marked: dict[str, frozenset[str]] = {}
        self.entries: list[Entry] = []
        self._sentences: list[tuple[int, int]] = []
        self._evidence: Evidence | None = None
        self._relayout = False
        self._view: Callable[[], ViewPanel] | None = None  # makes the view open (#panel-view), if one is

    def compose(self) -> ComposeResult:
        panels = [cls(id=f"panel-{cls.kind}") for cls in PANELS]
        notes = NotesPanel(id="panel-notes")
        if self.tabbed:
            # Imported only for tabs (a small terminal): 3-4 ms of the panels' import.
            from textual.widgets import TabbedContent, TabPane

            with TabbedContent(id="tabs"):
                for panel in panels:
                    with TabPane(panel.caption(self.analysis), id=f"tab-{panel.kind}"):
                        yield panel
                with TabPane(notes.caption(self.entries), id="tab-notes"):
                    yield notes
        else:
            yield from panels
            yield notes
        if self._view is not None:
            yield self._view()

    def on_mount(self) -> None:
        self._refill()

    @property
    def view(self) -> ViewPanel | None:
        found = self.query(VIEW)
        return cast("ViewPanel", found.first()) if self._view is not None and found else None

    async def open_view(self, make: Callable[[], ViewPanel]) -> ViewPanel:
        """Show the panel `make` makes (with id "panel-view") in place of the others, filled and focused."""
        await self.query(VIEW).remove()
        self._view = make
        panel = make()
        await self.mount(panel)
        self.add_class("-view")
        panel.show(self.analysis, self.status)
        panel.focus()
        return panel

    def close_view(self) -> None:
        self._view = None
        self.remove_class("-view")
        self.query(VIEW).remove()

    async def recompose(self) -> None:
        focused = self.screen.focused
        kind = focused.kind if isinstance(focused, ListPanel) else None
        if focused is not None and focused.id == "panel-view":
            kind = "view"
        self._relayout = True
        await super().recompose()
        self._relayout = False
        self._refill()
        if kind:
            self.panel(kind).focus()

    def panel(self, kind: str) -> Widget:
        return self.query_one(f"#panel-{kind}")

    def _show_entries(self) -> None:
        # Queried, not required: a save that ends as the reader closes finds the panels
        # already being removed.
        for notes in self.query(NotesPanel):
            notes.show(self.entries)

    def panels(self) -> list[ItemPanel]:
        """The four item panels (not a view)."""
        return [p for p in self.query(ItemPanel) if p.id != "panel-view"]

    def _refill(self) -> None:
        if self._relayout:
            return  # the relayout refills when its new panels are mounted
        for panel in self.panels():
            panel.marked = self.marked.get(panel.kind, frozenset())
            panel.show(self.analysis, self.status)
            if panel.kind in self.selected:
                panel.select_item(self.selected[panel.kind])
        if (view := self.view) is not None:
            view.show(self.analysis, self.status)
        self._show_entries()
        self._update_tab_labels()

    def _update_tab_labels(self) -> None:
        # Right after `tabbed` is set the stacked panels are still there until the
        # recompose, which refills (and labels) the tabs when it is done.
        if not self.tabbed or not (found := self.query("#tabs")):
            return
        from textual.widgets import TabbedContent

        tabs = found.first(TabbedContent)
        for panel in self.panels():
            tabs.get_tab(f"tab-{panel.kind}").label = Content(panel.caption(self.analysis))
        tabs.get_tab("tab-notes").label = Content(NotesPanel.caption(self.entries))

    def show_analysis(self, analysis: Analysis | None, status: str = "", evidence: Evidence | None = None) -> None:
        """`evidence`: the analysis's evidence_layers, if the worker built them."""
        self.analysis = analysis
        self.status = status
        self.marked = {}
        self._sentences = sorted(analysis.sentences) if analysis else []
        self._evidence = evidence  # else indexed when a sentence is first marked
        self._refill()

    def show_notes(self, found: list[Entry]) -> None:
        self.entries = found
        if not self._relayout:
            self._show_entries()
            self._update_tab_labels()

    def show_tab(self, kind: str) -> None:
        if self.tabbed:
            from textual.widgets import TabbedContent

            self.query_one("#tabs", TabbedContent).active = f"tab-{kind}"

    def on_item_panel_selected(self, event: ItemPanel.Selected) -> None:
        self.selected[event.kind] = event.item.id

    # Which items have evidence in the current sentence

    def _evidence_layers(self) -> Evidence:
        if self._evidence is None:
            self._evidence = evidence_layers(self.analysis) if self.analysis else {}
        return self._evidence

    def mark_sentence(self, index: int | None) -> None:
        found: dict[str, frozenset[str]] = {}
        if index is not None and index < len(self._sentences):
            start, end = self._sentences[index]
            found = {kind: frozenset(span[2] for span in layer.within(start, end))
                     for kind, layer in self._evidence_layers().items()}
        self.marked = {kind: found.get(kind, frozenset()) for kind in KINDS}
        for panel in self.panels():
            panel.mark(self.marked[panel.kind])
