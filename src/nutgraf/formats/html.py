"""Saved web pages: the article body and its metadata, extracted with trafilatura (see
docs/html-extraction.md for why), with nutgraf's own reading of JSON-LD, meta tags and
<time> elements where the library finds nothing.

The article text is built here, a paragraph a line: the headline first (recorded as the
title and marked as a heading), then the body's paragraphs, subheadings, list items and
quotations; photo captions go back in where the photo was, marked as furniture. Nothing is
ever fetched: the page is parsed from the bytes given, and no URL is followed."""
from __future__ import annotations

import json
import re

from . import Markup, Page, Span
from .dates import parse_date

# Embedded social posts and the like: never article text.
PRUNE_XPATH = [
    "//blockquote[contains(@class,'twitter-tweet') or contains(@class,'instagram-media') "
    "or contains(@class,'tiktok-embed') or contains(@class,'reddit-card')]",
]
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u2028\u2029]+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_TITLE_SUFFIX = re.compile(r"\s+[|\u2013\u2014\-:·•]\s+[^|\u2013\u2014\-:·•]{2,60}$")
_BY = re.compile(r"^\s*(?:by|words by|written by)\s*:?\s+", re.I)
ARTICLE_TYPES = {
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
    "scholarlyarticle", "techarticle", "report",
}
# Elements that hold page furniture, for the fallback extraction.
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
              "form", "button", "select", "iframe", "object", "canvas", "head", "title", "menu"}
_SKIP_CLASS = re.compile(
    r"cookie|consent|gdpr|banner|share|social|newsletter|signup|related|promo|advert|\bads?\b|sidebar|"
    r"\bnav|menu|footer|breadcrumb|comment|skip|masthead|subscribe|popup|modal|read-?more|most-?read|tags?\b",
    re.I,
)
# Markup handed to trafilatura, at most: its time grows faster than the page (measured: 4 MB
# of dense paragraphs 25 s, a 60 MB page past 15 minutes), and a news article's page, its
# scripts and styles left out, is far smaller. A longer page is read up to this much, and
# its note says so (a 60 MB page now loads in 10 s).
MAX_MARKUP = 2 * 2**20
# Left out of a page too long to hand over whole: they make most of a big page's size and
# hold no article text (JSON-LD metadata is read from the page before they go).
_BULK_TAGS = ("script", "style", "svg", "noscript", "template", "iframe")
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "td", "th", "dd", "dt"}


class NoArticle(ValueError):
    """The page holds no article text."""


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (<meta charset> or http-equiv)."""
    m = _CHARSET.search(raw[:4096])
    if not m:
        return None
    import codecs

    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:4096].lower():
        return True
    return head.startswith("<") and bool(re.search(r"<(?:html|head|body|article)\b", head))


def read(html: str) -> Page:
    """The article in a saved page. Raises NoArticle when there is no text to read."""
    import lxml.html
    import trafilatura  # noqa: F401 (not in the try below: a broken install must say so, not fall back)

    html = _XML_DECL.sub("", html, count=1)
    try:
        tree = lxml.html.document_fromstring(html)
    except Exception as exc:  # lxml raises ParserError, ValueError... on pages it cannot read
        raise NoArticle(f"not readable as HTML ({exc})") from None
    meta = page_metadata(tree)
    html, note = _within_cap(html, tree)
    result = None
    try:
        result = _trafilatura(html)
    except Exception:  # noqa: BLE001 - a library bug on a strange page must not stop the reader: fall back
        result = None
    builder = _Builder(_captions(tree))
    if result is not None and result.body is not None:
        builder.body(result.body)
    kept = builder.plain()
    if len(kept.strip()) < 40 or (builder.lines <= 1 and len(kept) >= 0.8 * len(_norm(_body_text(tree)))):
        # On a very short page trafilatura keeps nothing, or everything run into one
        # paragraph, menus and all: read the blocks ourselves, leaving out the furniture.
        fallback = _Builder(_captions(tree))
        fallback.fallback(tree)
        if fallback.plain().strip():
            builder = fallback
    lib = {}
    if result is not None:
        lib = {
            "title": result.title,
            "byline": _authors(result.author),
            "site": result.sitename or None,
            "published": parse_date(result.date),
        }
    title = lib.get("title") or meta.get("title")
    page = builder.finish(title)
    if not page.text.strip():
        raise NoArticle("no article text found in this web page")
    page.byline = lib.get("byline") or meta.get("byline")
    page.site = lib.get("site") or meta.get("site") or (result.hostname if result is not None else None)
    page.published = lib.get("published") or meta.get("published")
    page.note = note
    return page


def _within_cap(html: str, tree) -> tuple[str, str | None]:
    """The markup to hand the extractor, and a note when it is not the whole page. The bulk
    (scripts, styles...) is taken out of the tree first, then the rest cut at a tag."""
    if len(html) <= MAX_MARKUP:
        return html, None
    import lxml.etree
    import lxml.html

    lxml.etree.strip_elements(tree, *_BULK_TAGS, lxml.etree.Comment, with_tail=False)
    lean = lxml.html.tostring(tree, encoding="unicode")
    if len(lean) <= MAX_MARKUP:
        return lean, None
    cut = lean.rfind("<", 0, MAX_MARKUP)
    return lean[:cut if cut > 0 else MAX_MARKUP], (
        f"a very long web page ({len(lean) / 2**20:.3g} MB of markup without its scripts): "
        f"only its first {MAX_MARKUP / 2**20:.3g} MB were read")


def _body_text(tree) -> str:
    """The page's visible text (scripts and styles left out), to compare with what was kept."""
    body = tree.find("body")
    root = body if body is not None else tree
    parts = []
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag not in ("script", "style", "noscript", "template") and el.text:
            parts.append(el.text)
        if el.tail and el is not root:
            parts.append(el.tail)
    return " ".join(parts)


def _trafilatura(html: str):
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        url=None,
        with_metadata=True,
        include_comments=False,
        include_images=True,  # where a photo was, so its caption can go back there
        include_formatting=True,
        include_tables=True,
        include_links=False,
        prune_xpath=PRUNE_XPATH,
        # The date a page states, not one guessed from its text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def _authors(value: str | None) -> str | None:
    if not value:
        return None
    names = [n.strip() for n in value.split(";") if n.strip()]
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _norm(s: str | None) -> str:
    return _WS.sub(" ", s or "").strip()


class _Builder:
    """Builds the text a block a line, with markup and furniture spans."""

    def __init__(self, captions: dict[str, str]) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.markup: list[Markup] = []
        self.furniture: list[Span] = []
        self.captions = captions
        self.caption_texts = {_norm(c).lower() for c in captions.values()}
        self.emitted_captions: set[str] = set()
        self._line: list[tuple[str, str | None]] = []
        self.lines = 0

    def plain(self) -> str:
        return "".join(self.parts)

    # -- lines -------------------------------------------------------------------------
    def add(self, text: str, kind: str | None = None) -> None:
        self._line.append((text, kind))

    def end_line(self, block: str | None = None, prefix: str = "") -> None:
        """Close the line being built: whitespace collapsed, inline markup kept."""
        segs, self._line = self._line, []
        line = ""
        marks: list[Markup] = []
        for text, kind in segs:
            text = _WS.sub(" ", text)
            if not line or line.endswith(" "):
                text = text.lstrip(" ")
            if not text:
                continue
            s = len(line)
            line += text
            if kind:
                marks.append((s, len(line), kind))
        stripped = line.rstrip(" ")
        if not stripped:
            return
        is_caption = block == "caption" or stripped.lower() in self.caption_texts
        if is_caption:
            if stripped.lower() in self.emitted_captions:
                return  # the photo's caption is in already
            self.emitted_captions.add(stripped.lower())
        if self.parts:
            self.parts.append("\n")
            self.length += 1
        base = self.length
        if prefix:
            self.parts.append(prefix)
            self.markup.append((base, base + len(prefix.rstrip()), "marker"))
            base += len(prefix)
            self.length += len(prefix)
        self.parts.append(stripped)
        self.length += len(stripped)
        self.lines += 1
        end = base + len(stripped)
        for s, e, kind in marks:
            s2, e2 = base + s, min(base + e, end)
            # trim spaces the collapse left at the edges of a styled run
            while s2 < e2 and stripped[s2 - base] == " ":
                s2 += 1
            while e2 > s2 and stripped[e2 - base - 1] == " ":
                e2 -= 1
            if e2 > s2:
                self.markup.append((s2, e2, kind))
        if block in ("heading", "blockquote", "code"):
            self.markup.append((base, end, block))
        if is_caption:
            self.furniture.append((base - len(prefix), end))

    # -- trafilatura's body ------------------------------------------------------------
    def body(self, root) -> None:
        for el in root:
            self.block(el)

    def block(self, el, prefix: str = "") -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "head":
            self.inline(el)
            self.end_line("heading")
        elif tag == "list":
            for item in el:
                if item.tag == "item":
                    self.inline(item, skip_blocks=True)
                    self.end_line(prefix="\u2022 ")
                    for sub in item:
                        if sub.tag == "list":
                            self.block(sub)
                else:
                    self.block(item)
        elif tag == "quote":
            if any(isinstance(c.tag, str) and c.tag in ("p", "list", "head", "quote") for c in el):
                self.add(el.text or "")
                self.end_line("blockquote")
                for c in el:
                    if c.tag in ("p", "head"):
                        self.inline(c)
                        self.end_line("blockquote")
                    else:
                        self.block(c)
                    if c.tail and c.tail.strip():
                        self.add(c.tail)
                        self.end_line("blockquote")
            else:
                self.inline(el)
                self.end_line("blockquote")
        elif tag == "table":
            for row in el.iter("row"):
                cells = [_norm("".join(c.itertext())) for c in row if c.tag == "cell"]
                cells = [c for c in cells if c]
                if cells:
                    self.add("\t".join(cells).replace("\t", " \u2502 "))
                    self.end_line()
        elif tag == "graphic":
            caption = self.captions.get(el.get("src") or "")
            if caption:
                self.add(caption)
                self.end_line("caption")
        else:  # p, code, anything else: a paragraph
            self.inline(el)
            self.end_line("code" if tag == "code" else None)

    def inline(self, el, kind: str | None = None, skip_blocks: bool = False) -> None:
        self.add(el.text or "", kind)
        for c in el:
            tag = c.tag if isinstance(c.tag, str) else ""
            if tag == "lb":
                self.end_line()
            elif tag == "hi":
                rend = c.get("rend") or ""
                k = ("strong" if "#b" in rend else "emphasis" if ("#i" in rend or "#u" in rend)
                     else "code" if "#t" in rend else None)
                self.inline(c, k or kind)
            elif tag == "code":
                self.inline(c, "code")
            elif tag == "graphic":
                pass
            elif skip_blocks and tag == "list":
                pass
            elif tag in ("p", "quote", "list", "table", "head"):
                self.end_line()
                self.block(c)
            else:
                self.inline(c, kind)
            if c.tail:
                self.add(c.tail, kind)

    # -- our own reading, for pages trafilatura keeps nothing from ----------------------
    def fallback(self, tree) -> None:
        body = tree.find("body")
        root = body if body is not None else tree
        self._walk(root)
        self.end_line()

    def _walk(self, el) -> None:
        for c in el:
            tag = c.tag if isinstance(c.tag, str) else ""
            if not tag or tag in _SKIP_TAGS or _SKIP_CLASS.search(f"{c.get('class', '')} {c.get('id', '')}") \
                    or c.get("role") in ("navigation", "dialog", "banner", "contentinfo") \
                    or c.get("hidden") is not None:
                if c.tail and c.tail.strip():
                    self.add(c.tail)
                continue
            if tag in _BLOCKS:
                self.end_line()
                for br in c.iter("br"):
                    br.tail = " " + (br.tail or "")
                self.add("".join(t for t in c.itertext() if t))
                kind = "heading" if tag[0] == "h" and tag[1:].isdigit() else "caption" if tag == "figcaption" else None
                self.end_line(kind, prefix="\u2022 " if tag == "li" else "")
            elif tag == "br":
                self.end_line()
            else:
                if c.text:
                    self.add(c.text)
                self._walk(c)
            if c.tail and c.tail.strip():
                self.add(c.tail)

    def finish(self, title: str | None) -> Page:
        self.end_line()
        body = "".join(self.parts)
        title = _norm(title) or None
        markup, furniture = list(self.markup), list(self.furniture)
        if title:
            first = body.split("\n", 1)[0]
            if _norm(first).lower() == title.lower():
                # the headline is the first line already: mark it
                markup = [m for m in markup if not (m[0] == 0 and m[2] == "heading")]
                text = body
            else:
                shift = len(title) + 1 if body else len(title)
                text = title + ("\n" + body if body else "")
                markup = [(s + shift, e + shift, k) for s, e, k in markup]
                furniture = [(s + shift, e + shift) for s, e in furniture]
            markup.insert(0, (0, len(title), "heading"))
        else:
            text = body
        return Page(text=text, title=title, furniture=sorted(furniture), markup=sorted(markup))


def _captions(tree) -> dict[str, str]:
    """Photo address -> its caption (and credit) as the page shows it."""
    out: dict[str, str] = {}
    for fig in tree.iter("figure"):
        cap = fig.find(".//figcaption")
        if cap is None:
            continue
        text = _norm(" ".join(t for t in cap.itertext()))
        for img in fig.iter("img", "source"):
            src = img.get("src") or img.get("data-src") or img.get("srcset", "").split(" ")[0]
            if src and text:
                out.setdefault(src, text)
    for img in tree.iter("img"):
        src = img.get("src")
        if not src or src in out:
            continue
        parent = img.getparent()
        if parent is None:
            continue
        for sib in parent:
            if sib is img or not isinstance(sib.tag, str):
                continue
            if re.search(r"caption|credit", f"{sib.get('class', '')}", re.I):
                text = _norm(" ".join(sib.itertext()))
                if text:
                    out[src] = text
                    break
    return out


# -- metadata from the page itself -------------------------------------------------------
def page_metadata(tree) -> dict[str, str]:
    """title, byline, site and published from JSON-LD, meta tags and <time> elements."""
    found: dict[str, str] = {}

    def put(key: str, value) -> None:
        if isinstance(value, str):
            value = _norm(value)
            if value and key not in found:
                found[key] = value

    for node in _jsonld(tree):
        types = node.get("@type")
        types = {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}
        if types & ARTICLE_TYPES:
            put("title", node.get("headline") or node.get("name"))
            put("byline", _names(node.get("author")))
            put("published", parse_date(node.get("datePublished") or node.get("dateCreated")))
            pub = node.get("publisher")
            put("site", pub.get("name") if isinstance(pub, dict) else pub)
        elif "website" in types or "newsmediaorganization" in types:
            put("site", node.get("name"))

    metas: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = m.get("content")
        if key and content and key not in metas:
            metas[key] = content
    for key in ("og:title", "twitter:title", "dc.title"):
        put("title", metas.get(key))
    for key in ("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator",
                "dcterms.creator"):
        value = metas.get(key)
        if value and not value.startswith(("http://", "https://", "/")):
            put("byline", _BY.sub("", value))
    for key in ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
                "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
                "parsely-pub-date", "article.published", "og:updated_time", "article:modified_time"):
        put("published", parse_date(metas.get(key)))
    for key in ("og:site_name", "application-name", "publisher"):
        put("site", metas.get(key))

    if "published" not in found:
        times = [t for t in tree.iter("time") if t.get("datetime")]
        times.sort(key=lambda t: 0 if (t.get("itemprop") == "datePublished" or t.get("pubdate") is not None) else 1)
        for t in times:
            put("published", parse_date(t.get("datetime")))
    if "byline" not in found:
        for el in tree.xpath("//*[@rel='author' or @itemprop='author'"
                             " or contains(@class,'byline') or contains(@class,'author')]"):
            text = _BY.sub("", _norm(" ".join(el.itertext())))
            if 2 <= len(text) <= 80 and text[:1].isupper():
                put("byline", text)
                break
    if "title" not in found:
        h1 = tree.find(".//h1")
        if h1 is not None:
            put("title", " ".join(h1.itertext()))
        t = tree.find(".//title")
        if t is not None and t.text:
            put("title", _TITLE_SUFFIX.sub("", _norm(t.text)))
    return found


def _jsonld(tree):
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except (ValueError, RecursionError):  # one unreadable block: the rest of the page is fine
            continue
        stack, seen = [data], 0
        while stack and seen < 500:
            node = stack.pop(0)
            seen += 1
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                yield node
                graph = node.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)


def _names(author) -> str | None:
    if isinstance(author, str):
        return _BY.sub("", author)
    if isinstance(author, dict):
        return _names(author.get("name"))
    if isinstance(author, list):
        names = [n for n in (_names(a) for a in author) if n]
        if names:
            return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return None
