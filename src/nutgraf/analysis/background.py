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
        parts: dict[str, Any] = {}
        for message in _messages(child, should_stop):
            kind = message["kind"]
            if kind == "progress" and progress:
                progress(message["done"], message["total"])
            elif kind == "part":
                parts[message["field"]] = message["value"]
            elif kind == "partial":
                if partial:
                    partial(Analysis.from_columns({**message["analysis"], **parts}, text))
                parts = {}
            elif kind == "done":
                return Analysis.from_columns({**message["analysis"], **parts}, text)
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
        # As the cache keeps it, in columns (read several times faster than an object per
        # item), a line per section: the parent decodes a line in one call that holds its
        # GIL, and a long article's whole analysis in one line held the reader's keys 50 ms.
        data = analysis.to_columns()
        parted = {field for field, value in data.items() if isinstance(value, (list, dict))}
        for field in parted:
            send("part", field=field, value=data[field])
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
