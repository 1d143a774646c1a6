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
from nutgraf.store.notes import NotesStore, StoreError
from nutgraf.store.files import data_dir
from nutgraf.store.storage import AtomicJSONStorage

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


def test_write_outside_a_transaction_is_refused(home):
    home.mkdir()
    with pytest.raises(RuntimeError):
        AtomicJSONStorage(home / "notes.json").write({})


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

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
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
