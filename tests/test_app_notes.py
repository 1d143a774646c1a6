"""Bookmarks, notes and the reading position in the reader, kept in $NUTGRAF_HOME (a fresh
directory per test, see conftest) and found again by a new app on the same article."""
from __future__ import annotations

import asyncio

import pytest
from textual.widgets import TabbedContent, TextArea

from nutgraf.app.article_view import BOOKMARK_MARK, NOTE_MARK
from nutgraf.app.modals import ConfirmScreen, NoteEditor
from nutgraf.app.notes_panel import NotesPanel
from nutgraf.store import export
from nutgraf.store.notes import ArticleNotes, NotesStore, StoreError


def entries(app):
    return app.query_one(NotesPanel).entries


def notifications(app) -> list[str]:
    return [n.message for n in app._notifications]


async def type_text(pilot, text: str) -> None:
    await pilot.press(*("space" if c == " " else "enter" if c == "\n" else c for c in text))


async def write_note(kit, app, pilot, body: str) -> None:
    """`a` on the item under the cursor, the note typed and saved to disk."""
    await pilot.press("a")
    await pilot.pause()
    await type_text(pilot, body)
    await pilot.press("ctrl+s")
    await kit.saved_to_disk(app, pilot)


async def put_cursor(app, pilot, needle: str) -> None:
    app.article.set_cursor(app.article.sentence_at(app.article.text.index(needle)))
    await pilot.pause()


def gutter(screen: str) -> dict[str, str]:
    """The first words of each line on screen that has a mark in the gutter."""
    marks = {}
    for line in screen.splitlines():
        if line[:1] in (NOTE_MARK, BOOKMARK_MARK):
            marks[" ".join(line[2:].split()[:3])] = line[0]
    return marks


async def test_bookmarks_survive_a_restart(kit, make_app, app_analysis):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await put_cursor(app, pilot, "The court met")
        await pilot.press("b")
        await pilot.press("1", "b")  # the actor selected in its panel: Donald Trump
        await pilot.pause()
        assert "Bookmarked: “Donald Trump”" in notifications(app)
        await pilot.press("q")

    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        found = entries(app)
        assert [(e.claim.kind, e.text) for e in found] == [
            ("actor", "Donald Trump"), ("sentence", "The court met in The Hague.")]
        assert all(e.bookmark and not e.note for e in found)
        assert app.query_one(NotesPanel).border_title == "Notes 2"
        # Both begin on the same line: one mark there.
        assert gutter(kit.screen_text(app.article)) == {"against sanctions imposed": BOOKMARK_MARK}

        # Enter in the Notes panel goes to the claim and highlights it.
        await pilot.press("5", "down", "enter")
        await pilot.pause()
        assert app.focused is app.article
        assert app.article.cursor == app.article.sentence_at(kit.ARTICLE.index("The court met"))
        assert app.article.evidence_kind == "mark"
        start = kit.ARTICLE.index("The court met")
        assert app.article.evidence == [(start, start + len("The court met in The Hague."))]


async def test_b_again_removes_the_bookmark_and_u_undoes_step_by_step(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await put_cursor(app, pilot, "Mr Trump signed")
        await pilot.press("b")
        await put_cursor(app, pilot, "The court met")
        await pilot.press("b")
        await kit.saved_to_disk(app, pilot)
        assert len(entries(app)) == 2
        await pilot.press("b")
        await kit.saved_to_disk(app, pilot)
        assert [e.text[:8] for e in entries(app)] == ["Mr Trump"]
        assert "Bookmark removed — press u to undo" in notifications(app)
        # The removal, then the second bookmark's adding, undone.
        await pilot.press("u")
        await kit.saved_to_disk(app, pilot)
        assert [e.text[:8] for e in entries(app)] == ["The cour", "Mr Trump"]
        assert notifications(app)[-1] == "Undone: bookmark removed (2 more: u again)"
        await pilot.press("u")
        await kit.saved_to_disk(app, pilot)
        assert [e.text[:8] for e in entries(app)] == ["Mr Trump"]
        assert notifications(app)[-1].startswith("Undone: bookmark on “The court met")
    # What is left is on disk.
    notes = NotesStore().article(app.document.digest, app.document.text, app.document.source)
    assert [b.start for b in notes.bookmarks()] == [kit.ARTICLE.index("Mr Trump signed")]


async def test_u_with_nothing_left_to_undo_says_so(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("u")
        assert notifications(app)[-1] == "Nothing to undo"
        await put_cursor(app, pilot, "Mr Trump signed")
        await pilot.press("b")
        await kit.saved_to_disk(app, pilot)
        await pilot.press("u")
        await kit.saved_to_disk(app, pilot)
        assert entries(app) == []
        await pilot.press("u")
        assert notifications(app)[-1] == "Nothing to undo"


async def test_a_note_is_written_edited_and_deleted_after_confirming(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("3", "down")  # the number "about 1,200"
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await type_text(pilot, "[b]x[/b]\nask")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
        (entry,) = entries(app)
        assert entry.claim.kind == "number" and entry.text == "about 1,200"
        assert entry.note.body == "[b]x[/b]\nask"
        assert "[b]x[/b]" in str(app.query_one(NotesPanel).prompt(0))
        assert gutter(kit.screen_text(app.article)) == {"Mr Trump signed": NOTE_MARK}

        # `a` on the same item edits the note.
        await pilot.press("a")
        await pilot.pause()
        editor = app.screen.query_one(TextArea)
        assert editor.text == entry.note.body
        await pilot.press("end", "!", "ctrl+s")
        await kit.saved_to_disk(app, pilot)
        assert entries(app)[0].note.body.endswith("ask!")
        assert len(entries(app)) == 1

        # Escape leaves it as it was.
        await pilot.press("a", "x", "escape")
        await pilot.pause()
        assert entries(app)[0].note.body.endswith("ask!")

        # Delete from the Notes panel asks first; "n" keeps it, "y" deletes it.
        await pilot.press("5", "x")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert len(entries(app)) == 1
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await kit.saved_to_disk(app, pilot)
        assert entries(app) == []
        assert gutter(kit.screen_text(app.article)) == {}
        await pilot.press("u")
        await kit.saved_to_disk(app, pilot)
        assert entries(app)[0].note.body.endswith("ask!")
        # Further back: the edit, then the writing of the note.
        await pilot.press("u")
        await kit.saved_to_disk(app, pilot)
        assert entries(app)[0].note.body == "[b]x[/b]\nask"
        assert notifications(app)[-1] == "Undone: note edited (1 more: u again)"
        await pilot.press("u")
        await kit.saved_to_disk(app, pilot)
        assert entries(app) == []
        assert notifications(app)[-1] == "Undone: note written"


async def test_a_failed_save_keeps_the_note_in_the_editor(kit, make_app, monkeypatch):
    def disk_full(self, *args, **kwargs):
        raise StoreError("cannot save notes to /x/notes.json: the disk is full")

    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await put_cursor(app, pilot, "The court met")
        with monkeypatch.context() as patched:
            patched.setattr(ArticleNotes, "add_note", disk_full)
            await pilot.press("a")
            await type_text(pilot, "keep me")
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert isinstance(app.screen, NoteEditor)
            assert app.screen.query_one(TextArea).text == "keep me"
            assert "Not saved: cannot save notes to /x/notes.json: the disk is full" in str(
                app.screen.query_one("#note-error").render())
        # Once the disk has room, the same ctrl+s saves it.
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
        assert entries(app)[0].note.body == "keep me"


async def test_an_empty_note_is_not_saved(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await put_cursor(app, pilot, "The court met")
        await pilot.press("a", "space", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert "the note is empty" in str(app.screen.query_one("#note-error").render())


async def test_export_writes_markdown_to_the_current_directory(kit, make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("e")
        assert notifications(app)[-1].startswith("Nothing to export yet")
        await put_cursor(app, pilot, "The court met")
        await pilot.press("b", "a")
        await type_text(pilot, "Where?")
        await pilot.press("ctrl+s", "e")
        await pilot.pause()
        path = tmp_path / "fixture-notes.md"
        assert notifications(app)[-1] == f"Notes exported to {path}"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Notes from nutgraf")
    assert "## fixture.txt" in text and "1 bookmark, 1 note" in text
    assert "**The court met in The Hague.**" in text
    assert "Where?" in text


async def test_export_waits_for_a_bookmark_still_being_saved(kit, make_app, tmp_path, monkeypatch):
    """b then e at once: the bookmark is saved on the store's thread, and a slow save (a
    large store, a loaded machine) must not leave the export saying there is nothing."""
    import time

    monkeypatch.chdir(tmp_path)
    add = ArticleNotes.add_bookmark

    def slow_add(self, *args, **kwargs):
        time.sleep(0.3)
        return add(self, *args, **kwargs)

    monkeypatch.setattr(ArticleNotes, "add_bookmark", slow_add)
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await put_cursor(app, pilot, "The court met")
        await pilot.press("b", "e")
        await kit.saved_to_disk(app, pilot)
        assert not any(m.startswith("Nothing to export") for m in notifications(app))
        assert notifications(app)[-1] == f"Notes exported to {tmp_path / 'fixture-notes.md'}"
    assert "**The court met in The Hague.**" in (tmp_path / "fixture-notes.md").read_text(encoding="utf-8")


async def test_export_from_the_reader_carries_the_analysis(kit, make_app, app_analysis, tmp_path, monkeypatch):
    from nutgraf.analysis.claims import derive

    monkeypatch.chdir(tmp_path)
    # The sources are derived, as every analysis the pipeline gives.
    app = make_app(analyzer=kit.fake_analyzer(derive(app_analysis)))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("2", "b", "3", "down", "b", "4", "down", "b", "e")
        await kit.saved_to_disk(app, pilot)
        await pilot.pause()
    text = (tmp_path / "fixture-notes.md").read_text(encoding="utf-8")
    assert "- Publication date: 2025-02-07 (given)" in text
    assert "- Quote “We will not be intimidated,”: said by International Criminal Court" in text
    assert "- Number “about 1,200”: ≈ 1,200, counts people affected" in text
    assert "- Date “Thursday”: 2025-02-06, dates “order signed”" in text
    sources = text[text.index("### Sources"):]
    assert "- International Criminal Court: 1 quote (5 words)" in sources
    assert "- No speaker found: 1 quote (2 words)" in sources
    assert "Named but not quoted: Donald Trump, US President; White House." in sources


async def test_export_falls_back_to_the_data_directory(kit, make_app, tmp_path, monkeypatch, nutgraf_home):
    monkeypatch.chdir(tmp_path)
    write = export.atomic_write

    def read_only_cwd(path, data, **kwargs):
        if path.parent == tmp_path:
            raise PermissionError(13, "Permission denied")
        write(path, data, **kwargs)

    monkeypatch.setattr(export, "atomic_write", read_only_cwd)
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("b", "e")
        await pilot.pause()
        assert notifications(app)[-1] == f"Notes exported to {nutgraf_home / 'fixture-notes.md'}"
    assert (nutgraf_home / "fixture-notes.md").read_text(encoding="utf-8").startswith("# Notes from nutgraf")


async def export_twice(kit, app, pilot, answer: str) -> None:
    await kit.ready(app, pilot)
    await put_cursor(app, pilot, "The court met")
    await pilot.press("b", "e")
    await pilot.pause()
    assert isinstance(app.screen, ConfirmScreen)
    assert "fixture-notes.md already exists" in str(app.screen.query_one("#confirm-question").render())
    await pilot.press(answer)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_export_asks_before_replacing_a_file_and_keeps_its_mode(kit, make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    mine = tmp_path / "fixture-notes.md"
    mine.write_text("my own fact-check")
    mine.chmod(0o644)
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await export_twice(kit, app, pilot, "n")
        assert notifications(app)[-1] == f"Not exported: {mine} was kept"
        assert mine.read_text() == "my own fact-check"
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert notifications(app)[-1] == f"Notes exported to {mine}"
    assert mine.read_text().startswith("# Notes from nutgraf")
    assert mine.stat().st_mode & 0o777 == 0o644


async def test_export_writes_through_a_symbolic_link(kit, make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "checks").mkdir()
    real = tmp_path / "checks" / "icc.md"
    real.write_text("old")
    (tmp_path / "fixture-notes.md").symlink_to(real)
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await export_twice(kit, app, pilot, "y")
        link = tmp_path / "fixture-notes.md"
        assert notifications(app)[-1] == f"Notes exported to {link} (the file {real} it links to)"
    assert (tmp_path / "fixture-notes.md").is_symlink()
    assert real.read_text().startswith("# Notes from nutgraf")


async def test_a_saved_page_with_a_generic_name_is_exported_after_its_title(kit, app_analysis, tmp_path, monkeypatch):
    from nutgraf.app.reader import NutgrafApp
    from nutgraf.documents import Document

    monkeypatch.chdir(tmp_path)
    names = []
    for n, title in enumerate(("Court pledges to defy sanctions", "Tidal record: the sea rose 3.5 cm")):
        doc = Document(text=kit.ARTICLE[:-1] + ".!"[n], source=f"site{n}/index.html", name="index.html",
                       encoding="utf-8", title=title)
        app = NutgrafApp(doc, analyzer=kit.fake_analyzer(app_analysis))
        async with app.run_test(size=kit.WIDE) as pilot:
            await kit.ready(app, pilot)
            await pilot.press("b", "e")
            await app.workers.wait_for_complete()
            await pilot.pause()
            names.append(notifications(app)[-1])
    assert names == [f"Notes exported to {tmp_path / 'court-pledges-to-defy-sanctions-notes.md'}",
                     f"Notes exported to {tmp_path / 'tidal-record-the-sea-rose-3-5-cm-notes.md'}"]


async def test_the_reading_position_is_restored(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        view = app.article
        view.scroll_to(y=view.line_of(kit.ARTICLE.index("Filler paragraph 12")), animate=False, immediate=True)
        await pilot.pause()
        await pilot.press("q")

    app = make_app()
    async with app.run_test(size=kit.SMALL) as pilot:
        await kit.ready(app, pilot)
        assert kit.screen_text(app.article).splitlines()[0].strip().startswith("Filler paragraph 12")


async def test_the_position_is_saved_when_the_reader_pauses(kit, make_app, monkeypatch):
    saved = []
    monkeypatch.setattr(ArticleNotes, "set_position", lambda self, offset: saved.append(offset))
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        view = app.article
        view.scroll_to(y=view.line_of(kit.ARTICLE.index("Filler paragraph 5")), animate=False, immediate=True)
        await pilot.pause()
        app._save_position_when_idle()  # the first tick sees it move: not yet
        assert saved == []
        app._save_position_when_idle()  # still there a tick later: saved once
        app._save_position_when_idle()
        await kit.saved_to_disk(app, pilot)
        assert saved == [kit.ARTICLE.index("Filler paragraph 5")]


@pytest.mark.parametrize("damage", [
    "{not json",
    '{"articles": {"x": {"id": "A1"}}}',
    '{"articles": {}, "annotations": {"1": {"id": "n", "article": "a", "type": "note"}}}',
])
async def test_a_damaged_notes_file_is_reported_at_start(kit, make_app, nutgraf_home, damage):
    nutgraf_home.mkdir()
    (nutgraf_home / "notes.json").write_text(damage, encoding="utf-8")
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        assert any("was damaged" in m for m in notifications(app))
        await pilot.press("b")
        assert len(entries(app)) == 1


async def test_notes_unavailable_is_a_message(kit, make_app, monkeypatch):
    def unreadable(self, *args, **kwargs):
        raise StoreError("cannot read notes from /x/notes.json: permission denied")

    monkeypatch.setattr(NotesStore, "article", unreadable)
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        assert "Notes are unavailable: cannot read notes from /x/notes.json: permission denied" in notifications(app)
        await pilot.press("b")
        assert app.is_running and entries(app) == []


async def test_the_notes_panel_is_a_fifth_tab_on_small_terminals(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.SMALL) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("b")
        await kit.saved_to_disk(app, pilot)
        await pilot.press("5")
        await pilot.pause()
        tabs = app.query_one(TabbedContent)
        assert tabs.active == "tab-notes" and isinstance(app.focused, NotesPanel)
        assert str(tabs.get_tab("tab-notes").label) == "Notes 1"
        # b in the panel removes the highlighted entry's bookmark.
        await pilot.press("b")
        await kit.saved_to_disk(app, pilot)
        assert entries(app) == [] and str(tabs.get_tab("tab-notes").label) == "Notes 0"


async def test_the_notes_panel_fits_stacked_with_the_four_others(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        for needle in ("Court pledges", "The court met", "We will not", "Mr Trump", "A reader", "Late in"):
            await put_cursor(app, pilot, needle)
            await pilot.press("b")
        await pilot.pause()
        notes = app.query_one(NotesPanel)
        panels = [app.query_one(f"#panel-{k}") for k in ("actor", "quote", "number", "timeline", "notes")]
        assert all(p.region.height >= 5 and app.screen.region.contains_region(p.region) for p in panels)
        assert notes.region.height <= 12


async def test_the_notes_panel_asks_for_no_layout_once_sized_until_it_needs_more_lines(kit, make_app, monkeypatch):
    # As an OptionList it measured its lines when first drawn, which laid the screen out and
    # drew every panel again.
    asked = []
    refresh = NotesPanel.refresh

    def spy(panel, *regions, layout=False, **kwargs):
        if layout and panel.size:
            asked.append(len(panel.entries))
        return refresh(panel, *regions, layout=layout, **kwargs)

    monkeypatch.setattr(NotesPanel, "refresh", spy)
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await put_cursor(app, pilot, "The court met")
        await pilot.press("b")  # one line, as the row saying there is none
        await kit.saved_to_disk(app, pilot)
        await pilot.pause()
        assert asked == []
        notes = app.query_one(NotesPanel)
        assert notes.region.height == 3 and notes.virtual_size.height == 1
        await write_note(kit, app, pilot, "check")
        await pilot.pause()
        assert asked == [1] and notes.region.height == 4  # the note's line under its claim's


async def test_the_notes_panel_restyles_with_the_theme(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await put_cursor(app, pilot, "The court met")
        await write_note(kit, app, pilot, "check")
        await pilot.press("5")
        await pilot.pause()
        notes = app.query_one(NotesPanel)

        def looks():  # the entry's two lines, under the cursor: its parts' colors and the cursor's
            return [{(s.style.color, s.style.bgcolor) for s in notes.render_line(y) if s.text.strip()} for y in (0, 1)]

        def cursor():
            return {notes.get_visual_style("list-panel--cursor").rich_style.bgcolor}

        before = looks()
        assert {bg for line in before for _, bg in line} == cursor()
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        after = looks()
        assert after[0] != before[0] and after[1] != before[1]
        assert {bg for line in after for _, bg in line} == cursor()


async def test_help_lists_the_note_keys(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        text = "\n".join(str(w.render()) for w in app.screen.query(".help-row"))
        for words in ("Bookmark the current sentence", "Write or edit a note", "Undo the last change",
                      "Export the notes, with what the analysis found, as Markdown", "Set the publication date",
                      "Copy the selected item or sentence with its attribution",
                      "Read from the claim", "Delete the note (or the bookmark, or the correction)", "Save the note"):
            assert words in text


async def test_saves_run_off_the_ui_thread_and_the_editor_waits_for_them(kit, make_app, monkeypatch):
    import threading

    release, threads = threading.Event(), []
    add_note = ArticleNotes.add_note

    def slow(self, *args):
        threads.append(threading.current_thread())
        assert release.wait(10)
        return add_note(self, *args)

    monkeypatch.setattr(ArticleNotes, "add_note", slow)
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await put_cursor(app, pilot, "The court met")
        await pilot.press("a")
        await type_text(pilot, "slow disk")
        await pilot.press("ctrl+s")
        await pilot.pause()
        # The keyboard still works, the editor waits and its text cannot change meanwhile.
        await pilot.press("x", "escape")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.screen.query_one(TextArea).text == "slow disk"
        assert "Saving…" in str(app.screen.query_one("#note-error").render())
        assert threads and threads[0] is not threading.main_thread()
        release.set()
        await kit.saved_to_disk(app, pilot)
        assert not isinstance(app.screen, NoteEditor)
        assert entries(app)[0].note.body == "slow disk"


async def test_quit_waits_for_a_save_under_way(kit, make_app, monkeypatch):
    import threading

    release = threading.Event()
    add_bookmark = ArticleNotes.add_bookmark
    monkeypatch.setattr(ArticleNotes, "add_bookmark", lambda self, *a: (release.wait(10), add_bookmark(self, *a))[1])
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await put_cursor(app, pilot, "The court met")
        await pilot.press("b", "q")
        await pilot.pause()
        assert app.is_running and "Saving the notes…" in notifications(app)
        release.set()
        for _ in range(500):
            if not app.is_running:
                break
            await asyncio.sleep(0.01)
        assert not app.is_running
    notes = NotesStore().article(app.document.digest, app.document.text, app.document.source)
    assert [b.start for b in notes.bookmarks()] == [kit.ARTICLE.index("The court met")]


async def test_a_notes_file_damaged_while_reading_is_kept_and_the_notes_saved_again(kit, make_app, nutgraf_home):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await put_cursor(app, pilot, "The court met")
        await pilot.press("b")
        await kit.saved_to_disk(app, pilot)
        (nutgraf_home / "notes.json").write_text('{"articles": {"1": {"id": "x"}}}')
        await put_cursor(app, pilot, "Mr Trump signed")
        await pilot.press("b")
        await kit.saved_to_disk(app, pilot)
        assert any("was damaged" in m and "saved again" in m for m in notifications(app))
        assert len(entries(app)) == 2
    (aside,) = nutgraf_home.glob("notes.json.corrupt-*")
    assert aside.read_text() == '{"articles": {"1": {"id": "x"}}}'
    assert len(NotesStore().article(app.document.digest, app.document.text, app.document.source).bookmarks()) == 2


async def test_two_readers_on_one_article_see_each_others_notes(kit, make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        other = NotesStore().article(app.document.digest, app.document.text, app.document.source)
        start = kit.ARTICLE.index("The court met")
        other.add_bookmark("sentence", start, start + len("The court met in The Hague."))
        other.add_note("sentence", start, start + len("The court met in The Hague."), "theirs")
        app._check_notes()  # as its timer would
        await kit.saved_to_disk(app, pilot)
        (entry,) = entries(app)
        assert entry.bookmark and entry.note.body == "theirs"
        # b on the sentence now removes their bookmark rather than adding a second.
        await put_cursor(app, pilot, "The court met")
        await pilot.press("b")
        await kit.saved_to_disk(app, pilot)
        assert entries(app)[0].bookmark is None
        other.add_note("sentence", 0, 10, "written just now")
        await pilot.press("e")
        await kit.saved_to_disk(app, pilot)
        await app.workers.wait_for_complete()
    text = (tmp_path / "fixture-notes.md").read_text()
    assert "theirs" in text and "written just now" in text
