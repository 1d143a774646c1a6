"""Compare HTML article extractors on the saved pages in this folder (and the HTML sample).

    .venv/bin/pip install readability-lxml   # trafilatura (and jusText) come with nutgraf
    .venv/bin/python tests/test_formats_pages/compare_extractors.py

For each page: how many of the article's paragraphs come out (body), how many pieces of page
furniture leak in (furniture), and which of title / author / date / site are found right.
The results are recorded in docs/html-extraction.md. Not a test (pytest does not collect it)."""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent

PAGES = {
    ROOT / "sample_articles" / "harbour-bridge.html": {
        "body": [
            "Sheffield City Council has approved a £48 million plan",
            "Councillors voted 52 to 17 on Monday evening",
            "“The bridge carries 30,000 vehicles a day",
            "Businesses count the cost",
            "Traders on Harbour Street said the closure",
            "Karen Doyle, who runs a bakery near the bridge",
            "Dr Samuel Okafor, a structural engineer",
            "Work is due to start on 3 June",
            "The Department for Transport has agreed to cover £12m",
        ],
        "furniture": [
            "Skip to main content", "We use cookies", "Accept all", "Share on Facebook", "Read more",
            "Sign up to The Ledger Daily", "Flood defences on the Don", "All rights reserved", "Privacy policy",
            "Sign in", "SCRIPT_SENTINEL", "position:fixed",
        ],
        "meta": {"title": "Council approves £48m repair plan for Kelham Harbour bridge", "author": "Amira Patel",
                 "date": "2024-03-12", "site": "The Northern Ledger"},
    },
    HERE / "river-survey.html": {
        "body": [
            "Otters are breeding on the River Wensum",
            "Volunteers recorded 23 sets of tracks",
            "\"Seeing cubs on the Wensum again",
            "The otter population in England fell",
            "Professor Martin Greaves of the University of East Anglia",
            "Anglian Water said it would spend £30m",
        ],
        "furniture": [
            "Skip to content", "Accessibility help", "Advertisement", "Share this article", "Most read",
            "Cromer crab festival", "We need your consent", "Reject all", "Privacy notice", "Copyright",
            "SCRIPT_SENTINEL", "STYLE_SENTINEL", "Jobs",
        ],
        "meta": {"title": "Otters return to the River Wensum after 40 years", "author": "Daniel Whitmore",
                 "date": "2025-06-04", "site": "Eastern Daily Courier"},
    },
    HERE / "budget-vote.html": {
        "body": [
            "Three libraries in Leeds will close next year",
            "The council says it must save £106m",
            "Councillor Jonathan Pryor, the deputy leader, said",
            "About 4,500 people signed a petition",
            "The proposals will be put to a public consultation",
            "Sarah Milne, a librarian for 22 years",
        ],
        "furniture": [
            "Skip to content", "Related:", "Bradford council raises tax", "Libraries are lifelines",
            "Get our politics newsletter", "Council budget", "More on this story", "Follow us on Facebook",
            "Cookie settings", "SCRIPT_SENTINEL", "enable JavaScript", "Subscribe",
        ],
        "meta": {"title": "Leeds set to close three libraries under budget plan",
                 "author": "Ruth Okonjo; Peter Lindqvist", "date": "2024-11-21", "site": "Yorkshire Evening Record"},
    },
}


def norm_author(a):
    return re.sub(r"\s*(?:;|,| and )\s*", ";", a or "").lower() or None


def run_trafilatura(html):
    import trafilatura

    text = trafilatura.extract(html, include_comments=False) or ""
    r = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    return text, {"title": r.title, "author": r.author, "date": r.date, "site": r.sitename}


def run_readability(html):
    import lxml.html
    from readability import Document

    d = Document(html)
    tree = lxml.html.fromstring(d.summary())
    blocks = [el.text_content().strip() for el in tree.iter("p", "h1", "h2", "h3", "li", "figcaption", "blockquote")]
    author = d.author()
    meta = {"title": d.short_title(), "author": None if author == "[no-author]" else author, "date": None, "site": None}
    return "\n".join(b for b in blocks if b), meta


def run_justext(html):
    import justext

    paras = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"))
    meta = {"title": None, "author": None, "date": None, "site": None}
    return "\n".join(p.text for p in paras if not p.is_boilerplate), meta


def run_nutgraf(html):
    from nutgraf.documents import from_bytes

    doc = from_bytes(html.encode("utf-8"), "page", "page.html")
    return doc.text, {"title": doc.title, "author": doc.byline, "date": doc.published, "site": doc.site}


def score(text, meta, expected):
    body = sum(1 for b in expected["body"] if b in text)
    leaked = [f for f in expected["furniture"] if f in text]
    got = 0
    for key, want in expected["meta"].items():
        have = meta.get(key)
        if key == "author":
            ok = norm_author(have) == norm_author(want)
        else:
            ok = (have or "").strip() == want
        got += ok
    return body, len(expected["body"]), leaked, got


def main():
    tools = {"trafilatura": run_trafilatura, "readability-lxml": run_readability, "jusText": run_justext,
             "nutgraf (trafilatura + fallbacks)": run_nutgraf}
    print("| extractor | page | body paragraphs | furniture leaked | metadata (of 4) | time |")
    print("|---|---|---|---|---|---|")
    totals = {}
    for name, fn in tools.items():
        t_body = t_all = t_leak = t_meta = 0
        for path, expected in PAGES.items():
            html = path.read_text(encoding="utf-8")
            t0 = time.perf_counter()
            try:
                text, meta = fn(html)
            except ImportError as exc:
                print(f"| {name} | not installed: {exc} |", file=sys.stderr)
                break
            ms = (time.perf_counter() - t0) * 1000
            body, n, leaked, got = score(text, meta, expected)
            t_body, t_all, t_leak, t_meta = t_body + body, t_all + n, t_leak + len(leaked), t_meta + got
            shown = f"{len(leaked)} {leaked if leaked else ''}"
            print(f"| {name} | {path.name} | {body}/{n} | {shown} | {got} | {ms:.0f} ms |")
        totals[name] = (t_body, t_all, t_leak, t_meta)
    print()
    print("| extractor | body paragraphs | furniture leaked | metadata |")
    print("|---|---|---|---|")
    for name, (b, n, leak, meta) in totals.items():
        print(f"| {name} | {b}/{n} | {leak} | {meta}/{4 * len(PAGES)} |")


if __name__ == "__main__":
    main()
