"""Who the article quotes: one Source per named actor quoted, per unnamed source ("officials",
"a source familiar with the talks", "it is understood"), one for the quotes nobody is found
to have said, and one per person or organisation named but never quoted. Pure: reads the item
lists of an Analysis."""
from __future__ import annotations

from .claims import words_of
from .lexicon import words
from .model import Actor, Analysis, Quote, Source, SourceStatus

PRONOUNS = words("speaker_pronouns")
# Kinds of actor that could have been asked: a place or a nationality is not a source.
SOURCE_KINDS = ("person", "organization")
NO_SPEAKER = "(no speaker)"


def sources(analysis: Analysis) -> list[Source]:
    quotes = [q for q in analysis.all_quotes() if q.repeat_of is None]
    actors = {a.id: a for a in analysis.actors}
    named: dict[str, list[Quote]] = {}
    unnamed: dict[str, list[Quote]] = {}
    nobody: list[Quote] = []
    for q in quotes:
        if q.speaker in actors:
            named.setdefault(actors[q.speaker].id, []).append(q)
        elif (words := unnamed_words(analysis.text, q)) is not None:
            unnamed.setdefault(words, []).append(q)
        else:
            nobody.append(q)
    out = [_source(analysis, q_list, SourceStatus.QUOTED, actors[actor_id])
           for actor_id, q_list in sorted(named.items(), key=lambda kv: (-len(kv[1]), kv[1][0].span))]
    out += [_source(analysis, q_list, SourceStatus.UNNAMED, name=name)
            for name, q_list in sorted(unnamed.items(), key=lambda kv: (-len(kv[1]), kv[1][0].span))]
    if nobody:
        out.append(_source(analysis, nobody, SourceStatus.NO_SPEAKER, name=NO_SPEAKER))
    out += [Source(id="", name=a.name, status=SourceStatus.NOT_QUOTED.value, actor=a.id, kind=a.kind, role=a.role,
                   spans=sorted(a.mentions))
            for a in analysis.actors if a.kind in SOURCE_KINDS and a.id not in named]
    for n, s in enumerate(out, 1):
        s.id = f"s{n}"
    return out


def unnamed_words(text: str, q: Quote) -> str | None:
    """The words standing for a source no name is given for, as the row shows them (lower
    case, no leading article): a speaker span that names no actor and is no pronoun."""
    if q.speaker is not None or q.speaker_span is None:
        return None
    said = " ".join(text[q.speaker_span[0]:q.speaker_span[1]].split())
    if said.lower() in PRONOUNS:
        return None
    first, _, rest = said.partition(" ")
    return (rest if first.lower() in ("the", "a", "an") and rest else said).lower()


def _source(analysis: Analysis, quotes: list[Quote], status: SourceStatus, actor: Actor | None = None,
            name: str | None = None) -> Source:
    spans = sorted({q.speaker_span for q in quotes if q.speaker_span} if status is not SourceStatus.NO_SPEAKER
                   else {q.span for q in quotes})
    return Source(id="", name=actor.name if actor else name or "", status=status.value,
                  actor=actor.id if actor else None, kind=actor.kind if actor else None,
                  role=actor.role if actor else None, quotes=[q.id for q in quotes],
                  words=sum(len(words_of(q.text)) for q in quotes if q.kind != "indirect"), spans=spans)
