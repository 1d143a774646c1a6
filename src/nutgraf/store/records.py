"""What the store keeps of a reader's bookmarks, notes and corrections, free of the database behind it:
the reader shows these while the notes database is still being opened."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..analysis.corrections import Correction as CoreCorrection
from ..analysis.model import EvidenceKind
from ..textclean import clean_line, clip

if TYPE_CHECKING:
    from .anchoring import Selectors

# What a bookmark or note is on: a sentence, an item of a panel, or a selection of words.
KINDS = ("sentence", *(k.value for k in EvidenceKind), "selection")
# How a correction is named by what it did.
DOES = {"rename": "renamed", "merge": "merged", "split": "split off", "kind": "kind", "speaker": "speaker",
        "wrong": "wrong"}


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


@dataclass(frozen=True)
class Correction(Annotation):
    """A correction of the analysis (see analysis.corrections): `op` on the item of `kind`
    whose evidence is the anchored span; `other` anchors the second item a merge or a new
    speaker names, found again in the current text like the first (other_start None when
    it is gone, or when there is none)."""

    op: str = ""
    value: str | None = None
    other: Selectors | None = None
    other_start: int | None = None
    other_end: int | None = None

    def applicable(self) -> CoreCorrection | None:
        """The correction as the analysis applies it; None while an item it names is gone."""
        if self.start is None or self.end is None or (self.other is not None and self.other_start is None):
            return None
        other = None if self.other_start is None or self.other_end is None else (self.other_start, self.other_end)
        return CoreCorrection(self.id, self.op, self.kind, (self.start, self.end), other, self.value)

    def describe(self) -> str:
        """In a few words, for one line: renamed: “White House” → The White House."""
        said = f"{DOES.get(self.op, self.op)}: “{_clip(self.exact, 40)}”"
        if self.other is not None:
            said += f" {'+' if self.op == 'merge' else '→'} “{_clip(self.other.exact, 30)}”"
        elif self.op == "speaker":
            said += " → nobody"
        if self.value:
            said += f" → {_clip(self.value, 30)}"
        return said


def _clip(text: str, width: int) -> str:
    return clip(clean_line(text), width)
