"""Parsed batches of one text, seen through global character offsets."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Sentence:
    start: int  # global offsets, trailing whitespace excluded
    end: int
    sent: object  # spacy.tokens.Span
    base: int  # offset of the batch the sentence came from

    def tok_start(self, tok) -> int:
        return self.base + tok.idx

    def tok_end(self, tok) -> int:
        return self.base + tok.idx + len(tok.text)


@dataclass
class Parsed:
    text: str
    docs: list  # [(offset, Doc)]
    furniture: list = field(default_factory=list)

    def __post_init__(self):
        self.sentences: list[Sentence] = []
        for base, doc in self.docs:
            for sent in doc.sents:
                start = base + sent.start_char
                end = base + sent.end_char
                while end > start and self.text[end - 1].isspace():
                    end -= 1
                if end > start:
                    self.sentences.append(Sentence(start, end, sent, base))
        self._starts = [s.start for s in self.sentences]

    def entities(self):
        """(start, end, label, ent, sentence) for every named entity, in text order."""
        out = []
        for s in self.sentences:
            for ent in s.sent.ents:
                out.append((s.base + ent.start_char, s.base + ent.end_char, ent.label_, ent, s))
        return out

    def sentence_at(self, pos: int) -> Sentence | None:
        import bisect

        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos <= self.sentences[i].end:
            return self.sentences[i]
        return None

    def in_furniture(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.furniture)
