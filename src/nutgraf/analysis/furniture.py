"""Page furniture: the text a saved web page carries around the article (consent and cookie
notices, navigation and sharing links, photo credits). It stays in the text, dimmed by the
reader, but nothing in it reaches the panels."""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..spans import Span, trim

if TYPE_CHECKING:
    from .parsed import Parsed

# A paragraph is furniture when it has two or more of these, or one strong phrase.
_WEAK = re.compile(
    r"\b(cookies?|consent|privacy (?:policy|settings|notice)|terms of (?:use|service)|"
    r"subscribe|subscription|newsletter|sign (?:up|in)|log ?in|advert(?:isement|ising)?|"
    r"javascript|browser|third[- ]party|your (?:device|data|activity|inbox)|"
    r"manage (?:preferences|settings)|accept all|reject all)\b",
    re.I,
)
_STRONG = re.compile(
    r"^(?:advertisement|skip to (?:main )?content|read more\b.*|related(?: articles| stories| topics)?:?.*|"
    r"share (?:this|on)\b.*|follow us\b.*|most (?:read|popular)|sign up\b.*|click here\b.*|"
    r"(?:image|media|video) (?:caption|source)\b.*|listen to this article|watch:?\s.*|"
    r"\(?(?:additional )?(?:reporting|writing|editing) by\b.*|"
    r"copyright\b.*|©.*|all rights reserved.*)$"
    r"|\bwe need your consent\b|\b(?:accept|allow|enable) (?:all )?cookies\b|"
    r"\benable javascript\b|\bthis content is not available\b",
    re.I,
)
# "(AP/Jane Doe)", "(Getty Images)", "Photo: Jane Doe/Reuters" at the end of a caption.
_CREDIT = re.compile(
    r"\((?:AP|AFP|PA|Reuters|Getty(?: Images)?|EPA|Alamy|Shutterstock|Bloomberg|[A-Z][\w.&' -]{0,40}?)"
    r"\s*(?:/|via)\s*[^()\n]{1,60}\)\s*$"
    r"|\((?:Getty Images|AP Photo|Reuters|AFP|PA(?: Media| Wire)?|EPA|Alamy|Shutterstock)[^()\n]{0,40}\)\s*$"
    r"|\b(?:Photo(?:graph)?|Image|Picture|Credit)s?\s*:\s*[^\n]{1,80}$"
    # the agency in a wire dateline: "LONDON (Reuters) -"
    r"|(?<=[A-Z] )\((?:Reuters|AP|AFP|Bloomberg|PA|dpa|Xinhua|UPI|CNN)\)(?=\s*[-\u2013\u2014])",
)
# Words without which _WEAK and the unanchored part of _STRONG cannot match, in the form
# _folded gives: most paragraphs hold none of them, and a scan ignoring case tries the
# pattern at every character. (Upper case after lower, so that the letters re.I takes for
# ASCII ones, the long s, the dotless and the dotted capital i, the Kelvin sign, are found as
# those.) _WEAK's phrases are looked for whole: "sign", "log", "third", "your" and "manage"
# alone were in one news paragraph in eight ("design", "technology", "management").
_WEAK_WORDS = ("COOKIE", "CONSENT", "PRIVACY", "TERMS OF", "SUBSCRI", "NEWSLETTER", "SIGN UP", "SIGN IN",
               "LOG IN", "LOGIN", "ADVERT", "JAVASCRIPT", "BROWSER", "THIRD-PARTY", "THIRD PARTY",
               "YOUR DEVICE", "YOUR DATA", "YOUR ACTIVITY", "YOUR INBOX", "MANAGE PREFERENCES",
               "MANAGE SETTINGS", "ACCEPT ALL", "REJECT ALL")
_STRONG_ANYWHERE = ("CONSENT", "COOKIES", "JAVASCRIPT", "THIS CONTENT")
_NAV_SEPARATORS = re.compile(r"\s[|•·›»]\s")
_NAV_SEPARATOR_SIGNS = "|•·›»"
# "By Jane Doe", "By Jane Doe and John Roe, Reuters": the author, not an actor of the story.
_BYLINE = re.compile(r"^(?:by|words by|written by|reporting by)\s+[A-Z][^\n]{0,80}$", re.I)
BYLINE_PARAGRAPHS = 6


def find(parsed: Parsed) -> list[Span]:
    """Spans of furniture in parsed.text."""
    text = parsed.text
    out: list[Span] = []
    spans = paragraphs(text)
    folded = _folded(text)
    # Which paragraphs hold a word of each list is found in the text folded once, when its
    # offsets are the text's (not where "ß" folded to "SS"): folding each paragraph and
    # searching it for each word was half of the time spent here.
    aligned = len(folded) == len(text)
    anywhere = _holding(folded, spans, _STRONG_ANYWHERE) if aligned else set()
    weak = _holding(folded, spans, _WEAK_WORDS) if aligned else set()
    for i, (start, end) in enumerate(spans):
        para = text[start:end]
        held = (i in anywhere, i in weak) if aligned else (None, None)
        if _is_furniture(para, *held) or (i < BYLINE_PARAGRAPHS and _BYLINE.match(para) and not para.endswith(".")):
            out.append((start, end))
            continue
        # every credit holds a bracket or a colon
        m = _CREDIT.search(para) if "(" in para or ":" in para else None
        if m:
            out.append((start + m.start(), start + m.end()))
    return out


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines (news text keeps a paragraph a line) as spans without their whitespace."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = trim(text, m.start(), m.end())
        if e > s:
            out.append((s, e))
    return out


def _is_furniture(para: str, anywhere: bool | None = None, weak: bool | None = None) -> bool:
    """Whether a paragraph is furniture. `anywhere` and `weak`, when given, say whether it
    holds a word of _STRONG_ANYWHERE and of _WEAK_WORDS (else they are looked for in it)."""
    if len(para) > 600:
        return False
    if anywhere is None or weak is None:
        folded = _folded(para)
        anywhere, weak = any(w in folded for w in _STRONG_ANYWHERE), any(w in folded for w in _WEAK_WORDS)
    # Without its unanchored phrases, _STRONG can only match at the paragraph's start.
    strong = _STRONG.search if anywhere else _STRONG.match
    if strong(para.strip()):
        return True
    # Few paragraphs hold a separator's sign: found by str's search, not tried at every space.
    if any(sign in para for sign in _NAV_SEPARATOR_SIGNS) and len(_NAV_SEPARATORS.findall(para)) >= 2:
        return True
    return weak and len({m.group(1).lower() for m in _WEAK.finditer(para)}) >= 2


def _folded(text: str) -> str:
    return text.replace("\u0130", "I").lower().upper()


def _holding(folded: str, spans: list[Span], words: tuple[str, ...]) -> set[int]:
    """The indices of the spans (in order, apart) of a folded text that hold one of `words`
    whole: each word found by str.find over the whole text, where most occur nowhere."""
    starts = [s for s, _ in spans]
    found = set()
    for word in words:
        at = folded.find(word)
        while at >= 0:
            k = bisect.bisect_right(starts, at) - 1
            if k >= 0 and at + len(word) <= spans[k][1]:
                found.add(k)
            at = folded.find(word, at + 1)
    return found
