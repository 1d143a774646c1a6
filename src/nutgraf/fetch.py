"""Downloading a web page to read: `nutgraf https://…`, `o` in the reader, `nutgraf analyze URL`.

httpx, streamed: redirects are followed, each wait on the network is bounded (TIMEOUT) and
so is the whole download (DEADLINE), and a page is refused once it is larger than
MAX_BYTES, before more of it is read. Whatever goes wrong is one FetchError, whose str() is
the line to show; nothing is kept of a download that did not finish."""
from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlsplit

from . import __version__
from .documents import Document, DocumentError, from_bytes, is_url

__all__ = ["FetchError", "fetch", "is_url", "load_url", "name_of"]

TIMEOUT = 15.0  # seconds for the connection, and for each wait for more of the page
DEADLINE = 60.0  # seconds for the whole download
MAX_BYTES = 16 * 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")

# progress(bytes received, bytes in all or None when the server does not say)
Progress = Callable[[int, "int | None"], None]


class FetchError(Exception):
    """A page that could not be downloaded or read as an article; str() is one line."""


def name_of(url: str) -> str:
    """What the status line shows for a page: its host and path."""
    parts = urlsplit(url)
    return (parts.netloc + parts.path).rstrip("/") or url


def _ignore(_done: int, _total: int | None) -> None:
    pass


def fetch(url: str, progress: Progress = _ignore, *, timeout: float = TIMEOUT, deadline: float = DEADLINE,
          max_bytes: int = MAX_BYTES) -> tuple[str, bytes]:
    """(the address the page came from after redirects, its bytes). Raises FetchError."""
    import httpx

    headers = {"User-Agent": f"nutgraf/{__version__} (a terminal news reader)", "Accept": "text/html,*/*;q=0.5"}
    started = time.monotonic()
    try:
        with httpx.stream("GET", url, headers=headers, follow_redirects=True, timeout=timeout) as response:
            if response.status_code >= 400:
                raise FetchError(f"{url}: the server answered {response.status_code} {response.reason_phrase}".rstrip())
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind and kind not in HTML_TYPES:
                raise FetchError(f"{url}: not a web page but {kind}; nutgraf reads HTML articles")
            total = _length(response.headers.get("content-length"))
            if total is not None and total > max_bytes:
                raise FetchError(f"{url}: the page is {_mb(total)}, larger than the {_mb(max_bytes)} nutgraf reads")
            chunks: list[bytes] = []
            kept = 0
            progress(0, total)
            # Decompressed as it comes, and counted so: a small compressed page cannot
            # unpack into gigabytes.
            for chunk in response.iter_bytes():
                kept += len(chunk)
                if kept > max_bytes:
                    raise FetchError(f"{url}: the page is larger than the {_mb(max_bytes)} nutgraf reads")
                if time.monotonic() - started > deadline:
                    raise FetchError(f"{url}: the download took longer than {deadline:g} s")
                chunks.append(chunk)
                progress(response.num_bytes_downloaded, total)
            return str(response.url), b"".join(chunks)
    except httpx.TimeoutException:
        raise FetchError(f"{url}: no answer within {timeout:g} s") from None
    except httpx.DecodingError:
        raise FetchError(f"{url}: the page came compressed in a way that cannot be read") from None
    except httpx.TooManyRedirects:
        raise FetchError(f"{url}: too many redirects") from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL):
        raise FetchError(f"{url}: not a web address nutgraf can open") from None
    except httpx.ConnectError as exc:
        raise FetchError(f"{url}: cannot connect ({_first_line(exc)}); are you offline?") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: the download failed ({_first_line(exc)})") from None


def load_url(url: str, progress: Progress = _ignore) -> tuple[Document, bytes]:
    """The article at `url` (its source) and the page's bytes, to keep. Raises FetchError."""
    # The limits as they are now (tests lower them), not as when fetch() was defined.
    final, raw = fetch(url, progress, timeout=TIMEOUT, max_bytes=MAX_BYTES)
    try:
        # Known by the address asked for (the one a feed reader hands over again, or that
        # finds the kept copy offline), named after where it led.
        return from_bytes(raw, url, name_of(final), "html"), raw
    except DocumentError as exc:
        raise FetchError(str(exc)) from None


def _length(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _mb(n: int) -> str:
    return f"{n / 2**20:.3g} MB"


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else exc.__class__.__name__
