"""Making article text safe to put on a terminal without moving any offset."""
from __future__ import annotations

import re

# C0 and C1 controls except tab and newline, DEL, and the bidi embedding/override/isolate
# characters that can make text display in an order other than the one stored.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """The same text with every unsafe character replaced by one space: same length, so
    every span into the original still points at the same characters."""
    return _UNSAFE.sub(" ", text)


def clean_line(text: str) -> str:
    """One line for a table cell or list row: unsafe characters and newlines become spaces."""
    return _UNSAFE.sub(" ", text).replace("\n", " ").replace("\t", " ")
