"""The publication date the reader set for an article (`d` in the reader), kept as the `date`
field of the article's record in notes.json: found as its notes are (by content, else by the
file it was read from), and listed by the library.

The reader resolves the article's timeline against it on every later open, and `nutgraf
analyze` of the same text uses it unless --date is given."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .notes import _match, normal_source

if TYPE_CHECKING:
    import os

    from .notes import ArticleNotes, NotesStore


def article_date(store: NotesStore, digest: str, source: str | os.PathLike[str] | None = None) -> str | None:
    """The date set for the article with this content (or read from this file), None if none
    was (or the one in the file is not a date: a hand-edited file is read, not trusted)."""
    with store.db.reading():
        record = _match(store.db.table("articles"), digest, normal_source(source))
    date = record.get("date") if record is not None else None
    try:
        return dt.date.fromisoformat(date).isoformat() if isinstance(date, str) else None
    except ValueError:
        return None


def set_article_date(notes: ArticleNotes, date: str | None) -> None:
    """Keeps `date` (YYYY-MM-DD) for the article; None forgets it (the date the article
    states is used again). Raises StoreError and changes nothing if it cannot be saved."""
    wanted = dt.date.fromisoformat(date).isoformat() if date is not None else None
    notes.update_record(lambda record: None if (record or {}).get("date") == wanted else {"date": wanted})


def stored_date(digest: str, source: str | os.PathLike[str] | None = None) -> str | None:
    """The date set for this article in the user's store, for `nutgraf analyze`: None also
    when there is no store yet or it cannot be read (the analysis goes on without it)."""
    from .files import StoreError, data_dir
    from .notes import NotesStore

    if not (data_dir() / "notes.json").exists():
        return None
    try:
        return article_date(NotesStore(), digest, source)
    except StoreError:
        return None
