"""`nutgraf library [--json]`, and web addresses on the command line: `nutgraf analyze URL`
and `nutgraf URL` (a local server; never the internet)."""
from __future__ import annotations

import json

import pytest

from nutgraf.cli import main
from nutgraf.documents import Document
from nutgraf.store.library import Library
from nutgraf.store.notes import NotesStore


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(capsys, *argv) -> str:
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("nutgraf: ") and "Traceback" not in err
    return err


def remember(title: str, text: str, source: str) -> None:
    doc = Document(text=text, source=source, name="x", encoding="utf-8", title=title, site="Local Wire",
                   published="2025-02-07")
    library = Library(NotesStore())
    notes = library.store.article(doc.digest, doc.text, doc.source)
    library.remember(notes, doc, None, ["Harbour Council"])
    notes.add_bookmark("sentence", 0, 5)
    notes.set_position(len(text) // 2)


def test_library_json_lists_each_article_read(capsys):
    remember("Bridge reopens \x1b]0;pwned\x07", "Bridge reopens. The council met at ten o’clock.\n", "/news/bridge.txt")
    code, out, err = run(capsys, "library", "--json")
    assert code == 0 and err == ""
    [entry] = json.loads(out)["articles"]
    assert entry["title"] == "Bridge reopens \x1b]0;pwned\x07"  # as it is, escaped in the JSON text
    assert "\x1b" not in out
    assert (entry["site"], entry["published"], entry["source"], entry["bookmarks"], entry["notes"]) == (
        "Local Wire", "2025-02-07", "/news/bridge.txt", 1, 0)
    assert entry["actors"] == ["Harbour Council"] and entry["read_percent"] == 50
    assert entry["first_read"] <= entry["last_read"]


def test_library_lists_for_a_terminal(capsys):
    remember("Bridge reopens", "Bridge reopens. The council met at ten o’clock.\n", "/news/bridge.txt")
    code, out, _ = run(capsys, "library")
    assert code == 0
    assert "Bridge reopens · Local Wire" in out and "2025-02-07 · 50% read · 1 bookmark, 0 notes" in out


def test_an_empty_library_says_how_to_fill_it(capsys):
    code, out, _ = run(capsys, "library")
    assert code == 0 and "No articles read yet" in out
    assert json.loads(run(capsys, "library", "--json")[1]) == {"articles": []}


@pytest.mark.parametrize(("path", "words"), [
    ("/missing", "the server answered 404 Not Found"),
    ("/paper.pdf", "not a web page but application/pdf"),
    ("/slow", "no answer within 0.5 s"),
    ("/big", "larger than the"),
])
def test_analyze_url_fetch_errors_are_one_line_and_exit_2(capsys, monkeypatch, web, path, words):
    import nutgraf.fetch as fetching

    monkeypatch.setattr(fetching, "TIMEOUT", 0.5)
    monkeypatch.setattr(fetching, "MAX_BYTES", 1024)
    assert words in one_line_error(capsys, "analyze", web.url(path))
    assert Library(NotesStore()).entries() == []  # nothing half-stored


def test_analyze_url_offline_is_one_line(capsys):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert "are you offline?" in one_line_error(capsys, "analyze", f"http://127.0.0.1:{port}/story")


def test_analyze_url_reads_the_page(capsys, web, model):
    code, out, _ = run(capsys, "analyze", "--json", web.url("/moved"))
    result = json.loads(out)
    assert code == 0 and result["source"] == web.url("/moved")
    assert result["title"] == "Harbour bridge reopens" and result["format"] == "html"
    assert any(n["text"] == "2.4 million" for n in result["numbers"])


@pytest.fixture
def reader_runs(monkeypatch):
    """What the reader would have opened, without drawing it."""
    import nutgraf.app.reader as reader
    import nutgraf.cli

    opened = []
    monkeypatch.setattr(nutgraf.cli, "is_terminal", lambda stream: True)
    monkeypatch.setattr(reader, "run", lambda document, **kw: opened.append((document, kw["page"])) or 0)
    return opened


def test_nutgraf_url_opens_the_page_and_hands_its_copy_to_the_library(capsys, web, reader_runs):
    assert main([web.url("/article.html")]) == 0
    [(document, page)] = reader_runs
    assert document.title == "Harbour bridge reopens" and page[1] == "html"
    assert "downloading" in capsys.readouterr().err


def test_nutgraf_url_failing_opens_the_kept_copy_and_says_why(capsys, web, reader_runs):
    from nutgraf.fetch import load_url

    doc, raw = load_url(web.url("/article.html"))
    library = Library(NotesStore())
    library.remember(library.store.article(doc.digest, doc.text, doc.source), doc, (raw, "html"))
    web.routes["/article.html"] = (503, {}, b"", 0)
    assert main([web.url("/article.html")]) == 0
    [(document, page)] = reader_runs
    assert document.digest == doc.digest and page is None
    assert document.note.startswith("the server answered 503") and "showing the copy kept" in document.note


def test_nutgraf_url_failing_without_a_copy_is_one_line(capsys, web, reader_runs):
    code, _, err = run(capsys, web.url("/missing"))
    assert code == 2 and "404 Not Found" in err and reader_runs == []
