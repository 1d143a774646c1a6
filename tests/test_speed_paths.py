"""The faster paths of the analysis give what the plain ones gave: the name alternation as a
trie, counted words, parsed batches kept without their tensors."""
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from nutgraf.analysis.lexicon import alternation
from nutgraf.analysis.parsed import Parsed, SpanMask

NAMES = ["Ann", "Anna", "Annabel", "An", "Bob", "Bo", "A.B", "C++", "Anna Lee"]


def longest_first(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@pytest.mark.parametrize("text", [
    "Annabel, Anna and Ann met An; Bob and Bo too. A.B and C++ and Anna Lee.",
    "Annab Annabell AnnaLee Anna  Lee Bobo Bo-b",
])
@pytest.mark.parametrize("around", [("", ""), (r"(?<![\w-])(?:", r")(?![\w-])"), (r"\b(?:", r")\b")])
def test_the_trie_matches_what_longest_first_matches(text, around):
    before, after = around
    trie = re.compile(before + alternation(NAMES) + after)
    plain = re.compile(before + "(?:" + longest_first(NAMES) + ")" + after)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert trie.pattern != plain.pattern  # the trie form was used


def test_names_differing_only_in_case_keep_the_longest_first_form():
    # Under re.I both "us" and "US..." branches would match: the trie could take the shorter.
    names = ["US", "usa", "Uk"]
    pattern = alternation(names)
    assert pattern == "usa|US|Uk"
    assert re.compile(rf"(?:{pattern})\b", re.I).search("the USA and").group() == "USA"


def test_word_counts_count_what_a_word_boundary_search_finds():
    text = "DEAD or dead, dead-end; undead DEADLY DEAD_ dead\u00e9 \u00e9dead"
    parsed = Parsed(text, [])
    for word in ("DEAD", "dead", "undead", "end", "dead\u00e9", "deadly"):
        assert parsed.word_count(word) == len(re.findall(rf"\b{word}\b", text)), word
    assert parsed.word_count("dead,") == parsed.word_count("") == parsed.word_count("i\u0307") == 0


@given(st.text(alphabet="aAb_1 -\u00e9\u0307.", max_size=40), st.text(alphabet="aAb_1 -\u00e9\u0307.", max_size=4))
def test_word_counts_are_those_of_every_word_counted(text, word):
    """Parsed.word_count against the Counter of every run of word characters it replaced."""
    from collections import Counter

    assert Parsed(text, []).word_count(word) == Counter(re.findall(r"\w+", text))[word]


@pytest.mark.parametrize("form", ["Ann", "Anna Lee", "A.B", "dead", "\u00e9t\u00e9"])
def test_whole_words_finds_what_the_bounded_regex_finds(form):
    from nutgraf.analysis.parsed import whole_words

    text = ("Ann, Anna Lee and Ann_ met AnnAnn Ann-Marie 'Ann' 1Ann Ann1 A.B A.BC xA.B "
            "dead undead dead\u00e9 \u00e9t\u00e9 \u00e9t\u00e9s Ann")
    regex = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
    assert list(whole_words(text, form)) == [m.span() for m in regex.finditer(text)]


ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [ROOT / "sample_articles" / "icc-sanctions.txt",
            *sorted((ROOT / "benchmarks" / "extraction" / "articles").glob("*.txt"))[:3]]


@pytest.mark.model
@pytest.mark.parametrize("pack_after", [None, 1])
def test_batches_kept_compact_or_packed_give_the_same_analysis(model, monkeypatch, pack_after):
    """analyze() and analyze_many() keep each parsed batch without its tok2vec tensor (the
    bulk of its memory), and analyze() packs a long text's batches into bytes; the
    extractors' results equal those on batches kept whole, for texts long enough to be
    parsed in several batches (packed here from the second batch on)."""
    from nutgraf.analysis import pipeline
    from nutgraf.analysis.pipeline import analyze, analyze_many, extract, paragraph_batches

    if pack_after is not None:
        monkeypatch.setattr(pipeline, "PACK_AFTER", pack_after)
        packed = []
        monkeypatch.setattr(pipeline, "pack", lambda doc, pack=pipeline.pack: packed.append(1) or pack(doc))

    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    texts.append("\n\n".join(texts))  # one document of several batches
    whole = []
    for text in texts:
        batches = paragraph_batches(text)
        docs = list(model.nlp.pipe(text[s:e] for s, e in batches))
        assert all(doc.tensor.size for doc in docs)
        kept = [(s, d) for (s, _), d in zip(batches, docs, strict=True)]
        whole.append(extract(text, kept, "2025-02-07", model.name).to_json())
    assert len(paragraph_batches(texts[-1])) > 2
    assert [analyze(t, "2025-02-07", model).to_json() for t in texts] == whole
    assert [a.to_json() for a in analyze_many([(t, "2025-02-07") for t in texts], model)] == whole
    if pack_after is not None:
        assert len(packed) >= len(paragraph_batches(texts[-1]))


@pytest.mark.model
def test_a_long_texts_parse_is_let_go_before_its_timeline_is_resolved(model, monkeypatch):
    """analyze() hands extract() its batches as an iterator, and extract() drops them once
    the extractors that read them are done: the memory of the last steps is not added to
    that of the whole parse."""
    from nutgraf.analysis import pipeline, timeline

    class Alive:
        count = 0

        def __init__(self) -> None:
            Alive.count += 1

        def __del__(self) -> None:
            Alive.count -= 1

    unpack = pipeline.unpack

    def unpack_marked(kept, model):
        start, doc = unpack(kept, model)
        doc.user_data["alive"] = Alive()
        return start, doc

    monkeypatch.setattr(pipeline, "PACK_AFTER", 1)
    monkeypatch.setattr(pipeline, "unpack", unpack_marked)
    seen = []
    resolve = timeline.resolve
    monkeypatch.setattr(timeline, "resolve", lambda *a: seen.append(Alive.count) or resolve(*a))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in ARTICLES)
    assert len(pipeline.paragraph_batches(text)) > 2
    assert pipeline.analyze(text, "2025-02-07", model).timeline
    assert seen == [0]


@pytest.mark.model
def test_the_entities_are_let_go_before_the_extractors_that_do_not_read_them(model, monkeypatch):
    """Their last reader, the timeline, runs right after the actors: the entities' Spans
    and offsets are not held while the quotes and numbers add what they find."""
    from nutgraf.analysis import numbers, pipeline, quotes

    held = []

    def noting(extractor):
        return lambda parsed, *a: held.append(parsed._entities) or extractor(parsed, *a)

    for module, name in ((quotes, "extract"), (numbers, "extract"), (quotes, "extract_indirect")):
        monkeypatch.setattr(module, name, noting(getattr(module, name)))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in ARTICLES)
    assert pipeline.analyze(text, "2025-02-07", model).timeline
    assert held == [None, None, None]


def test_the_garbage_collector_is_paused_inside_and_restarted_after():
    import gc

    from nutgraf.collector import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # not started by one who did not stop it
    finally:
        gc.enable()


@pytest.mark.model
def test_a_kept_batch_has_no_tensor_but_its_parse(model):
    from nutgraf.analysis.pipeline import compact

    doc = compact(model.nlp("Mary Smith, the mayor, said on Tuesday that 40 people left."))
    assert doc.tensor.size == 0
    assert [e.text for e in doc.ents][:1] == ["Mary Smith"]
    assert len(list(doc.sents)) == 1 and doc[0].dep_ and doc[0].lemma_ == "Mary"


@pytest.mark.model
def test_a_packed_batch_comes_back_the_same_in_an_array_of_its_size(model):
    """A Doc read from bytes grows its tokens' array by doubling it: unpacked, a batch takes
    the array its tokens fill, not up to twice that (a long text's memory in extraction)."""
    import tracemalloc

    from nutgraf.analysis.pipeline import pack, unpack

    text = (ROOT / "sample_articles" / "icc-sanctions.txt").read_text(encoding="utf-8")
    doc = model.nlp(text)
    packed = pack(model.nlp(text))
    unpack((7, packed), model)  # what spaCy makes once, on a first Doc read from bytes
    tracemalloc.start()
    try:
        start, back = unpack((7, packed), model)
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    # Its tokens' array fills it and not a sixth more: spaCy's TokenC is 120 bytes (773
    # tokens here, in an array of 1,280 grown by doubling from 20).
    assert start == 7 and len(back) == len(doc) > 500
    assert held < 140 * len(doc)
    assert back.to_bytes(exclude=["tensor", "user_data"]) == doc.to_bytes(exclude=["tensor", "user_data"])


@pytest.mark.model
def test_partial_results_are_made_only_for_a_caller_that_takes_them(model, monkeypatch):
    """Each partial result re-reads everything parsed so far: `nutgraf analyze`, which shows
    none, extracts a long text once; the reader, which shows them, gets them."""
    from nutgraf.analysis import pipeline
    from nutgraf.documents import Document
    from nutgraf.service import analyse_document, in_process

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in ARTICLES)
    assert len(pipeline.paragraph_batches(text)) > 2
    doc = Document(text=text, source="long.txt", name="long.txt", encoding="utf-8")
    monkeypatch.setattr(pipeline, "PACK_AFTER", 1)  # partial results from packed batches too
    calls = []
    extract = pipeline.extract
    monkeypatch.setattr(pipeline, "extract", lambda *a: calls.append(1) or extract(*a))
    alone, _ = analyse_document(doc, "2025-02-07", in_process(model))
    assert len(calls) == 1
    shown = []
    calls.clear()
    watched, _ = analyse_document(doc, "2025-02-07", in_process(model), partial=shown.append)
    assert shown and len(calls) == len(shown) + 1
    assert watched.to_json() == alone.to_json()


def _lower_case_words_as_first_found(parsed):
    """What _add_missed looked its words up in before Parsed.written_lower: every match of
    \\b[a-z][\\w-]+ and the lower-cased lemma of every word opening in lower case."""
    lemmas = {t.lemma_.lower() for _, doc in parsed.docs for t in doc if t.text[:1].islower()}
    return set(re.findall(r"\b[a-z][\w-]+", parsed.text)) | lemmas


@pytest.mark.model
def test_words_written_in_lower_case_over_batches_are_those_read_token_by_token(model):
    from nutgraf.analysis.pipeline import paragraph_batches

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in ARTICLES)
    batches = paragraph_batches(text)
    parsed = Parsed(text, list(zip([s for s, _ in batches], model.nlp.pipe(text[s:e] for s, e in batches),
                                   strict=True)))
    assert len(parsed.docs) > 2
    words = {w for _, doc in parsed.docs for t in doc for w in (t.lower_, t.lemma_.lower())}
    by_token = _lower_case_words_as_first_found(parsed)
    assert parsed.written_lower(words) == words & by_token and "say" in by_token


@pytest.fixture(scope="module")
def several_batches(model):
    """The test articles as one Parsed text of several batches."""
    from nutgraf.analysis.pipeline import paragraph_batches

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in ARTICLES)
    batches = paragraph_batches(text)
    assert len(batches) > 2
    return Parsed(text, list(zip([s for s, _ in batches], model.nlp.pipe(text[s:e] for s, e in batches),
                                 strict=True)))


@pytest.mark.model
def test_tokens_found_by_bisection_are_those_read_token_by_token(several_batches):
    from nutgraf.analysis.parsed import indices_overlapping

    checked = 0
    for s in several_batches.sentences[::3]:
        # Spans starting and ending inside tokens, on their edges, in the spaces between
        # them, and reaching past the sentence.
        for start in range(s.start - 1, min(s.end, s.start + 40), 3):
            for end in (start + 1, start + 7, start + 25, s.end + 2):
                starting = [t for t in s.sent if start <= s.tok_start(t) < end]
                overlapping = [t for t in s.sent if s.tok_start(t) < end and s.base + t.idx + len(t.text) > start]
                assert s.tokens_starting(start, end) == starting
                c = several_batches.token_columns[s.base]
                assert list(indices_overlapping(s, c, start, end)) == [t.i for t in overlapping]
                assert s.token_from(start) == next((t for t in s.sent if s.tok_start(t) >= start), None)
                checked += bool(starting)
        assert [s.tok_end(t) for t in s.sent] == [s.base + t.idx + len(t.text) for t in s.sent]
    assert checked > 100


@pytest.mark.model
def test_cues_read_from_the_arrays_are_the_tokens_reported_speech_looks_at(several_batches):
    from nutgraf.analysis.quotes import REPORT_LEMMAS, _possible_cues

    for _, doc in several_batches.docs:
        by_token = [t.i for t in doc
                    if t.lower_ == "according" or t.pos_ == "VERB" and t.lemma_.lower() in REPORT_LEMMAS]
        assert _possible_cues(doc) == by_token
    assert any(_possible_cues(doc) for _, doc in several_batches.docs)


@pytest.mark.model
@pytest.mark.parametrize(("attr", "values"), [
    ("TAG", ("NN",)), ("TAG", ("NNP", "NNPS")), ("TAG", ("NN", "NNP", "NNPS")), ("TAG", ("XX",)),
    ("LOWER", ("he", "she", "her")), ("LOWER", ("zzyzx",)),
])
def test_tokens_having_values_read_from_the_arrays_are_those_read_token_by_token(several_batches, attr, values):
    having = several_batches.having(attr, *values)
    assert several_batches.having(attr, *values) is having  # found once
    read = {"TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_}[attr]
    for base, doc in several_batches.docs:
        assert list(having[base]) == [t.i for t in doc if read(t) in values]
    assert any(having.values()) == (values not in (("XX",), ("zzyzx",)))


class _CountedReads:
    """A parsed batch that counts the columns read from it."""

    def __init__(self, doc):
        self.doc, self.reads = doc, []

    def to_array(self, attr):
        self.reads.append(attr)
        return self.doc.to_array(attr)

    def __getattr__(self, name):
        return getattr(self.doc, name)


@pytest.mark.model
def test_a_column_is_read_once_for_each_set_of_values_asked_about(several_batches):
    """Read for the asking and not kept (a long text's memory), but read once for each set
    of values: what was found is kept."""
    counted = [(base, _CountedReads(doc)) for base, doc in several_batches.docs]
    parsed = Parsed(several_batches.text, counted)
    parsed.having("TAG", "NN")
    parsed.having("TAG", "NNP", "NNPS")
    parsed.having("LOWER", "he", "she")
    parsed.having("TAG", "NN")
    assert all(sorted(doc.reads) == ["IDX", "LOWER", "TAG", "TAG"] for _, doc in counted)
    assert parsed.having("TAG", "NNP", "NNPS") == several_batches.having("TAG", "NNP", "NNPS")


@pytest.mark.parametrize("n", range(6))
def test_word_runs_are_the_runs_sliced_one_at_a_time(n):
    from nutgraf.analysis.claims import REPEAT_WORDS, word_runs

    words = ["w0", "w1", "w2", "w1", "w2", "w5"][:n]
    assert list(word_runs(words)) == [tuple(words[k:k + REPEAT_WORDS]) for k in range(len(words) - REPEAT_WORDS + 1)]


def test_repeats_found_through_shared_runs_are_those_of_every_pair():
    """link_repeats compares a quote only with those sharing a run of words with it; the links
    are those of comparing every pair (the first occurrence takes the later ones)."""
    import random

    from nutgraf.analysis.claims import REPEAT_WORDS, _same_words, link_repeats, words_of
    from nutgraf.analysis.model import Quote

    rng = random.Random(18)
    vocabulary = ["we", "were", "robbed", "the", "deal", "is", "dead", "It's", "a", "disgrace", "UN"]
    quotes = []
    for n in range(300):
        if quotes and n % 3 == 0:  # a run cut out of an earlier quote, or one of its whole words
            words = rng.choice(quotes).text.split()
            a = rng.randrange(len(words))
            text = " ".join(words[a:a + rng.randint(1, 6)])
        else:
            text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 7)))
        quotes.append(Quote(f"q{n}", (n, n + 1), text.upper() if n % 7 == 0 else text,
                            f"a{n % 4}", None, "said", None, "direct"))
    link_repeats(quotes, {q.text: words_of(q.text) for q in quotes})

    # Every pair, as link_repeats compared them before.
    joined = [" ".join(words_of(q.text)) for q in quotes]
    repeat_of: dict[int, int] = {}
    expected: dict[int, list[int]] = {}
    for i in range(len(quotes)):
        if i in repeat_of or len(joined[i].split()) < REPEAT_WORDS:
            continue
        group = [j for j in range(i + 1, len(quotes))
                 if j not in repeat_of and j not in expected and _same_words(joined[i], joined[j])]
        if group:
            expected[i] = group
            repeat_of.update((j, i) for j in group)
    assert {int(q.id[1:]): [int(r[1:]) for r in q.repeats] for q in quotes if q.repeats} == expected
    assert len(expected) > 10


def _repeats_by_the_alternation(text, forms):
    """actors._repeats as first written: the forms' alternation tried at every word start."""
    pattern = re.compile(r"(?<![\w-])(?:" + alternation(forms, trie=False) + r")(?![\w-])")
    return [m.span() for m in pattern.finditer(text)]


NAME_FORMS = st.text(alphabet="AaBb -.'", min_size=1, max_size=6).filter(lambda s: s.strip() == s and s)


@given(st.lists(NAME_FORMS, min_size=1, max_size=6, unique=True), st.text(alphabet="AaBb -.',x", max_size=60))
def test_repeats_of_names_are_found_as_the_alternation_finds_them(names, text):
    from nutgraf.analysis.actors import _repeats

    assert list(_repeats(text, names)) == _repeats_by_the_alternation(text, names)


FURNITURE_PARAGRAPHS = [
    "We need your consent to use cookies on this site.", "Please enable JavaScript in your browser.",
    "Advertisement", "Sign up for our newsletter", "Photo: Jane Doe/Reuters", "The port (AP/Jane Doe)",
    "LONDON (Reuters) - Dock workers will strike.", "Read more: the port strike",
    "Manage preferences | Accept all | Reject all", "Your data and your privacy policy",
    "Cookies keep the site running; subscribe for more.", "The minister said the talks would resume on Monday.",
    # letters re.I takes for ASCII ones
    "We use coo\u212aies and track your activity.", "Your \u017fubscription and your PR\u0130VACY notice",
    "Enable javascr\u0131pt", "The Third-Party vendors log in daily.",
    "Sign in | Login \u2022 Your device", "Third party cookies: manage settings, your inbox, your data",
    "SIGN UP or LOG IN to manage preferences", "News \u203a World \u00bb Europe", "a|b|c",
]


def test_paragraphs_with_no_weak_phrase_are_not_scanned_for_them(monkeypatch):
    from nutgraf.analysis import furniture

    scanned = []
    weak = furniture._WEAK
    monkeypatch.setattr(furniture, "_WEAK", type("Spy", (), {
        "finditer": staticmethod(lambda para: scanned.append(para) or weak.finditer(para))}))
    furniture._is_furniture("The design team's manager logged the third quarter's sales in your name.")
    assert scanned == []
    assert furniture._is_furniture("To read on, your data is kept under our privacy policy")
    assert scanned == ["To read on, your data is kept under our privacy policy"]


@pytest.mark.parametrize("para", FURNITURE_PARAGRAPHS)
def test_furniture_word_checks_decide_as_the_full_scans(para):
    from nutgraf.analysis import furniture

    weak = len({m.group(1).lower() for m in furniture._WEAK.finditer(para)}) >= 2
    slow = (bool(furniture._STRONG.search(para.strip())) or len(furniture._NAV_SEPARATORS.findall(para)) >= 2
            or weak)
    assert furniture._is_furniture(para) == slow
    if not slow and (m := furniture._CREDIT.search(para)):
        assert furniture.find(Parsed(para, [])) == [m.span()]


@given(st.text(alphabet="Ab \n\u00df\u0130", max_size=40))
def test_paragraphs_holding_words_in_the_text_folded_once_are_those_folded_one_by_one(text):
    from nutgraf.analysis import furniture

    words = ("AB", "B A", "SS", "I")
    folded, spans = furniture._folded(text), furniture.paragraphs(text)
    one_by_one = {k for k, (s, e) in enumerate(spans) if any(w in furniture._folded(text[s:e]) for w in words)}
    if len(folded) == len(text):
        assert furniture._holding(folded, spans, words) == one_by_one


@pytest.mark.parametrize("extra", ["", "Stra\u00dfe closed by the police\n"])
def test_furniture_of_a_whole_text_is_that_of_its_paragraphs_one_by_one(extra):
    from nutgraf.analysis import furniture

    text = extra + "\n".join(FURNITURE_PARAGRAPHS)
    found = set(furniture.find(Parsed(text, [])))
    for start, end in furniture.paragraphs(text):
        credit = furniture._CREDIT.search(text, start, end)
        whole = credit is not None and credit.span() == (start, end)
        assert ((start, end) in found) == (furniture._is_furniture(text[start:end]) or whole)
    assert len(found) > 10


def test_attributed_speakers_in_a_stretch_are_those_a_full_read_finds():
    from nutgraf.analysis.model import Actor
    from nutgraf.analysis.quotes import MentionIndex

    index = MentionIndex([], SpanMask(0), Parsed("", []))
    actors = [Actor(id=f"a{i}", name=f"A{i}", kind="person", mentions=[]) for i in range(5)]
    added = [(40, 45, actors[0]), (10, 12, actors[1]), (40, 44, actors[2]), (70, 75, actors[3]), (10, 12, actors[4])]
    for item in added:
        index.attribute(*item)
    for start, end in [(0, 100), (10, 11), (11, 40), (10, 41), (40, 70), (76, 90)]:
        got = index.attributed(start, end)
        wanted = [m for m in added if start <= m[0] < end]
        assert sorted(got, key=lambda m: m[:2]) == sorted(wanted, key=lambda m: m[:2])
        assert [m[0] for m in got] == sorted(m[0] for m in got)


@pytest.mark.model
def test_verbs_are_the_tokens_a_cue_can_be(model):
    from nutgraf.analysis.pipeline import paragraph_batches
    from nutgraf.analysis.quotes import cue_candidates

    text = ARTICLES[0].read_text(encoding="utf-8")
    batches = paragraph_batches(text)
    parsed = Parsed(text, [(s, d) for (s, _), d in zip(batches, model.nlp.pipe(text[s:e] for s, e in batches),
                                                            strict=True)])
    verbs = cue_candidates(parsed)
    for base, doc in parsed.docs:
        assert list(verbs[base]) == [t.i for t in doc if t.pos_ in ("VERB", "AUX") or t.lower_ == "according"]


def _subtree_without_conjuncts(tok):
    """A cue's subtree read token by token, its conjuncts left out, as _nearest_cue first read it."""
    yield tok
    for child in tok.children:
        if child.dep_ != "conj":
            yield from child.subtree


@pytest.mark.model
def test_the_cue_nearest_a_quote_is_the_one_a_read_of_every_verb_finds(several_batches):
    """_nearest_cue passes over verbs inside the marks, and those too far to win, unbuilt."""
    from nutgraf.analysis.quotes import _cue, _nearest_cue, _unit_end, cue_candidates

    parsed = several_batches
    verbs = cue_candidates(parsed)
    quoted = SpanMask(len(parsed.text), ((q.start - q.marks[0], q.end + q.marks[1]) for q in parsed.quoted))
    found = 0
    for raw in parsed.quoted:
        sentences = parsed.sentences_between(raw.start - 1, _unit_end(parsed.text, raw, parsed.paragraphs[raw.para][1]))
        best = None
        for s in sentences:
            for tok in s.sent:
                pos = s.tok_start(tok)
                if tok.i not in verbs[s.base] or quoted.covers(pos) or (cue := _cue(tok)) is None:
                    continue
                governs = cue == "according to" or any(
                    raw.start <= s.tok_start(t) < raw.end for t in _subtree_without_conjuncts(tok))
                rank = (0 if governs else 1, raw.start - pos if pos < raw.start else pos - raw.end)
                if best is None or rank < best[0]:
                    best = (rank, tok, s, cue)
        assert _nearest_cue(parsed, verbs, sentences, raw, quoted) == best
        found += best is not None
    assert found > 10


def plain_looks_like_title(s: str) -> bool:
    """quotes.looks_like_title as first written, reading every word of the quote."""
    s = s.rstrip(",.")
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", s)
    small = {"a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "by", "or", "with"}
    return 2 <= len(words) <= 8 and words[0][0].isupper() \
        and all(w[0].isupper() or w.lower() in small for w in words) and not re.search(r"[!?]$", s)


@given(st.lists(st.sampled_from(["Dead", "Poets", "of", "the", "war", "It's", "A", "9", ",", "!", "?", ".", " "]),
                max_size=24))
def test_a_title_told_from_its_first_words_is_one_told_from_all(pieces):
    from nutgraf.analysis.quotes import looks_like_title

    quote = " ".join(pieces)
    assert looks_like_title(quote) == plain_looks_like_title(quote)


@pytest.mark.parametrize("n", [7, 8, 9, 12])
def test_a_quote_of_capitalised_words_is_a_title_up_to_eight(n):
    from nutgraf.analysis.quotes import looks_like_title

    assert looks_like_title(" ".join(["Word"] * n)) == (n <= 8)


NO_FIGURE = ["The talks resumed on Monday.", "Someone often wrote it down.", "Nobody came, none stayed."]


@pytest.mark.parametrize("sentence", [
    *NO_FIGURE, "Twenty-one people left.", "One in every ten voters stayed home.",
    "Half the staff left; a third stayed.", "It was twice as large, a dozen times over.",
    "A MILLION people marched.", "It rose \u00bd a point.", "\u017fix people came.", "The 3 men left.",
])
def test_a_sentence_passed_over_for_figures_holds_none(sentence):
    from nutgraf.analysis.numbers import DIGIT, NUMBER_RE, _may_hold_figure

    assert _may_hold_figure(sentence, DIGIT.search(sentence) is not None) == (sentence not in NO_FIGURE)
    assert (NUMBER_RE.search(sentence) is not None) == (sentence not in NO_FIGURE)


@given(st.lists(st.sampled_from(["one", "Four", "teen", "fourteen", "tEN", "often", "some", "half", "thirds", "a",
                                 "s", " ", "-", "_", "1", "\u00e9", "\u0130", "\u017f", ".", "\n"]), max_size=12))
@example(["some", "one"])
@example(["four", "teen"])
def test_a_figure_word_searched_for_is_one_of_the_runs_of_letters(pieces):
    from nutgraf.analysis.numbers import _FIGURE_WORD, _FIGURE_WORDS

    lowered = "".join(pieces).lower()
    runs = re.findall(r"[^\W\d_]+", lowered)
    assert (_FIGURE_WORD.search(lowered) is not None) == (not _FIGURE_WORDS.isdisjoint(runs))


def test_a_clusters_name_follows_the_named_mentions_that_join_it():
    # The name is kept between reads: a fuller form joining, or a description, must not leave it stale.
    from nutgraf.analysis.actors import Cluster, Mention

    c = Cluster("trump")
    c.add(Mention(0, 5, "Trump", "PERSON"))
    assert c.name == "Trump"
    c.add(Mention(10, 22, "Donald Trump", "PERSON"))
    assert c.name == "Donald Trump"
    c.add(Mention(30, 45, "the businessman", "DESC"))
    other = Cluster("trump")
    other.add(Mention(50, 67, "Donald John Trump", "PERSON"))
    c.absorb(other)
    assert c.name == "Donald John Trump"


@pytest.mark.model
def test_only_a_long_texts_analysis_hands_its_freed_parse_back(model, monkeypatch):
    from nutgraf.analysis import pipeline

    released = []
    monkeypatch.setattr(pipeline, "release_freed_memory", lambda: released.append(1))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in ARTICLES)
    assert pipeline.analyze(text, "2025-02-07", model) is not None
    assert released == []  # a news article's few batches are kept unpacked
    monkeypatch.setattr(pipeline, "PACK_AFTER", 1)
    analysis = pipeline.analyze(text, "2025-02-07", model)
    assert released == [1] and analysis is not None and analysis.actors


def _holding_every_occurrence(parsed: Parsed, lowered: str, words) -> set[int]:
    """The sentences of every occurrence of every word, each looked up on its own."""
    found = set()
    for word in words:
        for at in (m.start() for m in re.finditer(f"(?={re.escape(word)})", lowered)):
            if (i := parsed.sentence_index(at)) is not None:
                found.add(i)
    return found


@pytest.mark.model
def test_sentences_holding_words_are_those_of_every_occurrence(several_batches, model):
    from nutgraf.analysis.timeline import MISSED, _lower, _sentences_holding

    parsed = several_batches
    lowered = _lower(parsed.text)
    for _, words in MISSED:
        if isinstance(words, tuple):
            assert _sentences_holding(parsed, lowered, words) == _holding_every_occurrence(parsed, lowered, words)
    # A sentence that starts where the one before it ends, no space between: each has its
    # own occurrence, and words listed twice.
    text = "They met that day and that day only.That day it rained."
    doc = model.nlp(text)
    tight = Parsed(text, [(0, doc)])
    assert [s.end for s in tight.sentences][:1] == [s.start for s in tight.sentences][1:2]
    words = ("that day", "that day")
    assert _sentences_holding(tight, text.lower(), words) == _holding_every_occurrence(tight, text.lower(), words) \
        == {0, 1}


@pytest.mark.model
def test_a_name_introducing_its_acronym_drops_only_its_own_parts(model):
    from nutgraf.analysis.actors import extract

    # "Agnostics" may be tagged on its own inside the name; names before it stay.
    text = ("Maria Rossi met Paolo Bianchi in Rome on Monday. The Union of Rationalist Atheists and "
            "Agnostics (UAAR) sued. Rossi said the UAAR was right.")
    doc = model.nlp(text)
    parsed = Parsed(text, [(0, doc)])
    spans = {text[s:e] for a in extract(parsed) for s, e in a.mentions}
    assert {"Maria Rossi", "Paolo Bianchi", "UAAR"} <= spans
    assert "Agnostics" not in spans


@pytest.mark.model
def test_names_let_be_for_want_of_a_preposition_in_the_arrays_are_those_a_read_of_their_tokens_lets_be(
        several_batches, model):
    """_before_stray_preposition, which reads a name's tokens only where the batch's columns
    have a preposition after its first word, against a read of every token of every name."""
    from nutgraf.analysis.actors import _before_stray_preposition

    def every_token_read(e):
        ent = e.ent
        prep = next((t for t in ent[1:] if t.dep_ == "prep" and not ent.start <= t.head.i < ent.end), None)
        if prep is None:
            return e
        return e._replace(end=e.sent.tok_end(ent.doc[prep.i - 1]), ent=ent.doc[ent.start:prep.i])

    text = "Valeska Paris spoke out against Scientology on French television on Monday."
    cut = Parsed(text, [(0, model.nlp(text))])
    cases = [(p, e) for p in (several_batches, cut) for e in p.entities()]
    for p, e in cases:
        assert _before_stray_preposition(e, p.token_columns[e.sent.base]) == every_token_read(e)
    assert any(_before_stray_preposition(e, cut.token_columns[e.sent.base]) != e for e in cut.entities())
    assert sum(len(e.ent) > 1 for _, e in cases) > 50


@pytest.mark.model
def test_the_sentence_a_noun_is_read_in_is_the_one_spacy_gives_it(several_batches):
    """_add_descriptions hands _left_det the sentence it reads a noun in, for Token.sent."""
    nouns = several_batches.having("TAG", "NN", "NNS")
    checked = 0
    for s in several_batches.sentences[::2]:
        for tok in s.tokens_among(nouns[s.base]):
            assert tok.sent == s.sent
            checked += 1
    assert checked > 100


@pytest.mark.model
def test_a_sentences_nationalities_read_from_the_arrays_are_those_of_its_tokens(several_batches):
    """_possessed_description asks whether a sentence names a nationality of its batch's
    columns, not of each of its tokens built."""
    from nutgraf.analysis.actors import RELATION_NOUNS, _possessed_description

    named = []
    for s in several_batches.sentences:
        named.append(any(t.ent_type_ == "NORP" for t in s.sent))
        assert _possessed_description(s.sent[0].lower_, s, several_batches.token_columns[s.base]) == (
            s.sent[0].lower_ not in RELATION_NOUNS and not named[-1])
    assert any(named) and not all(named)


@pytest.mark.model
def test_the_start_of_a_tokens_sentence_is_the_one_spacy_gives_it(several_batches):
    """_untagged_names hands its proper nouns' sentence down, _common_alone its mention's;
    _sentence_start reads Token.sent only for a token outside the sentence it is given."""
    from nutgraf.analysis.actors import _sentence_start

    proper = several_batches.having("TAG", "NNP", "NNPS")
    sentences = several_batches.sentences
    checked = 0
    for k, s in enumerate(sentences):
        for tok in s.tokens_among(proper[s.base]):
            assert s.sent.start <= tok.i < s.sent.end
            assert _sentence_start(tok, s) == _sentence_start(tok, sentences[k - 1]) \
                == _sentence_start(tok, None) == tok.sent.start
            checked += 1
    assert checked > 100


@pytest.mark.model
def test_a_portfolio_told_from_its_word_first_is_the_one_told_from_the_words_before(several_batches, model):
    from nutgraf.analysis.actors import PORTFOLIOS, ROLE_TITLES, _is_portfolio

    def plain(ent):
        before = ent.doc[max(0, ent.start - 2):ent.start]
        return len(ent) == 1 and ent.root.lower_ in PORTFOLIOS and len(before) == 2 \
            and before[0].lower_ in ROLE_TITLES and before[1].lower_ in ("of", "for")

    doc = model.nlp("Secretary of State Antony Blinken met the Minister for Education on Monday.")
    ents = [e.ent for e in several_batches.entities()] + list(doc.ents) + [doc[2:3], doc[0:1], doc[9:10], doc[7:10]]
    assert [_is_portfolio(e) for e in ents] == [plain(e) for e in ents]
    assert _is_portfolio(doc[2:3]) and _is_portfolio(doc[9:10])


def test_the_letters_of_quarter_ignoring_case_are_those_lower_case_gives():
    from nutgraf.analysis.timeline import QUARTER

    for letter in set(QUARTER):
        rx = re.compile(letter, re.I)
        like = {c for c in map(chr, range(0x110000)) if rx.fullmatch(c)}
        assert {c.lower() for c in like} == {letter}


# The patterns as first written, each opening with its word boundary.
PLAIN_PHONE = re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\(\d{1,4}-\d{1,4}\)\s?\d{2,4}[ .-]\d{3,4}\b"
                         r"|\b\d{3}-\d{4}\b|\+\d[\d ()-]{7,}\d")
PLAIN_NOT_FIGURES = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|(?<=[\s(])['\u2018\u2019]\d{2}(?!\d)|\b\d{10,}\b")


@given(st.text(alphabet="0123456789()+-./ '\u2018\u2019a_\n\u0663", max_size=40), st.integers(0, 40))
def test_digit_scans_opening_with_their_first_character_find_what_the_plain_ones_find(text, pos):
    from nutgraf.analysis.numbers import NOT_FIGURES_RE, PHONE_RE

    for fast, plain in ((PHONE_RE, PLAIN_PHONE), (NOT_FIGURES_RE, PLAIN_NOT_FIGURES)):
        assert [m.span() for m in fast.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)]


@pytest.mark.parametrize("text", [
    "Call (555) 123-4567 or 555.123.4567, +44 20 7946 0958 or 123-4567; not x555-123-4567.",
    "Call (44-20) 7946-0958, (1-555)123-4567 or (254-2) 751-613; the (3-2) win.",
    "On 2016-06-28, 9/17/16 and in '16 (and ('16) order 12345678901 shipped; a12/3/45 did not.",
])
def test_digit_scans_find_phones_dates_and_identifiers(text):
    from nutgraf.analysis.numbers import NOT_FIGURES_RE, PHONE_RE

    found = [[m.span() for m in fast.finditer(text)] for fast in (PHONE_RE, NOT_FIGURES_RE)]
    assert found == [[m.span() for m in plain.finditer(text)] for plain in (PLAIN_PHONE, PLAIN_NOT_FIGURES)]
    assert max(map(len, found)) >= 3


def _plain_as_first_written(v):
    """model._plain_value, as to_json made each value plain before it read them a field at a
    time: a call for every value, spans and lists made lists however deep."""
    if isinstance(v, (tuple, list)):
        return [x if type(x) in (str, int, float, bool, type(None)) else _plain_as_first_written(x) for x in v]
    return v


@st.composite
def _analyses(draw):
    from typing import get_type_hints

    from nutgraf.analysis.model import _SECTIONS, Analysis, TimeMention

    # Items of any values their fields' types allow, each field drawn (st.builds alone
    # leaves those with defaults at them): spans of any ints, optional ones None or not.
    def items(cls):
        return st.lists(st.builds(cls, **{name: st.from_type(hint) for name, hint in get_type_hints(cls).items()}),
                        max_size=4)

    return Analysis("", **{name: draw(items(cls)) for name, cls in {**_SECTIONS, "time_mentions": TimeMention}.items()})


@given(_analyses())
def test_to_json_makes_each_item_what_a_call_per_value_made(analysis):
    from dataclasses import fields

    from nutgraf.analysis.model import _SECTIONS

    out = analysis.to_json(with_mentions=True)
    for name in (*_SECTIONS, "time_mentions"):
        assert out[name] == [{f.name: _plain_as_first_written(getattr(item, f.name)) for f in fields(item)}
                             for item in getattr(analysis, name)]
        # The same keys in the same order: the JSON text is the same too.
        assert [list(o) for o in out[name]] == [[f.name for f in fields(item)] for item in getattr(analysis, name)]
    spans = [o["span"] for o in out["quotes"]]
    assert all(type(s) is list for s in spans) and spans == [list(q.span) for q in analysis.quotes]


def test_the_cycle_collector_is_paused_while_an_analysis_is_made_plain(monkeypatch):
    import gc

    from nutgraf.analysis import model
    from nutgraf.analysis.model import Actor, Analysis

    seen = []
    plain, columns = model._plain, model._columns
    monkeypatch.setattr(model, "_plain", lambda *a: seen.append(gc.isenabled()) or plain(*a))
    monkeypatch.setattr(model, "_columns", lambda *a: seen.append(gc.isenabled()) or columns(*a))
    analysis = Analysis("Ann met Bob.", actors=[Actor("a1", "Ann", "person", [(0, 3)])])
    assert analysis.to_json()["actors"][0]["mentions"] == [[0, 3]]
    assert seen and not any(seen) and gc.isenabled()
    seen.clear()
    analysis.to_columns()
    assert not any(seen) and len(seen) > 1 and gc.isenabled()


_NAME_WORDS = st.sampled_from(["Ann", "Anna", "Lee", "ann", "Bo", "O'Neil", "Smith-Jones", "Ann-Marie", "É"])


@given(st.lists(st.lists(_NAME_WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=5),
       st.lists(st.one_of(_NAME_WORDS, st.sampled_from([" ", "-", ", ", ".", "x", "_", "\n", "2"])), max_size=30))
def test_repeats_are_where_the_alternation_finds_them(forms, pieces):
    from nutgraf.analysis.actors import _repeats

    text = "".join(pieces)
    assert list(_repeats(text, forms)) == _repeats_by_the_alternation(text, forms)


@pytest.mark.parametrize(("text", "forms"), [
    ("Ann Lee met Anna Lee and Ann-Marie; Lee-Ann saw ann and Ann.", ["Ann", "Ann Lee", "Lee", "Anna"]),
    ("The Smith-Jones case: Smith, Smith-Jones and Smiths.", ["Smith", "Smith-Jones"]),
    ("$Ann met Ann.", ["$Ann", "Ann"]),  # a form opening with a sign
    ("eBay and Ebay, ebay.", ["eBay", "Ebay"]),
])
def test_repeats_of_names_written_out(text, forms):
    from nutgraf.analysis.actors import _repeats

    assert list(_repeats(text, forms)) == _repeats_by_the_alternation(text, forms)


@given(st.text(alphabet="ab A-_1 .\u00e9\u0307", max_size=40),
       st.lists(st.text(alphabet="ab A-_1\u00e9", min_size=1, max_size=5), max_size=5))
def test_words_written_in_lower_case_are_the_matches_of_the_scan(text, words):
    parsed = Parsed(text, [])
    assert parsed.written_lower(words) == set(words) & _lower_case_words_as_first_found(parsed)


@pytest.mark.model
def test_words_written_in_lower_case_include_the_lemmas_of_lower_case_words(model):
    text = ("The rails were shut. Cindral Systems said its railway sold iPhones; Rail unions struck\n\n"
            "while mRNA makers and eBay sellers gained. Railways ran well-known routes, rail-side.")
    parsed = Parsed(text, [(0, model.nlp(text))])
    candidates = {t.lower_ for _, doc in parsed.docs for t in doc} | {"iphone", "rail", "cindral", "known", "side"}
    expected = candidates & _lower_case_words_as_first_found(parsed)
    assert parsed.written_lower(candidates) == expected
    assert "rail" in expected and not {"cindral", "known"} & expected  # "known" only in "well-known"


@pytest.mark.model
def test_a_batchs_text_cut_from_the_text_is_the_one_its_tokens_join(several_batches):
    from nutgraf.analysis.actors import _batch_text

    entities = several_batches.entities()
    assert {e.sent.base for e in entities} == {base for base, _ in several_batches.docs}
    for e in entities:
        assert _batch_text(several_batches.text, e) == e.ent.doc.text


@given(st.text(alphabet="abzZ -.\n\t\u00a0\u2003\x1c\u00e9", max_size=30))
def test_the_lower_case_word_before_a_name_is_what_the_search_found(before):
    from nutgraf.analysis.actors import _last_lower_word

    found = re.search(r"([a-z]+)\s+$", before)
    assert _last_lower_word(before) == (found.group(1) if found else "")


@given(st.text(alphabet="ab .!?:;,-\u2013\u2014'\u2019\"\u201d)]([", max_size=12))
def test_a_line_ends_a_sentence_where_the_search_found_it(line):
    from nutgraf.analysis.actors import _ends_sentence

    end = re.compile(r"[.!?:;]['\u2019\"\u201d)\]]*$|[,\-\u2013\u2014]$")
    assert _ends_sentence(line) == (end.search(line) is not None)


@pytest.mark.model
def test_a_verb_told_done_from_its_auxiliaries_read_once_is_the_one_told_from_its_children(several_batches):
    from nutgraf.analysis.timeline import FUTURE_HEADS, _auxes, _done

    def done_as_first_written(verb):
        if verb.lemma_.lower() in FUTURE_HEADS:
            return False
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        return (verb.tag_ == "VBD" and not auxes) or (verb.tag_ == "VBN" and auxes in ({"was"}, {"were"}))

    verbs = [t for _, doc in several_batches.docs for t in doc if t.pos_ in ("VERB", "AUX")]
    assert any(done_as_first_written(v) for v in verbs) and not all(done_as_first_written(v) for v in verbs)
    for verb in verbs:
        c = several_batches.token_columns[next(base for base, doc in several_batches.docs if doc is verb.doc)]
        assert _done(c, verb.i, _auxes(c, verb.i)) == done_as_first_written(verb)


@pytest.mark.model
def test_a_names_root_read_once_is_the_head_of_its_mention(several_batches):
    from nutgraf.analysis.actors import _clean

    mentions = [(e, _clean(several_batches, e.start, e.end, e.label, e.ent, e.ent.root, e.sent))
                for e in several_batches.entities()]
    assert sum(m is not None for _, m in mentions) > 10
    for e, m in mentions:
        assert m is None or m.head == e.ent.root


@pytest.mark.model
def test_a_subject_pronoun_found_among_the_pronouns_is_the_one_a_read_of_every_token_finds(several_batches):
    from nutgraf.analysis.quotes import PERSONAL_PRONOUNS, PRONOUN_GENDER, MentionIndex, _same_pronoun_subject

    parsed = several_batches
    quoted = SpanMask(len(parsed.text), ((q.start, q.end) for q in parsed.quoted))
    mentions = MentionIndex([], quoted, parsed)

    def as_first_written(pronoun, sent, pos):
        for tok in sent.sent:
            start = sent.tok_start(tok)
            if start >= pos:
                break
            if (tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in PERSONAL_PRONOUNS
                    and PERSONAL_PRONOUNS[tok.lower_] == PERSONAL_PRONOUNS[pronoun]
                    and PRONOUN_GENDER.get(tok.lower_) == PRONOUN_GENDER.get(pronoun)
                    and not quoted.covers(start)):
                return tok
        return None

    found = 0
    for sent in parsed.sentences:
        for pos in (sent.start, (sent.start + sent.end) // 2, sent.end):
            for pronoun in PERSONAL_PRONOUNS:
                expected = as_first_written(pronoun, sent, pos)
                assert _same_pronoun_subject(pronoun, sent, pos, mentions) == expected
                found += expected is not None
    assert found > 10


def test_every_currency_word_is_one_the_currency_guard_lets_through():
    from nutgraf.analysis.lexicon import words
    from nutgraf.analysis.numbers import CURRENCY_LETTERS

    for word in (*words("currency_sign_prefixes"), *words("currency_codes")):
        assert re.fullmatch(rf"\w{{1,{CURRENCY_LETTERS}}}\.?", word), word


_FIGURE_TEXT = st.text(alphabet="0123456789 .,-$£€USDRsNZKkrmbnaone\u017f\u212a%/", max_size=30)


@given(_FIGURE_TEXT)
def test_figures_found_with_the_currency_guard_are_those_found_without(text):
    from nutgraf.analysis.numbers import CURRENCY_AHEAD, NUMBER_RE

    plain = re.compile(NUMBER_RE.pattern.replace(CURRENCY_AHEAD, ""), NUMBER_RE.flags)
    assert plain.pattern != NUMBER_RE.pattern
    for text_ in (text, f"US{text}", f"Rs. {text}", f"EUR {text}"):
        assert [(m.span(), m.groupdict()) for m in NUMBER_RE.finditer(text_)] == \
               [(m.span(), m.groupdict()) for m in plain.finditer(text_)]


@pytest.mark.model
def test_a_subtree_holding_a_range_is_told_as_a_read_of_its_every_token(several_batches):
    from nutgraf.analysis.quotes import _holds, cue_candidates

    held, verbs = 0, cue_candidates(several_batches)
    for s in several_batches.sentences[::4]:
        for i in s.indices_among(verbs[s.base]):
            tok = s.sent.doc[i]
            for lo in range(s.sent.start - 1, s.sent.end + 1, 3):
                for hi in (lo, lo + 1, lo + 4, s.sent.end + 2):
                    plain = any(lo <= t.i < hi for t in _subtree_without_conjuncts(tok))
                    assert _holds(several_batches.token_columns[s.base], i, lo, hi) == plain
                    held += plain
    assert held > 100


_NUMBER_PIECES = st.sampled_from([
    "1", "12", "3,000", ".5", "2/3", "\u00bd", "\u2044", "e9", "%", " per cent", "-", "\u2212", "$", "\u20ac", "US",
    "Rs.", "eur", "NOK", "a", "an", "A", "one", "Twenty", "seven", "in", "every", "third", "half", "dozen", "twice",
    "million", "bn", "k", "sub", "Mid", "minus", "plus", "near", "and", "the", "years", "st", "x", "_", ",", ".",
    "/", ":", " ", "\n", "\u017fix", "\u0130", "\u212a", "\u0663",
])


@given(st.lists(_NUMBER_PIECES, max_size=14).map("".join))
def test_figures_found_where_one_may_open_are_those_of_the_plain_scan(text):
    from nutgraf.analysis.numbers import NUMBER_RE, figures

    assert [(m.span(), m.groupdict()) for m in figures(text)] == \
           [(m.span(), m.groupdict()) for m in NUMBER_RE.finditer(text)]


def _number_vocabulary() -> list[str]:
    """Every word NUMBER_RE is written with, from the lexicon and its own pattern."""
    from nutgraf.analysis import numbers
    from nutgraf.analysis.lexicon import words

    lists = ("currency_symbols", "currency_sign_prefixes", "currency_codes", "spaced_scales", "duration_units")
    return sorted({*numbers.UNITS, *numbers.SCALES, *numbers.ABBREV_SCALES, *numbers.FRACTIONS, *numbers.PREFIX_SIGN,
                   *numbers.VULGAR_FRACTIONS, *(w for name in lists for w in words(name)),
                   *re.findall(r"[a-z]+", numbers.NUMBER_RE.pattern.replace(r"\s", " ")),
                   "-", "\u2212", ".", "\u0663"})


@pytest.mark.parametrize("word", _number_vocabulary())
def test_figures_opening_with_any_word_of_the_pattern_are_those_of_the_plain_scan(word):
    from nutgraf.analysis.numbers import NUMBER_RE, figures

    found = 0
    for form in {word, word.capitalize(), word.upper()}:
        for after in (" 5", "-5", "5", "$5", " in 3", "-in-every-4", " third", " million", " dozen", " a half", " the"):
            text = f"({form}{after} and {form}{after}"
            plain = [(m.span(), m.groupdict()) for m in NUMBER_RE.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in figures(text)] == plain, text
            found += any(start == 1 for (start, _), _groups in plain)
    assert found or word not in {"half", "one", "a", "sub", "minus", "US", "NOK", "Rs"}


@pytest.mark.model
def test_the_pronoun_after_a_mention_is_the_one_told_asking_the_mention_first(several_batches, model):
    from nutgraf.analysis import actors
    from nutgraf.analysis.quotes import PRONOUN_GENDER, MentionIndex, SubjectReadings

    own = ("Tom Reed met the press on Monday. He was calm. Anna Lee visited Paris. She left.\n\n"
           "Paul Smith spoke to reporters. \"We will go,\" Jane Doe said. She left. It rained.")
    told = subjects = 0
    for parsed in (several_batches, Parsed(own, [(0, model.nlp(own))])):
        quoted = SpanMask(len(parsed.text), ((q.start, q.end) for q in parsed.quoted))
        found = actors.extract(parsed)
        mentions, fresh = MentionIndex(found, quoted, parsed), MentionIndex(found, quoted, parsed)
        plain = SubjectReadings()

        def as_first_written(start, end, parsed=parsed, quoted=quoted, fresh=fresh, plain=plain):
            sent = parsed.sentence_at(start)
            if sent is None or not plain.read_subject(parsed, start, end):
                return None
            if any(a.kind == "person" and not s <= start < e for s, e, a in fresh.overlapping(sent.start, sent.end)):
                return None
            after = parsed.sentence_at(sent.end + 1)
            if after is None or after is sent or after.start - sent.end > 3:
                return None
            first = next((t for t in after.sent if not t.is_space and not t.is_punct), None)
            if first is None or first.dep_ != "nsubj" or quoted.covers(after.tok_start(first)):
                return None
            return PRONOUN_GENDER.get(first.lower_)

        for start, end, _ in mentions.items:
            for _ in range(2):  # asked again, as the kept answer
                assert mentions._pronoun_next(start, end) == as_first_written(start, end)
                assert mentions.is_subject(start, end) == plain.read_subject(parsed, start, end)
            told += as_first_written(start, end) is not None
            subjects += plain.read_subject(parsed, start, end)
    assert told >= 3 and subjects > 10


@pytest.mark.model
def test_what_a_cluster_is_called_kept_as_mentions_arrive_is_read_from_them(several_batches, monkeypatch):
    """Cluster.called, kept up as mentions are added, is the descriptors and description
    heads read from all its mentions, as _called_otherwise read them at every question."""
    from nutgraf.analysis import actors

    after: list[list[actors.Cluster]] = []
    add_descriptions = actors._add_descriptions

    def kept(parsed, clusters, taken):
        add_descriptions(parsed, clusters, taken)
        after.append(clusters)

    monkeypatch.setattr(actors, "_add_descriptions", kept)
    actors.extract(several_batches)
    described = 0
    for c in after[0]:
        heads = {m.head.lower_ for m in c.mentions if m.label == "DESC" and m.head is not None}
        assert c.called == c.descriptors | heads
        described += bool(heads)
    assert described > 5


@pytest.mark.model
def test_the_descriptions_are_handed_the_characters_of_every_mention(model, monkeypatch):
    """The mask _add_appositions hands _add_descriptions is the one made of every mention of
    every cluster then, the appositions' too, as _add_descriptions made it itself."""
    from nutgraf.analysis import actors
    from nutgraf.analysis.parsed import SpanMask

    handed: list[bool] = []
    add_descriptions = actors._add_descriptions

    def checked(parsed, clusters, taken):
        whole = SpanMask(len(parsed.text), ((m.start, m.end) for c in clusters for m in c.mentions))
        handed.append(taken.bits == whole.bits)
        handed.append(any(m.label == "DESC" for c in clusters for m in c.mentions))
        add_descriptions(parsed, clusters, taken)

    monkeypatch.setattr(actors, "_add_descriptions", checked)
    text = ("John Kerry, the Secretary of State, met Sergei Lavrov in Geneva on Monday. "
            "The talks with Lavrov, the foreign minister, lasted six hours, Kerry said.")
    actors.extract(Parsed(text, [(0, model.nlp(text))]))
    assert handed == [True, True]


@pytest.mark.model
def test_a_nouns_children_walked_once_decide_as_walked_for_each_question(several_batches):
    """_refers_back and _apposed_place: one walk of a token's right children decides as a
    walk for each question did."""
    from nutgraf.analysis.actors import HOME_PLACE_NOUNS, _apposed_place, _refers_back, _region_of

    def refers_back(tok):
        if tok.i + 1 < len(tok.doc) and tok.nbor(1).tag_ == "NNP":
            return False
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ == "NNS" for g in c.children)
               for c in tok.rights):
            return False
        return not any(c.dep_ == "relcl" and tok.doc[c.left_edge.i - 1].text != "," for c in tok.rights)

    def apposed_place(c, root):
        if root.dep_ == "appos" and _region_of(c, root.head.i, root.i):
            return True
        return any(t.dep_ == "appos" and _region_of(c, root.i, t.i) for t in root.rights) \
            or any(t.dep_ == "appos" and t.tag_ == "NN" and t.lower_ in HOME_PLACE_NOUNS for t in root.rights)

    nouns = several_batches.having("TAG", "NN")
    answers = set()
    for s in several_batches.sentences:
        c = several_batches.token_columns[s.base]
        for tok in s.tokens_among(nouns[s.base]):
            answers.add(refers_back(tok))
            assert _refers_back(c, tok.i, [k for k in c.children(tok.i) if k > tok.i]) == refers_back(tok)
    assert answers == {True, False}
    placed = 0
    for e in several_batches.entities():
        c = several_batches.token_columns[e.sent.base]
        placed += apposed_place(c, e.ent.root)
        assert _apposed_place(c, e.ent.root.i) == apposed_place(c, e.ent.root)
    assert placed


# Words the patterns read, and letters ignoring case makes ASCII ones ("\u212a" the Kelvin sign
# for "k", the long s), dotted and dotless i, a digit beyond ASCII.
_MISSED_PIECES = ["the", "year", "two", "thousand", "and", "a", "few", "several", "couple", "of", "more", "Q3",
                  "last", "17", "4th", "2025", "-", ",", ".", "'s", "\u212aelvin", "\u017f", "\u0130", "\u0131",
                  "\u0663"]


def _missed_pieces():
    from nutgraf.analysis import timeline

    names = [*timeline._MISSED_NAMES, *timeline.UNITS, *timeline.WEEKDAYS, *timeline.MONTHS]
    return st.sampled_from([*names, *(n.upper() for n in names), *(n.title() for n in names), *_MISSED_PIECES,
                            "years", "days", "hours", "nineteen", "twenty", "ninety-six", "hundred"])


def _without_opening(rx):
    """The pattern as written before its look-ahead of opening characters was put in."""
    return re.compile(re.sub(r"^\\b\(\?=\[[^\]]*\]\)", r"\\b", rx.pattern), rx.flags)


@given(st.lists(_missed_pieces(), max_size=12), st.lists(st.sampled_from([" ", ", ", "-", "", "\n"]), max_size=12))
def test_missed_dates_scanned_behind_their_opening_look_ahead_are_those_found_without_it(pieces, gaps):
    from nutgraf.analysis.timeline import MISSED_DATES, MISSED_DURATIONS, MISSED_WORDS

    text = "".join(p + g for p, g in zip(pieces, [*gaps, *[" "] * len(pieces)], strict=False))
    for rx in (MISSED_DATES, MISSED_DURATIONS, MISSED_WORDS):
        plain = _without_opening(rx)
        assert plain.pattern != rx.pattern  # the look-ahead was there
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)], rx.pattern[:40]


def test_every_missed_word_and_spelled_year_opens_as_the_look_ahead_lets_it():
    from nutgraf.analysis import timeline

    spelled = ["the year nineteen ninety-six", "year two thousand", "nineteen hundred and five", "twenty twenty",
               "two thousand and one"]
    for word in [*timeline._MISSED_NAMES, *spelled]:
        for form in (word, word.upper(), word.title()):
            assert timeline.MISSED_WORDS.fullmatch(form), form
    for phrase in ["Q3 last year", "Tuesday, March 8, 2011", "Sept. 30", "17 Nov 2025", "4th October"]:
        found = timeline.MISSED_DATES.search(phrase)
        assert found.group() == _without_opening(timeline.MISSED_DATES).search(phrase).group()
    for phrase in ["a few more years", "several days", "twenty-five weeks", "3 1/2 years", "a couple of hours"]:
        assert timeline.MISSED_DURATIONS.search(phrase), phrase


_TIME_WORDS = st.sampled_from(["january", "jan.", "sept", "5", "5th", "2020", "1990s", "'80s", "monday", "last", "next",
                               "the", "of", "week", "weeks", "year", "ago", "two", "a", "few", "days", "early", "mid-",
                               "quarter", "first", "fiscal", "-", ",", "hours", "dozen", "half", "one", "and", "or"])


@given(st.lists(_TIME_WORDS, min_size=1, max_size=6).map(" ".join))
def test_the_rules_for_lower_case_text_match_it_as_the_rules_folding_case_do(s):
    """normalise's rules without IGNORECASE, for the lower-case ASCII text it reads: the
    same rules match, with the same groups."""
    from nutgraf.analysis.timeline import LOWER_ASCII_RULES, RULES

    assert s.isascii() and s == s.lower()
    for (folding, _), (lower, _) in zip(RULES, LOWER_ASCII_RULES, strict=True):
        m, n = folding.fullmatch(s), lower.fullmatch(s)
        assert (m and (m.span(), m.groupdict())) == (n and (n.span(), n.groupdict()))


def test_the_rules_for_lower_case_text_fold_no_case_where_they_need_not():
    from nutgraf.analysis.timeline import LOWER_ASCII_RULES, RULES

    assert any(rx.flags & re.IGNORECASE for rx, _ in RULES)
    assert not any(rx.flags & re.IGNORECASE for rx, _ in LOWER_ASCII_RULES)


def _approximator_pieces() -> st.SearchStrategy[str]:
    """Approximators, parts of them and their neighbours, in any case, with spaces and
    letters re.I takes for ASCII ones."""
    from nutgraf.analysis.lexicon import words

    pieces = {p for w in words("approximators") for p in (w, w.upper(), w.title(), *w.split(), w[1:], w[:-1])}
    return st.sampled_from(sorted(pieces | {" ", "  ", "\n", "\t", "\x1c", "\u00a0", "x", "(", "5",
                                           "\u017fome", "\u212a", "abo\u0131t", "\u0130"}))


@given(st.lists(_approximator_pieces(), max_size=8).map("".join))
@example("for \u017fome ")
@example("ABOUT\t")
@example("just over  ")
def test_approximators_checked_for_first_are_those_the_search_finds(before):
    from nutgraf.analysis.numbers import APPROX_RE, _approximator

    found, plain = _approximator(before), APPROX_RE.search(before)
    assert (found and found.span()) == (plain and plain.span())


def test_every_approximator_is_ascii_and_ends_in_no_space():
    from nutgraf.analysis.lexicon import words

    assert all(w.isascii() and not w[-1].isspace() for w in words("approximators"))


_RANGE_PIECES = st.sampled_from(["1999", "2004", "2010", "1850", "1234", "20", "9", " to ", " and ", " until ",
                                 " through ", "-", "\u2013", " ", ".", "a", "x", "\n"])


@given(st.lists(_RANGE_PIECES, max_size=12).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_a_range_end_found_in_a_stretch_of_the_text_is_found_in_the_whole(text, pos, endpos):
    from nutgraf.analysis.timeline import MISSED_RANGE_ENDS, RANGE_END_AT

    starts = {m.start() for m in RANGE_END_AT.finditer(text)}
    assert {m.start() for m in MISSED_RANGE_ENDS.finditer(text, pos, endpos)} <= starts


@pytest.mark.model
def test_missed_dates_found_in_the_sentences_named_are_those_of_every_sentence_scanned(several_batches, model,
                                                                                         monkeypatch):
    from nutgraf.analysis import timeline

    text = ("Sales rose from 2004 to 2009.In 1999-2001 and 2010\u20132012 they fell, as from 1990 until 1995 "
            "and 1980 through 1985. It was warm that day, on Jan. 3 and in the sixties, for three years. "
            "THE PREVIOUS DAY, Three Years on, a Decades-Long feud ended at Christmas; "
            "the next day, \u00e9t\u00e9 and Three Years later, at \u212aent in the Early Morning. "
            "Hewlett-Packard Co. Recently, analysts said. Currently the plan stands. NOW it is over. "
            "Its Latest Quarter was weak.")
    ranges = Parsed(text, [(0, model.nlp(text))])

    def found(parsed):
        return [(start, end, ent.start, ent.end, ent.label_, sent.start)
                for start, end, ent, sent in timeline._candidates(parsed)]

    named = [found(several_batches), found(ranges)]
    # The plain reading: every sentence scanned with every pattern, as it is, in the text.
    every = lambda parsed, *_: set(range(len(parsed.sentences)))  # noqa: E731
    monkeypatch.setattr(timeline, "_sentences_holding", every)
    monkeypatch.setattr(timeline, "_sentences_matching", every)
    monkeypatch.setattr(timeline, "_for_lower_ascii", lambda rx: rx)
    assert named == [found(several_batches), found(ranges)]


def _with_day_before_plain(text, start, floor):
    from nutgraf.analysis.timeline import (
        DAY_BEFORE,
        DEICTIC_YEAR,
        EVERY,
        MONTH_START,
        QUARTER_BEFORE,
        WEEK_OF,
        WEEKDAY_INSIDE,
    )

    before = text[max(floor, start - 12):start]
    month = MONTH_START.match(text[start:start + 10]) is not None
    m = DAY_BEFORE.search(before)
    if m and month:
        return start - len(m.group())
    m = WEEK_OF.search(text, max(floor, start - 16), start)
    if m and month:
        return m.start()
    m = EVERY.search(text, max(floor, start - 6), start)
    if m and (month or WEEKDAY_INSIDE.match(text, start)):
        return m.start()
    m = QUARTER_BEFORE.search(before)
    if m and DEICTIC_YEAR.match(text[start:start + 10]):
        return start - len(m.group())
    return start


_DATE_PIECES = st.sampled_from(["12 ", "3rd ", "of ", "the ", "week ", "Week ", "each ", "every ", "Q3 ", "March",
                                "Jan. ", "Tuesday", "last year", "this year", " ", ",", "x", "9"])


@st.composite
def _date_at(draw):
    """A text of pieces and where a date in it starts: at a piece's start, mostly."""
    pieces = draw(st.lists(_DATE_PIECES, max_size=10))
    text = "".join(pieces)
    at = draw(st.integers(0, len(pieces)))
    start = draw(st.one_of(st.just(len("".join(pieces[:at]))), st.integers(0, len(text))))
    return text, start


@given(_date_at(), st.integers(0, 20))
@example(("Q3 last year", 3), 0)
@example(("12 March", 3), 0)
@example(("the week of March", 12), 0)
@example(("each Tuesday", 5), 0)
@example(("Q3 x", 3), 0)
@example(("the week of x", 12), 0)
@example(("12 x", 3), 0)
def test_the_words_before_a_date_asked_for_after_what_it_opens_with_are_those_the_plain_reading_takes(
        date_at, floor):
    from nutgraf.analysis.timeline import _with_day_before

    text, start = date_at
    assert _with_day_before(text, start, floor) == _with_day_before_plain(text, start, floor)



@given(st.lists(st.sampled_from(["year", "Year", "-", "earlier", " ", "5", "\u017f", "x-", "--"]), max_size=8)
       .map("".join).filter(bool), st.integers(0, 40))
@example("year-earlier", 5)
@example("5-earlier", 2)
def test_a_word_before_a_hyphen_looked_for_only_after_one_is_the_one_the_plain_search_finds(text, start):
    from nutgraf.analysis.timeline import WORD_HYPHEN_BEFORE, _with_word_before_hyphen

    start = min(start, len(text) - 1)
    m = WORD_HYPHEN_BEFORE.search(text[max(0, start - 12):start])
    assert _with_word_before_hyphen(text, start) == (start - len(m.group()) if m and text[start].isalpha() else start)


@pytest.mark.model
def test_an_index_over_other_quotes_reads_the_shared_subjects_as_one_reading_them_alone(several_batches):
    """The direct quotes' and the reported speech's indexes share the text's readings of its
    subjects, each leaving out the pronouns inside its own quotes, and, over the same quotes,
    the mentions in order and their actors' genders: an index asking after another answers as
    one that read them alone."""
    from nutgraf.analysis import actors
    from nutgraf.analysis.quotes import MentionIndex

    parsed = several_batches
    found = actors.extract(parsed)
    marks = [(q.start - q.marks[0], q.end + q.marks[1]) for q in parsed.quoted]
    every, some = SpanMask(len(parsed.text), marks), SpanMask(len(parsed.text), marks[::2])

    def of_sentences(index):
        return [(index.subject_pronouns(s), index._next_opens_with(s)) for s in parsed.sentences]

    def answers(index):
        said = [(index._pronoun_after(s, e), index._pronoun_next(s, e), index.is_subject(s, e))
                for s, e, _ in index.items]
        return of_sentences(index), index.items, said, [index.gender(a) for a in found]

    first = MentionIndex(found, every, parsed)
    answers(first)
    second = MentionIndex(found, some, parsed)
    again = MentionIndex(found, SpanMask(len(parsed.text), marks[::2]), parsed)
    alone = MentionIndex(found, some, Parsed(parsed.text, parsed.docs))
    assert second.readings is parsed.subject_readings is first.readings is not alone.readings
    assert again._genders is second._genders is not first._genders  # the same quotes left out
    assert answers(second) == answers(alone) == answers(again)
    assert of_sentences(second) != of_sentences(first)  # a pronoun in a quote of one index only
    assert MentionIndex(found, some, parsed, some)._genders is not second._genders  # narrated


@pytest.mark.model
def test_the_mentions_kept_for_the_next_index_hold_no_mask_of_the_whole_text(several_batches):
    """The masks an index's mentions are kept under, to be told whether the next index leaves
    out the same quotes, are a byte a character of the text: kept whole, they were 6 MB of a
    long text's memory."""
    from nutgraf.analysis import actors
    from nutgraf.analysis.quotes import MentionIndex

    parsed = Parsed(several_batches.text, several_batches.docs)
    found = actors.extract(parsed)
    marks = [(q.start - q.marks[0], q.end + q.marks[1]) for q in parsed.quoted]
    first = MentionIndex(found, SpanMask(len(parsed.text), marks), parsed)
    assert MentionIndex(found, SpanMask(len(parsed.text), marks), parsed)._genders is first._genders
    kept = parsed.subject_readings._mentions
    assert len(kept) == 1 and marks and len(parsed.text) > 10_000
    assert len(kept[0].quoted) + len(kept[0].narrated) < len(parsed.text) // 20


_RULE_PIECES = st.sampled_from([
    "its", "their", "our", "on", "at", "at least", "early-", "late-November", "mid-", "or so", "ago", "this years",
    "[ten]", "fiscal-", "present", "at present", "the", "2020", "Week", " ", "  ", "\t", "\n", "\u00a0", "\u2003",
    "\x1c", "\u2019s", "-", "year"])


@given(st.lists(_RULE_PIECES, min_size=1, max_size=7).map("".join), st.sampled_from(["", " ", "\n"]))
def test_the_words_the_rules_read_are_those_the_substitutions_made(raw, edge):
    """_rule_words skips the substitutions whose words are not there, and makes white space
    one space without a regex: the words are those every substitution made."""
    from nutgraf.analysis import timeline
    from nutgraf.analysis.timeline import _rule_words

    raw = edge + raw + edge
    s = re.sub(r"\s+", " ", raw.strip()).lower().replace("\u2019", "'")
    if s not in timeline.VAGUE_REFS:
        s = timeline.LEADING_PREPOSITION.sub("", s)
    s = timeline.QUALIFIER.sub("", timeline.OWNER_FIRST.sub("the ", s).replace("fiscal-", "fiscal "))
    s = timeline.THIS_YEARS.sub("this year", timeline.OR_SO.sub("", s).replace("[", "").replace("]", ""))
    assert _rule_words(raw) == timeline.EARLY_LATE.sub(r"\1 ", s)


@pytest.mark.model
def test_dates_and_amounts_relabelled_by_the_words_before_alone_get_what_every_rule_gives(several_batches):
    """_relabel asks only the words before a name of a label no rule is about (dates,
    amounts, counts); every rule in turn (_label_in_context) gives it the same label."""
    from nutgraf.analysis import actors

    parsed, text = several_batches, several_batches.text
    labels = ["DATE", "CARDINAL", "MONEY", "PERCENT", "TIME", "ORDINAL", "QUANTITY", "LAW", "LANGUAGE"]
    for e in parsed.entities():
        for label in labels:
            other = e._replace(label=label)
            expected = actors._label_in_context(text, other, parsed.token_columns[e.sent.base], e.ent.root.i,
                                                set(), set(), set())
            assert actors._relabel(parsed, [other])[0].label == expected
    # and the one rule that does apply to them
    village = "They met in the village of 1812 Hall. Then Kelby grew."
    assert actors._place_of(village[:village.index("1812")])


_KEY_WORDS = st.sampled_from(["court", "supreme", "of", "justice", "department", "italian", "home", "office",
                              "for", "the", "arts", "uk", "foundation"])


@given(st.lists(_KEY_WORDS, min_size=2, max_size=5).map(" ".join),  # bodies' keys of two words or more
       st.lists(_KEY_WORDS, min_size=2, max_size=4).map(" ".join),
       st.sets(st.sampled_from(["italian", "uk", "home", "supreme court"])))
def test_the_short_forms_spelt_out_are_those_each_pair_compared_matched(key, other, places):
    """_short_forms against the test of each pair of bodies' keys that _merge_long_forms made."""
    from nutgraf.analysis.actors import COMPLEMENT_WORDS, _short_forms

    own = key.split(" ", 1)
    bare = own[1] if own[0] in places else key
    complement = bare.startswith(other + " ") and bare[len(other) + 1:].split()[0] in COMPLEMENT_WORDS
    owner = key.endswith(" " + other) and key[:-len(other) - 1] in places
    words = bare.split()
    inverted = len(words) == 2 and other == f"{words[1]} of {words[0]}"
    assert (other in _short_forms(key, places)) == (complement or owner or inverted)


@pytest.mark.model
def test_nouns_picked_from_a_batchs_arrays_are_those_a_walk_of_its_nouns_keeps(several_batches):
    """_description_nouns against the first tests _add_descriptions made of every noun: a
    child before it, and no name unless the noun owns a proper noun's; those of them it
    leaves out (no "the", "this", "that" or owner before them) are those in which neither
    _place_owner nor _left_det finds what opens a description."""
    from nutgraf.analysis.actors import Dep, Tag, _description_nouns, _left_det, _place_owner

    kept = dropped = 0
    for s in several_batches.sentences:
        c = several_batches.token_columns[s.base]
        nouns = [t.i for t in s.sent if t.tag_ in ("NN", "NNP", "NNPS")]
        walked = [i for i in nouns if (kids := c.children(i)) and kids[0] < i
                  and (not c.ent_type[i] or (c.dep[i] == Dep.poss and c.tag[c.head[i]] in (Tag.NNP, Tag.NNPS)))]
        picked = list(s.indices_among(_description_nouns(c)))
        assert set(picked) <= set(walked)
        for i in set(walked) - set(picked):
            lefts = [k for k in c.children(i) if k < i]
            assert _place_owner(c, i, lefts) is None and _left_det(c, i, lefts, s) is None
        assert all(any(c.dep[k] == Dep.poss or (c.dep[k] == Dep.det and c.lower[k] in ("the", "this", "that"))
                       for k in c.children(i) if k < i) for i in picked)
        kept, dropped = kept + len(picked), dropped + len(walked) - len(picked)
    assert kept > 100 and dropped > 50


@pytest.mark.model
def test_description_nouns_found_from_their_openers_are_those_a_walk_of_every_noun_finds(several_batches, model):
    """_description_nouns, found as the heads of the batch's openers, against every noun's
    dependents before it read from its Token; also over "this" and "that", which the
    articles open no such noun with."""
    from nutgraf.analysis.actors import _description_nouns

    text = "This company and that union met her party. The council's chair and Italy's ITV's board spoke."
    parsed = Parsed(text, [(0, model.nlp(text))])
    found = 0
    for p in (several_batches, parsed):
        for base, doc in p.docs:
            walked = [t.i for t in doc if t.tag_ in ("NN", "NNP", "NNPS")
                      and any(k.dep_ == "poss" or (k.dep_ == "det" and k.lower_ in ("the", "this", "that"))
                              for k in t.lefts)
                      and (not t.ent_type_ or (t.dep_ == "poss" and t.head.tag_ in ("NNP", "NNPS")))]
            assert list(_description_nouns(p.token_columns[base])) == walked
            found += len(walked)
    assert found > 100 and {"company", "union"} <= {t.lower_ for t in parsed.docs[0][1] if t.i in walked}


@given(st.lists(st.sampled_from(["News", "news", "Bank", "of", "A", "2024", "Its", "Über", "über", "O'Neil",
                                 "Well-Known", "_Tax", "x1yz", "Q3", "\u2019Tis"]), max_size=12).map(" ".join))
def test_a_line_read_up_to_its_first_lower_case_word_is_title_case_as_all_its_words_tell(line):
    from nutgraf.analysis.actors import _title_case

    long = [w for w in re.findall(r"[^\W\d_][\w'\u2019-]*", line) if len(w) >= 4]
    assert _title_case(line) == (len(long) >= 4 and all(w[0].isupper() for w in long))


@pytest.mark.model
def test_names_relabelled_without_the_dates_and_amounts_let_go_are_those_relabelled_with_them(several_batches):
    """_named_mentions lets go of dates, amounts and counts not after "the village of": the
    names _relabel keeps (KINDS) are those it kept when it read them all."""
    from nutgraf.analysis.actors import (
        KINDS,
        NAMED_THINGS,
        _before_stray_preposition,
        _place_of,
        _place_split_off,
        _relabel,
    )

    parsed, text = several_batches, several_batches.text
    columns = parsed.token_columns
    every = [p for e in parsed.entities()
             for p in _place_split_off(_before_stray_preposition(e, columns[e.sent.base]))]
    kept = [p for e in parsed.entities()
            if e.label in KINDS or e.label in NAMED_THINGS or _place_of(text[max(0, e.start - 40):e.start])
            for p in _place_split_off(_before_stray_preposition(e, columns[e.sent.base]))]
    assert len(kept) < len(every)
    assert [e for e in _relabel(parsed, kept) if e.label in KINDS] == [e for e in _relabel(parsed, every)
                                                                       if e.label in KINDS]


def _plain_find(refs, head, phrase, pos):
    """Referents.find as first written: every fitting actor tested in full."""
    import bisect

    from nutgraf.analysis.actors import COUNTRY_NOUNS, GENERIC_REACH, PLACE_NOUNS, _called_otherwise, _listed

    scored = [(c.last_named_before(pos), c) for c in refs.by_head.get(head, ())]
    scored += [(c.last_named_before(pos), c) for c, role in refs.by_role.get(head, ()) if role.endswith(phrase)]
    scored = [t for t in scored if t[0] >= 0]
    if scored:
        return max(scored, key=lambda t: t[0])[1]
    near = []
    reach = len(refs.quoted.bits) if head in COUNTRY_NOUNS else GENERIC_REACH
    for c in refs.generic(head):
        if head in COUNTRY_NOUNS and all(_listed(m) for m in c.mentions if m.start < pos):
            continue
        if head in PLACE_NOUNS and _called_otherwise(c, head):
            continue
        last, i = -1, bisect.bisect_left(c.starts, pos)
        while i > 0:
            i -= 1
            if pos - c.starts[i] > reach:
                break
            if not refs.quoted.covers(c.starts[i]):
                last = c.starts[i]
                break
        if last >= 0:
            topic = bool(c.subject_starts) and c.subject_starts[0] < pos
            near.append((bisect.bisect_left(c.starts, pos), topic, last, c))
    return max(near, key=lambda t: t[:3])[3] if near else None


@pytest.mark.model
def test_a_description_refers_to_the_actor_a_test_of_every_fitting_actor_finds(several_batches, monkeypatch):
    from nutgraf.analysis import actors

    find, found = actors.Referents.find, []

    def both(refs, head, phrase, pos):
        target = find(refs, head, phrase, pos)
        assert target is _plain_find(refs, head, phrase, pos)
        found.append(target)
        return target

    monkeypatch.setattr(actors.Referents, "find", both)
    actors.extract(several_batches)
    assert sum(t is not None for t in found) > 10 and None in found


_LEARNT = st.tuples(st.sampled_from(["learn", "alias"]),
                    st.sampled_from(["Ann Lee", "Lee", "World Health Organization", "WHO", "Kelby Port", "Anna Lee"]),
                    st.sampled_from(["PERSON", "ORG", "FAC", "GPE"]), st.integers(0, 2))


@given(st.lists(_LEARNT, max_size=12))
@example([("learn", "World Health Organization", "ORG", 0), ("alias", "WHO", "ORG", 1),
          ("learn", "World Health Organization", "ORG", 0)])  # the alias takes the initials, the name again adds
def test_a_short_form_index_learning_each_name_once_holds_what_learning_every_mention_held(steps):
    from nutgraf.analysis.actors import Cluster, Mention, ShortFormIndex

    clusters = [Cluster(f"c{i}") for i in range(3)]
    once, every = ShortFormIndex(), ShortFormIndex()
    for step, text, label, c in steps:
        if step == "alias":
            once.alias(text, clusters[c])
            every.alias(text, clusters[c])
        else:
            once.learn(Mention(0, len(text), text, label), clusters[c])
            every._learnt.clear()  # learnt anew, as at every mention before
            every.learn(Mention(0, len(text), text, label), clusters[c])
        for table in ("surnames", "initials", "heads"):
            assert {k: v for k, v in getattr(once, table).items() if v} == \
                {k: v for k, v in getattr(every, table).items() if v}


_FORM_WORDS = st.sampled_from(["Ann", "J.", "Lee", "Jr.", "the", "River", "Thames", "Mr", "of", "Substitute", "Society",
                               "Canada", "Kestrel", "Bio", "III", "Capitol", "Hill", "Street", "for", "West", "Bank"])
_LABELS = st.sampled_from(["PERSON", "ORG", "FAC", "GPE", "LOC", "NORP"])


@given(st.lists(_FORM_WORDS, min_size=1, max_size=5).map(" ".join), _LABELS, _LABELS)
def test_a_forms_key_is_told_by_the_form_and_whether_it_is_a_persons(text, label, other):
    """_cluster keeps each form's key by the form and whether the mention is a person's."""
    from nutgraf.analysis.actors import Mention, _key

    if (label == "PERSON") == (other == "PERSON"):
        assert _key(Mention(0, 1, text, label)) == _key(Mention(5, 9, text, other))


@given(st.lists(_FORM_WORDS, min_size=1, max_size=5).map(" ".join), _LABELS)
def test_a_names_label_by_its_words_asks_its_head_only_when_it_matters(name, label):
    """_label_by_words against the reading that split off the head of every name first."""
    from nutgraf.analysis import actors

    words = name.split()
    first, last = words[0].lower().rstrip("."), words[-1].lower().rstrip(".")
    plain = label
    compass_place = len(words) == 2 and first in actors.COMPASS_WORDS and label in ("GPE", "LOC")
    if len(words) > 1 and label != "NORP" and not compass_place:
        if last in actors.ORG_NAME_WORDS or (first in actors.ORG_FIRST_WORDS and last not in actors.PLACE_NAME_WORDS):
            plain = "ORG"
        elif last in actors.PLACE_NAME_WORDS and label in ("PERSON", "ORG"):
            plain = "FAC"
        elif last in actors.LANDFORM_WORDS and label == "ORG":
            plain = "LOC"
    head = actors.OF_FOR.split(name, maxsplit=1)[0].split()[-1].lower()
    if plain != "PERSON" and len(words) >= 3 and first in actors.PERSON_LEAD_WORDS \
            and not {last, head} & actors.ORG_NAME_WORDS:
        plain = "PERSON"
    elif plain != "PERSON" and len(words) == 2 and first in actors.PERSON_TITLES and words[1][:1].isupper():
        plain = "PERSON"
    assert actors._label_by_words(name, label) == plain


@pytest.mark.model
def test_untagged_proper_nouns_picked_from_the_arrays_are_those_the_columns_tell(several_batches):
    """_untagged_names reads runs of the proper nouns _untagged_proper_nouns picks, where it
    read every proper noun and skipped those in a name."""
    from nutgraf.analysis.actors import _untagged_proper_nouns

    proper, picked = several_batches.having("TAG", "NNP", "NNPS"), 0
    for base, c in several_batches.token_columns.items():
        expected = [k for k in proper[base] if not c.ent_type[k]]
        assert list(_untagged_proper_nouns(c)) == expected
        picked += len(expected)
    assert picked > 20


@pytest.mark.model
def test_names_words_cut_from_the_text_and_columns_are_those_of_their_tokens(several_batches):
    """A name's text, its last word (_relabel's body_ends) and whether titles and a person
    follow it (_is_role_prefix), read from the text and the columns, as from its tokens."""
    from nutgraf.analysis.actors import TITLES, _is_role_prefix

    def role_prefix(ent):
        doc, i, titles = ent.doc, ent.end, 0
        while i < len(doc) and doc[i].lower_ in TITLES:
            i, titles = i + 1, titles + 1
        return titles > 0 and i < len(doc) and doc[i].ent_type_ == "PERSON"

    prefixes = []
    for e in several_batches.entities():
        c = several_batches.token_columns[e.sent.base]
        assert several_batches.text[e.start:e.end] == e.ent.text
        assert c.text(e.ent.end - 1) == e.ent[-1].text
        prefixes.append(_is_role_prefix(c, e.ent))
        assert prefixes[-1] == role_prefix(e.ent)
    assert len(prefixes) > 100


@given(st.lists(st.sampled_from(["village", "island", "city", "town", "region", "of", "proof", "x", "_", "-", "é",
                                 " ", "  ", "\n", "\t", "\u00a0", "the", "Village"]), max_size=10).map("".join))
def test_a_place_noun_read_back_from_the_end_is_the_one_the_search_found(before):
    from nutgraf.analysis.actors import PLACE_NOUNS, _place_of

    found = re.search(r"\b(" + "|".join(sorted(PLACE_NOUNS)) + r")\s+of\s+$", before)
    assert _place_of(before) == (found.group(1) if found else None)


def test_a_place_noun_before_a_name():
    from nutgraf.analysis.actors import _place_of

    assert _place_of("in the village of ") == "village" and _place_of("the metropolitan city of\n") == "city"
    assert _place_of("the village of") is None and _place_of("a citadel of ") is None


def _plain_trim(text, start, end):
    """actors._trim as first written: every pattern tried on every name."""
    from nutgraf.analysis import actors as a

    while start < end and not text[start].isalnum():
        start += 1
    dateline = a.DATELINE_NAME.match(text[start:end])
    if dateline:
        start += dateline.end()
    lead = a.LEADING.match(text[start:end])
    if lead:
        start += lead.end()
    m = a.TRAILING_POSSESSIVE.search(text[start:end])
    if m and (end - start) - len(m.group()) >= 2:
        end = start + m.start()
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".)":
        end -= 1
    share = a.SHARE_AFTER_NAME.search(text[start:end])
    if share and (share.group(1) or a.PERCENT.match(text[end:end + 10])):
        end = start + share.start()
    if text[end - 1:end] == "." and a.WORD_AND_STOP.search(text[start:end]):
        end -= 1
    lead = a.LOWER_LEAD.match(text[start:end])
    if lead:
        start += lead.end()
    return start, end


_NAME_PIECES = st.sampled_from(["The ", "the ", "a ", "An ", "CLEVELAND - ", "NEW YORK \u2013 ", "Trump", "Clinton",
                                "'s", "\u2019", "\u2018s", " 42", " 4.5", " percent", " per cent", "%", ".", "Inc.",
                                "\n", "university's ", "your ", "Donald", " ", "x", "1", "A", ",", ")", "\u0663",
                                "Sadiq", "ts", "\u00b2"])


@given(st.lists(_NAME_PIECES, max_size=8).map("".join), st.lists(_NAME_PIECES, max_size=3).map("".join),
       st.lists(_NAME_PIECES, max_size=3).map("".join))
def test_a_name_trimmed_where_its_characters_call_for_it_is_trimmed_as_by_every_pattern(name, before, after):
    from nutgraf.analysis.actors import _trim

    text = before + name + after
    start, end = len(before), len(before) + len(name)
    assert _trim(text, start, end) == _plain_trim(text, start, end)


@given(st.text("abcdeK", max_size=9), st.text("abcdeK", max_size=9))
@example("Maurer", "Mauer")
def test_words_one_letter_apart_differ_in_length_by_one_at_most(a, b):
    """_merge_spellings compares a word only with surnames of a length within one of its own."""
    from nutgraf.analysis.actors import _one_letter_apart

    if abs(len(a) - len(b)) > 1:
        assert not _one_letter_apart(a, b)


def _generic_as_first_read(refs, clusters, parsed):
    """Referents' generic lists as they were once made, for every noun of the lexicon at once."""
    from nutgraf.analysis import actors as a

    bodies = [c for c in clusters if c.kind == "organization"]
    heads = {c: set(c.descriptors) | ({c.head_word} if len(c.name.split()) > 1 else set()) for c in bodies}
    groups = [c for c in bodies if not (heads[c] | {c.head_word}) & a.PUBLIC_BODIES and not heads[c] & a.TEAM_NOUNS]
    companies = [c for c in groups if not (heads[c] | {c.head_word}) & a.NOT_COMPANIES]
    places = [c for c in clusters if c.kind == "place" and not c.is_country and c.key not in a.CONTINENTS]
    generic = {}
    for noun, synonyms in a.SYNONYMS.items():
        generic[noun] = [c for c, name_words in refs._named if synonyms & name_words]
    for noun in a.COMPANY_NOUNS:
        generic[noun] = groups if noun in a.GROUP_NOUNS else companies
    for noun in a.BODY_NOUNS - set(a.SYNONYMS):
        generic[noun] = bodies
    acronyms = [c for c in bodies if c.name.isupper() and " " not in c.name]
    for noun in a.BODY_NOUNS & set(a.SYNONYMS):
        generic[noun] = generic[noun] + acronyms
    regions = {c for c in places if any(a._region_after_town(parsed, m) for m in c.mentions)}
    settlements = [c for c in places if c.label == "GPE" and c not in regions]
    named_places = [c for c in places if c.label in ("GPE", "LOC")]
    for noun in a.PLACE_NOUNS:
        generic[noun] = (settlements if noun in a.SETTLEMENTS else named_places) + generic.get(noun, [])
    for noun in a.SITE_NOUNS:
        generic[noun] = [c for c in places if c.head_word in a.BUILDING_NOUNS]
    for noun in a.STATE_NOUNS:
        generic[noun] = [c for c in places if c.key in a.US_STATES]
    for noun in a.COUNTRY_NOUNS:
        generic[noun] = [c for c in clusters if c.kind == "place" and c.is_country]
    return generic


@pytest.mark.model
def test_generic_lists_joined_when_a_noun_is_met_are_those_made_for_every_noun(several_batches, monkeypatch):
    from nutgraf.analysis import actors

    made = []
    init = actors.Referents.__init__

    def recording(self, clusters, parsed):
        init(self, clusters, parsed)
        made.append((self, _generic_as_first_read(self, clusters, parsed)))

    monkeypatch.setattr(actors.Referents, "__init__", recording)
    actors.extract(several_batches)
    assert made
    for refs, plain in made:
        assert any(plain.values()) and refs._generic  # some were met while reading the text
        for noun in set(plain) | {"table"}:
            assert refs.generic(noun) == plain.get(noun, [])



@pytest.mark.model
def test_names_no_actor_asking_the_words_first_decides_as_the_rules_in_order(several_batches, monkeypatch):
    """_names_no_actor, which asks the rules reading the name alone first (and keeps their
    answer for each name and label), against the rules in their order of old, for every
    name the articles' mentions are made of."""
    from nutgraf.analysis import actors as a
    from nutgraf.analysis.numbers import is_amount

    def in_order(parsed, name, end, label, ent, root, sent):
        if len(name) < 2 or not any(map(str.isupper, name)) or not a.ASCII_LETTER.search(name):
            return True
        if is_amount(name) or a.PERIOD_NAME.fullmatch(name) or name in a.TIME_ZONES:
            return True
        if a.PRO_ANTI.match(name):
            return True
        if a.WEB_ADDRESS.search(name) and not (ent.start and ent.doc[ent.start - 1].lower_ in a.ORG_TYPE_NOUNS):
            return True
        if label in ("ORG", "FAC", "GPE", "LOC") and name.split()[-1].lower() in a.NOT_ACTOR_HEADS:
            return True
        if a.HYPHEN_WORD.match(parsed.text[end:end + 2]):
            return True
        if label == "ORG" and (a._is_role_prefix(parsed.token_columns[sent.base], ent) or a._is_portfolio(ent)):
            return True
        if " " not in name and label in ("ORG", "PERSON", "GPE") and root.tag_ == "NNS" \
                and not any(t.is_alpha for t in ent.doc[sent.sent.start:ent.start]):
            return True
        if " " not in name and label in ("PERSON", "ORG") and not name.isupper() \
                and a._common_noun_in_capitals(parsed, ent, root, sent, label):
            return True
        if label == "PERSON" and a._ends_in_capitals(name):
            return True
        if label == "NORP":
            plural = root.tag_ in ("NNPS", "NNS") or (root.tag_ == "NNP" and name.endswith("s"))
            return not plural or root.dep_ in ("amod", "compound") or not a._people_or_party(ent, root) \
                or a._what_a_group_is_made_of(root)
        return False

    decided: list[bool] = []
    names_no_actor = a._names_no_actor

    def both(*args):
        decided.append(names_no_actor(*args))
        assert decided[-1] == in_order(*args), args[1:4]
        # and once more, from what was kept for the name and label
        assert names_no_actor(*args) == decided[-1]
        return decided[-1]

    monkeypatch.setattr(a, "_names_no_actor", both)
    a.extract(several_batches)
    assert decided.count(True) > 5 and decided.count(False) > 100


@given(st.text(alphabet="Aa s,()'\u2019.-", max_size=24), st.sampled_from(["ORG", "PERSON", "GPE"]))
@example("Italy's Civil Protection Department", "ORG")
@example("Italy's Civil Protection Department", "GPE")
@example("Oakfield Lane, Harbridge", "FAC")
@example("World Health Organization (WHO)", "ORG")
def test_names_split_where_their_pattern_is_tried_only_on_what_it_must_find(name, label):
    """_split_owner (a body's name alone), _split_address (one with a comma) and
    _split_parenthetical (one with a bracket) against their patterns tried on every name."""
    from nutgraf.analysis import actors as a

    text = f"x {name} y"
    start, end = 2, 2 + len(name)
    m = a.OWNER.match(name)
    owner = [(start, end, label)] if not m or label != "ORG" or a.SAINT.match(m.group(1)) else \
        [(start, start + m.end(1), "GPE" if " " not in m.group(1) else "ORG"), (start + m.end(), end, label)]
    assert a._split_owner(text, start, end, label) == owner
    m = a.ADDRESS.fullmatch(name)
    address = [(start, end, label)] if not m or label == "PERSON" else \
        [(start + m.start(1), start + m.end(1), "FAC"), (start + m.start(2), start + m.end(2), "GPE")]
    assert a._split_address(text, start, end, label) == address
    m = a.ACRONYM_AFTER.search(name)
    parts = [(start, end)] if not m else [(start, start + m.start()), (start + m.start(1), start + m.end(1))]
    assert a._split_parenthetical(text, start, end) == parts


@given(st.lists(st.sampled_from(["Lawyer", "lawyer", "Actor", "Dr", "Dr.", "Mr", "Sam", "Ortiz", "Kentuckian",
                                 "Kentuckians", "Rand", "PAUL", "AG", "CEO", "Ann-Marie", "of"]),
                min_size=1, max_size=5),
       st.sampled_from([" ", "  ", "\n", " \t"]), st.sampled_from(["", "Mr ", "Dr. ", "met "]))
def test_titles_cut_from_a_name_kept_for_it_are_those_read_at_each_mention(words, gap, before):
    """_without_titles, which keeps where a name's titles end for each name, against the
    reading of its titles at each mention."""
    from types import SimpleNamespace

    from nutgraf.analysis.actors import _opens_with_title, _with_honorific, _without_titles

    def plain(text, start, end, sent):
        name = text[start:end]
        lead = re.match(r"(?:[A-Z](?:[a-z]+|[A-Z]+)\.?\s+)+", name)
        while lead and _opens_with_title(name.split()):
            first = name.split()[0]
            start += name.index(first) + len(first)
            while text[start].isspace():
                start += 1
            name = text[start:end]
        return _with_honorific(text, start, sent)

    name = gap.join(words)
    text = f"{before}{name} said."
    sent = SimpleNamespace(start=0)
    start = len(before)
    assert _without_titles(text, start, start + len(name), sent) == plain(text, start, start + len(name), sent)


@pytest.mark.model
def test_tokens_in_no_list_by_their_relations_have_no_conjuncts(several_batches):
    """_in_a_list, which _says_person asks before it reads a name's list, against _conjuncts
    of every token of the articles."""
    from nutgraf.analysis.actors import _conjuncts, _in_a_list

    listed = 0
    for c in several_batches.token_columns.values():
        for i in range(len(c)):
            if not _in_a_list(c, i, c.children(i)):
                assert _conjuncts(c, i) == []
            else:
                listed += bool(_conjuncts(c, i))
    assert listed > 50
@given(st.lists(st.sampled_from(["between", "from", "and", "AND", "to", "tO", "until", "unt\u0131l", "through", "ended",
                                 "ENDING", "of", "Of", "\u017ff", "May", "2020", "the year", " ", "  ", "\t", "\n", "-",
                                 "\u2013", ","]), max_size=8))
@example(["between", " ", "2020", " ", "and", " ", "2023"])
@example(["the year", " ", "ended", " ", "May"])
@example(["the year", " ", "Of", " ", "2020"])
@example(["May", "-", "May"])
def test_an_expression_is_tried_for_a_split_only_where_its_words_let_the_pattern_split_it(pieces):
    from nutgraf.analysis.timeline import PERIOD_ENDED, PERIOD_JOINS, RANGE, RANGE_JOINS, SPAN_OF, _joins

    raw = "".join(pieces)
    joins = _joins(raw)
    if joins is not None:
        assert RANGE.fullmatch(raw) is None or "-" in raw or not joins.isdisjoint(RANGE_JOINS)
        assert PERIOD_ENDED.fullmatch(raw) is None or not joins.isdisjoint(PERIOD_JOINS)
        assert SPAN_OF.fullmatch(raw) is None or "of" in joins
def _plain_clause_span(content, s):
    """A reported clause's span as _clause_span first read it, token by token."""
    from nutgraf.analysis.quotes import INDIRECT_MIN_WORDS, _speech

    cut = {t.i for c in content.children if c.dep_ == "conj" and _speech(c) for t in c.subtree}
    toks = [t for t in content.subtree if t.i not in cut]
    while toks and (toks[0].is_punct or toks[0].dep_ == "mark" or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ == "cc"):
        if toks[-1].is_quote and sum(t.is_quote for t in toks) % 2 == 0:
            break
        toks.pop()
    if len(toks) < INDIRECT_MIN_WORDS:
        return None
    last = toks[-1]
    if sum(t.is_quote for t in toks) % 2:
        doc = last.doc
        close = next((t for t in doc[last.i + 1:last.i + 3] if t.is_quote), None)
        if close is not None and all(t.is_punct for t in doc[last.i + 1:close.i + 1]):
            last = close
    return s.tok_start(toks[0]), s.tok_end(last)


def _clause_spans_read_both_ways(parsed):
    """The clause spans _clause_span finds with every token of `parsed` as the clause's head,
    each checked against the plain reading, and its subtree against spaCy's."""
    from nutgraf.analysis.quotes import _clause_span, _quote_marks, _subtree

    marks = {base: _quote_marks(doc) for base, doc in parsed.docs}
    spans = []
    for s in parsed.sentences:
        columns = parsed.token_columns[s.base]
        for tok in s.sent:
            assert _subtree(columns, tok.i, frozenset()) == [t.i for t in tok.subtree]
            span = _clause_span(tok, s, columns, marks[s.base])
            assert span == _plain_clause_span(tok, s), tok.i
            spans += [span] if span is not None else []
    return spans


@pytest.mark.model
def test_a_reported_clause_read_from_the_columns_is_the_one_read_token_by_token(several_batches):
    assert len(_clause_spans_read_both_ways(several_batches)) > 500


@pytest.mark.model
def test_a_reported_clause_ending_in_a_quoted_phrase_keeps_its_closing_mark(model):
    text = ("The minister said the court would face \u201ctangible consequences\u201d for its "
            "\u201ctransgressions.\u201d He said the ruling was \"a disgrace\", and left. "
            "She claimed the vote was \"rigged\" . He said: \"The vote was rigged.\"")
    parsed = Parsed(text, [(0, model.nlp(text))])
    ends = [text[e - 1] for _, e in _clause_spans_read_both_ways(parsed)]
    assert "\u201d" in ends or '"' in ends


@pytest.mark.model
def test_a_sentences_pronouns_read_from_its_column_are_those_the_arrays_find(several_batches):
    from nutgraf.analysis.quotes import PERSONAL_PRONOUNS, PRONOUN_GENDER, _written

    parsed = several_batches
    found = 0
    for forms in (PRONOUN_GENDER, PERSONAL_PRONOUNS):
        having = parsed.having("LOWER", *forms)
        for s in parsed.sentences:
            assert _written(parsed, s, forms) == s.tokens_among(having[s.base])
            found += len(_written(parsed, s, forms))
    assert found > 30


@given(st.text(alphabet=" \t\n.!?\"\u201d\u2019a\u00a0", max_size=12), st.integers(0, 12))
def test_a_source_opening_its_sentence_is_told_as_from_the_text_before_it_stripped(text, start):
    from nutgraf.analysis.sourcing import _opens_sentence

    start = min(start, len(text))
    before = text[:start].rstrip(" \t")
    assert _opens_sentence(text, start) == (not before or before[-1] in "\n.!?\"\u201d\u2019")


@given(st.lists(st.sampled_from(["mayor", "President", "the president", "lawyer"]), max_size=12))
def test_an_actors_role_is_the_one_a_counter_finds_most_common(roles):
    from collections import Counter

    from nutgraf.analysis.actors import _most_common

    assert _most_common(roles) == (Counter(roles).most_common(1)[0][0] if roles else None)
