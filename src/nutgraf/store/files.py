"""Where nutgraf keeps its data, and how a file there is replaced without ever being lost.

Free of third-party imports: the reader opens an article from the analysis cache, which
needs only this, before the notes database (TinyDB, a file lock, fuzzy matching) is loaded."""
from __future__ import annotations

import errno
import os
import time
from contextlib import suppress
from pathlib import Path

_REASONS: dict[int | None, str] = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
    errno.ENOTDIR: "a file is in the way of the directory",
}

# A temporary of atomic_write this old belongs to a process that was killed mid-write: a
# write takes well under a second, even of a 100 MB notes file.
STALE_AFTER = 60.0


class StoreError(Exception):
    """Notes could not be read or saved; str() is the one line to show the user. Whatever
    was being saved did not reach the disk, and what was there before is unchanged."""


def data_dir(home: str | os.PathLike[str] | None = None) -> Path:
    """home, else $NUTGRAF_HOME, else the platform's user data directory."""
    if home is None:
        home = os.environ.get("NUTGRAF_HOME") or None
    if home is None:
        import platformdirs

        return Path(platformdirs.user_data_dir("nutgraf", appauthor=False))
    return Path(home).expanduser()


def reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno) or exc.strerror or str(exc)


def atomic_write(path: Path, data: bytes, mode: int | None = None, create_mode: int = 0o600) -> None:
    """Replace path with data so that a crash at any moment leaves either the old file or
    the new one, never a mixture. The new file has `mode`; else it is created with
    `create_mode` less the user's umask, as any file they create (by default only its owner
    may read it). Raises OSError."""
    fd, tmp = _temporary(path, create_mode)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def _temporary(path: Path, create_mode: int) -> tuple[int, str]:
    """A new file beside path, named as stale_temporaries expects. Not tempfile.mkstemp: it
    always creates 0600, and reading the umask to widen that would mean setting it."""
    import secrets  # with hashlib, 2 ms the reader's first paint, which writes nothing, had spent

    for _ in range(100):
        tmp = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, create_mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path.parent))


def fsync_dir(directory: Path) -> None:
    """Make a rename in directory durable: without it a power cut can undo os.replace."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def stale_temporaries(directory: Path, prefix: str = ".") -> list[Path]:
    """Temporaries of atomic_write in directory (named prefix…tmp) older than STALE_AFTER."""
    found: list[Path] = []
    now = time.time()
    try:
        entries = os.scandir(directory)
    except OSError:
        return found
    with entries:
        for entry in entries:
            if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
                with suppress(OSError):
                    if now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER:
                        found.append(Path(entry.path))
    return found
