"""The shape of notes.json, checked whole when it is read: a file that parses but holds the
wrong types somewhere is as damaged as one that does not parse, and is treated the same.

Fields this version does not know are allowed (a later version may add some), as are
annotation types it does not know (they are skipped, and kept in the file)."""
from __future__ import annotations

from datetime import datetime
from typing import Any


class SchemaError(ValueError):
    """str() says where and what, in a few words."""


def validate(data: object) -> None:
    if not isinstance(data, dict):
        raise SchemaError("not a JSON object")
    for name, table in data.items():
        if not isinstance(table, dict):
            raise SchemaError(f"table {name!r} is not an object")
        check = _CHECKS.get(name, _document)
        for key, doc in table.items():
            if not _doc_id(key):
                raise SchemaError(f"{name} {key[:40]!r}: a document key is not a number")
            try:
                check(doc)
            except SchemaError as exc:
                raise SchemaError(f"{name} {key}: {exc}") from None


def _doc_id(key: str) -> bool:
    """Whether TinyDB reads the key back as the same document id: it keys a table by
    int(key) while changing it, so "01" would overwrite "1", and "²" (a digit to
    str.isdigit) or thousands of digits would raise. No id TinyDB gives has 19 digits."""
    return key.isascii() and key.isdigit() and len(key) < 19 and str(int(key)) == key


def _document(doc: object) -> None:
    if not isinstance(doc, dict):
        raise SchemaError("not an object")


def _article(doc: Any) -> None:
    _document(doc)
    _text(doc, "id")
    _text(doc, "digest")
    _texts(doc, "digests")
    _text(doc, "source", optional=True)
    _texts(doc, "sources")
    _stamp(doc, "created")
    position = doc.get("position")
    if position is not None:
        if not isinstance(position, dict):
            raise SchemaError("position is not an object")
        _count(position.get("offset"), "position offset")
        _selector(position.get("selector"), allow_empty=True)
    entry = doc.get("library")
    if entry is not None:
        _library(entry)


def _library(entry: Any) -> None:
    """What the library keeps of an article that was opened (see library.py)."""
    if not isinstance(entry, dict):
        raise SchemaError("library is not an object")
    for field in ("title", "site", "byline", "published", "page", "format"):
        _text(entry, field, optional=True)
    _stamp(entry, "first_read")
    _stamp(entry, "last_read")
    _texts(entry, "actors")
    _count(entry.get("length"), "library length")


def _annotation(doc: Any) -> None:
    _document(doc)
    _text(doc, "id")
    _text(doc, "article")
    _text(doc, "type")
    if doc["type"] not in ("note", "bookmark", "correction"):
        return  # a later version's: skipped, and kept as it is
    _text(doc, "kind")
    target = doc.get("target")
    if not isinstance(target, dict):
        raise SchemaError("target is not an object")
    _text(target, "digest")
    _text(target, "source", optional=True)
    _selector(target.get("selector"))
    _stamp(doc, "created")
    _stamp(doc, "updated")
    if doc["type"] == "correction":
        _correction(doc)
    else:
        _text(doc, "body" if doc["type"] == "note" else "label")


def _correction(doc: dict[str, Any]) -> None:
    # An op this version does not know is kept and not applied (analysis.corrections).
    _text(doc, "op")
    _text(doc, "value", optional=True)
    other = doc.get("other")
    if other is not None:
        if not isinstance(other, dict):
            raise SchemaError("other is not an object")
        _selector(other.get("selector"))


def _selector(selectors: object, allow_empty: bool = False) -> None:
    """The W3C selectors anchoring.Selectors is read from."""
    if not isinstance(selectors, list) or not all(isinstance(s, dict) for s in selectors):
        raise SchemaError("selector is not a list of objects")
    by_type = {s.get("type"): s for s in selectors}
    quote = by_type.get("TextQuoteSelector")
    if quote is None:
        raise SchemaError("selector has no TextQuoteSelector")
    for field in ("exact", "prefix", "suffix"):
        _text(quote, field)
    if not quote["exact"] and not allow_empty:
        raise SchemaError("selector quotes no text")
    position = by_type.get("TextPositionSelector")
    if position is not None:
        start, end = position.get("start"), position.get("end")
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)) or not 0 <= start <= end:
            raise SchemaError("TextPositionSelector is not a span of characters")


def _count(value: object, what: str) -> None:
    """A number of characters: an int (not a bool, which JSON would allow) of 0 or more."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise SchemaError(f"{what} is not a number of characters")


def _text(doc: dict[str, Any], field: str, optional: bool = False) -> None:
    value = doc.get(field)
    if not (isinstance(value, str) or (optional and value is None)):
        raise SchemaError(f"{field} is {'missing' if field not in doc else 'not a string'}")


def _texts(doc: dict[str, Any], field: str) -> None:
    value = doc.get(field)
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise SchemaError(f"{field} is not a list of strings")


def _stamp(doc: dict[str, Any], field: str) -> None:
    _text(doc, field)
    try:
        datetime.fromisoformat(doc[field])
    except ValueError:
        raise SchemaError(f"{field} is not a date and time") from None


_CHECKS = {"articles": _article, "annotations": _annotation}
