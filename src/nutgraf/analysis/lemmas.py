"""Lemmas set once per distinct word form, ahead of spaCy's lemmatizer.

spaCy's rule lemmatizer visits every token in Python and works out its lemma from the
token's text, part of speech and morphology: 3% of the parse of a news article, though a
text repeats most of its forms. This component, put just before it, asks it once per (text,
part of speech, morphology) and sets the tokens' lemmas as one array; the lemmatizer then
finds every lemma set, which it leaves alone, so the lemmas are its own."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Doc

NAME = "nutgraf_lemmas"
# Modes whose lemma is a function of the token's text, part of speech and morphology alone.
MEMOISABLE = ("rule", "lookup")


def add_before_lemmatizer(nlp: Language) -> None:
    """Put the component before the pipeline's lemmatizer, when that lemmatizer's lemmas can be
    set once per form: one that keeps lemmas already set, in a memoisable mode."""
    from spacy.language import Language

    lemmatizer = nlp.get_pipe("lemmatizer")
    if NAME in nlp.pipe_names or getattr(lemmatizer, "overwrite", True) \
            or getattr(lemmatizer, "mode", None) not in MEMOISABLE:
        return
    if not Language.has_factory(NAME):
        Language.factory(NAME, func=_make)
    nlp.add_pipe(NAME, before="lemmatizer")


def _make(nlp: Language, name: str) -> FormLemmas:
    return FormLemmas(nlp.get_pipe("lemmatizer"))  # type: ignore[arg-type]


class FormLemmas:
    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        # (text, part of speech, morphology) -> lemma, as hashes; as many as the forms read,
        # like the lemmatizer's own cache.
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        columns = doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"])
        lemmas = columns[:, 3].copy()
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma == 0:
                key = (orth, pos, morph)
                found = self.known.get(key)
                if found is None:
                    found = self.known[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                lemmas[i] = found
        doc.from_array(["LEMMA"], lemmas.reshape(-1, 1))
        return doc
