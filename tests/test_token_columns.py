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
        assert (c.lower[i], c.tag[i], c.dep[i], c.ent_type[i]) == (
            tok.lower_, string_hash(tok.tag_), string_hash(tok.dep_), string_hash(tok.ent_type_))
        assert c.head[i] == tok.head.i
        assert (c.start(i), c.end(i), c.text(i)) == (c.base + tok.idx, c.base + tok.idx + len(tok), tok.text)
        assert c.children(i) == [t.i for t in tok.children]
        checked += 1
    assert checked > 5000 and len(parsed.docs) > 3


# The token readings the column readings replaced.

def left_det(tok, s, norp):
    from nutgraf.analysis.actors import GROUP_NOUNS, _possessed_description

    for child in tok.lefts:
        if child.dep_ == "det":
            if child.lower_ in ("this", "that"):
                return child.i if tok.lower_ not in GROUP_NOUNS else None
            return child.i if child.lower_ == "the" else None
        if child.dep_ == "poss" and child.tag_ == "PRP$":
            return child.i if _possessed_description(tok.lower_, s, norp) else None
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
    norp = parsed.having("ENT_TYPE", "NORP")
    answers: dict[str, set[object]] = {"det": set(), "owner": set(), "own": set(), "in name": set()}
    for s in parsed.sentences:
        c = parsed.token_columns[s.base]
        for tok in s.sent:
            i = tok.i
            lefts = [k for k in c.children(i) if k < i]
            rights = [k for k in c.children(i) if k > i]
            for key, by_columns, by_token in (
                    ("det", actors._left_det(c, i, lefts, s, norp[s.base]), left_det(tok, s, norp[s.base])),
                    ("owner", actors._place_owner(c, i, lefts), place_owner(tok)),
                    ("own", actors._names_its_own(c, rights), names_its_own(tok)),
                    ("in name", actors._owner_in_name(c, i), owner_in_name(tok))):
                assert by_columns == by_token, (key, tok.text, s.sent.text)
                answers[key].add(by_token is not None and by_token is not False)
    # each rule said yes and no somewhere
    assert all(found == {True, False} for found in answers.values()), answers
