"""From a loaded document to its analysis: the one path that the reader and `nutgraf analyze`
share.

The analysis reads the document's cleaned copy (markup markers, soft line breaks and the
loader's furniture blanked, same length), takes a date the page states as the default
publication date, and is rebased onto the document's own text. A cache, when given, keeps
finished analyses keyed by the text, the model and the date, so an article is analysed once.
An analysis keeps its timeline's unresolved mentions, so another date re-resolves the
timeline without the language model (`redated`)."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis.model import Analysis
    from .analysis.pipeline import LoadedModel
    from .documents import Document
    from .store.cache import AnalysisCache

Progress = Callable[[int, "int | None"], None]
Partial = Callable[["Analysis"], None]
# analyzer(text, reference_date, progress, partial) -> the analysis, None if it was stopped;
# partial None when nobody shows partial results (each one re-reads all parsed so far).
Analyzer = Callable[[str, "str | None", Progress, "Partial | None"], "Analysis | None"]


def in_process(model: LoadedModel) -> Analyzer:
    """The analysis run in this process with a loaded model (the CLI's way)."""
    from .analysis.pipeline import analyze

    def analyzer(text: str, reference_date: str | None, progress: Progress, partial: Partial | None) -> Analysis | None:
        return analyze(text, reference_date, model, progress=progress, partial=partial)

    return analyzer


def cache_key(document: Document, model_key: str | None, reference_date: str | None) -> tuple[str, str, str] | None:
    """The cache's key for this document analysed with this model and date; None when the
    model cannot be named (a model directory), so nothing is cached. The date is part of the
    key because it changes how the timeline resolves."""
    from .analysis.model import ANALYSIS_VERSION

    if not model_key:
        return None
    return document.digest, model_key, f"{ANALYSIS_VERSION} date={reference_date or 'stated'}"


def cached_analysis(document: Document, reference_date: str | None, cache: AnalysisCache | None,
                    model_key: str | None, max_bytes: int | None = None) -> Analysis | None:
    """The cached analysis of this document, or None (not cached, larger than max_bytes, or
    an entry that is not an analysis of this text, which is deleted: it is analysed again)."""
    from .analysis.model import Analysis

    key = cache_key(document, model_key, reference_date)
    if cache is None or key is None:
        return None
    return cache.get(*key, max_bytes=max_bytes, load=lambda data: Analysis.from_columns(data, document.text))


def redated(document: Document, analysis: Analysis, reference_date: str | None) -> Analysis | None:
    """The document's analysis with the timeline resolved against another date (None: the one
    the document states), without the language model; None when the analysis kept nothing to
    resolve from (an older cache entry)."""
    from .analysis.timeline import redate

    stated = None if reference_date else document.published
    found = redate(analysis, document.analysis_text(), reference_date or stated)
    return found.rebase(document.text, (), stated) if found is not None else None


def _ignore(*_args: object) -> None:
    pass


def analyse_document(
    document: Document,
    reference_date: str | None,
    analyzer: Analyzer,
    *,
    cache: AnalysisCache | None = None,
    model_key: str | None = None,
    progress: Progress = _ignore,
    partial: Partial | None = None,
    base: Analysis | None = None,
) -> tuple[Analysis | None, bool]:
    """(the analysis, or None if the analyzer was stopped; whether it came from the cache).
    `reference_date` is the user's date; without one, the date the document states is used.
    `base`, an analysis of the document for another date, is re-resolved rather than the
    document analysed again. Partial results are rebased onto the document's text like the
    final one."""
    if (found := cached_analysis(document, reference_date, cache, model_key)) is not None:
        return found, True
    analysis = redated(document, base, reference_date) if base is not None else None
    if analysis is None:
        # Told only now: a cached article shows no progress at all (the reader's bar was
        # mounted, its module imported, while the cache was read: keys waited 250 ms).
        progress(0, None)
        stated = None if reference_date else document.published
        text = document.text

        def rebased(partial_analysis: Analysis) -> None:
            assert partial is not None  # asked for only with a partial
            partial(partial_analysis.rebase(text, document.furniture, stated))

        # Partial results only for a caller that shows them: the CLI's long texts were
        # extracted twice over for nothing.
        analysis = analyzer(document.analysis_text(), reference_date or stated, progress,
                            rebased if partial else None)
        if analysis is None:
            return None, False
        analysis.rebase(text, document.furniture, stated)
    if cache is not None and (key := cache_key(document, model_key, reference_date)):
        cache.put(*key, analysis.to_columns())
    return analysis, False
