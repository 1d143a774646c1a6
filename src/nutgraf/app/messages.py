"""Messages the analysis worker posts to the app from its thread."""
from __future__ import annotations

from textual.message import Message


class AnalysisProgress(Message):
    """done of total characters analysed; total None while the model loads."""

    def __init__(self, done: int, total: int | None) -> None:
        super().__init__()
        self.done = done
        self.total = total
