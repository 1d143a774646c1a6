"""Batch analysis over several processes: each worker loads the model once and analyses a
contiguous share of the records through nlp.pipe; results come back in input order, a
RecordError in place of a record whose analysis failed."""
from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from .model import Analysis
from .pipeline import RecordError

_model = None


def _init(model_name: str | None) -> None:
    global _model
    from .pipeline import load_model

    _model = load_model(model_name)


def _run(records: list[tuple[str, str | None]]) -> list[dict[str, Any] | str]:
    from .pipeline import analyze_each

    # Plain dicts cross the process boundary faster than dataclass trees; a failure is its message.
    return [str(a) if isinstance(a, RecordError) else a.to_json() for a in analyze_each(records, _model)]


def analyze_parallel(records: list[tuple[str, str | None]], model_name: str | None, workers: int,
                     chunk: int = 8) -> Iterator[Analysis | RecordError]:
    chunks = [records[i:i + chunk] for i in range(0, len(records), chunk)]
    with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(model_name,)) as pool:
        for part, results in zip(chunks, pool.map(_run, chunks), strict=True):
            for (text, _), data in zip(part, results, strict=True):
                yield RecordError(data) if isinstance(data, str) else Analysis.from_json(data, text)
