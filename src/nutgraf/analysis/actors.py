"""Actors: people, organisations, places and groups, one row each with all its mentions.

Names come from the tagger's entities, repaired where its spans are broken (titles inside
names, names split in two), and from proper nouns it missed (buildings, bodies with an article,
names in a list or after a noun saying what they are, a picture's caption, a product's maker).
Mentions are clustered by normalised name, surname, acronym and a small table of country
aliases; the kind comes from evidence in the text (titles, "who", a person's noun in
apposition, organisation words, gazetteers, verbs such as "annexed" or "beat") before the
tagger's votes. Headlines make no rows; a picture's caption is no headline.
Definite descriptions ("the court", "The Hague-based court", "the country") join the fitting
actor the story has been talking about.

Word lists are in lexicon/*.txt, read by name."""
from __future__ import annotations

import bisect
import re
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, takewhile
from operator import itemgetter
from typing import TYPE_CHECKING

from ..spans import Span
from .gazetteer import ALIASES as _ALIAS
from .gazetteer import CONTINENTS, COUNTRIES, COUNTRY_ALIASES, UNIONS, US_STATE_ABBREVIATIONS, US_STATES
from .lexicon import HONORIFICS, KIN, OCCUPATIONS, TITLES, alternation, table, words
from .model import Actor
from .numbers import is_amount
from .parsed import (
    Entity,
    SpanMask,
    TokenColumns,
    among,
    entity_of,
    indices_overlapping,
    int_array,
    string_hash,
    whole_words,
    word_char,
    word_char_or_hyphen,
)
from .quotes import CUE_VERBS, looks_like_title

if TYPE_CHECKING:
    from collections.abc import Collection, Iterator, Sequence

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from .parsed import Parsed, Sentence


class Tag:
    """Tags as TokenColumns holds them (their hashes)."""
    NN, NNS, NNP, NNPS, JJ, POS = (string_hash(t) for t in ("NN", "NNS", "NNP", "NNPS", "JJ", "POS"))
    PRP_POSS, VBN, IN, HYPH = (string_hash(t) for t in ("PRP$", "VBN", "IN", "HYPH"))
    VBD = string_hash("VBD")
    PRESENT_VERBS = {string_hash(t) for t in ("VBZ", "VBP")}
    FINITE_VERBS = PRESENT_VERBS | {VBD}


class Dep:
    """Dependency labels as TokenColumns holds them."""
    det, poss, prep, pobj, relcl, cc = (string_hash(d) for d in ("det", "poss", "prep", "pobj", "relcl", "cc"))
    appos, conj, nsubj, nsubjpass = (string_hash(d) for d in ("appos", "conj", "nsubj", "nsubjpass"))
    compound, dobj, acl = string_hash("compound"), string_hash("dobj"), string_hash("acl")


class Ent:
    """Entity types as TokenColumns holds them."""
    GPE, NORP, ORG, PERSON = (string_hash(e) for e in ("GPE", "NORP", "ORG", "PERSON"))


class Pos:
    """Parts of speech as TokenColumns holds them."""
    NOUN, PROPN = string_hash("NOUN"), string_hash("PROPN")


KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "OTHER": "other",  # storms and craft, which the tagger calls people or places
}
STORM_WORDS = words("storm_words")
VEHICLE_NOUNS = words("vehicle_nouns")

NOT_ACTOR_HEADS = words("not_actor_heads")  # "Paris Agreement", "World Cup"
CAPITALISED_COMMON = words("capitalised_common_nouns")  # "the State", "the Government"
GENERIC_NAME_WORDS = words("generic_name_words")
PLACE_NAME_WORDS = words("street_words")
LANDFORM_WORDS = words("landform_words")
# Common nouns a place's name modifies: "the Kelham Harbour bridge", tagged as a person.
FACILITY_NOUNS = PLACE_NAME_WORDS | words("facility_nouns")
PERSON_TITLES = words("person_titles") | HONORIFICS
# Unions and differences of lists the rules test word by word, made once.
ROLE_TITLES = TITLES - HONORIFICS
TITLE_WORDS = TITLES | OCCUPATIONS
CRAFT_WORDS = STORM_WORDS | VEHICLE_NOUNS
PERSON_LEAD_WORDS = OCCUPATIONS | PERSON_TITLES
PERSON_NOUN_TITLES = OCCUPATIONS | ROLE_TITLES
NOT_COMPANIES = words("nonprofit_heads")
ORG_NAME_WORDS = words("org_name_words") | NOT_COMPANIES
ORG_FIRST_WORDS = words("org_first_words")
TIME_ZONES = words("time_zones")
DEMONYMS = words("demonyms")
PORTFOLIOS = words("portfolios")
TITLE_OR_PORTFOLIO_WORDS = TITLE_WORDS | PORTFOLIOS
LIFE_VERBS = words("life_verbs")
COMPLEMENT_WORDS = words("complement_words")
COMPANY_NOUNS = words("company_nouns") | words("company_epithets")
ORG_TYPE_NOUNS = words("company_nouns") | words("org_type_nouns")
DESCRIPTOR_NOUNS = words("descriptor_nouns")
PLACE_NOUNS = words("settlements") | words("regions")


def _place_of(before: str) -> str | None:
    r"""The place noun ending the text before a name ("the village of ", "the island of "):
    what follows names a place. As \b(nouns)\s+of\s+$ finds it (the longest noun), read back
    from the end: the search tried the nouns at every character."""
    body = before.rstrip()
    if len(body) == len(before) or not body.endswith("of"):
        return None
    stem = body[:-2].rstrip()
    if len(stem) == len(body) - 2:
        return None  # "proof": "of" is no word of its own
    found = [n for n in PLACE_NOUNS if stem.endswith(n) and _word_starts(stem, len(stem) - len(n))]
    return max(found, key=len) if found else None


def _word_starts(text: str, i: int) -> bool:
    r"""Whether \b stands before text[i]."""
    return i < len(text) and (i > 0 and word_char(text[i - 1])) != word_char(text[i])


LOCATIVE = words("locative_prepositions")
CONNECTORS = words("name_connectors")
LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
POSSESSIVE = re.compile(r"(?:['\u2018\u2019]s?)$")  # also a wrongly turned quote


@dataclass
class Mention:
    start: int
    end: int
    text: str  # the name as written, without a leading "the" or possessive
    label: str  # spaCy label, or "DESC" for a definite description
    head: Token | None = None  # the name's syntactic head token
    sentence: Sentence | None = None
    descriptor: str | None = None  # a common noun written with the name ("union")
    same_as: Mention | None = None  # the name an acronym in parentheses stands for
    gender: str | None = None  # what the honorific written before it says ("Mrs")


OF_FOR_ON = re.compile(r"\s+(?:of|for|on)\s+")


class Cluster:
    """One actor being assembled. Name-derived facts are kept up to date as mentions arrive,
    so that matching a mention against every cluster stays cheap on long texts."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.mentions: list[Mention] = []
        self.roles: list[str] = []
        # The tagger's labels of its named mentions, as votes: a dict, not a Counter, whose
        # making was half the cost of a cluster (2 microseconds) and whose first vote for a label
        # called Python's __missing__; news articles make a cluster for every 30 words or so.
        self._labels: dict[str, int] = {}
        self._label: str | None = None  # the winning vote, worked out again after a vote
        self.named_starts: list[int] = []  # starts of named (non-description) mentions
        self.starts: list[int] = []  # starts of all mentions
        self.subject_starts: list[int] = []  # starts of mentions that are a sentence's subject
        self.forms: set[str] = set()  # the named forms as written
        self.descriptors: set[str] = set()
        # the descriptors and the head nouns of its descriptions ("the region"): what the story calls it
        self.called: set[str] = set()
        self.genders: set[str] = set()  # from "Mr", "Mrs" before its mentions
        self._said_kind: str | None = None  # a kind the text states, over the tagger's labels
        self._name: str | None = None  # the name, worked out again once a named mention arrives
        self._kind: str | None = None  # the kind, worked out again once what it follows changes

    def add(self, m: Mention, vote: bool = True) -> None:
        self.mentions.append(m)
        if m.gender:
            self.genders.add(m.gender)
        bisect.insort(self.starts, m.start)
        if m.head is not None and m.head.dep in (Dep.nsubj, Dep.nsubjpass):  # the hash: dep_ makes a string
            bisect.insort(self.subject_starts, m.start)
        if m.label != "DESC":
            if vote:
                self._labels[m.label] = self._labels.get(m.label, 0) + 1
                self._label = self._kind = None
            bisect.insort(self.named_starts, m.start)
            self.forms.add(m.text)
            self._name = None
        elif m.head is not None:
            self.called.add(m.head.lower_)
        if m.descriptor:
            self.descriptors.add(m.descriptor)
            self.called.add(m.descriptor)
            self._kind = None

    def last_named_before(self, pos: int) -> int:
        i = bisect.bisect_left(self.named_starts, pos)
        return self.named_starts[i - 1] if i else -1

    @property
    def labels(self) -> dict[str, int]:
        return self._labels

    @labels.setter
    def labels(self, votes: dict[str, int]) -> None:
        self._labels = votes
        self._label = self._kind = None

    @property
    def said_kind(self) -> str | None:
        return self._said_kind

    @said_kind.setter
    def said_kind(self, kind: str | None) -> None:
        self._said_kind = kind
        self._kind = None

    @property
    def label(self) -> str:
        # Asked tens of thousands of times, far more often than a vote is cast; max is what
        # most_common(1) does, without its heap.
        if self._label is None:
            self._label = max(self._labels.items(), key=itemgetter(1))[0] if self._labels else "ORG"
        return self._label

    @property
    def is_country(self) -> bool:
        """Keys of listed countries are canonical names ("United States"), of others lower case."""
        return self.key in COUNTRIES or (self.key in COUNTRY_ALIASES and self.key not in UNIONS)

    def absorb(self, other: Cluster) -> None:
        """Take in another cluster's mentions, with the label votes it had."""
        for m in other.mentions:
            self.add(m, vote=False)
        votes = self.labels
        for label, n in other.labels.items():
            votes[label] = votes.get(label, 0) + n
        self.labels = votes  # the winning vote and the kind are worked out again
        self.said_kind = self.said_kind or other.said_kind

    @property
    def kind(self) -> str:
        # Asked tens of thousands of times, as label is: kept until a vote, a descriptor or a
        # stated kind changes what it follows.
        if self._kind is None:
            self._kind = self._kind_now()
        return self._kind

    def _kind_now(self) -> str:
        if self.said_kind:
            return self.said_kind
        if self.key in COUNTRY_ALIASES:
            return "organization" if self.key in UNIONS else "place"
        if self.key in SEATS_OF_GOVERNMENT:
            return "organization"  # "the White House said": the government, not the building
        if self.key in COUNTRIES or self.key in US_STATES or _state_abbreviation(self.forms):
            return "place"  # "South Carolina", "Yemen", "Fla." tagged as bodies or people
        if not self.descriptors.isdisjoint(FAMILY_NOUNS):
            return "group"  # "the Hagen family"
        if not self.descriptors.isdisjoint(GOVERNING_BODIES):
            return "organization"  # "the Ashdown Valley board", though valleys are places
        # "the National Rifle Association" says what it is, over the tagger's places for "NRA"
        if self.label in ("GPE", "LOC", "FAC") and any(" " in f and _label_by_words(f, "GPE") == "ORG"
                                                       for f in self.forms):
            return "organization"
        return KINDS.get(self.label, "other")

    @property
    def name(self) -> str:
        if self._name is None:
            self._name = self._fullest_name()
        return self._name

    def _fullest_name(self) -> str:
        if self.key in COUNTRY_ALIASES:
            return self.key
        if len(self.forms) == 1:
            [best] = self.forms  # the named forms as written: most clusters have one, no count needed
        else:
            # The fullest form: most words, then most frequent, then first seen (a Counter keeps
            # the order forms are first seen in, and max the first of equals).
            counts = Counter(m.text for m in self.mentions if m.label != "DESC")
            best = max(counts, key=lambda n: (len(n.split()) if not n.isupper() else 0, counts[n]))
        if best.isupper() and len(best) > 5:
            return best.title()  # a dateline's "NAIROBI"; short capitals are acronyms
        return best

    @property
    def head_word(self) -> str:
        """The name's head noun: "court" in "European Court of Human Rights"."""
        return _head_word(self.name)


def _state_abbreviation(forms: set[str]) -> bool:
    """Whether a name is only ever written as a state's abbreviation: "Fla." in "Tampa, Fla.,
    who" is the town's state, not the one "who" is said of."""
    return bool(forms) and forms <= US_STATE_ABBREVIATIONS


@lru_cache(maxsize=1 << 14)  # asked of a name several times over (Referents), each time split anew
def _head_word(name: str) -> str:
    words = OF_FOR_ON.split(name, maxsplit=1)[0].split()
    if len(words) > 1 and words[0].lower() in GEO_PREFIXES:
        return words[0].lower()  # "River Tamsey"
    return words[-1].lower()


NOT_NAME_CHARS = re.compile(r"[^\w\s&.-]")
SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 14)  # asked for each form over and over, while clustering and after
def norm(name: str, person: bool = True) -> str:
    """The name compared across mentions; a person's without the titles before it (a body's
    keeps them: "Justice Department" is not "Department")."""
    s = name.strip().replace("\u2019", "'")
    s = POSSESSIVE.sub("", s)
    s = LEADING.sub("", s)
    words = s.split()
    while person and len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    s = " ".join(words).lower()
    s = NOT_NAME_CHARS.sub("", s)
    return SPACES.sub(" ", s).strip(" .")


WORD_GAPS = re.compile(r"[\s-]+")


def initials(name: str) -> str:
    words = [w for w in WORD_GAPS.split(name) if w and w.lower() not in CONNECTORS]
    return "".join(w[0] for w in words if w[0].isupper())


def extract(parsed: Parsed) -> list[Actor]:
    mentions = _named_mentions(parsed)
    places = _place_words(parsed)
    clusters = _cluster(mentions, places, parsed)
    _add_missed(parsed, clusters, places)
    headlines = _headline_mask(parsed.text, parsed.furniture)
    clusters = _outside_headlines(parsed, clusters, headlines)
    _add_roles(parsed, clusters, headlines)
    taken = _add_appositions(parsed, clusters)
    _add_descriptions(parsed, clusters, taken)
    actors = []
    ordered = sorted(clusters, key=lambda c: (-len(c.mentions), c.starts[0]))  # its mentions' starts, in order
    for i, c in enumerate(ordered, 1):
        spans = sorted({(m.start, m.end) for m in c.mentions})
        name = c.name
        aliases = sorted(c.forms - {name})
        actors.append(Actor(id=f"a{i}", name=name, kind=c.kind, mentions=spans, aliases=aliases,
                            role=_most_common(c.roles)))
    return actors


def _most_common(roles: list[str]) -> str | None:
    """The role written most often, the first written of equals, as Counter.most_common(1)
    finds it: counted without making a Counter for each person (7 microseconds each)."""
    return max(dict.fromkeys(roles), key=roles.count) if roles else None


# ---------------------------------------------------------------- headlines

# A line with no sentence end: a headline, subhead, caption or label ("Donald Trump Leads").
HEADLINE_CHARS = 161  # the longest line, without the spaces around it, that can be one
CLOSERS = "'\u2019\"\u201d)]"


def _ends_sentence(line: str) -> bool:
    r"""Whether a line (no newline in it) ends a sentence: a stop, then closing quotes or
    brackets, or a comma or dash, as [.!?:;]['’"”)\]]*$|[,\-–—]$ finds it, read from the
    line's end: the search tried every character of every line."""
    return line.rstrip(CLOSERS)[-1:] in (".", "!", "?", ":", ";") or line[-1:] in (",", "-", "\u2013", "\u2014")


def _headline_mask(text: str, furniture: list[Span]) -> SpanMask:
    """Headlines and subheads: short lines with no sentence end, lines in title case, and
    runs of capitals opening a paragraph ("IOWA POLLS NOT NECESSARILY WRONG -"); not a
    picture's caption, a line ending in a credit ("Belle Image: Nick Moreau.")."""
    credits = sorted(s for s, _ in furniture)
    spans = []
    for start, end in _short_lines(text, HEADLINE_CHARS):
        line = text[start:end]
        i = bisect.bisect_right(credits, start)
        if i < len(credits) and credits[i] < end:
            continue
        if (len(line.split()) <= 20 and not _ends_sentence(line)) or _title_case(line):
            spans.append((start, end))
    spans += [m.span() for m in CAPITALS_LEAD.finditer(text)]
    spans += [m.span() for m in CAPITALS_RUN.finditer(text)]
    return SpanMask(len(text), spans)


def _short_lines(text: str, longest: int) -> Iterator[Span]:
    r"""Each line of text without the spaces around it, where that is 1 to `longest`
    characters: what ^[^\S\n]*(\S[^\n]{0,longest-1}?)[^\S\n]*$ (re.M) finds, found from the
    lines split, not by a lazy regex that tries every length of every line."""
    start = 0
    while True:  # a line at a time: a list of a long text's lines would add to its peak memory
        newline = text.find("\n", start)
        end = newline if newline >= 0 else len(text)
        line = text[start:end]
        body = line.strip()  # strip's whitespace is the regex's \s: both are str.isspace
        if body and len(body) <= longest:
            first = start + len(line) - len(line.lstrip())
            yield first, first + len(body)
        if newline < 0:
            return
        start = newline + 1


TITLE_CASE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _title_case(line: str) -> bool:
    """Four words or more of four letters or more, each capitalised: read up to the first
    that is not, as most lines of prose tell within a word or two."""
    count = 0
    for m in TITLE_CASE_WORD.finditer(line):
        word = m.group()
        if len(word) >= 4:
            if not word[0].isupper():
                return False
            count += 1
    return count >= 4


# Three words or more in capitals: a subhead or a label ("END VIDEO CLIP"), never a name.
# (Its first capital is matched before the lookbehind that it opens a word: re then skips to
# the text's capitals, where a leading lookbehind was tried at every character.)
CAPITALS_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z'\u2019.&-]+(?:[^\S\n]+[A-Z][A-Z'\u2019.&-]+){2,}(?!\w)")
CAPITALS_LEAD = re.compile(r"^[^\S\n]*[A-Z][A-Z'\u2019.,&-]*(?:[^\S\n]+[A-Z][A-Z'\u2019.,&-]*){2,}"
                           r"(?=[^\S\n]*[-\u2013\u2014:])", re.M)


def _outside_headlines(parsed: Parsed, clusters: list[Cluster], headlines: SpanMask) -> list[Cluster]:
    """Headlines make no actors: their words are cut and capitalised for display ("Putin's
    'Failure'", "Donald Trump Leads"), so a name only they hold is no actor of the story. A
    headline's mention of an actor the story names stays, even when the story writes the name
    only inside another ("Toronto" in "Metro Toronto Convention Centre")."""
    text = parsed.text
    return [c for c in clusters if not all(headlines.hits(m.start, m.end) for m in c.mentions)
            or any(not headlines.hits(*hit) for f in c.forms for hit in whole_words(text, f))]


# ---------------------------------------------------------------- named mentions

def _named_mentions(parsed: Parsed) -> list[Mention]:
    text, columns = parsed.text, parsed.token_columns
    # Dates, amounts and counts, half the tagger's names, name no actor unless the words
    # before make them a place (_relabel): the others are let go before their tokens are read.
    found = [p for e in parsed.entities()
             if e.label in KINDS or e.label in NAMED_THINGS or _place_of(text[max(0, e.start - 40):e.start])
             for p in _place_split_off(_before_stray_preposition(e, columns[e.sent.base]))] \
        + _makers(parsed) + _unlabelled_places(parsed) + _untagged_names(parsed) + _named_bodies(parsed) \
        + _caption_names(parsed)
    # Names in furniture are left out before the longest are kept: "Belle" of a caption, not
    # "Belle Image" that the tagger ran into its credit.
    ents = [_with_leading_words(c, _with_surname(c, _with_first_name(c, _without_leading_verb(e))))
            for e in _relabel(parsed, found) if e.label in KINDS and not parsed.in_furniture(e.start, e.end)
            for c in (columns[e.sent.base],)]
    ents = _join_split_names(text, _outermost(sorted(ents, key=lambda e: (e.start, -e.end))))
    ents = [p for e in ents for c in (columns[e.sent.base],)
            for t in _split_titles_out(c, e) for h in _split_host(c, t) for p in _split_listed(c, h)]
    out: list[Mention] = []
    self_named_laws: set[str] = set()
    tagged = SpanMask(len(text), ((e.start, e.end) for e in ents if e.label != "NORP"))
    # Words of a quoted title ("Night Ward: Notes From the Cardiac Floor") name no actor.
    titles = SpanMask(len(text), ((q.start, q.end) for q in parsed.quoted if looks_like_title(text[q.start:q.end])))
    # The latest start among out[:folded]: mentions come nearly in text order, so a name
    # introducing an acronym seldom starts before one of them, and out is filtered only
    # then (filtered at each such name, a long text's list was read once per acronym).
    latest, folded = -1, 0
    for start, end, label, ent, sent in ents:
        if parsed.in_furniture(start, end) or titles.hits(start, end):
            continue
        root = ent.root  # a Span finds its root anew at each call: found once for all its readers
        end = _with_particles(text, end)
        intro = INTRODUCED_ACRONYM.match(text, end)
        if intro and DASH_AFTER.match(text, intro.end()) and (label in ("GPE", "LOC") or text[start:end].isupper()):
            intro = None  # a dateline's wire service, "WASHINGTON (AP) —", is not the place's acronym
        if intro:
            start, label = _whole_name_of(text, start, end, intro.group(1), label)
            latest, folded = max(latest, max((m.start for m in out[folded:]), default=-1)), len(out)
            if latest >= start:
                out = [m for m in out if not start <= m.start < end]  # a part of it, tagged on its own
                latest, folded = max((m.start for m in out), default=-1), len(out)
        pieces = (p for a, b, la in _split_owner(text, start, end, label) for p in _split_address(text, a, b, la))
        for s, e, lab in pieces:
            parts = _split_parenthetical(text, s, e)
            named = None
            for s2, e2 in parts:
                m = _clean(parsed, s2, e2, lab, ent, root, sent)
                if m is not None:
                    m.same_as = named if len(parts) > 1 else None
                    named = named or m
                    out.append(m)
                elif intro and e2 == e:
                    self_named_laws.add(intro.group(1))  # "(NEPA)" after a law is no actor either
        if intro and out and out[-1].end == end:
            s = intro.start(1)
            acronym_label = "ORG" if label == "PERSON" else label  # people have no acronyms
            out.append(Mention(s, intro.end(1), intro.group(1), acronym_label, root, sent, same_as=out[-1]))
        # The letters in any order: the acronym may be the original language's.
        spelled = SPELLED_OUT.match(text, end)
        if spelled and out and out[-1].end == end and out[-1].text.isupper() \
                and sorted(initials(spelled.group(1))) == sorted(out[-1].text) and not tagged.hits(*spelled.span(1)):
            out.append(Mention(spelled.start(1), spelled.end(1), spelled.group(1), label, root, sent,
                               same_as=out[-1]))
    return [m for m in out if m.text not in self_named_laws and not _shouted_word(parsed, m)]


def _with_first_name(c: TokenColumns, e: Entity) -> Entity:
    """"athletes Vitas [Gerulaitis]", "singer-songwriter Carly [Simon]", "London Mayor Sadiq
    [Khan]": a capitalised word the tagger left out between a common noun or a title saying
    what a person is and a surname, modifying the surname, is the first name (not a title or
    a nationality: "Councillor", "German"). `c`: the columns of the name's batch."""
    ent = e.ent
    if e.label != "PERSON" or len(ent) != 1 or ent.start <= e.sent.sent.start + 1:
        return e
    t, noun = ent.start - 1, ent.start - 2
    # the tagger may read a plural occupation as a verb ("athletes" as VBZ)
    if not (c.text(noun).islower() and (c.tag[noun] in (Tag.NN, Tag.NNS) or c.doc[noun].lemma_ in OCCUPATIONS
                                        or c.lower[noun][:-1] in OCCUPATIONS)
            or c.lower[noun].rstrip(".") in TITLE_WORDS) \
            or c.tag[t] != Tag.NNP or c.ent_type[t] or not c.text(t).istitle() or c.dep[t] != Dep.compound \
            or not ent.start <= c.head[t] < ent.end or c.lower[t].rstrip(".") in PERSON_LEAD_WORDS | DEMONYMS:
        return e
    return e._replace(start=c.start(t), ent=ent.doc[t:ent.end])


SURNAME_STOPS = ORG_NAME_WORDS | FACILITY_NOUNS | TITLE_WORDS | words("building_nouns") | words("public_bodies") \
    | words("unnamed_bodies")


def _with_surname(c: TokenColumns, e: Entity) -> Entity:
    """"illustrator Johnnie [Christmas]": a capitalised word the tagger left out after a
    person's name, which the name modifies, is the surname (the tagger knows "Christmas" as a
    holiday), unless it says what the name is part of ("Trump Tower", "Obama Foundation").
    `c`: the columns of the name's batch; the words' tests are made before the sentence's."""
    ent = e.ent
    t = ent.end
    if e.label != "PERSON" or t >= len(c) or c.head[ent.root.i] != t:
        return e
    after = c.text(t + 1) if t + 1 < len(c) else None
    # The sentence's words read from the text, not from its tokens (which Span.text joins).
    if c.tag[t] != Tag.NNP or c.ent_type[t] or not (word := c.text(t)).istitle() or not word.isalpha() \
            or not c.text(t - 1).isalpha() or c.idx[t] != c.idx[t - 1] + c.length[t - 1] + 1 \
            or (after is not None and (after[:1].isupper() or after == ":")) \
            or c.lower[t] in SURNAME_STOPS or _title_case(c.source[e.sent.start:e.sent.end]) \
            or any(whole_words(_batch_text(c.source, e), c.lower[t])):
        return e  # "Elizabeth Warren Hammers Wells Fargo": a headline's words; "Clinton campaign"
    return e._replace(end=c.end(t), ent=ent.doc[ent.start:t + 1])


def _batch_text(text: str, e: Entity) -> str:
    """The text of the parsed batch e was found in, cut from the text: Doc.text joins every
    token of the batch."""
    last = e.ent.doc[-1]
    return text[e.sent.base:e.sent.base + last.idx + len(last.text_with_ws)]


def _with_leading_words(c: TokenColumns, e: Entity) -> Entity:
    """"Doctor Who [Society of Canada]": capitalised words the tagger left out before a
    body's name, which modify it, are the start of the name (not a title just before it:
    "Minister"). `c`: the columns of the name's batch."""
    if e.label != "ORG":
        return e
    ent = e.ent
    start = ent.start
    while start > e.sent.sent.start + 1:
        t = start - 1
        if c.tag[t] != Tag.NNP or c.ent_type[t] or not (word := c.text(t)).istitle() or not word.isalpha() \
                or not start <= c.head[t] < ent.end or (start == ent.start and c.lower[t].rstrip(".") in TITLE_WORDS):
            break
        start -= 1
    if start == ent.start:
        return e
    return e._replace(start=c.start(start), ent=ent.doc[start:ent.end])


def _without_leading_verb(e: Entity) -> Entity:
    """"[Follow Pam Key] on Twitter": a verb opening a sentence, which the tagger ran into the
    person's name after it, is no part of the name."""
    ent = e.ent
    if e.label != "PERSON" or len(ent) < 3 or not ent[0].is_sent_start or ent[0].pos_ != "VERB" \
            or ent[0].tag_ != "VB" or ent[1].pos_ != "PROPN":
        return e
    return e._replace(start=e.sent.tok_start(ent[1]), ent=ent.doc[ent.start + 1:ent.end])


def _before_stray_preposition(e: Entity, c: TokenColumns) -> Entity:
    """"spoke out against [Scientology on French] television": a preposition the tagger took
    into a name, though it belongs to the verb, ends the name. `c`: the columns of the name's
    batch, whose dependencies tell a name with no preposition after its first word, let be
    without building its tokens, as most are."""
    ent = e.ent
    if len(ent) < 2 or Dep.prep not in c.dep[ent.start + 1:ent.end]:
        return e
    prep = next((t for t in ent[1:] if t.dep_ == "prep" and not ent.start <= t.head.i < ent.end), None)
    if prep is None:
        return e
    return e._replace(end=e.sent.tok_end(ent.doc[prep.i - 1]), ent=ent.doc[ent.start:prep.i])


def _place_split_off(e: Entity) -> list[Entity]:
    """"the cruise ship [Freewinds in Bonaire]" tagged as a work's title: the name after a
    preposition of place, ending the span, is a place of its own (an event's is its own
    name: "War on Terror")."""
    if e.label not in NAMED_THINGS or e.label == "EVENT":
        return [e]  # asked before the tokens are: most names are of people, places and bodies
    ent = e.ent
    prep = next((t for t in ent[1:-1] if t.lower_ in LOCATIVE and t.dep_ == "prep"), None)
    if prep is None or not all(t.tag_ == "NNP" for t in ent[prep.i - ent.start + 1:]):
        return [e]
    doc, s = ent.doc, e.sent
    return [e._replace(end=s.tok_end(doc[prep.i - 1]), ent=doc[ent.start:prep.i]),
            Entity(s.tok_start(doc[prep.i + 1]), e.end, "GPE", doc[prep.i + 1:ent.end], s)]


def _makers(parsed: Parsed) -> list[Entity]:
    """"the recently released Google Chrome ... Chrome continues to surge": a product's name
    whose last word the story also uses alone opens with its maker's name, a company's."""
    out = []
    count = parsed.word_count
    for e in parsed.entities():
        ent = e.ent
        if e.label != "PRODUCT" or len(ent) < 2:
            continue
        maker, product = ent[:-1], ent[-1]
        if all(t.tag_ == "NNP" and t.is_alpha and t.text.istitle() and t.head.i == product.i for t in maker) \
                and product.is_alpha and product.text.istitle() and count(product.text) > count(maker[0].text):
            out.append(Entity(e.start, e.sent.tok_end(maker[-1]), "ORG", maker, e.sent))
    return out


NAME_WORDS_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:(?:[A-Z0-9][\w'\u2019-]*|" + "|".join(sorted(CONNECTORS))
                               + r")[^\S\n]+){1,6})$")


def _whole_name_of(text: str, start: int, end: int, acronym: str, label: str) -> tuple[int, str]:
    """The tagger may cut off the start of a name its acronym spells out: "Movimento 5
    [Stelle] (M5S)", "Union of Rationalist Atheists and [Agnostics] (UAAR)" are whole names,
    of bodies (people have no acronyms). The letters in any order, as in SPELLED_OUT."""
    letters = sorted(re.sub(r"[^A-Z]", "", acronym))
    if sorted(initials(text[start:end])) == letters:
        return start, label
    before = NAME_WORDS_BEFORE.search(text, max(0, start - 80), start)
    if before:
        for w in reversed(list(re.finditer(r"\S+", before.group(1)))):
            s = before.start(1) + w.start()
            if w.group().lower() not in CONNECTORS and sorted(initials(text[s:end])) == letters:
                return s, "ORG"
    return start, label


def _shouted_word(parsed: Parsed, m: Mention) -> bool:
    """A word written once in capitals that the text also uses in lower case ("DEAD",
    "ASK" in a newsletter's labels) is emphasis, not an acronym."""
    return m.same_as is None and m.text.isupper() and m.text.isalpha() and len(m.text) >= 3 \
        and parsed.word_count(m.text.lower()) > 0 and parsed.word_count(m.text) == 1


def _last_lower_word(before: str) -> str:
    r"""The run of letters a-z just before the spaces that end the text before a name, as
    ([a-z]+)\s+$ finds it (else ""), read back from the end: the search tried every character.
    (Both \s and str.rstrip take str.isspace's spaces.)"""
    body = before.rstrip()
    if len(body) == len(before):
        return ""
    i = len(body)
    while i and "a" <= body[i - 1] <= "z":
        i -= 1
    return body[i:]


ACRONYM = re.compile(r"[A-Z]{2,6}")
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
THE_OPENS = re.compile(r"the\s", re.I)


def _the_before(before: str) -> bool:
    """"the " ends the text before a name; THE_BEFORE's search, which tries every character,
    made only where the text could end so."""
    return before.rstrip()[-3:].lower() == "the" and THE_BEFORE.search(before) is not None


def _relabel(parsed: Parsed, ents: list[Entity]) -> list[Entity]:
    """The small tagger often calls an unfamiliar town or company a person. The words around
    the name say better: "the village of Kelby", "campaign group Clean Tamsey", "to Rotterdam
    and Antwerp", "near Thirsk", "the Tamsey" (people take no article), "LSEG"."""
    text = parsed.text
    places: set[tuple[int, int]] = set()  # (doc, root token) of names taken as places
    # A work's title once said to be one ("the film Oppenheimer") is its title elsewhere too
    # ("Oppenheimer was directed by"), unless the tagger reads a person there.
    columns = parsed.token_columns
    works = {text[e.start:e.end].strip() for e in ents
             if e.label in KINDS and _titles_a_work(columns[e.sent.base], e.ent)}
    body_ends = {columns[e.sent.base].text(e.ent.end - 1) for e in ents if e.label == "ORG" and len(e.ent) > 1}
    out: list[Entity] = []
    for e in ents:
        label, ent = e.label, e.ent
        if label in KINDS or label in NAMED_THINGS:
            r = ent.root.i
            label = _label_in_context(text, e, columns[e.sent.base], r, works, body_ends, places)
        elif _place_of(text[max(0, e.start - 40):e.start]):
            # Dates, amounts and counts, half the tagger's names: of the rules only the words
            # before apply to them ("the village of 1812"), asked without their root.
            label, r = "GPE", ent.root.i
        if label == "GPE":
            places.add((id(ent.doc), r))
        out.append(e if label == e.label else e._replace(label=label))
    return out


def _label_in_context(text: str, e: Entity, c: TokenColumns, r: int, works: set[str], body_ends: set[str],
                      places: set[tuple[int, int]]) -> str:
    """_relabel's label for a name, a person's, place's, body's or thing's (KINDS,
    NAMED_THINGS), by the rules in turn. `c`: the columns of its batch, `r` the index of its
    root; `works`, `body_ends`, `places`: as _relabel knows them so far."""
    start, end, label, ent, _ = e
    before = text[max(0, start - 40):start]
    name = text[start:end].strip()
    if label in KINDS and label != "ORG" and name.lower() in MEDIA_COMPANIES:
        label = "ORG"  # "said on Twitter", "told Politico": the company, not a person
    elif label in KINDS and _names_storm_or_craft(c, name, ent):
        label = "OTHER"
    elif label in KINDS and name in works and (label != "PERSON" or _titles_a_work(c, ent)):
        label = "WORK_OF_ART"
    elif label in NAMED_THINGS and name.split()[-1].lower() in BUILDING_NOUNS:
        label = "FAC"  # "the American Revolution Constitution Hall" tagged as an event
    elif label in ("ORG", "PERSON") and _role_of(c, r, (Dep.dobj, Dep.nsubjpass), TERRITORY_VERBS):
        label = "GPE"  # "Russia annexed Crimea"
    elif label == "GPE" and _role_of(c, r, (Dep.nsubj, Dep.dobj), CONTEST_VERBS) \
            and name not in COUNTRIES and name not in US_STATES and name not in COUNTRY_ALIASES:
        label = "ORG"  # "Toronto beat Boston 4-2": the city's team
    elif label == "ORG" and name.split()[-1].lower() in VENUE_WORDS and _where_something_is(c, r):
        label = "FAC"  # "took place at the Metro Toronto Convention Centre"
    elif label in NAMED_THINGS and _listed_with_bodies(c, r):
        label = "ORG"  # "groups included The Ontario Ghostbusters, Doctor Who Society of Canada, and ..."
    elif _place_of(before):
        label = "GPE"
    elif label in ("PERSON", "GPE", "LOC") and (prev := _last_lower_word(before)) in ORG_TYPE_NOUNS \
            and not (label == "PERSON" and prev in OCCUPATIONS):
        label = "ORG"  # but "publisher Carla Moretti" is a person's job
    elif label == "PERSON" and name.split()[-1].lower() in BUILDING_NOUNS and _label_of_mates(c, r) == "ORG":
        label = "FAC"  # "the Tang Teaching Museum and Art Gallery", but not "Jerry Hall"
    elif label == "PERSON" and _listed_with_place(c, r, places):
        label = "GPE"
    elif label in ("PERSON", "ORG") and _apposed_place(c, r):
        label = "GPE"
    elif label == "PERSON" and _apposed_body(c, r, ent.end):
        label = "ORG"  # "Robey Warshaw, a firm founded in 2014"
    elif label == "GPE" and name not in COUNTRIES and name not in US_STATES and not _after_locative(c, r):
        label = _label_of_mates(c, r) or label
    elif label == "PRODUCT" and c.dep[r] == Dep.pobj and c.lower[c.head[r]] in ("near", "outside"):
        label = "GPE"
    elif label == "PERSON" and c.dep[r] == Dep.compound and c.head[r] >= ent.end \
            and c.lower[c.head[r]] in FACILITY_NOUNS:
        label = "FAC"  # "the Kelham Harbour bridge"
    elif label == "PERSON" and ACRONYM.fullmatch(name) and start and text[start - 1] != "\n":
        label = "ORG"  # an acronym; a dateline's "PARIS" opens its line
    elif label == "PERSON" and (_the_before(before) or THE_OPENS.match(name)) \
            and c.dep[r] != Dep.compound and not _role_of(c, r, (Dep.dobj,), ROLE_VERBS):
        # but "the Trump administration" is the person's; a plural, or the last word of a
        # body's name ("the Seahawks" after "the Seattle Seahawks"), names the body
        label = "ORG" if c.tag[r] in (Tag.NNS, Tag.NNPS) or name.split()[-1] in body_ends else "FAC"
    return label


def _role_of(c: TokenColumns, i: int, deps: tuple[int, ...], verbs: Collection[str]) -> bool:
    """Whether token i is in one of the relations `deps` (hashes) to a verb whose lemma is
    among `verbs`: the head is built as a Token, for its lemma, only for those few."""
    return c.dep[i] in deps and c.doc[c.head[i]].lemma_ in verbs


MEDIA_COMPANIES = words("online_services") | words("news_outlets")
ROLE_VERBS = words("role_verbs")  # "played the Joker": a character, a person
NAMING_NOUNS = words("naming_nouns")  # "his nickname, Slick Willie": what a person is called
# Labels of things with names (events, works, products) that the tagger also gives a building.
NAMED_THINGS = {"EVENT", "WORK_OF_ART", "PRODUCT"}
WORK_NOUNS = words("work_nouns")
VENUE_WORDS = words("venue_words")
TERRITORY_VERBS = words("territory_verbs")
CONTEST_VERBS = words("contest_verbs")


def _titles_a_work(c: TokenColumns, ent: SpacySpan) -> bool:
    """"her graphic novel Angel Catbird", "the film Easy Rider": the noun before the name says
    it is a work's title, which names no actor. `c`: the columns of the name's batch."""
    noun = ent.start - 1
    if noun < 0 or c.lower[noun] not in WORK_NOUNS or c.tag[noun] != Tag.NN:
        return False  # before the name's root is looked for: asked of every name, few follow such a noun
    root = ent.root.i
    # the parser may give noun and name the same role: "The film Oppenheimer won" (two subjects)
    return c.head[root] == noun or c.head[noun] == root or (c.head[noun] == c.head[root] and c.dep[noun] == c.dep[root])


def _listed_with_bodies(c: TokenColumns, root: int) -> bool:
    """Whether the names set beside this one (in apposition or a list, as the parser reads a
    list it cuts short) are all bodies, and at least one is."""
    mates = [k for k in c.children(root) if c.dep[k] in (Dep.appos, Dep.conj) and c.tag[k] == Tag.NNP]
    return bool(mates) and all(c.ent_type[k] == Ent.ORG for k in mates)


def _names_storm_or_craft(c: TokenColumns, name: str, ent: SpacySpan) -> bool:
    """"Typhoon Haiyan", "the cruise ship Freewinds" (but not "the plane Trump used")."""
    if " " in name and name.split()[0].lower() in STORM_WORDS:
        return True
    noun = ent.start - 1
    return noun >= 0 and c.lower[noun] in CRAFT_WORDS and (c.head[ent.root.i] == noun or c.head[noun] == ent.root.i)


def _list_head(c: TokenColumns, i: int) -> int:
    """The first item of the list ("A, B and C") token i is in; i itself when it is in none."""
    while c.dep[i] == Dep.conj and c.head[i] < i:
        i = c.head[i]
    return i


def _conjuncts(c: TokenColumns, i: int) -> list[int]:
    """The items coordinated with token i, without it, in the order of Token.conjuncts: from
    the first (up the "conj" heads), each item's right "conj" children in turn."""
    start = i
    while c.head[start] != start and c.dep[start] == Dep.conj:
        start = c.head[start]
    items = [start]
    for item in items:  # grown as it is read: a queue
        items += [k for k in c.children(item) if k > item and c.dep[k] == Dep.conj]
    return [k for k in items if k != i]


def _in_a_list(c: TokenColumns, i: int, kids: Sequence[int]) -> bool:
    """Whether token i (`kids`: its children) may have items coordinated with it: it is one
    ("conj") or has one among its children. _conjuncts finds none for any other token."""
    return c.dep[i] == Dep.conj or any(c.dep[k] == Dep.conj for k in kids)


def _list_mates(c: TokenColumns, i: int) -> list[int]:
    """The other items of the list token i is in."""
    first = _list_head(c, i)
    return [k for k in (first, *_conjuncts(c, first)) if k != i]


def _after_locative(c: TokenColumns, i: int) -> bool:
    """Whether token i, or the list it is in, is the object of "in", "to", "near"..."""
    first = _list_head(c, i)
    return c.dep[first] == Dep.pobj and c.lower[c.head[first]] in LOCATIVE


def _where_something_is(c: TokenColumns, i: int) -> bool:
    """"in", "near", ... the name, or "at" it after a verb ("took place at", "met at"; but
    "an analyst at" names the employer)."""
    return _after_locative(c, i) or (c.dep[i] == Dep.pobj and c.lower[c.head[i]] == "at"
                                     and c.doc[c.head[c.head[i]]].pos_ == "VERB")


def _label_of_mates(c: TokenColumns, root: int) -> str | None:
    """A name the tagger called a place, listed with bodies or people only, is one of them:
    "Ubisoft, Microsoft and Sony had stands", "athletes Vitas Gerulaitis and Jack Nicklaus"."""
    labels = {c.ent_type[k] for k in _list_mates(c, root) if c.ent_type[k]}
    return BODY_OR_PERSON.get(labels.pop()) if len(labels) == 1 else None


BODY_OR_PERSON = {Ent.ORG: "ORG", Ent.PERSON: "PERSON"}
HOME_NOUNS = words("home_nouns")
HOME_PLACE_NOUNS = PLACE_NOUNS | HOME_NOUNS


def _apposed_place(c: TokenColumns, root: int) -> bool:
    """"in Livorno, Tuscany": a place and the region it lies in, however the tagger took
    either name; "from Herat, their home", "Kelby, a village in Yorkshire": the apposition
    says what kind of thing the name names. One walk of the name's right children for both."""
    if c.dep[root] == Dep.appos and _region_of(c, c.head[root], root):
        return True
    return any(c.dep[k] == Dep.appos
               and (_region_of(c, root, k) or (c.tag[k] == Tag.NN and c.lower[k] in HOME_PLACE_NOUNS))
               for k in c.children(root) if k > root)


def _apposed_body(c: TokenColumns, root: int, end: int) -> bool:
    """"Halvard Lund, a firm founded in 2014": a noun for a body set after the name (ending
    at token `end`) says what it names; not one set after more ("Ann Roe of the Ohio Group, a
    consulting company"; "Ann Roe, a lobbyist for Airlines for America, the trade group")."""
    k = next((k for k in c.children(root) if k > root and c.dep[k] == Dep.appos), None)
    return k is not None and c.tag[k] == Tag.NN and _body_noun(c.lower[k]) \
        and c.text(end) == "," and c.doc[k].left_edge.i == end + 1


def _body_noun(word: str) -> bool:
    """A noun that names a body ("firm", "group"), not an agent noun that may name a
    person's trade ("developer", "publisher")."""
    return word in ORG_TYPE_NOUNS and word not in OCCUPATIONS and not word.endswith(("er", "or"))


def _region_of(c: TokenColumns, town: int, region: int) -> bool:
    return region == town + 2 and c.text(town + 1) == "," and c.tag[region] == Tag.NNP \
        and (c.ent_type[town] == Ent.GPE or _after_locative(c, town))


def _listed_with_place(c: TokenColumns, root: int, places: set[tuple[int, int]]) -> bool:
    """A name in a list after a locative preposition with a place in it: "branches in Ystrad,
    Pantglas and Llanfair Uchaf", "divert vessels to Rotterdam and Antwerp". Not one with "a"
    or "an", which no place takes ("in Saratoga Springs, New York and an Edward Steichen exhibit")."""
    if not _after_locative(c, root) or _indefinite_item(c, root):
        return False
    return any(c.ent_type[k] == Ent.GPE or (id(c.doc), k) in places for k in _list_mates(c, root))


def _indefinite_item(c: TokenColumns, i: int) -> bool:
    """Whether token i, or an item before it in its list, opens with "a" or "an" ("an Edward
    Steichen and Andy Warhol exhibit")."""
    while True:
        if any(c.dep[k] == Dep.det and c.lower[k] in ("a", "an") for k in c.children(i)):
            return True
        if c.dep[i] != Dep.conj or c.head[i] >= i:
            return False
        i = c.head[i]


BUILDING_NOUNS = words("building_nouns")
CAMPUS_WORDS = words("campus_words")
# Where a name the tagger missed stands as a participant, not as a modifier or a heading.
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "poss"}


def _untagged_names(parsed: Parsed) -> list[Entity]:
    """Proper-noun phrases the tagger left untagged, when their words say what they name:
    "Mecca's Grand Mosque" (a building), "the Sea Org", "The Velvet Underground" (a body
    named with an article, as people are not), or a list they are in: "Zeus, Hera, Poseidon"."""
    out = []
    columns = parsed.token_columns
    untagged = {base: _untagged_proper_nouns(c) for base, c in columns.items()}
    for s in parsed.sentences:
        c, doc = columns[s.base], s.sent.doc
        found = s.indices_among(untagged[s.base])  # the sentence's untagged proper nouns alone
        i = 0
        while i < len(found):
            j = i
            # a run of adjacent untagged proper nouns, read from the columns
            while j < len(found) and (j == i or found[j] == found[j - 1] + 1) and c.text(found[j]).isalpha():
                j += 1
            if j > i:
                toks = [doc[k] for k in found[i:j]]
                team = _team_of_place(toks)
                if team is not None:
                    out.append(Entity(s.tok_start(team[0]), s.tok_end(team[-1]), "ORG", team, s))
                elif label := _label_of_list(c, toks) or _titled_person(toks) or _named_speaker(toks, s) or (
                        _untagged_label(c, toks, s) if len(toks) >= 2 or _the_of_a_name(toks[0], s) else None):
                    span = doc[toks[0].i:toks[-1].i + 1]
                    out.append(Entity(s.tok_start(toks[0]), s.tok_end(toks[-1]), label, span, s))
            i = max(j, i + 1)
    return out


def _untagged_proper_nouns(c: TokenColumns) -> Sequence[int]:
    """The proper nouns (NNP, NNPS) of a batch (`c`: its columns) in no name the tagger found,
    picked from its arrays at once: most proper nouns are in one."""
    import numpy

    tag, ent_type = c.doc.to_array(["TAG", "ENT_TYPE"]).T
    keep = among(tag, [Tag.NNP, Tag.NNPS]) & (ent_type == 0)
    return int_array(numpy.flatnonzero(keep))


def _caption_names(parsed: Parsed) -> list[Entity]:
    """"Belle Image: Nick Moreau.", "Peekaboo Cosplay as The Fawn Photo: AP": a picture's
    caption with no verb is a label of who it shows, each run of capitalised words a name the
    tagger, reading no sentence, left untagged (a person's, unless its words say otherwise;
    not one modifying a noun: "Playstation VR demo")."""
    text = parsed.text
    out = []
    for credit, _ in parsed.furniture:
        start = text.rfind("\n", 0, credit) + 1
        if not text[start:credit].strip():
            continue  # a credit on its own line, or a furniture paragraph
        toks = [(s, t) for s in parsed.sentences_between(start, credit) for t in s.tokens_starting(start, credit)
                if not t.is_space]
        if not toks or any(t.pos_ in ("VERB", "AUX") for _, t in toks):
            continue
        i = 0
        while i < len(toks):
            j = i
            while j < len(toks) and _caption_word(*toks[j], credit) and (j == i or toks[j][0] is toks[i][0]):
                j += 1
            first = i + 1 if j > i and toks[i][1].lower_ in ("the", "a", "an") else i
            after = toks[j][1] if j < len(toks) else None
            if j > first and not (after is not None and after.is_lower and after.pos_ == "NOUN"):
                s, doc = toks[first][0], toks[first][1].doc
                out.append(Entity(s.tok_start(toks[first][1]), s.tok_end(toks[j - 1][1]), "PERSON",
                                  doc[toks[first][1].i:toks[j - 1][1].i + 1], s))
            i = max(j, i + 1)
    return out


def _caption_word(s: Sentence, tok: Token, credit: int) -> bool:
    """A capitalised word the tagger left untagged, or took into a name with the credit's
    first word ("Belle Image: Nick Moreau.")."""
    if not (tok.text[:1].isupper() and tok.is_alpha):
        return False
    ent = entity_of(tok)
    return ent is None or s.base + ent.end_char > credit


def _titled_person(toks: list[Token]) -> str | None:
    """"Mayor Ana Ruiz", "said Chief Inspector Sam Obi", "councillor Jo Bloggs": capitalised
    words after a title or occupation name the person holding it (the title becomes the role),
    unless the last one says the words name a body or a building ("Prime Minister's Office")."""
    before = toks[0].doc[toks[0].i - 1] if toks[0].i > 0 else None
    if before is not None and not before.whitespace_:
        return None  # the end of a longer word: "the Commander-in-Chief Forum" (asked before the words are read)
    lead = 0
    while lead < len(toks) and toks[lead].lower_.rstrip(".") in TITLE_OR_PORTFOLIO_WORDS:
        lead += 1
    name = toks[lead:]
    titled = any(t.lower_.rstrip(".") in TITLE_WORDS for t in toks[:lead]) or (
        before is not None and before.is_lower and before.lower_ in TITLE_WORDS)
    # Not a word of the language either: "Doctor Who" is a programme.
    after = name[-1].doc[name[-1].i + 1] if name and name[-1].i + 1 < len(name[-1].doc) else None
    if after is not None and after.ent_type_ == "PERSON" and name[-1].head == after:
        return None  # "Mayor [Sadiq] Khan": the first name of the person tagged next, joined there
    if not titled or not name or not all(t.text.istitle() and t.lower_ not in TITLE_WORDS and not t.is_stop
                                         for t in name) \
            or name[-1].lower_ in ORG_NAME_WORDS | FACILITY_NOUNS | BUILDING_NOUNS:
        return None
    return "PERSON"


def _named_speaker(toks: list[Token], s: Sentence) -> str | None:
    """"Ruiz told reporters": a proper name the tagger missed, subject of a verb of speech or
    set beside a common noun that is, is somebody speaking; not "the Ruiz family", a people
    ("Germans said"), a common word capitalised, or a body's name by its last word ("Harbour
    Water said"). A sentence's first words are left alone: any word is capitalised there, and
    a body's name goes unexplained.
    `s` is the sentence of toks (Token.sent reads every token of the batch: _sentence_start)."""
    head = toks[-1]
    before = head.doc[toks[0].i - 1] if toks[0].i > s.sent.start else None
    # or set beside the noun that is: "said the campaign's deputy manager, Ana Ruiz"
    subject = head.head if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < head.i \
        and before is not None and before.text == "," else head
    if before is None or before.is_space or before.dep_ == "det" \
            or subject.dep_ != "nsubj" or subject.head.lemma_ not in CUE_VERBS or head.tag_ != "NNP" \
            or not all(t.text.istitle() and not t.is_stop for t in toks) \
            or head.lower_ in ORG_NAME_WORDS | COMPANY_NOUNS | GOVERNING_BODIES | TITLE_WORDS | DEMONYMS:
        return None
    return "PERSON"


GOVERNING_BODIES = words("governing_bodies")


# Heads that a place's name before them does not make a body's name.
NOT_PLACE_OWNED = BUILDING_NOUNS | FACILITY_NOUNS | LANDFORM_WORDS | NOT_ACTOR_HEADS | WORK_NOUNS \
    | words("geo_prefixes")


def _named_bodies(parsed: Parsed) -> list[Entity]:
    """Bodies named around a common noun saying what they are: "The Harbour Town council",
    "the company Hitwise UK" (one pass over the tokens for both)."""
    out = []
    nouns = parsed.having("TAG", "NN")
    columns = parsed.token_columns
    for s in parsed.sentences:
        lower = columns[s.base].lower
        for i in s.indices_among(nouns[s.base]):
            low = lower[i]
            if low in GOVERNING_BODIES or low in ORG_TYPE_NOUNS:
                noun = s.sent.doc[i]  # built for the few nouns of bodies alone
                if not noun.is_lower:
                    continue
                found = _body_before(noun, s) if low in GOVERNING_BODIES else None
                if found is not None:
                    out.append(found)
                elif low in ORG_TYPE_NOUNS:
                    out += _body_after(noun, s)
    return out


def _body_before(noun: Token, s: Sentence) -> Entity | None:
    """"The Harbour Town council": capitalised words between "the" and a body's noun name the
    body, noun and all, even when the tagger took a piece of them for a people or a place
    (not a person's or an organisation's name: "the Biden administration", "the UN council")."""
    first = noun.i
    doc = noun.doc
    while first > s.sent.start and doc[first - 1].tag_ in ("NNP", "NNPS") and doc[first - 1].is_title \
            and doc[first - 1].ent_type_ in ("", "NORP", "GPE", "LOC") and doc[first - 1].dep_ == "compound":
        first -= 1
    name = doc[first:noun.i]
    if not name or first == s.sent.start or doc[first - 1].lower_ != "the" or _a_state(name):
        return None
    return Entity(s.tok_start(name[0]), s.tok_end(noun), "ORG", doc[first:noun.i + 1], s)


def _body_after(noun: Token, s: Sentence) -> list[Entity]:
    """"the company Hitwise UK", "the union Unite", "team Cloud9 and Immortals": proper nouns
    after a noun saying what kind of body follows name that body, all of them, though the
    tagger left the first untagged (or took it for a common noun, "Cloud9") and the last for a
    country; a second name joined by "and" is a second body."""
    doc = noun.doc
    first = noun.i + 1
    end = _body_name_end(doc, first, s.sent.end)
    if end == first or doc[first].ent_type_ or not doc[first].text.istitle():
        return []
    out = [Entity(s.tok_start(doc[first]), s.tok_end(doc[end - 1]), "ORG", doc[first:end], s)]
    if end + 1 < s.sent.end and doc[end].lower_ == "and" and doc[end + 1].dep_ == "conj" \
            and first <= doc[end + 1].head.i < end and not doc[end + 1].ent_type_:
        other = _body_name_end(doc, end + 1, s.sent.end)
        if other > end + 1:
            out.append(Entity(s.tok_start(doc[end + 1]), s.tok_end(doc[other - 1]), "ORG", doc[end + 1:other], s))
    return out


def _body_name_end(doc: Doc, first: int, limit: int) -> int:
    end = first
    while end < limit and doc[end].text[0].isupper() and doc[end].lower_ not in TITLE_WORDS \
            and doc[end].ent_type_ in ("", "ORG", "GPE", "LOC", "NORP") \
            and (doc[end].tag_ in ("NNP", "NNPS") and doc[end].is_alpha
                 or end == first and doc[end].text.isalnum() and not doc[end].is_digit):
        end += 1
    return end


def _a_state(name: SpacySpan) -> bool:
    """"the US senate", "the Texas senate": a country's or a state's body, the state named."""
    text = name.text.lower()
    return text in COUNTRIES or text in US_STATES or text in _ALIAS or name.text in COUNTRY_ALIASES


def _team_of_place(toks: list[Token]) -> SpacySpan | None:
    """"the Milwaukee Harbormen", "Duran Duran", "Texas Instruments": a place's name before an
    untagged name it modifies is part of a team's, a band's or a company's name, the place
    and all (not of a title, "London Mayor", nor of a building or a landform's, which stay
    places)."""
    head = toks[-1]
    if len(toks) != 1 or head.i == 0 or head.lower_.rstrip("s.") in TITLE_WORDS \
            or head.lower_ in NOT_PLACE_OWNED:  # "U.S. Reps."
        return None
    place = head.doc[head.i - 1]
    if place.ent_type_ != "GPE" or place.head.i != head.i or place.dep_ != "compound":
        return None
    start = place.i
    while start > 0 and head.doc[start - 1].ent_type_ == "GPE" and head.doc[start].ent_iob_ == "I":
        start -= 1
    return head.doc[start:head.i + 1]


def _label_of_list(c: TokenColumns, toks: list[Token]) -> str | None:
    """The label the tagger gave most (and at least two) other names of the list these words
    are in (`c`: their batch's columns)."""
    head = toks[-1]
    mates = _list_mates(c, head.i)
    if not mates:
        return None  # most names are in no list: asked first, from the columns, as no word need be read
    if not all(t.text.istitle() for t in toks):
        return None
    labels = Counter(t.ent_type_ for t in (head.doc[k] for k in mates) if t.ent_type_)
    if not labels:
        return None
    label, n = labels.most_common(1)[0]
    return label if label in KINDS and n >= 2 and n * 2 > sum(labels.values()) else None


def _the_of_a_name(tok: Token, s: Sentence) -> bool:
    """"on The Solent", "by The Katherinator": a capitalised "The" inside a sentence is part
    of the name after it (but "The Hague's investigations" may be the court's: an owner is
    left to the tagger). `s` is the sentence of tok."""
    return tok.i > s.sent.start + 1 and tok.doc[tok.i - 1].text == "The" and tok.dep_ != "poss"


def _untagged_label(c: TokenColumns, toks: list[Token], s: Sentence) -> str | None:
    head = toks[-1]
    if toks[0].lower_.rstrip(".") in HONORIFICS and all(t.text.istitle() for t in toks[1:]):
        return "PERSON"  # "Lady Cassandra", wherever it stands
    if head.dep_ not in ARGUMENT_DEPS or any(t.lower_ in TITLES for t in toks):
        return None
    last = head.lower_
    if last in WORK_NOUNS:
        return None  # "Batman: The Animated Series", a work's title
    if last in ORG_NAME_WORDS:
        return "ORG"
    if last in BUILDING_NOUNS or last in FACILITY_NOUNS:
        return "FAC"
    if head.dep_ == "poss" and len(toks) >= 2:
        return "ORG"  # "PC World's recent analysis": the tagger knows people's names better
    before = toks[0].doc[toks[0].i - 1] if toks[0].i > 0 else None
    if before is not None and before.lower_ == "the" and before.dep_ == "det":
        return "LOC" if _the_of_a_name(toks[0], s) and _after_locative(c, head.i) else "ORG"
    if before is not None and before.tag_ == "POS" and before.i > 0 and before.nbor(-1).ent_type_ == "GPE" \
            and len(toks) >= 2:
        return "ORG"  # "Italy's la Repubblica": a country's newspaper, party or company (people are tagged)
    return None


# Capitalised words after the word "of" (group 1). The pattern opens with the literal "of ",
# which re finds by a fast search, and asks for the word boundary after it: opening with a
# lookbehind, tried at every character of the text, cost fifteen times as much.
NAME_AFTER_OF = re.compile(r"of (?<!\wof )([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)*)")


def _unlabelled_places(parsed: Parsed) -> list[Entity]:
    """Names the tagger left untagged after "the island of", "the village of"."""
    text = parsed.text
    out = []
    for m in NAME_AFTER_OF.finditer(text):
        start, end = m.span(1)
        if not _place_of(text[max(0, start - 40):start]):
            continue
        sent = parsed.sentence_at(start)
        if sent is None:
            continue
        toks = sent.tokens_starting(start, end)
        if any(t.ent_type_ for t in toks):
            continue
        if toks and sent.tok_end(toks[-1]) == end:
            out.append(Entity(start, end, "GPE", sent.sent.doc[toks[0].i:toks[-1].i + 1], sent))
    return out


# "the British Ports Association (BPA)": the acronym a name introduces, just after it.
INTRODUCED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z0-9.&]{1,9})\)")
DASH_AFTER = re.compile(r"\s*[-\u2013\u2014]")
# "CEI (Italian Episcopal Conference)": the name an acronym stands for, just after it.
_NAME_WORD = r"(?:[A-Z][\w'\u2019-]*|" + "|".join(re.escape(w) for w in sorted(CONNECTORS)) + ")"
SPELLED_OUT = re.compile(r"\s*\((" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")+)\)")
# Lower-case particles inside place and person names: "San Michele al Monte", "Ludwig van Beethoven".
_PARTICLES = re.compile(r"(?:\s(?:" + "|".join(sorted(words("name_particles"))) + r")\s[A-Z][\w\u2019'-]+)+")


def _with_particles(text: str, end: int) -> int:
    m = _PARTICLES.match(text, end)
    return m.end() if m else end


OWNER = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w.-]+(?: [A-Z][\w.-]+)?)['\u2019]s\s+(?=[A-Z]\S*\s+\S)")
SAINT = re.compile(r"(?:St|Saint|Ste)\b")


def _split_owner(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """"Italy's Civil Protection Department", "the Daily Ledger's Ann Roe" name two actors: the
    owner and the body or person. (The name is asked for "s " before the pattern is tried: most
    names have no owner.)"""
    m = OWNER.match(text[start:end]) if "s " in text[start:end] else None
    if not m or SAINT.match(m.group(1)):
        # "St Brendan's Medical Center" is one name, and so is "Emily's List" (one word after)
        return [(start, end, label)]
    if label == "ORG" and not m.start(1):
        return [(start, start + m.end(1), "GPE" if " " not in m.group(1) else "ORG"), (start + m.end(), end, label)]
    # Any other name is split only before a person's: "the Women's Media Center" is one name.
    owned = text[start + m.end():end].split()
    if len(owned) > 3 or owned[0].lower() not in GIVEN_NAMES:
        return [(start, end, label)]
    return [(start + m.start(1), start + m.end(1), "ORG"), (start + m.end(), end, "PERSON")]  # where one works


ADDRESS = re.compile(r"([A-Z][^,]*?),\s+([A-Z][^,]*)")


def _split_address(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """"Oakfield Lane, Harbridge": a street and a town, not one name. (The pattern is tried
    only on a name with a comma, the one it must find.)"""
    name = text[start:end]
    m = ADDRESS.fullmatch(name) if "," in name else None
    if not m or label == "PERSON":
        return [(start, end, label)]
    return [(start + m.start(1), start + m.end(1), "FAC"), (start + m.start(2), start + m.end(2), "GPE")]


ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9.&]{1,9})\)?$")


def _split_parenthetical(text: str, start: int, end: int) -> list[Span]:
    """"World Health Organization (WHO)" is two mentions of one actor: the name and the
    acronym it introduces. (The pattern is tried only on a name with a bracket, which it must
    find.)"""
    name = text[start:end]
    m = ACRONYM_AFTER.search(name) if "(" in name else None
    if not m:
        return [(start, end)]
    inner = start + m.start(1)
    return [(start, start + m.start()), (inner, inner + len(m.group(1)))]


def _split_titles_out(c: TokenColumns, e: Entity) -> list[Entity]:
    """Titles the tagger took into an organisation's name are a role, not the name: "U.S.
    Agency for International Development Assistant Administrator" is the agency; in
    "Director of National Intelligence Avril Haines" the portfolio is a role and the name
    a person's, when the story names the person alone elsewhere ("Haines said"). `c`: the
    columns of the name's batch, whose tokens are read by index."""
    if e.label != "ORG":
        return [e]
    s = e.sent
    # the sentence's tokens starting in the name (joined names too), by index
    first = s.index_from(e.start)
    last = s.index_from(e.end, first)
    for i in range(first + 1, last):
        prev = i - 1
        if _is_title(c, i) and not _is_title(c, prev) and c.text(prev)[:1].isupper() \
                and c.lower[prev] not in CONNECTORS and not (i + 1 < last and c.tag[i + 1] == Tag.POS):
            return [e._replace(end=c.end(prev), ent=e.ent.doc[first:i])]
    if last - first >= 3 and first >= 2 and _is_title(c, first - 2) and c.lower[first - 1] == "of":
        surname = c.text(last - 1)
        if surname.istitle() and c.text(last - 2).istitle() and sum(1 for _ in whole_words(c.source, surname)) > 1:
            return [Entity(c.start(last - 2), e.end, "PERSON", e.ent.doc[last - 2:last], s)]
    return [e]


HOST_WORDS = CAMPUS_WORDS | ORG_NAME_WORDS


def _split_host(c: TokenColumns, e: Entity) -> list[Entity]:
    """"the Block Museum of Art at Northwestern University": a body and the university that
    houses it, two names (but "University of North Carolina at Greensboro" is one). `c`: the
    columns of the name's batch."""
    if e.label != "ORG":
        return [e]
    first, end = e.ent.start, e.ent.end
    at = next((k for k in range(first + 1, end - 1) if c.lower[k] == "at"), None)
    if at is None or c.lower[end - 1] not in HOST_WORDS \
            or not all(c.text(k)[:1].isupper() or c.lower[k] in CONNECTORS for k in range(at + 1, end)):
        return [e]
    doc, s = e.ent.doc, e.sent
    return [Entity(e.start, c.end(at - 1), "ORG", doc[first:at], s),
            Entity(c.start(at + 1), e.end, "ORG", doc[at + 1:end], s)]


def _split_listed(c: TokenColumns, e: Entity) -> list[Entity]:
    """"the religious schools Santo Spirito and Immacolata": after a plural noun, names joined
    by "and" are the items of a list, one name each. `c`: the columns of the name's batch."""
    first, end = e.ent.start, e.ent.end
    if end - first < 3 or first == 0 or c.tag[first - 1] != Tag.NNS:
        return [e]
    cc = next((k for k in range(first + 1, end - 1) if c.dep[k] == Dep.cc and c.lower[k] in ("and", "&")), None)
    if cc is None or not any(c.dep[k] == Dep.conj and c.head[k] < cc for k in range(cc + 1, end)):
        return [e]
    doc = e.ent.doc
    return [e._replace(end=c.end(cc - 1), ent=doc[first:cc]), e._replace(start=c.start(cc + 1), ent=doc[cc + 1:end])]


def _is_title(c: TokenColumns, i: int) -> bool:
    return c.text(i)[:1].isupper() and c.lower[i].rstrip(".") in ROLE_TITLES


def _outermost(ents: list[Entity]) -> list[Entity]:
    """Without names inside a longer one found by the rules ("Milwaukee" in "Milwaukee Harbormen")."""
    out: list[Entity] = []
    for e in ents:
        if out and e.end <= out[-1].end:
            continue
        out.append(e)
    return out


def _join_split_names(text: str, ents: list[Entity]) -> list[Entity]:
    """The tagger often splits "Office for the Co-ordination of Humanitarian Affairs" into two
    organisations; a connector run of capitalised words and of/for/the between joins them."""
    out: list[Entity] = []
    for e in ents:
        if out:
            p = out[-1]
            gap = text[p.end:e.start]
            if (p.label == "ORG" and e.label == "ORG" and "\n" not in gap and
                    re.fullmatch(r"\s+(?:(?:of|for|on|and|the|de|&)\s+|[A-Z][\w\u2019'-]*\s+)*", gap)
                    and re.search(r"\b(?:of|for|on|de)\b", gap)):
                out[-1] = p._replace(end=e.end)
                continue
            if p.label == "GPE" and e.label == "ORG" and text[p.end:e.start] == " " and p.sent is e.sent \
                    and p.ent.root.dep_ == "compound" and p.ent.root.head.i in range(e.ent.start, e.ent.end) \
                    and e.ent.root.lower_.rstrip("s.") not in TITLES:
                out[-1] = e._replace(start=p.start, ent=e.ent.doc[p.ent.start:e.ent.end])  # "Sacramento" + "Condors"
                continue
            if p.label == "ORG" and e.label in ("GPE", "LOC") and re.fullmatch(r" (?:at )?", gap) \
                    and text[p.start:e.start].endswith(" at ") and p.sent is e.sent \
                    and CAMPUS_WORDS & set(text[p.start:p.end].lower().split()):
                # "University of X" at "Y", and "Y" still a place the story names
                out[-1] = p._replace(end=e.end, ent=p.ent.doc[p.ent.start:e.ent.end])
            if e.label == p.label and " " not in text[p.start:p.end] and text[p.end:e.start] == " " \
                    and p.sent is e.sent:
                out[-1] = p._replace(end=e.end, ent=p.ent.doc[p.ent.start:e.ent.end])  # "Valeska" + "Paris"
                continue
            if (e.label in ("ORG", "FAC")
                    and re.fullmatch(r"(?:St\.?|Saint|Ste\.?) [^\n]*['\u2019]s", text[p.start:p.end])
                    and text[p.end:e.start] == " "):
                out[-1] = e._replace(start=p.start)  # "St Brendan's" + "Medical Center"
                continue
        out.append(e)
    return out


def _clean(parsed: Parsed, start: int, end: int, label: str, ent: SpacySpan, root: Token,
           sent: Sentence) -> Mention | None:
    """The mention a tagged name makes, trimmed to the name itself and relabelled by its own
    words; None when it names no actor. `root` is ent.root."""
    text = parsed.text
    start, end = _trim(text, start, end)
    if label != "PERSON" and _opens_with_honorific(text[start:end]):
        label = "PERSON"  # "Ms Brown" tagged as an organisation
    end, descriptor = _descriptor(parsed.token_columns[sent.base], start, end, label, ent, root.i)
    name = text[start:end]
    if (name.lower() in DEMONYMS or name[-1:] == "s" and name[:-1].lower() in DEMONYMS) and root.dep_ != "poss" \
            and (label in ("ORG", "GPE", "LOC") or root.dep_ in ("amod", "compound")):
        # "the Latino vote", "a Latino is named", "Kazakh attitudes", "among Latinos": a people's
        # word the tagger took for a body or a person (but "German's brother" is German Ortega's)
        label = "NORP"
    if _names_no_actor(parsed, name, end, label, ent, root, sent):
        return None
    label = _label_by_words(name, label)
    gender = None
    if label == "PERSON":
        start = _without_titles(text, start, end, sent)
        gender = _gender(text[start:end])
        name = text[start:end] if text[start:end].split()[0].lower().rstrip(".") not in HONORIFICS else name
    return Mention(start, end, name, label, root, sent, descriptor, gender=gender)


@lru_cache(maxsize=1 << 14)  # asked at every mention, of a few hundred names
def _opens_with_honorific(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS and words[1][:1].isupper()


DATELINE_NAME = re.compile(r"[A-Z]{3,}(?:[ .,][A-Z]+)*\s+[-\u2013\u2014]\s+(?=[A-Z][a-z])")
TRAILING_POSSESSIVE = re.compile(r"\s*['\u2018\u2019]s?$")
SHARE_AFTER_NAME = re.compile(r"\s+\d[\d.,]*(\s*(?:%|percent|per cent))?$")
PERCENT = re.compile(r"\s*(?:%|percent\b|per cent\b)")
WORD_AND_STOP = re.compile(r"(?<![\w.])[^\W\d_]{6,}\.$")
LOWER_LEAD = re.compile(r"(?:[a-z][\w-]*(?:['\u2019]s)?\s+)+(?=[A-Z])")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Without the article, possessive, punctuation and lower-case words the tagger took in.
    Each pattern is tried only where the characters it must open or end with stand (most
    names have nothing to trim): tried on every name, they were most of the time spent here."""
    while start < end and not text[start].isalnum():
        start += 1  # emoji or punctuation
    if text[start:start + 3].isupper():  # DATELINE_NAME opens with three capitals
        dateline = DATELINE_NAME.match(text[start:end])
        if dateline:
            start += dateline.end()  # "CLEVELAND - Donald Trump" tagged as one name
    if text[start:start + 1] in ("t", "T", "a", "A"):
        lead = LEADING.match(text[start:end])
        if lead:
            start += lead.end()
    if _last_char(text, end) in "'\u2018\u2019s":  # $ also stands before a closing newline
        m = TRAILING_POSSESSIVE.search(text[start:end])
        if m and (end - start) - len(m.group()) >= 2:
            end = start + m.start()
    if (dash := text.find("\u2014", start, end)) > start:
        end = dash  # "Ted Cruz\u201435 to 12 percent": a dash without spaces ends the name
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".)":
        end -= 1
    if (last := _last_char(text, end)).isdigit() or last in ".,%t":  # a figure, or a share after it
        share = SHARE_AFTER_NAME.search(text[start:end])
        if share and (share.group(1) or PERCENT.match(text[end:end + 10])):
            end = start + share.start()  # "Clinton earned 42 percent, Trump 34 percent"
    if text[end - 1:end] == "." and WORD_AND_STOP.search(text[start:end]):
        end -= 1  # a sentence's full stop, not an abbreviation's ("Inc.", "U.S.", "Mass.")
    if "a" <= text[start:start + 1] <= "z":
        lead = LOWER_LEAD.match(text[start:end])
        if lead:
            start += lead.end()  # "university's School of Medicine", "your GP"
    return start, end


def _last_char(text: str, end: int) -> str:
    """The last character before end, or before a newline ending there: where a pattern
    ending in $ ends."""
    return text[end - 2:end - 1] if text[end - 1:end] == "\n" else text[end - 1:end]


LOWER_TAIL = re.compile(r"(?:\s+[a-z][a-z-]+)+$")


def _descriptor(c: TokenColumns, start: int, end: int, label: str, ent: SpacySpan, root: int) -> tuple[int, str | None]:
    """The name's end without trailing common nouns, and the noun that says what the name
    names, for later descriptions: "the Unite union", "the village of Kelby", "the Hagen
    family". `c`: the columns of the name's batch, `root` the index of its root."""
    text = c.source
    descriptor = None
    tail = _lower_tail(text[start:end])
    if tail is not None:
        at, noun = tail
        if label in ("ORG", "FAC"):
            descriptor = noun
        if descriptor not in GOVERNING_BODIES:  # "Harbour Town" alone names the town, not its council
            end = start + at  # also "Kingsmoor seventh"
    place_of = _place_of(text[max(0, start - 40):start])
    if place_of:
        descriptor = place_of
    follower = c.head[root]
    if c.dep[root] == Dep.compound and follower == ent.end and c.lower[follower] in DESCRIPTOR_NOUNS:
        descriptor = c.lower[follower]
    if label == "ORG" and descriptor is None:
        descriptor = _type_noun_before(c, ent, root)
    return end, descriptor


@lru_cache(maxsize=1 << 14)  # asked at every mention, of a few hundred names
def _lower_tail(name: str) -> tuple[int, str] | None:
    """Where the words in lower case ending a name start, after its first, and the last of
    them: (5, "union") for "Unite union"."""
    tail = LOWER_TAIL.search(name)
    return (tail.start(), tail.group().split()[-1]) if tail and tail.start() > 0 else None


def _type_noun_before(c: TokenColumns, ent: SpacySpan, root: int) -> str | None:
    """"the broadcaster Rai News", "team Cloud9 and Immortals": the noun before a body's name
    (or before the first of a list of names) says what it is, for "the team" later. `c`: the
    columns of the name's batch, `root` the index of its root."""
    first = c.head[root] if c.dep[root] == Dep.conj and c.head[root] < ent.start else root
    i = min(first, ent.start)
    while i > 0 and c.text(i - 1)[:1].isupper():
        i -= 1
    noun = i - 1
    if noun < 0 or c.tag[noun] != Tag.NN or not c.text(noun).islower() or c.lower[noun] not in ORG_TYPE_NOUNS:
        return None
    return c.lower[noun]


ASCII_LETTER = re.compile(r"[A-Za-z]")
PERIOD_NAME = re.compile(r"[QH][1-4]|FY\s?\d+")
PRO_ANTI = re.compile(r"(?:pro|anti)-")
ZONE_NAME = re.compile(r"(?:[A-Z][a-z]+ )+(?:Standard|Daylight|Summer|Mean) Time"
                       r"|(?:Eastern|Central|Mountain|Pacific) Time")  # "all times Eastern Standard Time"
WEEKDAY_NAMES = frozenset(table("weekdays"))
WEB_ADDRESS = re.compile(r"\w\.[a-z]{2,4}$")
HYPHEN_WORD = re.compile(r"[-\u2011][a-z]")
IDENTIFIER_NOUNS = words("identifier_nouns")


def _names_no_actor(parsed: Parsed, name: str, end: int, label: str, ent: SpacySpan, root: Token,
                    sent: Sentence) -> bool:
    # What the name's own words say is asked first: each rule says no actor or lets be, so
    # their order decides nothing.
    if _words_name_no_actor(name, label):
        return True
    if WEB_ADDRESS.search(name) and not (ent.start and ent.doc[ent.start - 1].lower_ in ORG_TYPE_NOUNS):
        return True  # "Scientology.org": a website, but "the security firm Secunia.com" a company
    if label != "PERSON" and root.dep_ == "compound" and root.head.i >= ent.end and ent.end < len(ent.doc) \
            and ent.doc[ent.end].lower_ in WEEKDAY_NAMES:
        return True  # "Super Tuesday (contests)", "Black Friday": the day's name, which the tagger cuts
    if HYPHEN_WORD.match(parsed.text[end:end + 2]):
        return True  # "Hague-based", "Oslo-listed": the name describes something else
    if " " not in name and root.tag_ == "RB" and root.dep_ == "advmod":
        return True  # "Realistically, ...": a sentence adverb in capitals
    if label != "PERSON" and root.dep_ == "compound" and root.head.i >= ent.end \
            and root.head.lower_ in IDENTIFIER_NOUNS:
        return True  # "a Social Security number": a person's number, not the agency
    if label == "ORG" and (_is_role_prefix(parsed.token_columns[sent.base], ent) or _is_portfolio(ent)):
        return True  # "Education" in "Education Secretary Gillian Keegan" names a portfolio
    if " " not in name and label in ("ORG", "PERSON", "GPE") and root.tag_ == "NNS" \
            and not any(t.is_alpha for t in ent.doc[sent.sent.start:ent.start]):
        return True  # "Councillors approved ...": a plural common noun opening a sentence
    if " " not in name and label in ("PERSON", "ORG") and not name.isupper() \
            and _common_noun_in_capitals(parsed, ent, root, sent, label):
        return True  # "Volunteer organization Comic Corps", "Andy Warhol: Photographs and Prints"
    if label == "NORP":
        # Adjectives ("Israeli troops") are no actor; plural nouns ("Palestinians", "the
        # Greens", which the tagger may call singular) are groups.
        plural = root.tag_ in ("NNPS", "NNS") or (root.tag_ == "NNP" and name.endswith("s"))
        return not plural or root.dep_ in ("amod", "compound") or not _people_or_party(ent, root) \
            or _what_a_group_is_made_of(root)
    return False


@lru_cache(maxsize=1 << 14)  # asked at every mention, of a few hundred names
def _words_name_no_actor(name: str, label: str) -> bool:
    """The rules of _names_no_actor that read the name alone (and its label)."""
    if len(name) < 2 or not any(map(str.isupper, name)) or not ASCII_LETTER.search(name):
        return True
    if is_amount(name) or PERIOD_NAME.fullmatch(name) or name in TIME_ZONES or ZONE_NAME.fullmatch(name):
        return True  # "NOK2.1bn", "Q3", "GMT" tagged as names
    if PRO_ANTI.match(name):
        return True  # "the main pro-Clinton super PAC": an adjective, not the person
    if label != "PERSON" and _place_pair(name):
        return True  # "the U.S.-Mexico border", "Ohio-Indiana line": what lies between two places
    if label in ("ORG", "FAC", "GPE", "LOC") and name.split()[-1].lower() in NOT_ACTOR_HEADS:
        return True
    # "Batman: Arkham VR", "PlayStation VR": a product's name, not a person's
    return label == "PERSON" and _ends_in_capitals(name)


def _place_pair(name: str) -> bool:
    parts = PAIR_DASH.split(name.lower())
    return len(parts) == 2 and all(p in COUNTRIES or p in US_STATES for p in parts)


PAIR_DASH = re.compile(r"(?<=\S)[-\u2013](?=\S)")


def _common_noun_in_capitals(parsed: Parsed, ent: SpacySpan, root: Token, sent: Sentence, label: str) -> bool:
    """One word the tagger took for a person or body that is a common noun: opening a
    sentence as the modifier of a common noun, when the text writes it in lower case too
    ("Bank executives aren't") or it describes a type noun before a name ("Volunteer
    organization Comic Corps"), but not "Clinton campaign spokesman" or "GOP frontrunner";
    or a person's plural whose singular the text writes in lower case ("Photographs" beside
    "photograph")."""
    noun = root.head
    if root.i == sent.sent.start and root.dep_ == "compound" and noun.tag_ in ("NN", "NNS") and noun.is_lower \
            and root.lower_ not in COUNTRIES and root.lower_ not in US_STATES \
            and (_written_lower(ent.text.lower(), parsed)
                 or (noun.lower_ in ORG_TYPE_NOUNS and noun.head.tag_ == "NNP")):
        return True
    if label != "PERSON" or root.tag_ != "NNS":
        return False
    singular = root.lemma_.lower()
    return singular != root.lower_ and _written_lower(singular, parsed)


def _written_lower(word: str, parsed: Parsed) -> bool:
    """Whether the text writes the word (\\bword\\b): counted by str.find and kept, where a
    regex made for each word was compiled anew for each text."""
    return word.isalpha() and parsed.word_count(word) > 0


def _common_alone(m: Mention) -> bool:
    """"fixed by the State", "the Government will modify the law": a common noun in capitals,
    alone, is no name, unless it shortens one the story gives ("State" for the State
    Department, matched before this is asked), opens one shared with the next ("the State and
    Homeland Security Departments") or modifies one ("State Department")."""
    h = m.head
    if m.text.lower() not in CAPITALISED_COMMON or h is None or h.dep_ in ("compound", "nmod", "amod") \
            or any(c.dep_ == "cc" for c in h.children):
        return False
    return not (h.i > _sentence_start(h, m.sentence) + 1 and h.nbor(-1).text == "The")  # "George Zornick of The Nation"


def _sentence_start(tok: Token, s: Sentence | None) -> int:
    """The index of the first token of tok's sentence: that of `s`, the sentence it was found
    in, when it holds tok. Token.sent first asks whether the whole batch has sentence starts,
    reading every token of it (40 microseconds a call on a 5,000-character batch)."""
    if s is not None and tok.doc is s.sent.doc and s.sent.start <= tok.i < s.sent.end:
        return s.sent.start
    return tok.sent.start


def _ends_in_capitals(name: str) -> bool:
    """A name of several words whose last is an acronym ("Arkham VR"); people's names end in
    a surname, or a suffix ("III")."""
    words = name.split()
    return len(words) > 1 and not name.isupper() and words[-1].isupper() and words[-1].isalpha() \
        and len(words[-1]) >= 2 and words[-1].lower() not in NAME_SUFFIXES


GROUP_MEMBERS = DEMONYMS | words("group_members")


def _what_a_group_is_made_of(root: Token) -> bool:
    """"a stateless minority of Muslims": the plural says what another group is made of."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.tag_ == "NN"


def _people_or_party(ent: SpacySpan, root: Token) -> bool:
    """A plural the tagger calls a nationality is a people ("Palestinians"), a party's or a
    faith's members ("Democrats", "Catholics") or, with "the", a party ("the Greens");
    otherwise it is some other plural in capitals ("Polaroids"), no actor of the story."""
    singular = {root.lemma_.lower(), root.lower_[:-1]}
    return bool(singular & GROUP_MEMBERS) or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")


OF_FOR = re.compile(r"\s+(?:of|for)\s+")


COMPASS_WORDS = words("compass_words")


@lru_cache(maxsize=1 << 14)  # asked at every mention, of a few hundred names
def _label_by_words(name: str, label: str) -> str:
    """The label the name's own words give: a person's title before it ("Councillor Magnus
    Flett" tagged as an organisation), an organisation's, a street's or a landform's word at
    its end ("Kestrel Bio" tagged as a person, "Capitol Hill" as an organisation)."""
    words = name.split()
    first, last = words[0].lower().rstrip("."), words[-1].lower().rstrip(".")
    if len(words) > 1 and label != "NORP":
        if len(words) == 2 and first in COMPASS_WORDS and label in ("GPE", "LOC"):
            pass  # "the West Bank", "the South Bank": a place the tagger knows, not a bank
        elif last in ORG_NAME_WORDS or (first in ORG_FIRST_WORDS and last not in PLACE_NAME_WORDS):
            label = "ORG"
        elif last in PLACE_NAME_WORDS and label in ("PERSON", "ORG"):
            label = "FAC"
        elif last in LANDFORM_WORDS and label == "ORG":
            label = "LOC"  # "on Capitol Hill": the tagger reads the place as Congress
    if label != "PERSON" and len(words) >= 3 and first in PERSON_LEAD_WORDS and last not in ORG_NAME_WORDS \
            and OF_FOR.split(name, maxsplit=1)[0].split()[-1].lower() not in ORG_NAME_WORDS:  # "Society" of Canada
        label = "PERSON"  # "Substitute Marcus Adeyemi"
    elif label != "PERSON" and len(words) == 2 and first in PERSON_TITLES and words[1][:1].isupper():
        label = "PERSON"  # "AG Mukasey" in a headline: a title only people bear, then the surname
    return label


def _without_titles(text: str, start: int, end: int, sent: Sentence) -> int:
    """A person's name starts after the titles the tagger took in ("Lawyer Sam Ortiz"), but
    with an honorific before it: "Mr" or "Dr" is how the text names the person."""
    return _with_honorific(text, start + _titles_length(text[start:end]), sent)


TITLED_LEAD = re.compile(r"(?:[A-Z](?:[a-z]+|[A-Z]+)\.?\s+)+")  # also "AG Mukasey", "CEO Tim Cook"


@lru_cache(maxsize=1 << 14)  # asked at every mention of a person, of a few hundred names
def _titles_length(name: str) -> int:
    """How many characters of a person's name are titles before it, and the spaces after
    them: 7 for "Lawyer Sam Ortiz"."""
    at = 0
    lead = TITLED_LEAD.match(name)
    while lead and _opens_with_title(name[at:].split()):
        first = name[at:].split()[0]
        at += name.index(first, at) - at + len(first)
        while name[at].isspace():
            at += 1
    return at


def _opens_with_title(words: list[str]) -> bool:
    """"Lawyer Sam Ortiz"; also "Kentuckian Rand Paul", "Floridians Jeb Bush", which say where
    the person is from ("German Ortega" is kept: with two words the first may be a first name)."""
    if len(words) < 2:
        return False
    first = words[0].lower().rstrip(".")
    return first in PERSON_NOUN_TITLES or (
        len(words) > 2 and (first in DEMONYMS or (first.endswith("s") and first[:-1] in DEMONYMS)))


def _is_role_prefix(c: TokenColumns, ent: SpacySpan) -> bool:
    """Titles after the name, then a person's: "Education Secretary Gillian Keegan". `c`: the
    columns of the name's batch, read where each word after a body's name was built."""
    i = ent.end
    titles = 0
    while i < len(c) and c.lower[i] in TITLES:
        i += 1
        titles += 1
    return titles > 0 and i < len(c) and c.ent_type[i] == Ent.PERSON


def _is_portfolio(ent: SpacySpan) -> bool:
    """"State" in "Secretary of State", "Education" in "Undersecretary for Education": one
    word after a title and "of" or "for" is its portfolio. The word is asked first: most
    bodies' names are no portfolio, and the two words before are tokens to build."""
    if len(ent) != 1 or ent[0].lower_ not in PORTFOLIOS or ent.start < 2:
        return False
    doc = ent.doc
    return doc[ent.start - 2].lower_ in ROLE_TITLES and doc[ent.start - 1].lower_ in ("of", "for")


HONORIFIC_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Z][a-z]{1,3})\.?\s+$")


def _with_honorific(text: str, start: int, sent: Sentence) -> int:
    """Mentions take in a preceding "Mr" or "Dr": it is how the text names the person."""
    m = HONORIFIC_BEFORE.search(text[max(sent.start, start - 6):start])
    if m and m.group(1).lower() in HONORIFICS:
        return start - len(m.group())
    return start


# ---------------------------------------------------------------- clustering

def _cluster(mentions: list[Mention], places: set[str], parsed: Parsed) -> list[Cluster]:
    clusters: dict[str, Cluster] = {}
    index = ShortFormIndex()
    multiword = [w for w in (norm(m.text, False).split() for m in mentions if m.label in ("ORG", "FAC")) if len(w) > 1]
    org_heads = {w[-1] for w in multiword}
    # "Nordvik" for "Nordvik Foods", "the Rialto" for "the Rialto Theater"
    org_firsts = {w[0] for w in multiword if w[0] not in CONNECTORS and w[0] not in _ALIAS}
    pending_short: list[tuple[Mention, str]] = []
    owner: dict[int, Cluster] = {}
    # Each form's key worked out once (by form and whether a person's): a name repeated was
    # normalised again at every mention.
    keys: dict[tuple[str, bool], str] = {}
    _cut_person_before_thing(mentions)
    for m in mentions:
        if (key := keys.get(form := (m.text, m.label == "PERSON"))) is None:
            key = keys[form] = _key(m)
        if m.same_as is not None and id(m.same_as) in owner:
            owner[id(m)] = owner[id(m.same_as)]
            owner[id(m)].add(m)
            index.alias(m.text, owner[id(m)])
            continue
        # not "the Bush family"
        short_person = m.label == "PERSON" and " " not in key and m.descriptor not in FAMILY_NOUNS
        acronym = m.text.isupper() and len(m.text) <= 6 and key not in _ALIAS
        # "the Commission" after "the European Commission"
        short_org = (m.label in ("ORG", "FAC") and " " not in key and key not in _ALIAS
                     and (key in org_heads or key in org_firsts))
        if short_person or acronym or short_org:
            pending_short.append((m, key))
            continue
        if _common_alone(m):
            continue
        if key not in clusters:
            clusters[key] = Cluster(key)
        clusters[key].add(m)
        owner[id(m)] = clusters[key]
        index.learn(m, clusters[key])
        if m.same_as is not None:
            index.alias(m.same_as.text, clusters[key])  # "CEI (Italian Episcopal Conference)"
    _people_by_evidence(parsed, list(clusters.values()), places)  # before their surnames are matched
    joined_bodies: dict[int, tuple[Cluster, list[Mention]]] = {}
    for m, key in pending_short:
        # A name written in full elsewhere beats a partial match ("the Tamsey" is the River
        # Tamsey, not Clean Tamsey); a person's surname is left to the surname index.
        target = clusters.get(key) if m.label != "PERSON" else None
        target = target or index.match(m, key)
        if target is None and _common_alone(m):
            continue
        if target is None:
            if key not in clusters:
                clusters[key] = Cluster(key)
            elif clusters[key].kind != "person":
                # "Trump's campaign manager ..." tagged a body, then "Trump said he would": a
                # surname named alone, with no full name to match, is weighed as the joined ones are
                joined_bodies.setdefault(id(clusters[key]), (clusters[key], []))[1].append(m)
            target = clusters[key]
        elif target.kind == "person" and " " in target.key:
            m.label = "PERSON"  # a surname the tagger took for a body does not outvote the name
        elif target.kind != "person":
            joined_bodies.setdefault(id(target), (target, []))[1].append(m)
        target.add(m)
    # The tagger often takes a person's full name and then the surname alone for a body: what
    # the text says around the surname ("Fiorina said she would") tells it is a person's.
    for target, late in joined_bodies.values():
        if target.said_kind or _no_person_evidence(target):
            continue
        given = _given_name(target)
        # not its acronym ("the RNC has built," she said): a body's, like a name in capitals
        if any(_says_person(parsed, m, given) for m in late if not m.text.isupper()):
            target.said_kind = "person"
    _companies_by_evidence(clusters)  # before their short names are matched to full ones
    _merge_spellings(clusters)
    _merge_short_names(clusters)
    _merge_long_forms(clusters, places)
    _families(clusters)
    _peoples(clusters)
    return list(clusters.values())


def _cut_person_before_thing(mentions: list[Mention]) -> None:
    """"Warhol Polaroid exhibits" tagged as one person: the surname of a person the story
    names in full, then a word it names alone only as a body or a thing ("the Polaroid
    camera"), is that person and a modifier, not a person called Warhol Polaroid. Cut to the
    surname. Not a name written twice, nor one opening with a word that is someone's first name
    ("John Kasich" beside Tom John and John Hammond)."""
    people = [norm(m.text).split() for m in mentions if m.label == "PERSON"]
    surnames = {w[-1] for w in people if len(w) >= 2}
    # The people's two-word names opening with a surname are picked first: most texts have
    # none, and what the text writes is counted only for those that do.
    opening = [(m, words) for m in mentions
               if m.label == "PERSON" and len(words := m.text.split()) == 2 and words[0].lower() in surnames]
    if not opening:
        return
    firsts = Counter(w[0] for w in people if len(w) >= 2)
    written = Counter(m.text for m in mentions)
    alone: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if " " not in m.text and m.label != "DESC":
            alone[m.text].add(m.label)
    for m, words in opening:
        if written[m.text] > 1 or firsts[words[0].lower()] > 1 or not alone.get(words[1]) \
                or "PERSON" in alone[words[1]] or m.sentence is None:
            continue
        first = m.sentence.token_from(m.start)
        if first is not None and m.sentence.tok_start(first) == m.start and first.text == words[0]:
            m.end, m.text, m.head = m.start + len(words[0]), words[0], first


def _families(clusters: dict[str, Cluster]) -> None:
    """"the Ebelings" after "Betsy Ebeling": a person's surname in the plural names the
    family, a group, whatever the tagger called it."""
    surnames = {c.key.split()[-1] for c in clusters.values() if c.kind == "person" and " " in c.key}
    for key, c in clusters.items():
        if " " not in key and key.endswith("s") and (key[:-1] in surnames or key[:-2] in surnames):
            c.said_kind = "group"


PEOPLES_NOUNS = words("peoples_nouns")


def _peoples(clusters: dict[str, Cluster]) -> None:
    """A one-word name the tagger took for a body or a thing is a people when the text says
    so: "the Rohingya people", "Rohingya refugees", "Rohingya, a stateless minority", "One
    Rohingya", "Bangladeshis and Rohingya". An acronym is not ("NYPD officers", "Nafta")."""
    for key, c in clusters.items():
        if " " in key or c.kind not in ("organization", "other") or c.name.isupper() or c.is_country \
                or key in US_STATES or "GPE" in c.labels or "LOC" in c.labels:
            continue
        if any(m.head is not None and m.label != "DESC" and _says_people(m.head) for m in c.mentions):
            c.said_kind = "group"


def _says_people(h: Token) -> bool:
    nouns = [t for t in h.children if t.dep_ == "appos"] + ([h.head] if h.dep_ == "compound" else [])
    if any(n.lower_ in PEOPLES_NOUNS or (n.tag_ in ("NNS", "NNPS") and n.lemma_.lower() in GROUP_MEMBERS)
           for n in nouns):
        return True  # "Rohingya refugees", "Rohingya Muslims", "Rohingya, a stateless minority"
    if h.tag_ == "NNP" and any(c.dep_ == "nummod" and c.tag_ == "CD" and c.i < h.i for c in h.children):
        return True  # "One Rohingya, Muhammad Amin"
    mates = [t for t in (*h.conjuncts, *( [h.head] if h.dep_ == "conj" else [])) if t.ent_type_ == "NORP"]
    return any(t.tag_ in ("NNPS", "NNS") or t.text.endswith("s") for t in mates)  # "Bangladeshis and Rohingya"


class ShortFormIndex:
    """Full names by the short forms that refer to them: surnames of people, initials of
    organisations, head words of organisation names."""

    def __init__(self) -> None:
        self.surnames: dict[str, set[Cluster]] = defaultdict(set)
        self.initials: dict[str, set[Cluster]] = defaultdict(set)
        self.heads: dict[str, set[Cluster]] = defaultdict(set)
        # (form, label, cluster) learnt since the last alias: a name repeated teaches nothing
        # new, and its words and initials were worked out again at each mention.
        self._learnt: set[tuple[str, str, Cluster]] = set()

    def learn(self, m: Mention, c: Cluster) -> None:
        if (seen := (m.text, m.label, c)) in self._learnt:
            return
        self._learnt.add(seen)
        words = norm(m.text, m.label == "PERSON").split()
        if len(words) < 2:
            return
        if m.label == "PERSON":
            self.surnames[words[-1]].add(c)
        else:
            self.initials[initials(m.text)].add(c)
            if m.label in ("ORG", "FAC"):
                self.heads[words[-1]].add(c)
                self.heads[words[0]].add(c)

    def alias(self, acronym: str, c: Cluster) -> None:
        """An acronym the text itself introduced: "Department of Justice (DOJ)"."""
        self.initials[acronym] = {c}
        self._learnt.clear()  # a name learnt before and repeated now adds its initials' owner again

    def _people(self, surname: str) -> set[Cluster]:
        """People with this last name, also those whose full name the tagger called a body."""
        return {c for c in self.surnames.get(surname, set()) | self.heads.get(surname, set())
                if c.kind == "person" and c.key.split()[-1] == surname}

    def match(self, m: Mention, key: str) -> Cluster | None:
        """The nearest preceding fitting cluster; the first named when none precedes."""
        if m.label == "PERSON" or (m.label != "ORG" and not m.text.isupper()):
            found = {c for c in self._people(key) if not (c.genders - {m.gender})}
            found = {c for c in found if m.gender in c.genders} or found  # "Mrs. Clinton" again
        elif not m.text.isupper():
            # "Trump" is the man, not Trump Tower, once his full name is known
            found = self._people(key) or {c for c in self.heads.get(key, ()) if c.kind in ("organization", "place")}
        else:
            found = self.initials.get(m.text, set())
        if not found:
            return None
        if all(c.kind == "person" for c in found):
            # a surname two people share is the one the story has named most so far ("Fiorina"
            # is Carly Fiorina, not the husband named once), then the nearest
            return max(found, key=lambda c: (bisect.bisect_left(c.starts, m.start), c.last_named_before(m.start),
                                             -c.named_starts[0]))
        return max(found, key=lambda c: (c.last_named_before(m.start), -c.named_starts[0]))


GENDERS = table("honorific_gender")


def _gender(name: str) -> str | None:
    words = name.split()
    return GENDERS.get(words[0].lower().rstrip(".")) if len(words) > 1 else None


def _key(m: Mention) -> str:
    n = norm(m.text, m.label == "PERSON")
    if m.label != "PERSON":
        n = RIVER.sub("", n)  # "the Thames" is the River Thames
    else:
        n = MIDDLE_INITIAL.sub(" ", " ".join(_without_suffix(n.split())))  # "Donald J. Trump" is Donald Trump
    return _ALIAS.get(n, n)


NAME_SUFFIXES = words("name_suffixes")
SEATS_OF_GOVERNMENT = words("seats_of_government")


def _without_suffix(words: list[str]) -> list[str]:
    """A person's name without "Jr." or "III" after the surname."""
    while len(words) > 2 and words[-1].lower().rstrip(".,") in NAME_SUFFIXES:
        words = words[:-1]
    return words


RIVER = re.compile(r"^river\s+(?=\S)")
MIDDLE_INITIAL = re.compile(r"(?<=\S) (?:\w\.? )+(?=\S)")


PERSON_NOUNS = words("person_nouns") | PERSON_NOUN_TITLES
OWNED_PERSON_NOUNS = PERSON_NOUNS | KIN


def _people_by_evidence(parsed: Parsed, clusters: list[Cluster], places: set[str]) -> None:
    """A name the tagger took for a place or body is a person's when the text says so: a
    person's noun in apposition ("Valeska Paris, an Australian woman"), a birth or death
    ("Paris was born in Switzerland"), a title before it ("Gov. Chris Christie") or "who"
    after it. `places`: _place_words(parsed)."""
    for c in clusters:
        if _no_person_evidence(c):
            continue
        given = _given_name(c)
        if any(_says_person(parsed, m, given) for m in c.mentions):
            c.said_kind = "person"
        elif given and _shaped_like_a_person(parsed, c, places):
            c.said_kind = "person"


def _shaped_like_a_person(parsed: Parsed, c: Cluster, places: set[str]) -> bool:
    """A body's name that is a common given name and a surname ("Carly Fiorina", "Roy M.
    Neel"), tagged a body where no word says so: a person's. Not where the first word is a
    place ("Dallas Mavericks", "Kenya Television") or an article ("Al Jazeera"), nor where the
    last one is a plural ("Young Conservatives"), a word the text writes in lower case
    ("Whitney Museum" beside "the museum") or one of a body's or building's words."""
    parts = c.key.split()
    if c.kind != "organization" or not (len(parts) == 2 or (len(parts) == 3 and len(parts[1].rstrip(".")) == 1)):
        return False
    first, last = parts[0], parts[-1]
    return first not in places and first not in US_STATE_WORDS and first not in NAME_PARTICLES \
        and not any(m.head is not None and m.head.tag == Tag.NNPS for m in c.mentions) \
        and last not in BODY_OR_BUILDING_WORDS and not parsed.written_lower([last])


COMPANY_HOLDINGS = words("company_holdings")


def _companies_by_evidence(clusters: dict[str, Cluster]) -> None:
    """A name the tagger took for a place is a company's when the text gives it shares or
    shareholders: "Zorvane's shares", "Zorvane's stock price", "shares of Zorvane". Only the
    name's own syntax counts, not such words nearby ("London shares rose" is the market), and
    never for a listed place."""
    for c in clusters.values():
        if c.kind != "place" or c.said_kind or _listed_place(c.key) or c.key in CONTINENTS:
            continue
        if any(m.head is not None and m.label != "DESC" and _holding_of(m.head) for m in c.mentions):
            c.said_kind = "organization"


def _holding_of(h: Token) -> bool:
    """Whether token h owns a company's holding: "h's shares", "h's stock price", "shares of h"."""
    if h.dep_ == "pobj" and h.head.lower_ == "of":
        owned = h.head.head
    elif h.dep_ == "poss":
        owned = h.head
    else:
        return False
    # its stock's price, but not "London's stock market", a place's
    return owned.lower_ in COMPANY_HOLDINGS \
        or (owned.lower_ == "price" and any(k.dep_ == "compound" and k.lower_ in COMPANY_HOLDINGS for k in owned.lefts))


def _no_person_evidence(c: Cluster) -> bool:
    """Whether cluster c is known not to be a person, or to be one already."""
    # a state's name after "candidate" ("fellow candidate Ohio Gov. ...") or before "who" ("a
    # voter from Dayton, Ohio, who") belongs to the title or place around it
    return _listed_place(c.key) or c.kind in ("person", "group") or c.name.isupper() or _state_abbreviation(c.forms)


def _listed_place(key: str) -> bool:
    """Whether a name's key is a country's or a US state's, under any name the lists know."""
    return key in COUNTRIES or key in COUNTRY_ALIASES or key in US_STATES


TITLE_BEFORE = re.compile(r"(?<![\w.])([A-Za-z]+)\.?[^\S\n]+$")


def _says_person(parsed: Parsed, m: Mention, given: bool) -> bool:
    """Whether the text around mention m says it names a person; `given`: whether its actor's
    name opens with a common given name (_given_name), which less evidence confirms."""
    h, text = m.head, parsed.text
    if h is None:
        return False
    c, i = parsed.token_columns[_sentence_of(m).base], h.i
    kids = c.children(i)
    appos = [k for k in kids if c.dep[k] == Dep.appos] + ([c.head[i]] if c.dep[i] == Dep.appos else [])
    if any(c.lower[k] in PERSON_NOUNS and c.pos[k] == Pos.NOUN for k in appos):
        return True
    if c.dep[i] in (Dep.nsubjpass, Dep.nsubj) and h.head.lemma_ in LIFE_VERBS \
            and (c.tag[c.head[i]] == Tag.VBN or c.dep[i] == Dep.nsubj):
        return True
    # a title on the name's own line: not the word ending a headline ("... on a Justice.\n\nSenate")
    before = TITLE_BEFORE.search(text[max(0, m.start - 20):m.start])
    if before and before.group(1).lower() in TITLE_WORDS:
        return True
    if _pronoun_follows(c, i):
        return True  # "Christie said he would"
    if c.dep[i] == Dep.poss and c.lower[c.head[i]] in PERSON_OWNED:
        return True  # "Varga's wife", "Varga's running mate"
    if given and c.dep[i] == Dep.nsubj and h.head.pos_ == "VERB" and h.head.lemma_ in CUE_VERBS:
        return True  # "Carly Fiorina said Ted Cruz says whatever he needs to"
    # The list's items are looked for only where the name is in one (_in_a_list): most are not.
    listed = [c.ent_type[k] for k in _conjuncts(c, i)] if _in_a_list(c, i, kids) else []
    if listed.count(Ent.PERSON) >= (1 if given else 2) and all(t in (Ent.PERSON, 0) for t in listed) \
            and not _after_locative(c, i):
        # "Ansel Adams, Chuck Close, Walker Evans", "Rand Paul and Carly Fiorina", but not
        # "in Ystrad, Pantglas and ..."
        return True
    # not "an analyst at DNB Markets, who ...", whose "who" is the analyst
    return c.dep[i] != Dep.pobj and bool(WHO_AFTER.match(text, m.end))


WHO_AFTER = re.compile(r"\s*,\s*who\b")
PERSON_OWNED = words("person_owned")
GIVEN_NAMES = words("given_names")


def _given_name(c: Cluster) -> bool:
    """An actor's name of two or three words opening with a common given name, none of its
    forms with a body's word, nor ending in a given name ("Carly Fiorina", not "Dean Foods",
    "Tony Lama Co.", nor "Morgan Stanley": a firm named after two people)."""
    parts = c.name.split()
    return 2 <= len(parts) <= 3 and parts[0].lower() in GIVEN_NAMES and parts[-1].lower() not in GIVEN_NAMES \
        and all(p.istitle() for p in parts) \
        and not any(w.lower().rstrip(".") in ORG_NAME_WORDS or w.lower() in COMPANY_NOUNS
                    for form in c.forms for w in form.split())


PERSONAL_PRONOUNS = words("personal_pronouns")


def _pronoun_follows(c: TokenColumns, i: int) -> bool:
    """The subject's verb goes on with "he" or "she" and no other name between: "Christie
    said he would run", "Cameron told reporters she was wrong" is not counted (a noun between).
    `c`: the columns of the batch of token i, read before a token is built for what they lack."""
    if c.dep[i] != Dep.nsubj:
        return False
    for k in range(i + 1, min(len(c), i + 8)):
        # the columns first: a token is built only for what they lack
        if c.ent_type[k] or c.pos[k] in (Pos.PROPN, Pos.NOUN) or c.doc[k].is_sent_start:
            return False
        if c.lower[k] in PERSONAL_PRONOUNS and c.dep[k] == Dep.nsubj:
            return True
    return False


COUNTRY_AND_DEMONYM_WORDS = COUNTRIES | DEMONYMS
US_STATE_WORDS = {w for state in US_STATES for w in state.split()}  # "Carolina Panthers"
NAME_PARTICLES = words("name_particles")  # "Al Jazeera"
BODY_OR_BUILDING_WORDS = BUILDING_NOUNS | FACILITY_NOUNS | VENUE_WORDS | ORG_NAME_WORDS | ORG_TYPE_NOUNS \
    | words("source_nouns") | words("team_nouns")


def _place_words(parsed: Parsed) -> set[str]:
    """Names of places the tagger found and of nationalities, lower case ("uk", "italian")."""
    # a name's text cut from the text, not joined from its tokens; the listed ones joined once
    # (two unions of the lists for each text were most of the time)
    return COUNTRY_AND_DEMONYM_WORDS.union(parsed.text[e.start:e.end].lower() for e in parsed.entities()
                                           if e.label == "GPE")



def _merge_long_forms(clusters: dict[str, Cluster], places: set[str]) -> None:
    """An organisation named in full and in short is one: "Andy Warhol Foundation for the
    Visual Arts" and "Andy Warhol Foundation"; "Italian Supreme Court of Cassation" or
    "United Kingdom Home Office" and "Supreme Court", "Home Office" (the country says whose);
    "Justice Department" and "Department of Justice"."""
    orgs = {k: c for k, c in clusters.items() if c.kind == "organization" and " " in k}
    # Each name's short forms are spelt out and looked up, the first in this order taken, where
    # every pair of names was compared (a hundred bodies are ten thousand pairs).
    order = {k: i for i, k in enumerate(orgs)}
    keys = list(orgs)
    for key, c in list(orgs.items()):
        found = [order[k] for k in _short_forms(key, places) if k in order and k != key and k in clusters]
        if found:
            orgs[keys[min(found)]].absorb(c)
            del clusters[key]


def _short_forms(key: str, places: set[str]) -> set[str]:
    """The names a body's name (its key) is the long form of: itself before a complement
    ("andy warhol foundation" of "andy warhol foundation for the visual arts"), without the
    place or country before it, or owning it ("supreme court" of "italian supreme court of
    cassation", "home office" of "united kingdom home office"), inverted ("department of
    justice" of "justice department")."""
    own = key.split(" ", 1)
    bare = own[1] if own[0] in places else key  # "italian supreme court of cassation"
    found = set()
    at = bare.find(" ")
    while at >= 0:
        if (after := bare[at + 1:].split()) and after[0] in COMPLEMENT_WORDS:
            found.add(bare[:at])
        at = bare.find(" ", at + 1)
    at = key.find(" ")
    while at >= 0:
        if key[:at] in places:
            found.add(key[at + 1:])
        at = key.find(" ", at + 1)
    words = bare.split()
    if len(words) == 2:
        found.add(f"{words[1]} of {words[0]}")  # "Justice Department"
    return found


def _merge_spellings(clusters: dict[str, Cluster]) -> None:
    """"Kristin Wilkins" and "Kristen Wilkins" in one story are one person misspelt once, and
    a lone "Mauer" is K.C. Maurer's."""
    people = defaultdict(list)
    for key, c in clusters.items():
        words = key.split()
        if c.kind == "person" and len(words) >= 2 and len(words[0]) >= 2:
            people[words[-1]].append(key)
    # Only a surname of a length within one of a word's can be one letter apart from it.
    by_length: dict[int, list[str]] = defaultdict(list)
    for surname in people:
        by_length[len(surname)].append(surname)
    # whatever the tagger called the variant ("At Brazille's direction" as a place)
    for key in [k for k in clusters if " " not in k and len(k) >= 5
                and k not in COUNTRIES and k not in US_STATES and k not in COUNTRY_ALIASES]:
        near = {full for n in (len(key) - 1, len(key), len(key) + 1) for surname in by_length.get(n, ())
                if _one_letter_apart(key, surname) for full in people[surname]}
        full = clusters[near.pop()] if len(near) == 1 else None
        if full is not None and key in clusters and _variant_of(clusters[key], full):
            full.absorb(clusters.pop(key))
    for keys in people.values():
        for a, b in combinations(keys, 2):
            if a in clusters and b in clusters and len(a.split()) == len(b.split()) == 2 \
                    and len(a.split()[0]) >= 4 and _one_letter_apart(a.split()[0], b.split()[0]):
                big, small = sorted((a, b), key=lambda k: -len(clusters[k].mentions))
                clusters[big].absorb(clusters.pop(small))
    _merge_misspelt_bodies(clusters)


def _merge_misspelt_bodies(clusters: dict[str, Cluster]) -> None:
    """"the Untied Nations" once beside "the United Nations": a body's name with one word
    misspelt, used no more often than the name, is that body."""
    bodies: dict[tuple[str, ...], list[str]] = defaultdict(list)  # keys by their words but one
    for key, c in clusters.items():
        words = key.lower().split()  # "United Nations" keys its aliases
        if c.kind == "organization" and len(words) >= 2:
            for i in range(len(words)):
                bodies[tuple(words[:i] + [""] + words[i + 1:])].append(key)
    for keys in bodies.values():
        for a, b in combinations(keys, 2):
            if a in clusters and b in clusters and any(
                    len(x) >= 4 and _one_letter_apart(x, y) for x, y in zip(a.lower().split(), b.lower().split(),
                                                                             strict=True)):
                big, small = sorted((a, b), key=lambda k: (-len(clusters[k].mentions), clusters[k].starts[0]))
                clusters[big].absorb(clusters.pop(small))


def _variant_of(short: Cluster, full: Cluster) -> bool:
    """Only a rare variant of a name the story repeats ("Anderson" is not "David Andersen"),
    or one written as often after the full name, however the tagger took it ("Mauer" once
    after "K.C. Maurer")."""
    n, n_full = len(short.mentions), len(full.mentions)
    return n < n_full or (n == n_full and short.starts[0] > full.named_starts[0])


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped, or two side by side swapped: "Kristin"/"Kristen",
    "Water"/"Waters", "Untied"/"United"."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _merge_short_names(clusters: dict[str, Cluster]) -> None:
    """A one-word name clustered on its own ("Devereux" tagged as an organisation, "Jamie",
    "Kingsmoor" before "Kingsmoor United") joins the one full name it shortens: a person by
    surname or first name, else an organisation by its first or last word."""
    people = defaultdict(list)
    firsts = defaultdict(set)  # organisations and places by their first word
    lasts = defaultdict(set)  # ... and by their last
    for c in clusters.values():
        words = c.key.split()
        if len(words) < 2:
            continue
        if c.kind == "person":
            people[words[-1]].append(c)
            people[words[0]].append(c)
        elif c.kind in ("organization", "place"):
            firsts[words[0]].add(c)
            lasts[words[-1]].add(c)
    alone = Counter(m.text.lower() for c in clusters.values() for m in c.mentions  # "Melania"
                    if m.label != "DESC" and " " not in m.text)
    for key in [k for k in clusters if " " not in k]:
        short = clusters[key]
        if key in COUNTRIES or key in CONTINENTS or key in COUNTRY_ALIASES or any(" " in f for f in short.forms) \
                or short.descriptors & FAMILY_NOUNS:
            continue  # "River Tamsey" has a one-word key but is no short form, "the Bush family" no person
        named = set(people.get(key, []))
        full = _most_named(_bare_surname_of(named, key, short, alone) or named)
        if not full:
            # A one-word person, place or organisation shortens the one name it opens
            # ("Kingsmoor" tagged as a person) and may name it by its last word ("Ravensby"
            # for the Port of Ravensby), but a place never stands for a body named after it
            # ("York" is not BBC Radio York). Of several, those of the same kind ("the
            # Rialto", a place, is the Rialto Theater, not the Rialto Preservation Trust).
            found = set(firsts.get(key, ()))
            if short.kind == "place" and _where_something_is_at(short):
                # "in Ohio" is the state, not the Ohio Republican Party
                found = {c for c in found if c.kind == "place"}
            if short.kind == "organization":
                found |= lasts.get(key, set())
            elif short.kind == "place":
                found |= {c for c in lasts.get(key, ()) if c.kind == "place"}
            elif short.kind == "person":
                # "Barack Obama's America" tagged as a body: the person's full name
                as_body = [c for c in lasts.get(key, ()) if _names_a_person(c)]
                if len(as_body) == 1:
                    found = set(as_body)
                    as_body[0].said_kind = "person"
            if len(found) > 1:
                found = {c for c in found if c.kind == short.kind}
            full = list(found)
        if len(set(full)) == 1 and full[0] is not short:
            if full[0].kind == "person" and any(map(_files_a_story, short.mentions)):
                # "WASHINGTON (AP) —" is where the story was filed, though "Washington, star of
                # television's Scandal" is Kerry Washington: the dateline stays the place.
                place, short = Cluster(key), Cluster(key)
                for m in clusters[key].mentions:
                    (place if _files_a_story(m) else short).add(m)
                clusters[key] = place
                if not short.mentions:
                    continue
            # the full name decides the kind, not the tags of its short form
            label = "PERSON" if full[0].kind == "person" else full[0].label
            short.labels = {label: len(short.mentions)}
            full[0].absorb(short)
            if clusters[key] is short:
                del clusters[key]
        elif any(c.key.split()[-1] == key for c in named):
            short.said_kind = "person"  # the surname of people the story names in full, which of them unclear


DATELINE_ENDS = {"(", ",", "-", "\u2013", "\u2014"}


def _files_a_story(m: Mention) -> bool:
    """A place's name in capitals opening a sentence and followed by a wire service, a
    region or a dash: the dateline "WASHINGTON (AP) —", "BUFFALO, N.Y. --"."""
    head = m.head
    return m.text.isupper() and head is not None and m.sentence is not None and m.start == m.sentence.start \
        and head.i + 1 < len(head.doc) and head.doc[head.i + 1].text[:1] in DATELINE_ENDS


def _where_something_is_at(c: Cluster) -> bool:
    """Whether a mention of the cluster is where something is or happens: "in Ohio"."""
    return any(m.head is not None and m.label != "DESC" and m.head.dep_ == "pobj" and m.head.head.lower_ in LOCATIVE
               for m in c.mentions)


def _bare_surname_of(named: set[Cluster], surname: str, short: Cluster, alone: Counter[str]) -> set[Cluster]:
    """Of people sharing a surname, the one a bare surname stands for when the story marks
    the others: by an honorific ("Mrs Trump") or by shortening their name to the first name
    at least as often as it writes it in full ("Melania"; `alone` counts the one-word
    mentions). Empty when that leaves not exactly one."""
    unmarked = {c for c in named if c.key.split()[-1] == surname and not (c.genders - short.genders)
                and alone[c.key.split()[0]] < sum(" " in m.text for m in c.mentions)}
    return unmarked if len(unmarked) == 1 else set()


def _names_a_person(c: Cluster) -> bool:
    """Whether a body's name has a person's shape: a first name and a surname, no word of an
    organisation's name ("Barack Obama" tagged as a body, but not "Team Clinton")."""
    words = c.key.split()
    return c.kind == "organization" and len(words) == 2 and words[0] not in ORG_FIRST_WORDS \
        and words[0] not in ORG_NAME_WORDS and words[0] not in GENERIC_NAME_WORDS


def _most_named(people: set[Cluster]) -> list[Cluster]:
    """The person a shared name stands for: the only one, or the one the story names at least
    twice as often as any other ("Trump" for Donald Trump, not Melania Trump named once)."""
    ranked = sorted(people, key=lambda c: len(c.mentions), reverse=True)
    if len(ranked) == 1 or (ranked and len(ranked[0].mentions) >= 2 * len(ranked[1].mentions)):
        return ranked[:1]
    return []


def _add_missed(parsed: Parsed, clusters: list[Cluster], places: set[str]) -> None:
    """The tagger misses some repeats of a name it found elsewhere ("accuses the ICC of"):
    every other occurrence of a name already found, written the same way, is a mention too."""
    text = parsed.text
    taken = SpanMask(len(text), ((m.start, m.end) for c in clusters for m in c.mentions))
    forms: dict[str, Cluster] = {}
    for c in clusters:
        for m in c.mentions:
            if len(m.text) >= 2 and (m.text.isupper() or " " in m.text or m.label != "PERSON"):
                forms.setdefault(m.text, c)
                lowered_head = _with_head_lowered(m.text)
                if lowered_head:
                    forms.setdefault(lowered_head, c)
    # Short forms the text is likely to use once a full name is known: a person's surname or
    # first name ("Delaney said" after "Sen. Mark Delaney"), an organisation's distinctive
    # first word ("Cindral" after "Cindral Systems Inc."). Only forms that fit one actor.
    short: dict[str, set[Cluster]] = defaultdict(set)
    names = [(c, _without_suffix(c.name.split())) for c in clusters]
    # Not a place word either: "Italian" opens "Italian Supreme Court" but is no short form.
    openers = {c: parts[0] for c, parts in names if len(parts) >= 2 and c.kind == "organization" and len(parts[0]) >= 4
               and parts[0].lower() not in GENERIC_NAME_WORDS and parts[0].lower() not in places}
    # Words the text also uses as common nouns, in any inflection ("rails" for "Rail").
    common = parsed.written_lower(w.lower() for w in openers.values())
    for c, parts in names:
        if len(parts) < 2:
            continue
        if c.kind == "person":
            short[parts[-1]].add(c)
            if parts[0].lower() not in DEMONYMS:  # "German Ortega", but "German" is a nationality
                short[parts[0]].add(c)
        elif c in openers and openers[c].lower() not in common:
            short[openers[c]].add(c)
    for form, owners in short.items():
        if len(owners) == 1 and form[:1].isupper() and form not in forms and form.isalpha():
            forms[form] = next(iter(owners))
    if not forms:
        return
    for start, end in _repeats(text, forms):
        if taken.hits(start, end) or parsed.in_furniture(start, end) or text[end:end + 2] in _DOT_LOWER:
            continue  # also not "Scientology" in "the Scientology.org site", an address
        sent = parsed.sentence_at(start)
        if sent is None:
            continue
        form = text[start:end]
        c = forms[form]
        columns = parsed.token_columns[sent.base]
        tok = next((columns.doc[i] for i in indices_overlapping(sent, columns, start, start + 1)), None)
        if " " not in form and form not in c.forms and (
                tok is None or tok.tag_ not in ("NNP", "NNPS", "NN", "NNS", "JJ") or _in_longer_name(text, start, end)):
            continue
        # A repeat the tagger missed is no vote on what the name is: casting its first mention's
        # label ("Trump" tagged a body once) again at every repeat outvoted the tagger's readings.
        c.add(Mention(start, end, form, c.label, tok, sent), vote=False)
        taken.add(start, end)


def _with_head_lowered(name: str) -> str | None:
    """"Indonesian navy" for "Indonesian Navy": a body's name whose last word is a common
    noun for a body, as the text may write it again in lower case."""
    first, sep, last = name.rpartition(" ")
    if not sep or not last.istitle() or last.lower() not in BODY_HEADS:
        return None
    return f"{first} {last.lower()}"


WORD_RE = re.compile(r"\w+")
# The words WORD_RE finds that open with a capital, found by skipping to the text's capitals
# (the lookbehind after the first one keeps to words' starts): a quarter of the time.
CAPITALISED_WORD = re.compile(r"[A-Z](?<!\w[A-Z])\w*")
_DOT_LOWER = {"." + c for c in "abcdefghijklmnopqrstuvwxyz"}


def _repeats(text: str, forms: Collection[str]) -> Iterator[Span]:
    r"""Where the forms stand in text as whole words, the longest at a place, left to right,
    without overlaps: as the forms' alternation, (?<![\w-])(?:...)(?![\w-]), would find them
    scanning every character, but tried only where a word that opens one of them starts (a
    scan of the whole text with an alternation of hundreds of names cost three times as
    much), and compared there as strings: compiling the alternation, new for each text, cost
    as much as the search."""
    # The forms a word opens, in the order the alternation tries them (lexicon.alternation).
    by_opener: dict[str, list[str]] = defaultdict(list)
    for form in sorted(set(forms), key=lambda n: (-len(n), n)):
        opener = WORD_RE.match(form)
        if opener is None:  # a form opening with a sign: the alternation is scanned for
            pattern = re.compile(r"(?<![\w-])(?:" + alternation(forms, trie=False) + r")(?![\w-])")
            yield from (m.span() for m in pattern.finditer(text))
            return
        by_opener[opener.group()].append(form)
    # Names nearly always open with a capital: then only the words that do are asked.
    capitalised = all("A" <= w[0] <= "Z" for w in by_opener)
    end = 0
    for word in (CAPITALISED_WORD if capitalised else WORD_RE).finditer(text):
        forms_of = by_opener.get(word.group())
        if forms_of is None:
            continue  # most words open no form: asked before where the word stands
        start = word.start()
        # A word starts where no word character is before it, but a hyphen may be.
        if start < end or text[start - 1:start] == "-":
            continue
        for form in forms_of:
            after = start + len(form)
            if text.startswith(form, start) and not (after < len(text) and word_char_or_hyphen(text[after])):
                end = after
                yield start, after
                break


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """A surname inside another capitalised name ("Delaney Street") is not the person."""
    before = re.search(r"([A-Z][\w'\u2019-]*)\s+$", text[max(0, start - 30):start])
    after = re.match(r"\s+[A-Z][\w-]*", text[end:end + 30])
    return bool(after) or bool(before and before.group(1).lower().rstrip(".") not in HONORIFICS | TITLES)


# ---------------------------------------------------------------- descriptions

# Descriptions whose noun is not the name's own word: "the force" for Wessex Police.
SYNONYMS = {noun: frozenset(n.strip() for n in names.split(","))
            for noun, names in table("description_synonyms").items()}
SETTLEMENTS = words("settlements")
REGIONS = words("regions")
COUNTRY_NOUNS = words("country_nouns")
STATE_NOUNS = words("state_nouns")
# Synonyms of a river, lake or mountain's own head word come first: "the river" for the River Tamsey.
GEO_PREFIXES = words("geo_prefixes")
BODY_NOUNS = words("body_nouns")
SITE_NOUNS = words("site_nouns")
PUBLIC_BODIES = words("public_bodies")
BODY_HEADS = PUBLIC_BODIES | ORG_TYPE_NOUNS
GROUP_NOUNS = words("group_nouns")
TEAM_NOUNS = words("team_nouns")
# Characters back to the organisation a generic noun can refer to.
GENERIC_REACH = 800
NOT_ANAPHORIC = words("not_anaphoric")
UNNAMED_BODIES = words("unnamed_bodies")
FAMILY_NOUNS = words("family_nouns")
RELATION_NOUNS = KIN | FAMILY_NOUNS


def _add_descriptions(parsed: Parsed, clusters: list[Cluster], taken: SpanMask) -> None:
    """Definite descriptions of named actors: "the court" after the International Criminal
    Court, "The Hague-based court", "the company" after a company, "the village" after a
    village's name, "the president" after a person introduced as President. Each joins the
    most recently named fitting actor. A few actors are known only by a description: "the
    government", "the family of Jamie Fletcher"; they get rows of their own. `taken`: the
    characters of the clusters' mentions (_add_appositions' mask, each added as it is)."""
    refs = Referents(clusters, parsed)
    text = parsed.text
    people = {m.start: c for c in clusters if c.kind == "person" for m in c.mentions}
    unnamed: dict[str, Cluster] = {}  # by head noun, the latest actor known only by description
    owned: dict[str, Cluster] = {}  # by head noun, the latest place's own body ("Vietnam's government")
    columns = parsed.token_columns
    nouns = {base: _description_nouns(c) for base, c in columns.items()}
    for s in parsed.sentences:
        if parsed.in_furniture(s.start, s.end):
            continue
        c = columns[s.base]
        lower = c.lower
        for i in s.indices_among(nouns[s.base]):
            kids = c.children(i)
            word = c.text(i)
            if (c.ent_type[i] and not _owner_in_name(c, i)) or not word.isalpha():
                continue
            if word[0].isupper() and i != s.sent.start and (i == 0 or lower[i - 1] != "the") \
                    and lower[i] not in TITLES:
                continue  # a capitalised noun mid-sentence is a name of its own, but not "the Home Secretary"
            lefts = [k for k in kids if k < i]
            owner = _place_owner(c, i, lefts)
            if owner is not None:
                first = owner + 2 if owner + 2 <= i else i  # after "Piedmont's"
                start, end = c.start(first), c.end(i)
                if not taken.hits(start, end):
                    body = text[c.start(owner):end]  # "Piedmont's regional government"
                    owned[lower[i]] = _unnamed_actor(clusters, body)
                    owned[lower[i]].add(Mention(start, end, body, "ORG", c.doc[i], s))
                    taken.add(start, end)
                continue
            det = _left_det(c, i, lefts, s)
            if det is None or any(lower[k] in NOT_ANAPHORIC for k in lefts):
                continue
            rights = [k for k in kids if k > i]
            if not _refers_back(c, i, rights):
                continue
            start, end = c.start(det), c.end(i)
            if taken.hits(start, end):
                continue
            head = lower[i]
            modifiers = range(det + 1, i)
            relative = _family_of(c, rights, people) if head in FAMILY_NOUNS else None
            name = None
            target: Cluster | None
            if relative is not None:
                name = f"{relative.name.split()[-1]} {head}"
                target = unnamed[head] = _unnamed_actor(clusters, name)
            elif _names_its_own(c, rights):
                continue
            else:
                # the words of the phrase are joined only for a head that is a person's role
                phrase = " ".join(lower[k] for k in (*modifiers, i)) if head in refs.by_role else ""
                target = refs.find(head, phrase, start) if not refs.empty else None
                if target is None and not modifiers and not any(c.dep[k] == Dep.prep for k in rights):
                    # "the government" after "Vietnam's government", but not "the government in Rome"
                    target = owned.get(head)
                if target is None and head in UNNAMED_BODIES and all(c.ent_type[k] == Ent.NORP for k in modifiers) \
                        and not any(c.dep[k] == Dep.prep and lower[k] == "of" for k in rights):
                    name = " ".join(c.text(k) for k in (*modifiers, i))
                    target = unnamed[head] = unnamed.get(head) or _unnamed_actor(clusters, name)
                target = target or unnamed.get(head)
            if target is None:
                continue
            if target.mentions:
                target.add(Mention(start, end, text[start:end], "DESC", c.doc[i], s))
            else:
                kind = "NORP" if head in FAMILY_NOUNS else "ORG"
                assert name is not None  # a row without mentions was made just now, under this name
                target.add(Mention(start, end, name, kind, c.doc[i], s))
            taken.add(start, end)


# The determiners _left_det takes to open a description.
DEFINITE_DETS = frozenset(("the", "this", "that"))
DESCRIPTION_TAGS = frozenset((Tag.NN, Tag.NNP, Tag.NNPS))
PROPER_TAGS = frozenset((Tag.NNP, Tag.NNPS))


def _description_nouns(c: TokenColumns) -> Sequence[int]:
    """The nouns of a batch (`c`: its columns) that may head a description: common or proper
    (NN, NNP, NNPS), with "the", "this", "that" or an owner among their dependents before
    them (what _left_det and _place_owner look for there: "a", "every" make no description),
    outside a name or owning it as _owner_in_name asks (its head a proper noun). Found as the
    heads of those openers, picked from the batch's DEP array at once: visited one by one,
    most of a text's nouns were let go at the first tests, and tested as arrays, a short
    article's few nouns cost a dozen passes over all its tokens."""
    import numpy

    dep = c.doc.to_array("DEP")
    heads = set()
    for k in numpy.flatnonzero((dep == Dep.det) | (dep == Dep.poss)).tolist():
        h = c.head[k]
        if k < h and (c.dep[k] == Dep.poss or c.lower[k] in DEFINITE_DETS):
            heads.add(h)
    tag, ent_type = c.tag, c.ent_type
    return array("q", sorted(i for i in heads if tag[i] in DESCRIPTION_TAGS and (
        not ent_type[i] or (c.dep[i] == Dep.poss and tag[c.head[i]] in PROPER_TAGS))))


def _add_appositions(parsed: Parsed, clusters: list[Cluster]) -> SpanMask:
    """A description in apposition to a name is a mention of that actor, like "the court"
    later on: "John Kerry, the Secretary of State", "the president of the region, Roberto
    Maroni", and after the name also an indefinite or bare one ("Erik Dahl, an analyst at
    DNB", "Mark Ellwood, managing director of the operator"). Not one before the name
    without "the" ("his former defence minister, Yoav Gallant"). Returns the characters of
    the clusters' mentions, the descriptions' to add to (made once for both)."""
    text = parsed.text
    taken = SpanMask(len(text), ((m.start, m.end) for c in clusters for m in c.mentions))
    for c in clusters:
        for m in list(c.mentions):
            noun = _apposed_noun(parsed, m)
            if noun is None:
                continue
            s = m.sentence
            assert s is not None  # _apposed_noun finds none without it
            names = [t.i for t in noun.lefts if t.tag_ == "NNP"]
            definite = _definite_noun(parsed.token_columns[s.base], noun.i)
            if names and definite or _listed_person(noun):
                continue  # not "the City manager, Paul Devereux", whose "City" is another actor
            start, end = s.tok_start(noun.left_edge), s.tok_end(noun)
            if (owner := next((t for t in noun.lefts if t.dep_ == "poss"), None)) and owner.tag_ != "PRP$":
                start = s.tok_start(owner.doc[owner.right_edge.i + 1])  # the owner is an actor of its own
            if names and taken.hits(start, end):  # "Kevin Allton, a USI instructor": the words after "USI"
                start = s.tok_start(noun.doc[names[-1] + 1])
            if not taken.hits(start, end):
                c.add(Mention(start, end, text[start:end], "DESC", noun, s))
                taken.add(start, end)
    return taken


def _apposed_noun(parsed: Parsed, m: Mention) -> Token | None:
    """The common noun of "the ..." set off by a comma right after the name, or the one
    whose apposition the name is, right before it."""
    head = m.head
    if head is None or m.label == "DESC" or m.sentence is None:
        return None
    s, i = m.sentence, head.i
    c = parsed.token_columns[s.base]
    for k in c.children(i):
        if k > i and c.dep[k] == Dep.appos \
                and (_definite_noun(c, k) or _what_it_is(c, k) and _set_off(c, i, k) and _beside(c, m.end, i, k)):
            edge = c.doc[k].left_edge.i
            if c.start(edge) >= m.end and c.text(edge - 1) == ",":
                return c.doc[k]
    if c.dep[i] != Dep.appos:
        return None  # asked before the name's first token is looked for: most names are in no apposition
    noun = c.head[i]
    first = s.index_from(m.start)  # the sentence's first token starting at or after the name's start
    at = i if first == s.sent.end else first
    if noun < at and (_definite_noun(c, noun) or _owned_title(c, noun)) and c.text(at - 1) == ",":
        return c.doc[noun]
    return None


def _owned_title(c: TokenColumns, i: int) -> bool:
    """"Malaysia's Prime Minister", "the team's coach", "Paris's father": a person's title,
    occupation or kin owned by a name or a noun, set before a name, is a mention of it, as a
    definite description is (not a pronoun's, "his former defence minister, Yoav Gallant";
    nor what is no person, "Mr. Trump's criticism of the judge, Gonzalo Curiel")."""
    return c.lower[i] in OWNED_PERSON_NOUNS and c.tag[i] != Tag.NNS and not c.ent_type[i] \
        and any(c.dep[k] == Dep.poss and c.tag[k] != Tag.PRP_POSS for k in c.children(i) if k < i)


def _beside(c: TokenColumns, end: int, i: int, k: int) -> bool:
    """Whether the indefinite or bare noun k follows the name ending at `end` (`i`: its head)
    as its description: with only an age, a parenthesis or the name's own words between
    ("Donna Lages, 39, a waitress", "Tom Cole of Oklahoma, an ally"), not "Pruitt further
    alleges that he was fired ..., a claim that"."""
    doc = c.doc
    edge = doc[k].left_edge.i
    gap = []  # the tokens between the name and the comma before the noun, last first
    t = edge - 2
    while t >= 0 and c.start(t) >= end:
        gap.append(doc[t])
        t -= 1
    name = doc[i]
    return all(g.is_punct or g.like_num or name.is_ancestor(g) for g in gap) \
        or (gap[0].text == ")" and gap[-1].text == "(")


def _listed_person(noun: Token) -> bool:
    """Whether a noun set after a name is another person's name with a word the tagger made
    its noun: "Bush, Rubio collide in scramble for voters" (a headline) lists two people; "a
    former Clinton aide" is an apposition, its determiner says so."""
    lefts = list(noun.lefts)
    return any(t.ent_type_ == "PERSON" for t in lefts) and not any(t.dep_ in ("det", "poss") for t in lefts)


def _what_it_is(c: TokenColumns, i: int) -> bool:
    """"a Booker Prize-winner", "director of the gallery", "her father": a singular common
    noun set after a name says what the actor is, and GUM's annotators, like a reader, take
    it for a mention of that actor. (Before the name, "his former defence minister, Yoav
    Gallant" is not one: only a definite description is, see `_definite_noun`.)"""
    if c.tag[i] != Tag.NN or c.ent_type[i] or (i + 1 < len(c) and c.tag[i + 1] == Tag.NNP):
        return False  # "former governor Douglas Wilder": a title before another name
    return all(c.lower[k] in ("a", "an") or c.tag[k] == Tag.PRP_POSS
               for k in c.children(i) if k < i and c.dep[k] in (Dep.det, Dep.poss))


def _set_off(c: TokenColumns, i: int, k: int) -> bool:
    """Whether noun k reads as set beside name i: closed by a comma, or the name not ending a
    phrase that opens the sentence. In "In Tulsa, an unarmed man with his hands up." the
    sentence goes on after the comma; in "For Kevin Allton, a USI instructor, Warhol was" the
    apposition is closed. Not where the noun is a clause's subject (_subject_of_next_clause)."""
    if _subject_of_next_clause(c, k):
        return False
    after = c.doc[k].right_edge.i + 1
    if after < len(c) and c.text(after) == ",":
        return True
    if c.dep[i] != Dep.pobj:
        return True
    prep = c.doc[c.head[i]]
    return not all(t.is_punct for t in prep.doc[prep.sent.start:prep.i])  # "“In Tulsa, ..."


def _subject_of_next_clause(c: TokenColumns, k: int) -> bool:
    """Whether a finite verb goes on from noun k, which the parser set beside a name: in "with
    Tara Voss, 23, a delivery truck pulled up to the curb and began" the noun is the next
    clause's subject. A past tense counts only with another after "and": alone it is most
    often a participle ("Joe Hale, a host considered one of the best")."""
    return any(c.dep[v] == Dep.acl and (c.tag[v] in Tag.PRESENT_VERBS or c.tag[v] == Tag.VBD and any(
        c.dep[w] == Dep.conj and c.tag[w] in Tag.FINITE_VERBS for w in c.children(v)))
        for v in c.children(k) if v > k)


def _definite_noun(c: TokenColumns, i: int) -> bool:
    """"the Secretary", "the voice": a common noun or title opened by "the"."""
    return (c.tag[i] == Tag.NN or c.lower[i] in TITLES) and not c.ent_type[i] \
        and any(c.dep[k] == Dep.det and c.lower[k] == "the" for k in c.children(i) if k < i)


def _place_owner(c: TokenColumns, i: int, lefts: list[int]) -> int | None:
    """The place whose government token i is: "Piedmont's regional government", "Britain's
    government" (an actor of its own, not the government the story is about). `lefts`: its."""
    if c.lower[i] not in UNNAMED_BODIES:
        return None
    owner = next((k for k in lefts if c.dep[k] == Dep.poss), None)
    if owner is None or c.ent_type[owner] != Ent.GPE or owner + 1 >= len(c) or c.tag[owner + 1] != Tag.POS \
            or any(c.tag[k] not in (Tag.JJ, Tag.NN) for k in range(owner + 2, i)):
        return None
    return owner


def _family_of(c: TokenColumns, rights: list[int], people: dict[int, Cluster]) -> Cluster | None:
    """The person in "the family of Jamie Fletcher". `rights`: the noun's."""
    for prep in rights:
        if c.dep[prep] == Dep.prep and c.lower[prep] == "of":
            for obj in c.children(prep):
                if c.dep[obj] == Dep.pobj:
                    for k in range(c.doc[obj].left_edge.i, obj + 1):
                        if c.start(k) in people:
                            return people[c.start(k)]
    return None


def _unnamed_actor(clusters: list[Cluster], name: str) -> Cluster:
    """The row for an actor named by a description ("Fletcher family"), made on first use."""
    found = next((c for c in clusters if c.key == name.lower()), None)
    if found is None:
        found = Cluster(name.lower())
        clusters.append(found)
    return found


def _generic_parts() -> dict[str, tuple[str, ...]]:
    """Of which kinds of actor (Referents' parts, in order) a generic noun may refer to: a
    synonym's named actors ("the force" for Wessex Police), a body, a company, a place."""
    parts: dict[str, tuple[str, ...]] = {noun: ("synonyms",) for noun in SYNONYMS}
    for noun in COMPANY_NOUNS:
        parts[noun] = ("groups",) if noun in GROUP_NOUNS else ("companies",)
    for noun in BODY_NOUNS - set(SYNONYMS):
        parts[noun] = ("bodies",)
    for noun in BODY_NOUNS & set(SYNONYMS):
        parts[noun] += ("acronyms",)
    for noun in PLACE_NOUNS:
        # and, by a synonym, the town's own body ("the Municipality of Livorno")
        parts[noun] = ("settlements" if noun in SETTLEMENTS else "named_places",) + parts.get(noun, ())
    parts |= {noun: ("sites",) for noun in SITE_NOUNS}
    parts |= {noun: ("states",) for noun in STATE_NOUNS}
    parts |= {noun: ("countries",) for noun in COUNTRY_NOUNS}
    return parts


GENERIC_PARTS = _generic_parts()


class Referents:
    """Who a definite description can refer to, by its head noun."""

    def __init__(self, clusters: list[Cluster], parsed: Parsed) -> None:
        self.by_head: dict[str, list[Cluster]] = defaultdict(list)  # named heads, any distance
        self.by_role: dict[str, list[tuple[Cluster, str]]] = defaultdict(list)
        companies, groups, bodies, places, countries = [], [], [], [], []
        for c in clusters:
            kind = c.kind
            if kind == "organization":
                bodies.append(c)
                heads = set(c.descriptors)
                head_word = c.head_word
                if len(c.name.split()) > 1:
                    heads.add(head_word)
                for head in heads:
                    self.by_head[head].append(c)
                if head_word not in PUBLIC_BODIES and heads.isdisjoint(PUBLIC_BODIES) and heads.isdisjoint(TEAM_NOUNS):
                    groups.append(c)
                    if head_word not in NOT_COMPANIES and heads.isdisjoint(NOT_COMPANIES):
                        companies.append(c)
            elif kind == "place":
                if c.is_country:
                    countries.append(c)
                elif c.key not in CONTINENTS:
                    places.append(c)
                heads = set(c.descriptors)  # "the village" after "the village of Kelby"
                if len(c.name.split()) > 1 and not c.is_country:
                    heads.add(c.head_word)  # "the port" after "Port of Ravensby"
                for head in heads:
                    self.by_head[head].append(c)
            elif kind == "person":
                for role in set(c.roles):
                    # "managing director of the operator" is a director, not an operator
                    head = re.split(r"\s+of\s+", role.lower(), maxsplit=1)[0].split()[-1]
                    self.by_role[head].append((c, role.lower()))
        # A cluster's kind and name are worked out from its mentions at every read: once here.
        self._named = [(c, set(c.name.lower().replace("\u2019s", "").split())) for c in clusters
                       if c.kind in ("organization", "place")]
        regions = {c for c in places if any(_region_after_town(parsed, m) for m in c.mentions)}
        # The fitting actors of each kind, joined for a noun (GENERIC_PARTS) only when a
        # description with that noun is met: most nouns of the lexicon are never met in one article.
        self._parts = {
            "groups": groups, "companies": companies, "bodies": bodies,
            # "the agency" after "the FBI": a body known by its acronym alone says no more of itself
            "acronyms": [c for c in bodies if c.name.isupper() and " " not in c.name],
            # "the city" is a town's name, not a road's or a river's, nor the region of "Livorno, Tuscany"
            "settlements": [c for c in places if c.label == "GPE" and c not in regions],
            "named_places": [c for c in places if c.label in ("GPE", "LOC")],
            "sites": [c for c in places if c.head_word in BUILDING_NOUNS],
            "states": [c for c in places if c.key in US_STATES],
            "countries": countries,
        }
        self._generic: dict[str, list[Cluster]] = {}
        self.empty = not (self.by_head or self.by_role or bodies or places or countries)
        self.quoted = parsed.quoted_mask

    def find(self, head: str, phrase: str, pos: int) -> Cluster | None:
        scored = [(c.last_named_before(pos), c) for c in self.by_head.get(head, ())]
        scored += [(c.last_named_before(pos), c) for c, role in self.by_role.get(head, ()) if role.endswith(phrase)]
        scored = [t for t in scored if t[0] >= 0]
        if scored:
            return max(scored, key=lambda t: t[0])[1]
        # A generic noun ("the company") means the most talked-about fitting actor of the
        # last few paragraphs, not merely the last one named.
        near = []
        country, place = head in COUNTRY_NOUNS, head in PLACE_NOUNS
        # "the country" is the story's country however long since it was named
        reach = len(self.quoted.bits) if country else GENERIC_REACH
        for c in self.generic(head):
            # Whether any mention is in reach is asked first: of a generic noun's many fitting
            # actors, few were mentioned in the last few paragraphs.
            i = bisect.bisect_left(c.starts, pos)
            if not i or pos - c.starts[i - 1] > reach:
                continue
            if country and all(_listed(m) for m in c.mentions if m.start < pos):
                continue  # "asylum seekers from Syria, Libya and Yemen": none is the story's country
            if place and _called_otherwise(c, head):
                continue  # "the city" is not what the story called "the region"
            last = self._last_unquoted_before(c, i, pos, reach)
            if last >= 0:
                # mentions so far, then whether it has been a subject (the story's own
                # company rather than the analyst quoted about it), then recency
                topic = bool(c.subject_starts) and c.subject_starts[0] < pos
                near.append((i, topic, last, c))
        return max(near, key=lambda t: t[:3])[3] if near else None

    def generic(self, noun: str) -> list[Cluster]:
        """The actors a generic noun ("the company", "the city") may refer to, nearby only."""
        found = self._generic.get(noun)
        if found is None:
            found = self._generic[noun] = [
                c for part in GENERIC_PARTS.get(noun, ()) for c in (
                    [c for c, name_words in self._named if SYNONYMS[noun] & name_words]
                    if part == "synonyms" else self._parts[part])]
        return found

    def _last_unquoted_before(self, c: Cluster, i: int, pos: int, reach: int) -> int:
        """A generic noun refers back to an actor mentioned in the narrative, not inside a
        quote; a chain of descriptions ("the hospital ... the hospital") keeps it in reach.
        `i`: the number of c's mentions starting before pos."""
        while i > 0:
            i -= 1
            start = c.starts[i]
            if pos - start > reach:
                return -1
            if not self.quoted.covers(start):
                return start
        return -1


def _region_after_town(parsed: Parsed, m: Mention) -> bool:
    """"Tuscany" in "in Livorno, Tuscany"."""
    h = m.head
    return h is not None and h.dep_ == "appos" and _region_of(
        parsed.token_columns[_sentence_of(m).base], h.head.i, h.i)


def _sentence_of(m: Mention) -> Sentence:
    """The sentence of a mention with a head token, which every such mention is made with."""
    assert m.sentence is not None
    return m.sentence


def _called_otherwise(c: Cluster, noun: str) -> bool:
    """Whether the story calls a place a settlement when the noun is a region's, or the
    other way round ("the Lombardy region" is no city)."""
    return not c.called.isdisjoint(REGIONS if noun in SETTLEMENTS else SETTLEMENTS)


def _listed(m: Mention) -> bool:
    """Whether the mention is one item of a list ("Syria, Libya and Yemen")."""
    h = m.head
    return h is not None and (h.dep_ == "conj" or any(c.dep_ == "conj" for c in h.children))


def _names_its_own(c: TokenColumns, rights: list[int]) -> bool:
    """"the island of Ischia", "the city of Leeds": the phrase (by its head's right
    children) introduces its own name."""
    return any(c.dep[k] == Dep.prep and c.lower[k] == "of" and any(c.tag[g] == Tag.NNP for g in c.children(k))
               for k in rights)


def _left_det(c: TokenColumns, i: int, lefts: list[int], s: Sentence) -> int | None:
    """The "the" that opens the noun phrase of token i (in sentence s), when only modifiers
    stand between, or a demonstrative or possessive pronoun in its place: "that county", "our
    country", "her party" are as definite (but "18% of that group" is a set of people, not a
    body). `lefts`: its."""
    for k in lefts:
        if c.dep[k] == Dep.det:
            if c.lower[k] in ("this", "that"):
                return k if c.lower[i] not in GROUP_NOUNS else None
            return k if c.lower[k] == "the" else None
        if c.dep[k] == Dep.poss and c.tag[k] == Tag.PRP_POSS:
            return k if _possessed_description(c.lower[i], s, c) else None
    return None


def _owner_in_name(c: TokenColumns, i: int) -> bool:
    """"the university's School of Medicine" tagged as one name: the common noun owning the
    name is a description of its own."""
    return c.text(i).islower() and c.dep[i] == Dep.poss and c.tag[c.head[i]] in (Tag.NNP, Tag.NNPS)


def _possessed_description(noun: str, s: Sentence, c: TokenColumns) -> bool:
    """"her party" names an actor, but "her father" is a relative, and "The Syrian team listed
    their country" a country the story may never name. The sentence is the one tok is in, as
    the caller knows it: Token.sent first asks whether the whole batch has sentence starts,
    reading every token of it (40 microseconds a call on a 5,000-character batch). Its
    nationalities are read from the entity types of its batch's columns `c`, not from each of
    its tokens built, nor from all the batch's picked out first (the few possessives of a short
    article do not pay for that)."""
    return noun not in RELATION_NOUNS and Ent.NORP not in c.ent_type[s.sent.start:s.sent.end]


def _refers_back(c: TokenColumns, i: int, rights: list[int]) -> bool:
    """Not "the company Hitwise UK" or "her colleague Dwayne Ellery" (a title before a name),
    nor "the group whose robots scored most" (a relative clause says which, not the story),
    nor "in the company of other photographers" (what it is made of says which). `rights`:
    token i's."""
    if i + 1 < len(c) and c.tag[i + 1] == Tag.NNP:
        return False
    for k in rights:
        dep = c.dep[k]
        if dep == Dep.prep and c.lower[k] == "of" and any(c.tag[g] == Tag.NNS for g in c.children(k)):
            return False
        if dep == Dep.relcl and c.text(c.doc[k].left_edge.i - 1) != ",":
            return False
    return True


# ---------------------------------------------------------------- roles

# The tags a title's words may have, as TokenColumns holds them.
ROLE_TAGS = {string_hash(t) for t in ("NN", "NNS", "NNP", "NNPS", "JJ", "POS", "HYPH", "IN")}
NOUN_TAGS = {Tag.NN, Tag.NNS, Tag.NNP, Tag.NNPS}
DASHES = ("\u2014", "\u2013", "--")
YEAR = re.compile(r"1\d{3}|20\d{2}")


def _add_roles(parsed: Parsed, clusters: list[Cluster], headlines: SpanMask) -> None:
    for c in clusters:
        if c.kind != "person":
            continue
        for m in c.mentions:
            if headlines.hits(m.start, m.end):
                continue  # "Conservative Icon Ann Roe Endorses Ted Cruz", "Poll: Roe Leads": cut and capitalised
            role = _role_before(parsed, m) or _role_appositive(parsed, m)
            if role and not _no_title(role):
                c.roles.append(role)


NOT_TITLES = words("not_titles")


def _no_title(role: str) -> bool:
    """Whether words read as a role end with a pronoun or rank that ends no title: "the one
    who built it", "the No. 2 in the leadership"."""
    return role.split()[-1].lower().rstrip(".") in NOT_TITLES


def _role_before(parsed: Parsed, m: Mention) -> str | None:
    """The title words written before a name: "Israeli Prime Minister", "lawyer",
    "Washington director of Human Rights Watch"; read by index from the batch's columns."""
    head, sent = m.head, m.sentence
    if head is None:
        return None
    assert sent is not None  # a mention with a head token has its sentence
    c = parsed.token_columns[sent.base]
    opens, ends = sent.sent.start, sent.sent.end
    first = sent.index_from(m.start)  # the sentence's first token starting at or after the name's start
    if first == ends:
        return None
    toks: list[int] = []
    i = first - 1
    if i - 1 >= opens and _title_set_off(c, i - 1, head.i):
        i -= 1  # "Malaysia's Prime Minister, Najib Razak said"
    while i >= opens and len(toks) < 10:
        tag = c.tag[i]
        if tag not in ROLE_TAGS or (tag == Tag.IN and c.lower[i] != "of") \
                or (tag not in (Tag.POS, Tag.HYPH) and not (c.length[i] > 1 and c.text(i).isalpha())):
            break
        if tag == Tag.POS:
            break  # "ACLU's lawyer": the role is what follows the owner
        if tag == Tag.HYPH and not _joins_words(c, i):
            break  # "NEW YORK - Republican candidate Donald Trump": a dash, the dateline's
        toks.append(i)
        i -= 1
    # "BuzzFeed Editor-in-Chief Ben Smith", "78-year-old president Jay DiPietro": a word the
    # walk stopped inside is the title's whole first word, not its last piece
    if toks and _joins_words(c, toks[-1]):
        while i >= opens and c.end(i) == c.start(toks[-1]):
            toks.append(i)
            i -= 1
    toks.reverse()
    while toks and (c.lower[toks[0]] == "of" or c.tag[toks[0]] == Tag.HYPH):
        toks.pop(0)
    words = [k for k in toks if c.lower[k].rstrip(".") not in HONORIFICS]
    while words and (c.lower[words[-1]] == "of" or c.tag[words[-1]] == Tag.NNP and c.lower[words[-1]] in GIVEN_NAMES
                     and c.lower[words[-1]] not in TITLE_WORDS):
        # "DNC Chair Debbie" before "Wasserman Schultz": the name's own first word
        words.pop()
    if words and words[0] > opens and c.lower[words[0] - 1] in INDEFINITE_DETS and c.tag[words[0]] == Tag.NN \
            and c.lower[words[0]] not in PERSON_NOUNS:
        # "a state Sanders is likely to win", "in a way FBI Director James Comey slammed": a
        # thing the name's clause is said of; a title is not written "a lawyer Ann Roe"
        words.pop(0)
        while words and c.lower[words[0]] == "of":
            words.pop(0)
    if not words or not any(c.tag[k] in NOUN_TAGS for k in words) or c.lower[words[-1]] in KIN:
        return None  # "the family of Jamie Fletcher" gives no role
    of = next((i for i, k in enumerate(words) if c.lower[k] == "of"), len(words))
    last = words[of - 1] if of else words[-1]  # "Secretary" in "former Secretary of State"
    while words[0] != last and c.end(words[0]) != c.start(words[1]) and c.doc[words[0]].is_ancestor(head):
        # "the reason President Obama gave", "his wife Senator Ann Roe": the name is said of
        # the word, not the word of the name
        words.pop(0)
    # ... also after other words: through the name's clause ("the last thing state
    # Representative Ann Roe wants"), or set beside what is no person ("the Syrian refugees
    # President Obama wants"); but "presidential candidate Senator Ann Roe" is hers
    said_of = [j for j, k in enumerate(words[:words.index(last)])
               if c.end(k) != c.start(words[j + 1]) and c.doc[k].is_ancestor(head)
               and (c.head[head.i] != k or c.lower[k] not in PERSON_NOUNS)]
    if said_of:
        del words[:said_of[-1] + 1]
    if c.tag[last] in (Tag.NNS, Tag.NNPS) or c.lower[last] in NAMING_NOUNS or all(c.text(k).isupper() for k in words) \
            or not (first <= c.head[last] <= head.i or c.lower[last].rstrip(".") in TITLE_WORDS):
        # "hopefuls", "the success of Sanders": words before the name, not its title; "the
        # moniker Guccifer" says what the person is called
        return None
    if c.doc[last].is_ancestor(head) and (c.dep[head.i] == Dep.poss or any(
            a.dep == Dep.relcl for a in takewhile(lambda a: a.i != last, head.ancestors))):
        # "the chair of Clinton's campaign", "the judge Trump was referring to": the title is
        # of what the name owns, or the name is said of the title
        return None
    if all(c.ent_type[k] and c.ent_type[k] != Ent.NORP and c.lower[k].rstrip(".") not in TITLE_WORDS for k in words):
        return None  # a run of other names, not a title (which the tagger may take into the name)
    return c.source[c.start(words[0]):c.end(words[-1])]


INDEFINITE_DETS = frozenset(("a", "an", "one"))
APPOSITION_MARKS = (",", *DASHES)
COMMON_NOUNS = (Tag.NN, Tag.NNS)
CLAUSE_MARKS = (":", ";")


def _apposed_before(c: TokenColumns, noun: int, first: int, head: int) -> bool:
    """Whether noun stands right before the name (first: its first token, head: its head) as
    its apposition, with only a comma or dash, the noun's "of" phrase or a phrase of it naming
    no other common noun ("the ambassador to the United Nations, Ann Roe"), a second title
    joined to it, or the name's own words between: "his rival, Sen. Ann Roe", "the dean of the
    law school, Ann Roe", "its chairman and chief executive, Ann Roe", not "a 16-point lead
    over his rival, Ann Roe", "the close election and the policies of the nominee, Ann Roe"
    (whose second noun's phrase holds a title of its own) nor "Poll: Ann Roe leads"."""
    doc = c.doc
    after = noun + 1
    for k in c.children(noun):
        if k < noun:
            continue
        end = doc[k].right_edge.i + 1
        inside = range(k + 1, end)
        if c.dep[k] == Dep.cc or c.dep[k] == Dep.conj and not any(c.lower[t] in PERSON_NOUNS for t in inside) \
                or c.dep[k] == Dep.prep and (c.lower[k] == "of" or not any(c.tag[t] in COMMON_NOUNS for t in inside)):
            after = max(after, end)
    name = doc[head]
    return all(c.text(k) in APPOSITION_MARKS or name.is_ancestor(doc[k]) for k in range(after, first))


def _title_end(of: Token) -> int:
    """The end of a title's "of" phrase, without what the phrase's body is said to be or do
    after it, nor a comma or "and" left at its end: "president of Judicial Watch" in
    "president of Judicial Watch, a conservative group that sued", "mother of Ann Roe" in
    "mother of Ann Roe, who died"; but "mayor of Oakland, California"."""
    cut = [t.left_edge.i for t in of.subtree
           if not t.ent_type_ and (t.dep_ == "relcl" or t.dep_ == "appos" and t.pos_ == "NOUN")]
    end = min(cut, default=of.right_edge.i + 1)
    doc = of.doc
    while end > of.i + 1 and (doc[end - 1].text in (";", ":", *APPOSITION_MARKS) or doc[end - 1].dep_ == "cc"):
        end -= 1
    return end


def _title_set_off(c: TokenColumns, title: int, head: int) -> bool:
    """A title and a comma just before the name, the title standing where the name stands
    (a subject, an apposition, or the root the parser hangs the rest on): "Malaysia's Prime
    Minister, Najib Razak said". Not "After meeting the president, Obama said", whose
    president is the object of another verb. `title`: the index of the word before the comma."""
    return c.text(title + 1) == "," and c.lower[title].rstrip(".") in TITLE_WORDS \
        and c.tag[title] in (Tag.NN, Tag.NNP) and c.dep[title] in HEAD_DEPS and c.dep[head] in HEAD_DEPS


HEAD_DEPS = {string_hash(d) for d in ("nsubj", "nsubjpass", "appos", "ROOT")}


def _joins_words(c: TokenColumns, i: int) -> bool:
    """Token i is a hyphen inside a word ("far-right"), not a dash set between words."""
    return c.tag[i] == Tag.HYPH and c.text(i) == "-" and 0 < i < len(c) - 1 \
        and c.end(i - 1) == c.start(i) and c.end(i) == c.start(i + 1)


def _role_noun(tok: Token) -> bool:
    """A common noun, or a title the tagger calls a proper noun ("the Secretary of State")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.lower_ in ROLE_TITLES)


def _role_appositive(parsed: Parsed, m: Mention) -> str | None:
    """"his former defence minister, Yoav Gallant" / "Yoav Gallant, the defence minister"."""
    head, s = m.head, m.sentence
    if head is None or s is None:
        return None
    c = parsed.token_columns[s.base]
    noun = None
    if head.dep_ == "appos" and _role_noun(head.head):
        noun = head.head
        if noun.i < head.i and not _apposed_before(c, noun.i, s.index_from(m.start), head.i):
            return None
    else:
        noun = next((k for k in head.children if k.dep_ == "appos" and _role_noun(k)), None)
    if noun is not None and noun.i > head.i and (_subject_of_next_clause(c, noun.i) or not (
            _beside(c, m.end, head.i, noun.i)
            and not any(c.text(k) in CLAUSE_MARKS for k in range(s.index_from(m.end), noun.left_edge.i)))):
        # "Mr. Trump with a 16-point lead over his rival, Mr. Cruz", "ruled that Elian should go
        # back, a decision upheld", "Poll: Clinton leads": the parser's apposition, not the writer's
        return None
    if noun is None or noun.tag_ in ("NNS", "NNPS") or noun.doc[noun.i - 1].text == "(" or _listed_person(noun) \
            or noun.lower_ in NAMING_NOUNS or _body_noun(noun.lower_) \
            or any(t.dep_ == "nummod" and t.lower_ != "one" and not YEAR.fullmatch(t.text) for t in noun.lefts):
        # "Arkham VR, players are dropped...": a plural is not one person's title,
        # "Jack Nicklaus (golf)" says what the person is known for, "the moniker Guccifer"
        # what the person is called, "Ann Roe of the Ohio Group, a consulting company" the body
        # after the name, and "Clinton 42 percent, Trump 34 percent" a share (but
        # "the 2012 nominee" and "one hopeful, Carly Fiorina" are titles)
        return None
    # "the club's 78-year-old president", "a former secretary of homeland security" (the tagger's
    # "secretary" a modifier of "security"), but not the owner of "Sanders' campaign manager"
    left = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod")]
    start = left[0].left_edge.i if left else noun.i
    doc = noun.doc
    start = next((k + 1 for k in range(noun.i - 1, start - 1, -1) if doc[k].tag_ == "POS"
                  or doc[k].text in ("'", "\u2019") and not doc[k - 1].whitespace_), start)
    right = noun.i + 1
    for t in noun.rights:
        if t.dep_ == "prep" and t.lower_ == "of":
            right = _title_end(t)
    # "Clara Pell — daughter of Senator Tom Pell — and others": a dash closes it
    right = next((t.i for t in doc[noun.i:right] if t.text in DASHES), right)
    # "a co-sponsor of the bill": the title's last word is read whole
    while right < len(doc) and not doc[right - 1].whitespace_ and "-" in (doc[right - 1].text, doc[right].text):
        right += 1
    # "star of 'Finding Neverland,'", "another ''Today'' anchor": a work's name is read with both its
    # marks (the closing one may follow a comma the parser left out)
    opened = sum(_quote_opens(doc[k]) for k in range(start, right))
    close = next((k for k in range(right, min(right + 2, len(doc))) if doc[k].text != ","), len(doc))
    if opened > 0 and close < len(doc) and _quote_opens(doc[close]) < 0:
        right = close + 1
    elif opened < 0 and start > 0 and _quote_opens(doc[start - 1]) > 0:
        start -= 1
    return doc[start:right].text


OPENING_QUOTES = ("\u201c", "\u2018", "``")
CLOSING_QUOTES = ("\u201d", "\u2019")
EITHER_QUOTES = ('"', "''", "'")


def _quote_opens(tok: Token) -> int:
    """1 for a quotation mark that opens, -1 for one that closes, 0 for any other token; a
    straight mark opens after a space and closes a word it is written against."""
    if tok.text in EITHER_QUOTES:
        return -1 if tok.i and not tok.doc[tok.i - 1].whitespace_ else 1
    return (tok.text in OPENING_QUOTES) - (tok.text in CLOSING_QUOTES)
