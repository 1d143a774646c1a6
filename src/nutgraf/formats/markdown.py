"""Markdown kept as written: the raw text is what is analysed and shown, and this module
finds the spans of headings, emphasis and the syntax characters so the reader can show
headings and emphasis as such and dim the markers. No offset ever moves."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..spans import Span, lines, trim
from . import Markup, Page
from .dates import parse_date
from .plaintext import header, join_lines

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)[ \t]*(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR = re.compile(r"^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_ITEM = re.compile(r"^[ \t]*([-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_TABLE = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")

_CODE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\n]*)\)")
_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\((<[^>\n]*>|[^)\s]*)(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\)")
_AUTOLINK = re.compile(r"<(?:https?|mailto|ftp):[^>\s]+>")
_STRONG = re.compile(
    r"(?<![\\*\w])\*\*(?=[^\s*])(.+?)(?<=[^\s\\])\*\*(?!\*)"
    r"|(?<![\\\w_])__(?=[^\s_])(.+?)(?<=[^\s\\])__(?![\w_])",
    re.S,
)
_EMPH = re.compile(
    r"(?<![\\*\w])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?!\*)"
    r"|(?<![\\\w_])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?![\w_])",
    re.S,
)
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!>|])")


@dataclass
class Scan:
    markup: list[Markup] = field(default_factory=list)
    # Front matter, link addresses and images: not article text.
    furniture: list[Span] = field(default_factory=list)
    # Line indices that start a new display paragraph.
    breaks: set[int] = field(default_factory=set)
    headings: list[Span] = field(default_factory=list)
    front: dict[str, str] = field(default_factory=dict)
    front_span: Span | None = None


def looks_like_markdown(text: str) -> bool:
    """For input without a file name: an ATX heading or front matter near the top, or
    several Markdown constructs."""
    head = text[:4096]
    if re.match(r"\A(?:\ufeff)?---[ \t]*\r?\n(?:.*\r?\n){0,40}?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", head):
        return True
    if re.search(r"(?m)^#{1,6} \S", head):
        return True
    hits = len(re.findall(r"\*\*[^*\n]+\*\*|(?<!!)\[[^\]\n]+\]\([^)\s]+\)|^```|^> \S", head, re.M))
    return hits >= 2


def read(text: str) -> Page:
    """A Markdown article, kept as written: title, byline, site and date from the front
    matter, else from the first heading and the plain-text header lines."""
    found = scan(text)
    front = found.front
    title_span = found.headings[0] if found.headings else None
    skip = [s for s in (found.front_span, title_span) if s]
    head = header(text, title=title_span is None and not front.get("title"), skip=skip)
    markup = list(found.markup)
    if title_span is None and head.title_span:
        title_span = head.title_span
        markup.append((title_span[0], title_span[1], "heading"))
    title = _unquote(front.get("title") or front.get("headline")) or (
        _plain(text[title_span[0]:title_span[1]]) if title_span else None)
    byline = _unquote(front.get("author") or front.get("authors") or front.get("byline")) or head.byline
    published = parse_date(_unquote(front.get("date") or front.get("published") or front.get("pubdate")
                                    or front.get("date_published") or front.get("published_at"))) or head.published
    site = _unquote(front.get("site") or front.get("publisher") or front.get("source") or front.get("site_name"))
    return Page(text=text, title=title, byline=byline, site=site, published=published,
                furniture=sorted(found.furniture + head.furniture), markup=sorted(markup))


def paragraphs(text: str) -> list[Span]:
    """Display paragraphs: the lines of a block are one paragraph."""
    spans = lines(text)
    breaks = scan(text, spans).breaks
    return join_lines(text, spans, lambda i: i not in breaks)


def _unquote(value: str | None) -> str | None:
    """A front-matter value: quotes dropped; a list ([a, b]) read as "a and b"."""
    if not value:
        return None
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        parts = [p.strip().strip("\"'").strip() for p in value[1:-1].split(",")]
    else:
        parts = [value.strip("\"'").strip()]
    parts = [p for p in parts if p]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _plain(s: str) -> str:
    """A heading's words without link and emphasis syntax."""
    s = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", s)
    return re.sub(r"[*_`]+", "", s).strip() or s


def scan(text: str, spans: list[Span] | None = None) -> Scan:
    spans = spans if spans is not None else lines(text)
    out = Scan()
    _Blocks(text, spans, out).read(_front_matter(text, spans, out))
    out.markup.sort()
    out.furniture.sort()
    return out


def _front_matter(text: str, spans: list[Span], out: Scan) -> int:
    """Front matter ('---' on the first line, key: value lines, then '---' or '...') read
    into out; the index of the first line after it, 0 when there is none."""
    if not spans or text[spans[0][0]:spans[0][1]].strip() != "---":
        return 0
    for j in range(1, min(len(spans), 60)):
        if text[spans[j][0]:spans[j][1]].strip() in ("---", "..."):
            out.front_span = (spans[0][0], spans[j][1])
            out.furniture.append(out.front_span)
            out.markup.append((spans[0][0], spans[0][1], "marker"))
            out.markup.append((spans[j][0], spans[j][1], "marker"))
            for k in range(1, j):
                m = _FRONT_KEY.match(text[spans[k][0]:spans[k][1]].strip())
                if m:
                    out.front.setdefault(m.group(1).lower(), m.group(2).strip())
            out.breaks.update(range(0, j + 2))
            return j + 1
    return 0


class _Blocks:
    """The blocks of the text, line by line: fenced code, headings (ATX and setext), rules,
    block quotes, list items, tables and paragraphs. Each line's handler returns the kind
    of line it was (blank | para | heading | quote | other), which decides how the next
    one is read."""

    def __init__(self, text: str, spans: list[Span], out: Scan) -> None:
        self.text, self.spans, self.out = text, spans, out
        self.fence: str | None = None
        self.prev_kind = "blank"
        # Inline markup is read a paragraph at a time (emphasis and links may cross a soft break).
        self.region: list[int] = []

    def read(self, start: int) -> None:
        for i in range(start, len(self.spans)):
            self.prev_kind = self._line(i)
        self._flush()

    def _flush(self) -> None:
        if self.region:
            _inline(self.text, self.region[0], self.region[1], self.out)
            self.region.clear()

    def _line(self, i: int) -> str:
        s, e = self.spans[i]
        line = self.text[s:e]
        if self.fence is not None:
            return self._in_fence(i, s, e, line)
        if not line.strip():
            self._flush()
            return "blank"
        if m := _FENCE.match(line):
            self._flush()
            self.fence = m.group(1)
            self.out.markup.append((s, e, "marker"))
            self.out.breaks.add(i)
            return "other"
        if m := _ATX.match(line):
            return self._atx(i, s, e, m)
        if _SETEXT.match(line) and self.prev_kind == "para" and i > 0:
            return self._setext(i, s, e)
        if _HR.match(line):
            self._flush()
            self.out.markup.append((s, e, "marker"))
            self.out.breaks.update((i, i + 1))
            return "other"
        return self._text_line(i, s, e, line)

    def _in_fence(self, i: int, s: int, e: int, line: str) -> str:
        out = self.out
        self._flush()
        out.breaks.add(i)
        m = _FENCE.match(line)
        fence = self.fence or ""
        if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line[m.end():].strip():
            out.markup.append((s, e, "marker"))
            self.fence = None
            out.breaks.add(i + 1)
            return "other"
        if e > s:
            out.markup.append((s, e, "code"))
        return self.prev_kind

    def _atx(self, i: int, s: int, e: int, m: re.Match[str]) -> str:
        out = self.out
        self._flush()
        out.markup.append((s + m.start(2), s + m.end(2), "marker"))
        if m.end(3) > m.start(3):
            hs, he = s + m.start(3), s + m.end(3)
            out.markup.append((hs, he, "heading"))
            out.headings.append((hs, he))
            _inline(self.text, hs, he, out)
        if e > s + m.end(3):
            tail = self.text[s + m.end(3):e]
            if tail.strip():
                out.markup.append((s + m.end(3) + len(tail) - len(tail.lstrip()), e, "marker"))
        out.breaks.update((i, i + 1))
        return "heading"

    def _setext(self, i: int, s: int, e: int) -> str:
        """An underline of '=' or '-': the paragraph line above is a heading."""
        out = self.out
        self.region.clear()
        ps, pe = self.spans[i - 1]
        cs, ce = trim(self.text, ps, pe)
        out.markup.append((cs, ce, "heading"))
        out.headings.append((cs, ce))
        _inline(self.text, cs, ce, out)
        out.markup.append((s, e, "marker"))
        out.breaks.update((i - 1, i, i + 1))
        return "heading"

    def _text_line(self, i: int, s: int, e: int, line: str) -> str:
        """A line of a paragraph, block quote, list item or table."""
        text, out = self.text, self.out
        body = s
        kind = "para"
        m = _QUOTE.match(line)
        if m:
            for k in range(s, s + m.end()):
                if text[k] == ">":
                    out.markup.append((k, k + 1, "marker"))
            body = s + m.end()
            if self.prev_kind != "quote":
                out.breaks.add(i)
            kind = "quote"
            qs, qe = trim(text, body, e)
            if qe > qs:
                out.markup.append((qs, qe, "blockquote"))
        m = _ITEM.match(text[body:e])
        if m:
            out.markup.append((body + m.start(1), body + m.end(1), "marker"))
            body += m.end()
            out.breaks.add(i)
            kind = "item"
        elif _TABLE.match(line):
            out.breaks.update((i, i + 1))
            for k in range(s, e):
                if text[k] == "|":
                    out.markup.append((k, k + 1, "marker"))
            kind = "other"
        if self.prev_kind in ("heading", "other", "blank"):
            out.breaks.add(i)
        if i > 0 and self.prev_kind != "blank":
            ps, pe = self.spans[i - 1]
            prev = text[ps:pe]
            if prev.endswith("  ") or prev.endswith("\\"):
                out.breaks.add(i)
        if kind in ("quote", "other") or i in out.breaks or not self.region:
            self._flush()
        if kind in ("quote", "other"):
            _inline(text, body, e, out)
        elif self.region:
            self.region[1] = e
        else:
            self.region[:] = [body, e]
        return kind if kind != "item" else "para"


def _inline(text: str, start: int, end: int, out: Scan) -> None:
    """Inline markup in text[start:end] (a line, or the lines of one paragraph)."""
    taken: list[Span] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    seg = text[start:end]
    for m in _ESCAPE.finditer(seg):
        a = start + m.start()
        out.markup.append((a, a + 1, "marker"))
        taken.append((a, a + 2))
    for m in _CODE.finditer(seg):
        a, b = start + m.start(), start + m.end()
        if not free(a, b):
            continue
        tick = len(m.group(1))
        out.markup += [(a, a + tick, "marker"), (a + tick, b - tick, "code"), (b - tick, b, "marker")]
        taken.append((a, b))
    for m in _IMAGE.finditer(seg):
        a, b = start + m.start(), start + m.end()
        if not free(a, b):
            continue
        out.furniture.append((a, b))
        out.markup += [(a, a + 2, "marker"), (start + m.end(1), b, "marker")]
        taken.append((a, b))
    for m in _LINK.finditer(seg):
        a, b = start + m.start(), start + m.end()
        if not free(a, b):
            continue
        te = start + m.end(1)
        out.markup += [(a, a + 1, "marker"), (a + 1, te, "link"), (te, b, "marker")]
        out.furniture.append((te + 1, b))  # "(address)": not article text
        taken.append((a, a + 1))
        taken.append((te, b))
    for m in _AUTOLINK.finditer(seg):
        a, b = start + m.start(), start + m.end()
        if free(a, b):
            out.markup.append((a, b, "marker"))
            out.furniture.append((a, b))
            taken.append((a, b))
    for rx, kind, width in ((_STRONG, "strong", 2), (_EMPH, "emphasis", 1)):
        for m in rx.finditer(seg):
            a, b = start + m.start(), start + m.end()
            if not (free(a, a + width) and free(b - width, b)):
                continue
            out.markup += [(a, a + width, "marker"), (a + width, b - width, kind), (b - width, b, "marker")]
            taken += [(a, a + width), (b - width, b)]
