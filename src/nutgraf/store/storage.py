"""Where nutgraf keeps its data, and a TinyDB storage that never loses it.

TinyDB's own JSONStorage rewrites its file in place, so a crash mid-write leaves half a
database. Here every write goes to a temporary file that replaces the old one only once it
is safely on disk; a file lock makes each read-modify-write exclusive between nutgraf
processes; and a database that cannot be parsed is moved aside, never overwritten."""
from __future__ import annotations

import errno
import json
import os
import tempfile
import time
from contextlib import contextmanager, suppress
from pathlib import Path

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

LOCK_TIMEOUT = 10.0
LOCK_POLL = 0.005  # filelock's default, 50 ms, would add that much to a save that has to wait

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
    errno.ENOTDIR: "a file is in the way of the directory",
}


class StoreError(Exception):
    """Notes could not be read or saved; str() is the one line to show the user. Whatever
    was being saved did not reach the disk, and what was there before is unchanged."""


def data_dir(home: str | os.PathLike | None = None) -> Path:
    """home, else $NUTGRAF_HOME, else the platform's user data directory."""
    if home is None:
        home = os.environ.get("NUTGRAF_HOME") or None
    if home is None:
        import platformdirs

        return Path(platformdirs.user_data_dir("nutgraf", appauthor=False))
    return Path(home).expanduser()


def reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno) or exc.strerror or str(exc)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace path with data so that a crash at any moment leaves either the old file or
    the new one, never a mixture. Raises OSError."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def fsync_dir(directory: Path) -> None:
    """Make a rename in directory durable: without it a power cut can undo os.replace."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
