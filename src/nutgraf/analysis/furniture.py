"""Page furniture: the text a saved web page carries around the article (consent and cookie
notices, navigation and sharing links, photo credits). It stays in the text, dimmed by the
reader, but nothing in it reaches the panels."""
from __future__ import annotations

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
    for i, (start, end) in enumerate(paragraphs(text)):
        para = text[start:end]
        if _is_furniture(para) or (i < BYLINE_PARAGRAPHS and _BYLINE.match(para) and not para.endswith(".")):
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


def _is_furniture(para: str) -> bool:
    if len(para) > 600:
        return False
    folded = _folded(para)
    # Without its unanchored phrases, _STRONG can only match at the paragraph's start.
    strong = _STRONG.search if any(w in folded for w in _STRONG_ANYWHERE) else _STRONG.match
    if strong(para.strip()):
        return True
    # Few paragraphs hold a separator's sign: found by str's search, not tried at every space.
    if any(sign in para for sign in _NAV_SEPARATOR_SIGNS) and len(_NAV_SEPARATORS.findall(para)) >= 2:
        return True
    return any(w in folded for w in _WEAK_WORDS) and len({m.group(1).lower() for m in _WEAK.finditer(para)}) >= 2


def _folded(text: str) -> str:
    return text.replace("\u0130", "I").lower().upper()
