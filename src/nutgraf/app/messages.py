"""Messages the analysis worker posts to the app from its thread."""
from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message
from textual.worker import Worker

if TYPE_CHECKING:
    from ..analysis.model import Analysis
    from .panels import Evidence

# What the analysis worker ends with: the analysis (None: cancelled), whether it came from
# the cache, and its evidence_layers.
Result = tuple["Analysis | None", bool, "Evidence | None"]


class AnalysisProgress(Message):
    """done of total characters analysed; total None while the model loads."""

    def __init__(self, done: int, total: int | None) -> None:
        super().__init__()
        self.done = done
        self.total = total


class AnalysisPartial(Message):
    """The results so far of a long analysis, from `worker` (stale once it is replaced)."""

    def __init__(self, worker: Worker[Result], analysis: Analysis, evidence: Evidence) -> None:
        super().__init__()
        self.worker = worker
        self.analysis = analysis
        self.evidence = evidence  # its evidence_layers
