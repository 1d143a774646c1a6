"""`nutgraf notes list|export` through the real entry point."""
import json

import pytest

from nutgraf.cli import main
from nutgraf.documents import load
from nutgraf.store.notes import NotesStore

TEXT = (
    "The International Criminal Court has called on its member states to stand up against "
    "sanctions imposed by US President Donald Trump.\n\n"
    "Gaza's health ministry says 47,540 Palestinians have been killed.\n"
)


@pytest.fixture
def home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("NUTGRAF_HOME", str(home))
    return home


@pytest.fixture
def article(tmp_path, home):
    path = tmp_path / "icc.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = load(path)
    art = NotesStore().article(doc.digest, doc.text, doc.source)
    start = TEXT.index("47,540")
    art.add_bookmark("number", start, start + 6, label="verify")
    art.add_note("sentence", 0, TEXT.index("\n"), "Who in the ICC said this?")
    return path


def run(capsys, *argv):
    status = main(["notes", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_list_one_article(capsys, article):
    status, out, err = run(capsys, "list", str(article))
    assert status == 0 and err == ""
    assert "icc.txt" in out and "1 bookmark, 1 note" in out
    assert "“47,540”" in out and "verify" in out and "Who in the ICC said this?" in out


def test_list_all_articles(capsys, article, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("A second article about something else.", encoding="utf-8")
    doc = load(other)
    NotesStore().article(doc.digest, doc.text, doc.source).add_note("sentence", 0, 8, "second")
    status, out, _ = run(capsys, "list")
    assert status == 0
    assert "icc.txt" in out and "other.txt" in out and "second" in out


def test_list_after_an_edit_marks_orphans(capsys, article):
    article.write_text(TEXT.replace("47,540", "a great many"), encoding="utf-8")
    status, out, _ = run(capsys, "list", str(article))
    assert status == 0 and "1 orphaned" in out
    orphan_line = next(line for line in out.splitlines() if "47,540" in line)
    assert "orphaned" in orphan_line


def cache_analysis(path, analysis=None, date=None):
    """Put an analysis of the article in the cache, as the reader leaves one (for `date`,
    as after d)."""
    from nutgraf.analysis.model import Analysis, Number
    from nutgraf.analysis.pipeline import installed_model
    from nutgraf.service import analyse_document
    from nutgraf.store.cache import AnalysisCache

    start = TEXT.index("47,540")
    analysis = analysis or Analysis(TEXT, numbers=[Number("n1", (start, start + 6), "47,540", 47540.0, False,
                                                          "Palestinians killed")], model="fixture")
    analyse_document(load(path), date, lambda *_: analysis, cache=AnalysisCache(),
                     model_key=installed_model(None))


def test_export_markdown_with_the_cached_analysis(capsys, article):
    cache_analysis(article)  # the model is not loaded (see conftest): the cached analysis is used
    status, out, _ = run(capsys, "export", str(article))
    assert status == 0
    assert "> Gaza's health ministry says **47,540** Palestinians have been killed." in out
    assert "Who in the ICC said this?" in out
    assert out.count("- Number “47,540”: 47,540, counts Palestinians killed") == 1
    assert "### Sources" in out and "Nobody is quoted." in out


def test_export_uses_the_date_set_in_the_reader(capsys, article):
    from nutgraf.analysis.model import Analysis
    from nutgraf.store.dates import set_article_date

    doc = load(article)
    set_article_date(NotesStore().article(doc.digest, doc.text, doc.source), "2025-02-07")
    cache_analysis(article)  # for the date the article states: not what the reader shows
    cache_analysis(article, Analysis(TEXT, model="fixture", reference_date="2025-02-07"), date="2025-02-07")
    status, out, err = run(capsys, "export", str(article), "--format", "json")
    assert status == 0 and "analysing" not in err
    assert json.loads(out)["articles"][0]["analysis"]["reference_date"] == "2025-02-07"


def test_export_applies_the_readers_corrections(capsys, article):
    from nutgraf.analysis.claims import derive
    from nutgraf.analysis.model import Actor, Analysis, Quote

    ministry = (TEXT.index("health ministry"), TEXT.index("health ministry") + 15)
    killed = (TEXT.index("47,540"), TEXT.index(" have been killed") + 17)
    cache_analysis(article, derive(Analysis(
        TEXT, actors=[Actor("a1", "health ministry", "organization", [ministry])],
        indirect_quotes=[Quote("p1", killed, TEXT[slice(*killed)], "a1", ministry, "say", "health ministry",
                               "indirect")], model="fixture")))
    doc = load(article)
    NotesStore().article(doc.digest, doc.text, doc.source).add_correction(
        "rename", "actor", *ministry, value="Gaza Health Ministry")
    status, out, err = run(capsys, "export", str(article))
    assert status == 0 and "1 correction(s) applied" in err
    assert "- Gaza Health Ministry: 1 paraphrase" in out.split("### Sources", 1)[1]


def test_export_json_with_the_cached_analysis(capsys, article):
    cache_analysis(article)
    status, out, _ = run(capsys, "export", str(article), "--format", "json")
    assert status == 0
    (bookmark,) = json.loads(out)["articles"][0]["bookmarks"]
    assert [n["value"] for n in bookmark["analysis"]["numbers"]] == [47540.0]


def test_export_json_for_all_articles(capsys, article):
    status, out, _ = run(capsys, "export", "--format", "json")
    assert status == 0
    data = json.loads(out)
    (art,) = data["articles"]
    assert [b["label"] for b in art["bookmarks"]] == ["verify"]
    assert [n["body"] for n in art["notes"]] == ["Who in the ICC said this?"]


def test_article_without_notes(capsys, home, tmp_path):
    path = tmp_path / "fresh.txt"
    path.write_text("Nothing noted here yet.", encoding="utf-8")
    status, out, _ = run(capsys, "list", str(path))
    assert status == 0 and "No bookmarks, notes or corrections for" in out


@pytest.mark.parametrize("command", ["list", "export"])
def test_missing_article_is_one_line_and_status_2(capsys, home, tmp_path, command):
    status, out, err = run(capsys, command, str(tmp_path / "missing.txt"))
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("nutgraf: ") and "no such file" in err


def test_damaged_store_is_reported_and_replaced(capsys, article, home):
    (home / "notes.json").write_text("{ not json", encoding="utf-8")
    status, out, err = run(capsys, "list")
    assert status == 0 and "No bookmarks, notes or corrections yet" in out
    assert err.startswith("nutgraf: warning: ") and "corrupt-" in err and err.count("\n") == 1


def test_unusable_store_is_one_line_and_status_2(capsys, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("NUTGRAF_HOME", str(blocker))
    status, _, err = run(capsys, "list")
    assert status == 2 and err.startswith("nutgraf: cannot read notes") and err.count("\n") == 1


def test_usage_errors_return_2(capsys, home):
    assert run(capsys, "frobnicate")[0] == 2
    assert run(capsys, "export", "--format", "pdf")[0] == 2
    assert run(capsys)[0] == 2
    status, out, _ = run(capsys, "--help")
    assert status == 0 and "list|export" in out


def test_corrections_are_listed_and_exported(capsys, article):
    # A merge and a rename, saved as the reader saves them; the article is not analysed.
    doc = load(article)
    ministry = (TEXT.index("health ministry"), TEXT.index("health ministry") + 15)
    court = (TEXT.index("International"), TEXT.index(" has called"))
    notes = NotesStore().article(doc.digest, doc.text, doc.source)
    notes.add_correction("merge", "actor", *court, other=ministry)
    notes.add_correction("rename", "actor", *ministry, value="Gaza Health Ministry")

    status, out, _ = run(capsys, "list")
    assert status == 0 and "(1 bookmark, 1 note, 2 corrections)" in out
    lines = [line.split() for line in out.splitlines() if line.lstrip().startswith("correction")]
    assert lines == [
        ["correction", "actor", f"{court[0]}-{court[1]}", "merged:", "“International", "Criminal", "Court”",
         "+", "“health", "ministry”"],
        ["correction", "actor", f"{ministry[0]}-{ministry[1]}", "renamed:", "“health", "ministry”", "→",
         "Gaza", "Health", "Ministry"],
    ]

    status, out, _ = run(capsys, "export")
    corrections = out.split("### Corrections", 1)[1].strip().splitlines()
    assert corrections[0].startswith("- merged: “International Criminal Court” + “health ministry” (characters")
    assert corrections[1].startswith(f"- renamed: “health ministry” → Gaza Health Ministry (characters "
                                      f"{ministry[0]}–{ministry[1]};")

    status, out, _ = run(capsys, "export", "--format", "json")
    (art,) = json.loads(out)["articles"]
    merge, rename = art["corrections"]
    assert (rename["op"], rename["value"], rename["text"], rename["other"]) == (
        "rename", "Gaza Health Ministry", "health ministry", None)
    assert (merge["op"], merge["kind"], merge["text"], merge["applicable"]) == (
        "merge", "actor", "International Criminal Court", True)
    assert merge["other"]["selector"][0]["exact"] == "health ministry" and merge["other"]["start"] == ministry[0]
