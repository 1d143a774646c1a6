"""Plain text: the title, byline and dateline at the top, and the paragraphs of hard-wrapped
text for display. The text itself is never changed: everything here is spans into it."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..spans import Span, lines, trim
from . import Page
from .dates import find_date

# Lines past which a title, byline or dateline is not looked for.
HEAD_LINES = 6
TITLE_MAX_CHARS = 150
TITLE_MAX_WORDS = 25
# Non-blank lines below which the analysis does not take text for hard-wrapped.
WRAP_MIN_LINES = 6

# The patterns of the first lines are compiled at their first use (re keeps them): an
# article opening on its text needs none of them, and compiling them all was 2 ms of the
# reader's first paint.
_BY = r"(?i)^(?:by|words(?: and pictures)? by|written by|reporting by|story by|author)\s*:?\s+(?P<rest>\S.*)$"
_LABEL = (r"(?i)^(?P<label>(?:first |last |originally )?(?:published|updated|posted|modified|dated?|last updated))"
          r"(?:\s+on)?\s*[:\-\u2013\u2014]?\s*$")
# "LONDON," or "WASHINGTON (Reuters) -" before the date on a dateline.
_PLACE = r"^[A-Z][A-Z .'-]{1,30}(?:\s*\([A-Za-z]+\))?\s*[,\-\u2013\u2014]?\s*$"
# What may follow a date on a date line: a time and a zone.
_TIME_TAIL = (r"(?i)^[\s,\-\u2013\u2014|·•]*(?:(?:at\s+)?[0-2]?\d(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?)?"
              r"\s*(?:[A-Z]{2,5}|UTC|GMT)?(?:[+-]\d{1,2}(?::?\d\d)?)?)?\s*[.)]?\s*$")
_NAME_CUT = r"\s+(?:[|·•\u2014\u2013]|-)\s+|\s*\|\s*"
_BULLET = r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+"
_WORD = re.compile(r"\S+")
_STRIP_MARKS = re.compile(r"[\s*_#>]*(.*?)[\s*_]*$", re.S)


@dataclass
class Header:
    """What the top lines of an article say about it."""

    title: str | None = None
    title_span: Span | None = None
    byline: str | None = None
    published: str | None = None
    updated: str | None = None
    # Byline and date lines: metadata, dimmed and kept out of the panels.
    furniture: list[Span] = field(default_factory=list)


def read(text: str) -> Page:
    """A plain-text article: the text as given, with its title, byline and date lines."""
    head = header(text)
    markup = [(head.title_span[0], head.title_span[1], "heading")] if head.title_span else []
    return Page(text=text, title=head.title, byline=head.byline, published=head.published,
                furniture=sorted(head.furniture), markup=markup)


def _content(text: str, s: int, e: int) -> Span:
    """The span of a line without surrounding whitespace and Markdown emphasis marks."""
    m = _STRIP_MARKS.match(text, s, e)
    return (m.start(1), m.end(1)) if m else (s, e)


def header(text: str, title: bool = True, skip: list[Span] | tuple[Span, ...] = ()) -> Header:
    """Read the title (the first line, when short and not a sentence), byline ("By Jane Doe")
    and date line ("12 March 2024", "Published: 7 February 2025") at the top of the text.
    Lines overlapping `skip` (front matter, a Markdown title) are passed over; title=False
    when the caller has found the title."""
    head = Header()
    seen = 0
    for s, e in lines(text[:8192]):
        if any(s < b and e > a for a, b in skip):
            continue
        cs, ce = _content(text, s, e)
        line = text[cs:ce]
        if not any(c.isalnum() for c in line):
            continue  # blank lines, rules, setext underlines
        if seen >= HEAD_LINES or len(line) > TITLE_MAX_CHARS:
            break
        if _meta_line(line, cs, head):
            seen += 1
            continue
        if seen == 0 and title and head.title is None and _is_title(line):
            head.title, head.title_span = line, (cs, ce)
            seen += 1
            continue
        break
    if head.title_span and not re.compile(r"\S").search(text, head.title_span[1]):
        head.title = head.title_span = None  # a single line is not a title: it is the text
    if head.published is None:
        head.published = head.updated
    return head


def _is_title(line: str) -> bool:
    if line[-1] in ".,;:" and not line.endswith("..."):
        return False
    words = line.split()
    return 1 <= len(words) <= TITLE_MAX_WORDS and any(c.isalpha() for c in line)


def _meta_line(line: str, start: int, head: Header) -> bool:
    """Record a byline or date line into head; False when the line is neither."""
    m = re.match(_BY, line)
    if m:
        rest = m.group("rest")
        found = find_date(rest)
        name_part = rest[: found[1]] if found else rest
        name = re.split(_NAME_CUT, name_part, maxsplit=1)[0].strip(" ,;|·•-\u2013\u2014")
        name = re.sub(r"\s*,?\s*(?:published|updated|posted|on)$", "", name, flags=re.I).strip(" ,")
        if not name or not name[0].isupper() or len(name) > 80 or len(name.split()) > 12 or name.endswith("."):
            return False
        if found and not re.match(_TIME_TAIL, rest[found[2]:]):
            found = None
        head.byline = head.byline or name
        if found:
            head.published = head.published or found[0]
        head.furniture.append((start, start + len(line)))
        return True
    found = find_date(line)
    if not found:
        return False
    iso, ds, de = found
    before, after = line[:ds].strip(), line[de:]
    label = None
    if before:
        lm = re.match(_LABEL, before)
        if lm:
            label = lm.group("label").lower()
        elif not re.match(_PLACE, before):
            return False
    if not re.match(_TIME_TAIL, after):
        return False
    if label and ("updated" in label or "modified" in label):
        head.updated = head.updated or iso
    else:
        head.published = head.published or iso
    head.furniture.append((start, start + len(line)))
    return True


def hard_wrap_width(text: str, spans: list[Span] | None = None) -> int | None:
    """The width text is hard-wrapped at (most lines end near it, none much past it), or
    None for text that keeps a paragraph a line."""
    spans = spans if spans is not None else lines(text)
    lengths = sorted(len(text[s:e].rstrip()) for s, e in spans if not text[s:e].isspace() and e > s)
    if len(lengths) < 3:
        return None
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
    if not 30 <= width <= 120:
        return None
    near = sum(1 for n in lengths if n >= 0.7 * width)
    over = sum(1 for n in lengths if n > width + 10)
    if near < 0.5 * len(lengths) or over > 0.1 * len(lengths):
        return None
    # Wrapping breaks lines mid-sentence; a paragraph a line ends its lines with a full stop
    # even when they happen to be of one length.
    open_ends = sum(1 for s, e in spans
                    if text[s:e].strip() and not re.search(r"[.!?:;\"'\u201d\u2019)\]]\s*$", text[s:e]))
    if open_ends < 0.3 * len(lengths):
        return None
    return width


def is_hard_wrapped(text: str) -> bool:
    """Whether the analysis should read text as hard-wrapped: a line break inside a paragraph
    is then soft. It needs more lines than the display does, since a few short lines (a list
    of signed quotes) can look wrapped."""
    spans = lines(text)
    filled = sum(1 for s, e in spans if text[s:e].strip())
    return filled >= WRAP_MIN_LINES and hard_wrap_width(text, spans) is not None


def paragraphs(text: str, unwrap: bool = True) -> list[Span]:
    """Display paragraphs as spans into text, without surrounding whitespace. Lines are
    joined only when the text is hard-wrapped (a line ends where the next word would not
    have fitted) and `unwrap` is set; otherwise every line is a paragraph."""
    spans = lines(text)
    width = hard_wrap_width(text, spans) if unwrap else None

    def joins(i: int) -> bool:
        if width is None:
            return False
        ps, pe = spans[i - 1]
        s, e = spans[i]
        nxt = text[s:e]
        if re.match(_BULLET, nxt) or (nxt[:1].isspace() and not text[ps:pe][:1].isspace()):
            return False
        first = _WORD.search(nxt)
        return first is not None and len(text[ps:pe].rstrip()) + 1 + len(first.group()) > width

    return join_lines(text, spans, joins)


def join_lines(text: str, spans: list[Span], joins: Callable[[int], bool]) -> list[Span]:
    """Runs of non-blank lines as paragraphs, trimmed: line i starts a new paragraph unless
    joins(i) says it continues the one before."""
    out: list[list[int]] = []
    cur: list[int] | None = None
    for i, (s, e) in enumerate(spans):
        if text[s:e].isspace() or s == e:
            cur = None
            continue
        s, e = trim(text, s, e)
        if cur is not None and joins(i):
            cur[1] = e
            continue
        cur = [s, e]
        out.append(cur)
    return [(s, e) for s, e in out]
