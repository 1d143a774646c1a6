"""A TinyDB storage that never loses the notes.

TinyDB's own JSONStorage rewrites its file in place, so a crash mid-write leaves half a
database. Here every write goes to a temporary file that replaces the old one only once it
is safely on disk; a file lock makes each read-modify-write exclusive between nutgraf
processes; and a database that cannot be parsed is moved aside, never overwritten."""
from __future__ import annotations

import json
import os
import time
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from .files import StoreError, atomic_write, fsync_dir, reason

LOCK_TIMEOUT = 10.0
LOCK_POLL = 0.005  # filelock's default, 50 ms, would add that much to a save that has to wait


class AtomicJSONStorage(Storage):
    """A TinyDB storage: atomic writes, a lock shared by processes, damaged files set aside.

    Every read goes to the file, so a read inside transaction() sees what other processes
    wrote. write() refuses to run outside transaction(): an unlocked read-modify-write
    would silently drop another process's changes."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.lock = FileLock(f"{self.path}.lock", timeout=LOCK_TIMEOUT)
        self.recovered: str | None = None

    @contextmanager
    def transaction(self):
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.lock.acquire(poll_interval=LOCK_POLL)
        except Timeout:
            raise StoreError(f"{self.path}: another nutgraf process is holding the notes lock; try again") from None
        except OSError as exc:
            raise StoreError(f"cannot save notes in {self.path.parent}: {reason(exc)}") from None
        try:
            yield
        finally:
            self.lock.release()

    def read(self) -> dict | None:
        data = _parse(self._read_bytes())
        if data is not _DAMAGED:
            return data
        try:
            with self.transaction():
                # Another process may have set it aside and started afresh meanwhile.
                data = _parse(self._read_bytes())
                if data is _DAMAGED:
                    self._move_aside()
                    return None
                return data
        except StoreError as exc:
            raise StoreError(f"{self.path} is damaged (not a nutgraf notes file) and cannot be moved aside: {exc}") from None

    def write(self, data: dict) -> None:
        if not self.lock.is_locked:
            raise RuntimeError("AtomicJSONStorage.write() must run inside transaction()")
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            atomic_write(self.path, payload)
        except OSError as exc:
            raise StoreError(f"cannot save notes to {self.path}: {reason(exc)}") from None

    def _read_bytes(self) -> bytes | None:
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(f"cannot read notes from {self.path}: {reason(exc)}") from None

    def _move_aside(self) -> None:
        stamp = time.strftime("%Y%m%dT%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        try:
            os.replace(self.path, aside)
            fsync_dir(self.path.parent)
        except OSError as exc:
            raise StoreError(reason(exc)) from None
        self.recovered = (
            f"the notes file {self.path} was damaged; it was kept as {aside.name} "
            f"and a new, empty one was started"
        )


_DAMAGED = object()


def _parse(raw: bytes | None):
    """The database as a dict, None when there is none yet, or _DAMAGED."""
    if raw is None or not raw.strip():
        return None
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return _DAMAGED
    # TinyDB's layout: {table: {doc_id: document}}.
    if not isinstance(data, dict) or not all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
        for table in data.values()
    ):
        return _DAMAGED
    return data


class _UncachedTable(Table):
    """Another process may change the file at any moment, so nothing read from it is kept:
    not query results, and not the next document id, which TinyDB would otherwise reuse."""

    def __init__(self, storage: Storage, name: str, persist_empty: bool = False):
        super().__init__(storage, name, cache_size=0, persist_empty=persist_empty)

    def _get_next_id(self):
        self._next_id = None
        return super()._get_next_id()


class LockedTinyDB(TinyDB):
    table_class = _UncachedTable


def open_db(path: str | os.PathLike) -> LockedTinyDB:
    return LockedTinyDB(path, storage=AtomicJSONStorage)
