"""nutgraf's UI-free analysis core: text in, typed results with character spans out."""
from .model import ANALYSIS_VERSION, Actor, Analysis, Number, Quote, TimelineEntry

__all__ = ["ANALYSIS_VERSION", "Actor", "Analysis", "Number", "Quote", "TimelineEntry"]
