"""Reading the formats articles arrive in: plain text, Markdown and saved web pages.

Each reader returns what nutgraf needs besides the text: metadata (title, byline, site,
publication date) and spans into the text (furniture, markup, display paragraphs). Every
span is an offset into the text the reader was given (or, for HTML, the text it built)."""
from __future__ import annotations

Span = tuple[int, int]
# (start, end, kind) with kind one of MARKUP_KINDS.
Markup = tuple[int, int, str]

# heading: a title or subheading's words; strong / emphasis / code: inline styles;
# link: a link's words; blockquote: a block quotation; marker: syntax characters to dim
# ('#', '*', '_', '`', '>', a list bullet, a link's brackets and address).
MARKUP_KINDS = ("heading", "strong", "emphasis", "code", "link", "blockquote", "marker")
