"""Bookmarks, notes and the reading position of each article: the API the reader uses.

    store = NotesStore()                      # $NUTGRAF_HOME or the user data directory
    art = store.article(doc.digest, doc.text, doc.source)
    art.add_note("quote", start, end, "Check against the ICC statement")
    art.bookmarks(), art.notes(), art.orphans(), art.position()

An article is found by its content digest (so a moved file keeps its notes) or, failing
that, by its path (so an edited file keeps them too, re-anchored to the new text). Every
method that changes something writes it to disk before returning, or raises StoreError
and changes nothing. The notes are a TinyDB database (storage.NotesDB); each change is one
block of table operations that reads the file again under the lock first and writes once:
what other processes saved meanwhile is kept, and shown from then on."""
from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any, TypeVar, cast

from tinydb import where
from tinydb.table import Document, Table

from ..documents import is_url
from . import anchoring
from .anchoring import Selectors
from .files import StoreError, data_dir
from .records import KINDS, Annotation, Bookmark, Correction, Note
from .storage import NotesDB, NotesDocument

__all__ = ["KINDS", "Annotation", "ArticleNotes", "Bookmark", "Correction", "Note", "NotesStore", "StoreError"]

SAVED = "saved"  # the anchor of a record listed without the article's text: as saved
POSITION_QUOTE = 40  # characters remembered after the reading position, to find it again

A = TypeVar("A", bound=Annotation)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def normal_source(source: str | os.PathLike[str] | None) -> str | None:
    if source is None:
        return None
    source = str(source)
    # "<stdin>": no path to recognise it by; a web address is its own name.
    if not source or source.startswith("<") or is_url(source):
        return source or None
    return os.path.abspath(source)


class NotesStore:
    """All articles' notes in HOME/notes.json; `home` overrides $NUTGRAF_HOME."""

    def __init__(self, home: str | os.PathLike[str] | None = None):
        self.home = data_dir(home)
        self.path = self.home / "notes.json"
        self.db = NotesDB(self.path)
        self.db.storage.remove_stale_temporaries()
        self._articles = self.db.table("articles")
        self._annotations = self.db.table("annotations")

    @property
    def recovered(self) -> str | None:
        """Set once a damaged notes file has been moved aside: the message to show."""
        return self.db.storage.recovered

    def changed(self) -> bool:
        """Whether another process (or thread) changed the file since it was last read here."""
        return self.db.storage.changed()

    def article(self, digest: str, text: str, source: str | os.PathLike[str] | None = None) -> ArticleNotes:
        """The notes of one article, anchored in `text`. Reads only: nothing is written
        until something is added."""
        return ArticleNotes(self, digest, text, normal_source(source), None)

    def articles(self) -> list[ArticleNotes]:
        """Every article with notes, bookmarks, a position or a library entry, most recently
        changed first; without their texts, so each record is where it was saved (anchor
        "saved")."""
        with self.db.reading():
            by_article: dict[str, list[dict[str, Any]]] = {}
            for doc in self._annotations.all():
                by_article.setdefault(doc["article"], []).append(doc)
            views = [ArticleNotes(self, record["digest"], None, record["source"], record,
                                  by_article.get(record["id"], []))
                     for record in self._articles.all()]
        views.sort(key=lambda v: v.updated, reverse=True)
        return views


def _match(articles: Table, digest: str, source: str | None) -> Document | None:
    """The article this text belongs to: one that had this exact content, else one that
    was read from the same file (which has been edited since)."""
    found = articles.search(where("digests").any([digest]))
    if not found and source is not None and not source.startswith("<"):
        found = articles.search(where("sources").any([source]))
    return max(found, key=lambda r: r["created"], default=None)


class ArticleNotes:
    """One article's bookmarks, notes and reading position, anchored in its current text.

    Holds what it read when opened, and what it read when it last saved (a save reads the
    file first, so it brings in what other nutgraf processes saved meanwhile); call
    reload() to see their changes sooner. Views from NotesStore.articles() have no text
    and cannot be changed."""

    def __init__(self, store: NotesStore, digest: str, text: str | None, source: str | None,
                 record: dict[str, Any] | None, docs: list[dict[str, Any]] | None = None):
        self.store = store
        self.digest = digest
        self.text = text
        self.source = source
        self._record = record
        self._records: list[Annotation] = []
        self._by_id: dict[str, tuple[dict[str, Any], Annotation]] = {}  # (document, record as anchored), by id
        if docs is None:
            self.reload()
        else:
            self._records = _records_from(docs, text)

    @property
    def name(self) -> str:
        return os.path.basename(self.source) if self.source else self.digest[:12]

    @property
    def sources(self) -> list[str]:
        """Every path this article was read from."""
        return list((self._record or {}).get("sources", [])) or ([self.source] if self.source else [])

    def reload(self) -> None:
        with self.store.db.reading():
            record = self._find()
            records = self._view(record)
        self._record, self._records = record, records

    def bookmarks(self) -> list[Bookmark]:
        """In reading order; orphans last."""
        return [r for r in self._records if isinstance(r, Bookmark)]

    def notes(self) -> list[Note]:
        """In reading order; orphans last."""
        return [r for r in self._records if isinstance(r, Note)]

    def orphans(self) -> list[Annotation]:
        """Bookmarks and notes whose text is no longer in the article: kept, never dropped."""
        return [r for r in self._records if r.orphaned and isinstance(r, (Bookmark, Note))]

    def corrections(self) -> list[Correction]:
        """In the order they were made, the order they apply in."""
        return sorted((r for r in self._records if isinstance(r, Correction)), key=lambda r: r.created)

    def add_correction(self, op: str, kind: str, start: int, end: int, value: str | None = None,
                       other: tuple[int, int] | None = None) -> Correction:
        """A correction of the item of `kind` whose evidence is start-end (see
        analysis.corrections for each op); `other` is the evidence of the second item."""
        selectors = anchoring.describe(self._writable(), *other) if other else None
        fields = self._new(kind, start, end)
        if other:
            fields.update(other=selectors, other_start=other[0], other_end=other[1])
        return self._save(Correction(op=op, value=value, **fields), new=True)

    def remove_correction(self, correction_id: str) -> Correction | None:
        """The removed correction (give it to restore() to undo), or None if there was none."""
        return self._remove(correction_id, Correction)

    @property
    def updated(self) -> str:
        """When a bookmark or note was last saved (or the article first was)."""
        stamps: list[str] = [r.updated for r in self._records] + [(self._record or {}).get("created", "")]
        return max(stamps)

    def find_bookmark(self, start: int, end: int, kind: str | None = None) -> Bookmark | None:
        return _find(self.bookmarks(), start, end, kind)

    def find_note(self, start: int, end: int, kind: str | None = None) -> Note | None:
        return _find(self.notes(), start, end, kind)

    def add_bookmark(self, kind: str, start: int, end: int, label: str = "") -> Bookmark:
        """The new bookmark, or the one already there (saved by another process meanwhile):
        a span is bookmarked once."""
        return self._save(Bookmark(label=label, **self._new(kind, start, end)), new=True)

    def remove_bookmark(self, bookmark_id: str) -> Bookmark | None:
        """The removed bookmark (give it to restore() to undo), or None if there was none."""
        return self._remove(bookmark_id, Bookmark)

    def add_note(self, kind: str, start: int, end: int, body: str) -> Note:
        return self._save(Note(body=body, **self._new(kind, start, end)), new=True)

    def update_note(self, note_id: str, body: str) -> Note:
        """Saves the new body. If another process deleted the note meanwhile, it is saved
        again: what the reader just typed is never thrown away."""
        old = self._get(note_id, Note)
        return self._save(replace(old, body=body, updated=now()))

    def delete_note(self, note_id: str) -> Note | None:
        """The deleted note (give it to restore() to undo), or None if there was none."""
        return self._remove(note_id, Note)

    def restore(self, record: Annotation) -> None:
        """Save a bookmark or note again, as it was (same id): the undo of a removal."""
        self._save(record)

    def position(self) -> int | None:
        """The saved reading position (a character offset into the current text), found
        again after edits; None if none was saved."""
        saved = (self._record or {}).get("position")
        if saved is None:
            return None
        offset: int = saved["offset"]
        if self.text is None:
            return offset
        found = anchoring.anchor(self.text, Selectors.from_json(saved["selector"]))
        if found.orphaned:
            return max(0, min(offset, len(self.text)))
        return found.start

    def set_position(self, offset: int) -> None:
        """Saves the reading position. It writes the file: call it when the reader leaves
        the article or pauses, not on every scroll step."""
        text = self._writable()
        offset = max(0, min(offset, len(text)))
        saved = (self._record or {}).get("position") or {}
        # An offset saved means a record it was saved in.
        if saved.get("offset") == offset and self.digest in cast(dict[str, Any], self._record).get("digests", ()):
            return
        sel = anchoring.describe(text, offset, min(len(text), offset + POSITION_QUOTE), allow_empty=True)
        with self.store.db.change():
            record = self._ensure_article({"position": {"offset": offset, "selector": sel.to_json()}})
        self._record = record

    def update_record(self, changes: Callable[[dict[str, Any] | None], dict[str, Any] | None]) -> None:
        """Sets fields of the article's own record (the library's) in one write. `changes`
        gets the record as it is on disk now (None before anything was saved) and returns
        the fields to set, or None when nothing needs to change (nothing is written)."""
        self._writable()
        with self.store.db.change():
            wanted = changes(self._find())
            if wanted is None:
                return
            record = self._ensure_article(wanted)
        self._record = record

    def _writable(self) -> str:
        if self.text is None:
            raise RuntimeError("this view has no article text; open the article with NotesStore.article()")
        return self.text

    def _new(self, kind: str, start: int, end: int) -> dict[str, Any]:
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
        sel = anchoring.describe(self._writable(), start, end)
        stamp = now()
        return dict(id=uuid.uuid4().hex, kind=kind, start=start, end=end, anchor=anchoring.POSITION,
                    selectors=sel, digest=self.digest, source=self.source, created=stamp, updated=stamp)

    def _find(self) -> Document | None:
        """This article's record in the file as it is now."""
        articles = self.store._articles
        if self._record is not None:
            found = articles.get(where("id") == self._record["id"])
            if found is not None:
                return found
        return _match(articles, self.digest, self.source)

    def _ensure_article(self, changes: dict[str, Any] | None = None) -> Document:
        """This article's record, created or brought up to date (inside a change). The
        tables keep their own copies: a failed write leaves no trace in what they return."""
        self._writable()
        articles = self.store._articles
        record = self._find()
        if record is None:
            new = {"id": uuid.uuid4().hex, "digest": self.digest, "digests": [self.digest],
                   "source": self.source, "sources": [self.source] if self.source else [],
                   "created": now(), "position": None, **(changes or {})}
            return NotesDocument(new, articles.insert(new))
        wanted = dict(changes or {})
        wanted["digest"] = self.digest
        if self.digest not in record["digests"]:
            wanted["digests"] = [*record["digests"], self.digest]
        if self.source:
            wanted["source"] = self.source
            if self.source not in record["sources"]:
                wanted["sources"] = [*record["sources"], self.source]
        if any(record.get(k) != v for k, v in wanted.items()):
            articles.update(wanted, doc_ids=[record.doc_id])
            record = cast(Document, articles.get(doc_id=record.doc_id))  # just updated
        return record

    def _doc(self, record: Annotation, article: dict[str, Any]) -> dict[str, Any]:
        doc = {
            "id": record.id,
            "article": article["id"],
            "type": _TYPES[type(record)],
            "kind": record.kind,
            "target": {"source": record.source, "digest": record.digest, "selector": record.selectors.to_json()},
            "created": record.created,
            "updated": record.updated,
        }
        if isinstance(record, Note):
            doc["body"] = record.body
        elif isinstance(record, Correction):
            doc.update(op=record.op, value=record.value)
            if record.other is not None:
                doc["other"] = {"selector": record.other.to_json()}
        else:
            doc["label"] = cast(Bookmark, record).label
        return doc

    def _get(self, record_id: str, cls: type[A]) -> A:
        for r in self._records:
            if r.id == record_id and isinstance(r, cls):
                return r
        raise KeyError(record_id)

    def _remove(self, record_id: str, cls: type[A]) -> A | None:
        try:
            old = self._get(record_id, cls)
        except KeyError:
            return None
        with self.store.db.change():
            self.store._annotations.remove(where("id") == record_id)
            record = self._ensure_article()
            records = self._view(record)
        self._record, self._records = record, records
        return old

    def _save(self, record: A, new: bool = False) -> A:
        """Saves the record together with the article's, in one write, and takes in what
        other processes saved meanwhile."""
        annotations = self.store._annotations
        with self.store.db.change():
            article = self._ensure_article()
            same = new and isinstance(record, Bookmark) and _same_bookmark(annotations, article["id"], record)
            if same:
                record = cast(A, same)  # a Bookmark only when record is one
            elif new:
                annotations.insert(self._doc(record, article))
            else:  # fields a later version added to the document are kept
                annotations.upsert(self._doc(record, article), where("id") == record.id)
            records = self._view(article)
        self._record, self._records = article, records
        # Ids are unique: the record with this id is of record's class.
        return cast(A, next((r for r in records if r.id == record.id), record))

    def _view(self, record: dict[str, Any] | None) -> list[Annotation]:
        """This article's bookmarks and notes, anchored in the text. A record whose
        document has not changed since the last view is not anchored again."""
        if record is None:
            return []
        anchored: dict[str, tuple[dict[str, Any], Annotation]] = {}
        for doc in self.store._annotations.search(where("article") == record["id"]):
            before = self._by_id.get(doc["id"])
            if before is not None and before[0] == doc:
                anchored[doc["id"]] = before
                continue
            found = _from_doc(doc, self.text)
            if found is not None:
                anchored[doc["id"]] = doc, found
        self._by_id = anchored
        return sorted((r for _, r in anchored.values()), key=_order)


def _same_bookmark(annotations: Table, article_id: str, bookmark: Bookmark) -> Bookmark | None:
    bookmarks = (where("article") == article_id) & (where("type") == "bookmark") & (where("kind") == bookmark.kind)
    for doc in annotations.search(bookmarks):
        found = _from_doc(doc)
        if found and ((found.selectors.start, found.selectors.end, found.exact)
                      == (bookmark.start, bookmark.end, bookmark.exact)):
            return cast(Bookmark, found)  # the query asks for bookmarks
    return None


def _find(records: Iterable[A], start: int, end: int, kind: str | None) -> A | None:
    for r in records:
        if r.start == start and r.end == end and (kind is None or r.kind == kind):
            return r
    return None


def _order(r: Annotation) -> tuple[bool, int, int, str]:
    return (r.orphaned, r.start or 0, r.end or 0, r.created)


def _records_from(docs: list[dict[str, Any]], text: str | None) -> list[Annotation]:
    return sorted((r for doc in docs if (r := _from_doc(doc, text)) is not None), key=_order)


def _from_doc(doc: dict[str, Any], text: str | None = None) -> Annotation | None:
    """A record from the file (checked by schema.validate), anchored in `text`, else where
    it was saved; None for an annotation type this version does not know (it stays in the
    file untouched)."""
    if doc["type"] not in _TYPES.values():
        return None
    target = doc["target"]
    sel = Selectors.from_json(target["selector"])
    start, end, method = _anchored(sel, text)
    common = dict(id=doc["id"], kind=doc["kind"], start=start, end=end, anchor=method, selectors=sel,
                  digest=target["digest"], source=target.get("source"), created=doc["created"], updated=doc["updated"])
    if doc["type"] == "note":
        return Note(body=doc["body"], **common)
    if doc["type"] == "correction":
        other = Selectors.from_json(doc["other"]["selector"]) if doc.get("other") else None
        other_start, other_end, _ = _anchored(other, text) if other else (None, None, None)
        return Correction(op=doc["op"], value=doc.get("value"), other=other, other_start=other_start,
                          other_end=other_end, **common)
    return Bookmark(label=doc["label"], **common)


def _anchored(sel: Selectors, text: str | None) -> tuple[int | None, int | None, str]:
    """(start, end, how it was found) in `text`, else where it was saved."""
    if text is not None:
        found = anchoring.anchor(text, sel)
        return found.start, found.end, found.method
    if sel.start >= 0:
        return sel.start, sel.end, SAVED
    return None, None, SAVED


_TYPES: dict[type[Annotation], str] = {Note: "note", Bookmark: "bookmark", Correction: "correction"}
