"""Saved web pages: the article body and metadata come out, page furniture does not (or comes
out marked), nothing is fetched, and every span is exact. The pages are written for nutgraf
(sample_articles/harbour-bridge.html and tests/test_formats_pages/*.html)."""
from __future__ import annotations

import socket
from pathlib import Path

import lxml.html
import pytest

from nutgraf.documents import DocumentError, from_bytes, load
from nutgraf.formats.html import page_metadata

HERE = Path(__file__).parent
SAMPLE = HERE.parent / "sample_articles" / "harbour-bridge.html"
RIVER = HERE / "test_formats_pages" / "river-survey.html"
BUDGET = HERE / "test_formats_pages" / "budget-vote.html"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Loading a page must never open a connection."""

    def refuse(*args, **kwargs):
        raise AssertionError("the loader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def lines(text: str) -> list[str]:
    return text.split("\n")


def test_sample_page_body_and_metadata():
    doc = load(SAMPLE)
    assert doc.format == "html"
    assert (doc.title, doc.byline, doc.site, doc.published) == (
        "Council approves £48m repair plan for Kelham Harbour bridge", "Amira Patel", "The Northern Ledger",
        "2024-03-12")
    assert lines(doc.text) == [
        "Council approves £48m repair plan for Kelham Harbour bridge",
        "Sheffield City Council has approved a £48 million plan to repair the Kelham Harbour bridge, which has been "
        "closed to traffic since a routine inspection found corroded cables in November 2023.",
        "Councillors voted 52 to 17 on Monday evening to fund the work, which engineers say will take about 18 months.",
        "“The bridge carries 30,000 vehicles a day and we cannot leave it shut for another winter,” said the council "
        "leader, Tom Hargreaves.",
        "The bridge has been closed since November. Photograph: Lena Marsh/The Northern Ledger",
        "Businesses count the cost",
        "Traders on Harbour Street said the closure had cut their takings by as much as 40%.",
        "Karen Doyle, who runs a bakery near the bridge, said: "
        "“We have lost a third of our customers since the autumn. "
        "Every week it stays shut is another week we might not survive.”",
        "Dr Samuel Okafor, a structural engineer at the University of Sheffield, said the repairs were long overdue. "
        "“The cables were designed for a 50-year life and they are now 61 years old,” he said.",
        "Work is due to start on 3 June and the bridge should reopen to pedestrians by the end of 2024, the council "
        "said. Full reopening is planned for autumn 2025.",
        "The Department for Transport has agreed to cover £12m of the cost. A spokesperson said the government was "
        "“pleased to support a vital local link”.",
    ]


def test_sample_page_spans_are_exact():
    doc = load(SAMPLE)
    t = doc.text
    assert [t[s:e] for s, e in doc.furniture] == [
        "The bridge has been closed since November. Photograph: Lena Marsh/The Northern Ledger"]
    assert [(t[s:e], k) for s, e, k in doc.markup_spans] == [
        ("Council approves £48m repair plan for Kelham Harbour bridge", "heading"),
        ("Businesses count the cost", "heading"),
        ("long", "emphasis"),
    ]
    assert [t[s:e] for s, e in doc.paragraphs] == lines(t)
    assert doc.soft_breaks == [] and doc.display_text() == t


@pytest.mark.parametrize("path", [SAMPLE, RIVER, BUDGET])
def test_furniture_and_code_never_reach_the_text(path):
    doc = load(path)
    for junk in ("Skip to", "cookies", "Accept all", "Reject all", "Share on", "Share this", "Read more", "Most read",
                 "Sign up", "Subscribe", "newsletter", "Privacy", "Terms of use", "All rights reserved", "Copyright",
                 "©", "Follow us", "Advertisement", "Related:", "More on this story", "Libraries are lifelines",
                 "SCRIPT_SENTINEL", "STYLE_SENTINEL", "position:", "dataLayer", "enable JavaScript", "Home"):
        assert junk not in doc.text, junk


def test_page_without_json_ld_gets_its_date_from_time_and_byline_from_the_page():
    doc = load(RIVER)
    assert (doc.title, doc.byline, doc.site, doc.published) == (
        "Otters return to the River Wensum after 40 years", "Daniel Whitmore", "Eastern Daily Courier", "2025-06-04")
    t = doc.text
    caption = "An otter photographed near Lyng in April. (Norfolk Wildlife Trust/PA)"
    assert t.count(caption) == 1  # the page's own caption paragraph and the photo's: once
    assert [t[s:e] for s, e in doc.furniture] == [caption]
    assert lines(t)[3] == caption  # where the photo was
    assert lines(t)[-1] == "Anglian Water said it would spend £30m on the Wensum catchment by 2030."


def test_json_ld_graph_with_two_authors():
    doc = load(BUDGET)
    assert (doc.title, doc.byline, doc.site, doc.published) == (
        "Leeds set to close three libraries under budget plan", "Ruth Okonjo and Peter Lindqvist",
        "Yorkshire Evening Record", "2024-11-21")
    t = doc.text
    assert [t[s:e] for s, e in doc.furniture] == [
        "Armley library is one of three earmarked for closure. Image: Yorkshire Evening Record"]
    assert "Councillor Jonathan Pryor, the deputy leader, said: “Nobody went into politics to close libraries." in t
    # the embedded post is pruned; the "not available" notice is left to the analysis' furniture
    assert "@saveleedslibs" not in t


# -- our own metadata reading, for what the library misses -------------------------------------
def meta(html: str) -> dict:
    return page_metadata(lxml.html.document_fromstring(html))


def test_metadata_fallback_json_ld():
    got = meta("""<html><head><script type="application/ld+json">
        [{"@type": "BreadcrumbList"}, {"@type": ["NewsArticle"], "headline": "Ferry strike ends",
          "author": {"@type": "Person", "name": "By Jo Bloggs"}, "datePublished": "2023-07-01T09:00:00+01:00",
          "publisher": {"@type": "Organization", "name": "Island Times"}}]
        </script><script type="application/ld+json">{not json</script></head><body></body></html>""")
    assert got == {"title": "Ferry strike ends", "byline": "Jo Bloggs", "published": "2023-07-01",
                   "site": "Island Times"}


def test_metadata_fallback_meta_tags():
    got = meta("""<html><head><title>Ferry strike ends | Island Times</title>
        <meta property="og:title" content="Ferry strike ends">
        <meta name="author" content="https://island.example/staff/jo">
        <meta name="byl" content="By Jo Bloggs">
        <meta property="article:published_time" content="2023-07-01T09:00:00Z">
        <meta property="og:site_name" content="Island Times"></head><body></body></html>""")
    assert got == {"title": "Ferry strike ends", "byline": "Jo Bloggs", "published": "2023-07-01",
                   "site": "Island Times"}


def test_metadata_fallback_time_elements_and_title_suffix():
    got = meta("""<html><head><title>Ferry strike ends - Island Times</title></head><body>
        <p>Updated <time datetime="2023-07-03">3 July</time></p>
        <span class="byline">By Jo Bloggs</span>
        <p><time itemprop="datePublished" datetime="2023-07-01T08:00">1 July</time></p></body></html>""")
    assert got == {"published": "2023-07-01", "byline": "Jo Bloggs", "title": "Ferry strike ends"}


def test_library_missing_a_date_is_filled_from_the_page(monkeypatch):
    """When trafilatura returns no date, the page's own <time> is used."""
    import nutgraf.formats.html as h

    real = h._trafilatura

    def no_date(html):
        result = real(html)
        result.date = None
        result.author = None
        return result

    monkeypatch.setattr(h, "_trafilatura", no_date)
    doc = load(RIVER)
    assert doc.published == "2025-06-04" and doc.byline == "Daniel Whitmore"


# -- awkward pages -----------------------------------------------------------------------------
def test_short_page_falls_back_to_our_own_reading_without_menus():
    raw = (b"<html><body><nav>Home | News | Sport</nav><div class='cookie-notice'>We use cookies</div>"
           b"<h1>Vote</h1><p>The mayor said the vote was close and that 12 councillors abstained.</p>"
           b"<ul><li>One</li><li>Two</li></ul><p>Text with<br>break.</p><footer>(c) 2024</footer></body></html>")
    doc = from_bytes(raw, "x", "x.html")
    assert lines(doc.text) == ["Vote", "The mayor said the vote was close and that 12 councillors abstained.",
                               "• One", "• Two", "Text with break."]
    assert [(doc.text[s:e], k) for s, e, k in doc.markup_spans] == [
        ("Vote", "heading"), ("•", "marker"), ("•", "marker")]


def test_xhtml_with_an_xml_declaration():
    raw = (b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">'
           b"<head><title>Caf\xc3\xa9 vote</title></head>"
           b"<body><p>The caf\xc3\xa9 owner said the vote was close.</p></body></html>")
    doc = from_bytes(raw, "x", "x.xhtml")
    assert doc.text == "Café vote\nThe café owner said the vote was close."


@pytest.mark.parametrize("raw", [b"<html><body></body></html>",
                                 b"<html><body><script>var a = 1;</script></body></html>",
                                 b"<html><body><nav><a href='/'>Home</a></nav></body></html>"])
def test_page_without_article_text_is_refused(raw):
    with pytest.raises(DocumentError, match="no article text"):
        from_bytes(raw, "page.html", "page.html")


def test_formatting_lists_quotes_and_tables_from_a_longer_article():
    paras = "".join(f"<p>Paragraph {i} says the council will debate the budget for the coming year in some detail.</p>"
                    for i in range(6))
    raw = (f"<html><head><title>Budget night</title></head><body><article><h1>Budget night</h1>{paras}"
           "<p>Some <b>bold</b> and <i>italic</i> words, and <code>code</code>.</p>"
           "<ul><li>first point</li><li>second point</li></ul>"
           "<blockquote><p>A quoted paragraph.</p></blockquote>"
           "<table><tr><td>Item</td><td>£5m</td></tr></table></article></body></html>").encode()
    doc = from_bytes(raw, "x", "x.html")
    t = doc.text
    assert lines(t)[0] == "Budget night" and t.count("Budget night") == 1
    marks = [(t[s:e], k) for s, e, k in doc.markup_spans]
    for expected in [("Budget night", "heading"), ("bold", "strong"), ("italic", "emphasis"), ("code", "code"),
                     ("•", "marker"), ("A quoted paragraph.", "blockquote")]:
        assert expected in marks
    assert "• first point" in lines(t) and "• second point" in lines(t)
    assert "Item │ £5m" in lines(t)


def test_html_loading_never_prints(capsys):
    """A library's log lines on odd pages must not reach the terminal under the reader."""
    for raw in (b"<html><body></body></html>", b"<html>" + b"<div>" * 3000 + b"x" + b"</div>" * 3000 + b"</html>",
                b"<html><body><p>\xff\xfe garbage \x01\x02</p></body></html>"):
        try:
            from_bytes(raw, "x", "x.html")
        except DocumentError:
            pass
    out, err = capsys.readouterr()
    assert out == "" and err == ""


# -- the analysis on an HTML page: furniture kept out of the panels, spans exact --------------
@pytest.mark.model
def test_analysis_of_the_sample_page_keeps_furniture_out_of_the_panels():
    from nutgraf.analysis.pipeline import analyze

    doc = load(SAMPLE)
    result = analyze(doc.analysis_text(), doc.published)
    assert result.reference_date == "2024-03-12"
    furniture = doc.furniture

    def outside(span):
        return all(span[1] <= s or span[0] >= e for s, e in furniture)

    spans = [m for a in result.actors for m in a.mentions] + [q.span for q in result.quotes] + \
        [n.span for n in result.numbers] + [e.span for e in result.timeline]
    assert spans and all(outside(s) for s in spans)
    assert "Lena Marsh" not in {a.name for a in result.actors}
    names = {a.name for a in result.actors}
    assert {"Tom Hargreaves", "Karen Doyle", "Samuel Okafor"} <= names
    assert len(result.quotes) >= 3 and len(result.numbers) >= 5 and len(result.timeline) >= 3
    for q in result.quotes:
        assert doc.text[q.span[0]:q.span[1]] == result.text[q.span[0]:q.span[1]]


# -- a complete install, and pages that strain the extractor -------------------------------------
def test_the_extractor_is_installed_and_its_absence_is_not_hidden(monkeypatch):
    """A fresh install must bring everything trafilatura imports (lxml_html_clean); if it is
    missing, loading a page says so instead of quietly reading menus as article text."""
    import trafilatura  # noqa: F401 - fails on an install without lxml_html_clean

    monkeypatch.setitem(__import__("sys").modules, "trafilatura", None)
    with pytest.raises(ImportError):
        load(SAMPLE)


def test_a_deeply_nested_json_ld_block_is_skipped_and_the_page_kept():
    deep = "[" * 100_000 + "]" * 100_000
    raw = SAMPLE.read_bytes().replace(b"</head>", f'<script type="application/ld+json">{deep}</script></head>'.encode())
    doc = from_bytes(raw, "deep.html", "deep.html")
    assert doc.title == "Council approves £48m repair plan for Kelham Harbour bridge"
    assert "Councillors voted 52 to 17" in doc.text


def test_a_huge_page_is_cut_for_the_extractor_and_says_so(monkeypatch):
    """The extractor's time grows faster than the page: what it is handed is capped, after the
    scripts and styles that make most of a big page are left out, and the document says so."""
    import nutgraf.formats.html as h

    handed = []
    real = h._trafilatura
    monkeypatch.setattr(h, "_trafilatura", lambda html: handed.append(len(html)) or real(html))
    monkeypatch.setattr(h, "MAX_MARKUP", 200_000)
    body = "".join(f"<p>Paragraph {i} of the report says the council met again to debate the budget.</p>"
                   for i in range(4000))
    script = "<script>var data = '" + "x" * 300_000 + "';</script>"
    raw = f"<html><head><title>Long report</title>{script}</head><body><article>{body}</article></body></html>".encode()
    doc = from_bytes(raw, "long.html", "long.html")
    assert handed and handed[0] <= 200_000
    assert "Paragraph 0 of the report" in doc.text  # the scripts went first, not the article's start
    assert "Paragraph 3999 " not in doc.text
    assert doc.note and "first" in doc.note and "MB" in doc.note


def test_a_page_under_the_cap_is_handed_whole_and_has_no_note(monkeypatch):
    import nutgraf.formats.html as h

    handed = []
    real = h._trafilatura
    monkeypatch.setattr(h, "_trafilatura", lambda html: handed.append(html) or real(html))
    doc = load(SAMPLE)
    assert handed == [SAMPLE.read_text(encoding="utf-8")] and doc.note is None


def test_a_big_page_is_announced_before_it_is_read(monkeypatch):
    import nutgraf.documents as d

    monkeypatch.setattr(d, "ANNOUNCE_CHARS", 1000)
    said = []
    d.load(SAMPLE, progress=said.append)
    assert said and "harbour-bridge.html" in said[0] and "reading" in said[0]
    said.clear()
    d.load(HERE.parent / "sample_articles" / "icc-sanctions.txt", progress=said.append)
    assert said == []  # plain text is read at once
