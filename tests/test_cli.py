"""`nutgraf analyze`: the JSON contract, batch mode, and one-line errors for bad input."""
import json
import os
from pathlib import Path

import pytest

from nutgraf.cli import main

SAMPLE = Path(__file__).parent.parent / "sample_articles" / "icc-sanctions.txt"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def check_contract(result: dict, text: str):
    def ok(span):
        assert isinstance(span, list) and len(span) == 2
        assert 0 <= span[0] < span[1] <= len(text)

    for a in result["actors"]:
        assert a["kind"] in ("person", "organization", "place", "group", "other")
        assert a["mentions"]
        for m in a["mentions"]:
            ok(m)
    ids = {a["id"] for a in result["actors"]}
    for section in ("quotes", "numbers", "timeline"):
        for item in result[section]:
            ok(item["span"])
            assert item["text"] == text[item["span"][0]:item["span"][1]]
    for q in result["quotes"]:
        assert q["speaker"] is None or q["speaker"] in ids
        if q["speaker_span"]:
            ok(q["speaker_span"])
    for e in result["timeline"]:
        if e.get("event_span"):
            ok(e["event_span"])


@pytest.mark.model
def test_json_on_the_sample_meets_the_contract(capsys):
    code, out, err = run(capsys, "analyze", str(SAMPLE), "--json", "--date", "2025-02-07")
    assert code == 0, err
    result = json.loads(out)
    text = SAMPLE.read_text(encoding="utf-8")
    check_contract(result, text)
    names = [a["name"] for a in result["actors"]]
    assert names[0] == "International Criminal Court"
    assert "Donald Trump" in names
    assert result["reference_date"] == "2025-02-07"
    hogle = {a["id"] for a in result["actors"] if a["name"] == "Charlie Hogle"}
    assert {q["speaker"] for q in result["quotes"]} >= hogle


@pytest.mark.model
def test_readable_report_has_one_table_per_section(capsys):
    code, out, _ = run(capsys, "analyze", str(SAMPLE))
    assert code == 0
    for title in ("Actors (", "Quotes (", "Numbers (", "Timeline ("):
        assert title in out
    assert "Benjamin Netanyahu" in out


def write_batch(tmp_path, records):
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.model
def test_jsonl_batch_keeps_order_ids_and_reference_dates(tmp_path, capsys):
    records = [
        {"id": "b", "text": "The council met on Tuesday. Mayor Ann Lee said: \u201cWe will act now.\u201d",
         "reference_date": "2024-05-10"},
        {"id": "a", "text": "Nothing happened on Tuesday."},
        {"id": "c", "text": "Apple sold 5 million phones.", "reference_date": "2023-01-02"},
    ]
    path = write_batch(tmp_path, records)
    code, out, err = run(capsys, "analyze", "--jsonl", str(path))
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in lines] == ["b", "a", "c"]
    for rec, res in zip(records, lines, strict=True):
        check_contract(res, rec["text"])
    assert lines[0]["timeline"][0]["value"] == "2024-05-07"
    assert lines[1]["timeline"][0]["value"] is None
    assert lines[2]["numbers"][0]["value"] == 5_000_000


@pytest.mark.model
def test_jsonl_with_workers_gives_the_same_output(tmp_path, capsys):
    text = SAMPLE.read_text(encoding="utf-8")
    records = [{"id": str(i), "text": text[i * 300:], "reference_date": "2025-02-07"} for i in range(4)]
    path = write_batch(tmp_path, records)
    _, one, _ = run(capsys, "analyze", "--jsonl", str(path))
    code, two, err = run(capsys, "analyze", "--jsonl", str(path), "--workers", "2")
    assert code == 0, err
    assert one == two


def test_jsonl_bad_line_is_one_line_error(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "text": "ok"}\nnot json\n', encoding="utf-8")
    code, out, err = run(capsys, "analyze", "--jsonl", str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "line 2" in err


def one_line_error(capsys, *argv):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("nutgraf")
    assert "Traceback" not in err
    return err


def test_missing_path(capsys):
    assert "no such file" in one_line_error(capsys, "analyze", "/no/such/article.txt")


def test_directory(tmp_path, capsys):
    assert "directory" in one_line_error(capsys, "analyze", str(tmp_path))


def test_empty_and_whitespace_only(tmp_path, capsys):
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "w.txt").write_bytes(b"  \n\t\n")
    assert "empty" in one_line_error(capsys, "analyze", str(tmp_path / "e.txt"))
    assert "whitespace" in one_line_error(capsys, "analyze", str(tmp_path / "w.txt"))


def test_binary_files(tmp_path, capsys):
    (tmp_path / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "nul.txt").write_bytes(b"text\x00with\x00nuls")
    assert "PNG image" in one_line_error(capsys, "analyze", str(tmp_path / "img.png"))
    assert "binary" in one_line_error(capsys, "analyze", str(tmp_path / "nul.txt"))


def test_fifo_is_refused_without_blocking(tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line_error(capsys, "analyze", str(fifo))


def test_symlink_loop(tmp_path, capsys):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    assert "loops" in one_line_error(capsys, "analyze", str(tmp_path / "a"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path, capsys):
    path = tmp_path / "secret.txt"
    path.write_text("Some text.")
    path.chmod(0)
    assert "permission denied" in one_line_error(capsys, "analyze", str(path))


def test_bad_date_and_no_article(capsys):
    assert "YYYY-MM-DD" in one_line_error(capsys, "analyze", str(SAMPLE), "--date", "7/2/2025")
    assert "nothing to analyse" in one_line_error(capsys, "analyze")


@pytest.mark.model
def test_unknown_model_says_what_to_install(capsys, monkeypatch):
    monkeypatch.setenv("NUTGRAF_MODEL", "no_such_model_pkg")
    err = one_line_error(capsys, "analyze", str(SAMPLE))
    assert "pip install" in err


@pytest.mark.model
def test_unknown_model_with_workers_says_what_to_install(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NUTGRAF_MODEL", "no_such_model_pkg")
    path = write_batch(tmp_path, [{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}])
    err = one_line_error(capsys, "analyze", "--jsonl", str(path), "--workers", "2")
    assert "pip install" in err and "no_such_model_pkg" in err


@pytest.mark.model
def test_windows_1252_text_is_decoded_with_a_note(tmp_path, capsys):
    path = tmp_path / "cp.txt"
    path.write_bytes("The mayor said \u201cno\u201d to the \u20ac5m plan.".encode("cp1252"))
    code, out, err = run(capsys, "analyze", str(path), "--json")
    assert code == 0
    assert "windows-1252" in err
    result = json.loads(out)
    assert [n["text"] for n in result["numbers"]] == ["\u20ac5m"]
