"""Messages the analysis worker posts to the app from its thread."""
from __future__ import annotations

from textual.message import Message
from textual.worker import Worker

from ..analysis.model import Analysis


class AnalysisProgress(Message):
    """done of total characters analysed; total None while the model loads."""

    def __init__(self, done: int, total: int | None) -> None:
        super().__init__()
        self.done = done
        self.total = total


class AnalysisPartial(Message):
    """The results so far of a long analysis, from `worker` (stale once it is replaced)."""

    def __init__(self, worker: Worker[tuple[Analysis | None, bool]], analysis: Analysis) -> None:
        super().__init__()
        self.worker = worker
        self.analysis = analysis
