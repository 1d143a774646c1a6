"""The core stays UI-free, and the CLI's light paths never pay for spaCy or Textual."""
import subprocess
import sys


def printed(probe: str) -> str:
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout


def loaded_after(code: str) -> set[str]:
    return set(printed(code + "\nimport sys; print(' '.join(sorted(sys.modules)))").split())


def test_analysis_core_imports_no_ui():
    mods = loaded_after(
        "from nutgraf.analysis.pipeline import analyze\n"
        "from nutgraf.analysis import actors, quotes, numbers, timeline, furniture, model\n"
        "analyze('The mayor, Ann Lee, said on Monday: \"We will build 40 homes.\"', '2024-05-01')"
    )
    assert "spacy" in mods
    assert "textual" not in mods


def test_cli_help_and_notes_do_not_import_spacy_or_textual():
    mods = loaded_after(
        "from nutgraf.cli import main\n"
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--help'])\n"
        "    main(['analyze', '--help'])\n"
    )
    assert "spacy" not in mods
    assert "textual" not in mods


def test_the_reader_module_leaves_notes_database_and_dialogs_until_needed():
    # What the first paint of an article imports: neither spaCy nor the notes database
    # (TinyDB, filelock, rapidfuzz) nor the dialogs' text area, nor package metadata; nor
    # the panels and the progress bar, mounted after it, nor Textual's footer (the reader's
    # own is one widget, drawn with the article).
    mods = loaded_after(
        "from nutgraf.app.reader import NutgrafApp\n"
        "from nutgraf.analysis.pipeline import installed_model\n"
        "installed_model(None)"
    )
    assert "textual" in mods
    assert not {"spacy", "tinydb", "filelock", "rapidfuzz", "nutgraf.app.modals", "nutgraf.store.notes",
                "importlib.metadata"} & mods
    assert not {"nutgraf.app.panels", "nutgraf.app.notes_panel", "nutgraf.app.correcting", "nutgraf.store.records",
                "textual.widgets._footer", "textual.widgets._tabbed_content", "textual.widgets._progress_bar"} & mods


def test_the_panels_leave_the_notes_records_and_the_tabs_until_needed():
    # The panels' import is on the way to panels filled from the cache: the notes' records
    # come with the store (opened after them), the tabs only on a small terminal, what a
    # bookmark or note points at (attribution) with the first one.
    mods = loaded_after("from nutgraf.app.reader import NutgrafApp\nimport nutgraf.app.panels")
    assert "nutgraf.app.notes_panel" in mods
    assert not {"nutgraf.store.records", "nutgraf.analysis.corrections", "textual.widgets._tabbed_content",
                "nutgraf.attribution"} & mods


def test_the_panels_leave_the_views_until_one_opens():
    # An actor's claims and the sources (three widget classes to compile and build) open on
    # a key; the panels' import is on the way to the panels filled from the cache.
    probe = ("from nutgraf.app.reader import NutgrafApp\nfrom nutgraf.app.panels import ItemPanel\n"
             "def every(cls): return [cls, *(each for sub in cls.__subclasses__() for each in every(sub))]\n"
             "print(' '.join(cls.__name__ for cls in every(ItemPanel)))")
    assert set(printed(probe).split()) == {"ItemPanel", "ActorsPanel", "QuotesPanel", "NumbersPanel", "TimelinePanel"}


def test_the_panels_leave_the_notes_entries_until_the_store_is_open():
    # The Notes panel's entries (two dataclasses) are made from the notes store, opened once
    # the panels are drawn.
    probe = ("import sys\nfrom nutgraf.app.reader import NutgrafApp\nimport nutgraf.app.panels\n"
             "print(' '.join(name for name, module in list(sys.modules.items())"
             " if name.startswith('nutgraf') and hasattr(module, 'Entry')))")
    assert printed(probe).split() == []


def test_an_article_opened_from_the_command_line_leaves_the_library_screen_until_needed():
    mods = loaded_after(
        "from nutgraf.app import reader\n"
        "from nutgraf.documents import load\n"
        "from nutgraf.shipped import sample_article\n"
        "reader.NutgrafApp.run = lambda app: None\n"
        "reader.run(load(sample_article()))\n"
    )
    assert "nutgraf.app.reader" in mods
    assert "nutgraf.app.library_screen" not in mods


def test_the_first_paint_leaves_the_analysis_model_and_hashes_until_needed():
    # Loading an article and making the reader name the model, not the analysis's
    # dataclasses (10 ms of the first paint), nor hashlib and secrets (2 ms), for the
    # cache's keys and the store's writes, nor the word lists of dates for an article whose
    # first lines hold no digit.
    code = ("from nutgraf.app.reader import NutgrafApp\n"
            "from nutgraf.analysis.pipeline import installed_model\n"
            "from nutgraf.documents import from_bytes, load\n"
            "from nutgraf.shipped import sample_article\n"
            "raw = 'Court pledges to defy sanctions\\nBy Ann Lee\\n\\nThe court said so.'.encode()\n"
            "titled = from_bytes(raw, 'a.txt', 'a.txt')\n"
            "assert titled.title == 'Court pledges to defy sanctions' and titled.byline == 'Ann Lee'\n"
            "NutgrafApp(load(sample_article()), model_key=installed_model(None))\n")
    mods = loaded_after(code)
    assert not {"nutgraf.analysis.model", "nutgraf.analysis.lexicon", "hashlib", "secrets"} & mods
    dated = loaded_after(code + "from nutgraf.formats.dates import find_date\n"
                                "assert find_date('Published 12 March 2024') == ('2024-03-12', 10, 23)\n")
    assert "nutgraf.analysis.lexicon" in dated and "nutgraf.analysis.model" not in dated


def test_the_analysis_package_still_names_the_model_classes():
    from nutgraf import analysis
    from nutgraf.analysis import ANALYSIS_VERSION, Analysis, model

    assert Analysis is model.Analysis and ANALYSIS_VERSION == model.ANALYSIS_VERSION
    assert all(getattr(analysis, name) is getattr(model, name) for name in analysis.__all__)
    try:
        analysis.Nothing  # noqa: B018
    except AttributeError as error:
        assert "Nothing" in str(error)
    else:
        raise AssertionError("an unknown name was found")


def test_textual_is_imported_without_passes_of_the_cycle_collector():
    # What Textual's import makes lives as long as the program: the collector's passes over
    # it as it was made (some fifty, 15 ms of the reader's first paint) could free nothing.
    # Passes before it are not counted: compiling nutgraf's own modules where no bytecode
    # is written (PYTHONDONTWRITEBYTECODE) can start one.
    out = subprocess.run([sys.executable, "-c", (
        "import gc, sys\n"
        "passes = []\n"
        "gc.callbacks.append(lambda phase, info: passes.append(info['generation'])"
        " if phase == 'start' and 'textual' in sys.modules else None)\n"
        "import nutgraf.app\n"
        "import textual.widget\n"
        "print(len(passes), gc.isenabled(), gc.get_freeze_count() > 10000)\n"
    )], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "True", "True"]
