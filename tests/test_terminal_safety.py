"""Nothing nutgraf writes can act on the terminal: every kind of escape sequence (CSI, OSC 0,
8 and 52, DCS, C1 controls, bidi overrides, backspaces) in an article, a note or a file
name, through every output: the report, --json, --jsonl, notes list, notes export (md and
json), the reader's notices, error messages and warnings."""
from __future__ import annotations

import json

import pytest

from nutgraf.analysis.model import Analysis
from nutgraf.cli import main
from nutgraf.documents import Document, load
from nutgraf.store.notes import NotesStore
from nutgraf.textclean import clean, for_terminal, json_for_terminal


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def hostile_article(kit, tmp_path, seq: str):
    """A file whose name, headline, byline, quote and numbers all carry the sequence."""
    path = tmp_path / f"story {kit.name_safe(seq)}.txt"
    text = (f"Council {seq} votes on the bridge\n"
            f"By Ann Lee {seq}\n\n"
            f"Mayor Tom Hargreaves{seq} said: \u201cWe will act {seq} now,\u201d on Tuesday.\n"
            f"The repairs cost {seq}48 million pounds, the council{seq} said.\n")
    path.write_text(text, encoding="utf-8")
    return path, text


# -- the one function ----------------------------------------------------------------------------
def test_every_sequence_is_shown_visibly_and_made_inert(kit, sequence):
    seq = sequence
    shown = for_terminal(f"a {seq} b\nc")
    kit.assert_inert(shown)
    assert "\n" not in shown and "\\n" in shown  # one line unless asked
    assert for_terminal(f"a {seq} b\nc", multiline=True).count("\n") == 1
    # Visible: each unsafe character as its escape, the rest as it was.
    assert shown.startswith("a ") and shown.endswith(" b\\nc")
    assert "\\x1b" in shown or "\\x9" in shown or "\\u20" in shown or "\\x08" in shown
    assert len(clean(seq)) == len(seq) and clean(seq) == clean(seq).strip("\x00")  # the reader's: same length
    kit.assert_inert(clean(seq), "clean()")
    assert json.loads(json_for_terminal({"k": seq})) == {"k": seq}
    kit.assert_inert(json_for_terminal({"k": seq}))


def test_json_written_a_value_at_a_time_is_the_json_made_at_once(sequence):
    import io

    from nutgraf.textclean import JSON_CHUNK, write_json_for_terminal

    long = [{"n": i, "s": [i, i + 1], "t": f"\u201c{sequence}"} for i in range(2 * JSON_CHUNK + 3)]
    for data in ({}, {"k": sequence}, {"a": [1, [2, 3]], f"k{sequence}": {"x": None, "y": 1.5},
                                       "t": f"\u201cq\u201d {sequence}\udcff", "e": []},
                 {"long": long, "exact": long[:JSON_CHUNK], "over": long[:JSON_CHUNK + 1],
                  "two": long[:2 * JSON_CHUNK]}):
        out = io.StringIO()
        write_json_for_terminal(data, out)
        assert out.getvalue() == json_for_terminal(data)


def test_every_unsafe_character_is_unprintable():
    # json_for_terminal passes a printable text as it is.
    from nutgraf.textclean import _UNSAFE

    assert not [c for c in map(chr, range(0x110000)) if _UNSAFE.match(c) and c.isprintable()]


def test_crlf_is_kept_in_multiline_output_and_a_lone_cr_is_not():
    assert for_terminal("one\r\ntwo", multiline=True) == "one\r\ntwo"
    assert for_terminal("real\rfake", multiline=True) == "real\\rfake"


def test_a_lone_surrogate_is_printable():
    shown = for_terminal("file\udcff.txt")
    assert shown == "file\\udcff.txt"
    shown.encode("utf-8")  # would raise on the raw surrogate


# -- nutgraf analyze -----------------------------------------------------------------------------
@pytest.mark.model
def test_report_is_inert(kit, tmp_path, capsys, sequence):
    path, _ = hostile_article(kit, tmp_path, sequence)
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 0, err
    kit.assert_inert(out, "report")
    kit.assert_inert(err, "stderr")
    assert "Actors (" in out and "story " in out


@pytest.mark.model
def test_json_is_inert_and_says_the_same(kit, tmp_path, capsys, sequence):
    path, text = hostile_article(kit, tmp_path, sequence)
    code, out, err = run(capsys, "analyze", str(path), "--json")
    assert code == 0, err
    kit.assert_inert(out, "--json")
    result = json.loads(out)
    assert result["source"] == str(path) and sequence.split("\r")[0] in result["title"]  # a CR ends a line
    for q in result["quotes"]:
        assert q["text"] == text[q["span"][0]:q["span"][1]]


@pytest.mark.model
def test_jsonl_is_inert_and_says_the_same(kit, tmp_path, capsys, sequence):
    seq = sequence
    _, text = hostile_article(kit, tmp_path, seq)
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"id": f"id{seq}", "text": text}) + "\n" + json.dumps({"id": f"bad{seq}"}) + "\n",
                     encoding="utf-8")
    code, out, err = run(capsys, "analyze", "--jsonl", str(batch))
    assert code == 1  # the second record has no text
    kit.assert_inert(out, "--jsonl")
    good, bad = (json.loads(line) for line in out.splitlines())
    assert good["id"] == f"id{seq}" and bad["id"] == f"bad{seq}" and "error" in bad


# -- nutgraf notes -------------------------------------------------------------------------------
def hostile_notes(kit, tmp_path, seq: str):
    path, text = hostile_article(kit, tmp_path, seq)
    doc = load(path)
    art = NotesStore().article(doc.digest, doc.text, doc.source)
    start = text.index("Mayor")
    art.add_bookmark("sentence", start, text.index("\n", start), label=f"check {seq}")
    art.add_note("number", text.index("48"), text.index("48") + 2, f"Source? {seq}\nSecond line {seq}")
    return path


@pytest.mark.parametrize("command", [("list",), ("export",), ("export", "--format", "json")])
# With the article, an export runs the analysis: its findings (speakers, counts) are printed too.
@pytest.mark.parametrize("with_article", [False, pytest.param(True, marks=pytest.mark.model)], ids=["saved", "article"])
def test_notes_output_is_inert(kit, tmp_path, capsys, sequence, command, with_article):
    path = hostile_notes(kit, tmp_path, sequence)
    code, out, err = run(capsys, "notes", *command, *([str(path)] if with_article else []))
    assert code == 0, err
    kit.assert_inert(out, " ".join(command))
    kit.assert_inert(err, "stderr")
    assert "Source?" in out
    if "json" in command:
        notes = json.loads(out)["articles"][0]["notes"]
        assert notes[0]["body"] == f"Source? {sequence}\nSecond line {sequence}"
    elif command == ("export",):
        assert "Second line" in out.split("Source?", 1)[1].split("\n", 2)[1]  # still two lines
        assert ("### Sources" in out) == with_article


# -- errors and warnings -------------------------------------------------------------------------
@pytest.fixture
def terminal(monkeypatch):
    """The reader's checks see a terminal on every stream (pytest captures them)."""
    import nutgraf.cli

    monkeypatch.setattr(nutgraf.cli, "is_terminal", lambda stream: True)


def one_inert_line(kit, err: str) -> None:
    kit.assert_inert(err, "error message")
    assert err.count("\n") == 1 and err.startswith("nutgraf")


def test_error_messages_are_inert(kit, tmp_path, capsys, monkeypatch, sequence):
    seq = sequence
    missing = str(tmp_path / f"gone {kit.name_safe(seq)}.txt")
    (tmp_path / f"dir {kit.name_safe(seq)}").mkdir()
    for argv in (["analyze", missing], ["analyze", str(tmp_path / f"dir {kit.name_safe(seq)}")],
                 ["analyze", "--jsonl", missing], ["analyze", missing, f"--bogus{seq}"],
                 ["analyze", missing, "--date", seq], ["notes", "list", missing], ["notes", f"frob{seq}"],
                 ["notes", "list", f"--bogus{seq}"], [f"--bogus{seq}"]):
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == "", argv
        one_inert_line(kit, err)


def test_reader_errors_are_inert(kit, tmp_path, capsys, terminal, sequence):
    code, out, err = run(capsys, str(tmp_path / f"gone {kit.name_safe(sequence)}.txt"))
    assert code == 2 and out == ""
    one_inert_line(kit, err)


@pytest.mark.model
def test_warnings_are_inert(kit, tmp_path, capsys, sequence):
    path = tmp_path / f"cp1252 {kit.name_safe(sequence)}.txt"
    path.write_bytes("The mayor said \u201cno\u201d to the plan on Tuesday.".encode("cp1252"))
    code, out, err = run(capsys, "analyze", str(path), "--json")
    assert code == 0
    assert "windows-1252" in err
    one_inert_line(kit, err)


# -- the reader's notices ------------------------------------------------------------------------
@pytest.mark.reader
async def test_notices_are_inert(kit, tmp_path, monkeypatch, lasting_notices, sequence):
    from nutgraf.app.reader import NutgrafApp

    seq = sequence
    monkeypatch.chdir(tmp_path)
    text = f"Headline {seq}\nThe mayor said {seq} so on Tuesday.\n"
    doc = Document(text=text, source=f"saved {seq}.txt", name=f"saved {kit.name_safe(seq)}.txt",
                   encoding="windows-1252", note=f"not valid UTF-8 (byte 3 {seq}); decoded as windows-1252")
    app = NutgrafApp(doc, analyzer=kit.fake_analyzer(Analysis(text=text, sentences=[(0, 8 + len(seq))])))
    async with app.run_test(size=(140, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("b", "e")  # a bookmark, exported to ./saved <seq>-notes.md
        await kit.saved_to_disk(app, pilot)
        # On a loaded machine the export may not have been asked of the store yet.
        await kit.until(pilot, lambda: any("exported to" in n.message for n in app._notifications))
        notices = [(n.title, n.message) for n in app._notifications]
        assert any("not valid UTF-8" in m for _, m in notices) and any("exported to" in m for _, m in notices)
        for title, message in notices:
            kit.assert_inert(title + message, "notice")
        kit.assert_inert(app.export_screenshot(), "screen")
    (exported,) = tmp_path.glob("*-notes.md")
    kit.assert_inert(exported.read_text(encoding="utf-8"), "exported file")
