"""Analysis in a child process, for callers that must stay responsive.

spaCy's parser holds the GIL for a whole batch (measured: key presses waited 2 s while a
thread parsed a long article), so a thread cannot keep a UI fluid. The child
(`python -m nutgraf.analysis.background`) reads one request as JSON on stdin and writes one
JSON message a line on stdout; the parent only waits on the pipe, which releases the GIL."""
from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

from .model import Analysis
from .pipeline import ModelError

POLL_SECONDS = 0.05

# An analysis is sent as lines of at most this many list items, then a line with the rest:
# the parent decodes one line in one call that holds its GIL, and a long article's whole
# analysis in one line (1.8 MB at 100k words) held it, and the reader's keys, for 50 ms.
PART_ITEMS = 500


def analyze_in_child(
    text: str,
    reference_date: str | None = None,
    model_name: str | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    partial: Callable[[Analysis], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Analysis | None:
    """Like pipeline.analyze, run in a fresh process. Returns None when should_stop() turned
    true (the child is ended); raises ModelError when no model loads."""
    child = subprocess.Popen(
        [sys.executable, "-m", "nutgraf.analysis.background"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )
    try:
        # The request is written from a thread of its own: a long text fills the pipe.
        _send_request(child, {"text": text, "reference_date": reference_date, "model": model_name})
        parts: dict[str, list[Any]] = {}
        for message in _messages(child, should_stop):
            kind = message["kind"]
            if kind == "progress" and progress:
                progress(message["done"], message["total"])
            elif kind == "part":
                parts.setdefault(message["field"], []).extend(message["items"])
            elif kind == "partial":
                if partial:
                    partial(Analysis.from_json({**message["analysis"], **parts}, text))
                parts = {}
            elif kind == "done":
                return Analysis.from_json({**message["analysis"], **parts}, text)
            elif kind == "model-error":
                raise ModelError(message["message"])
            elif kind == "error":
                raise RuntimeError(message["message"])
        if should_stop and should_stop():
            return None
        raise RuntimeError(f"the analysis process ended unexpectedly (exit code {child.poll()})")
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        assert child.stdout is not None  # opened as a pipe above
        child.stdout.close()


def _send_request(child: subprocess.Popen[bytes], request: dict[str, Any]) -> None:
    import threading

    def write() -> None:
        assert child.stdin is not None  # opened as a pipe by analyze_in_child
        try:
            child.stdin.write(json.dumps(request).encode("utf-8", "surrogatepass"))
            child.stdin.close()
        except (BrokenPipeError, OSError):
            pass  # the child died; the reader reports it

    threading.Thread(target=write, daemon=True).start()


def _messages(child: subprocess.Popen[bytes], should_stop: Callable[[], bool] | None) -> Iterator[dict[str, Any]]:
    """The child's messages as they arrive; stops early when should_stop() turns true."""
    assert child.stdout is not None  # opened as a pipe by analyze_in_child
    fd = child.stdout.fileno()
    buffer = b""
    while True:
        if should_stop and should_stop():
            return
        ready, _, _ = select.select([fd], [], [], POLL_SECONDS)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            if line:
                yield json.loads(line)


def _serve() -> None:
    from .pipeline import analyze, load_model

    out = sys.stdout

    def send(kind: str, **fields: Any) -> None:
        out.write(json.dumps({"kind": kind, **fields}) + "\n")
        out.flush()

    def send_analysis(kind: str, analysis: Analysis) -> None:
        data = analysis.to_json(with_mentions=True)
        parted = {field for field, items in data.items() if isinstance(items, list) and items}
        for field in parted:
            items = data[field]
            for start in range(0, len(items), PART_ITEMS):
                send("part", field=field, items=items[start:start + PART_ITEMS])
        # Empty lists travel with the rest, so that every field arrives.
        send(kind, analysis={k: v for k, v in data.items() if k not in parted})

    request = json.loads(sys.stdin.buffer.read().decode("utf-8", "surrogatepass"))
    try:
        model = load_model(request.get("model"))
        result = analyze(
            request["text"], request.get("reference_date"), model,
            progress=lambda done, total: send("progress", done=done, total=total),
            partial=lambda a: send_analysis("partial", a),
        )
        assert result is not None  # only a should_stop() stops analyze, and none is given
        send_analysis("done", result)
    except ModelError as exc:
        send("model-error", message=str(exc))
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which shows it
        send("error", message=f"{exc.__class__.__name__}: {exc}")


if __name__ == "__main__":
    _serve()
