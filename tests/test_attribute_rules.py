"""The attribute ruler's indexed matching finds exactly what its Matcher finds, so the parse
(parts of speech, morphology, lemmas) is the one spaCy's pipeline gives."""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nutgraf.analysis.attribute_rules import indexed_match

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "sample_articles").glob("*.txt")) + sorted(
    (ROOT / "benchmarks" / "extraction" / "articles").glob("*.txt"))


def matcher_matches(ruler, doc):
    """What the ruler's own Matcher finds (its method, not the indexed one put in its place)."""
    return type(ruler).match(ruler, doc)


def before_ruler(model, text):
    """`text` parsed by the pipeline's components before the attribute ruler: what it reads."""
    names = model.nlp.pipe_names
    with model.nlp.select_pipes(disable=names[names.index("attribute_ruler"):]):
        return model.nlp(text)


def test_the_pipeline_uses_the_index(model):
    ruler = model.nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_on_real_articles_the_index_finds_what_the_matcher_finds(model, path):
    ruler = model.nlp.get_pipe("attribute_ruler")
    doc = before_ruler(model, path.read_text(encoding="utf-8"))
    found = ruler.match(doc)
    assert found == matcher_matches(ruler, doc)
    assert len(found) >= len(doc)  # every token has a tag rule


def test_the_parse_is_the_one_the_matcher_gives(model):
    ruler = model.nlp.get_pipe("attribute_ruler")
    text = ARTICLES[0].read_text(encoding="utf-8")
    indexed = model.nlp(text)
    ruler.match = lambda doc: matcher_matches(ruler, doc)
    try:
        plain = model.nlp(text)
    finally:
        ruler.match = indexed_match(ruler)
    attrs = ["POS", "TAG", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE"]
    assert (indexed.to_array(attrs) == plain.to_array(attrs)).all()


# Words the English ruler's rules name ("ai" + "n't", "y'" + "all", "nothin'"...) among
# ordinary ones; every tag and dependency label the pipeline knows, assigned at random.
WORDS = ["ai", "n't", "nt", "y'", "y", "all", "nothin'", "us", "not", "is", "'s", "be", "that",
         "whether", "the", "a", "which", "have", "'ve", "to", "run", " ", "\n", "Us", "NOT"]


@st.composite
def tagged(draw, model):
    tags = list(model.nlp.get_pipe("tagger").labels) + ["_SP", ""]
    deps = list(model.nlp.get_pipe("parser").labels) + ["ROOT", ""]
    n = draw(st.integers(1, 8))
    return (draw(st.lists(st.sampled_from(WORDS), min_size=n, max_size=n)),
            draw(st.lists(st.sampled_from(tags), min_size=n, max_size=n)),
            draw(st.lists(st.sampled_from(deps), min_size=n, max_size=n)))


@pytest.mark.model
def test_on_any_tags_and_dependencies_the_index_finds_what_the_matcher_finds(model):
    from spacy.tokens import Doc

    ruler = model.nlp.get_pipe("attribute_ruler")

    @settings(max_examples=300, deadline=None)
    @given(tagged(model))
    def check(tokens):
        words, tags, deps = tokens
        doc = Doc(model.nlp.vocab, words=words, tags=tags, deps=deps, heads=list(range(len(words))))
        assert ruler.match(doc) == matcher_matches(ruler, doc)

    check()


@pytest.mark.parametrize("rule", [
    [{"LENGTH": 3}],
    [{"LOWER": "a", "OP": "+"}],
    [{"TAG": {"REGEX": "^V"}}],
    [{}],
])
def test_a_rule_the_index_cannot_read_keeps_the_matcher(rule):
    import spacy

    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    ruler.add([rule], {"POS": "X"})
    assert indexed_match(ruler) is None
