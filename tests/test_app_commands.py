"""The reader's keys beyond reading: y copies with attribution, the command palette, where n/N
is in the evidence, and what a key with nothing to do says."""
from __future__ import annotations

import pytest
from textual.command import CommandList, CommandPalette

from nutgraf.app.bars import StatusLine
from nutgraf.app.modals import DateScreen
from nutgraf.app.reader import NutgrafApp
from nutgraf.documents import Document

SITE = "The Example Times"


def notifications(app) -> list[str]:
    return [n.message for n in app._notifications]


def evidence_shown(app) -> str:
    return app.query_one(StatusLine).shown("evidence")


@pytest.fixture
def site_app(kit, app_analysis):
    document = Document(text=kit.ARTICLE, source="fixture.txt", name="fixture.txt", encoding="utf-8",
                        title="Court pledges to defy sanctions", site=SITE)
    return NutgrafApp(document, analyzer=kit.fake_analyzer(app_analysis))


@pytest.mark.parametrize("keys,copied", [
    (["2"], f"“We will not be intimidated,” said International Criminal Court, {SITE}, 2025-02-07"),
    (["2", "down"], f"“no authority” (unattributed), {SITE}, 2025-02-07"),
    (["1"], f"Donald Trump, US President, {SITE}, 2025-02-07"),
    (["3", "down"], "about 1,200 people affected (≈ 1,200): “Mr Trump signed the order on Thursday, and about "
                    f"1,200 people were affected, a White House official said.”, {SITE}, 2025-02-07"),
    (["4", "down"], f"Thursday = 2025-02-06: order signed, {SITE}, 2025-02-07"),
])
async def test_y_copies_the_selected_item_with_its_attribution(kit, site_app, lasting_notices, keys, copied):
    app = site_app
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press(*keys, "y")
        await pilot.pause()
        assert app.clipboard == copied
        assert notifications(app)[-1].startswith("Copied: " + copied[:40])


async def test_y_in_the_article_copies_the_sentence_made_inert(kit, site_app, lasting_notices):
    app = site_app
    async with app.run_test(size=kit.SMALL) as pilot:
        await kit.ready(app, pilot)
        app.article.set_cursor(app.article.sentence_at(kit.ARTICLE.index("The court met")))
        await pilot.press("y")
        assert app.clipboard == f"“The court met in The Hague.”, {SITE}, 2025-02-07"
        # An escape sequence in the article is pasted as its escape, never raw.
        app.article.set_cursor(app.article.sentence_at(kit.ARTICLE.index("A reader wrote")))
        await pilot.press("y")
        assert "\\x1b[2J" in app.clipboard
        kit.assert_inert(app.clipboard, "the clipboard")


async def test_y_on_a_notes_entry_copies_its_item(kit, site_app):
    app = site_app
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("2", "b")
        await kit.saved_to_disk(app, pilot)
        await pilot.press("5", "y")
        assert app.clipboard.startswith("“We will not be intimidated,” said International Criminal Court")


async def test_n_and_N_show_which_mention_of_how_many(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        assert evidence_shown(app) == ""
        await pilot.press("1")  # Donald Trump: three mentions
        assert evidence_shown(app) == "mention 1 of 3"
        await pilot.press("n")
        assert evidence_shown(app) == "mention 2 of 3"
        await pilot.press("N", "N")
        assert evidence_shown(app) == "mention 3 of 3"
        await pilot.press("2")  # a quote: its words and its speaker
        assert evidence_shown(app) == "evidence 1 of 2"
        await pilot.press("slash", "T", "r", "u", "m", "p")
        assert evidence_shown(app) == "match 1 of 3"
        await pilot.press("enter")
        assert evidence_shown(app) == "match 2 of 3"
        await pilot.press(*["backspace"] * 5)
        assert evidence_shown(app) == ""


async def test_keys_with_nothing_to_do_here_say_why(kit, make_app, lasting_notices):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        # Nothing highlighted: n and N are dimmed in the footer and say so.
        assert not app.screen.active_bindings["n"].enabled
        await pilot.press("n")
        assert notifications(app)[-1].startswith("Nothing highlighted to step through")
        await pilot.press("x")
        assert notifications(app)[-1] == "x works in a panel (1-4): Mark the item as wrong: the analysis leaves it out"
        await pilot.press("r")
        assert notifications(app)[-1] == "r works in the Actors panel (1): Rename the actor"
        await pilot.press("enter")
        assert notifications(app)[-1] == "⏎ works in a panel (1-4): Read from the highlighted evidence"
        await pilot.press("1", "f")
        assert notifications(app)[-1] == "f works in the Quotes panel (2): Only unattributed quotes / all quotes"
        assert app.screen.active_bindings["n"].enabled
        count = len(notifications(app))
        # Where they work, they work and say nothing of the sort.
        await pilot.press("2", "f", "n")
        assert len(notifications(app)) == count
        assert app.query_one("#panel-quote").only_unattributed


async def palette_commands(app, pilot) -> list[str]:
    await pilot.press("ctrl+p")
    await pilot.pause(0.3)
    assert isinstance(app.screen, CommandPalette)
    results = app.screen.query_one(CommandList)
    return [str(results.get_option_at_index(i).prompt).splitlines()[0] for i in range(results.option_count)]


async def test_the_palette_has_a_command_for_every_reader_key(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        shown = await palette_commands(app, pilot)
        for name in ("Go to the Actors panel", "Go to the Quotes panel", "Go to the Numbers panel",
                     "Go to the Timeline panel", "Go to the Notes panel (your bookmarks and notes)",
                     "Next evidence", "Previous evidence", "Find in the article", "Help: every key",
                     "Set the publication date (the timeline is resolved again)",
                     "Export the notes, with what the analysis found, as Markdown",
                     "Copy the selected item or sentence with its attribution (speaker, role, site, date)",
                     "Undo the last change to bookmarks, notes and corrections (again: the one before)",
                     "Sourcing: who is quoted, how much, and who is not", "Quit"):
            assert name in shown
        assert shown.count("Quit") == 1 and "Keys" not in shown


async def test_a_palette_command_runs_what_its_key_runs(kit, make_app, lasting_notices):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await palette_commands(app, pilot)
        await pilot.press(*"publication", "enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, DateScreen)
        await pilot.press("escape")
        await palette_commands(app, pilot)
        await pilot.press(*"numbers", "enter")
        await pilot.pause(0.3)
        assert app.focused is app.query_one("#panel-number")
        # A command with nothing to act on says why, as its key does.
        await palette_commands(app, pilot)
        await pilot.press(*"undo", "enter")
        await pilot.pause(0.3)
        assert notifications(app)[-1] == "Nothing to undo"


async def test_y_typed_right_after_5_copies_the_first_notes_entry(kit, site_app):
    # "5y" arriving in one read of the terminal: the Notes panel has its first entry
    # highlighted before y asks for it.
    from textual import events

    app = site_app
    async with app.run_test(size=kit.SMALL) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("3", "b")
        await kit.saved_to_disk(app, pilot)
        for key in ("5", "y"):
            app.post_message(events.Key(key, key))
        await pilot.pause()
        await pilot.pause()
        assert app.clipboard.startswith("125 member states (125): “The International Criminal Court")


async def test_y_copies_a_partial_quote_and_a_bookmarked_paraphrase_as_what_they_are(kit, reported_analysis):
    from nutgraf.store.notes import NotesStore

    document = Document(text=kit.ARTICLE, source="fixture.txt", name="fixture.txt", encoding="utf-8", site=SITE)
    paraphrase = reported_analysis.indirect_quotes[1]
    # A bookmark on reported speech (as a claims view makes), saved before the reader opens.
    NotesStore().article(document.digest, document.text, document.source).add_bookmark("quote", *paraphrase.span)
    app = NutgrafApp(document, analyzer=kit.fake_analyzer(reported_analysis))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("2", "down", "y")
        assert app.clipboard == f"“no authority” (quoted in part from Donald Trump, US President), {SITE}, 2025-02-07"
        await pilot.press("5", "y")
        assert app.clipboard == ("Donald Trump, US President, said that the ICC had “no authority” over Americans"
                                 f" ({SITE}, 2025-02-07)")


async def test_y_on_a_row_of_the_sources_copies_the_source_line(kit, reported_analysis):
    document = Document(text=kit.ARTICLE, source="fixture.txt", name="fixture.txt", encoding="utf-8", site=SITE)
    app = NutgrafApp(document, analyzer=kit.fake_analyzer(reported_analysis))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("s", "y")
        assert app.clipboard == f"Donald Trump, US President: 1 quote, 1 paraphrase (2 words), {SITE}, 2025-02-07"
        await pilot.press("down", "y")
        assert app.clipboard == f"International Criminal Court: 1 quote (5 words), {SITE}, 2025-02-07"
        await pilot.press("end", "y")  # named, never quoted
        assert app.clipboard == f"White House: never quoted, {SITE}, 2025-02-07"


async def test_the_notes_panel_says_which_kind_of_quote_a_bookmark_is_on(kit, reported_analysis):
    from nutgraf.app.notes_panel import NotesPanel
    from nutgraf.store.notes import NotesStore

    document = Document(text=kit.ARTICLE, source="fixture.txt", name="fixture.txt", encoding="utf-8", site=SITE)
    notes = NotesStore().article(document.digest, document.text, document.source)
    # Bookmarks on reported speech and on a partial quote (as a claims view makes them), and on a number.
    for item in (reported_analysis.indirect_quotes[1], reported_analysis.quotes[1]):
        notes.add_bookmark("quote", *item.span)
    notes.add_bookmark("number", *reported_analysis.numbers[0].span)
    app = NutgrafApp(document, analyzer=kit.fake_analyzer(reported_analysis))
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        panel = app.query_one(NotesPanel)
        shown = [str(panel.prompt(index)).split()[1:3] for index in range(panel.count)]
        assert shown == [["number", "125"], ["paraphrase", "the"], ["partial", "quote"]]
