"""Corrections in the reader: made from the keyboard, shown in the panels and the Notes panel,
undone with u, and found again by a new reader on the same article."""
from __future__ import annotations

from textual.widgets import Input

from nutgraf.app.modals import ChoiceScreen, TextScreen
from nutgraf.app.notes_panel import NotesPanel


def first_part(kit, app, kind: str) -> list[str]:
    """What each row shows first, after the marker: a name, a speaker, a number."""
    return [row[2:].split("  ")[0] for row in kit.prompts(app, kind)]


def actors(kit, app) -> list[str]:
    return first_part(kit, app, "actor")


def corrections(app) -> list[str]:
    return [f"{'fixed' if e.applied else 'not applied'} {e.text}" for e in app.query_one(NotesPanel).entries
            if e.correction]


async def rename(kit, app, pilot, name: str) -> None:
    await pilot.press("r")
    assert isinstance(app.screen, TextScreen)
    assert app.screen.query_one(Input).value == "Donald Trump"
    await pilot.press("ctrl+u", *("space" if c == " " else c for c in name), "enter")
    await kit.saved_to_disk(app, pilot)


async def test_rename_shows_at_once_is_undone_and_kept(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("1")  # Donald Trump highlighted: the most mentions, first by name
        await rename(kit, app, pilot, "President Trump")
        # Ordered by mentions, then by name: the new name sorts after the court.
        assert actors(kit, app) == ["International Criminal Court", "President Trump", "White House"]
        assert corrections(app) == ["fixed renamed: “Donald Trump” → President Trump"]
        await pilot.press("u")
        await kit.saved_to_disk(app, pilot)
        assert actors(kit, app)[0] == "Donald Trump" and corrections(app) == []
        await rename(kit, app, pilot, "Trump")
        await pilot.press("q")

    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await kit.until(pilot, lambda: corrections(app))
        assert actors(kit, app)[1] == "Trump"
        assert corrections(app) == ["fixed renamed: “Donald Trump” → Trump"]


async def test_speaker_merge_split_and_kind(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        # The unattributed quote: said by Donald Trump (second in the list, after "no speaker").
        await pilot.press("2", "j", "w")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("down", "enter")
        await kit.saved_to_disk(app, pilot)
        assert first_part(kit, app, "quote") == ["International Criminal Court", "Donald Trump"]
        assert [c.name for c in app.analysis.claims] == ["International Criminal Court", "Donald Trump"]

        # The White House is the same actor as Donald Trump (a test, not a claim).
        await pilot.press("1", "m", "down", "enter")
        await kit.saved_to_disk(app, pilot)
        assert actors(kit, app) == ["Donald Trump", "International Criminal Court"]

        # "Mr Trump", the second mention, split off as an actor of its own.
        await pilot.press("1", "n", "p")
        assert app.screen.query_one(Input).value == "Mr Trump"
        await pilot.press("enter")
        await kit.saved_to_disk(app, pilot)
        assert "Mr Trump" in actors(kit, app)

        await pilot.press("t", "down", "down", "down", "enter")  # Donald Trump is a "group"
        await kit.saved_to_disk(app, pilot)
        assert app.analysis.actor("a2").kind == "group"
        assert len(corrections(app)) == 4


async def test_wrong_item_is_left_out_and_the_notes_panel_removes_the_correction(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("3", "x")
        await kit.saved_to_disk(app, pilot)
        assert first_part(kit, app, "number") == ["about 1,200 ≈"]
        assert corrections(app) == ["fixed wrong: “125”"]
        await pilot.press("5", "x")
        await kit.saved_to_disk(app, pilot)
        assert len(kit.prompts(app, "number")) == 2 and corrections(app) == []
        await pilot.press("u")
        await kit.saved_to_disk(app, pilot)
        assert len(kit.prompts(app, "number")) == 1


async def test_a_split_needs_a_mention_and_says_so(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("1", "end", "p")  # White House: one mention
        await pilot.pause()
        assert "White House has one mention: nothing to split off" in [n.message for n in app._notifications]
        assert not isinstance(app.screen, TextScreen)


async def test_help_lists_the_correction_keys(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("question_mark")
        shown = " ".join(str(s.render()) for s in app.screen.query(".help-row, .help-keys, .help-section"))
        for words in ("Actors panel", "Rename the actor", "Merge another actor into this one",
                      "Split the highlighted mention off", "Change the kind", "Mark the item as wrong",
                      "Who said it", "Claims: what the actor is quoted"):
            assert words in shown


async def test_choosing_the_speaker_a_quote_has_saves_nothing(kit, make_app):
    app = make_app()
    async with app.run_test(size=kit.WIDE) as pilot:
        await kit.ready(app, pilot)
        await pilot.press("2", "w", "enter")  # the court's quote: the court is chosen already
        await kit.saved_to_disk(app, pilot)
        assert corrections(app) == [] and not isinstance(app.screen, ChoiceScreen)


async def test_a_long_choice_of_speakers_filters_as_you_type(kit):
    # An article with 40 actors: the speaker dialog keeps those holding the words typed.
    from textual.app import App
    from textual.widgets import OptionList

    names = ["(no speaker)", *(f"Official {n}" for n in range(1, 39)), "Donald Trump", "Melania Trump"]
    chosen: list[int | None] = []
    app = App()
    async with app.run_test(size=kit.SMALL) as pilot:
        app.push_screen(ChoiceScreen("Speaker", "Who said it?", names, current=0), chosen.append)
        await pilot.pause()
        dialog = app.screen
        assert isinstance(app.focused, Input)  # typing filters at once
        await pilot.press("t", "r", "u", "m", "p")
        assert [str(o.prompt) for o in dialog.query_one(OptionList).options] == ["Donald Trump", "Melania Trump"]
        assert dialog.query_one("#choice-dialog").border_subtitle.startswith("2 of 41")
        await pilot.press("down", "enter")  # arrows move in the list from the filter
        assert chosen == [names.index("Melania Trump")]

        app.push_screen(ChoiceScreen("Kind", "What is it?", ["person", "organization", "place"]), chosen.append)
        await pilot.pause()
        assert not app.screen.query(Input) and isinstance(app.focused, OptionList)  # a short list: no filter
        await pilot.press("down", "enter")
        assert chosen[-1] == 1
