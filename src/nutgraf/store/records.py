"""What the store keeps of a reader's bookmarks and notes, free of the database behind it:
the reader shows these while the notes database is still being opened."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..analysis.model import EvidenceKind

if TYPE_CHECKING:
    from .anchoring import Selectors

# What a bookmark or note is on: a sentence, an item of a panel, or a selection of words.
KINDS = ("sentence", *(k.value for k in EvidenceKind), "selection")


@dataclass(frozen=True)
class Annotation:
    id: str
    kind: str
    start: int | None  # in the current text; None when orphaned
    end: int | None
    anchor: str  # how it was found: position, quote, fuzzy, orphaned (or saved)
    selectors: Selectors  # as saved, against the text of `digest`
    digest: str
    source: str | None
    created: str
    updated: str

    @property
    def orphaned(self) -> bool:
        return self.start is None

    @property
    def exact(self) -> str:
        """The text as it was when saved."""
        return self.selectors.exact


@dataclass(frozen=True)
class Bookmark(Annotation):
    label: str = ""


@dataclass(frozen=True)
class Note(Annotation):
    body: str = ""
