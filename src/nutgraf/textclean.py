"""Making text safe to put on a terminal.

One set of unsafe characters, two ways to neutralise them: the reader replaces each by a
space (same length, so no offset moves); everything printed to stdout, stderr or a notice
shows each as its escape (ESC as \\x1b), so a file name or a note stays readable and cannot
move the cursor, set the title (OSC 0), open a link (OSC 8), write the clipboard (OSC 52) or
reorder what is shown (bidi overrides)."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from typing import Any, TextIO

# C0 and C1 controls except tab, newline and CR, DEL, the bidi embedding/override/isolate
# characters that can make text display in an order other than the one stored, and lone
# surrogates (from undecodable file names or JSON escapes), which cannot even be encoded.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_OTHERS = "\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE = re.compile(f"[{_CONTROLS}\r{_OTHERS}]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def clean(text: str) -> str:
    """The same text with every unsafe character replaced by one space: same length, so
    every span into the original still points at the same characters."""
    return _UNSAFE.sub(" ", text)


def clean_line(text: str) -> str:
    """One line for a table cell or list row: unsafe characters and newlines become spaces."""
    return _UNSAFE.sub(" ", text).replace("\n", " ").replace("\t", " ")


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    return _NAMED.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")


def for_terminal(text: str, multiline: bool = False) -> str:
    """Text to print: every unsafe character shown as its escape (ESC as \\x1b, U+202E as
    \\u202e). One line unless `multiline`: then line breaks and tabs are kept."""
    return _printed_unsafe(multiline).sub(_escape, text)


@cache
def _printed_unsafe(multiline: bool) -> re.Pattern[str]:
    """Printed text's unsafe characters: newline and tab too, except where the output has
    several lines; there a CR only when not before a LF (alone it lets a line overwrite the
    one before). Compiled when first printed, not with the module: each took 0.5-0.8 ms (the
    surrogates' range), and the reader's first paint has no use for them."""
    if multiline:
        return re.compile(f"\r(?!\n)|[{_CONTROLS}{_OTHERS}]")
    return re.compile(f"[{_CONTROLS}\r\t\n{_OTHERS}]")


def json_for_terminal(data: object, **kwargs: Any) -> str:
    """JSON text with non-ASCII letters as they are but every unsafe character as a \\u
    escape (json.dumps escapes C0 controls itself, not C1, DEL, bidi or surrogates)."""
    text = json.dumps(data, ensure_ascii=False, **kwargs)
    # Every unsafe character is unprintable (a control, a format character or a surrogate):
    # a text all printable, as nearly every analysis is, has none, told in half the time.
    if text.isprintable():
        return text
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def write_json_for_terminal(data: dict[str, Any], out: TextIO) -> None:
    """json_for_terminal(data) written to `out` a part at a time: each value of `data`, and a
    long list JSON_CHUNK items at a time. A long article's analysis is tens of megabytes of
    JSON: as one string it was held three times over (the JSON, its escaped copy, that with
    its newline), the peak of a long `nutgraf analyze --json`'s memory. Data with no such
    list (a news article's analysis, a --jsonl record) is written at once: a json.dumps and
    a scan for unsafe characters for each of its values cost a third more than one for all.
    `data` is a tree, as to_json() makes it: not checked for cycles (json.dumps's markers of
    every list and object it is in were a sixth of the time of writing an analysis)."""
    if not any(isinstance(value, list) and len(value) > JSON_CHUNK for value in data.values()):
        out.write(json_for_terminal(data, check_circular=False))
        return
    out.write("{")
    for i, (key, value) in enumerate(data.items()):
        # json.dumps's own separators, so the text is the same as all at once
        out.write(f"{', ' if i else ''}{json_for_terminal(key)}: ")
        if isinstance(value, list) and len(value) > JSON_CHUNK:
            out.write("[")
            for k in range(0, len(value), JSON_CHUNK):
                chunk = json_for_terminal(value[k:k + JSON_CHUNK], check_circular=False)
                out.write(f"{', ' if k else ''}{chunk[1:-1]}")
            out.write("]")
        else:
            out.write(json_for_terminal(value, check_circular=False))
    out.write("}")


JSON_CHUNK = 500


def matches(query: str, texts: Iterable[str]) -> bool:
    """Whether one of `texts` holds `query` (any case; an empty query matches): what a
    type-to-filter list keeps."""
    query = query.casefold().strip()
    return not query or any(query in text.casefold() for text in texts)


def clip(text: str, width: int) -> str:
    """Text for one line of at most `width` characters: runs of whitespace become one space,
    and a longer text is cut with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def counted(n: int, what: str) -> str:
    """"1 quote", "3 quotes"."""
    return f"{n} {what}{'' if n == 1 else 's'}"
