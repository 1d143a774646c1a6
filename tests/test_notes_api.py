"""The API the reader uses: bookmarks, notes and position survive a restart and edits."""
import hashlib
import subprocess
import sys
import tempfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nutgraf.store.notes import Bookmark, Note, NotesStore

TEXT = (
    "The International Criminal Court has called on its member states to stand up against "
    "sanctions imposed by US President Donald Trump.\n\n"
    "Gaza's health ministry says 47,540 Palestinians have been killed. Israel says more than "
    "1,200 people died in the 7 October attacks.\n\n"
    "The White House issued the executive order on Thursday."
)


def digest(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def span(text, needle):
    start = text.index(needle)
    return start, start + len(needle)


@pytest.fixture
def home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("NUTGRAF_HOME", str(home))
    return home


def open_article(text=TEXT, source="article.txt"):
    return NotesStore().article(digest(text), text, source)


def test_bookmarks_notes_and_position_survive_a_restart(home):
    art = open_article()
    bookmark = art.add_bookmark("number", *span(TEXT, "47,540"), label="check the ministry")
    note = art.add_note("quote", *span(TEXT, "stand up against sanctions"), "Line one\nline two")
    art.set_position(TEXT.index("Gaza"))

    again = open_article()
    assert again.bookmarks() == [bookmark]
    assert again.notes() == [note]
    assert again.position() == TEXT.index("Gaza")
    (b,) = again.bookmarks()
    assert isinstance(b, Bookmark) and (b.start, b.end) == span(TEXT, "47,540")
    assert b.label == "check the ministry" and b.kind == "number" and b.anchor == "position"
    assert b.source.endswith("article.txt") and b.created and b.updated
    (n,) = again.notes()
    assert isinstance(n, Note) and n.body == "Line one\nline two" and n.exact == "stand up against sanctions"


def test_moved_file_keeps_its_notes_by_content(home):
    open_article(source="downloads/article.txt").add_note("sentence", 0, 20, "kept")
    moved = open_article(source="archive/renamed.txt")
    assert [n.body for n in moved.notes()] == ["kept"]


def test_edited_file_keeps_its_notes_re_anchored_and_orphans_listed(home):
    art = open_article()
    art.add_note("number", *span(TEXT, "47,540"), "ministry figure")
    art.add_bookmark("timeline", *span(TEXT, "on Thursday"))
    art.add_note("quote", *span(TEXT, "stand up against sanctions"), "who said this?")
    edited = ("Update: figures revised.\n\n" + TEXT).replace("47,540", "48,577").replace(
        "stand up against sanctions", "ignore the order")
    reopened = open_article(edited)
    bookmark = reopened.find_bookmark(*span(edited, "on Thursday"), kind="timeline")
    assert bookmark is not None and bookmark.anchor == "quote"
    notes = {n.body: n for n in reopened.notes()}
    assert set(notes) == {"ministry figure", "who said this?"}  # nothing dropped
    assert notes["ministry figure"].orphaned and notes["who said this?"].orphaned
    assert {r.id for r in reopened.orphans()} == {notes["ministry figure"].id, notes["who said this?"].id}
    assert reopened.notes()[-1].orphaned  # orphans come last
    # A note made on the edited text joins the same article; the orphans stay.
    reopened.add_note("sentence", 0, 10, "new")
    assert len(open_article(edited).notes()) == 3
    assert len(NotesStore().articles()) == 1


def test_remove_bookmark_and_undo(home):
    art = open_article()
    start, end = span(TEXT, "Donald Trump")
    bookmark = art.add_bookmark("actor", start, end)
    assert art.find_bookmark(start, end) == bookmark
    assert art.find_bookmark(start, end, kind="quote") is None
    removed = art.remove_bookmark(bookmark.id)
    assert removed == bookmark and art.bookmarks() == []
    assert open_article().bookmarks() == []
    art.restore(removed)
    assert open_article().bookmarks() == [bookmark]
    assert art.remove_bookmark("no-such-id") is None


def test_update_and_delete_note_with_undo(home):
    art = open_article()
    note = art.add_note("sentence", *span(TEXT, "Gaza's health ministry"), "first")
    updated = art.update_note(note.id, "second thoughts")
    assert updated.id == note.id and updated.created == note.created and updated.body == "second thoughts"
    assert [n.body for n in open_article().notes()] == ["second thoughts"]
    assert art.find_note(note.start, note.end) == updated
    deleted = art.delete_note(note.id)
    assert deleted == updated and open_article().notes() == []
    art.restore(deleted)
    assert open_article().notes() == [updated]
    with pytest.raises(KeyError):
        art.update_note("no-such-id", "x")


def test_editing_a_note_another_process_deleted_saves_it_again(home):
    mine = open_article()
    note = mine.add_note("sentence", 0, 20, "draft")
    open_article().delete_note(note.id)
    mine.update_note(note.id, "final words")
    assert [n.body for n in open_article().notes()] == ["final words"]


def test_reload_shows_what_another_store_saved(home):
    mine = open_article()
    open_article().add_bookmark("sentence", 0, 20)
    assert mine.bookmarks() == []
    mine.reload()
    assert len(mine.bookmarks()) == 1
    mine.add_bookmark("sentence", 30, 40)
    assert len(open_article().bookmarks()) == 2


def test_position_follows_its_text_after_an_edit(home):
    open_article().set_position(TEXT.index("The White House"))
    edited = "A new first line.\n" + TEXT
    assert open_article(edited).position() == edited.index("The White House")
    assert open_article("Something else entirely", source="article.txt").position() is not None


def test_bad_input_is_refused(home):
    art = open_article()
    with pytest.raises(ValueError):
        art.add_note("paragraph", 0, 5, "unknown kind")
    with pytest.raises(ValueError):
        art.add_bookmark("sentence", 5, len(TEXT) + 1)
    with pytest.raises(ValueError):
        art.add_bookmark("sentence", 5, 5)
    assert not home.exists()


def test_listing_all_articles_is_read_only(home):
    open_article().add_note("sentence", 0, 20, "one")
    open_article("Another article, with its own text.", "other.txt").add_bookmark("sentence", 0, 7)
    views = NotesStore().articles()
    assert sorted(v.name for v in views) == ["article.txt", "other.txt"]
    assert all(r.anchor == "saved" for v in views for r in v.bookmarks() + v.notes())
    with pytest.raises(RuntimeError):
        views[0].add_note("sentence", 0, 3, "no text to anchor in")


def test_importing_the_store_stays_light():
    code = ("import sys, nutgraf.store.notes, nutgraf.store.export, nutgraf.store.cache; "
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'textual')); "
            "print(heavy); sys.exit(1 if heavy else 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


edit = st.text(alphabet="abc XYZ.,\n019", max_size=30)


@settings(max_examples=25)
@given(data=st.data())
def test_no_edit_ever_drops_a_note(data):
    start = data.draw(st.integers(0, len(TEXT) - 2))
    end = data.draw(st.integers(start + 1, min(len(TEXT), start + 60)))
    i = data.draw(st.integers(0, len(TEXT)))
    j = data.draw(st.integers(i, min(len(TEXT), i + 40)))
    edited = TEXT[:i] + data.draw(edit) + TEXT[j:]
    with tempfile.TemporaryDirectory() as home:
        note = NotesStore(home).article(digest(TEXT), TEXT, "a.txt").add_note("selection", start, end, "keep me")
        (found,) = NotesStore(home).article(digest(edited), edited, "a.txt").notes()
    assert found.id == note.id and found.body == "keep me"
    assert found.orphaned or 0 <= found.start < found.end <= len(edited)
