"""Rules read from a batch's token columns (parsed.TokenColumns) decide as the same rules
read from spaCy's Token objects, over every token of parsed articles of our own."""
from pathlib import Path

import pytest

from nutgraf.analysis.parsed import Parsed, string_hash

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [ROOT / "sample_articles" / "icc-sanctions.txt",
            *sorted((ROOT / "benchmarks" / "extraction" / "articles").glob("*.txt"))]


@pytest.fixture(scope="module")
def parsed(model):
    """The articles as one Parsed text of many batches."""
    from nutgraf.analysis.pipeline import paragraph_batches

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in ARTICLES)
    batches = paragraph_batches(text)
    return Parsed(text, list(zip([s for s, _ in batches], model.nlp.pipe(text[s:e] for s, e in batches),
                                 strict=True)))


def tokens(parsed):
    for base, doc in parsed.docs:
        c = parsed.token_columns[base]
        for tok in doc:
            yield c, tok


@pytest.mark.model
def test_each_column_holds_what_the_token_gives(parsed):
    checked = 0
    for c, tok in tokens(parsed):
        i = tok.i
        assert (c.lower[i], c.tag[i], c.dep[i], c.ent_type[i], c.pos[i]) == (
            tok.lower_, string_hash(tok.tag_), string_hash(tok.dep_), string_hash(tok.ent_type_), string_hash(tok.pos_))
        assert c.head[i] == tok.head.i
        assert (c.start(i), c.end(i), c.text(i)) == (c.base + tok.idx, c.base + tok.idx + len(tok), tok.text)
        assert list(c.children(i)) == [t.i for t in tok.children]
        checked += 1
    assert checked > 5000 and len(parsed.docs) > 3


@pytest.mark.model
def test_the_columns_hold_one_int_object_for_each_value(parsed):
    """Equal values share one object across columns and batches: a long text's memory."""
    objects: dict[int, set[int]] = {}
    for c in parsed.token_columns.values():
        for column in (c.tag, c.dep, c.ent_type, c.head, c.idx):
            for value in column:
                objects.setdefault(value, set()).add(id(value))
    assert len(objects) > 1000
    assert all(len(ids) == 1 for ids in objects.values())


# The token readings the column readings replaced.

def left_det(tok, s, c):
    from nutgraf.analysis.actors import GROUP_NOUNS, _possessed_description

    for child in tok.lefts:
        if child.dep_ == "det":
            if child.lower_ in ("this", "that"):
                return child.i if tok.lower_ not in GROUP_NOUNS else None
            return child.i if child.lower_ == "the" else None
        if child.dep_ == "poss" and child.tag_ == "PRP$":
            return child.i if _possessed_description(tok.lower_, s, c) else None
    return None


def place_owner(tok):
    from nutgraf.analysis.actors import UNNAMED_BODIES

    if tok.lower_ not in UNNAMED_BODIES:
        return None
    owner = next((c for c in tok.lefts if c.dep_ == "poss"), None)
    if owner is None or owner.ent_type_ != "GPE" or owner.i + 1 >= len(tok.doc) or owner.nbor(1).tag_ != "POS" \
            or any(t.tag_ not in ("JJ", "NN") for t in tok.doc[owner.i + 2:tok.i]):
        return None
    return owner.i


def names_its_own(tok):
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ == "NNP" for g in c.children)
               for c in tok.rights)


def owner_in_name(tok):
    return tok.is_lower and tok.dep_ == "poss" and tok.head.tag_ in ("NNP", "NNPS")


@pytest.mark.model
def test_the_description_rules_read_from_columns_decide_as_read_from_tokens(parsed, monkeypatch):
    from nutgraf.analysis import actors

    # Every word a body nobody names (as "government" is), so that the owner rule is asked of all.
    monkeypatch.setattr(actors, "UNNAMED_BODIES", actors.UNNAMED_BODIES | {"dad", "court", "minister"})
    answers: dict[str, set[object]] = {"det": set(), "owner": set(), "own": set(), "in name": set()}
    for s in parsed.sentences:
        c = parsed.token_columns[s.base]
        for tok in s.sent:
            i = tok.i
            lefts = [k for k in c.children(i) if k < i]
            rights = [k for k in c.children(i) if k > i]
            for key, by_columns, by_token in (
                    ("det", actors._left_det(c, i, lefts, s), left_det(tok, s, c)),
                    ("owner", actors._place_owner(c, i, lefts), place_owner(tok)),
                    ("own", actors._names_its_own(c, rights), names_its_own(tok)),
                    ("in name", actors._owner_in_name(c, i), owner_in_name(tok))):
                assert by_columns == by_token, (key, tok.text, s.sent.text)
                answers[key].add(by_token is not None and by_token is not False)
    # each rule said yes and no somewhere
    assert all(found == {True, False} for found in answers.values()), answers


# The token readings of lists and appositions the column readings replaced.

def list_head(tok):
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def list_mates(tok):
    first = list_head(tok)
    return [t.i for t in (first, *first.conjuncts) if t.i != tok.i]


def after_locative(tok):
    from nutgraf.analysis.actors import LOCATIVE

    first = list_head(tok)
    return first.dep_ == "pobj" and first.head.lower_ in LOCATIVE


def region_of(town, region):
    return region.i == town.i + 2 and region.doc[town.i + 1].text == "," and region.tag_ == "NNP" \
        and (town.ent_type_ == "GPE" or after_locative(town))


def apposed_place(root):
    from nutgraf.analysis.actors import HOME_PLACE_NOUNS

    if root.dep_ == "appos" and region_of(root.head, root):
        return True
    return any(c.dep_ == "appos" and (region_of(root, c) or (c.tag_ == "NN" and c.lower_ in HOME_PLACE_NOUNS))
               for c in root.rights)


def indefinite_item(tok):
    while True:
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return True
        if tok.dep_ != "conj" or tok.head.i >= tok.i:
            return False
        tok = tok.head


def listed_with_place(root, places):
    if not after_locative(root) or indefinite_item(root):
        return False
    return any(root.doc[k].ent_type_ == "GPE" or (id(root.doc), k) in places for k in list_mates(root))


def label_of_mates(root):
    labels = {root.doc[k].ent_type_ for k in list_mates(root) if root.doc[k].ent_type_}
    return labels.pop() if len(labels) == 1 and labels <= {"ORG", "PERSON"} else None


def listed_with_bodies(root):
    mates = [t for t in root.children if t.dep_ in ("appos", "conj") and t.tag_ == "NNP"]
    return bool(mates) and all(t.ent_type_ == "ORG" for t in mates)


def where_something_is(tok):
    return after_locative(tok) or (tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.pos_ == "VERB")


@pytest.mark.model
def test_the_list_and_apposition_rules_read_from_columns_decide_as_read_from_tokens(parsed):
    from nutgraf.analysis import actors

    places = {(id(doc), t.i) for _, doc in parsed.docs for t in doc if t.ent_type_ == "LOC"}
    rules = {
        "conjuncts": (actors._conjuncts, lambda t: [x.i for x in t.conjuncts]),
        "mates": (actors._list_mates, list_mates),
        "head": (actors._list_head, lambda t: list_head(t).i),
        "locative": (actors._after_locative, after_locative),
        "where": (actors._where_something_is, where_something_is),
        "apposed": (actors._apposed_place, apposed_place),
        "indefinite": (actors._indefinite_item, indefinite_item),
        "mates' label": (actors._label_of_mates, label_of_mates),
        "bodies": (actors._listed_with_bodies, listed_with_bodies),
        "place": (lambda c, i: actors._listed_with_place(c, i, places), lambda t: listed_with_place(t, places)),
    }
    answers: dict[str, set[bool]] = {key: set() for key in rules}
    for c, tok in tokens(parsed):
        for key, (by_columns, by_token) in rules.items():
            answer = by_token(tok)
            assert by_columns(c, tok.i) == answer, (key, tok.text, tok.sent.text)
            answers[key].add(bool(answer) if key != "head" else answer == tok.i)
    assert all(found == {True, False} for found in answers.values()), answers


def definite_noun(noun):
    from nutgraf.analysis.actors import TITLES

    return (noun.tag_ == "NN" or noun.lower_ in TITLES) and not noun.ent_type_ \
        and any(d.dep_ == "det" and d.lower_ == "the" for d in noun.lefts)


def what_it_is(noun):
    doc = noun.doc
    return noun.tag_ == "NN" and not noun.ent_type_ and (noun.i + 1 == len(doc) or doc[noun.i + 1].tag_ != "NNP") \
        and all(d.lower_ in ("a", "an") or d.tag_ == "PRP$" for d in noun.lefts if d.dep_ in ("det", "poss"))


def set_off(name, noun):
    if any(v.dep_ == "acl" and (v.tag_ in ("VBZ", "VBP") or v.tag_ == "VBD" and any(
            w.dep_ == "conj" and w.tag_ in ("VBD", "VBZ", "VBP") for w in v.children)) for v in noun.rights):
        return False
    doc, after = noun.doc, noun.right_edge.i + 1
    if after < len(doc) and doc[after].text == "," or name.dep_ != "pobj":
        return True
    return not all(t.is_punct for t in doc[name.head.sent.start:name.head.i])


def beside(m, noun):
    doc, s = noun.doc, m.sentence
    comma = doc[noun.left_edge.i - 1]
    gap = [t for t in doc[:comma.i] if s.tok_start(t) >= m.end]
    return not gap or all(t.is_punct or t.like_num or m.head.is_ancestor(t) for t in gap) \
        or (gap[0].text == "(" and gap[-1].text == ")")


def apposed_noun(m):
    head, doc, s = m.head, m.head.doc, m.sentence
    for noun in head.rights:
        if noun.dep_ == "appos" and (definite_noun(noun) or what_it_is(noun) and set_off(head, noun)
                                     and beside(m, noun)) \
                and s.tok_start(noun.left_edge) >= m.end \
                and doc[noun.left_edge.i - 1].text == ",":
            return noun
    noun = head.head
    first = s.token_from(m.start)
    first = head if first is None else first
    if head.dep_ == "appos" and noun.i < first.i and (definite_noun(noun) or owned_title(noun)) \
            and doc[first.i - 1].text == ",":
        return noun
    return None


def owned_title(noun):
    from nutgraf.analysis.actors import OWNED_PERSON_NOUNS

    return noun.lower_ in OWNED_PERSON_NOUNS and noun.tag_ != "NNS" and not noun.ent_type_ \
        and any(d.dep_ == "poss" and d.tag_ != "PRP$" for d in noun.lefts)


@pytest.mark.model
def test_appositions_read_from_columns_are_those_read_from_tokens(parsed):
    from nutgraf.analysis.actors import Mention, _apposed_noun, _definite_noun, _what_it_is

    definite, described = set(), set()
    for c, tok in tokens(parsed):
        assert _definite_noun(c, tok.i) == definite_noun(tok)
        assert _what_it_is(c, tok.i) == what_it_is(tok)
        definite.add(definite_noun(tok))
        described.add(what_it_is(tok))
    found = 0
    for e in parsed.entities():
        m = Mention(e.start, e.end, e.ent.text, e.label, e.ent.root, e.sent)
        assert _apposed_noun(parsed, m) == apposed_noun(m)
        found += apposed_noun(m) is not None
    assert definite == described == {True, False} and found


def titles_a_work(ent, words):
    if ent.start == 0:
        return False
    noun = ent.doc[ent.start - 1]
    if noun.lower_ not in words or noun.tag_ != "NN":
        return False
    root = ent.root
    return root.head == noun or noun.head == root or (noun.head == root.head and noun.dep_ == root.dep_)


def names_craft(ent, words):
    if ent.start == 0:
        return False
    noun = ent.doc[ent.start - 1]
    return noun.lower_ in words and (ent.root.head == noun or noun.head == ent.root)


@pytest.mark.model
def test_the_noun_before_a_name_read_from_columns_decides_as_read_from_tokens(parsed, monkeypatch):
    from nutgraf.analysis import actors

    # Every common word before a name a work's or a craft's noun, so that both rules are asked in full.
    before = {e.ent.doc[e.ent.start - 1].lower_ for e in parsed.entities() if e.ent.start}
    monkeypatch.setattr(actors, "WORK_NOUNS", before)
    monkeypatch.setattr(actors, "CRAFT_WORDS", before)
    answers = set()
    for e in parsed.entities():
        c = parsed.token_columns[e.sent.base]
        assert actors._titles_a_work(c, e.ent) == titles_a_work(e.ent, before)
        assert actors._names_storm_or_craft(c, "x", e.ent) == names_craft(e.ent, before)
        answers.add((titles_a_work(e.ent, before), names_craft(e.ent, before)))
    assert {a for a, _ in answers} == {b for _, b in answers} == {True, False}


def role_before(m):
    from nutgraf.analysis.actors import GIVEN_NAMES, HONORIFICS, KIN, NAMING_NOUNS, PERSON_NOUNS, TITLE_WORDS

    def joins(t):  # a hyphen inside a word, not a dash between words
        return t.tag_ == "HYPH" and t.text == "-" and 0 < t.i < len(doc) - 1 \
            and not doc[t.i - 1].whitespace_ and not t.whitespace_

    head, sent = m.head, m.sentence
    doc = head.doc
    first = sent.token_from(m.start)
    if first is None:
        return None
    toks = []
    i = first.i - 1
    pair = doc[i - 1:i + 1]
    if len(pair) == 2 and pair[1].text == "," and pair[0].lower_.rstrip(".") in TITLE_WORDS \
            and pair[0].tag_ in ("NN", "NNP") and pair[0].dep_ in ("nsubj", "nsubjpass", "appos", "ROOT") \
            and head.dep_ in ("nsubj", "nsubjpass", "appos", "ROOT") and i - 1 >= sent.sent.start:
        i -= 1
    while i >= sent.sent.start and len(toks) < 10:
        t = doc[i]
        if t.tag_ not in {"NN", "NNS", "NNP", "NNPS", "JJ", "POS", "HYPH", "IN"} \
                or (t.tag_ == "IN" and t.lower_ != "of") \
                or (t.tag_ not in ("POS", "HYPH") and not (t.is_alpha and len(t.text) > 1)):
            break
        if t.tag_ == "POS" or t.tag_ == "HYPH" and not joins(t):
            break
        toks.append(t)
        i -= 1
    if toks and joins(toks[-1]):
        while i >= sent.sent.start and not doc[i].whitespace_:
            toks.append(doc[i])
            i -= 1
    toks.reverse()
    while toks and (toks[0].lower_ == "of" or toks[0].tag_ == "HYPH"):
        toks.pop(0)
    words = [t for t in toks if t.lower_.rstrip(".") not in HONORIFICS]
    while words and (words[-1].lower_ == "of" or words[-1].tag_ == "NNP" and words[-1].lower_ in GIVEN_NAMES
                     and words[-1].lower_ not in TITLE_WORDS):
        words.pop()
    if words and words[0].i > sent.sent.start and doc[words[0].i - 1].lower_ in ("a", "an", "one") \
            and words[0].tag_ == "NN" and words[0].lower_ not in PERSON_NOUNS:
        words.pop(0)
        while words and words[0].lower_ == "of":
            words.pop(0)
    if not words or not any(t.tag_.startswith("NN") for t in words) or words[-1].lower_ in KIN:
        return None
    of = next((i for i, t in enumerate(words) if t.lower_ == "of"), len(words))
    last = words[of - 1] if of else words[-1]
    while words[0] != last and words[0].idx + len(words[0]) != words[1].idx and words[0].is_ancestor(head):
        words.pop(0)
    said_of = [j for j, t in enumerate(words[:words.index(last)])
               if t.idx + len(t) != words[j + 1].idx and t.is_ancestor(head)
               and (head.head.i != t.i or t.lower_ not in PERSON_NOUNS)]
    if said_of:
        del words[:said_of[-1] + 1]
    if last.tag_ in ("NNS", "NNPS") or last.lower_ in NAMING_NOUNS or all(t.text.isupper() for t in words) or not (
            first.i <= last.head.i <= head.i or last.lower_.rstrip(".") in TITLE_WORDS):
        return None
    if last.is_ancestor(head) and (head.dep_ == "poss" or any(
            a.dep_ == "relcl" for a in head.ancestors if a.i != last.i and last.is_ancestor(a))):
        return None
    if all(t.ent_type_ and t.ent_type_ != "NORP" and t.lower_.rstrip(".") not in TITLE_WORDS for t in words):
        return None
    return doc[words[0].i:words[-1].i + 1].text


@pytest.mark.model
def test_the_role_before_a_name_read_from_columns_is_that_read_from_tokens(parsed):
    from nutgraf.analysis.actors import Mention, _role_before

    # Each name, and each word as if a name began there, with the commas and titles before it.
    mentions = [Mention(e.start, e.end, "x", e.label, e.ent.root, e.sent) for e in parsed.entities()]
    mentions += [Mention(s.tok_start(t), s.tok_end(t), "x", "PERSON", t, s) for s in parsed.sentences for t in s.sent]
    roles = set()
    for m in mentions:
        role = role_before(m)
        assert _role_before(parsed, m) == role, (m.head.text, m.sentence.sent.text)
        roles.add(role)
    assert None in roles and len(roles) > 50


# The token readings of the splits of a name the column readings replaced.

def is_title(tok):
    from nutgraf.analysis.actors import ROLE_TITLES

    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in ROLE_TITLES


def split_titles_out(text, e):
    from nutgraf.analysis.actors import CONNECTORS
    from nutgraf.analysis.parsed import Entity, whole_words

    if e.label != "ORG":
        return [e]
    toks = e.sent.tokens_starting(e.start, e.end)
    for i in range(1, len(toks)):
        t, prev = toks[i], toks[i - 1]
        if is_title(t) and not is_title(prev) and prev.text[:1].isupper() and prev.lower_ not in CONNECTORS \
                and not (i + 1 < len(toks) and toks[i + 1].tag_ == "POS"):
            return [e._replace(end=e.sent.tok_end(prev), ent=prev.doc[toks[0].i:prev.i + 1])]
    before = e.ent.doc[max(0, toks[0].i - 2):toks[0].i] if toks else []
    if len(toks) >= 3 and len(before) == 2 and is_title(before[0]) and before[1].lower_ == "of":
        surname = toks[-1]
        if surname.text.istitle() and toks[-2].text.istitle() and sum(1 for _ in whole_words(text, surname.text)) > 1:
            return [Entity(e.sent.tok_start(toks[-2]), e.end, "PERSON", e.ent.doc[toks[-2].i:toks[-1].i + 1], e.sent)]
    return [e]


def split_host(e, host_words):
    from nutgraf.analysis.actors import CONNECTORS
    from nutgraf.analysis.parsed import Entity

    if e.label != "ORG":
        return [e]
    toks = list(e.ent)
    at = next((t for t in toks[1:-1] if t.lower_ == "at"), None)
    if at is None or toks[-1].lower_ not in host_words \
            or not all(t.text[:1].isupper() or t.lower_ in CONNECTORS for t in toks[at.i - toks[0].i + 1:]):
        return [e]
    doc, s = e.ent.doc, e.sent
    return [Entity(e.start, s.tok_end(doc[at.i - 1]), "ORG", doc[toks[0].i:at.i], s),
            Entity(s.tok_start(doc[at.i + 1]), e.end, "ORG", doc[at.i + 1:toks[-1].i + 1], s)]


def split_listed(e):
    if len(e.ent) < 3:
        return [e]
    toks = list(e.ent)
    doc, s = e.ent.doc, e.sent
    if toks[0].i == 0 or doc[toks[0].i - 1].tag_ != "NNS":
        return [e]
    cc = next((t for t in toks[1:-1] if t.dep_ == "cc" and t.lower_ in ("and", "&")), None)
    if cc is None or not any(t.dep_ == "conj" and t.head.i < cc.i for t in toks if t.i > cc.i):
        return [e]
    return [e._replace(end=s.tok_end(doc[cc.i - 1]), ent=doc[toks[0].i:cc.i]),
            e._replace(start=s.tok_start(doc[cc.i + 1]), ent=doc[cc.i + 1:toks[-1].i + 1])]


@pytest.mark.model
def test_the_splits_of_a_name_read_from_columns_are_those_read_from_tokens(parsed, monkeypatch):
    from nutgraf.analysis import actors
    from nutgraf.analysis.parsed import Entity

    # Each name, as tagged and as a body's, and each run of two to six words of a sentence as if
    # a body's name; every word before "of" a title, and every last word a host's (a university's).
    host_words = actors.HOST_WORDS | {t.lower_ for _, doc in parsed.docs for t in doc if t.is_title}
    monkeypatch.setattr(actors, "HOST_WORDS", host_words)
    monkeypatch.setattr(actors, "ROLE_TITLES", actors.ROLE_TITLES | {
        t.lower_ for _, doc in parsed.docs for t in doc if t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of"})
    ents = [*parsed.entities(), *(e._replace(label="ORG") for e in parsed.entities())]
    for s in parsed.sentences:
        for i in range(s.sent.start, s.sent.end):
            for j in range(i + 2, min(i + 7, s.sent.end + 1)):
                ent = s.sent.doc[i:j]
                ents.append(Entity(s.tok_start(ent[0]), s.tok_end(ent[-1]), "ORG", ent, s))
    split: dict[str, set[object]] = {"titles": set(), "host": set(), "listed": set()}
    for e in ents:
        c = parsed.token_columns[e.sent.base]
        for key, by_columns, by_token in (
                ("titles", actors._split_titles_out(c, e), split_titles_out(parsed.text, e)),
                ("host", actors._split_host(c, e), split_host(e, host_words)),
                ("listed", actors._split_listed(c, e), split_listed(e))):
            assert by_columns == by_token, (key, e.ent.text)
            split[key].add(by_token[0].label if by_token != [e] else None)
    # each split made somewhere and not elsewhere; titles cut off a body's name, and a person's found
    assert split["titles"] == {None, "ORG", "PERSON"} and split["host"] == {None, "ORG"}, split
    assert {None, "ORG"} <= split["listed"], split


# The token readings of the words a name's tagging left out, which the column readings replaced.

def with_first_name(e):
    from nutgraf.analysis.actors import DEMONYMS, OCCUPATIONS, PERSON_LEAD_WORDS, TITLE_WORDS

    ent = e.ent
    if e.label != "PERSON" or len(ent) != 1 or ent.start <= e.sent.sent.start + 1:
        return e
    t, noun = ent.doc[ent.start - 1], ent.doc[ent.start - 2]
    if not (noun.is_lower and (noun.tag_ in ("NN", "NNS") or noun.lemma_ in OCCUPATIONS
                               or noun.lower_[:-1] in OCCUPATIONS)
            or noun.lower_.rstrip(".") in TITLE_WORDS) \
            or t.tag_ != "NNP" or t.ent_type_ or not t.text.istitle() or t.dep_ != "compound" \
            or not ent.start <= t.head.i < ent.end or t.lower_.rstrip(".") in PERSON_LEAD_WORDS | DEMONYMS:
        return e
    return e._replace(start=e.sent.tok_start(t), ent=ent.doc[t.i:ent.end])


def with_surname(text, e):
    from nutgraf.analysis.actors import SURNAME_STOPS, _batch_text, _title_case
    from nutgraf.analysis.parsed import whole_words

    ent = e.ent
    if e.label != "PERSON" or ent.end >= len(ent.doc) or ent.root.head.i != ent.end \
            or _title_case(text[e.sent.start:e.sent.end]):
        return e
    t = ent.doc[ent.end]
    after = ent.doc[t.i + 1] if t.i + 1 < len(ent.doc) else None
    if t.tag_ != "NNP" or t.ent_type_ or not t.text.istitle() or not t.is_alpha or not ent[-1].is_alpha \
            or t.idx != ent.end_char + 1 \
            or (after is not None and (after.text[:1].isupper() or after.text == ":")) \
            or t.lower_ in SURNAME_STOPS or any(whole_words(_batch_text(text, e), t.lower_)):
        return e
    return e._replace(end=e.sent.tok_end(t), ent=ent.doc[ent.start:t.i + 1])


def with_leading_words(e):
    from nutgraf.analysis.actors import TITLE_WORDS

    ent = e.ent
    start = ent.start
    while start > e.sent.sent.start + 1:
        t = ent.doc[start - 1]
        if t.tag_ != "NNP" or t.ent_type_ or not t.text.istitle() or not t.is_alpha \
                or not start <= t.head.i < ent.end or (start == ent.start and t.lower_.rstrip(".") in TITLE_WORDS):
            break
        start -= 1
    if e.label != "ORG" or start == ent.start:
        return e
    return e._replace(start=e.sent.tok_start(ent.doc[start]), ent=ent.doc[start:ent.end])


@pytest.mark.model
def test_the_words_a_name_left_out_read_from_columns_are_those_read_from_tokens(parsed, monkeypatch):
    from nutgraf.analysis import actors
    from nutgraf.analysis.parsed import Entity

    # No word a stop after a person's name, so that more surnames are looked for in the text.
    monkeypatch.setattr(actors, "SURNAME_STOPS", set())
    # Each name, and each word as if a person's and a body's name.
    ents = list(parsed.entities())
    for s in parsed.sentences:
        for t in s.sent:
            word = s.sent.doc[t.i:t.i + 1]
            ents += [Entity(s.tok_start(t), s.tok_end(t), label, word, s) for label in ("PERSON", "ORG")]
    grown: dict[str, set[bool]] = {"first": set(), "surname": set(), "leading": set()}
    for e in ents:
        c = parsed.token_columns[e.sent.base]
        for key, by_columns, by_token in (
                ("first", actors._with_first_name(c, e), with_first_name(e)),
                ("surname", actors._with_surname(c, e), with_surname(parsed.text, e)),
                ("leading", actors._with_leading_words(c, e), with_leading_words(e))):
            assert by_columns == by_token, (key, e.ent.text, e.sent.sent.text)
            grown[key].add(by_token != e)
    assert all(found == {True, False} for found in grown.values()), grown


@pytest.mark.model
def test_a_name_in_a_relation_to_a_verb_read_from_columns_is_that_read_from_tokens(parsed):
    from nutgraf.analysis.actors import Dep, _role_of

    verbs = {t.lemma_ for _, doc in parsed.docs for t in doc if t.pos_ == "VERB" and len(t.lemma_) % 2}
    found = set()
    for c, tok in tokens(parsed):
        for deps, names in (((Dep.dobj, Dep.nsubjpass), ("dobj", "nsubjpass")), ((Dep.nsubj,), ("nsubj",))):
            answer = tok.dep_ in names and tok.head.lemma_ in verbs
            assert _role_of(c, tok.i, deps, verbs) == answer, (tok.text, tok.sent.text)
            found.add(answer)
    assert found == {True, False}


def descriptor(text, start, end, label, ent, root):
    from nutgraf.analysis.actors import DESCRIPTOR_NOUNS, GOVERNING_BODIES, LOWER_TAIL, _place_of

    descriptor = None
    tail = LOWER_TAIL.search(text[start:end])
    if tail and tail.start() > 0:
        if label in ("ORG", "FAC"):
            descriptor = tail.group().split()[-1]
        if descriptor not in GOVERNING_BODIES:
            end = start + tail.start()
    place_of = _place_of(text[max(0, start - 40):start])
    if place_of:
        descriptor = place_of
    follower = root.head
    if root.dep_ == "compound" and follower.i == ent.end and follower.lower_ in DESCRIPTOR_NOUNS:
        descriptor = follower.lower_
    if label == "ORG" and descriptor is None:
        descriptor = type_noun_before(ent, root)
    return end, descriptor


def type_noun_before(ent, root):
    from nutgraf.analysis.actors import ORG_TYPE_NOUNS

    first = root.head if root.dep_ == "conj" and root.head.i < ent.start else root
    i = min(first.i, ent.start)
    doc = ent.doc
    while i > 0 and doc[i - 1].text[:1].isupper():
        i -= 1
    noun = doc[i - 1] if i > 0 else None
    if noun is None or noun.tag_ != "NN" or not noun.is_lower or noun.lower_ not in ORG_TYPE_NOUNS:
        return None
    return noun.lower_


@pytest.mark.model
def test_a_names_descriptor_read_from_columns_is_that_read_from_tokens(parsed, monkeypatch):
    from nutgraf.analysis import actors

    # Every common noun a descriptor's and a body's type, so that both rules are asked in full.
    nouns = {t.lower_ for _, doc in parsed.docs for t in doc if t.tag_ == "NN"}
    monkeypatch.setattr(actors, "DESCRIPTOR_NOUNS", nouns)
    monkeypatch.setattr(actors, "ORG_TYPE_NOUNS", nouns)
    found = set()
    for e in parsed.entities():
        c, root = parsed.token_columns[e.sent.base], e.ent.root
        for label in ("ORG", "PERSON"):
            answer = descriptor(parsed.text, e.start, e.end, label, e.ent, root)
            assert actors._descriptor(c, e.start, e.end, label, e.ent, root.i) == answer, e.ent.text
            found.add((label, answer[1] is not None))
        assert actors._type_noun_before(c, e.ent, root.i) == type_noun_before(e.ent, root)
        found.add(type_noun_before(e.ent, root) is not None)
    assert found == {True, False, ("ORG", True), ("ORG", False), ("PERSON", True), ("PERSON", False)}


def clause_verb(tok):
    first = None
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            first = first or tok
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                return tok
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return first or tok


def gerund_object(tok):
    if tok.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    return tok.dep_ in ("pobj", "pcomp", "prep", "acl") or tok.dep_ == "advcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def planned_on(verb, path):
    from nutgraf.analysis.timeline import FORWARD, FUTURE_HEADS

    return (verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lemma_.lower() in FUTURE_HEADS
            and bool(path) and path[-1].dep_ == "prep"
            and not any(c.dep_ in ("aux", "auxpass") or c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ in FORWARD)
                        for c in verb.children))


def reporting_verb_of(ent, verb):
    head = verb.head
    if verb.dep_ != "ccomp" or head.pos_ not in ("VERB", "AUX") or not head.i < ent.start:
        return verb
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i < ent.end or any(c.dep_ == "mark" and c.i < ent.start for c in verb.children):
        return verb
    return head


def reported_clause_of(ent, verb):
    from nutgraf.analysis.timeline import REPORTING_VERBS

    if verb.i < ent.end or verb.lemma_.lower() not in REPORTING_VERBS:
        return verb
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < ent.start), None)
    if clause is None or clause.right_edge.i != ent.start - 1:
        return verb
    return clause


def auxes_of(verb):
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def done(verb, auxes):
    from nutgraf.analysis.timeline import FUTURE_HEADS

    if verb.lemma_.lower() in FUTURE_HEADS:
        return False
    return (verb.tag_ == "VBD" and not auxes) or (verb.tag_ == "VBN" and auxes in ({"was"}, {"were"}))


def past_copula(adj):
    verb = adj.head if adj.dep_ == "acomp" else adj
    return bool(({verb.lower_} | auxes_of(verb)) & {"was", "were", "had"})


def past_with_singular_subject(tok):
    return tok.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP")
                                     and not any(g.dep_ == "conj" for g in c.children) for c in tok.children)


def verb_tense(tok, auxes):
    from nutgraf.analysis.timeline import FUTURE_HEADS, REPORTING_VERBS

    infinitive = tok.tag_ == "VB" or (tok.tag_ == "VBN" and "be" in auxes)
    if "to" in auxes and infinitive and tok.head.i != tok.i:
        if tok.head.pos_ == "ADJ" and past_copula(tok.head):
            return "past"
        if tok.head.lemma_.lower() in FUTURE_HEADS:
            return "past" if any(c.lower_ == "had" for c in tok.head.children if c.dep_ == "aux") else "future"
        if tok.head.pos_ in ("NOUN", "ADJ"):
            return "future"
        tok = tok.head
        auxes = auxes_of(tok)
    if auxes & {"will", "'ll", "shall", "wo"} or "would" in auxes and "have" not in auxes or tok.lower_ in ("will",):
        return "future"
    if auxes & {"can", "ca", "may", "might", "must", "should"} and tok.tag_ == "VB" and not auxes & {"have"}:
        return "future"
    if tok.tag_ == "VBG" and auxes & {"is", "are", "'s", "'re", "am"}:
        return "future"
    if auxes & {"has", "have"} and tok.lemma_.lower() in FUTURE_HEADS and tok.tag_ == "VBN":
        return "future"
    if auxes & {"was", "were", "had", "has", "have", "did"}:
        return "past"
    if tok.lemma_.lower() in FUTURE_HEADS and tok.tag_ in ("VBN", "VBZ", "VBP"):
        return "future"
    if tok.tag_ == "VBN" and auxes & {"is", "are", "am", "'s", "'re"}:
        return "present"
    if tok.tag_ in ("VBD", "VBN") or past_with_singular_subject(tok):
        return "past"
    if tok.tag_ in ("VBZ", "VBP", "VB"):
        return "past" if tok.lemma_.lower() in REPORTING_VERBS else "present"
    return "past"


def tense(ent, root):
    from nutgraf.analysis.timeline import (
        DEFERRAL_VERBS,
        DOCUMENT_NOUNS,
        FORWARD,
        FUTURE_HEADS,
        OUTCOME_NOUNS,
        SCHEDULED_CONTESTS,
    )

    tok = root
    path = []
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and not gerund_object(tok):
            break
        if path and tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return "present", False, False
        if tok.head.i == tok.i:
            verb = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
            return (verb_tense(verb, auxes_of(verb)) if verb is not None else "past"), False, False
        path.append(tok)
        tok = tok.head
    tok = reported_clause_of(ent, reporting_verb_of(ent, tok))
    if tok.tag_ in ("VBZ", "VBP") and tok.dep_ in ("ccomp", "dobj") and tok.head.pos_ in ("VERB", "AUX") \
            and not any(k.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for k in tok.children):
        tok = tok.head
    if planned_on(tok, path):
        return "past", False, True
    auxes = auxes_of(tok)
    tense = verb_tense(tok, auxes)
    deferred = tense == "past" and tok.lemma_.lower() in DEFERRAL_VERBS
    if any(t.lower_ in FORWARD or deferred and t.lower_ == "through" for t in path):
        if deferred:
            return "future", False, False
        return ("future" if tense == "present" else tense), False, False
    nouns = [t for t in path[1:] if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME")]
    nominal = bool(nouns) and nouns[-1].dep_ not in ("nsubj", "nsubjpass")
    if any(t.lower_ == "since" for t in path):
        return "past", False, True
    if tense == "past":
        is_done = done(tok, auxes)
        if not is_done and nouns and nouns[0].lemma_.lower() in SCHEDULED_CONTESTS:
            return "present", True, False
        return tense, False, not nominal and is_done
    if any(t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ == "despite" for t in path):
        return "past", False, False
    nominal = nominal or (tense == "present" and root.dep_ == "poss") \
        or any(t.lemma_.lower() in OUTCOME_NOUNS for t in nouns)
    if tense == "present" and nouns and nouns[0].lemma_.lower() in DOCUMENT_NOUNS:
        return "past", True, False
    if tense == "present" and any(t.lemma_.lower() in FUTURE_HEADS for t in nouns):
        return "future", nominal, False
    return tense, nominal, False


@pytest.mark.model
@pytest.mark.parametrize("every_verb_a_plan", [False, True])
def test_a_clauses_verb_and_tense_climbed_to_in_the_columns_are_those_of_the_token_reading(parsed, monkeypatch,
                                                                                          every_verb_a_plan):
    from nutgraf.analysis import timeline
    from nutgraf.analysis.timeline import _clause_verb, _gerund_object, _tense

    if every_verb_a_plan:  # so that a participle of planning is asked about in full
        monkeypatch.setattr(timeline, "FUTURE_HEADS", {t.lemma_.lower() for _, doc in parsed.docs for t in doc})
    found = set()
    for c, tok in tokens(parsed):
        # Each token as a date of one word, its own root: every climb the timeline can make.
        ent = tok.doc[tok.i:tok.i + 1]
        assert _clause_verb(c, tok.i) == clause_verb(tok).i, (tok.text, tok.sent.text)
        assert _gerund_object(c, tok.i) == gerund_object(tok)
        answer = tense(ent, tok)
        assert _tense(ent, tok, c) == answer, (tok.text, tok.sent.text)
        found.add(answer)
        found.add(gerund_object(tok))
        # Each token as a verb: its tense, and whether it is done
        auxes = timeline._auxes(c, tok.i)
        assert auxes == auxes_of(tok)
        assert timeline._verb_tense(c, tok.i, auxes) == verb_tense(tok, auxes)
        assert timeline._done(c, tok.i, auxes) == done(tok, auxes)
        assert timeline._past_copula(c, tok.i) == past_copula(tok)
        found.add(verb_tense(tok, auxes))
    expected = {True, False, ("present", False, False), ("past", False, True), ("future", False, False),
                ("present", True, False), "past", "present", "future"}
    if every_verb_a_plan:  # every noun then one of a plan too, pointing a present clause ahead
        expected.remove(("present", True, False))
    assert expected <= found


def event(ent, root, sent, text):
    from nutgraf.analysis.timeline import EVENT_CHARS, YEAR_VALUE, _joined
    from nutgraf.textclean import clip

    doc = ent.doc
    noun = None
    if (root.dep_ in ("compound", "nmod", "amod", "npadvmod") and root.head.pos_ in ("NOUN", "PROPN")
            and root.head.i > root.i):
        noun = root.head
    elif root.dep_ == "pobj" and YEAR_VALUE.fullmatch(ent.text) and root.head.dep_ == "prep" \
            and root.head.head.pos_ == "NOUN" and root.head.head.i < root.i:
        noun = root.head.head
    if noun is not None:
        span = (sent.tok_start(noun.left_edge), sent.tok_end(noun))
        return span, text[span[0]:span[1]]
    verb = clause_verb(root)
    if verb.pos_ not in ("VERB", "AUX"):
        return (sent.start, sent.end), clip(sent.sent.text, EVENT_CHARS)
    lo, hi = verb.left_edge.i, verb.right_edge.i
    if verb.dep_ == "ROOT":
        lo, hi = sent.sent.start, sent.sent.end - 1
    span = (sent.base + sent.idx[lo], sent.tok_end(doc[hi]))
    parts = []
    children = [(c, c.dep_) for c in verb.children]
    subj = next((c for c, dep in children if dep in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        mods = [c.i for c in subj.lefts if c.dep_ in ("det", "poss", "compound", "amod", "nummod", "nmod")]
        parts.append((sent.base + sent.idx[min(mods, default=subj.i)], sent.tok_end(subj)))
    parts.extend((sent.tok_start(c), sent.tok_end(c)) for c, dep in children if dep in ("aux", "auxpass", "neg"))
    parts.append((sent.tok_start(verb), sent.tok_end(verb)))
    obj = next((c for c, dep in children if dep in ("dobj", "attr", "oprd")), None)
    if obj is not None:
        parts.append((sent.tok_start(obj.left_edge), sent.tok_end(obj)))
    return span, clip(_joined(parts, text), EVENT_CHARS)


@pytest.mark.model
def test_the_event_a_date_dates_read_from_the_columns_is_that_of_the_token_reading(parsed):
    from nutgraf.analysis.timeline import _event

    kinds = set()
    for s in parsed.sentences:
        c = parsed.token_columns[s.base]
        for tok in s.sent:
            ent = tok.doc[tok.i:tok.i + 1]  # each token as a date of one word
            answer = event(ent, tok, s, parsed.text)
            assert _event(ent, tok, s, parsed.text, c, range(0)) == answer, (tok.text, s.sent.text)
            kinds.add(answer[0] == (s.start, s.end))
    assert kinds == {True, False}


def counts(tok, s, text):
    noun = None
    whole = tok
    if tok.dep_ == "quantmod" and tok.head.tag_ == "CD" and tok.head.i > tok.i + 1 and tok.nbor(1).lower_ == "of":
        whole = tok.head
    if whole.dep_ in ("nummod", "quantmod", "amod") and whole.head.pos_ in ("NOUN", "PROPN") and whole.head.i > whole.i:
        noun = whole.head
    elif tok.i + 1 < len(tok.doc) and tok.nbor(1).ent_type_ not in ("DATE", "TIME"):
        noun = word_after_counted(tok.nbor(1))
    if noun is None:
        noun = of_object(tok)
    if noun is None and tok.dep_ in ("nsubj", "nsubjpass"):
        noun = whole_written_first(tok)
    if noun is not None and noun.i == tok.i + 1 and noun.lower_ == "worth":
        noun = of_object(noun)
    if noun is None or noun.pos_ in ("PRON", "DET"):
        return None
    if noun.dep_ == "poss" and noun.head.i > noun.i and noun.head.pos_ == "NOUN" and (
            noun.pos_ == "PROPN" or any(k.lower_ == "the" and k.i > tok.i for k in noun.children)):
        noun = noun.head
    named = noun
    while (noun.dep_ in ("compound", "nmod") and noun.pos_ == "PROPN" and noun.head.pos_ == "NOUN"
           and noun.head.i > noun.i):
        noun = noun.head

    after = tok.i if noun.i > tok.i else noun.head.i

    def modifies(k):
        while after < k.i < noun.i:
            if noun == named and k.dep_ not in ("compound", "amod"):
                return False
            k = k.head
        return k == noun

    first = next((k for k in tok.doc[after + 1:noun.i + 1] if modifies(k)), noun)
    end = noun
    while end.i + 1 < len(tok.doc) and end.idx + len(end) == end.nbor(1).idx and "-" in (end.text, end.nbor(1).text):
        end = end.nbor(1)
    opening = first
    while opening.i - 1 > after and opening.nbor(-1).idx + len(opening.nbor(-1)) == opening.idx and "-" in (
            opening.text, opening.nbor(-1).text):
        opening = opening.nbor(-1)
    phrase = text[s.tok_start(first if opening.text == "-" else opening):s.tok_end(end)]
    happened = what_happened(noun, tok)
    return f"{phrase} {happened.text}" if happened is not None else phrase


def of_object(tok):
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    doc = tok.doc
    if obj is None or obj.i + 2 >= len(doc) or doc[obj.i + 1].dep_ != "case":
        return obj
    owned = doc[obj.i + 2]
    while (owned.i + 1 < len(doc) and owned.head.i > owned.i
           and owned.dep_ in ("compound", "amod", "nummod", "quantmod", "advmod", "nmod")):
        owned = doc[owned.i + 1]
    return owned if owned.pos_ in ("NOUN", "PROPN") else obj


def whole_written_first(tok):
    for k in [tok.head, *tok.head.ancestors]:
        of = next((j for j in k.children if j.i < tok.i and j.text == "Of" and j.dep_ == "prep"), None)
        if of is not None:
            whole = next((j for j in of.children if j.dep_ == "pobj"), None)
            return whole if whole is not None and whole.tag_ in ("NNS", "NNPS") else None
    return None


def word_after_counted(word):
    from nutgraf.analysis.numbers import FATES

    if word.tag_ in ("NNS", "NN"):
        return word
    if word.tag_ not in ("JJ", "VBN"):
        return None
    if word.dep_ == "amod" and word.head.i > word.i and word.head.pos_ == "NOUN":
        return word.head
    complements = ("prep", "agent", "dobj", "xcomp", "ccomp", "prt", "advcl")
    return word if word.lower_ in FATES or not any(c.dep_ in complements for c in word.children) else None


def what_happened(noun, figure):
    from nutgraf.analysis.numbers import FATES

    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.dep_ == "acl" and after.head == noun and after.lower_ in FATES:
        return after
    if noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head
    elif after is not None and after.dep_ in ("aux", "auxpass") and (noun.dep_ != "pobj" or noun.head.head == figure):
        verb = after.head
    else:
        return None
    passive = verb.tag_ == "VBN" and (verb.lower_ in FATES or any(c.dep_ == "auxpass" for c in verb.children))
    if noun.dep_ != "nsubjpass" and verb.lemma_ != "be" and not passive:
        return None
    participle = next((c for c in verb.children
                       if c.tag_ == "VBN" and c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")), None)
    if participle is not None:
        return participle
    return verb if verb.tag_ == "VBN" else None


@pytest.mark.model
def test_what_a_number_counts_read_from_the_columns_is_that_of_the_token_reading(parsed, monkeypatch):
    from nutgraf.analysis import numbers

    # Every word a fate, so that the participle after a noun is asked about in full.
    monkeypatch.setattr(numbers, "FATES", {t.lower_ for _, doc in parsed.docs for t in doc})
    found = set()
    for s in parsed.sentences:
        c = parsed.token_columns[s.base]
        for tok in s.sent:  # each token as the last of a figure
            answer = counts(tok, s, parsed.text)
            assert numbers._counts(c, tok.i, parsed.text) == answer, (tok.text, s.sent.text)
            # as a noun after "of", the figure the "of" hangs from
            happened = what_happened(tok, tok.head.head)
            assert numbers._what_happened(c, tok.i, tok.head.head.i) == (None if happened is None else happened.i)
            found.add((answer is None, happened is None))
    assert found == {(True, True), (True, False), (False, True), (False, False)}


@pytest.mark.model
def test_an_entitys_words_cut_from_the_text_are_its_spans_text(parsed):
    entities = parsed.entities()
    assert len(entities) > 100
    assert all(parsed.text[e.start:e.end] == e.ent.text for e in entities)


def pronoun_follows(h):
    if h.dep_ != "nsubj":
        return False
    for t in h.doc[h.i + 1:min(len(h.doc), h.i + 8)]:
        if t.is_sent_start or t.ent_type_ or t.pos_ in ("PROPN", "NOUN"):
            return False
        if t.lower_ in {"he", "she"} and t.dep_ == "nsubj":
            return True
    return False


@pytest.mark.model
def test_a_pronoun_after_a_subject_read_from_columns_is_the_one_read_from_tokens(parsed, monkeypatch):
    from nutgraf.analysis import actors

    monkeypatch.setattr(actors, "PERSONAL_PRONOUNS", {"he", "she"})
    subjects = [tok for c, tok in tokens(parsed) if tok.dep_ == "nsubj"]
    followed = [actors._pronoun_follows(parsed.token_columns[base], tok.i)
                for base, doc in parsed.docs for tok in doc]
    assert followed == [pronoun_follows(tok) for _, doc in parsed.docs for tok in doc]
    assert subjects and True in followed
    # Cluster.add tells a subject by the token's hash of its relation, as the columns hold it
    assert all(tok.dep == string_hash(tok.dep_) for _, tok in tokens(parsed))


@pytest.mark.model
def test_each_entitys_sentence_walked_to_is_the_one_bisected_to(parsed):
    found = [(e.start, e.sent) for e in parsed.entities()]
    plain = [(base + ent.start_char, parsed.sentence_at(base + ent.start_char))
             for base, doc in parsed.docs for ent in doc.ents]
    assert len(found) > 100
    assert found == [(pos, s) for pos, s in plain if s is not None]


def in_date_or_name(toks, s, text, start, end):
    from nutgraf.analysis.numbers import (
        APPROX_WORDS,
        COUNT_CUES,
        LABEL_BEFORE,
        MONTH_AFTER,
        MONTH_NAMES,
        NUMBER_LABELS,
        RANGE_AFTER,
        STREET_AFTER,
        _is_headline,
    )

    if (MONTH_AFTER.match(text, end) or STREET_AFTER.match(text, end)
            or LABEL_BEFORE.search(text[max(0, start - 6):start])):
        return True
    first = toks[0]
    if first.i == s.sent.start:
        return False
    before = first.doc[first.i - 1]
    verb = before.tag_ in ("VBG", "VBD", "VBN", "VBZ") or (
        before.tag_ in ("VB", "VBP") and before.i > 0 and before.doc[before.i - 1].tag_ in ("MD", "TO"))
    if before.text.rstrip(".") in MONTH_NAMES or (before.lower_ in NUMBER_LABELS and not verb):
        return True
    named = (before.tag_ in ("NNP", "NNPS") or any(c.isupper() for c in before.text[1:])
             or (before.text[:1].isupper() and before.i != s.sent.start and before.tag_ != "PRP"))
    if not named or not any(c.isalpha() for c in before.text) or "." in first.text:
        return False
    last = toks[-1]
    if not (before.head == last or last.head == before or before.head == last.head):
        return False
    if before.lower_ in COUNT_CUES or before.lower_ in APPROX_WORDS:
        return False
    nxt = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and _is_headline(s.sent):
        return False
    return not RANGE_AFTER.match(text, end)


def one_is_count(first, s):
    from nutgraf.analysis.numbers import COUNT_CUES

    return (first.i > s.sent.start and first.doc[first.i - 1].lower_ in COUNT_CUES
            and first.dep_ in ("nummod", "quantmod"))


def is_fraction_after(last):
    from nutgraf.analysis.numbers import MEASURE_UNITS

    nxt = last.nbor(1) if last.i + 1 < len(last.doc) else None
    return nxt is not None and (nxt.lower_ == "of" or nxt.text in MEASURE_UNITS)


@pytest.mark.model
def test_whether_a_figure_names_or_counts_read_from_the_columns_is_that_of_the_token_reading(parsed):
    from nutgraf.analysis import numbers

    one, fraction = numbers.NUMBER_RE.fullmatch("one"), numbers.NUMBER_RE.fullmatch("1/2")
    text, found = parsed.text, set()
    for s in parsed.sentences:
        c = parsed.token_columns[s.base]
        for tok in s.sent:  # each token, and it with the next, as a figure
            for last in {tok.i, min(tok.i + 1, s.sent.end - 1)}:
                toks = tok.doc[tok.i:last + 1]
                start, end = s.tok_start(tok), s.tok_end(toks[-1])
                answer = in_date_or_name(toks, s, text, start, end)
                assert numbers._in_date_or_name(c, range(tok.i, last + 1), s, text, start, end) == answer, \
                    (tok.text, s.sent.text)
                found.add(answer)
            assert numbers._one_is_count(one, c, tok.i, s, "") == one_is_count(tok, s)
            assert numbers._is_fraction(fraction, c, tok.i) == is_fraction_after(tok)
            assert numbers._counts_plural_noun(c, tok.i) == (
                tok.dep_ == "nummod" and tok.head.tag_ == "NNS" and tok.head.i == tok.i + 1)
            found.add(("cue", one_is_count(tok, s), is_fraction_after(tok)))
    assert found >= {True, False, ("cue", True, False), ("cue", False, True)}
