"""Corrections: applied to the analysis by the pure core, stored in the notes store anchored
like notes, so they hold after the article is edited and analysed again."""
import hashlib
import json

import pytest

from nutgraf.analysis.claims import derive
from nutgraf.analysis.corrections import Correction, apply
from nutgraf.store.notes import NotesStore
from nutgraf.store.schema import SchemaError, validate


def fix(op, kind, span, other=None, value=None, id="c1"):
    return Correction(id, op, kind, span, other, value)


def test_rename_names_the_actor_and_its_quotes_and_keeps_the_old_name_as_alias(kit):
    analysis = kit.make_analysis()
    court = analysis.actors[0].mentions[0]
    fixed, missed = apply(analysis, [fix("rename", "actor", court, value="ICC")])
    assert missed == []
    assert fixed.actors[0].name == "ICC" and "International Criminal Court" in fixed.actors[0].aliases
    assert fixed.quotes[0].speaker_name == "ICC"
    # The analysis given is untouched: the reader keeps it to apply the corrections again.
    assert analysis.actors[0].name == "International Criminal Court"
    assert analysis.quotes[0].speaker_name == "International Criminal Court"


def test_merge_joins_mentions_and_quotes(kit):
    analysis = kit.make_analysis()
    trump, white_house = analysis.actors[1], analysis.actors[2]
    fixed, missed = apply(analysis, [fix("merge", "actor", trump.mentions[1], other=white_house.mentions[0])])
    assert missed == []
    assert [a.name for a in fixed.actors] == ["International Criminal Court", "Donald Trump"]
    assert set(white_house.mentions) < set(fixed.actors[1].mentions)
    assert "White House" in fixed.actors[1].aliases
    assert len(analysis.actors) == 3


def test_split_makes_an_actor_of_one_mention_and_moves_its_quotes(kit):
    analysis = kit.make_analysis()
    court = analysis.actors[0]
    said = court.mentions[1]  # "court" in "the court said": the speaker of q1
    fixed, missed = apply(analysis, [fix("split", "actor", said, value="The court's registrar")])
    assert missed == []
    new = fixed.actors[1]
    assert new.name == "The court's registrar" and new.mentions == [said] and new.kind == "organization"
    assert said not in fixed.actors[0].mentions
    assert fixed.quotes[0].speaker == new.id and fixed.quotes[0].speaker_name == "The court's registrar"


def test_kind_speaker_and_wrong(kit):
    analysis = kit.make_analysis()
    white_house, trump = analysis.actors[2], analysis.actors[1]
    q1, q2 = analysis.quotes
    fixed, missed = apply(analysis, [
        fix("kind", "actor", white_house.mentions[0], value="place", id="k"),
        fix("speaker", "quote", q2.span, other=trump.mentions[2], id="s"),
        fix("wrong", "actor", analysis.actors[0].mentions[0], id="w"),  # the court: its quote loses it
        fix("wrong", "number", analysis.numbers[1].span, id="n"),
    ])
    assert missed == []
    assert fixed.actor("a3").kind == "place"
    assert (fixed.quotes[1].speaker, fixed.quotes[1].speaker_name) == ("a2", "Donald Trump")
    assert fixed.actor("a1") is None and fixed.quotes[0].speaker is None and fixed.quotes[0].speaker_name is None
    assert [n.text for n in fixed.numbers] == ["125"]


def test_a_correction_that_finds_nothing_is_reported_not_applied(kit):
    analysis = kit.make_analysis()
    filler = kit.span(analysis.text, "Filler paragraph 3")
    fixed, missed = apply(analysis, [fix("rename", "actor", filler, value="X", id="gone"),
                                     fix("kind", "actor", analysis.actors[0].mentions[0], value="weather", id="bad"),
                                     fix("teleport", "actor", analysis.actors[0].mentions[0], id="later")])
    assert missed == ["gone", "bad", "later"]
    assert fixed.to_json() == derive(kit.make_analysis()).to_json()


def test_claims_and_sources_follow_the_corrections(kit):
    analysis = kit.make_analysis()
    trump = analysis.actors[1]
    fixed, _ = apply(analysis, [fix("speaker", "quote", analysis.quotes[1].span, other=trump.mentions[0])])
    assert {c.name: c.quotes for c in fixed.claims} == {"International Criminal Court": ["q1"],
                                                        "Donald Trump": ["q2"]}
    assert [s.name for s in fixed.sources if s.status == "no_speaker"] == []


def digest(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_stored_corrections_survive_an_edit_and_a_new_analysis(kit):
    text = kit.ARTICLE
    notes = NotesStore().article(digest(text), text, "article.txt")
    analysis = kit.make_analysis(text)
    trump, white_house = analysis.actors[1], analysis.actors[2]
    notes.add_correction("merge", "actor", *trump.mentions[0], other=white_house.mentions[0])
    notes.add_correction("speaker", "quote", *analysis.quotes[1].span, other=trump.mentions[0])

    # A paragraph added at the top moves every offset; the analysis of the new text has new spans.
    edited = "Editor's note: this story was updated.\n" + text
    again = NotesStore().article(digest(edited), edited, "article.txt")
    corrections = [c.applicable() for c in again.corrections()]
    assert [c.op for c in corrections] == ["merge", "speaker"]
    fixed, missed = apply(kit.make_analysis(edited), corrections)
    assert missed == []
    assert [a.name for a in fixed.actors] == ["International Criminal Court", "Donald Trump"]
    assert fixed.quotes[1].speaker_name == "Donald Trump"


def test_a_correction_whose_text_is_gone_is_kept_and_not_applied(kit):
    text = kit.ARTICLE
    notes = NotesStore().article(digest(text), text, "article.txt")
    notes.add_correction("wrong", "number", *kit.span(text, "about 1,200"))
    other = text.replace("about 1,200 people were affected", "nobody was")
    (kept,) = NotesStore().article(digest(other), other, "article.txt").corrections()
    assert kept.orphaned and kept.applicable() is None and kept.exact == "about 1,200"


def test_corrections_apply_in_the_order_they_were_made_even_within_one_second(kit):
    # A rename then a merge of the renamed row is not the merge then the rename: the text
    # order, which the store sorts its other records by, is not the order of making.
    text = kit.ARTICLE
    notes = NotesStore().article(digest(text), text, "article.txt")
    first = notes.add_correction("rename", "actor", *kit.span(text, "White House"), value="The White House")
    second = notes.add_correction("wrong", "number", *kit.span(text, "about 1,200"))
    assert kit.span(text, "about 1,200") < kit.span(text, "White House")
    assert [c.id for c in NotesStore().article(digest(text), text).corrections()] == [first.id, second.id]


def test_remove_and_restore_a_correction(kit):
    text = kit.ARTICLE
    notes = NotesStore().article(digest(text), text, "article.txt")
    made = notes.add_correction("rename", "actor", *kit.span(text, "White House"), value="The White House")
    removed = notes.remove_correction(made.id)
    assert removed == made and notes.corrections() == []
    notes.restore(removed)
    assert NotesStore().article(digest(text), text).corrections() == [made]
    # Corrections are no bookmarks, notes or orphans.
    assert notes.bookmarks() == notes.notes() == notes.orphans() == []


def test_the_file_is_checked_whole(kit, nutgraf_home):
    text = kit.ARTICLE
    notes = NotesStore().article(digest(text), text, "article.txt")
    notes.add_correction("merge", "actor", *kit.span(text, "Mr Trump"), other=kit.span(text, "White House"))
    data = json.loads((nutgraf_home / "notes.json").read_text())
    validate(data)
    (doc,) = data["annotations"].values()
    assert doc["type"] == "correction" and doc["op"] == "merge" and doc["other"]["selector"]
    for broken in ({"op": 3}, {"value": ["x"]}, {"other": "nowhere"}, {"other": {"selector": []}}):
        bad = json.loads(json.dumps(data))
        next(iter(bad["annotations"].values())).update(broken)
        with pytest.raises(SchemaError):
            validate(bad)


def test_analyze_corrections_applies_the_saved_ones_and_says_how_many(kit, tmp_path, capsys):
    from nutgraf.cli import corrected
    from nutgraf.documents import load

    path = tmp_path / "article.txt"
    path.write_text(kit.ARTICLE, encoding="utf-8")
    doc = load(path)
    notes = NotesStore().article(doc.digest, doc.text, doc.source)
    notes.add_correction("rename", "actor", *kit.span(doc.text, "White House"), value="The White House")
    notes.add_correction("wrong", "actor", *kit.span(doc.text, "Filler paragraph 2"))
    fixed = corrected(kit.make_analysis(doc.text), doc)
    assert [a.name for a in fixed.actors][-1] == "The White House"
    assert "1 correction(s) applied, 1 found nothing to correct" in capsys.readouterr().err


def test_analyze_corrections_is_for_one_article(capsys):
    from nutgraf.cli import main

    assert main(["analyze", "--jsonl", "records.jsonl", "--corrections"]) == 2
    assert "--corrections applies to one ARTICLE" in capsys.readouterr().err
