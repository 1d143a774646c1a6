"""notes.json: a TinyDB database whose file is read whole, validated, and replaced whole,
never lost.

The layout is TinyDB's, {table: {doc_id: document}}, so files written by earlier versions
still open. TinyDB's own JSONStorage reads the whole file for every table operation and
rewrites it in place (a crash leaves half a file); NotesFile, the storage here, does neither.
Every change is one block, NotesDB.change(), inside a file lock shared by nutgraf
processes: it re-reads the file first, so nothing another process saved is dropped; the
table operations in it only change the data in memory; and when it ends the data is
written once, to a temporary file that replaces the old one only once it is on disk. A
file that cannot be parsed or is not of the expected shape is moved aside, never
overwritten; what this process last read of it is written back, so notes do not vanish.

A parsed file is kept while the file's identity (inode, size, modification time) stays the
same: a store of 100,000 notes is about 100 MB, and parsing it is most of any read."""
from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

if TYPE_CHECKING:
    from tinydb.queries import QueryLike

from ..collector import collector_paused
from .files import StoreError, atomic_write, fsync_dir, reason, stale_temporaries
from .schema import SchemaError, validate

LOCK_TIMEOUT = 10.0
LOCK_POLL = 0.005  # filelock's default, 50 ms, would add that much to a save that has to wait
TABLES = ("articles", "annotations")

Data = dict[str, dict[str, Any]]  # {table: {doc_id: document}}, as TinyDB reads it
Identity = tuple[int, int, int, int]
_D = TypeVar("_D", bound="Data | None")


class NotesFile(Storage):
    """TinyDB's storage of notes.json. What read() returns is this object's own copy:
    read-only outside change(), the only place write() is allowed."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self.lock = FileLock(f"{self.path}.lock", timeout=LOCK_TIMEOUT)
        # The file lock is per process; threads of one process (the reader saves from a
        # worker) take turns here first.
        self._mutex = threading.RLock()
        self.recovered: str | None = None  # what was last done about a damaged file, to tell the user
        self._data: Data | None = None  # the file as last read or written, validated
        self._seen: Identity | None = None  # the identity of the file it came from
        # Inside reading() or change(), read() gives the data in memory without a look at
        # the file: every table operation of the block sees one state of it.
        self._pinned = False
        self._changing = False  # inside change(): write() is allowed
        self._dirty = False
        # Counts the data objects read() has handed out: a table's query cache and next
        # document id are of one of them, and start afresh when it is no longer current.
        self.generation = 0

    def read(self) -> Data | None:
        with self._mutex, collector_paused():
            if self._pinned:
                return self._data
            if self._data is not None and self._identity() == self._seen:
                return self._data
            raw, seen = self._read_bytes()
            try:
                return self._keep(_parse(raw), seen)
            except SchemaError:
                pass
            with self._locked():
                return self._load()

    def write(self, data: Data) -> None:
        """Keeps the data to be written when change() ends."""
        with self._mutex:
            if not self._changing:
                self._forget()  # TinyDB changes what read() returned before it calls write()
                raise RuntimeError("notes are written only inside NotesDB.change()")
            self._keep(data, self._seen)
            self._dirty = True

    @contextmanager
    def reading(self) -> Iterator[None]:
        """A block of table reads that all see one state of the file, with no change by
        another thread of this process meanwhile."""
        with self._mutex, collector_paused():
            if self._pinned:
                yield
                return
            self.read()
            self._pinned = True
            try:
                yield
            finally:
                self._pinned = False

    def remove_stale_temporaries(self) -> None:
        """Remove what a process killed mid-save left behind. Only while the lock is free:
        a temporary is written under it."""
        prefix = f".{self.path.name}."
        if not stale_temporaries(self.path.parent, prefix):
            return
        with self._mutex, suppress(Timeout, OSError), self.lock.acquire(timeout=0):
            for path in stale_temporaries(self.path.parent, prefix):
                with suppress(OSError):
                    path.unlink()

    def changed(self) -> bool:
        """Whether the file changed since it was last read or written here (a stat call)."""
        return self._identity() != self._seen

    @contextmanager
    def change(self) -> Iterator[None]:
        """A block of table operations on the data as it is on disk now, under the lock;
        what they leave is written once, when the block ends. Raises StoreError and
        changes nothing if it cannot be written."""
        with self._locked(), collector_paused():
            self._load()
            self._pinned = self._changing = True
            self._dirty = False
            try:
                yield
                if self._dirty:
                    self._write(cast(Data, self._data))  # set by _load()
            except BaseException:
                self._forget()  # the block may have changed the kept copy
                raise
            finally:
                self._pinned = self._changing = False

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with self._mutex:
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

    def _load(self) -> Data:
        """The data on disk, under the lock; a damaged file is moved aside and replaced by
        what was last read here (or nothing)."""
        if self._data is not None and self._identity() == self._seen:
            return self._data
        raw, seen = self._read_bytes()
        try:
            return self._keep(_parse(raw), seen)
        except SchemaError as exc:
            aside = self._move_aside(exc)
        if self._data is None:
            self.recovered = (f"the notes file {self.path} was damaged ({aside[1]}); it was kept as {aside[0]} "
                              f"and a new, empty one was started")
            return self._keep(_empty(), None)
        self.recovered = (f"the notes file {self.path} was damaged ({aside[1]}); it was kept as {aside[0]} "
                          f"and the notes this reader had open were saved again")
        self._write(self._data)
        return self._data

    def _keep(self, data: _D, seen: Identity | None) -> _D:
        if data is not self._data:
            self.generation += 1
        self._data, self._seen = data, seen
        return data

    def _forget(self) -> None:
        self._keep(None, None)

    def _identity(self) -> Identity | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns

    def _write(self, data: Data) -> None:
        # A tree of plain objects, read from JSON: no cycle to look for (10 % of the time).
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), check_circular=False).encode("utf-8")
        try:
            atomic_write(self.path, payload)
        except OSError as exc:
            self._forget()
            raise StoreError(f"cannot save notes to {self.path}: {reason(exc)}") from None
        self._keep(data, self._identity())

    def _read_bytes(self) -> tuple[bytes | None, Identity | None]:
        """The file's bytes and its identity when they were read (taken before reading:
        a change during the read then shows as a change next time)."""
        seen = self._identity()
        try:
            return self.path.read_bytes(), seen
        except FileNotFoundError:
            return None, None
        except OSError as exc:
            raise StoreError(f"cannot read notes from {self.path}: {reason(exc)}") from None

    def _move_aside(self, why: SchemaError) -> tuple[str, str]:
        """(the name it was kept under, why)."""
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
            raise StoreError(f"{self.path} is damaged (not a nutgraf notes file: {why}) "
                             f"and cannot be moved aside: {reason(exc)}") from None
        return aside.name, str(why)


def _empty() -> Data:
    return {table: {} for table in TABLES}


def _parse(raw: bytes | None) -> Data:
    """The validated data; an empty store for a missing or blank file. Raises SchemaError."""
    if raw is None or not raw or raw.isspace():  # isspace, not strip: no copy of 100 MB
        return _empty()
    try:
        data = json.loads(raw)
    except RecursionError:
        raise SchemaError("nested too deeply") from None
    except ValueError as exc:
        raise SchemaError(f"not JSON: {exc}") from None
    validate(data)
    for table in TABLES:
        data.setdefault(table, {})
    return cast(Data, data)  # checked by validate()


class NotesDocument(Document):
    """TinyDB's document, with no attribute dict made for its doc_id: a listing of 100,000
    notes makes 100,000 of them."""

    __slots__ = ("doc_id",)


class NotesTable(Table):
    """TinyDB's table, with its query cache and next document id kept only while the data
    they were taken from is current: another process's save, or a change that failed,
    starts them afresh, so a table never answers from data that is no longer on disk."""

    document_class = NotesDocument

    # Always a NotesFile: NotesDB makes its tables of its own storage.
    _storage: NotesFile

    def __init__(self, storage: Storage, name: str, *args: Any, **kwargs: Any):
        super().__init__(storage, name, *args, **kwargs)
        self._generation = cast(NotesFile, storage).generation

    def search(self, cond: QueryLike) -> list[Document]:
        self._sync()
        return super().search(cond)

    def _get_next_id(self) -> int:
        self._sync()
        return super()._get_next_id()  # type: ignore[no-untyped-call,no-any-return]  # untyped in TinyDB

    def _sync(self) -> None:
        self._storage.read()  # takes in what another process saved: a stat, if nothing
        if self._generation != self._storage.generation:
            self._generation = self._storage.generation
            self.clear_cache()
            self._next_id = None


class NotesDB(TinyDB):
    """TinyDB on notes.json. Table operations that write belong inside change(); reads
    that must see no other thread's change meanwhile, inside reading()."""

    table_class = NotesTable

    def __init__(self, path: str | os.PathLike[str]):
        super().__init__(path, storage=NotesFile)

    if TYPE_CHECKING:
        @property
        def storage(self) -> NotesFile: ...

        def table(self, name: str, **kwargs: Any) -> NotesTable: ...

    def change(self) -> AbstractContextManager[None]:
        return self.storage.change()

    def reading(self) -> AbstractContextManager[None]:
        return self.storage.reading()
