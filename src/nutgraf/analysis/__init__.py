"""nutgraf's UI-free analysis core: text in, typed results with character spans out."""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import ANALYSIS_VERSION, Actor, Analysis, Number, Quote, TimelineEntry

__all__ = ["ANALYSIS_VERSION", "Actor", "Analysis", "Number", "Quote", "TimelineEntry"]


def __getattr__(name: str) -> Any:
    # The model's classes are imported when first asked for, not with the package: the
    # reader's first paint reads word lists (lexicon) and names the model (pipeline), and
    # the model module's dataclasses took 10 ms of it.
    if name in __all__:
        return getattr(import_module(f"{__name__}.model"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
