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


def jsonl_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.mark.model
def test_jsonl_bad_lines_get_an_error_each_and_the_batch_goes_on(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    path.write_text('{"id": "x", "text": "Ann Lee spoke."}\nnot json\n' + deep + "\n"
                    '{"id": "y"}\n[1, 2]\n{"id": "z", "text": "On Tuesday.", "reference_date": "7/2/2025"}\n'
                    '{"id": "w", "text": "Bob Hale spoke."}\n', encoding="utf-8")
    code, out, err = run(capsys, "analyze", "--jsonl", str(path))
    assert code == 1 and err == ""
    lines = jsonl_lines(out)
    assert [r["id"] for r in lines] == ["x", "2", "3", "y", "5", "z", "w"]
    assert [r.get("error", "")[:7] for r in lines] == ["", "line 2:", "line 3:", "line 4:", "line 5:", "line 6:", ""]
    assert "nested too deeply" in lines[2]["error"] and "YYYY-MM-DD" in lines[5]["error"]
    assert lines[6]["actors"][0]["name"] == "Bob Hale"


@pytest.mark.model
@pytest.mark.parametrize("workers", ["1", "2"])
def test_jsonl_a_record_whose_analysis_fails_gets_an_error_and_the_rest_are_analysed(
        tmp_path, capsys, monkeypatch, workers):
    import nutgraf.analysis.pipeline as pipeline

    real = pipeline.extract

    def extract(text, *args):  # an extractor bug that only this text triggers
        if "BOOM" in text:
            raise OverflowError("date value out of range")
        return real(text, *args)

    monkeypatch.setattr(pipeline, "extract", extract)  # the workers are forked: they see it too
    texts = [f"Mayor Ann Lee{i} met the council on Tuesday." for i in range(6)]
    texts[1] = texts[4] = "BOOM said Ann Lee."
    records = [{"id": str(i), "text": t, "reference_date": "2024-05-10"} for i, t in enumerate(texts)]
    code, out, err = run(capsys, "analyze", "--jsonl", str(write_batch(tmp_path, records)), "--workers", workers)
    assert code == 1 and err == ""
    lines = jsonl_lines(out)
    assert [r["id"] for r in lines] == [str(i) for i in range(6)]
    for i in (1, 4):
        assert lines[i] == {"id": str(i), "error": "OverflowError: date value out of range"}
    for i in (0, 2, 3, 5):
        check_contract(lines[i], texts[i])
        assert lines[i]["timeline"][0]["value"] == "2024-05-07"


@pytest.mark.model
def test_jsonl_a_lone_surrogate_is_read_as_a_replacement_character(tmp_path, capsys):
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s", "text": "Mayor Ann Lee\\ud800 said \\u201cyes\\u201d on Tuesday."}\n'
                    '{"id": "t", "text": "Bob Hale spoke."}\n', encoding="utf-8")
    code, out, err = run(capsys, "analyze", "--jsonl", str(path), "--workers", "2")
    assert code == 0, out
    s, t = jsonl_lines(out)
    check_contract(s, "Mayor Ann Lee\ufffd said \u201cyes\u201d on Tuesday.")
    assert s["actors"][0]["name"] == "Ann Lee" and t["actors"][0]["name"] == "Bob Hale"


def test_jsonl_good_records_still_share_one_parse_stream(tmp_path, capsys, monkeypatch, model):
    """Isolating failures must not cost the batching: one nlp.pipe stream for a clean batch,
    and one more (plus the failing record alone) per failure."""
    nlp = model.nlp
    streams = []
    real = nlp.pipe
    monkeypatch.setattr(nlp, "pipe", lambda texts, **kw: streams.append(1) or real(texts, **kw))
    records = [{"id": str(i), "text": f"Ann Lee{i} spoke on Tuesday."} for i in range(10)]
    code, _, _ = run(capsys, "analyze", "--jsonl", str(write_batch(tmp_path, records)))
    assert code == 0 and len(streams) == 1


@pytest.mark.model
def test_analysis_that_fails_is_one_line_not_a_traceback(capsys, monkeypatch):
    import nutgraf.analysis.pipeline as pipeline

    def extract(*args):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(pipeline, "extract", extract)
    code, out, err = run(capsys, "analyze", str(SAMPLE), "--date", "9999-12-31")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "OverflowError: date value out of range" in err and "Traceback" not in err


def test_jsonl_exit_status_is_in_the_help(capsys):
    _, out, _ = run(capsys, "analyze", "--help")
    assert "exit status is then 1" in " ".join(out.split())


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


# -- the reader: nothing is drawn unless there is an article and a terminal -------------------------
@pytest.fixture
def no_screen(monkeypatch):
    """Fails the test if the reader's App would start drawing."""
    from nutgraf.app.reader import NutgrafApp

    def run(self, *args, **kwargs):
        raise AssertionError("the reader drew a screen")

    monkeypatch.setattr(NutgrafApp, "run", run)


@pytest.fixture
def terminal(monkeypatch):
    import nutgraf.cli

    monkeypatch.setattr(nutgraf.cli, "is_terminal", lambda stream: True)


@pytest.mark.parametrize("name, words", [("nope.txt", "no such file"), ("dir", "directory"),
                                         ("fifo", "not a regular file"), ("empty.txt", "empty"),
                                         ("image.txt", "PNG image"), ("loop", "loops")])
def test_reader_bad_file_is_one_line_before_any_screen(tmp_path, capsys, no_screen, terminal, name, words):
    (tmp_path / "dir").mkdir()
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    assert words in one_line_error(capsys, str(tmp_path / name))


def test_reader_without_a_terminal_refuses_and_points_to_analyze(capsys, no_screen):
    # Under pytest neither stdin nor stdout is a terminal, as with `nutgraf FILE </dev/null >out`.
    err = one_line_error(capsys, str(SAMPLE))
    assert "stdin, stdout and stderr are not one" in err and "nutgraf analyze" in err


def test_reader_with_output_redirected_refuses(capsys, monkeypatch, no_screen, terminal):
    import sys

    import nutgraf.cli

    monkeypatch.setattr(nutgraf.cli, "is_terminal", lambda stream: stream is not sys.stdout)
    err = one_line_error(capsys, str(SAMPLE))
    assert "stdout is not one" in err and "nutgraf analyze" in err


def test_reader_on_a_pipe_reads_it_then_needs_a_terminal_for_keys(capsys, monkeypatch, no_screen, terminal):
    import io
    import sys

    import nutgraf.app.reader as reader

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Ann Lee spoke on Tuesday.\n")))
    monkeypatch.setattr(reader, "reattach_terminal", lambda: (_ for _ in ()).throw(OSError("no tty")))
    err = one_line_error(capsys, "-")
    assert "no terminal to read keys from" in err and "nutgraf analyze -" in err


def test_reader_on_a_pipe_opens_the_piped_article(capsys, monkeypatch, terminal):
    import io
    import sys

    import nutgraf.app.reader as reader

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Ann Lee spoke on Tuesday.\n")))
    monkeypatch.setattr(reader, "reattach_terminal", lambda: None)
    opened = []
    monkeypatch.setattr(reader, "run", lambda document, **kw: opened.append((document.text, kw["page"])) or 0)
    assert main(["-"]) == 0
    # The piped text is kept for the library: stdin cannot be read again.
    assert opened == [("Ann Lee spoke on Tuesday.\n", (b"Ann Lee spoke on Tuesday.\n", "text"))]
