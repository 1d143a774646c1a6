"""The library: every article opened in the reader (a file, stdin, a web page), most
recently read first.

An entry is the `library` field of the article's record in notes.json, the record that
also holds its reading position and owns its bookmarks and notes: an article is the same
entry whatever path or address it was read from, as long as its text is the same (and
the same file or address edited since is the same entry too, as for notes). A web page or
piped text has no file to reopen it from: its bytes are kept in HOME/pages, written before
the entry, so that a library entry always has a copy to open."""
from __future__ import annotations

import os
from contextlib import suppress
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from tinydb import where
from tinydb.operations import delete

from ..documents import is_url
from ..textclean import clip, matches
from .files import StoreError, atomic_write, reason
from .notes import now

if TYPE_CHECKING:
    from ..documents import Document
    from .notes import ArticleNotes, NotesStore

Page = tuple[bytes, str]  # a copy to keep of what was read, and its format ("html", "text"...)

# How many actor names an entry keeps, for `/` in the library to find it by.
ACTORS_KEPT = 5
HEADLINE = 100  # characters of a first line kept as the title of an untitled article


@dataclass(frozen=True)
class Entry:
    id: str  # the article record's
    digest: str
    source: str | None  # the path, web address or "<stdin>" it was last read from
    title: str | None
    site: str | None
    byline: str | None
    published: str | None  # the date the article states
    date: str | None  # the publication date the reader set for it, if any
    first_read: str
    last_read: str
    length: int  # characters of text, for how far into it the position is
    position: int | None
    bookmarks: int
    notes: int
    actors: list[str]
    page: str | None  # the kept copy in HOME/pages, for a web page or piped text
    format: str | None

    @property
    def label(self) -> str:
        if self.title:
            return self.title
        if self.source and not self.source.startswith("<") and not is_url(self.source):
            return os.path.basename(self.source)
        return self.source or self.digest[:12]

    @property
    def read_percent(self) -> int | None:
        if self.position is None or not self.length:
            return None
        return min(100, round(100 * self.position / self.length))

    def matches(self, query: str) -> bool:
        """Whether the title, site or one of the actors holds `query` (any case)."""
        return matches(query, (self.label, self.site or "", *self.actors))

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "read_percent": self.read_percent}


class Library:
    def __init__(self, store: NotesStore):
        self.store = store
        self.pages = store.home / "pages"

    def entries(self) -> list[Entry]:
        """Most recently read first."""
        db = self.store.db
        with db.reading():
            counts: dict[str, list[int]] = {}
            for doc in db.table("annotations").all():
                kind = doc["type"]
                if kind in ("bookmark", "note"):
                    counts.setdefault(doc["article"], [0, 0])[kind == "note"] += 1
            found = [_entry(record, counts.get(record["id"], [0, 0]))
                     for record in db.table("articles").all() if record.get("library") is not None]
        found.reverse()  # read in the same second: the one saved last first
        found.sort(key=lambda e: e.last_read, reverse=True)
        return found

    def remember(self, notes: ArticleNotes, document: Document, page: Page | None = None,
                 actors: list[str] | None = None) -> None:
        """Records that the article was opened now, in one write. `page` is the copy to keep
        of a web page or piped text, and the format to read it in; `actors` its main
        actors, once analysed (None keeps what is known)."""
        name = self._keep_page(document.digest, page[0]) if page is not None else None
        stamp = now()
        replaced: list[str] = []  # the copy of an earlier text of the page, once no entry has it

        def changes(record: dict[str, Any] | None) -> dict[str, Any]:
            old = (record or {}).get("library") or {}
            if name and old.get("page") not in (None, name):
                replaced.append(old["page"])
            entry = {
                "title": document.title or headline(document), "site": document.site, "byline": document.byline,
                "published": document.published, "length": len(document.text),
                "first_read": old.get("first_read", stamp), "last_read": stamp,
                "actors": old.get("actors", []) if actors is None else actors[:ACTORS_KEPT],
                # A file read again keeps the copy of the time it was piped or fetched.
                "page": name or old.get("page"),
                "format": page[1] if page is not None else old.get("format"),
            }
            return {"library": {**old, **entry}}

        notes.update_record(changes)
        for stale in replaced:
            self._discard_page(stale)

    def remember_actors(self, notes: ArticleNotes, actors: list[str]) -> None:
        """Keeps the article's main actors; writes only when they changed."""
        wanted = actors[:ACTORS_KEPT]

        def changes(record: dict[str, Any] | None) -> dict[str, Any] | None:
            old = (record or {}).get("library")
            if old is None or old.get("actors") == wanted:
                return None
            return {"library": {**old, "actors": wanted}}

        notes.update_record(changes)

    def forget(self, entry: Entry, with_notes: bool = False) -> None:
        """Takes the article out of the library, in one write. Its bookmarks and notes stay
        (and the record that holds them) unless `with_notes`."""
        db = self.store.db
        articles, annotations = db.table("articles"), db.table("annotations")
        with db.change():
            kept = not with_notes and annotations.contains(where("article") == entry.id)
            if kept:
                articles.update(delete("library"), where("id") == entry.id)
            else:
                annotations.remove(where("article") == entry.id)
                articles.remove(where("id") == entry.id)
        if entry.page:
            self._discard_page(entry.page)

    def page(self, entry: Entry) -> bytes:
        """The kept copy of a web page or piped text. Raises StoreError."""
        assert entry.page is not None
        try:
            return (self.pages / entry.page).read_bytes()
        except OSError as exc:
            raise StoreError(f"the copy of {entry.label} kept in {self.pages} cannot be read: {reason(exc)}") from None

    def open(self, entry: Entry) -> Document:
        """The article again: from its kept copy, else from the file it was last read from.
        Raises StoreError or DocumentError."""
        from ..documents import from_bytes, load

        if entry.page:
            return from_bytes(self.page(entry), entry.source or "<stdin>", entry.label, entry.format)
        if entry.source is None or entry.source.startswith("<"):
            raise StoreError(f"{entry.label}: no copy of it was kept")
        return load(entry.source)

    def by_source(self, source: str) -> Entry | None:
        """The most recently read entry last read from `source` (a web address, say)."""
        return next((e for e in self.entries() if e.source == source), None)

    def _discard_page(self, name: str) -> None:
        with suppress(OSError):
            (self.pages / name).unlink()

    def _keep_page(self, digest: str, page: bytes) -> str:
        name = f"{digest[:32]}.page"
        try:
            self.pages.mkdir(parents=True, exist_ok=True)
            atomic_write(self.pages / name, page)
        except OSError as exc:
            raise StoreError(f"cannot keep a copy of the page in {self.pages}: {reason(exc)}") from None
        return name


def headline(document: Document) -> str | None:
    """For an article that states no title: its first line that is not furniture (a
    byline, a dateline), shortened, rather than a file name or "<stdin>"."""
    start = 0
    for line in document.text.splitlines(keepends=True):
        end = start + len(line)
        words = line.strip()
        if words and not any(s <= start + line.index(words[0]) < e for s, e in document.furniture):
            return clip(words, HEADLINE)
        start = end
    return None


def _entry(record: dict[str, Any], counts: list[int]) -> Entry:
    lib = record["library"]
    position = record.get("position")
    date = record.get("date")
    return Entry(
        id=record["id"], digest=record["digest"], source=record.get("source"),
        title=lib.get("title"), site=lib.get("site"), byline=lib.get("byline"), published=lib.get("published"),
        date=date if isinstance(date, str) else None,
        first_read=lib["first_read"], last_read=lib["last_read"], length=lib["length"],
        position=position["offset"] if position else None, bookmarks=counts[0], notes=counts[1],
        actors=list(lib["actors"]), page=lib.get("page"), format=lib.get("format"),
    )

