"""The article pane: the text wrapped to a reading measure, with evidence highlights and a
current-sentence cursor.

A ScrollView on the Line API keeps a table of wrapped lines as (start, end) offsets into the
text, so highlighting is a lookup per visible line and a 100k-word article stays fast."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Generic, TypeVar, cast

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Offset, Region, Size
from textual.message import Message
from textual.selection import Selection
from textual.signal import Signal
from textual.strip import Strip

from ..textclean import clean
from .scrolling import QuietScrollView, resize_virtual

Span = tuple[int, int]

MEASURE = 88
MIN_MEASURE = 20
TITLE_MAX = 100
# Cells left of the text for the mark of a line holding a note or bookmark.
GUTTER = 2
NOTE_MARK = "✎"
BOOKMARK_MARK = "★"

_WORD = re.compile(r"\S+")
_SPACES = re.compile(r"\s*")
# Printable ASCII, newlines and tabs are one cell each as displayed; others may not be.
_NOT_ASCII = re.compile(r"[^\t\n\x20-\x7e]")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans. Text with blank lines between paragraphs is split at those (single
    newlines inside are hard wraps to reflow); otherwise every line is a paragraph."""
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile("\n")
    spans, start = [], 0
    for m in splitter.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def wrap(text: str, width: int) -> list[Span]:
    """Visual lines as (start, end) offsets into `text` (cleaned for display, newlines
    kept), one empty line between paragraphs. Words longer than the width are cut."""
    lines: list[Span] = []
    # Characters not one cell wide as displayed (newlines and tabs show as spaces).
    uneven = {c for c in set(_NOT_ASCII.findall(text)) if cell_len(c) != 1}
    for p_start, p_end in paragraphs(text):
        if lines:
            lines.append((p_start, p_start))
        even = not uneven or uneven.isdisjoint(text[p_start:p_end])
        lines.extend((_wrap_single_cells if even else _wrap_words)(text, p_start, p_end, width))
    return lines


@lru_cache(maxsize=8)
def _line_pattern(width: int) -> re.Pattern[str]:
    """From a word's start, the longest run of at most `width` characters that ends where
    a word ends."""
    return re.compile(rf"\S.{{0,{width - 1}}}(?<=\S)(?=\s|\Z)", re.S)


def _wrap_single_cells(text: str, start: int, end: int, width: int) -> list[Span]:
    """`_wrap_words` for text whose characters are one cell each: a regular expression
    finds each line, instead of a loop adding up the words (a 100k-word article is wrapped
    in a tenth of the time)."""
    line = _line_pattern(width)
    lines = []
    pos = cast("re.Match[str]", _SPACES.match(text, start, end)).end()  # \s* always matches
    while pos < end:
        found = line.match(text, pos, end)
        # No word ends within the width: the word is cut.
        stop = found.end() if found else pos + width
        lines.append((pos, stop))
        pos = cast("re.Match[str]", _SPACES.match(text, stop, end)).end()
    return lines


def _wrap_words(text: str, start: int, end: int, width: int) -> list[Span]:
    """The lines of one paragraph, word by word, measuring each in cells."""
    lines: list[Span] = []
    line_start = line_end = -1
    used = 0
    for m in _WORD.finditer(text, start, end):
        w_start, w_end = m.span()
        w = cell_len(text[w_start:w_end])
        if line_start >= 0 and used + (w_start - line_end) + w <= width:
            used += (w_start - line_end) + w
            line_end = w_end
            continue
        if line_start >= 0:
            lines.append((line_start, line_end))
        while w > width:
            cut, cells = w_start, 0
            while cut < w_end and cells + cell_len(text[cut]) <= width:
                cells += cell_len(text[cut])
                cut += 1
            cut = max(cut, w_start + 1)
            lines.append((w_start, cut))
            w_start = cut
            w = cell_len(text[w_start:w_end])
        line_start, line_end, used = w_start, w_end, w
    if line_start >= 0:
        lines.append((line_start, line_end))
    return lines


# A span, or a span carrying the id of the item it is evidence of.
S = TypeVar("S", Span, tuple[int, int, str])


def overlapping(spans: Sequence[S], starts: Sequence[int], longest: int, start: int, end: int) -> list[S]:
    """The spans (sorted by start, with `starts` their start offsets and `longest` the
    longest length) that overlap [start, end)."""
    lo = bisect_left(starts, start - longest)
    hi = bisect_left(starts, end)
    return [s for s in spans[lo:hi] if s[1] > start and s[0] < end]


class Layer(Generic[S]):
    """Spans painted with one component style, indexed for per-line lookup. A span may
    carry more after its (start, end), such as the id of the item it is evidence of."""

    def __init__(self, spans: Sequence[S] = ()) -> None:
        self.spans: list[S] = sorted(s for s in spans if s[1] > s[0])
        self.starts: list[int] = [s[0] for s in self.spans]
        self.longest: int = max((span[1] - span[0] for span in self.spans), default=0)

    def within(self, start: int, end: int) -> list[S]:
        return overlapping(self.spans, self.starts, self.longest, start, end)


class ArticleView(QuietScrollView, can_focus=True, inherit_bindings=False):
    """The article text, never parsed as markup, with control characters blanked out."""

    ALLOW_SELECT = True

    # Declared in full (not inherited) so the help lists exactly what works here.
    BINDINGS = [
        Binding("j,down", "cursor_down", "Next sentence", show=False),
        Binding("k,up", "cursor_up", "Previous sentence", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("home", "scroll_home", "Top", show=False),
        Binding("end", "scroll_end", "End", show=False),
    ]

    COMPONENT_CLASSES = {
        "article-view--title",
        "article-view--cursor",
        "article-view--actor",
        "article-view--quote",
        "article-view--number",
        "article-view--timeline",
        "article-view--find",
        "article-view--mark",
        "article-view--current",
        "article-view--gutter-note",
        "article-view--gutter-bookmark",
        # How the text itself is written (drawn under every highlight):
        "article-view--furniture",
        "article-view--heading",
        "article-view--strong",
        "article-view--emphasis",
        "article-view--code",
        "article-view--link",
        "article-view--blockquote",
        "article-view--marker",
    }
    # Markup kinds a document gives (documents.Document.markup_spans) and page furniture.
    DECORATIONS = ("furniture", "heading", "strong", "emphasis", "code", "link", "blockquote", "marker")

    class CursorMoved(Message):
        """The current sentence changed (by keyboard or click)."""

        def __init__(self, index: int, span: Span) -> None:
            super().__init__()
            self.index = index
            self.span = span

    def __init__(self, text: str, title: str, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._source = text
        self._cleaned = clean(text)
        # Within a line, newlines (of reflowed paragraphs) and tabs show as single spaces.
        self._display = self._cleaned.replace("\n", " ").replace("\t", " ")
        paras = paragraphs(text)
        first = paras[0] if paras else (0, 0)
        if len(paras) > 1 and len(text[first[0]:first[1]].strip()) <= TITLE_MAX:
            self._header: list[str] = []
            self._title: Layer[Span] = Layer([first])
        else:
            self._header = [clean(title).replace("\n", " ").replace("\t", " "), ""]
            self._title = Layer()
        self._lines: list[Span] = []
        self._line_starts: list[int] = []
        self._wrap_width = 0
        self._cache: LRUCache[int, Strip] = LRUCache(1024)
        self._styles: dict[str | None, Style] = {}
        self._sentences: list[Span] = []
        self._decorations: dict[str, Layer[Span]] = {}
        self._sentence_starts: list[int] = []
        self.cursor: int | None = None
        self.evidence: list[Span] = []
        self.evidence_kind: str | None = None
        self.evidence_word: str | None = None  # what one piece of it is, when not what its kind says
        self.evidence_index: int | None = None
        self._evidence: Layer[Span] = Layer()
        self._pending_scroll: Callable[[], None] | None = None
        self._marks: list[tuple[int, str]] = []
        self._gutter: dict[int, str] = {}
        self._drawn = False
        # Published as the text is first drawn, within the frame being made (not yet sent):
        # what else the screen holds can follow.
        self.first_drawn: Signal[None] = Signal(self, "first_drawn")
        # At least the lines the text fills at the widest measure (see on_mount).
        self._fewest_lines = len(self._header) + len(paras) - 1 + sum(-((s - e) // MEASURE) for s, e in paras)

    @property
    def text(self) -> str:
        return self._source

    @property
    def sentences(self) -> list[Span]:
        return self._sentences

    @sentences.setter
    def sentences(self, spans: Sequence[Span]) -> None:
        # Partial analyses replace the sentences as they grow: the cursor stays where it was.
        before = self._sentences[self.cursor] if self.cursor is not None else None
        self._sentences = sorted(spans)
        self._sentence_starts = [s for s, _ in self._sentences]
        self.cursor = self.sentence_at(before[0]) if before is not None else None
        after = self._sentences[self.cursor] if self.cursor is not None else None
        # Only the cursor's sentence is drawn from them.
        if after != before:
            self._invalidate_spans(before, after)

    def set_marks(self, marks: Iterable[tuple[int, str]]) -> None:
        """Mark the lines where these (offset, "note" or "bookmark") claims begin."""
        marks = list(marks)
        # The notes are listed again with each partial analysis and each save: the same
        # marks need no redraw of the screen.
        if marks == self._marks:
            return
        self._marks = marks
        self._gutter = {}
        self._invalidate()

    def _gutter_of(self, index: int) -> str | None:
        if not self._gutter and self._marks and self._lines:
            for offset, kind in self._marks:
                line = bisect_right(self._line_starts, offset) - 1
                if self._gutter.get(line) != "note":
                    self._gutter[line] = kind
        return self._gutter.get(index)

    # Layout

    def _rewrap(self) -> None:
        width = max(MIN_MEASURE, min(MEASURE, self.scrollable_content_region.width - GUTTER))
        if width == self._wrap_width and self._lines:
            return
        # Keep the line at the top of the view at the top after rewrapping.
        top_y = int(self.scroll_y) - len(self._header)
        anchor = self._lines[top_y][0] if 0 <= top_y < len(self._lines) else None
        self._wrap_width = width
        self._lines = wrap(self._cleaned, width)
        self._line_starts = [s for s, _ in self._lines]
        self._gutter = {}
        resize_virtual(self, Size(GUTTER + width, len(self._header) + len(self._lines)))
        self._invalidate()
        if anchor is not None:
            self.scroll_to(y=self.line_of(anchor), animate=False, immediate=True)

    def on_mount(self) -> None:
        # Textual shows a scrollbar only once a layout found the text longer than the view,
        # and lays the screen out and draws it again for it: after the first paint, which
        # came without it. A text that will surely need one has it from the first layout.
        # The lines are not known before it (their width is not): as many as there are at
        # least, corrected once it is wrapped.
        if self._fewest_lines > self.app.size.height:
            self.virtual_size = Size(GUTTER + MEASURE, self._fewest_lines)
            self.show_vertical_scrollbar = True

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        # Wrapped as soon as a layout gives the view its width, before anything is drawn:
        # wrapped as it was drawn (render_lines), its scrollbar, drawn first, showed the
        # estimate of on_mount in the first frame and was drawn again in the next.
        # `_size_updated` is private Textual API (pyproject keeps Textual below 9).
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        if resized and self.is_mounted:
            self._rewrap()
        return resized

    def render_lines(self, crop: Region) -> list[Strip]:
        # The width can change without a Resize (a scrollbar appearing): check it here.
        self._rewrap()
        if self._pending_scroll and self._lines:
            pending, self._pending_scroll = self._pending_scroll, None
            self.call_after_refresh(pending)
        if not self._drawn:
            self._drawn = True
            self.first_drawn.publish(None)
        return super().render_lines(crop)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    def _style(self, component: str | None = None) -> Style:
        """The view's rich style (component None) or a component's, looked up once until the
        styles change: a lookup for each line cost more than drawing it."""
        if (style := self._styles.get(component)) is None:
            style = (self.rich_style if component is None
                     else self.get_component_rich_style(f"article-view--{component}"))
            self._styles[component] = style
        return style

    def _invalidate(self) -> None:
        self._cache.clear()
        self.refresh()

    def _invalidate_spans(self, *spans: Span | None) -> None:
        """Redraw only the lines showing these spans: moving the cursor or the current piece
        of evidence redraws two sentences, not the screen."""
        if not self._lines:
            self._invalidate()
            return
        first = int(self.scroll_y)
        last = first + self.scrollable_content_region.height
        for span in spans:
            if span is not None:
                top, bottom = self.line_of(span[0]), self.line_of(max(span[0], span[1] - 1))
                for y in range(top, bottom + 1):
                    self._cache.discard(y)
                # A line off screen is drawn anew when scrolled to: only those on it are
                # redrawn (a partial result can bring spans all over a long article).
                if top < last and bottom >= first:
                    self.refresh_lines(top, bottom - top + 1)

    def line_of(self, offset: int) -> int:
        """The virtual y of the line showing the character at `offset`."""
        return len(self._header) + max(0, bisect_right(self._line_starts, offset) - 1)

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under virtual cell (x, y), or None off the text."""
        index = y - len(self._header)
        if not 0 <= index < len(self._lines):
            return None
        start, end = self._lines[index]
        cells = 0
        for pos in range(start, end):
            cells += cell_len(self._display[pos])
            if cells > x:
                return pos
        return end - 1 if end > start else None

    @property
    def top_offset(self) -> int:
        """The text offset of the first line on screen: the reading position."""
        index = int(self.scroll_y) - len(self._header)
        return self._lines[index][0] if 0 <= index < len(self._lines) else 0

    def scroll_to_offset(self, offset: int) -> None:
        """Put the line showing `offset` at the top."""
        if not self._lines:
            self._pending_scroll = lambda: self.scroll_to_offset(offset)
            return
        self._pending_scroll = None
        # Forced: just after the first wrap the scrollbar is not there yet to allow it.
        self.scroll_to(y=self.line_of(offset), animate=False, immediate=True, force=True)

    def _scroll_to_span(self, span: Span, center: bool = False) -> None:
        if not self._lines:
            # Not laid out yet: scroll once the text is wrapped (see render_lines).
            self._pending_scroll = lambda: self._scroll_to_span(span, center)
            return
        self._pending_scroll = None
        top = self.line_of(span[0])
        bottom = self.line_of(max(span[0], span[1] - 1))
        region = Region(0, top, 1, bottom - top + 1)
        self.scroll_to_region(region, animate=False, center=center, x_axis=False, immediate=True)

    # Rendering

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        virtual_y = scroll_y + y
        width = self.scrollable_content_region.width
        base = self._style()
        strip = self._cache.get(virtual_y)
        if strip is None or self.text_selection is not None:
            strip = self._render_virtual_line(virtual_y, base)
            self._cache[virtual_y] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, virtual_y)

    def _render_virtual_line(self, y: int, base: Style) -> Strip:
        blank = Segment(" " * GUTTER, base)
        if y < len(self._header):
            style = base + self._style("title")
            text = self._header[y]
            return Strip([blank, Segment(text, style)], GUTTER + cell_len(text))
        index = y - len(self._header)
        if index >= len(self._lines):
            return Strip([], 0)
        start, end = self._lines[index]
        painted = self._paint(start, end, y)
        cuts = sorted({start, end, *(max(start, min(end, p)) for s, _ in painted for p in s)})
        mark = self._gutter_of(index)
        if mark:
            glyph = NOTE_MARK if mark == "note" else BOOKMARK_MARK
            style = base + self._style(f"gutter-{mark}")
            blank = Segment(glyph.ljust(GUTTER), style)
        segments = [blank]
        for a, b in zip(cuts, cuts[1:], strict=False):
            style = base
            for (s, e), layer_style in painted:
                if s <= a and e >= b:
                    style = style + layer_style
            segments.append(Segment(self._display[a:b], style))
        return Strip(segments, GUTTER + cell_len(self._display[start:end]))

    def _paint(self, start: int, end: int, y: int) -> list[tuple[Span, Style]]:
        """(span, style) for every highlight touching [start, end), lowest layer first."""
        style = self._style
        painted: list[tuple[Span, Style]] = []
        for kind, layer in self._decorations.items():
            # A kind's style looked up only where it is drawn: most texts have few of the
            # kinds, and each first lookup delayed the first paint.
            if spans := layer.within(start, end):
                kind_style = style(kind)
                painted.extend((span, kind_style) for span in spans)
        for span in self._title.within(start, end):
            painted.append((span, style("title")))
        if self.cursor is not None:
            span = self._sentences[self.cursor]
            if span[1] > start and span[0] < end:
                painted.append((span, style("cursor")))
        if self.evidence_kind:
            kind_style = style(self.evidence_kind)
            painted.extend((span, kind_style) for span in self._evidence.within(start, end))
            if self.evidence_index is not None:
                span = self.evidence[self.evidence_index]
                if span[1] > start and span[0] < end:
                    painted.append((span, style("current")))
        selection = self.text_selection
        if selection is not None and (sel := selection.get_span(y)) is not None:
            sel_start, sel_end = max(0, sel[0] - GUTTER), sel[1]
            sel_end = end - start if sel_end == -1 else max(0, sel_end - GUTTER)
            selection_style = self.screen.get_component_rich_style("screen--selection")
            painted.append(((start + sel_start, start + sel_end), selection_style))
        return painted

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        lines = [*self._header, *(self._display[s:e] for s, e in self._lines)]
        # Selections are in screen cells, which start with the gutter.
        def text_cell(at: Offset | None) -> Offset | None:
            return None if at is None else Offset(max(0, at.x - GUTTER), at.y)

        selection = Selection(text_cell(selection.start), text_cell(selection.end))
        return selection.extract("\n".join(lines)), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._invalidate()

    # Evidence

    def decorate(self, kind: str, spans: Sequence[Span]) -> None:
        """Draw spans the way the text is written: page furniture dimmed, Markdown headings
        and emphasis as such, their markers faint. kind is one of DECORATIONS."""
        if kind not in self.DECORATIONS:
            return
        layer = Layer(spans)
        before = self._decorations.get(kind)
        self._decorations[kind] = layer
        if before is None:
            self._invalidate()
        else:
            # Only the lines of spans that came or went are drawn again: partial analyses
            # give the same spans again, and the furniture a long article's analysis finds
            # is rarely on screen (redrawing every line there took 10 ms of the UI thread,
            # keys waiting).
            now, was = ({(s[0], s[1]) for s in found.spans} for found in (layer, before))
            self._invalidate_spans(*now.symmetric_difference(was))

    def show_evidence(self, kind: str | None, spans: Sequence[Span], word: str | None = None) -> None:
        """Highlight `spans` in the style of `kind` and scroll to the first one; `word` says
        what one of them is, when not what the kind's evidence is."""
        self._evidence = Layer(spans)
        self.evidence = self._evidence.spans
        self.evidence_kind = kind if self.evidence else None
        self.evidence_word = word
        self.evidence_index = 0 if self.evidence else None
        self._invalidate()
        if self.evidence:
            self._scroll_to_span(self.evidence[0], center=True)

    def renew_evidence(self, spans: Sequence[Span]) -> None:
        """The highlighted item's evidence as a longer analysis found it, highlighted in place
        of what an earlier one found: at the same piece if it is still one (else the first),
        and the view left where the reader is."""
        current = self.evidence[self.evidence_index] if self.evidence and self.evidence_index is not None else None
        self._evidence = Layer(spans)
        self.evidence = self._evidence.spans
        if not self.evidence:
            self.evidence_kind = self.evidence_index = None
        else:
            at = bisect_left(self.evidence, current) if current is not None else 0
            self.evidence_index = at if at < len(self.evidence) and self.evidence[at] == current else 0
        self._invalidate()

    def step_evidence(self, step: int) -> bool:
        """Move to the next (step 1) or previous (step -1) piece of evidence, wrapping
        around; False when nothing is highlighted."""
        if not self.evidence:
            return False
        index = 0 if self.evidence_index is None else self.evidence_index
        self.evidence_index = (index + step) % len(self.evidence)
        self._invalidate_spans(self.evidence[index], self.evidence[self.evidence_index])
        self._scroll_to_span(self.evidence[self.evidence_index], center=True)
        return True

    def find(self, query: str) -> list[Span]:
        """Case-insensitive matches of `query` in the text (as displayed)."""
        if not query:
            return []
        return [m.span() for m in re.finditer(re.escape(query), self._display, re.IGNORECASE)]

    # The sentence cursor

    def sentence_at(self, offset: int) -> int | None:
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self._sentences[index][1]:
            return index
        return None

    def set_cursor(self, index: int | None, scroll: bool = True) -> None:
        if index == self.cursor:
            return
        before = self._sentences[self.cursor] if self.cursor is not None else None
        self.cursor = index
        self._invalidate_spans(before, self._sentences[index] if index is not None else None)
        if index is not None:
            span = self._sentences[index]
            if scroll:
                self._scroll_to_span(span)
            self.post_message(self.CursorMoved(index, span))

    def current_sentence(self) -> int | None:
        """The sentence a bookmark or note is about: the cursor's if it is on screen,
        else the first on screen (where the cursor goes, to show it)."""
        if not self._cursor_visible():
            self.set_cursor(self._first_visible_sentence(), scroll=False)
        return self.cursor

    def _first_visible_sentence(self) -> int | None:
        top = int(self.scroll_y)
        for y in range(top, top + max(1, self.scrollable_content_region.height)):
            index = y - len(self._header)
            if 0 <= index < len(self._lines) and self._lines[index][1] > self._lines[index][0]:
                found = self.sentence_at(self._lines[index][0])
                if found is not None:
                    return found
        return None

    def _cursor_visible(self) -> bool:
        if self.cursor is None:
            return False
        start, end = self._sentences[self.cursor]
        top, height = int(self.scroll_y), self.scrollable_content_region.height
        return self.line_of(end - 1) >= top and self.line_of(start) < top + height

    def _move_cursor(self, step: int) -> None:
        if not self._sentences:
            self.scroll_to(y=self.scroll_y + step, animate=False)
            return
        if not self._cursor_visible():
            # After scrolling away, the cursor restarts from what is on screen.
            self.set_cursor(self._first_visible_sentence())
            return
        assert self.cursor is not None  # _cursor_visible() is False without a cursor
        self.set_cursor(max(0, min(len(self._sentences) - 1, self.cursor + step)))

    def action_cursor_down(self) -> None:
        self._move_cursor(1)

    def action_cursor_up(self) -> None:
        self._move_cursor(-1)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self._sentences:
            return
        pos = self.offset_at(offset.x + int(self.scroll_x) - GUTTER, offset.y + int(self.scroll_y))
        if pos is not None and (index := self.sentence_at(pos)) is not None:
            self.set_cursor(index, scroll=False)
