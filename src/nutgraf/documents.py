"""Loading an article from a path or stdin and decoding it to text.

The decoded text is kept exactly as decoded (only a byte-order mark is dropped): every span
the analysis returns, and every note anchored to it, is an offset into this string."""
from __future__ import annotations

import codecs
import errno
import hashlib
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024

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


class DocumentError(Exception):
    """An input nutgraf cannot read as an article; str() is the one line to show."""


@dataclass
class Document:
    text: str
    source: str  # the path as given, or "<stdin>"
    name: str  # what the status line shows
    encoding: str
    note: str | None = None  # a decoding fallback the reader should know about

    @property
    def digest(self) -> str:
        """Identifies the article by its content, so a moved file keeps its notes."""
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()


def load(path: str | os.PathLike) -> Document:
    """Read and decode an article file; raises DocumentError with a one-line reason."""
    raw = read_bytes(path)
    return from_bytes(raw, str(path), Path(path).name)


def load_stdin() -> Document:
    raw = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise DocumentError(f"standard input is larger than {MAX_BYTES // 2**20} MB")
    return from_bytes(raw, "<stdin>", "stdin")


def read_bytes(path: str | os.PathLike) -> bytes:
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
        raise DocumentError(f"{shown}: not a regular file (a pipe or device); save the article to a file, or pipe it to 'nutgraf -'")
    if st.st_size > MAX_BYTES:
        raise DocumentError(f"{shown}: {st.st_size // 2**20} MB is larger than the {MAX_BYTES // 2**20} MB nutgraf reads")
    try:
        with open(path, "rb") as f:
            return f.read(MAX_BYTES + 1)
    except PermissionError:
        raise DocumentError(f"{shown}: permission denied (check the file's permissions)") from None
    except OSError as exc:
        raise DocumentError(f"{shown}: cannot be read ({exc.strerror or exc})") from None


def from_bytes(raw: bytes, source: str, name: str) -> Document:
    text, encoding, note = decode(raw, source)
    if not text.strip():
        raise DocumentError(f"{source}: is empty" if not text else f"{source}: holds only whitespace")
    return Document(text=text, source=source, name=name, encoding=encoding, note=note)


def decode(raw: bytes, source: str = "input") -> tuple[str, str, str | None]:
    """(text, encoding, note). Refuses binary data; text that is not UTF-8 falls back to
    Windows-1252 or Latin-1 and the note says so."""
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
        raise DocumentError(f"{source}: starts with a {note_enc} byte-order mark but is not valid {note_enc} (byte {exc.start})") from None


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    return controls > max(8, len(sample) // 100)
