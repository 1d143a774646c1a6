"""The notes file: atomic writes, two processes at once, damaged files, failing disks."""
import errno
import json
import os
import subprocess
import sys
import textwrap
import time

import pytest

from nutgraf.store import files
from nutgraf.store.files import data_dir
from nutgraf.store.notes import NotesStore, StoreError

TEXT = "The ICC has called on its member states to stand up against sanctions.\n\nThe White House disagreed."
DIGEST = "d" * 64


@pytest.fixture
def home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("NUTGRAF_HOME", str(home))
    return home


def add_two(store):
    art = store.article(DIGEST, TEXT, "a.txt")
    art.add_bookmark("sentence", 0, 70, "lede")
    art.add_note("actor", 4, 7, "Which chamber?")
    return art


def saved_notes(home):
    return sorted(n.body for n in NotesStore(home).article(DIGEST, TEXT, "a.txt").notes())


def test_data_dir_prefers_argument_then_environment_then_platform(tmp_path, monkeypatch):
    import platformdirs

    monkeypatch.setenv("NUTGRAF_HOME", str(tmp_path / "env"))
    assert data_dir(tmp_path / "arg") == tmp_path / "arg"
    assert data_dir() == tmp_path / "env"
    monkeypatch.delenv("NUTGRAF_HOME")
    assert str(data_dir()) == platformdirs.user_data_dir("nutgraf", appauthor=False)


def test_nothing_is_created_until_something_is_saved(home):
    art = NotesStore().article(DIGEST, TEXT, "a.txt")
    assert art.notes() == [] and art.position() is None
    assert not home.exists()


def test_file_is_plain_json_and_no_temporary_files_remain(home):
    add_two(NotesStore())
    data = json.loads((home / "notes.json").read_text("utf-8"))
    assert len(data["annotations"]) == 2 and len(data["articles"]) == 1
    assert not [p for p in home.iterdir() if p.name.endswith(".tmp")]


WRITER = textwrap.dedent("""
    import os, sys, time
    from nutgraf.store.notes import NotesStore
    home, name, gate = sys.argv[1], sys.argv[2], sys.argv[3]
    text = "The ICC has called on its member states to stand up against sanctions."
    while not os.path.exists(gate):
        time.sleep(0.005)
    art = NotesStore(home).article("d" * 64, text, "a.txt")
    for i in range(50):
        art.add_note("sentence", 0, 20, f"{name}-{i}")
        time.sleep(0.002)  # as a reader would pause: lets the other process in between
""")


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    home, gate = tmp_path / "home", tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(home), name, str(gate)], env=env,
                              stderr=subprocess.PIPE, text=True) for name in ("a", "b")]
    time.sleep(0.5)  # both interpreters up and waiting, so their writes interleave
    gate.touch()
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    store = NotesStore(home)
    bodies = [n.body for n in store.article("d" * 64, "The ICC has called on its member states to stand "
                                                  "up against sanctions.", "a.txt").notes()]
    assert sorted(bodies) == sorted([f"{n}-{i}" for n in "ab" for i in range(50)])
    assert len(store.articles()) == 1


@pytest.mark.parametrize("damage", [
    b"\x00\xffgarbage that is not json",
    b'{"articles": {"1": {"id": "x", "dige',
    b"[1, 2, 3]",
    b'{"annotations": {"1": "not a document"}}',
])
def test_damaged_file_is_moved_aside_and_a_fresh_store_works(home, damage):
    add_two(NotesStore())
    (home / "notes.json").write_bytes(damage)
    store = NotesStore()
    art = store.article(DIGEST, TEXT, "a.txt")
    assert art.notes() == []
    assert store.recovered and "damaged" in store.recovered and "notes.json.corrupt-" in store.recovered
    aside = [p for p in home.iterdir() if p.name.startswith("notes.json.corrupt-")]
    assert len(aside) == 1 and aside[0].read_bytes() == damage
    art.add_note("sentence", 0, 10, "after the damage")
    assert saved_notes(home) == ["after the damage"]
    assert [p for p in home.iterdir() if p.name.startswith("notes.json.corrupt-")] == aside


def test_second_damage_keeps_the_first_damaged_copy(home):
    home.mkdir()
    for n in range(2):
        (home / "notes.json").write_bytes(b"{broken %d" % n)
        NotesStore().articles()
    kept = sorted(p.read_bytes() for p in home.iterdir() if p.name.startswith("notes.json.corrupt-"))
    assert kept == [b"{broken 0", b"{broken 1"]


def test_empty_file_is_just_an_empty_store(home):
    home.mkdir()
    (home / "notes.json").write_bytes(b"")
    store = NotesStore()
    assert store.articles() == [] and store.recovered is None


def test_damaged_file_that_cannot_be_moved_aside_is_left_alone(home, monkeypatch):
    home.mkdir()
    (home / "notes.json").write_bytes(b"{broken")

    def refuse(*args):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(StoreError, match="damaged.*cannot be moved aside"):
        NotesStore().articles()
    assert (home / "notes.json").read_bytes() == b"{broken"


@pytest.mark.parametrize("failing,err,words", [
    ("replace", errno.ENOSPC, "disk is full"),
    ("fsync", errno.ENOSPC, "disk is full"),
    ("replace", errno.EROFS, "read-only"),
])
def test_failed_write_raises_store_error_and_keeps_what_was_there(home, monkeypatch, failing, err, words):
    art = add_two(NotesStore())
    before = (home / "notes.json").read_bytes()

    def fail(*args, **kwargs):
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(files.os, failing, fail)
    with pytest.raises(StoreError, match=words) as info:
        art.add_note("sentence", 0, 10, "typed while the disk was full")
    assert "\n" not in str(info.value)
    monkeypatch.undo()
    assert (home / "notes.json").read_bytes() == before
    assert [p.name for p in home.iterdir() if p.name.endswith(".tmp")] == []
    assert len(art.notes()) == 1  # the view does not pretend it was saved
    assert saved_notes(home) == ["Which chamber?"]


def test_unwritable_directory_raises_store_error(home, monkeypatch):
    home.mkdir()

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files, "_temporary", refuse)
    art = NotesStore().article(DIGEST, TEXT, "a.txt")
    with pytest.raises(StoreError, match="permission denied"):
        art.add_bookmark("sentence", 0, 10)
    assert art.bookmarks() == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root writes into read-only directories")
def test_read_only_directory_raises_store_error_and_can_still_be_read(home):
    add_two(NotesStore())
    before = (home / "notes.json").read_bytes()
    home.chmod(0o500)
    try:
        art = NotesStore().article(DIGEST, TEXT, "a.txt")
        assert [n.body for n in art.notes()] == ["Which chamber?"]
        with pytest.raises(StoreError):
            art.add_note("sentence", 0, 10, "cannot be saved")
    finally:
        home.chmod(0o700)
    assert (home / "notes.json").read_bytes() == before


def test_home_that_is_a_file_raises_store_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match="cannot read notes"):
        NotesStore(blocker).articles()


ARTICLE = {"id": "A1", "digest": DIGEST, "digests": [DIGEST], "source": "/a.txt", "sources": ["/a.txt"],
           "created": "2025-02-07T10:00:00+00:00", "position": None}
NOTE = {"id": "n1", "article": "A1", "type": "note", "kind": "sentence", "body": "x",
        "target": {"source": "/a.txt", "digest": DIGEST, "selector": [
            {"type": "TextQuoteSelector", "exact": "The ICC", "prefix": "", "suffix": " has"},
            {"type": "TextPositionSelector", "start": 0, "end": 7}]},
        "created": "2025-02-07T10:00:00+00:00", "updated": "2025-02-07T10:00:00+00:00"}


def shaped(article=None, note=None, **tables):
    return {"articles": {"1": {**ARTICLE, **(article or {})}}, "annotations": {"1": {**NOTE, **(note or {})}}, **tables}


def test_the_fixture_of_a_well_shaped_file_is_read(home):
    home.mkdir()
    (home / "notes.json").write_text(json.dumps(shaped()))
    store = NotesStore()
    assert [n.body for n in store.article(DIGEST, TEXT, "/a.txt").notes()] == ["x"]
    assert store.recovered is None


@pytest.mark.parametrize("data", [
    {"articles": {"x": {"id": "A1"}}},
    {"articles": {"1": {"id": "A1"}}},
    shaped({"digests": DIGEST}),
    shaped({"digests": [1, 2]}),
    shaped({"created": "yesterday"}),
    shaped({"created": 20250207}),
    shaped({"sources": None}),
    shaped({"position": {"offset": "12"}}),
    shaped({"position": {"offset": 3, "selector": "here"}}),
    shaped(note={"body": None}),
    shaped(note={"updated": "not a date"}),
    shaped(note={"article": 1}),
    shaped(note={"target": "a.txt"}),
    shaped(note={"target": {"source": "/a.txt", "digest": DIGEST, "selector": [{"type": "TextQuoteSelector"}]}}),
    shaped(note={"target": {"source": "/a.txt", "digest": DIGEST, "selector": [
        {"type": "TextQuoteSelector", "exact": "x", "prefix": "", "suffix": ""},
        {"type": "TextPositionSelector", "start": 9, "end": "10"}]}}),
    shaped(annotations=[]),
], ids=lambda d: json.dumps(d)[:60])
def test_a_file_of_the_wrong_shape_is_moved_aside_like_a_damaged_one(home, data):
    home.mkdir()
    raw = json.dumps(data).encode()
    (home / "notes.json").write_bytes(raw)
    store = NotesStore()
    assert store.articles() == []
    art = store.article(DIGEST, TEXT, "/a.txt")
    assert art.notes() == [] and art.position() is None
    assert "was damaged" in store.recovered and "notes.json.corrupt-" in store.recovered
    (aside,) = [p for p in home.iterdir() if p.name.startswith("notes.json.corrupt-")]
    assert aside.read_bytes() == raw
    art.add_note("sentence", 0, 7, "after")
    assert saved_notes(home) == ["after"]


def test_unknown_fields_and_annotation_types_of_a_later_version_are_kept(home):
    home.mkdir()
    data = shaped({"colour": "red"}, {"stars": 3})
    data["annotations"]["2"] = {"id": "h1", "article": "A1", "type": "highlight", "colour": "yellow"}
    (home / "notes.json").write_text(json.dumps(data))
    art = NotesStore().article(DIGEST, TEXT, "/a.txt")
    art.add_bookmark("sentence", 0, 7)
    saved = json.loads((home / "notes.json").read_text())
    assert saved["articles"]["1"]["colour"] == "red" and saved["annotations"]["1"]["stars"] == 3
    assert saved["annotations"]["2"]["type"] == "highlight"
    assert [n.body for n in art.notes()] == ["x"] and len(art.bookmarks()) == 1


@pytest.mark.parametrize("damage", [b"{broken", json.dumps({"articles": {"1": {"id": 5}}}).encode()])
def test_a_file_damaged_while_it_is_open_is_kept_and_the_notes_saved_again(home, damage):
    store = NotesStore()
    art = add_two(store)
    (home / "notes.json").write_bytes(damage)
    art.add_note("sentence", 0, 20, "typed after the damage")
    assert "was damaged" in store.recovered and "saved again" in store.recovered
    (aside,) = [p for p in home.iterdir() if p.name.startswith("notes.json.corrupt-")]
    assert aside.read_bytes() == damage
    assert saved_notes(home) == ["Which chamber?", "typed after the damage"]
    assert len(NotesStore().article(DIGEST, TEXT, "a.txt").bookmarks()) == 1


def test_a_file_replaced_while_it_is_open_is_what_the_next_save_adds_to(home):
    art = add_two(NotesStore())
    backup = home.parent / "backup"
    NotesStore(backup).article(DIGEST, TEXT, "a.txt").add_note("sentence", 0, 10, "from a backup")
    os.replace(backup / "notes.json", home / "notes.json")
    art.add_note("sentence", 0, 20, "mine")
    assert saved_notes(home) == ["from a backup", "mine"]
    assert sorted(n.body for n in art.notes()) == ["from a backup", "mine"]


def test_two_readers_of_one_article_merge_their_bookmarks_and_notes(home):
    mine, theirs = (NotesStore().article(DIGEST, TEXT, "a.txt") for _ in range(2))
    first = theirs.add_bookmark("sentence", 0, 70)
    assert mine.add_bookmark("sentence", 0, 70) == first  # not twice
    theirs.add_note("sentence", 0, 70, "their note")
    mine.add_note("sentence", 72, 98, "my note")
    assert [n.body for n in mine.notes()] == ["their note", "my note"]
    assert len(mine.bookmarks()) == 1
    data = json.loads((home / "notes.json").read_text())
    assert len(data["annotations"]) == 3 and len(data["articles"]) == 1
    from nutgraf.store.export import markdown
    assert "their note" in markdown([mine]) and "my note" in markdown([mine])


def test_a_change_by_another_store_is_noticed_without_reading_the_file(home):
    mine, theirs = NotesStore(), NotesStore()
    art = mine.article(DIGEST, TEXT, "a.txt")
    art.add_bookmark("sentence", 0, 70)
    assert not mine.changed()
    theirs.article(DIGEST, TEXT, "a.txt").add_note("sentence", 0, 70, "theirs")
    assert mine.changed()
    art.reload()
    assert not mine.changed() and [n.body for n in art.notes()] == ["theirs"]


def test_a_save_writes_once_and_reads_nothing_it_already_has(home, monkeypatch):
    from nutgraf.store import storage

    writes, parses = [], []
    write, loads = storage.atomic_write, storage.json.loads
    monkeypatch.setattr(storage, "atomic_write", lambda *a, **k: (writes.append(a[0]), write(*a, **k)))
    monkeypatch.setattr(storage.json, "loads", lambda *a, **k: (parses.append(1), loads(*a, **k))[1])
    art = NotesStore().article(DIGEST, TEXT, "a.txt")
    art.add_note("sentence", 0, 70, "a new article and its first note")
    assert len(writes) == 1
    art.add_bookmark("sentence", 0, 70)
    art.add_note("sentence", 72, 98, "another")
    assert len(writes) == 3 and parses == []


def _stale(path, age):
    path.write_bytes(b"half a save")
    os.utime(path, (time.time() - age, time.time() - age))


def test_temporaries_left_by_a_killed_save_are_removed_on_open(home):
    add_two(NotesStore())
    old, new = home / ".notes.json.k1ll3d.tmp", home / ".notes.json.wr1t1ng.tmp"
    other = home / ".other.json.abc.tmp"
    _stale(old, 120)
    _stale(new, 5)
    _stale(other, 120)
    from filelock import FileLock
    with FileLock(f"{home / 'notes.json'}.lock"):
        NotesStore()  # another process is saving: nothing of its can be removed
    assert old.exists()
    NotesStore()
    assert not old.exists() and new.exists() and other.exists()
    assert saved_notes(home) == ["Which chamber?"]


@pytest.mark.parametrize("keys", [["1", "01"], ["²"], ["9" * 5000]], ids=["01", "superscript", "5000 digits"])
def test_a_document_key_tinydb_would_misread_is_damage(home, keys):
    # TinyDB keys a table by int(key) while changing it: "01" would overwrite "1", the
    # others would raise in the middle of a save.
    test_a_file_of_the_wrong_shape_is_moved_aside_like_a_damaged_one(
        home, shaped(annotations={key: {**NOTE, "id": f"n{n}"} for n, key in enumerate(keys)}))


def test_a_file_written_by_tinydb_itself_opens_and_new_ids_follow_the_highest(home):
    from tinydb import TinyDB

    home.mkdir()
    with TinyDB(home / "notes.json") as db:  # TinyDB's own JSONStorage and formatting
        db.insert({"kept": "a table nutgraf does not use"})
        db.table("articles").insert(ARTICLE)
        notes = db.table("annotations")
        for n in range(3):
            notes.insert({**NOTE, "id": f"n{n}", "body": f"old {n}"})
        notes.remove(doc_ids=[2])
    art = NotesStore().article(DIGEST, TEXT, "/a.txt")
    assert [n.body for n in art.notes()] == ["old 0", "old 2"]
    art.add_note("sentence", 4, 7, "new")
    with TinyDB(home / "notes.json") as db:
        notes = db.table("annotations")
        assert sorted(notes._read_table()) == ["1", "3", "4"]  # as TinyDB would number it
        assert notes.get(doc_id=4)["body"] == "new"
        assert db.all() == [{"kept": "a table nutgraf does not use"}]
        assert len(db.table("articles")) == 1


def test_tables_are_written_only_inside_a_change(home):
    store = NotesStore()
    add_two(store)
    before = (home / "notes.json").read_bytes()
    annotations = store.db.table("annotations")
    phantom = {**annotations.all()[0], "id": "phantom"}
    with pytest.raises(RuntimeError, match="inside"):
        annotations.insert(phantom)
    assert (home / "notes.json").read_bytes() == before
    assert len(store.articles()[0].bookmarks() + store.articles()[0].notes()) == 2


def test_a_change_that_fails_leaves_nothing_in_what_the_store_reads_later(home):
    from tinydb import where

    store = NotesStore()
    art = add_two(store)
    before = (home / "notes.json").read_bytes()
    annotations = store.db.table("annotations")
    phantom = {**annotations.all()[0], "id": "phantom"}
    with pytest.raises(ZeroDivisionError), store.db.change():
        annotations.insert(phantom)
        assert annotations.search(where("id") == "phantom")  # now in the table's query cache
        raise ZeroDivisionError
    assert (home / "notes.json").read_bytes() == before
    assert annotations.search(where("id") == "phantom") == []
    art.reload()
    assert len(art.bookmarks() + art.notes()) == 2


def test_a_change_that_changes_nothing_writes_nothing(home, monkeypatch):
    from nutgraf.store import storage

    store = NotesStore()
    with store.db.change():
        assert store.db.table("annotations").all() == []
    assert not (home / "notes.json").exists()
    add_two(store)
    writes = []
    monkeypatch.setattr(storage, "atomic_write", lambda *a, **k: writes.append(a[0]))
    with store.db.change():
        assert len(store.db.table("annotations").all()) == 2
    assert writes == []


def test_editing_a_note_keeps_the_fields_a_later_version_gave_it(home):
    home.mkdir()
    (home / "notes.json").write_text(json.dumps(shaped(note={"stars": 3})))
    art = NotesStore().article(DIGEST, TEXT, "/a.txt")
    (note,) = art.notes()
    art.update_note(note.id, "edited")
    (saved,) = json.loads((home / "notes.json").read_text())["annotations"].values()
    assert saved["body"] == "edited" and saved["stars"] == 3


def test_the_cycle_collector_is_paused_only_while_the_store_works(home):
    import gc

    store = NotesStore()
    with store.db.reading():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), store.db.change():
        assert not gc.isenabled()
        raise ZeroDivisionError
    assert gc.isenabled()
    gc.disable()  # as the program had it
    try:
        add_two(store)
        assert not gc.isenabled()
    finally:
        gc.enable()
