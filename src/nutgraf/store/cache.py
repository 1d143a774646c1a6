"""Analysis results kept beside the notes, so reopening an article skips the analysis.

One file per entry in HOME/cache/: an analysis can be large, and one file per entry means a
write touches only its own entry. An entry is a head line (its key, the format, a checksum of
the rest) and then a line of JSON per part of the data: json.loads holds the GIL for as long
as it reads, and a worker reading a long article's entry in one go froze the reader's keys;
line by line, it lets go between lines. A cache is disposable, so nothing here raises for a
damaged, invalid, older or unwritable entry: it is deleted, or simply not used."""
from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any, TypeVar, overload

from .files import atomic_write, data_dir, stale_temporaries

T = TypeVar("T")

MAX_ENTRIES = 200
# The layout of an entry's file. An entry of another format is deleted when it is read,
# and its article analysed again (the format before this one wrote an object per item).
FORMAT = 2


class AnalysisCache:
    def __init__(self, home: str | os.PathLike[str] | None = None, max_entries: int = MAX_ENTRIES):
        self.dir = data_dir(home) / "cache"
        self.max_entries = max_entries
        self._remove_stale()

    @overload
    def get(self, digest: str, model: str, version: str | int, max_bytes: int | None = None,
            load: None = None) -> dict[str, Any] | None: ...

    @overload
    def get(self, digest: str, model: str, version: str | int, max_bytes: int | None = None, *,
            load: Callable[[dict[str, Any]], T]) -> T | None: ...

    def get(self, digest: str, model: str, version: str | int, max_bytes: int | None = None,
            load: Callable[[dict[str, Any]], T] | None = None) -> dict[str, Any] | T | None:
        """The data put for this text, model (name and version) and analysis version, or
        what `load` makes of it; None also when the entry is larger than max_bytes. An entry
        `load` refuses (raises ValueError) is deleted."""
        path = self._path(digest, model, version)
        try:
            # Sized before it is read: a refused entry is read once, by whoever reads it next.
            if max_bytes is not None and path.stat().st_size > max_bytes:
                return None
            entry = _decode(path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError, RecursionError):  # RecursionError: nested too deeply
            self._discard(path)
            return None
        if not isinstance(entry, dict) or entry.get("key") != _key(digest, model, version) \
                or not isinstance(entry.get("data"), dict):
            self._discard(path)
            return None
        data: dict[str, Any] | T = entry["data"]
        if load is not None:
            try:
                data = load(entry["data"])
            except ValueError:
                self._discard(path)
                return None
        _touch(path)
        return data

    def put(self, digest: str, model: str, version: str | int, data: dict[str, Any]) -> bool:
        """False when the entry could not be written (read-only directory, full disk):
        the analysis is still good, it just will not be reused."""
        payload = _encode(_key(digest, model, version), data)
        path = self._path(digest, model, version)
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            atomic_write(path, payload)
        except OSError:
            return False
        _touch(path)
        self._evict()
        return True

    def _path(self, digest: str, model: str, version: str | int) -> Path:
        import hashlib  # not imported with the reader: its first paint has no use for it

        name = hashlib.sha256(json.dumps(_key(digest, model, version)).encode("utf-8")).hexdigest()
        return self.dir / f"{name[:40]}.json"

    def _remove_stale(self) -> None:
        """Temporaries of writes that never finished (a process killed mid-write)."""
        for path in stale_temporaries(self.dir):
            self._discard(path)

    def _evict(self) -> None:
        self._remove_stale()
        entries = []
        for path in self.dir.glob("*.json"):
            with suppress(OSError):
                entries.append((path.stat().st_mtime_ns, path.name, path))
        entries.sort()
        for _, _, path in entries[:max(0, len(entries) - self.max_entries)]:
            self._discard(path)

    @staticmethod
    def _discard(path: Path) -> None:
        with suppress(OSError):
            path.unlink()


def _line(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _sum(body: bytes) -> str:
    import hashlib

    return hashlib.blake2b(body, digest_size=16).hexdigest()


def _encode(key: list[str], data: dict[str, Any]) -> bytes:
    """A head line {"key", "format", "sum": the checksum of the lines after it}, then a
    line [name, value] per item of `data`."""
    body = b"\n".join(_line([name, value]) for name, value in data.items())
    return _line({"key": key, "format": FORMAT, "sum": _sum(body)}) + b"\n" + body


def _decode(payload: bytes) -> object:
    """The entry {"key", "data"}; ValueError for a cut or damaged one, or one of another
    format (written by an earlier version: it is analysed again)."""
    head, _, body = payload.partition(b"\n")
    entry = json.loads(head)
    if not isinstance(entry, dict) or entry.get("format") != FORMAT:
        raise ValueError("not a cache entry of this format")
    # Whatever was cut or changed, not only what would no longer parse (a digit of a span).
    if entry.get("sum") != _sum(body):
        raise ValueError("a cut or damaged cache entry")
    data: dict[str, Any] = {}
    for line in body.split(b"\n") if body else ():
        part = json.loads(line)
        if not (isinstance(part, list) and len(part) == 2 and isinstance(part[0], str)):
            raise ValueError("a damaged cache entry")
        data[part[0]] = part[1]
    return {"key": entry.get("key"), "data": data}


def _key(digest: str, model: str, version: str | int) -> list[str]:
    return [digest, model, str(version)]


def _touch(path: Path) -> None:
    # Eviction goes by last use; set from the clock rather than left to the file system,
    # whose timestamps can be too coarse to order entries written in quick succession.
    stamp = time.time_ns()
    with suppress(OSError):
        os.utime(path, ns=(stamp, stamp))
