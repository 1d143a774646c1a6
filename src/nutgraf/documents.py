"""Loading an article from a path or stdin and decoding it to text.

Three formats: plain text and Markdown are kept exactly as decoded (only a byte-order mark
is dropped); a saved web page (.html) becomes the article text nutgraf extracts from it, a
paragraph a line, headline first. Either way every span the analysis returns, and every
note anchored to it, is an offset into Document.text, and every span the loader adds
(furniture, markup, display paragraphs) is too.

The format comes from the file name (.html/.htm/.xhtml, .md/.markdown) and, for other
names and for standard input, from the content."""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .formats import Markup, Page
from .spans import Span

MAX_BYTES = 64 * 1024 * 1024
# A web page this long takes a moment to read (seconds for the longest): the loader says so
# first, through its `progress` callback, rather than leave the terminal silent.
ANNOUNCE_CHARS = 2 * 1024 * 1024

_LINE_BREAK = re.compile(r"[\r\n]")

# Leading bytes of formats people save by mistake instead of an article.
MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"RIFF": "a media file",
    b"\x7fELF": "a program",
}


HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")
FORMATS = ("text", "html", "markdown")


class DocumentError(Exception):
    """An input nutgraf cannot read as an article; str() is the one line to show."""


@dataclass
class Document:
    text: str
    source: str  # the path as given, or "<stdin>"
    name: str  # what the status line shows
    encoding: str
    note: str | None = None  # a decoding fallback the reader should know about
    format: str = "text"  # "text" | "html" | "markdown"
    # Metadata: from the page's tags (HTML), front matter or headings (Markdown), or the
    # title, byline and date lines at the top (plain text). None when not stated.
    title: str | None = None
    byline: str | None = None
    site: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD): the timeline's default reference date
    # Spans of text the loader knows are not article text (a photo caption put back in the
    # body, byline and date lines, Markdown front matter and link addresses): dim them and
    # keep them out of the panels. Sorted; they may overlap.
    furniture: list[Span] = field(default_factory=list)
    # (start, end, kind), kind in formats.MARKUP_KINDS: heading, strong, emphasis, code,
    # link, quote, and marker (syntax characters to dim). The title line is a heading in
    # every format. Sorted by start.
    markup_spans: list[Markup] = field(default_factory=list)

    @property
    def digest(self) -> str:
        """Identifies the article by its content, so a moved file keeps its notes."""
        # hashlib imported here: asked for once the article is drawn, not before (1.5 ms).
        import hashlib

        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Display paragraphs (see reflow_spans): the line breaks inside one are soft."""
        return reflow_spans(self.text, self.format)

    @cached_property
    def soft_breaks(self) -> list[int]:
        """Offsets of the line-break characters (LF, CR) inside display paragraphs: show
        each as a space (same length, so no offset moves) to reflow hard-wrapped text."""
        return soft_breaks(self.text, self.paragraphs)

    def display_text(self) -> str:
        """The text with soft line breaks as spaces: same length as text, every span the
        same. (Control characters are still the display layer's: see textclean.)"""
        return reflowed(self.text, self.soft_breaks)

    def analysis_text(self) -> str:
        """What to give the analysis: the text with the loader's furniture, Markdown markers
        ('#', '**', a link's address) and soft line breaks as spaces (line breaks between
        paragraphs stay). Same length, so every span the analysis returns is a span of
        `text` too; furniture never reaches the panels; a name wrapped over two lines reads
        as one."""
        blank = [(s, e) for s, e, kind in self.markup_spans if kind == "marker"] + list(self.furniture)
        if not blank and not self.soft_breaks:
            return self.text
        chars = list(self.text)
        for i in self.soft_breaks:
            chars[i] = " "
        for s, e in blank:
            for i in range(s, e):
                if chars[i] not in "\r\n":
                    chars[i] = " "
        return "".join(chars)


def reflow_spans(text: str, format: str = "text") -> list[Span]:
    """Display paragraphs as (start, end) spans into text. Plain text that is hard-wrapped
    (most lines end near one width) joins the lines of a paragraph; Markdown joins the lines
    of a block; HTML text (built by nutgraf) keeps a paragraph a line. A lone CR counts as a
    line break."""
    if format == "markdown":
        from .formats.markdown import paragraphs as markdown_paragraphs

        return markdown_paragraphs(text)
    from .formats.plaintext import paragraphs

    return paragraphs(text, unwrap=format == "text")


def soft_breaks(text: str, paragraphs: list[Span]) -> list[int]:
    out: list[int] = []
    for s, e in paragraphs:
        # Most paragraphs hold none (a paragraph a line): two finds tell, a quarter of the
        # time a search for each break took (5 ms of a 100,000-word article's first paint).
        if text.find("\n", s, e) >= 0 or text.find("\r", s, e) >= 0:
            out.extend(m.start() for m in _LINE_BREAK.finditer(text, s, e))
    return out


def reflowed(text: str, breaks: list[int]) -> str:
    if not breaks:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)


def load(path: str | os.PathLike[str], format: str | None = None,
         progress: Callable[[str], None] | None = None) -> Document:
    """Read and decode an article file; raises DocumentError with a one-line reason.
    format: "text", "html" or "markdown"; None decides from the name, then the content.
    progress(message) is told before a long wait (a very long web page)."""
    raw = read_bytes(path)
    return from_bytes(raw, str(path), Path(path).name, format, progress)


def load_stdin(format: str | None = None, progress: Callable[[str], None] | None = None) -> Document:
    """Standard input ('-'); its format is sniffed: a web page (<!doctype html>, <html>),
    Markdown (headings, front matter), else plain text."""
    raw = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise DocumentError(f"standard input is larger than {MAX_BYTES // 2**20} MB")
    return from_bytes(raw, "<stdin>", "stdin", format, progress)


def format_of(name: str, text: str) -> str:
    """The format for a file name, or sniffed from the text when the name says nothing."""
    lower = name.lower()
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    if lower.endswith((".txt", ".text")):
        return "text"
    from .formats.html import looks_like_html
    from .formats.markdown import looks_like_markdown

    if looks_like_html(text):
        return "html"
    if looks_like_markdown(text):
        return "markdown"
    return "text"


def is_url(source: str) -> bool:
    """Whether an article argument is a web address (to download) rather than a path."""
    return source[:8].lower().startswith(("http://", "https://"))


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    shown = str(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise DocumentError(f"{shown}: no such file") from None
    except PermissionError:
        raise DocumentError(f"{shown}: permission denied (check the file's permissions)") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DocumentError(f"{shown}: a symbolic link that loops back on itself") from None
        raise DocumentError(f"{shown}: cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError(f"{shown}: is a directory; give the path of an article file")
    if not stat.S_ISREG(st.st_mode):
        # Opening a FIFO or a device could block forever or never end.
        raise DocumentError(f"{shown}: not a regular file (a pipe or device); "
                            "save the article to a file, or pipe it to 'nutgraf -'")
    if st.st_size > MAX_BYTES:
        raise DocumentError(f"{shown}: {st.st_size // 2**20} MB is larger than the "
                            f"{MAX_BYTES // 2**20} MB nutgraf reads")
    try:
        with open(path, "rb") as f:
            return f.read(MAX_BYTES + 1)
    except PermissionError:
        raise DocumentError(f"{shown}: permission denied (check the file's permissions)") from None
    except OSError as exc:
        raise DocumentError(f"{shown}: cannot be read ({exc.strerror or exc})") from None


def from_bytes(raw: bytes, source: str, name: str, format: str | None = None,
               progress: Callable[[str], None] | None = None) -> Document:
    if format is not None and format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {format!r}")
    declared = None
    if format == "html" or (format is None and name.lower().endswith(HTML_SUFFIXES)) or (
        format is None and raw[:2048].lstrip().lower().startswith((b"<!doctype html", b"<html"))
    ):
        from .formats.html import declared_charset

        declared = declared_charset(raw)
    text, encoding, note = decode(raw, source, declared)
    if not text.strip():
        raise DocumentError(f"{source}: is empty" if not text else f"{source}: holds only whitespace")
    fmt = format or format_of(name, text)
    if fmt == "html" and progress and len(text) >= ANNOUNCE_CHARS:
        progress(f"{source}: reading a {len(text) / 2**20:.3g} MB web page…")
    page = _read(fmt, text, source)
    note = "; ".join(n for n in (note, page.note) if n) or None
    return Document(
        text=page.text, source=source, name=name, encoding=encoding, note=note, format=fmt,
        title=page.title, byline=page.byline, site=page.site, published=page.published,
        furniture=page.furniture, markup_spans=page.markup,
    )


def _read(fmt: str, text: str, source: str) -> Page:
    if fmt == "markdown":
        from .formats.markdown import read

        return read(text)
    if fmt == "text":
        from .formats.plaintext import read

        return read(text)
    from .formats.html import NoArticle
    from .formats.html import read as read_html

    try:
        return read_html(text)
    except NoArticle as exc:
        raise DocumentError(f"{source}: {exc}") from None
    except RecursionError:
        raise DocumentError(f"{source}: the web page is nested too deeply to read") from None


def decode(raw: bytes, source: str = "input", declared: str | None = None) -> tuple[str, str, str | None]:
    """(text, encoding, note). Refuses binary data; text that is not UTF-8 is decoded with
    the charset a web page declares (`declared`), else falls back to Windows-1252 or
    Latin-1 and the note says so."""
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw[3:], "utf-8", source), "utf-8-sig", None
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            return _strict(raw[2:], enc, source), enc, None
    for magic, what in MAGIC.items():
        if raw.startswith(magic):
            raise DocumentError(f"{source}: this is {what}, not a text article")
    if b"\x00" in raw[:65536]:
        raise DocumentError(f"{source}: binary data (NUL bytes), not a text article")
    try:
        return raw.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as exc:
        bad = exc.start
    if declared and declared not in ("utf-8", "utf-16", "utf-32") and not declared.startswith(("utf_16", "utf_32")):
        try:
            text = raw.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            if not _looks_binary(text):
                return text, declared, None
    try:
        text = raw.decode("cp1252")
        enc = "windows-1252"
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
        enc = "latin-1"
    if _looks_binary(text):
        raise DocumentError(f"{source}: binary data, not a text article")
    return text, enc, f"not valid UTF-8 (byte {bad}); decoded as {enc}"


def _strict(raw: bytes, enc: str, source: str) -> str:
    try:
        return raw.decode(enc)
    except UnicodeDecodeError as exc:
        note_enc = enc.upper()
        raise DocumentError(f"{source}: starts with a {note_enc} byte-order mark "
                            f"but is not valid {note_enc} (byte {exc.start})") from None


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    return controls > max(8, len(sample) // 100)
