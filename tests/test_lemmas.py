"""Lemmas set once per form are the lemmas spaCy's lemmatizer gives each token."""
from pathlib import Path

import pytest

from nutgraf.analysis.lemmas import NAME, add_before_lemmatizer

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "sample_articles").glob("*.txt")) + sorted(
    (ROOT / "benchmarks" / "extraction" / "articles").glob("*.txt"))[:6]


def test_the_pipeline_sets_lemmas_before_its_lemmatizer(model):
    names = model.nlp.pipe_names
    assert names.index(NAME) == names.index("lemmatizer") - 1


def test_on_real_articles_the_lemmas_are_the_lemmatizers(model):
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    # One stream, as nutgraf parses, so later articles read forms the first ones met.
    ours = list(model.nlp.pipe(texts))
    with model.nlp.select_pipes(disable=[NAME]):
        plain = list(model.nlp.pipe(texts))
    for path, a, b in zip(ARTICLES, ours, plain, strict=True):
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b], path.name
    assert any(t.lemma_ != t.lower_ for t in ours[0])


@pytest.mark.model
def test_a_form_with_another_morphology_has_its_own_lemma(model):
    from spacy.tokens import Doc

    vocab = model.nlp.vocab
    # The lemmatizer takes a singular noun or an infinitive as its own lemma.
    words = ["ducks", "ducks", "leaves", "leaves"]
    pos = ["NOUN", "NOUN", "VERB", "VERB"]
    morphs = ["Number=Plur", "Number=Sing", "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "VerbForm=Inf"]

    def doc():
        return Doc(vocab, words=words, pos=pos, morphs=morphs)

    ours = model.nlp.get_pipe("lemmatizer")(model.nlp.get_pipe(NAME)(doc()))
    plain = model.nlp.get_pipe("lemmatizer")(doc())
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in plain] == ["duck", "ducks", "leave", "leaves"]


@pytest.mark.parametrize("overwrite", [False, True])
def test_a_lemmatizer_that_overwrites_lemmas_is_left_alone(overwrite):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "rule", "overwrite": overwrite})
    add_before_lemmatizer(nlp)
    assert (NAME in nlp.pipe_names) is not overwrite
