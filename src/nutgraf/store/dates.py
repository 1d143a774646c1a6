"""The publication date the reader set for an article (`d` in the reader), kept in the notes
file in a table of its own, one document per article keyed by its content digest:

    {"digest": "…", "date": "2024-03-07", "updated": "…"}

The reader resolves the article's timeline against it on every later open, and `nutgraf
analyze` of the same text uses it unless --date is given."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from tinydb import where

from .notes import now

if TYPE_CHECKING:
    from .notes import NotesStore

TABLE = "dates"


def article_date(store: NotesStore, digest: str) -> str | None:
    """The date set for the article with this content, None if none was (or the one in the
    file is not a date: a hand-edited file is read, not trusted)."""
    with store.db.reading():
        found = store.db.table(TABLE).get(where("digest") == digest)
    date = found.get("date") if isinstance(found, dict) else None
    try:
        return dt.date.fromisoformat(date).isoformat() if isinstance(date, str) else None
    except ValueError:
        return None


def set_article_date(store: NotesStore, digest: str, date: str | None) -> None:
    """Keeps `date` (YYYY-MM-DD) for the article; None forgets it (the date the article
    states is used again). Raises StoreError and changes nothing if it cannot be saved."""
    table = store.db.table(TABLE)
    with store.db.change():
        if date is None:
            table.remove(where("digest") == digest)
        else:
            table.upsert({"digest": digest, "date": dt.date.fromisoformat(date).isoformat(), "updated": now()},
                         where("digest") == digest)


def stored_date(digest: str) -> str | None:
    """The date set for this article in the user's store, for `nutgraf analyze`: None also
    when there is no store yet or it cannot be read (the analysis goes on without it)."""
    from .files import StoreError, data_dir
    from .notes import NotesStore

    if not (data_dir() / "notes.json").exists():
        return None
    try:
        return article_date(NotesStore(), digest)
    except StoreError:
        return None
