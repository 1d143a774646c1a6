"""The library of articles read (store.library): remembered on open, one entry per text
wherever it was read from, counts and position from the notes, forgotten with or without
the notes, kept pages, and what a damaged entry does."""
from __future__ import annotations

import json

import pytest

from nutgraf.documents import Document, from_bytes
from nutgraf.store.library import Library
from nutgraf.store.notes import NotesStore

TEXT = "Bridge reopens\n\nThe council said the bridge would reopen on Monday.\n"


def document(text: str = TEXT, source: str = "/news/bridge.txt", title: str | None = "Bridge reopens") -> Document:
    return Document(text=text, source=source, name=source.rsplit("/", 1)[-1], encoding="utf-8", title=title,
                    site="Local Wire", published="2025-02-07")


def open_article(library: Library, doc: Document, page=None):
    notes = library.store.article(doc.digest, doc.text, doc.source)
    library.remember(notes, doc, page)
    return notes


def test_an_opened_article_is_remembered_with_what_the_page_states(nutgraf_home):
    library = Library(NotesStore())
    open_article(library, document())
    [entry] = Library(NotesStore()).entries()
    assert (entry.title, entry.site, entry.published, entry.source) == (
        "Bridge reopens", "Local Wire", "2025-02-07", "/news/bridge.txt")
    assert entry.first_read == entry.last_read and entry.length == len(TEXT)
    assert (entry.notes, entry.bookmarks, entry.position, entry.actors) == (0, 0, None, [])


def test_the_same_text_from_another_place_is_the_same_entry(nutgraf_home):
    library = Library(NotesStore())
    open_article(library, document())
    first = library.entries()[0]
    open_article(library, document(source="/elsewhere/moved.txt"))
    [entry] = library.entries()
    assert entry.id == first.id and entry.first_read == first.first_read
    assert entry.source == "/elsewhere/moved.txt"


def test_web_addresses_are_kept_as_they_are(nutgraf_home):
    library = Library(NotesStore())
    open_article(library, document(source="https://example.org/a"), page=(b"<p>x</p>", "html"))
    assert library.by_source("https://example.org/a") is not None


def test_most_recently_read_first_with_counts_and_position(nutgraf_home, monkeypatch):
    import nutgraf.store.notes as notes_module

    library = Library(NotesStore())
    stamps = iter(f"2025-01-0{n}T10:00:00+00:00" for n in range(1, 9))
    monkeypatch.setattr(notes_module, "now", lambda: next(stamps))
    import nutgraf.store.library as library_module

    monkeypatch.setattr(library_module, "now", notes_module.now)
    older = open_article(library, document())
    open_article(library, document(TEXT + "More.\n", "/news/other.txt", "Other story"))
    older.add_bookmark("sentence", 16, 30)
    older.add_note("sentence", 16, 30, "check")
    older.set_position(20)
    assert [e.label for e in library.entries()] == ["Other story", "Bridge reopens"]
    open_article(library, document())
    top = library.entries()[0]
    assert (top.label, top.bookmarks, top.notes, top.position, top.read_percent) == (
        "Bridge reopens", 1, 1, 20, round(100 * 20 / len(TEXT)))


def test_actors_are_kept_and_found_by_the_filter(nutgraf_home):
    library = Library(NotesStore())
    notes = open_article(library, document())
    library.remember_actors(notes, ["Harbour Council", "Jane Smith", "A", "B", "C", "D"])
    [entry] = library.entries()
    assert entry.actors == ["Harbour Council", "Jane Smith", "A", "B", "C"]
    assert entry.matches("jane") and entry.matches("wire") and entry.matches("BRIDGE")
    assert not entry.matches("trump")
    open_article(library, document())  # reopened before the analysis: the actors stay
    assert library.entries()[0].actors == entry.actors


def test_nothing_is_written_when_the_actors_are_the_same(nutgraf_home):
    library = Library(NotesStore())
    notes = open_article(library, document())
    library.remember_actors(notes, ["Jane Smith"])
    before = (nutgraf_home / "notes.json").stat().st_mtime_ns
    library.remember_actors(notes, ["Jane Smith"])
    assert (nutgraf_home / "notes.json").stat().st_mtime_ns == before


def test_forgetting_keeps_the_notes_unless_asked(nutgraf_home):
    store = NotesStore()
    library = Library(store)
    notes = open_article(library, document())
    notes.add_note("sentence", 16, 30, "check")
    library.forget(library.entries()[0])
    assert library.entries() == []
    assert [n.body for n in store.article(notes.digest, TEXT).notes()] == ["check"]
    open_article(library, document())
    library.forget(library.entries()[0], with_notes=True)
    assert library.entries() == [] and store.article(notes.digest, TEXT).notes() == []
    data = json.loads((nutgraf_home / "notes.json").read_text())
    assert data["articles"] == {} and data["annotations"] == {}


def test_a_kept_page_reopens_without_the_network_and_goes_when_forgotten(nutgraf_home):
    raw = (b"<html><head><title>Kept</title></head><body><article><p>" + b"The council met. " * 30
           + b"</p></article></body></html>")
    doc = from_bytes(raw, "https://example.org/kept", "example.org/kept", "html")
    library = Library(NotesStore())
    open_article(library, doc, page=(raw, "html"))
    [entry] = library.entries()
    again = library.open(entry)
    assert again.digest == doc.digest and again.source == "https://example.org/kept"
    library.forget(entry)
    assert list((nutgraf_home / "pages").iterdir()) == []


def test_a_file_entry_reopens_from_its_file_or_says_why_not(nutgraf_home, tmp_path):
    from nutgraf.documents import DocumentError, load

    path = tmp_path / "bridge.txt"
    path.write_text(TEXT)
    library = Library(NotesStore())
    open_article(library, load(path))
    [entry] = library.entries()
    assert library.open(entry).text == TEXT
    path.unlink()
    with pytest.raises(DocumentError, match="no such file"):
        library.open(entry)


@pytest.mark.parametrize("bad", [
    {"first_read": "yesterday"}, {"actors": "Jane"}, {"length": -1}, {"title": 3},
])
def test_a_damaged_library_entry_is_damage_like_any_other(nutgraf_home, bad):
    library = Library(NotesStore())
    open_article(library, document())
    path = nutgraf_home / "notes.json"
    data = json.loads(path.read_text())
    data["articles"]["1"]["library"].update(bad)
    path.write_text(json.dumps(data))
    store = NotesStore()
    assert Library(store).entries() == []
    assert store.recovered and "was damaged" in store.recovered


def test_an_untitled_article_is_listed_by_its_first_line_that_is_not_furniture(nutgraf_home):
    text = "By Megan Price\n\nLibraries in the county will open on Sundays from March, the council said.\n"
    doc = Document(text=text, source="<stdin>", name="stdin", encoding="utf-8", furniture=[(0, 14)])
    library = Library(NotesStore())
    open_article(library, doc, page=(text.encode(), "text"))
    assert library.entries()[0].label == "Libraries in the county will open on Sundays from March, the council said."


def test_a_page_fetched_again_with_new_text_replaces_its_copy(nutgraf_home):
    library = Library(NotesStore())
    url = "https://example.org/story"
    open_article(library, document(source=url), page=(b"first", "text"))
    open_article(library, document(TEXT + "An update.\n", source=url), page=(b"second", "text"))
    [entry] = library.entries()
    assert [p.read_bytes() for p in (nutgraf_home / "pages").iterdir()] == [b"second"]
    assert entry.page and (nutgraf_home / "pages" / entry.page).read_bytes() == b"second"
