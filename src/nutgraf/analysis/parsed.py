"""Parsed batches of one text, seen through global character offsets."""
from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Span, Token

    from .quotes import RawQuote, SubjectReadings


class SpanMask:
    """Which characters of a text are already covered: overlap tests in O(span length),
    however many spans there are (long documents have tens of thousands)."""

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.bits = bytearray(size)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        self.bits[start:end] = b"\x01" * (end - start)

    def hits(self, start: int, end: int) -> bool:
        return 1 in self.bits[start:end]

    def covers(self, pos: int) -> bool:
        return 0 <= pos < len(self.bits) and self.bits[pos] == 1


@dataclass
class Sentence:
    start: int  # global offsets, trailing whitespace excluded
    end: int
    sent: Span
    base: int  # offset of the batch the sentence came from
    # Where each token of the batch starts (Token.idx), shared by the batch's sentences and
    # its TokenColumns: tokens are found by bisection on it, not by reading a long sentence
    # token by token.
    idx: Sequence[int] = field(default_factory=list, repr=False)

    def tok_start(self, tok: Token) -> int:
        return self.base + tok.idx

    def tok_end(self, tok: Token) -> int:
        # len(tok) is the length of tok.text, read without building the string.
        return self.base + tok.idx + len(tok)

    def tokens_starting(self, start: int, end: int) -> list[Token]:
        """The sentence's tokens that start in [start, end) (global offsets), in order."""
        return self._tokens_from(self.index_from(start), end)

    def _tokens_from(self, i: int, end: int) -> list[Token]:
        """The batch's tokens from index i on that start before end (a global offset), in the sentence."""
        doc = self.sent.doc
        return [doc[j] for j in range(i, self.index_from(end, i))]

    def index_from(self, start: int, first: int | None = None) -> int:
        """The batch index of the sentence's first token starting at or after start (a global
        offset), from index `first` on (the sentence's start by default); the sentence's end
        when none does. Found by bisection, no token built."""
        lo = self.sent.start if first is None else first
        return bisect.bisect_left(self.idx, start - self.base, lo, self.sent.end)

    def token_from(self, start: int) -> Token | None:
        """The sentence's first token starting at or after start (a global offset), if any."""
        i = self.index_from(start)
        return self.sent.doc[i] if i < self.sent.end else None

    def tokens_among(self, indices: Sequence[int]) -> list[Token]:
        """The sentence's tokens whose indices in the batch are among `indices` (sorted)."""
        doc = self.sent.doc
        return [doc[i] for i in self.indices_among(indices)]

    def indices_among(self, indices: Sequence[int]) -> Sequence[int]:
        """Those of `indices` (sorted) that are the sentence's: where a token starts is
        `base + idx[i]`, known before the token is built."""
        first = bisect.bisect_left(indices, self.sent.start)
        return indices[first:bisect.bisect_left(indices, self.sent.end, first)]


class Entity(NamedTuple):
    """A named entity the tagger found, in global offsets."""
    start: int
    end: int
    label: str  # spaCy label
    ent: Span
    sent: Sentence


@dataclass
class Parsed:
    text: str
    docs: list[tuple[int, Doc]]  # (offset, Doc)
    furniture: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentences: list[Sentence] = []
        self._token_idx: list[list[int]] = []  # each batch's Token.idx, in order
        for base, doc in self.docs:
            idx = _shared(doc.to_array("IDX").tolist())
            self._token_idx.append(idx)
            for sent in doc.sents:
                start = base + sent.start_char
                end = base + sent.end_char
                while end > start and self.text[end - 1].isspace():
                    end -= 1
                if end > start:
                    self.sentences.append(Sentence(start, end, sent, base, idx))
        self._starts = [s.start for s in self.sentences]
        self._entities: list[Entity] | None = None
        self._having: dict[tuple[str, ...], dict[int, Sequence[int]]] = {}
        self._word_counts: dict[str, int] = {}

    @cached_property
    def quoted(self) -> list[RawQuote]:
        """The quoted stretches of the text (quotes.find_spans): found once, read by the
        quotes and by the actors (no actor inside a quoted title)."""
        from .quotes import find_spans

        return find_spans(self.text, self.paragraphs)

    @cached_property
    def quoted_mask(self) -> SpanMask:
        """The characters inside quotation marks (`quoted`, the marks left out): made once for
        the actors (a description there refers to no one) and the timeline (a day there is
        someone's words, not the day the story is at). Not to be added to."""
        return SpanMask(len(self.text), ((q.start, q.end) for q in self.quoted))

    @cached_property
    def subject_readings(self) -> SubjectReadings:
        """What the quotes' speakers and the reported speech both ask of the sentences
        (quotes.SubjectReadings): read once for the two, for this text only."""
        from .quotes import SubjectReadings

        return SubjectReadings()

    def word_count(self, word: str) -> int:
        """How often `word` occurs in the text as a whole run of word characters (as regex
        \\b...\\b finds a word). Counted by str.find for the few words asked about (acronyms,
        products' names), and kept: a count of every word of the text cost more than all
        the asking."""
        if (count := self._word_counts.get(word)) is None:
            whole = WORD_RUN.fullmatch(word) is not None
            count = self._word_counts[word] = sum(1 for _ in whole_words(self.text, word)) if whole else 0
        return count

    def written_lower(self, words: Iterable[str]) -> set[str]:
        """Which of `words` the text writes in lower case: as a word of its own (a run of
        word characters and hyphens opening with a-z, as \\b[a-z][\\w-]+ finds them), or as
        the lemma, lower-cased, of a word opening in lower case ("rail" for "rails"). Asked of
        the few words that may be a name's short form: finding every such word and every
        lemma of the text, to look these up, was 3% of the extraction of a news article."""
        wanted = set(words)
        found = {w for w in wanted if LOWER_WORD.fullmatch(w) and self._lower_word_at(w)}
        rest = wanted - found
        if not rest:
            return found
        # The text's lemmas are lowered once each, those lowering to a word asked about found
        # among them, and each of their tokens asked whether it opens in lower case, by its
        # first character in the text: a look-up of each such lemma in each batch that has it
        # cost several times as much. Read a batch at a time: read as one array, and listed
        # whole for their set, they were the peak of a long text's extraction.
        if not self.docs:
            return found
        import numpy

        present: set[Any] = set()  # hashes, which the StringStore is asked about
        for _, doc in self.docs:
            present.update(doc.to_array("LEMMA").tolist())
        new = present.difference(_LOWERED)
        for _, doc in self.docs:
            if not new:
                break
            strings = doc.vocab.strings
            for lemma in [h for h in new if h in strings]:
                lowered = _LOWERED[lemma] = string_of(strings, lemma).lower()
                _LOWERING_TO.setdefault(lowered, set()).add(lemma)
                new.discard(lemma)
        # Those lowering to a word asked about are the few known to lower to it that the text
        # has: comparing each of the text's lemmas, lowered, with the words was most of the time.
        wanted_lemmas = [lemma for word in rest for lemma in _LOWERING_TO.get(word, ()) if lemma in present]
        if not wanted_lemmas:
            return found
        text = self.text
        for base, doc in self.docs:
            lemmas, starts = doc.to_array(["LEMMA", "IDX"]).T
            hits = numpy.flatnonzero(among(lemmas, wanted_lemmas))
            for lemma, start in zip(lemmas[hits].tolist(), starts[hits].tolist(), strict=True):
                if text[base + start].islower():
                    found.add(_LOWERED[lemma])
        return found

    def _lower_word_at(self, word: str) -> bool:
        """Whether \\b[a-z][\\w-]+ finds `word` (which it matches) in the text. Its matches
        never cross a character that is no word character or hyphen: each occurrence of
        `word` is looked for among the matches in the run of such characters it lies in."""
        text = self.text
        at = text.find(word)
        while at >= 0:
            start, end = at, at + len(word)
            while start and word_char_or_hyphen(text[start - 1]):
                start -= 1
            while end < len(text) and word_char_or_hyphen(text[end]):
                end += 1
            if word in LOWER_WORD.findall(text, start, end):
                return True
            at = text.find(word, end)
        return False

    def having(self, attr: str, *values: str) -> dict[int, Sequence[int]]:
        """By batch offset, the indices of the batch's tokens whose attribute `attr` (a spaCy
        attribute name: "TAG" for Token.tag_, "LOWER" for Token.lower_) is one of `values`,
        read from the batch's arrays: an extractor that looks only at nouns, or at a few
        words, visits those, not every token of every sentence (building a Token is most of
        the cost of a pass over a long text). Found once for each attribute and values, from
        each batch's column of the attribute, read for the asking: kept, the columns of a long
        text were a tenth of its extraction's memory, and reading one is quick."""
        key = (attr, *values)
        if (found := self._having.get(key)) is None:
            import numpy

            found = self._having[key] = {}
            for base, doc in self.docs:
                hashes = [doc.vocab.strings[value] for value in values]
                found[base] = int_array(numpy.flatnonzero(among(doc.to_array(attr), hashes)))
        return found

    @cached_property
    def token_columns(self) -> dict[int, TokenColumns]:
        """By batch offset, the batch's TokenColumns, read once for all the rules that test
        many tokens."""
        return {base: TokenColumns(self.text, base, doc, idx)
                for (base, doc), idx in zip(self.docs, self._token_idx, strict=True)}

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """The paragraphs a reader sees (quotes.reader_paragraphs: the lines of hard-wrapped
        text joined), found once for the quotes and their attribution."""
        from .quotes import reader_paragraphs

        return reader_paragraphs(self.text)

    def entities(self) -> list[Entity]:
        """(start, end, label, ent, sentence) for every named entity, in text order."""
        if self._entities is None:
            out: list[Entity] = []
            # The batches come in text order and each batch's entities too: one walk down the
            # sentences finds each entity's, where a bisection per entity cost more.
            starts, sentences, i = self._starts, self.sentences, 0
            for base, doc in self.docs:
                # doc.ents builds its list on every access: read it once per batch.
                for ent in doc.ents:
                    pos = base + ent.start_char
                    while i + 1 < len(starts) and starts[i + 1] <= pos:
                        i += 1
                    sent = sentences[i] if sentences and sentences[i].start <= pos <= sentences[i].end else None
                    if sent is not None:
                        out.append(Entity(pos, base + ent.end_char, ent.label_, ent, sent))
            self._entities = out
        return self._entities

    def drop_entities(self) -> None:
        """Let the entities go once their readers are done (found anew if asked for again)."""
        self._entities = None

    def sentence_at(self, pos: int) -> Sentence | None:
        i = self.sentence_index(pos)
        return None if i is None else self.sentences[i]

    def sentence_index(self, pos: int) -> int | None:
        """The index in `sentences` of the sentence holding pos, or None."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos <= self.sentences[i].end:
            return i
        return None

    def sentences_between(self, start: int, end: int) -> list[Sentence]:
        """The sentences overlapping [start, end)."""
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        out = []
        while i < len(self.sentences) and self.sentences[i].start < end:
            if self.sentences[i].end > start:
                out.append(self.sentences[i])
            i += 1
        return out

    def set_furniture(self, spans: list[tuple[int, int]]) -> None:
        self.furniture = spans
        self._furniture_mask = SpanMask(len(self.text), spans)

    def in_furniture(self, start: int, end: int) -> bool:
        return bool(self.furniture) and self._furniture_mask.hits(start, end)


WORD_RUN = re.compile(r"\w+")
LOWER_WORD = re.compile(r"\b[a-z][\w-]+")


def word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what a regex calls \w


def word_char_or_hyphen(ch: str) -> bool:
    return ch == "-" or word_char(ch)


def whole_words(text: str, form: str) -> Iterator[tuple[int, int]]:
    """Where `form` stands in the text as whole words, as (?<!\\w)form(?!\\w) finds it, but
    found by str.find: a regex per form over a long text was slow."""
    i = text.find(form)
    while i >= 0:
        j = i + len(form)
        if not (i and word_char(text[i - 1])) and not (j < len(text) and word_char(text[j])):
            yield i, j
            i = text.find(form, j)
        else:
            i = text.find(form, i + 1)


def int_array(values: NDArray[Any]) -> array[int]:
    """A numpy array of token indices or offsets as an array of 8-byte ints (a list takes
    36 bytes an int), copied as bytes, not through a Python int for each."""
    out = array("q")
    out.frombytes(values.astype("int64").tobytes())
    return out


# Strings by hash, as every StringStore holds them (a hash is the string's own): a look-up
# in the store builds a new str each time, and the same few thousand words recur in every
# batch and every article.
_STRINGS: dict[int, str] = {}


# Lemmas lower-cased, by hash: the lemmas of a text were lower-cased one by one, for each
# batch of each text, to find the few words written_lower is asked about.
_LOWERED: dict[int, str] = {}
# The same the other way round: by lowered form, the lemmas lowering to it.
_LOWERING_TO: dict[str, set[int]] = {}


def string_of(strings: StringStore, h: int) -> str:
    found = _STRINGS.get(h)
    if found is None:
        found = _STRINGS[h] = strings[h]
    return found


def among(column: NDArray[Any], hashes: Iterable[int]) -> NDArray[Any]:
    """Which entries of a batch's attribute array are among a few hashes: each compared as
    the array's own type, exactly, one at a time (numpy.isin sorts, and costs several times
    as much on the few values an extractor looks for)."""
    import numpy

    hit = numpy.zeros(len(column), dtype=bool)
    for h in numpy.array(list(hashes), dtype=column.dtype):
        hit |= column == h
    return hit


def entity_of(tok: Token) -> Span | None:
    """The named entity a token is part of, as a Span, or None (read from the IOB tags,
    without building the document's entity list)."""
    if tok.ent_iob_ in ("O", ""):
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


class TokenColumns:
    """A parsed batch's token attributes as lists by token index, each column read from the
    batch's arrays at once: a rule testing many tokens reads list items, where building a
    Token (0.2 microseconds) and reading each attribute from it (0.1 to 0.3) cost more than
    the test, and every walk of Token.children or .lefts builds each child anew. Tags,
    dependencies and entity types are kept as their hashes (`string_hash` gives the hash of one):
    turning a column of hashes into strings cost more than most rules save. A token's
    children are its dependents in order, as Token.children gives them, found from the heads.
    A rule that picks the few tokens it asks about from a whole batch at once reads the
    batch's arrays itself (Doc.to_array): kept here too, they were 48 bytes a token more."""

    # Token.lower_, then the hashes of .tag_, .dep_, .ent_type_ (0 for none), .pos_ (a part of
    # speech's hash is its id in spaCy's symbols, which the column holds).
    READ = ("LOWER", "TAG", "DEP", "ENT_TYPE", "POS")

    def __init__(self, text: str, base: int, doc: Doc, idx: list[int]) -> None:
        """`idx`: where each token starts in the batch (Token.idx), as Parsed read it."""
        import numpy

        self.source = text
        self.base = base
        self.doc = doc
        lower, tag, dep, ent_type, pos, heads, length = doc.to_array([*self.READ, "HEAD", "LENGTH"]).T
        self.lower: list[str] = _strings_of(doc.vocab.strings, lower.tolist())
        self.tag: list[int] = _shared(tag.tolist())
        self.dep: list[int] = _shared(dep.tolist())
        self.ent_type: list[int] = _shared(ent_type.tolist())
        # A part of speech's id is below 104: a byte each, where a list takes 8.
        self.pos = pos.astype("uint8").tobytes()
        # HEAD is the offset to the head, those before wrapped round as unsigned.
        at = numpy.arange(len(heads))
        heads = heads.astype("int64") + at
        self.head: list[int] = _shared(heads.tolist())
        self.idx = idx
        self.length = narrow_ints(length)
        # The dependents sorted by head (in order among a head's), and where each head's start.
        dependents = numpy.flatnonzero(heads != at)
        self._dependents = narrow_ints(dependents[numpy.argsort(heads[dependents], kind="stable")])
        self._first = narrow_ints(numpy.concatenate(
            ([0], numpy.cumsum(numpy.bincount(heads[dependents], minlength=len(heads))))))

    def __len__(self) -> int:
        return len(self.head)

    def start(self, i: int) -> int:
        """Where token i starts in the text (a global offset)."""
        return self.base + self.idx[i]

    def end(self, i: int) -> int:
        return self.base + self.idx[i] + self.length[i]

    def text(self, i: int) -> str:
        """Token i as written (Token.text), cut from the text."""
        start = self.base + self.idx[i]
        return self.source[start:start + self.length[i]]

    def children(self, i: int) -> array[int]:
        return self._dependents[self._first[i]:self._first[i + 1]]


def string_hash(name: str) -> int:
    """The hash a TokenColumns column holds for a tag, dependency or entity type."""
    from spacy.strings import get_string_id

    return int(get_string_id(name))


@cache
def hashes(*names: str) -> frozenset[int]:
    """The hashes a TokenColumns column holds for some tags, dependencies, entity types or
    parts of speech, for a module imported without spaCy (made once, on first use)."""
    return frozenset(map(string_hash, names))


def _strings_of(store: StringStore, hashes: list[int]) -> list[str]:
    """The strings of a column of hashes, looked up in _STRINGS all at once, and in the store
    only those not yet there (the same words recur in every batch and every article). A
    missing one is told by the look-up failing, not by a search of the strings for None."""
    try:
        return list(map(_STRINGS.__getitem__, hashes))
    except KeyError:
        for h in hashes:
            string_of(store, h)
        return list(map(_STRINGS.__getitem__, hashes))


def narrow_ints(values: NDArray[Any]) -> array[int]:
    """Non-negative ints as an array of as few bytes an item as the largest needs: a batch's
    token lengths fit a byte, its token indices two, where a list takes 8 bytes an item."""
    top = int(values.max()) if len(values) else 0
    out = array("B" if top < 1 << 8 else "H" if top < 1 << 16 else "L")
    out.frombytes(values.astype(f"u{out.itemsize}").tobytes())
    return out


# One int object for each value the columns hold: a list of ints read from an array holds a
# new int object (32 bytes) for each item above 256, and the columns of hashes, token indices
# and offsets were most of a long text's memory during extraction (220 bytes a token, 130 MB
# at 500,000 words, which spaCy's own parse peaks at 290). Few values recur: some hundreds of
# hashes, the offsets within one batch.
_INTS: dict[int, int] = {}


def _shared(values: list[int]) -> list[int]:
    """`values` with each int the one _INTS holds for that value."""
    return list(map(_INTS.setdefault, values, values))


def indices_overlapping(s: Sentence, c: TokenColumns, start: int, end: int) -> range:
    """The batch indices of the sentence's tokens overlapping [start, end) (global offsets),
    read from the batch's columns `c`: no token built."""
    first = s.sent.start
    # The last token starting at or before start holds it, or ends before it (then the next
    # token is the first to overlap): tokens never overlap one another, and from there on
    # those starting before end overlap.
    i = max(first, bisect.bisect_right(s.idx, start - s.base, first, s.sent.end) - 1)
    if c.end(i) <= start:
        i += 1
    return range(i, s.index_from(end, i))
