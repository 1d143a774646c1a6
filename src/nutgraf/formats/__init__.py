"""Reading the formats articles arrive in: plain text, Markdown and saved web pages.

Each format module has `read(text) -> Page`: the article's text (as given, or for HTML the
text it built), its metadata (title, byline, site, publication date) and spans into that
text (furniture, markup), and `paragraphs(text) -> [Span]`: its display paragraphs, whose
inner line breaks are soft."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..spans import Span

# (start, end, kind) with kind one of MARKUP_KINDS.
Markup = tuple[int, int, str]

# heading: a title or subheading's words; strong / emphasis / code: inline styles;
# link: a link's words; blockquote: a block quotation; marker: syntax characters to dim
# ('#', '*', '_', '`', '>', a list bullet, a link's brackets and address).
MARKUP_KINDS = ("heading", "strong", "emphasis", "code", "link", "blockquote", "marker")


@dataclass
class Page:
    """What a format reader found in an article."""

    text: str
    title: str | None = None
    byline: str | None = None
    site: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD)
    # Spans that are not article text (captions, byline and date lines, front matter, link
    # addresses): dimmed and kept out of the panels. Sorted; they may overlap.
    furniture: list[Span] = field(default_factory=list)
    markup: list[Markup] = field(default_factory=list)  # sorted by start
    note: str | None = None  # how the article was read, when the reader should know (a cut)
