"""The loader against what people actually feed it: hostile bytes, odd encodings and line
endings, huge files, hard-wrapped text, and the metadata at the top of a plain-text article.
Every span the loader returns must point into Document.text, which must be the input."""
from __future__ import annotations

import codecs
import io
import sys
import textwrap
import time
import zipfile

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nutgraf import documents
from nutgraf.documents import Document, DocumentError, decode, format_of, from_bytes, load, load_stdin, reflow_spans
from nutgraf.formats import MARKUP_KINDS

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def doc_of(raw: bytes | str, name: str = "article.txt") -> Document:
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    return from_bytes(raw, name, name)


def check_spans(doc: Document) -> None:
    n = len(doc.text)
    for s, e in doc.furniture + doc.paragraphs:
        assert 0 <= s <= e <= n
    for s, e, kind in doc.markup_spans:
        assert 0 <= s <= e <= n and kind in MARKUP_KINDS
    for i in doc.soft_breaks:
        assert doc.text[i] in "\r\n"
    assert len(doc.display_text()) == n
    assert len(doc.analysis_text()) == n


# -- refused input -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "raw, message",
    [
        (b"", "is empty"),
        (b" \n\t\r\n  \n", "holds only whitespace"),
        (PNG, "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        (b"abc\x00def\x00ghi", "NUL bytes"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip archive"),
    ],
)
def test_refuses_empty_and_binary_input_with_one_line(raw, message):
    with pytest.raises(DocumentError) as err:
        doc_of(raw)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_refuses_a_zip_archive_even_named_html():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("article.txt", "The council said yes.")
    with pytest.raises(DocumentError, match="ZIP archive"):
        doc_of(buf.getvalue(), "saved.html")


def test_refuses_control_character_soup_that_is_not_utf8():
    raw = bytes(range(1, 32)) * 50 + b"\xff"
    with pytest.raises(DocumentError, match="binary data"):
        doc_of(raw)


# -- encodings ---------------------------------------------------------------------------
def test_utf8_bom_is_dropped_and_the_rest_kept():
    doc = doc_of(codecs.BOM_UTF8 + "Café owners said “no”.\n".encode())
    assert doc.text == "Café owners said “no”.\n"
    assert doc.encoding == "utf-8-sig" and doc.note is None


@pytest.mark.parametrize("bom, enc", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_utf16_with_bom(bom, enc):
    text = "Zoë Müller said the vote was “close”.\r\nIt passed 12–9.\r\n"
    doc = doc_of(bom + text.encode(enc))
    assert doc.text == text
    assert doc.encoding == enc


def test_utf16_bom_with_broken_body_is_refused():
    with pytest.raises(DocumentError, match="UTF-16-LE byte-order mark"):
        doc_of(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8")  # a lone high surrogate


def test_windows_1252_falls_back_with_a_note():
    raw = "It’s a “big” day for the café, the mayor said — €5m.".encode("cp1252")
    doc = doc_of(raw)
    assert doc.text == "It’s a “big” day for the café, the mayor said — €5m."
    assert doc.encoding == "windows-1252"
    assert doc.note == "not valid UTF-8 (byte 2); decoded as windows-1252"


def test_latin1_only_bytes_fall_back_to_latin1():
    # 0x81 and 0x8d are undefined in Windows-1252
    raw = "Señor Núñez said".encode("latin-1") + b" \x81\x8d ok."
    doc = doc_of(raw)
    assert doc.encoding == "latin-1"
    assert doc.text.startswith("Señor Núñez said")
    assert "decoded as latin-1" in doc.note


def test_invalid_utf8_in_the_middle_is_reported_at_its_byte():
    raw = b"Good text, " + b"\xc3(" + b" more text."
    doc = doc_of(raw)
    assert doc.note.startswith("not valid UTF-8 (byte 11)")
    assert doc.text == "Good text, Ã( more text."


def test_declared_charset_of_a_web_page_is_used_without_a_note():
    html = "<html><head><meta charset='windows-1252'></head><body><article>" + "".join(
        f"<p>Paragraph {i}: the café’s owner said “it’s over”, and the council agreed.</p>" for i in range(5)
    ) + "</article></body></html>"
    doc = doc_of(html.encode("cp1252"), "page.html")
    assert doc.note is None and doc.encoding == "cp1252"
    assert "the café’s owner said “it’s over”" in doc.text


# -- the text is kept exactly ----------------------------------------------------------------
def test_crlf_text_is_kept_exactly_and_paragraphs_are_lines():
    text = "First paragraph, the minister said.\r\nSecond paragraph.\r\n\r\nThird.\r\n"
    doc = doc_of(text)
    assert doc.text == text
    paragraphs = [doc.text[s:e] for s, e in doc.paragraphs]
    assert paragraphs == ["First paragraph, the minister said.", "Second paragraph.", "Third."]
    assert doc.soft_breaks == []
    check_spans(doc)


def test_lone_cr_line_endings_are_kept_and_read_as_line_breaks():
    text = "Old Mac files end lines like this.\rThe mayor said so.\rA third line."
    doc = doc_of(text)
    assert doc.text == text
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "Old Mac files end lines like this.", "The mayor said so.", "A third line."]


@pytest.mark.parametrize(
    "hostile",
    [
        "[bold red]not markup[/bold red] and [link=https://x]click[/link]",
        "\x1b[2J\x1b[31mred\x1b[0m and a bell \x07",
        "\u202eevil\u202c and \u2066isolate\u2069 and \u200f",
    ],
)
def test_markup_escapes_and_bidi_controls_stay_literally_in_the_text(hostile):
    text = f"The council met on Monday.\n{hostile}\nThe vote was 12 to 9, the clerk said.\n"
    doc = doc_of(text)
    assert doc.text == text
    assert hostile in doc.text
    check_spans(doc)


def test_twenty_megabytes_of_text_load_in_reasonable_time():
    para = ("The council said the budget would rise by 4% next year, and the mayor, Jane Doe, "
            "said on 12 March 2024 that “nobody wants this”. ") * 3
    raw = ((para.strip() + "\n") * (20 * 2**20 // (len(para) + 1) + 1)).encode()
    assert len(raw) >= 20 * 2**20
    t0 = time.perf_counter()
    doc = doc_of(raw)
    n = len(doc.paragraphs)
    elapsed = time.perf_counter() - t0
    print(f"\n20 MB text: loaded with paragraphs in {elapsed:.2f}s")
    assert doc.text == raw.decode("utf-8")
    assert n == raw.count(b"\n")
    assert elapsed < 30


def test_a_single_one_megabyte_line():
    line = "word " * 200_000 + "end."
    doc = doc_of(line)
    assert doc.text == line
    assert doc.paragraphs == [(0, len(line))]
    assert doc.title is None


def test_larger_than_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "MAX_BYTES", 1000)
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 1001)
    with pytest.raises(DocumentError, match="larger than"):
        load(p)


# -- plain text: title, byline, date -------------------------------------------------------
def test_title_byline_and_dateline_at_the_top():
    text = ("Storm closes ferry routes\nBy Jane Doe | Tuesday 12 March 2024 07:30 GMT\n\n"
            "Ferries were cancelled on Tuesday after winds of 80mph, the operator said.\n")
    doc = doc_of(text)
    expected = ("text", "Storm closes ferry routes", "Jane Doe", "2024-03-12")
    assert (doc.format, doc.title, doc.byline, doc.published) == expected
    assert [doc.text[s:e] for s, e in doc.furniture] == ["By Jane Doe | Tuesday 12 March 2024 07:30 GMT"]
    assert [(doc.text[s:e], k) for s, e, k in doc.markup_spans] == [("Storm closes ferry routes", "heading")]
    assert doc.text == text


@pytest.mark.parametrize(
    "top, published, byline",
    [
        ("Published: 7 February 2025", "2025-02-07", None),
        ("Updated 8 Feb 2025\nPublished on February 7, 2025 at 10:45am", "2025-02-07", None),
        ("Updated: 8 February 2025", "2025-02-08", None),
        ("LONDON, 2025-02-07", "2025-02-07", None),
        ("By Sarah Yager, Washington director\n12.03.2024", "2024-03-12", "Sarah Yager, Washington director"),
        ("Written by: Amira Patel", None, "Amira Patel"),
    ],
)
def test_date_and_byline_lines(top, published, byline):
    doc = doc_of(f"Court condemns sanctions\n{top}\nThe International Criminal Court condemned the order, it said.\n")
    assert doc.title == "Court condemns sanctions"
    assert doc.published == published
    assert doc.byline == byline
    assert len(doc.furniture) == top.count("\n") + 1


@pytest.mark.parametrize(
    "text",
    [
        # the user's sample: the first line is a long sentence, not a title
        "The International Criminal Court has called on its member states to stand up against sanctions.\nMore.\n",
        # a date inside a sentence is not a date line
        "On 12 March 2024 the council met.\nIt voted.\n",
        # "By" starting a sentence is not a byline
        "by the time the council met, the money had gone.\nIt voted.\n",
        # one line only: nothing to be the title of
        "Short line",
    ],
)
def test_body_text_is_not_taken_for_metadata(text):
    doc = doc_of(text)
    assert doc.published is None and doc.byline is None and doc.furniture == []
    assert doc.title is None


def test_the_user_sample_has_no_invented_metadata():
    from pathlib import Path

    doc = load(Path(__file__).parent.parent / "sample_articles" / "icc-sanctions.txt")
    assert (doc.format, doc.title, doc.byline, doc.published, doc.furniture) == ("text", None, None, None, [])
    assert len(doc.paragraphs) == doc.text.strip().count("\n") + 1


# -- hard-wrapped text -------------------------------------------------------------------------
PARA = ("The council approved the plan on Monday after a long debate about the cost of the work and "
        "the disruption it would cause to the traders on Harbour Street, who have lost a great deal "
        "of business since the bridge was closed in November.")


def test_hard_wrapped_text_with_blank_lines_is_reflowed_for_display_only():
    paras = [PARA + f" Paragraph {i} ends here." for i in range(4)]
    text = "Bridge plan approved\n\n" + "\n\n".join(textwrap.fill(p, 72) for p in paras) + "\n"
    doc = doc_of(text)
    assert doc.text == text
    assert doc.title == "Bridge plan approved"
    shown = [doc.text[s:e] for s, e in doc.paragraphs]
    assert shown[0] == "Bridge plan approved"
    assert [s.replace("\n", " ") for s in shown[1:]] == paras
    display = doc.display_text()
    assert len(display) == len(text)
    assert all(display[s:e] == p for (s, e), p in zip(doc.paragraphs[1:], paras, strict=True))
    assert all(text[i] == "\n" for i in doc.soft_breaks) and len(doc.soft_breaks) == sum(s.count("\n") for s in shown)
    check_spans(doc)


def test_hard_wrapped_text_without_blank_lines_ends_a_paragraph_at_a_short_line():
    paras = [PARA + f" Number {i}." for i in range(3)] + ["A last, short paragraph."]
    text = "\n".join(textwrap.fill(p, 66) for p in paras)
    spans = reflow_spans(text)
    assert [text[s:e].replace("\n", " ") for s, e in spans] == paras


def test_crlf_hard_wrapped_text():
    paras = [PARA + f" Number {i}." for i in range(3)]
    text = "\r\n\r\n".join(textwrap.fill(p, 70).replace("\n", "\r\n") for p in paras)
    doc = doc_of(text)
    assert doc.text == text
    display = doc.display_text()
    assert not any(c in display[s:e] for s, e in doc.paragraphs for c in "\r\n")
    assert [" ".join(display[s:e].split()) for s, e in doc.paragraphs] == paras
    assert [doc.text[i] for i in doc.soft_breaks[:2]] == ["\r", "\n"]


def test_text_with_a_paragraph_a_line_is_not_reflowed():
    text = "\n".join(PARA[: 60 + 7 * i] + "." for i in range(8))
    assert reflow_spans(text) == documents.reflow_spans(text, "html")
    assert len(reflow_spans(text)) == 8


def test_bullets_and_indents_start_paragraphs_in_wrapped_text():
    body = textwrap.fill(PARA, 70)
    text = body + "\n- first point of the list which is\n- second point\n    An indented paragraph.\n" + body
    texts = [text[s:e] for s, e in reflow_spans(text)]
    assert texts[1] == "- first point of the list which is"
    assert texts[2] == "- second point"
    assert texts[3] == "An indented paragraph."


# -- formats and stdin -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name, text, fmt",
    [
        ("a.html", "plain words", "html"),
        ("a.HTM", "plain words", "html"),
        ("a.md", "plain words", "markdown"),
        ("a.markdown", "plain", "markdown"),
        ("a.txt", "<!doctype html><html><body>x</body></html>", "text"),
        ("stdin", "<!DOCTYPE html>\n<html><body><p>x</p></body></html>", "html"),
        ("stdin", "  <html lang=en><head></head><body></body></html>", "html"),
        ("stdin", "# Title\n\nSome *text*.", "markdown"),
        ("stdin", "---\ntitle: X\n---\nBody.", "markdown"),
        ("stdin", "A plain article.\nThe mayor said #1 is best.", "text"),
        ("article", "1 < 2 and <b>bold</b> inline", "text"),
    ],
)
def test_format_from_the_name_then_the_content(name, text, fmt):
    assert format_of(name, text) == fmt


class _Stdin:
    def __init__(self, raw: bytes) -> None:
        self.buffer = io.BytesIO(raw)


@pytest.mark.parametrize(
    "raw, fmt, title",
    [
        (b"<!doctype html><html><head><title>Vote tonight | Site</title></head><body><article>"
         b"<h1>Vote tonight</h1><p>The council will vote tonight on the plan, the mayor said.</p>"
         b"</article></body></html>", "html", "Vote tonight"),
        (b"# Vote tonight\n\nThe council will **vote** tonight, the mayor said.\n", "markdown", "Vote tonight"),
        (b"Vote tonight\nThe council will vote tonight, the mayor said.\n", "text", "Vote tonight"),
    ],
)
def test_stdin_is_sniffed(monkeypatch, raw, fmt, title):
    monkeypatch.setattr(sys, "stdin", _Stdin(raw))
    doc = load_stdin()
    assert (doc.source, doc.name, doc.format, doc.title) == ("<stdin>", "stdin", fmt, title)
    assert "the mayor said" in doc.text


def test_stdin_html_keeps_scripts_out(monkeypatch):
    raw = (b"<html><body><script>var SCRIPT_SENTINEL = 1;</script><style>.x{color:red} STYLE_SENTINEL</style>"
           b"<p>The mayor said the budget was fair.</p><noscript>NOSCRIPT_SENTINEL</noscript></body></html>")
    monkeypatch.setattr(sys, "stdin", _Stdin(raw))
    doc = load_stdin()
    assert doc.text == "The mayor said the budget was fair."
    for sentinel in ("SCRIPT_SENTINEL", "STYLE_SENTINEL", "NOSCRIPT_SENTINEL", "color:red"):
        assert sentinel not in doc.text


def test_html_file_loads_from_a_path(tmp_path):
    p = tmp_path / "saved.htm"
    p.write_text("<html><body><article><h1>Big vote</h1><p>The council voted 40 to 12, the clerk said.</p>"
                 "</article></body></html>", encoding="utf-8")
    doc = load(p)
    assert doc.format == "html"
    assert doc.text == "Big vote\nThe council voted 40 to 12, the clerk said."
    assert doc.source == str(p) and doc.name == "saved.htm"


def test_old_style_construction_still_works():
    doc = Document("Some text.", "x.txt", "x.txt", "utf-8")
    assert (doc.format, doc.title, doc.published, doc.furniture, doc.markup_spans) == ("text", None, None, [], [])
    assert doc.paragraphs == [(0, 10)] and doc.analysis_text() == "Some text."
    assert doc.digest == doc_of("Some text.").digest


def test_unknown_format_is_a_programming_error():
    with pytest.raises(ValueError):
        from_bytes(b"x", "x", "x", "pdf")


# -- properties --------------------------------------------------------------------------------
NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "stdin", "noext"])


@settings(max_examples=300)
@given(raw=st.binary(max_size=600), name=NAMES)
def test_any_bytes_give_a_document_or_a_document_error(raw, name):
    try:
        text, _, _ = decode(raw, "x")
        assert isinstance(text, str)
    except DocumentError:
        pass
    try:
        doc = from_bytes(raw, "x", name)
    except DocumentError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    check_spans(doc)


_MARKDOWNISH = st.lists(
    st.sampled_from(list("ab #*_`[]()>-!\\\n\r\t:|.1\u00e9\u201c")
                    + ["**", "](", "---\n", "# ", "By Jo\n", "1 May 2024\n"]),
    max_size=120,
).map("".join)


@settings(max_examples=300)
@given(text=st.one_of(st.text(max_size=400), _MARKDOWNISH), name=st.sampled_from(["a.txt", "a.md"]))
def test_valid_utf8_text_round_trips_exactly(text, name):
    assume(text.strip() and "\x00" not in text and not text.startswith("\ufeff"))
    assume(not any(text.encode().startswith(m) for m in documents.MAGIC))
    doc = from_bytes(text.encode("utf-8"), "x", name)
    assert doc.text == text
    check_spans(doc)
    for s, e in doc.paragraphs:
        assert doc.text[s:e].strip() == doc.text[s:e] and s < e


_LINE_ENDINGS = st.lists(st.sampled_from(["a", "b c", " ", "\t", "\n", "\r", "\r\n", "\n\n", "\u2028"]),
                         max_size=60).map("".join)


@settings(max_examples=300)
@given(text=_LINE_ENDINGS)
def test_lines_and_soft_breaks_are_those_read_character_by_character(text):
    # The fast paths (a split where the text has no CR, two finds per paragraph) against
    # the plain reading of every line ending and every break inside a paragraph.
    from nutgraf.spans import lines

    ends = [i for i, c in enumerate(text) if c == "\n" and (i == 0 or text[i - 1] != "\r") or c == "\r"]
    starts = [0] + [i + (2 if text[i:i + 2] == "\r\n" else 1) for i in ends]
    assert lines(text) == list(zip(starts, [*ends, len(text)], strict=True))
    for paragraphs in ([(0, len(text))], reflow_spans(text, "markdown")):
        assert documents.soft_breaks(text, paragraphs) == [
            i for s, e in paragraphs for i in range(s, e) if text[i] in "\r\n"]


@settings(max_examples=150)
@given(junk=st.one_of(st.binary(max_size=400), st.text(max_size=300).map(str.encode)),
       wrap=st.sampled_from([
           b"<html><body>%s</body></html>", b"<!doctype html><p>%s", b"<article><h1>%s</h1><p>%s",
           b"<html><head><script type='application/ld+json'>%s</script></head><body><p>Body text.</p>",
       ]))
def test_junk_inside_html_gives_a_document_or_a_document_error(junk, wrap):
    raw = wrap.replace(b"%s", junk)
    try:
        doc = from_bytes(raw, "x", "x.html")
    except DocumentError as exc:
        assert "\n" not in str(exc)
        return
    assert doc.format == "html" and doc.text.strip()
    check_spans(doc)
