"""Direct quotes and who said them.

Quote marks of several house styles (curly, straight, NYT ''...'', guillemets, single curly
quotes where a paragraph has no double ones) are paired within a paragraph; a quote still open
at the paragraph's end continues into the next paragraph when that one opens with a quote mark
(the newsroom convention). The speaker is the subject of the cue verb (lexicon/cue_verbs.txt)
that goes with the quote, read on the quote and its cue together rather than on the parser's
sentences; else a label or a colon paragraph introducing it, or a dash signing it. Pronouns are
resolved to an actor of fitting kind and gender, the subject of the sentences before first;
where nothing names the speaker, there is none."""
from __future__ import annotations

import bisect
import re
import zlib
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from ..formats import plaintext
from ..spans import trim
from .furniture import paragraphs
from .lexicon import KIN, MONTHS, OCCUPATIONS, table, words
from .model import INDIRECT_ID, Actor, Quote, QuoteKind, Span
from .parsed import SpanMask, entity_of, hashes, int_array, string_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .parsed import Parsed, Sentence, TokenColumns

# (actor id, speaker span, cue) of a quote; any of them may be unknown.
_Attribution = tuple[str | None, Span | None, str | None]
# ((governs, distance), cue token, its sentence, cue) of a cue verb near a quote.
_CueMatch = tuple[tuple[int, int], "Token", "Sentence", str]

# Opening mark -> closing mark. Two apostrophes (or two backticks) stand for a double quote
# in NYT archive text and typewriter copy: ``word'' or ''word''.
OPENERS = {"\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb", "\u00bb": "\u00ab", '"': '"',
           "``": "''", "''": "''", "\u201d": "\u201d"}
# Marks that close like the same symbol opens them: which one they are depends on position
# (a closing curly mark also opens in copy that has been through a careless editor).
SYMMETRIC = {'"', "''", "\u201d"}
SINGLE_OPEN, SINGLE_CLOSE = "\u2018", "\u2019"
DOUBLE_MARKS = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]|``|''")
# Mixed pairs seen in real copy: "...\u201d, \u201c..." and \u201e...\u201d.
ALSO_CLOSES = {'"': "\u201d", "\u201d": '"', "\u201c": "\u201d"}
CUE_VERBS = words("cue_verbs")
# "point out" -> ("point", "out"): the lemma and the particle or object completing it.
CUE_PHRASES = {tuple(p.split()) for p in words("cue_phrases")}
CUE_PHRASE_LEMMAS = {phrase[0] for phrase in CUE_PHRASES}  # a verb's dependents are read only for these
STATEMENT_NOUNS = {"statement", "letter", "message", "post", "note", "release", "tweet", "email",
                   "video", "memo", "notice"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
OBJECT_DEPS = ("dobj", "dative", "iobj", "pobj", "attr", "oprd")  # of one a verb is done to or said to
# Relations through which a cue verb takes the subject of the verb above it.
CLIMB_DEPS = ("advcl", "conj", "xcomp", "ccomp", "relcl", "acl", "acomp", "pcomp", "prep", "parataxis")
PERSONAL_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
                     "it": "thing", "they": "plural", "we": "plural", "i": "person"}
SHORT_QUOTE_WORDS = 4
NOUN_CUE_WORDS = 8  # the words after a quote within which a cue the parser took for a noun is looked for
NOUN_MODIFIER_DEPS = ("amod", "compound", "nmod", "nummod", "appos", "poss", "acl")
INDIRECT_CUES = words("indirect_cue_verbs")
UNNAMED_PASSIVES = words("unnamed_passives")
REPORT_LEMMAS = INDIRECT_CUES | UNNAMED_PASSIVES  # the lemmas of the verbs that report speech
ADDRESSED_CUES = words("addressed_cues")
UNSPOKEN_PREPOSITIONS = words("unspoken_prepositions")
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
CONDITIONAL_MARKS = words("conditional_marks")
INDIRECT_MIN_WORDS = 3  # a reported clause shorter than this ("said so") says nothing to check
# "ARDEN, March 7 — ", "WASHINGTON (AP) -- ": capitals, a few words, a dash.
DATELINE = re.compile(r"[A-Z][A-Z .'-]+\b[^\n\u2014]{0,40}?\s(?:\u2014|--|\u2013)\s*")
QUOTED_SHARE = 0.8  # of a reported clause's characters in quote marks: a direct quote's content
DESCRIPTION_WORDS = 12  # a longer subject phrase is a clause of its own, not a source's description
EXCERPT_WORDS = 20
FIRST_SECOND_PERSON = words("first_second_person")
ASSOCIATES = words("associates") | KIN | OCCUPATIONS
SOURCE_NOUNS = (words("source_nouns") | words("person_nouns") | ASSOCIATES | words("public_bodies")
                | words("group_nouns") | words("company_nouns") | words("unnamed_bodies") | words("document_nouns"))
GENDERED = table("gendered")  # "mrs" -> "female"
PRONOUN_GENDER = table("pronoun_gender")
LETTERS = re.compile(r"[A-Za-z]+")
AGE_EPITHET = re.compile(r"the\s+\d+-year-old\b", re.I)
# Patterns asked of each quote, compiled once, not looked up in re's cache at every call.
WORD_CHAR = re.compile(r"\w")
SENTENCE_END = re.compile(r"(?:[.!?\u201d\"']\s*|\n)$")  # of the characters before a quote's mark
SIGNING_DASH = re.compile(r"[^\S\n]*[\u2015\u2014\u2013-]{1,2}[^\S\n]*(?=[A-Z@])")
# Or on a line of its own below the quote, the name and at most a few words after it:
# "..."\n\n- Jane Doe, Philadelphia. Not a subheading between dashes: "\n\n– A new start –."
SIGNING_LINE = re.compile(r"[^\S\n]*\n{1,2}[^\S\n]*[\u2015\u2014\u2013-]{1,2}[^\S\n]*"
                          r"(?=[A-Z@][^\n]{0,60}(?:\n|$))(?![^\n]*[\u2015\u2014\u2013-][^\S\n]*\.?[^\S\n]*(?:\n|$))")
LABEL = re.compile(r"(?:^|(?<=[.!?]\s))[^.!?:\"\u201c\u201d]{1,160}:\s*$")  # "Said Ellis:" before a quote
# A digest's item: a headline, a dash, the source's name and a colon before the quote
# ("Polls misread turnout - Jane Doe and Al Roe:"): names, not a clause ("- Doe said:").
HEADED_SOURCE = re.compile(r"\s[\u2014\u2013-]{1,2}[^\S\n]*((?:[A-Z][\w.&'\u2019-]*|and|of|the)"
                           r"(?:[^\S\n]+(?:[A-Z][\w.&'\u2019-]*|and|of|the)){0,5}):[^\S\n]*$")
INNER_CLOSERS = "'\u2019\"\u201d"  # the marks closing a quote inside a quote, at its end
WORD_AFTER = re.compile(r"[^\S\n]*\n?[^\S\n]*(?=(\w))")  # up to the first word after a quote
PRONOUN_REACH = 1500  # characters back in which a pronoun's antecedent is looked for
GENDER_REACH = 500  # ... and one of the pronoun's gender before one of unknown gender


@dataclass
class RawQuote:
    start: int  # inside the marks
    end: int
    para: int  # paragraph index
    continues: bool = False  # opened in an earlier paragraph and still running
    open_at_end: bool = False
    marks: tuple[int, int] = (1, 1)  # from the opening mark to start, from end past the closing mark


# The first characters of every opening mark, and for each closing mark every character
# that _closes can take for it: find_spans looks only at these.
OPENING_CHARS = re.compile("[" + re.escape("".join({m[0] for m in OPENERS} | {SINGLE_OPEN})) + "]")
CLOSING_CHARS = {
    closer: re.compile("[" + re.escape("".join(
        {closer[0], ALSO_CLOSES.get(closer, closer[0])} | ({"\u201c"} if closer == "\u201d" else set()))) + "]")
    for closer in {*OPENERS.values(), SINGLE_CLOSE}
}


def mark_at(text: str, i: int, singles: bool = False) -> str | None:
    """The opening mark starting at i, if any; with singles, a single curly quote too."""
    two = text[i:i + 2]
    if two in OPENERS:
        return two
    if text[i] in OPENERS or singles and text[i] == SINGLE_OPEN:
        return text[i]
    return None


def _closes(text: str, i: int, closer: str) -> bool:
    if closer == "\u201d" and text[i] == "\u201c":
        # An opening mark typed for the closing one: "It's unusual,\u201c said X.
        return not text[i - 1].isspace() and text[i + 1:i + 2].isspace()
    if closer == SINGLE_CLOSE:
        # Not the apostrophe of "don’t" or "it’s".
        return text[i] == closer and not text[i + 1:i + 2].isalpha()
    return text.startswith(closer, i) or text[i] == ALSO_CLOSES.get(closer)


def _single_quote_style(para: str) -> bool:
    """Single curly quotes mark speech where no double mark is used: headlines of British
    papers, and copy in that house style ("‘We will appeal’, she said")."""
    return SINGLE_OPEN in para and DOUBLE_MARKS.search(para) is None


def reader_paragraphs(text: str) -> list[Span]:
    return plaintext.paragraphs(text) if plaintext.is_hard_wrapped(text) else paragraphs(text)


def find_spans(text: str, paras: list[Span] | None = None) -> list[RawQuote]:
    """Quoted stretches of text, split at paragraph ends. A paragraph is what a reader sees
    as one (`paras`, else reader_paragraphs(text)): in text hard-wrapped at a fixed width its
    lines are joined, so that a quote opening at a line end or running over a line break is
    one quote."""
    out: list[RawQuote] = []
    carry = False  # the previous paragraph ended inside a quote
    for pi, (ps, pe) in enumerate(reader_paragraphs(text) if paras is None else paras):
        singles = _single_quote_style(text[ps:pe])
        continuing = carry and mark_at(text, ps, singles) is not None
        carry = False
        open_at, opener, closer = None, "", ""
        i = ps
        while i < pe:
            # Straight to the next character that can open (or close) a mark.
            nxt = (OPENING_CHARS if open_at is None else CLOSING_CHARS[closer]).search(text, i, pe)
            if nxt is None:
                break
            i = nxt.start()
            if open_at is None:
                mark = mark_at(text, i, singles)
                if mark == '"' and i > ps and text[i - 1] == "=":
                    # A markup attribute (<tweet author="...">) is no quote: skip its value.
                    end = text.find('"', i + 1, pe)
                    i = end + 1 if end > 0 else i + 1
                    continue
                if mark is not None and _opens(text, i, mark, ps):
                    open_at, opener, closer = i, mark, OPENERS.get(mark, SINGLE_CLOSE)
                    i += len(mark)
                    continue
            elif _closes(text, i, closer):
                q = _trimmed(text, open_at + len(opener), i)
                if q:
                    # The marks' reach takes in the spaces trimmed inside them (a mark, a space,
                    # then the words), so that what is read before or after the quote is outside it.
                    out.append(RawQuote(*q, para=pi, continues=continuing and open_at == ps,
                                        marks=(q[0] - open_at, i + len(closer) - q[1])))
                open_at = None
                i += len(closer)
                continue
            i += 1
        if open_at is not None:
            q = _trimmed(text, open_at + len(opener), pe)
            if q:
                out.append(RawQuote(*q, para=pi, continues=continuing and open_at == ps,
                                    open_at_end=True, marks=(q[0] - open_at, 0)))
                carry = True
    return out


def _opens(text: str, i: int, mark: str, para_start: int) -> bool:
    """A straight quote opens only where a word can start (not "12" inches, not mid-word)."""
    if mark not in SYMMETRIC and mark != SINGLE_OPEN or i == para_start:
        return True  # a paragraph does not open with a closing mark ("\u201d \u2026 what I learned")
    before = text[i - 1] if i > para_start else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    return not before.isalnum() and not after.isspace() and after != ">"


def _trimmed(text: str, s: int, e: int) -> tuple[int, int] | None:
    s, e = trim(text, s, e)
    return (s, e) if e > s else None


def extract(parsed: Parsed, actors: list[Actor]) -> list[Quote]:
    text = parsed.text
    raws = [q for q in parsed.quoted if not parsed.in_furniture(q.start, q.end)]
    quoted = SpanMask(len(text), ((q.start - q.marks[0], q.end + q.marks[1]) for q in raws))
    paras = parsed.paragraphs
    narrated = SpanMask(len(text), ((q.start, q.end) for q in raws if _narration(text, q, paras)))
    mentions = MentionIndex(actors, quoted, parsed, narrated)
    verbs = cue_candidates(parsed) if raws else {}
    out: list[Quote] = []
    prev: Quote | None = None
    prev_raw: RawQuote | None = None
    for raw in raws:
        words = len(text[raw.start:raw.end].split())
        if looks_like_title(text[raw.start:raw.end]) and not _whole_sentence(text, raw):
            continue  # a title ("Dead Poets Society") is not speech
        if _names_work(text, raw):
            continue
        if words < SHORT_QUOTE_WORDS and _partial(text, raw) and not _said_outright(parsed, raw):
            continue  # a word or two named in the writer's phrase ("the "confidential" level")
        attribution: _Attribution | None = _headed(text, raw, paras, mentions) \
            or _attribute(parsed, verbs, raw, quoted, mentions) \
            or _signed(text, raw, mentions) or _introduced(parsed, verbs, raw, paras, quoted, mentions, out)
        if attribution is None:
            # prev_raw is set with prev.
            if prev is not None and _continues(text, raw, cast(RawQuote, prev_raw)):
                attribution = (prev.speaker, prev.speaker_span, prev.cue)
            elif words < SHORT_QUOTE_WORDS:
                continue  # scare quotes are not speech
            else:
                attribution = (None, None, None)
        speaker, speaker_span, cue = attribution
        actor = mentions.actors.get(speaker)
        name = actor.name if actor else (text[speaker_span[0]:speaker_span[1]] if speaker_span else None)
        q = Quote(id=f"q{len(out) + 1}", span=(raw.start, raw.end), text=text[raw.start:raw.end],
                  speaker=speaker, speaker_span=speaker_span, cue=cue, speaker_name=name,
                  kind=(QuoteKind.PARTIAL if _partial(text, raw) else QuoteKind.DIRECT).value)
        out.append(q)
        if actor is not None and speaker_span is not None:
            mentions.attribute(*speaker_span, actor)
        prev, prev_raw = q, raw
    return out


def _narration(text: str, raw: RawQuote, paras: list[Span]) -> bool:
    """A long quoted paragraph of its own telling of someone in the third person ("Melanie
    thought the whole thing was outrageous. She wasn't ..."): an excerpt of another text, not
    speech, so the people it names are antecedents of the pronouns after it. A paragraph of
    speech without "I" or "we" carrying on a speaker's words tells of no "he" or "she"."""
    ps, pe = paras[raw.para]  # the paragraph find_spans found it in, holding raw.start
    if WORD_CHAR.search(text[ps:raw.start] + text[raw.end:pe]):
        return False  # a cue beside it: speech
    found = LETTERS.findall(text, raw.start, raw.end)
    lower = {w.lower() for w in found}
    return len(found) >= EXCERPT_WORDS and not lower & FIRST_SECOND_PERSON and bool(lower & PRONOUN_GENDER.keys())


def _continues(text: str, raw: RawQuote, prev: RawQuote) -> bool:
    """A quote with no cue of its own carries on the previous speaker's words when it runs
    over from the previous paragraph, or opens a sentence right after that speaker's quote."""
    if raw.continues:
        return True
    return _opens_sentence(text, raw) and prev.para in (raw.para, raw.para - 1)


def _partial(text: str, raw: RawQuote) -> bool:
    """Quoted words inside the writer's own sentence ("accuses the ICC of "illegitimate ..."",
    "called it "a disgrace""): the mark follows a word, not a colon, a comma or a sentence's
    start, and no quote of the paragraph before runs on into it."""
    if raw.continues or _opens_sentence(text, raw):
        return False
    before = text[max(0, raw.start - raw.marks[0] - 3):raw.start - raw.marks[0]].rstrip()
    return bool(before) and before[-1].isalnum()


def _said_outright(parsed: Parsed, raw: RawQuote) -> bool:
    """Whether a cue verb takes the words in marks as what was said ("called the system
    "rigged"", "chanted "USA! USA!"", "said the delay was "disappointing""): a word or two
    in marks that only modify a noun of the writer's ("the "confidential" level", "the
    "Avatar" star") name a term or a label, though a cue further up holds them."""
    s = parsed.sentence_at(raw.start)
    if s is None:
        return False
    inside = s.tokens_starting(raw.start, raw.end)
    held = {t.i for t in inside}
    for tok in inside:
        head = tok.head
        if head.i in held or head is tok:
            continue
        if head.dep_ == "prep" and head.lower_ in ("as", "like"):
            head = head.head  # "described it as "reckless""
        elif tok.dep_ in NOUN_MODIFIER_DEPS:
            # Of a noun that is a cue's object, as the parser reads "called the system
            # "rigged"", "called their son "a hero"", "quoted his "house divided" line",
            # "the phrase "tax reform" was uttered": said.
            if head.dep_ in ("dobj", "nsubjpass") and _cue(head.head) is not None:
                return True
            continue
        for _ in range(8):
            if _cue(head) is not None:
                return not _named_by_no_one(head)
            if head.head.i == head.i:
                break
            head = head.head
    return False


NAMING_VERBS = {"call", "dub", "term", "label", "nickname", "brand"}


def _named_by_no_one(verb: Token) -> bool:
    """"what is called a "debate"", "was dubbed the "presumptive nominee"": a passive naming verb with
    no one naming is the writer's label, not anyone's words (but "was called "a disgrace" by
    the mayor" is the mayor's)."""
    return verb.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _opens_sentence(text: str, raw: RawQuote) -> bool:
    mark = raw.start - raw.marks[0]
    return mark == 0 or SENTENCE_END.search(text[max(0, mark - 3):mark]) is not None


def _whole_sentence(text: str, raw: RawQuote) -> bool:
    """A quoted sentence of its own ("We're America."), which a title in marks never is."""
    return text[raw.end - 1] in ".!?" and _opens_sentence(text, raw)


TITLE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
TITLE_SMALL_WORDS = words("title_small_words")
# The words right before a work's title in marks ("the film "Frozen"", "an article titled "..."").
NAMED_WORK = re.compile(r"\b(?:" + "|".join(sorted(words("work_nouns") | {"titled", "entitled", "headlined"}))
                        + r")[^\S\n]$", re.I)


def _names_work(text: str, raw: RawQuote) -> bool:
    """A title in marks right after the noun for its work or "titled" ("the Disney film "Frozen"",
    "a piece entitled "His ideas are too facile.""), of any length and even a sentence; a
    lower-case start ("called the show "the news show of record"") is someone's words about it."""
    mark = raw.start - raw.marks[0]
    return text[raw.start:raw.start + 1].isupper() and NAMED_WORK.search(text, max(0, mark - 30), mark) is not None


def looks_like_title(s: str) -> bool:
    """"Dead Poets Society", "It's a Wonderful Life,": two to eight words, each capitalised
    but the small ones (US style keeps a trailing comma inside the marks)."""
    s = s.rstrip(",.")
    # Words are read up to the first that no title has there: most quotes are speech, and
    # tell so within a word or two; a ninth word tells a longer quote.
    count = 0
    for m in TITLE_WORD.finditer(s):
        word = m.group()
        count += 1
        if count > 8 or not (word[0].isupper() or count > 1 and word.lower() in TITLE_SMALL_WORDS):
            return False
    return count >= 2 and not re.search(r"[!?]$", s)


def _majority(votes: list[str]) -> str | None:
    """The value given by more than half the votes, if any."""
    top = max(set(votes), key=votes.count) if votes else None
    return top if top is not None and votes.count(top) * 2 > len(votes) else None


class MentionIndex:
    """Actor mentions outside quotes, in text order: what a pronoun or a subject phrase can
    name. Each carries whether it is the subject of a main clause, the likeliest antecedent."""

    def __init__(self, actors: list[Actor], quoted: SpanMask, parsed: Parsed,
                 narrated: SpanMask | None = None) -> None:
        # Looked up with a quote's speaker, which is None when unknown.
        self.actors: dict[str | None, Actor] = {a.id: a for a in actors}
        self.parsed = parsed
        self.quoted = quoted
        self.readings = parsed.subject_readings
        kept = self.readings.mentions(actors, quoted, narrated or SpanMask(len(parsed.text)))
        self.items, self.starts = kept.items, kept.starts
        self._of_actor, self._genders = kept.of_actor, kept.genders
        # Speaker words resolved so far ("it", "the article" -> an actor): the subject of an
        # earlier attribution is what a later pronoun most likely takes up. Kept in order of
        # start (then of resolution), so that a sentence finds its own by bisection: each
        # sentence of a long text read them all.
        self._attributed: list[tuple[int, int, Actor]] = []
        self._attributed_keys: list[tuple[int, int]] = []

    def attribute(self, start: int, end: int, actor: Actor) -> None:
        key = (start, len(self._attributed_keys))
        at = bisect.bisect_left(self._attributed_keys, key)
        self._attributed_keys.insert(at, key)
        self._attributed.insert(at, (start, end, actor))

    def attributed(self, start: int, end: int) -> list[tuple[int, int, Actor]]:
        """The speaker words resolved so far that start in [start, end), by start, those
        of one start in the order they were resolved."""
        keys = self._attributed_keys
        return self._attributed[bisect.bisect_left(keys, (start,)):bisect.bisect_left(keys, (end,))]

    def gender(self, actor: Actor) -> str | None:
        """"male", "female" or None, from the words before its names ("Mrs.", "Congressman"),
        its role, and the pronouns that take up its name as subject later in a sentence."""
        if actor.id not in self._genders:
            self._genders[actor.id] = self._read_gender(actor.id)
        return self._genders[actor.id]

    def _read_gender(self, actor_id: str) -> str | None:
        text = self.parsed.text
        votes: list[str] = []
        for s, e, actor in self._of_actor.get(actor_id, ()):
            words = LETTERS.findall(text, max(0, s - 30), s)[-1:]
            words += LETTERS.findall(text, s, e)[:1]
            words += LETTERS.findall(actor.role or "")
            votes += [GENDERED[w.lower()] for w in words if w.lower() in GENDERED] * 3
            pronoun = self._pronoun_after(s, e) or self._pronoun_next(s, e)
            if pronoun is not None:
                # A surname alone may have been given to the wrong person of that name.
                votes += [pronoun] * (2 if len(text[s:e]) >= len(actor.name) else 1)
        return _majority(votes)

    def _pronoun_next(self, start: int, end: int) -> str | None:
        """The gender of the pronoun opening the next sentence when the mention is the only
        person in its own and its subject ("Ivanka Trump noted the rule. She said ...")."""
        sent = self.parsed.sentence_at(start)
        # The next sentence asked first, once a sentence: few open with a pronoun, and asking
        # each of an actor's mentions whether it is a subject was half of reading its gender.
        if sent is None or (gender := self._next_opens_with(sent)) is None or not self.is_subject(start, end):
            return None
        if any(a.kind == "person" and not s <= start < e for s, e, a in self.overlapping(sent.start, sent.end)):
            return None
        return gender

    def _next_opens_with(self, sent: Sentence) -> str | None:
        """The gender of the pronoun subject, outside quotes, opening the sentence after
        `sent`, when one follows it closely."""
        found = self.readings.next_subject(self.parsed, sent)
        return None if found is None or self.quoted.covers(found[0]) else found[1]

    def _pronoun_after(self, start: int, end: int) -> str | None:
        """The gender of a pronoun outside quotes that takes up a subject mention in its own
        clause: "Clinton released her plan", "Trump said he would", not one in a clause of its
        own ("Melanie said, and Trump waved, and she switched off")."""
        sent = self.parsed.sentence_at(start)
        if sent is None:
            return None
        return next((gender for at, subject, gender in self.readings.pronoun_subjects(self.parsed, sent)
                     if start <= subject < end and not self.quoted.covers(at)), None)

    def subject_pronouns(self, sent: Sentence) -> list[tuple[int, Token]]:
        """(start, token) of each personal pronoun outside quotes that is a subject in the
        sentence, in order."""
        return [(start, tok) for start, tok in self.readings.subject_pronouns(self.parsed, sent)
                if not self.quoted.covers(start)]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, Actor]]:
        i = bisect.bisect_left(self.starts, start - 200)
        out = []
        while i < len(self.items) and self.items[i][0] < end:
            s, e, a = self.items[i]
            if e > start:
                out.append(self.items[i])
            i += 1
        return out

    def before(self, pos: int) -> Iterator[tuple[int, int, Actor]]:
        """Mentions starting before pos, nearest first."""
        i = bisect.bisect_left(self.starts, pos)
        while i > 0:
            i -= 1
            yield self.items[i]

    def is_subject(self, start: int, end: int) -> bool:
        """Whether the words [start, end) are the subject of a main clause."""
        return self.readings.is_subject(self.parsed, start, end)


@dataclass
class _Mentions:
    """The mentions of `actors` outside the quotes `quoted` (those in `narrated` kept), in
    text order, with the genders of their actors as read so far (MentionIndex.gender: an
    actor's gender is read from its own mentions only, when first asked for, as most actors
    are never an antecedent candidate). The masks are kept as they were, compressed: whole,
    at a byte a character of the text, they were 6 MB of a long text's memory where
    compressed they take some KB, and told apart as exactly."""
    actors: list[Actor]
    quoted: bytes
    narrated: bytes
    items: list[tuple[int, int, Actor]]
    starts: list[int]
    of_actor: dict[str, list[tuple[int, int, Actor]]]
    genders: dict[str, str | None]


class SubjectReadings:
    """What the mention indexes of one text ask of its sentences, whatever quotes each leaves
    out: which pronouns are subjects, and of which clause, and whether words are a main
    clause's subject; and the mentions in order with their actors' genders, for the quotes
    an index leaves out. Read once for the direct quotes and the reported speech, each when
    first asked for, and kept with the text's Parsed, where each of their two indexes read
    them all again; an index leaves out the pronouns inside its own quotes. The Parsed is
    handed in with each question, not kept: it holds these, and is freed once its
    extractors are done with no collector running."""

    def __init__(self) -> None:
        # By sentence start.
        self._subjects: dict[int, list[tuple[int, int, str]]] = {}
        self._next_subject: dict[int, tuple[int, str | None] | None] = {}
        self._subject_pronouns: dict[int, list[tuple[int, Token]]] = {}
        self._is_subject: dict[tuple[int, int], bool] = {}
        self._mentions: list[_Mentions] = []

    def mentions(self, actors: list[Actor], quoted: SpanMask, narrated: SpanMask) -> _Mentions:
        """The mentions of `actors` outside `quoted`, those in `narrated` kept, in text order:
        put in order once for the direct quotes and the reported speech when both leave out
        the same quotes, as they do where no quote is in the furniture or narrates, and
        their genders read once for both (a gender is read from the mentions and the quotes)."""
        masks = zlib.compress(quoted.bits, 1), zlib.compress(narrated.bits, 1)
        for kept in self._mentions:
            if kept.actors is actors and (kept.quoted, kept.narrated) == masks:
                return kept
        items = sorted(((s, e, a) for a in actors for s, e in a.mentions
                        if not quoted.covers(s) or narrated.covers(s)),
                       key=lambda t: (t[0], t[1]))
        of_actor: dict[str, list[tuple[int, int, Actor]]] = {}
        for item in items:
            of_actor.setdefault(item[2].id, []).append(item)
        kept = _Mentions(actors, *masks, items, [s for s, _, _ in items],
                         of_actor, {})
        self._mentions.append(kept)
        return kept

    def pronoun_subjects(self, parsed: Parsed, sent: Sentence) -> list[tuple[int, int, str]]:
        """(start of the pronoun, start of the subject of its clause, gender) of each gendered
        pronoun of the sentence whose clause has a subject, in order."""
        found = self._subjects.get(sent.start)
        if found is None:
            found = self._subjects[sent.start] = []
            for tok in _written(parsed, sent, PRONOUN_GENDER):
                verb = _clause_verb(tok)
                subj = None if verb is None else next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    found.append((sent.tok_start(tok), sent.tok_start(subj), PRONOUN_GENDER[tok.lower_]))
        return found

    def next_subject(self, parsed: Parsed, sent: Sentence) -> tuple[int, str | None] | None:
        """(start, gender) of the subject opening the sentence after `sent`, when one follows
        it closely (the gender None unless it is a gendered pronoun)."""
        if sent.start in self._next_subject:
            return self._next_subject[sent.start]
        found = None
        after = parsed.sentence_at(sent.end + 1)
        if after is not None and after is not sent and after.start - sent.end <= 3:
            first = next((t for t in after.sent if not t.is_space and not t.is_punct), None)
            if first is not None and first.dep_ == "nsubj":
                found = after.tok_start(first), PRONOUN_GENDER.get(first.lower_)
        self._next_subject[sent.start] = found
        return found

    def subject_pronouns(self, parsed: Parsed, sent: Sentence) -> list[tuple[int, Token]]:
        """(start, token) of each personal pronoun that is a subject in the sentence, in
        order. Read from the batch's arrays, not by building each of its tokens: a pronoun's
        antecedent is looked for in the sentences before it, which the pronouns after them
        look in again."""
        found = self._subject_pronouns.get(sent.start)
        if found is None:
            found = self._subject_pronouns[sent.start] = [
                (sent.tok_start(tok), tok)
                for tok in _written(parsed, sent, PERSONAL_PRONOUNS)
                if tok.dep_ in ("nsubj", "nsubjpass")]
        return found

    def is_subject(self, parsed: Parsed, start: int, end: int) -> bool:
        """Whether the words [start, end) are the subject of a main clause. Kept: the
        mentions of the sentences before a pronoun are asked about for each pronoun."""
        if (found := self._is_subject.get((start, end))) is None:
            found = self._is_subject[start, end] = self.read_subject(parsed, start, end)
        return found

    @staticmethod
    def read_subject(parsed: Parsed, start: int, end: int) -> bool:
        sent = parsed.sentence_at(start)
        if sent is None:
            return False
        for tok in sent.tokens_starting(start, end):
            # The name may hang from the subject noun: "operator Harbour Holdings Ltd said".
            for _ in range(3):
                if tok.dep_ in ("nsubj", "nsubjpass"):
                    return tok.head.dep_ not in ("relcl", "acl", "advcl")
                if tok.dep_ not in ("compound", "appos", "flat") or tok.head is tok:
                    break
                if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
                    break  # "Clinton communication director Jennifer Palmieri": a modifier
                tok = tok.head
        return False


def _written(parsed: Parsed, sent: Sentence, forms: Container[str]) -> list[Token]:
    """The sentence's tokens whose lower-case form is one of `forms`, in order, read from its
    batch's column of them (Parsed.token_columns): only the sentences of an actor's mentions
    and of the pronoun speakers are asked about, where finding the forms in every batch
    (Parsed.having) cost more than reading these."""
    lower, doc = parsed.token_columns[sent.base].lower, sent.sent.doc
    first = sent.sent.start
    return [doc[first + k] for k, form in enumerate(lower[first:sent.sent.end]) if form in forms]


def cue_candidates(parsed: Parsed) -> dict[int, Sequence[int]]:
    """By batch offset, the indices of the batch's verbs (VERB, AUX) and of "according": the
    only tokens that can be a quote's cue, read from the batch's arrays (Parsed.token_columns),
    where asking every token of a quote's sentences was most of the time spent finding its
    cue. Found once for the quotes of a text, with a comparison of each column to each
    value: the three found apart (Parsed.having) and their indices merged as Python ints
    took 0.1 ms a news article, four times as long."""
    found: dict[int, Sequence[int]] = {}
    for base, c in parsed.token_columns.items():
        strings, (pos, lower) = c.doc.vocab.strings, c.doc.to_array(["POS", "LOWER"]).T
        found[base] = int_array(((pos == strings["VERB"]) | (pos == strings["AUX"])
                                 | (lower == strings["according"])).nonzero()[0])
    return found


def _attribute(parsed: Parsed, verbs: dict[int, Sequence[int]], raw: RawQuote, quoted: SpanMask,
               mentions: MentionIndex) -> _Attribution | None:
    """(actor id, speaker span, cue) from the nearest cue verb in the quote's sentences
    (`verbs`: cue_candidates)."""
    misread = _noun_cue(parsed, raw, mentions)
    if misread is not None:
        return misread
    sentences = parsed.sentences_between(raw.start - 1, _unit_end(parsed.text, raw, parsed.paragraphs[raw.para][1]))
    best = _nearest_cue(parsed, verbs, sentences, raw, quoted)
    long_enough = len(parsed.text[raw.start:raw.end].split()) >= SHORT_QUOTE_WORDS
    if (best is None or best[0][0] == 1) and long_enough:
        # No cue verb holds the quote: the subject of the verb that does ("She found the
        # gesture "well meant, but insulting"") when it names an actor. Not for a word or
        # two, which with no cue are scare quotes ("suspicions that a "global court"").
        governed = _governing_subject(parsed, raw, mentions)
        if governed is not None or best is None:
            return governed
    return _cue_speaker(best, quoted, mentions)


def _noun_cue(parsed: Parsed, raw: RawQuote, mentions: MentionIndex) -> _Attribution | None:
    """A cue after the quote that the parser took for a noun, the speaker for its modifier:
    '"...," Conway notes.', '"...," the editorial read.' (a noun phrase "Conway notes"). Only
    where the phrase makes the clause after the quote on its own, up to the sentence's end,
    and the quote ends as speech does before its cue (not "a "fake" news report.")."""
    if _last_mark(parsed.text, raw) not in (",", ".", "!", "?"):
        return None
    close = raw.end + raw.marks[1]
    s = parsed.sentence_at(close)
    if s is None:
        return None
    after = [t for t in s.tokens_starting(close, s.end) if not t.is_punct]
    if 2 <= len(after) <= 4:
        cue, speaker = after[-1], after[-2]
        if (cue.lemma_.lower() not in CUE_VERBS or speaker.dep_ not in ("compound", "amod", "nmod")
                or any(t.head.i != cue.i for t in after[:-1])):
            return None
    else:
        # A longer subject, or a phrase after the cue: '"...," a voice-over in the ad states.',
        # '"...," the Saudis state in the white paper, which ...'. The words before the cue
        # (a plural noun or one the tagger took for a noun) are a noun phrase of their own.
        k = next((j for j, t in enumerate(after[:NOUN_CUE_WORDS]) if t.tag_ in ("NN", "NNS")
                  and t.lemma_.lower() in CUE_VERBS), 0)
        if (k == 0 or k + 1 < len(after) and after[k + 1].pos_ != "ADP"
                or after[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ") or after[k - 1].pos_ not in ("NOUN", "PROPN")
                or any(t.pos_ in ("VERB", "AUX") for t in after[:k])):
            return None
        cue, speaker = after[k], after[k - 1]
    actor, span = _actor_for((s.tok_start(after[0]), s.tok_end(speaker)), speaker, s, mentions)
    return (actor.id if actor else None, span, cue.lemma_.lower())


def _nearest_cue(parsed: Parsed, verbs: dict[int, Sequence[int]], sentences: Iterable[Sentence], raw: RawQuote,
                 quoted: SpanMask) -> _CueMatch | None:
    """((rank), cue token, its sentence, cue) of the cue verb best placed to introduce the
    quote, of the tokens `verbs` (cue_candidates) holds."""
    best: _CueMatch | None = None
    for s in sentences:
        doc, columns = s.sent.doc, parsed.token_columns[s.base]
        # The batch's tokens starting inside the quote: those of indices in [lo, hi).
        lo = bisect.bisect_left(s.idx, raw.start - s.base)
        hi = bisect.bisect_left(s.idx, raw.end - s.base, lo)
        for i in s.indices_among(verbs[s.base]):
            # Placed from the batch's offsets before the token is built: most verbs of a
            # quote's sentences are inside its marks, or further from it than a cue found
            # already that holds it, which not even a cue holding it could beat.
            pos = s.base + s.idx[i]
            if quoted.covers(pos):
                continue
            dist = raw.start - pos if pos < raw.start else pos - raw.end
            if best is not None and (0, dist) >= best[0]:
                continue
            tok = doc[i]
            cue = _cue(tok)
            if cue is None:
                continue
            # The cue whose clause holds the quote wins over one that merely stands near it.
            # A verb joined to the cue is a predicate of its own: "Ottawa had promised 12,000
            # units and had delivered "a fraction of that"" is not what was promised.
            governs = cue == "according to" or _holds(columns, i, lo, hi)
            rank = (0 if governs else 1, dist)
            if best is None or rank < best[0]:
                best = (rank, tok, s, cue)
    return best


def _cue_speaker(best: _CueMatch | None, quoted: SpanMask, mentions: MentionIndex) -> _Attribution | None:
    if best is None:
        return None
    _, tok, s, cue = best

    def inside(t: Token) -> bool:
        return quoted.covers(s.tok_start(t))

    subject = _speaker_token(tok, cue, inside) or _unclosed_relative(tok, inside) or _beside(tok, s, inside)
    if subject is None:
        return None
    actor, span = _actor_for(_noun_phrase(subject, s), subject, s, mentions)
    return (actor.id if actor else None, span, cue)


def _signed(text: str, raw: RawQuote, mentions: MentionIndex) -> _Attribution | None:
    """A quote signed with a dash after it, as in vox pops and epigraphs: "..." ― Jane Doe."""
    close = raw.end + raw.marks[1]
    below = False
    dash = SIGNING_DASH.match(text[close:close + 8])
    if dash is None:
        dash, below = SIGNING_LINE.match(text[close:close + 80]), True
    if dash is None:
        return None
    start = close + dash.end()
    name = re.match(r"[A-Z@][\w.'\u2019-]*(?:[^\S\n]+[A-Z][\w.'\u2019-]*)*", text[start:start + 80])
    assert name is not None  # the dash's lookahead saw its first letter
    end = start + len(name.group().rstrip("."))
    # The actor the name is, its title before it or not ("- Mayor Ana Lopez").
    signed = min((m for m in mentions.overlapping(start, end) if m[0] >= start), key=lambda m: m[0], default=None)
    if signed is not None:
        s, e, actor = signed
        return actor.id, (s, e), "signed"
    if below and len(name.group().split()) < 2:
        return None  # a line of its own that opens with no actor and no full name is not signed
    return None, (start, end), "signed"


def _headed(text: str, raw: RawQuote, paras: list[Span], mentions: MentionIndex) -> _Attribution | None:
    """The source named after a headline's dash before the quote (HEADED_SOURCE), whose
    headline may hold a verb that is no cue of it ("Media shares blame - Jane Doe:")."""
    mark = raw.start - raw.marks[0]
    headed = HEADED_SOURCE.search(text, paras[raw.para][0], mark)
    if headed is None:
        return None
    start, end = headed.span(1)
    named = _first_speaker(mentions, start, end)
    if named is None:
        return None, (start, end), "label"
    s, e, actor = named
    return actor.id, (max(s, start), min(e, end)), "label"


def _first_speaker(mentions: MentionIndex, start: int, end: int) -> tuple[int, int, Actor] | None:
    """The first mention in [start, end) of an actor that can speak (a person, a body, a
    group), as (start, end, actor) in the text: a label's speaker."""
    return next((m for m in mentions.overlapping(start, end) if m[2].kind in ("person", "organization", "group")),
                None)


def _introduced(parsed: Parsed, verbs: dict[int, Sequence[int]], raw: RawQuote, paras: list[Span], quoted: SpanMask,
                mentions: MentionIndex, spoken: list[Quote]) -> _Attribution | None:
    """A quote announced before it, when nothing in its own sentence attributes it: a
    paragraph ending in a colon ("Cruz continued:", "Partial transcript as follows:") above a
    paragraph that opens with the quote, or a label just before it ("Meghan McCain, Twitter:",
    "Said Ellis:"). Reported speech with no quote in it ("Trump was quick to add that ...",
    "..., Schiff said.") also introduces a quote that opens the next sentence or paragraph;
    scare quotes, which are no speech (`spoken`: the quotes found so far), do not count
    ("What "go after them" means is unclear, since Doe spoke only in bromides.")."""
    text = parsed.text
    mark = raw.start - raw.marks[0]
    ps, _ = paras[raw.para]
    lead = text[ps:mark]
    label = LABEL.search(lead)
    if label is not None:
        ps, pe = ps + label.start(), mark
    elif re.search(r"[.!?]\s*$", lead) and not _speech_in(spoken, ps, mark):
        pe = ps + len(lead.rstrip())
    elif not lead.strip() and raw.para > 0 and not raw.continues:
        ps, pe = paras[raw.para - 1]
        if text[pe - 1] != ":" and (_speech_in(spoken, ps, pe) or text[pe - 1] not in ".!?"):
            return None
    else:
        return None
    sentences = parsed.sentences_between(pe - 1, pe)
    cued = _cue_speaker(_reporting(_nearest_cue(parsed, verbs, sentences, raw, quoted)), quoted, mentions)
    if cued is not None and cued[0] is not None:
        return cued
    if text[pe - 1] not in ": \t\u00a0":
        return cued
    start = max(ps, sentences[0].start) if sentences else ps
    subject = _label_subject(sentences[-1], start, pe) if sentences else None
    if subject is not None:
        # "Senate leader Mitch Dole delivered a blunt message to the governor:": the one
        # the clause is about, not the first name in it (the Senate of his title)
        said = _actor_for(_noun_phrase(subject, sentences[-1]), subject, sentences[-1], mentions)
        if said[0] is not None:
            return said[0].id, said[1], "label"
    # No verb: the label names the speaker with its first words.
    named = _first_speaker(mentions, start, pe)
    if named is None:
        return cued
    s, e, actor = named
    return actor.id, (s, e), "label"


def _speech_in(spoken: list[Quote], start: int, end: int) -> bool:
    """Whether a quote of `spoken` (in text order, all before `end`) starts in [start, end)."""
    for q in reversed(spoken):
        if q.span[1] <= start:
            return False
        if q.span[0] < end:
            return True
    return False


def _reporting(best: _CueMatch | None) -> _CueMatch | None:
    """Of a cue in the clause another cue reports, the reporting one: the sentence before a
    quote "Carter said that critics had been predicting a withdrawal" introduces Carter's
    words, not the critics', though their cue stands nearer the quote. Not a cue of a clause
    that only tells when ("was trying to ask when Trump shot back"): that one speaks."""
    if best is None or best[3] == "according to":
        return best
    rank, tok, s, cue = best
    below = tok
    for above in tok.ancestors:
        if below.dep_ == "ccomp" and (said := _cue(above)) is not None and said != "according to":
            tok, cue = above, said
        below = above
    return rank, tok, s, cue


def _label_subject(s: Sentence, start: int, end: int) -> Token | None:
    """The subject of the verb of a label's clause, in [start, end): "Dole delivered a
    message:"; None for a label with no verb ("Said Ellis:", "Bush:")."""
    tokens = s.tokens_starting(start, end)
    # The label's own verb: the root, or, where the parser made the quote the main clause
    # ("Doe went further: "It is the end,"" with "went" hung from the quote's "is"), the
    # verb heading the label's words from outside them.
    verb = next((t for t in tokens if t.dep_ == "ROOT"), None) \
        or next((t for t in tokens if not start <= s.tok_start(t.head) < end), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass") and s.tok_start(t) >= start), None)
    if subject is not None and subject.pos_ == "PRON" and PERSONAL_PRONOUNS.get(subject.lower_) in (None, "thing"):
        return None  # "Wait, it gets better:", "Here they are:" names no one
    return subject


def _unit_end(text: str, raw: RawQuote, para_end: int) -> int:
    """Where the quote and the cue that goes with it end. The parser ends a sentence at the
    "?" or "!" inside the marks, or before a lower-case cue ("...end." he said), so that in
    "Why now?" she asked. the cue stands in a sentence of its own: take that one too. So
    too when the quote ends in a quote it holds ("... to ask, 'Why?'" Bell said). Not the
    next paragraph's sentence: a question ending a paragraph is asked by its own speaker,
    not by the subject opening the paragraph below ("...?"\nLater, Doe claimed that ...)."""
    close = raw.end + raw.marks[1]
    after = WORD_AFTER.match(text[close:close + 20])
    if after is not None and close + after.end() < para_end \
            and (after.group(1).islower() or _last_mark(text, raw) in ("?", "!")):
        return close + after.end() + 1
    return close


def _last_mark(text: str, raw: RawQuote) -> str:
    """The quote's last character, before the marks closing a quote it ends with ("to ask,
    'Why?'" gives "?"); "" for an empty quote."""
    return text[raw.start:raw.end].rstrip(INNER_CLOSERS)[-1:]


def _governing_subject(parsed: Parsed, raw: RawQuote, mentions: MentionIndex) -> _Attribution | None:
    s = parsed.sentence_at(raw.start)
    if s is None:
        return None
    first = next((t for t in s.sent if s.tok_start(t) >= raw.start), None)
    if first is None:
        return None
    verb = first.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") and s.tok_start(verb) < raw.start or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or s.tok_start(verb) >= raw.start:
        return None
    subject = _speaker_token(verb, verb.lemma_.lower())
    if subject is None:
        return None
    actor, span = _actor_for(_noun_phrase(subject, s), subject, s, mentions)
    return (actor.id, span, verb.lemma_.lower()) if actor else None


def _holds(columns: TokenColumns, i: int, lo: int, hi: int) -> bool:
    """Whether the subtree of token i (of the batch `columns`), its conjuncts' left out, has
    a token of index in [lo, hi). Read up the heads from the tokens in the range, each token
    passed once, not down the subtree: building and placing its tokens, or even its children's
    edges, cost five times as much."""
    if lo <= i < hi:
        return True
    heads, deps, conj = columns.head, columns.dep, hashes("conj")
    outside: set[int] = set()  # tokens whose heads lead elsewhere, or through a conjunct of i
    for t in range(max(lo, 0), min(hi, len(heads))):
        path = []
        while t not in outside:
            head = heads[t]
            if head == i:
                if deps[t] not in conj:
                    return True
                break
            if head == t:
                break  # the root
            path.append(t)
            t = head
        outside.update(path)
        outside.add(t)
    return False


def _cue(tok: Token) -> str | None:
    if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.rights):
        return "according to"
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    lemma = tok.lemma_.lower()
    if lemma in CUE_VERBS:
        return lemma
    if lemma not in CUE_PHRASE_LEMMAS:
        return None
    completed = next((c.lower_ for c in tok.children if (lemma, c.lower_) in CUE_PHRASES), None)
    return f"{lemma} {completed}" if completed else None


def _speaker_token(tok: Token, cue: str, inside: Callable[[Token], bool] = lambda t: False) -> Token | None:
    """The token naming who speaks through the cue verb tok; `inside` tells the tokens in
    quote marks, which a misparse may make the subject ("One of the brightest," X said)."""
    if cue == "according to":
        to = next(c for c in tok.rights if c.lower_ == "to")
        return next((c for c in to.children if c.dep_ == "pobj"), None)
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if (tok.tag_ == "VBG" and before is not None and before.pos_ == "PROPN"
            and before.dep_ in ("pobj", "dobj") and not inside(before)):
        return before  # "footage of Clinton asking", "has Trump saying": the object speaks
    verb = tok
    came = None  # the relation of the verb climbed from to this one
    found = None
    for _ in range(5):
        # Of two subjects the parser gave one verb ("His verdict: "...," he said"), the one
        # nearest the verb.
        subj = min((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not inside(c)
                    and not _when(c)), key=lambda c: abs(c.i - verb.i), default=None)
        if subj is None:
            # '"..., Mr. President," Rep. Tom Hale told him': the parser made the quote's last
            # words the subject, and the speaker after the marks their apposition.
            subj = next((a for c in verb.children if c.dep_ == "nsubj" and inside(c)
                         for a in c.rights if a.dep_ == "appos" and not inside(a)), None)
        if subj is not None and subj.dep_ == "nsubjpass":
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is not None:
                subj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            elif cue != "quote" and came not in ("xcomp", "prep"):
                # "Doe was told": the one spoken to. But "Doe is quoted", "was heard saying",
                # "was prompted to say", "was booed after telling": Doe speaks. Not through a
                # participle after a comma or a conjunct, which a misparse hangs from the
                # nearest passive ("after the statement was shown false, stating ...").
                subj = None
        if subj is not None:
            found = subj
            # A participle ("..., calling the rule ...") belongs to the main clause, not to a
            # reported clause it happens to hang from ("ruled that the agency had failed").
            if not (tok.tag_ == "VBG" and verb is not tok and verb.dep_ == "ccomp"):
                return found
        # "issued a statement saying ...": whoever issued the statement speaks.
        if (verb.dep_ == "acl" and verb.head.lemma_.lower() in STATEMENT_NOUNS
                and verb.head.dep_ in ("dobj", "pobj") and verb.head.head.pos_ in ("VERB", "AUX")):
            came, verb = None, verb.head.head
            continue
        # "footage of Trump saying", "has X saying": the noun the participle describes; but
        # not the one spoken to ("emailed supporters saying", "sent a message to supporters
        # saying"): who spoke to them speaks.
        if (verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN")
                and verb.head.lemma_.lower() not in STATEMENT_NOUNS):
            addressing = _addressing(verb.head)
            if addressing is None:
                return verb.head
            came, verb = None, addressing
            continue
        # "..., saying", "adding that ...", "and added", "was quick to add", "by saying": the
        # subject belongs to the verb above; so too in "Doyle, noting the size of ..., said,",
        # which the parser reads as a "said" set beside the participle.
        if verb.dep_ in CLIMB_DEPS and verb.head.i != verb.i:
            joined = verb.dep_ == "conj" and _cue(verb) is not None
            came, verb = verb.dep_, verb.head
            if joined and verb.dep_ == "ccomp" and _cue(verb.head) is not None and _mute_subject(verb):
                # "Doe said it was too early but added, "..."": the parser joins the cue to the
                # clause the first cue reports, whose subject ("it") is not the one adding.
                # One who can speak there may well have ("noted that Roe had criticised the
                # plan and called it "weak"").
                verb = verb.head
        else:
            break
    return found


def _mute_subject(verb: Token) -> bool:
    """Whether the subject of a verb, if any, is no one who could speak: "it", "the move",
    "his tax plan", not "Doe", "she" or "the senator"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in ("it", "this", "that", "which")
    return subject.pos_ == "NOUN" and subject.lemma_.lower() not in SOURCE_NOUNS


# Words that name a day or month: when, never who ("the 46-year-old" is a date to the tagger).
_WHEN_WORDS = frozenset({*MONTHS, *table("weekdays"), *(d for d in table("days_from_today") if " " not in d)})


def _addressing(noun: Token) -> Token | None:
    """The verb the noun is spoken or written to by: "emailed supporters", "told reporters",
    "sent a message to supporters", "spoke to reporters"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to":
        verb = head.head.head if head.head.pos_ == "NOUN" else head.head  # "a message to ..."
        return verb if verb.pos_ == "VERB" else None
    # Spoken to, not sent: people ("supporters", "Doe", "them"), not "emailed a news article".
    someone = noun.tag_ in ("NNS", "NNPS") or noun.pos_ == "PRON" or noun.ent_type_ in ("PERSON", "NORP", "ORG")
    if (noun.dep_ in ("dobj", "dative") and someone and head.pos_ == "VERB"
            and head.lemma_.lower() in ADDRESSED_CUES):
        return head
    return None


def _when(tok: Token) -> bool:
    """A day or month, which a misparse may make a cue's subject or the phrase beside it
    ("Saturday at the convention Sen. Jane Doe said", "In March, Doe blasted")."""
    return tok.ent_type_ in ("DATE", "TIME") and tok.lower_.rstrip(".") in _WHEN_WORDS


def _beside(cue: Token, s: Sentence, inside: Callable[[Token], bool]) -> Token | None:
    """The root of the noun phrase right before or after a cue the parser left without a
    subject outside the quote ("...," Rep. Jane Doe (D-Md.) said; "...," said Doe)."""
    # Not a party and state in brackets after a name: "Sen. Jane Doe (D-Md.) said".
    chunks = [c for c in s.sent.noun_chunks if not inside(c.root) and c.root.pos_ != "NUM" and not _when(c.root)
              and not (c[0].text == "(" or c.start > 0 and c.doc[c.start - 1].text == "(")]
    after = [c for c in chunks if c.start == cue.i + 1]
    if not after and (name := _name_after(cue, inside) or _titled_name_after(cue, inside)) is not None:
        return name
    before = [c for c in chunks if 0 < cue.i - c.end <= 7
              and all(t.is_punct or t.pos_ in ("ADV", "PROPN") or t.dep_ == "aux"
                      for t in cue.doc[c.end:cue.i])]
    found = after or before[-1:]
    return found[0].root if found else None


def _unclosed_relative(cue: Token, inside: Callable[[Token], bool]) -> Token | None:
    """The noun a relative clause describes when the clause runs up to a cue left without a
    subject: "Jane Doe, who chairs the board said", "the pollster who founded the site
    tweeted", "Mr. Doe, who had lost the race, called for". The parser, most of all where no
    comma closes the clause, hangs the cue from the noun or from nothing, and the words
    right before the cue are the clause's, never the speaker."""
    if cue.i == 0:
        return None
    clause = cue.doc[cue.i - 1]
    while clause.dep_ != "relcl":
        if clause.head.i == clause.i or clause.head.i >= cue.i:
            return None
        clause = clause.head
    noun = clause.head
    if clause.pos_ not in ("VERB", "AUX") or noun.i > clause.i or noun.pos_ not in ("NOUN", "PROPN") or inside(noun):
        return None  # not a clause of its own verb: "Bannon, who Beck called" misread
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
        return noun.head  # "Nate Berg, the analyst who ...": the name the description is set beside
    return noun


def _name_after(cue: Token, inside: Callable[[Token], bool]) -> Token | None:
    """The last word of the name right after a cue that the parser left out of any noun
    phrase ("...," said Skelly, explaining ...: to the tagger "Skelly" is an adverb, as
    other names ending in -ly may be)."""
    doc, end = cue.doc, cue.i + 1
    while (end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].pos_ == "ADV" and doc[end].is_title)
           and not inside(doc[end]) and not _when(doc[end])):
        end += 1
    if end == cue.i + 1 or end < len(doc) and doc[end].pos_ == "NOUN":
        return None  # no name, or one modifying a noun ("tweeted Rubio spokesman Alex Conant")
    name = doc[end - 1]
    # Not the one the cue is said to ("blasted Disney for ..."), nor a name that does not
    # hang from it (in "Trump blasted Disney" misread as a noun phrase, the cue is a modifier).
    return name if name.head.i == cue.i and name.dep_ not in OBJECT_DEPS else None


def _titled_name_after(cue: Token, inside: Callable[[Token], bool]) -> Token | None:
    """The last word of a name ending the few words after a cue that follows the quote, where
    the parser read the title before the name as words of their own: in "...," said Oversight
    ranking Democrat Jane Doe, "ranking" a verb; in "...," tweeted Rubio spokesman Al Roe,
    "Rubio" a name of its own."""
    doc = cue.doc
    if cue.i == 0 or not inside(doc[cue.i - 1]):
        return None
    end = cue.i + 1
    while end < len(doc) and end <= cue.i + 6 and doc[end].is_alpha and not _when(doc[end]):
        end += 1
    last = doc[end - 1]
    if end == cue.i + 1 or end == len(doc) or not doc[end].is_punct or last.pos_ != "PROPN":
        return None
    return last


def _noun_phrase(tok: Token, s: Sentence) -> Span:
    """The words naming the speaker: the subject with its determiner, modifiers, appositives
    and "of" phrases ("Washington director of Human Rights Watch Sarah Yager"), not relative
    clauses or participles after it ("the order signed by ...")."""
    if tok.ent_iob_ != "O":
        ent = entity_of(tok)
        # Not an entity running over a verb: the tagger's misreading of "Trump assured Jones".
        if ent is not None and all(t.pos_ != "VERB" for t in ent):
            return (s.base + ent.start_char, s.base + ent.end_char)
    left = tok.left_edge
    right = tok
    for child in tok.rights:
        if (child.dep_ in ("appos", "prep", "compound", "flat")
                and (child.dep_ != "prep" or child.lower_ in ("of", "for"))
                and tok.doc[child.left_edge.i - 1].text != "("):  # not words in brackets: "Doe (D-Md.)"
            right = _before_clause(child)
    return (s.tok_start(left), s.tok_end(right))


def _before_clause(tok: Token) -> Token:
    """The last word of the phrase headed by tok, before a clause that follows it:
    "Rich Beeson" of "Rich Beeson, who oversaw Mitt Romney's ground game" (whose Romney is
    not the speaker). A participle's phrase stays: "exit polls conducted by Edison Research"."""
    right = tok
    for child in tok.rights:
        if child.dep_ in ("relcl", "advcl"):
            break
        right = _before_clause(child)
    return right


def _actor_for(span: Span, tok: Token, s: Sentence, mentions: MentionIndex) -> tuple[Actor | None, Span]:
    """The actor the subject phrase names and the words naming it there."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        # "Councilman Gary Whitfield, who said": "who" at the attribution, the noun before it.
        named = _relative_antecedent(tok)
        actor, named_span = _actor_for(_noun_phrase(named, s), named, s, mentions)
        return actor, span if actor else named_span
    if tok.lower_ in PERSONAL_PRONOUNS:
        return _resolve_pronoun(tok.lower_, span[0], mentions), span
    start, end = span
    inside = mentions.overlapping(start, end)
    if not inside and AGE_EPITHET.match(mentions.parsed.text, start, end):
        return _aged(tok, start, mentions), span
    if not inside and _definite(tok):
        return _described(tok, start, mentions), span
    if not inside or tok.lower_ in KIN:
        return None, span  # "the family of Jamie Fletcher" speak for themselves
    head_pos = s.tok_start(tok)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in ASSOCIATES and all(ms < head_pos for ms, _, _ in inside):
        # "Obama's former campaign strategist" is not Obama ("its founder, Raj Patel" is Patel).
        return None, span
    # A person named in the phrase, else the mention at the subject's head, else the last one.
    people = [t for t in inside if t[2].kind == "person"]
    at_head = [t for t in inside if t[0] <= head_pos < t[1]]
    if not (people or at_head) and tok.pos_ == "NOUN" and tok.lemma_.lower() in SOURCE_NOUNS \
            and all(actor.kind == "place" and _modifies(tok, s, ms, me) for ms, me, actor in inside):
        # "the Vermont senator", "the No. 1 U.S. automaker": the place says where they are from.
        return None, span
    ms, me, actor = (people or at_head or inside)[-1]
    return actor, (max(ms, start), min(me, end))


def _modifies(noun: Token, s: Sentence, start: int, end: int) -> bool:
    """Whether the words at [start, end) are a name modifying the noun ("Vermont" in "the
    Vermont senator")."""
    return any(s.tok_start(c) < end and start < s.tok_start(c) + len(c)
               for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN")


def _aged(noun: Token, pos: int, mentions: MentionIndex) -> Actor | None:
    """"the 34-year-old mother of three", "the 70-year-old": an age is told of someone named
    already, so the epithet takes up the person talked about, as a pronoun of its gender would."""
    gender = GENDERED.get(noun.lower_)
    genders = (gender, None) if gender else ("male", "female", None)
    return _antecedent("he", pos, mentions, PRONOUN_REACH, genders, 0)[0]


def _definite(tok: Token) -> bool:
    """"the mayor", "the article": a common noun with the definite article."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _described(noun: Token, pos: int, mentions: MentionIndex) -> Actor | None:
    """The actor a definite description names, when the text has called it so before: a
    title before its name ("Mayor Bill de Blasio" for "the mayor"), the noun right after its
    name ("a Times article" for "the article") or in apposition to it ("Mr. Ruiz, the
    mayor,"). None when no mention in reach is so described: a new person ("the announcer")
    is no one named before."""
    word = re.escape(noun.lower_)
    text = mentions.parsed.text
    after = re.compile(rf"(?:['\u2019]s)?\s+{word}\b|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{word}\b", re.I)
    before = re.compile(rf"\b{word}[^\S\n]+$", re.I)
    for s, e, actor in mentions.before(pos):
        if pos - s > PRONOUN_REACH:
            return None
        if before.search(text[max(0, s - 30):s]) or after.match(text, e):
            return actor
    return None


def _relative_antecedent(pronoun: Token) -> Token:
    """The noun a relative pronoun follows ("..., Patti LaBelle and Stevie Wonder, who"),
    else the one its clause hangs from."""
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    if before is not None and before.is_punct and pronoun.i > 1:
        before = pronoun.doc[pronoun.i - 2]
    if before is not None and before.pos_ in ("PROPN", "NOUN"):
        return before
    return pronoun.head.head


def _clause_verb(pronoun: Token) -> Token | None:
    """The verb whose subject a pronoun takes up: the verb of the clause holding the noun it
    is the possessive of ("released her plan"), or the verb reporting its clause ("said he
    would")."""
    if pronoun.dep_ == "poss":
        # "released her plan", "to recover from her bout": up through objects and their
        # prepositions to the verb.
        tok = pronoun.head
        while tok.dep_ in ("dobj", "attr", "pobj", "prep") and tok.head is not tok:
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                return tok
        return None
    if pronoun.dep_ == "nsubj" and pronoun.head.dep_ == "ccomp":
        return pronoun.head.head
    return None


def _resolve_pronoun(pronoun: str, pos: int, mentions: MentionIndex, depth: int = 0) -> Actor | None:
    """The actor a pronoun speaker stands for: the antecedent of fitting kind and gender
    (unknown gender fits too); where that is only a passing mention of unknown gender, one
    known to be of the pronoun's gender a few sentences back is likelier."""
    gender = PRONOUN_GENDER.get(pronoun)
    found, salient = _antecedent(pronoun, pos, mentions, PRONOUN_REACH, (gender, None), depth)
    if gender is not None and (found is None or not salient and mentions.gender(found) is None):
        known, _ = _antecedent(pronoun, pos, mentions, GENDER_REACH, (gender,), depth)
        return known or found
    return found


def _antecedent(pronoun: str, pos: int, mentions: MentionIndex, reach: int, genders: tuple[str | None, ...],
                depth: int) -> tuple[Actor | None, bool]:
    """(actor, found as a subject). Sentences are read back from the pronoun's own. In the
    first that names a fitting actor, a main-clause subject wins over the nearest mention ("The
    company, owned by X, said it ..." is the company); a sentence whose subject is the same
    pronoun hands on to that pronoun's antecedent ("Fowler said ... He added ... he said")."""
    parsed = mentions.parsed
    here = parsed.sentence_index(pos)
    if here is None:
        return None, False
    want = PERSONAL_PRONOUNS[pronoun]
    for i in range(here, -1, -1):
        sent = parsed.sentences[i]
        if pos - sent.end > reach:
            break
        named = mentions.overlapping(sent.start, min(sent.end, pos))
        named += mentions.attributed(sent.start, min(sent.end, pos))
        candidates = sorted(((s, e, a) for s, e, a in named if s >= sent.start and (
            _fits(a, want, genders, mentions) or want == "plural" and _paired(sent, s, e, a, mentions))),
            key=lambda m: m[:2])
        same = _same_pronoun_subject(pronoun, sent, pos, mentions)
        # The same pronoun opening the sentence, before anyone is named in it, continues
        # the person talked about ("He added a note of caution, should Clinton ...").
        if same is not None and depth < 8 and (not candidates or sent.tok_start(same) < candidates[0][0]):
            found = _resolve_pronoun(same.lower_, sent.tok_start(same), mentions, depth + 1)
            # ("they" was found as a fitting group or a named pair by the same filter)
            if found is not None and (want == "plural" or _fits(found, want, genders, mentions)):
                return found, True
        # The first subject of them wins: those after it are not asked whether they are one.
        if (subject := next((c for c in candidates if mentions.is_subject(c[0], c[1])), None)) is not None:
            return subject[2], True
        if candidates:
            return candidates[-1][2], False
    return None, False


def _fits(actor: Actor, want: str, genders: tuple[str | None, ...], mentions: MentionIndex) -> bool:
    if want == "person":
        # An actor taken up by "he" or "she" elsewhere is a person whatever its kind says.
        gender = mentions.gender(actor)
        return gender in genders and (actor.kind == "person" or gender is not None)
    if want == "thing":
        return actor.kind in ("organization", "place", "other")
    return actor.kind in ("organization", "group")


def _paired(sent: Sentence, start: int, end: int, actor: Actor, mentions: MentionIndex) -> bool:
    """A person named jointly with another ("Senators Grassley and Leahy ... They wrote"): the
    pair is what "they" takes up, and either of them speaks for it."""
    inside = sent.tokens_starting(start, end)
    head = next((t for t in inside if t.head not in inside or t.head is t), None)
    if actor.kind != "person" or head is None:
        return False
    partners = [c for c in head.children if c.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
    return any(a.kind == "person" and a is not actor
               for p in partners for _, _, a in mentions.overlapping(sent.tok_start(p), sent.tok_end(p)))


def _same_pronoun_subject(pronoun: str, sent: Sentence, pos: int, mentions: MentionIndex) -> Token | None:
    """A subject pronoun of the same person and gender before pos in sent, outside quotes."""
    for start, tok in mentions.subject_pronouns(sent):
        if start >= pos:
            break
        if (PERSONAL_PRONOUNS[tok.lower_] == PERSONAL_PRONOUNS[pronoun]
                and PRONOUN_GENDER.get(tok.lower_) == PRONOUN_GENDER.get(pronoun)):
            return tok
    return None


def extract_indirect(parsed: Parsed, actors: list[Actor]) -> list[Quote]:
    """Reported speech ("X said that ...", "..., officials said", "according to X, ...",
    "it is understood that ..."): the reported clause as a Quote of kind "indirect", its
    speaker found as a direct quote's is. Only what a verb of speech (lexicon/
    indirect_cue_verbs.txt) reports of a named or described speaker, outside quote marks, not
    negated, not hypothetical and not a question: a paraphrase given to the wrong person is
    worse than none."""
    text = parsed.text
    raws = parsed.quoted
    quoted = SpanMask(len(text), ((q.start - q.marks[0], q.end + q.marks[1]) for q in raws))
    mentions = MentionIndex(actors, quoted, parsed)
    out: list[Quote] = []
    seen: set[Span] = set()
    cues = {base: _possible_cues(doc) for base, doc in parsed.docs}
    marks = {base: _quote_marks(doc) for base, doc in parsed.docs}
    for s in parsed.sentences:
        if parsed.in_furniture(s.start, s.end):
            continue
        for tok in s.tokens_among(cues[s.base]):
            found = _reported(tok, s, quoted, mentions, marks[s.base])
            if found is None or found[0] in seen:
                continue
            span, attribution = found
            seen.add(span)
            span = _after_dateline(text, span)
            speaker, speaker_span, cue = attribution
            actor = mentions.actors.get(speaker)
            name = actor.name if actor else (text[speaker_span[0]:speaker_span[1]] if speaker_span else None)
            out.append(Quote(id="", span=span, text=text[span[0]:span[1]], speaker=speaker,
                             speaker_span=speaker_span, cue=cue, speaker_name=name,
                             kind=QuoteKind.INDIRECT.value))
    out.sort(key=lambda q: q.span)
    for n, q in enumerate(out, 1):
        q.id = f"{INDIRECT_ID}{n}"
    return out


# Whether a lemma (by hash) lower-cased reports speech: the same verbs recur in every batch
# and every article, each looked up once.
_REPORTING: dict[int, bool] = {}


def _possible_cues(doc: Doc) -> list[int]:
    """The indices of the tokens _reported can take for a cue ("according", or a verb whose
    lemma is a cue): read from the batch's arrays, since building every token to ask it
    was most of the time spent on reported speech. The three columns are read in one pass:
    read one by one they cost twice what the rest did."""
    import numpy

    strings = doc.vocab.strings
    pos, lower, lemmas = doc.to_array(["POS", "LOWER", "LEMMA"]).T
    verbs = numpy.flatnonzero(pos == strings["VERB"])
    found = set(numpy.flatnonzero(lower == strings["according"]).tolist())
    for i, lemma in zip(verbs.tolist(), lemmas[verbs].tolist(), strict=True):
        if (reports := _REPORTING.get(lemma)) is None:
            reports = _REPORTING[lemma] = string_of(strings, lemma).lower() in REPORT_LEMMAS
        if reports:
            found.add(i)
    return sorted(found)


def _quote_marks(doc: Doc) -> frozenset[int]:
    """The indices of the batch's quote marks (Token.is_quote), read from its arrays."""
    import numpy

    return frozenset(numpy.flatnonzero(doc.to_array("IS_QUOTE")).tolist())


def _after_dateline(text: str, span: Span) -> Span:
    """A clause opening its article's paragraph starts after the dateline ("ARDEN, March 7 —
    The dam burst ...")."""
    m = DATELINE.match(text, span[0], span[1])
    return (m.end(), span[1]) if m else span


def _reported(tok: Token, s: Sentence, quoted: SpanMask, mentions: MentionIndex,
              marks: AbstractSet[int]) -> tuple[Span, _Attribution] | None:
    """(content span, attribution) when tok is the cue of reported speech (`marks`: the
    indices of its batch's quote marks)."""
    if quoted.covers(s.tok_start(tok)):
        return None  # speech reported inside a quote is the quoted speaker's
    if tok.lower_ == "according":
        return _according(tok, s, quoted, mentions)
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in REPORT_LEMMAS:
        return None
    # The cue's dependents, built once for all the questions below rather than at each.
    kids = list(tok.children)
    if _doubtful(kids, s, mentions.parsed.text):
        return None
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in UNSPOKEN_PREPOSITIONS:
        return None  # "banned from claiming", "left without saying": nothing was said
    content = next((c for c in kids if c.dep_ == "ccomp"), None)
    if content is None or not _clause(content) or _reports(content):
        return None  # a report of a report is found at its own verb
    if lemma not in ADDRESSED_CUES and any(c.dep_ == "dobj" for c in kids):
        return None  # "claiming asylum", "noted the rule": the verb's object is no clause
    span = _clause_span(content, s, mentions.parsed.token_columns[s.base], marks)
    if span is None or _mostly_quoted(span, quoted):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
        return _understood(tok, kids, s, span, lemma)
    if lemma not in INDIRECT_CUES:
        return None  # "believe", "know": a source only in "it is believed that"

    def inside(t: Token) -> bool:
        return quoted.covers(s.tok_start(t)) or s.tok_start(t) >= span[0] and s.tok_end(t) <= span[1]

    # "They claimed Paris was a volunteer and claim she has ...": the parser may join the
    # second cue to the first one's reported clause; its speaker is the first cue's.
    speaks = tok.head.head if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and _speech(tok.head.head) else tok
    subject = _speaker_token(speaks, lemma, inside)
    return _said_by(subject, s, mentions, span, lemma)


def _said_by(subject: Token | None, s: Sentence, mentions: MentionIndex, span: Span,
             cue: str) -> tuple[Span, _Attribution] | None:
    """The reported clause with its speaker, when the subject can be one: an actor, a pronoun
    (resolved or not), or a description whose head names a person, a body or a document
    (lexicon/source_nouns.txt); not "about half", "those" or "the sentence"."""
    if subject is None or subject.lower_ in FIRST_SECOND_PERSON or (subject.text.isupper() and len(subject) > 3):
        return None  # "WASHINGTON — ...": a dateline the parser took for the subject
    actor, speaker_span = _actor_for(_noun_phrase(subject, s), subject, s, mentions)
    if actor is None and not (subject.lower_ in PERSONAL_PRONOUNS or subject.lemma_.lower() in SOURCE_NOUNS
                              or subject.lower_ in SOURCE_NOUNS):
        return None
    if actor is None and subject.lower_ not in PERSONAL_PRONOUNS:
        speaker_span = _description(subject, s, span) or speaker_span
    return span, (actor.id if actor else None, speaker_span, cue)


def _description(subject: Token, s: Sentence, content: Span) -> Span | None:
    """All the words describing a source no name is given for ("a source familiar with the
    talks", "people who attended the meeting"): what the reader weighs it by."""
    toks = list(subject.subtree)
    if len(toks) > DESCRIPTION_WORDS or any(content[0] <= s.tok_start(t) < content[1] for t in toks):
        return None
    while toks and toks[-1].is_punct:
        toks.pop()
    return s.tok_start(toks[0]), s.tok_end(toks[-1])


def _clause(content: Token) -> bool:
    """A reported statement: a verb with its own subject ("that the plan failed"), not a
    question or a supposition ("whether ...", "if ...") nor an imperative."""
    if content.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(content.children)
    if content.tag_ not in FINITE_TAGS and not any(c.dep_ in ("aux", "auxpass") for c in kids):
        return False  # "claiming asylum in the UK expected next month": no statement
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in kids)


def _doubtful(kids: list[Token], s: Sentence, text: str) -> bool:
    """A cue (its dependents `kids`) that reports no statement: negated ("did not say"),
    hypothetical ("would say", "if she says") or asked about ("did he say ...?")."""
    return any(c.dep_ == "neg" or c.tag_ == "MD" or (c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS)
               for c in kids) or _asks(s, text)


def _asks(s: Sentence, text: str) -> bool:
    """The sentence is a question. Read from the text: tok.sent and Span.text rebuild the
    sentence from its tokens on every call."""
    return text[s.end - 1] == "?"  # s.end is after the sentence's last non-space character


def _clause_span(content: Token, s: Sentence, columns: TokenColumns, marks: AbstractSet[int]) -> Span | None:
    """The reported clause without its "that" and the punctuation at its edges; None when it
    is a word or two ("said so"). Its words are read as indices in the batch (`columns`; the
    indices of its quote marks `marks`), only those at its edges built: building each of a
    clause's tokens, and reading its subtree through spaCy, was a fifth of reported speech."""
    doc = content.doc
    # "said he was rooting for X, and more than 4 in 10 said ...": a conjoined report of its
    # own is not part of this one.
    conj = hashes("conj")
    cut = {c for c in columns.children(content.i) if columns.dep[c] in conj and _speech(doc[c])}
    toks = _subtree(columns, content.i, cut)
    first, end = 0, len(toks)
    while first < end and ((t := doc[toks[first]]).is_punct or t.dep_ == "mark" or t.is_space):
        first += 1
    quote_marks = sum(1 for i in toks[first:end] if i in marks)
    while first < end and ((t := doc[toks[end - 1]]).is_punct or t.is_space or t.dep_ == "cc"):
        if toks[end - 1] in marks:
            if quote_marks % 2 == 0:
                break  # the mark closing a quoted phrase the clause ends with
            quote_marks -= 1
        end -= 1
    if end - first < INDIRECT_MIN_WORDS:
        return None
    last = doc[toks[end - 1]]
    if quote_marks % 2:
        # A quoted phrase closing the clause whose mark the parser hung elsewhere ("the
        # ICC's “transgressions.”"): up to that mark, its stop inside.
        after = doc[last.i + 1:last.i + 3]
        close = next((t for t in after if t.is_quote), None)
        if close is not None and all(t.is_punct for t in doc[last.i + 1:close.i + 1]):
            last = close
    return s.tok_start(doc[toks[first]]), s.tok_end(last)


def _subtree(columns: TokenColumns, i: int, leaving: AbstractSet[int]) -> list[int]:
    """The indices of token i's subtree (of the batch `columns`) in Token.subtree's order:
    each token after its left dependents' subtrees and before its right ones'; the subtrees
    of its dependents in `leaving` left out."""
    out: list[int] = []
    _walk(columns.children, i, leaving, out)
    return out


def _walk(children: Callable[[int], Sequence[int]], k: int, leaving: AbstractSet[int], out: list[int]) -> None:
    """_subtree's walk down from k, a function of its own: a nested one calling itself is a
    reference cycle, which would keep the batch's columns (and its parse) until the cycle
    collector, paused while extracting, ran."""
    kids = children(k)  # in order
    j = 0
    while j < len(kids) and kids[j] < k:
        if kids[j] not in leaving:
            _walk(children, kids[j], leaving, out)
        j += 1
    out.append(k)
    for kid in kids[j:]:
        if kid not in leaving:
            _walk(children, kid, leaving, out)


def _speech(tok: Token) -> bool:
    return tok.pos_ == "VERB" and (tok.lemma_.lower() in INDIRECT_CUES or tok.lemma_.lower() in CUE_VERBS)


def _reports(tok: Token) -> bool:
    """A verb of speech with a reported clause of its own ("said he told them that ...")."""
    return _speech(tok) and any(c.dep_ == "ccomp" for c in tok.children)


def _mostly_quoted(span: Span, quoted: SpanMask) -> bool:
    """A clause nearly all in quote marks is a direct quote's content, which the quotes
    have; one that quotes a phrase or two of its own ("will impose “tangible ...
    consequences” on those responsible for the ICC’s “transgressions.”") is reported speech."""
    return quoted.bits.count(1, span[0], span[1]) >= QUOTED_SHARE * (span[1] - span[0])


def _understood(tok: Token, kids: list[Token], s: Sentence, span: Span,
                lemma: str) -> tuple[Span, _Attribution] | None:
    """"It is understood that ...", "it was reported that ...": a source no one is named for,
    the words from "it" to the verb (its dependents `kids`) standing for it."""
    subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if (subject is None or subject.lower_ != "it" or lemma not in UNNAMED_PASSIVES
            or any(c.dep_ == "agent" for c in kids)):
        return None
    return span, (None, (s.tok_start(subject), s.tok_end(tok)), lemma)


def _according(tok: Token, s: Sentence, quoted: SpanMask, mentions: MentionIndex) -> tuple[Span, _Attribution] | None:
    """"According to X, <clause>." or "<clause>, according to X.": the rest of the sentence,
    when the phrase stands at its start or its end."""
    to = next((c for c in tok.rights if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return None
    phrase = (s.tok_start(tok), s.tok_end(tok.right_edge))
    rest = [t for t in s.sent if not phrase[0] <= s.tok_start(t) < phrase[1] and not t.is_space]
    before = [t for t in rest if s.tok_start(t) < phrase[0]]
    if before and not all(t.is_punct for t in before) and any(
            not t.is_punct for t in rest if s.tok_start(t) >= phrase[1]):
        return None  # in the middle of its sentence: what it covers is unclear
    while rest and rest[0].is_punct:
        rest.pop(0)
    while rest and rest[-1].is_punct:
        rest.pop()
    # "X said ..., according to Y": the report of a report is X's, found at "said".
    if len(rest) < INDIRECT_MIN_WORDS or _reports(s.sent.root) or _asks(s, mentions.parsed.text):
        return None
    span = (s.tok_start(rest[0]), s.tok_end(rest[-1]))
    if _mostly_quoted(span, quoted):
        return None
    return _said_by(source, s, mentions, span, "according to")
