"""Who the article quotes: one Source per named actor quoted, per unnamed source ("officials",
"a source familiar with the talks", "it is understood"), per document quoted ("the order"),
one for the quotes nobody is found to have said, and one per person or organisation named
but never quoted. Pure: reads the item lists of an Analysis."""
from __future__ import annotations

from .lexicon import words
from .model import Actor, Analysis, Quote, Source, SourceStatus
from .quotes import SOURCE_NOUNS

PRONOUNS = words("speaker_pronouns")
DOCUMENT_NOUNS = words("document_nouns")
MODIFIER_WORDS = words("source_modifiers")
ARTICLES = ("the", "a", "an")
# Kinds of actor that could have been asked: a place or a nationality is not a source.
SOURCE_KINDS = ("person", "organization")
NO_SPEAKER = "(no speaker)"


def sources(analysis: Analysis, quoted_words: dict[str, list[str]]) -> list[Source]:
    """The rows of the summary; `quoted_words`: the words (claims.words_of) of each direct
    and partial quote's text, read already for its repeats."""
    quotes = [q for q in analysis.all_quotes() if q.repeat_of is None]
    actors = {a.id: a for a in analysis.actors}
    named: dict[str, list[Quote]] = {}
    described: dict[SourceStatus, dict[str, list[Quote]]] = {SourceStatus.UNNAMED: {}, SourceStatus.DOCUMENT: {}}
    nobody: list[Quote] = []
    # One row for "Officials said" and "officials said", named as first written.
    names: dict[str, str] = {}
    for q in quotes:
        if q.speaker in actors:
            named.setdefault(actors[q.speaker].id, []).append(q)
        elif (said := speaker_words(analysis.text, q)) is not None:
            status = SourceStatus.DOCUMENT if is_document(said) else SourceStatus.UNNAMED
            if q.speaker_span and _opens_sentence(analysis.text, q.speaker_span[0]):
                said = said[:1].lower() + said[1:]  # capitalised only as a sentence's first word
            said = said if status is SourceStatus.DOCUMENT else _without_article(said)
            name = names.setdefault(said.lower(), said)
            described[status].setdefault(name, []).append(q)
        else:
            nobody.append(q)
    out = [_source(analysis, quoted_words, q_list, SourceStatus.QUOTED, actors[actor_id])
           for actor_id, q_list in sorted(named.items(), key=lambda kv: (-len(kv[1]), kv[1][0].span))]
    for status, by_name in described.items():
        out += [_source(analysis, quoted_words, q_list, status, name=name)
                for name, q_list in sorted(by_name.items(), key=lambda kv: (-len(kv[1]), kv[1][0].span))]
    if nobody:
        out.append(_source(analysis, quoted_words, nobody, SourceStatus.NO_SPEAKER, name=NO_SPEAKER))
    out += [Source(id="", name=a.name, status=SourceStatus.NOT_QUOTED.value, actor=a.id, kind=a.kind, role=a.role,
                   spans=sorted(a.mentions))
            for a in analysis.actors if a.kind in SOURCE_KINDS and a.id not in named]
    for n, s in enumerate(out, 1):
        s.id = f"s{n}"
    return out


def speaker_words(text: str, q: Quote) -> str | None:
    """The words at the attribution of a quote no actor is found to have said, when they
    describe its source ("officials", "the order"): a speaker span that is no pronoun."""
    if q.speaker is not None or q.speaker_span is None:
        return None
    said = " ".join(text[q.speaker_span[0]:q.speaker_span[1]].split())
    return None if said.lower() in PRONOUNS else said


def is_document(said: str) -> bool:
    """Whether a source's description is of something written or issued ("the order", "the
    latest report", "a statement from the ministry"), by its head noun: the last noun of
    a source before what follows it ("familiar with", "from", "who")."""
    head = None
    for word in said.lower().split():
        if word in MODIFIER_WORDS:
            break
        if (noun := _singular(word)) is not None:
            head = noun
    return head in DOCUMENT_NOUNS


def _singular(word: str) -> str | None:
    """The source noun a word is, in the singular ("activists", "studies"), or None."""
    for noun in (word, word[:-1] if word.endswith("s") else "", f"{word[:-3]}y" if word.endswith("ies") else ""):
        if noun in SOURCE_NOUNS:
            return noun
    return None


def _opens_sentence(text: str, start: int) -> bool:
    # Read back from start: a copy of the text before it, to strip, was a long text's length.
    at = start
    while at and text[at - 1] in " \t":
        at -= 1
    return not at or text[at - 1] in "\n.!?\"”’"


def _without_article(said: str) -> str:
    first, _, rest = said.partition(" ")
    return rest if first.lower() in ARTICLES and rest else said


def _source(analysis: Analysis, quoted_words: dict[str, list[str]], quotes: list[Quote], status: SourceStatus,
            actor: Actor | None = None, name: str | None = None) -> Source:
    spans = sorted({q.speaker_span for q in quotes if q.speaker_span} if status is not SourceStatus.NO_SPEAKER
                   else {q.span for q in quotes})
    return Source(id="", name=actor.name if actor else name or "", status=status.value,
                  actor=actor.id if actor else None, kind=actor.kind if actor else None,
                  role=actor.role if actor else None, quotes=[q.id for q in quotes],
                  words=sum(len(quoted_words[q.text]) for q in quotes if q.kind != "indirect"), spans=spans)
