"""The reader end to end with the real spaCy pipeline on the sample article (slower). The
extraction changes, so only its broad outcome is asserted."""
from __future__ import annotations

from pathlib import Path

import pytest

from nutgraf.app.reader import NutgrafApp
from nutgraf.documents import load

pytestmark = pytest.mark.model  # every test here, or most, runs spaCy

SAMPLE = Path(__file__).parents[1] / "sample_articles" / "icc-sanctions.txt"


async def test_the_sample_article_with_the_real_analysis(kit):
    app = NutgrafApp(load(SAMPLE))
    async with app.run_test(size=(140, 40)) as pilot:
        await kit.ready(app, pilot)
        assert app.analysis is not None
        actors = kit.prompts(app, "actor")
        trump = next(i for i, p in enumerate(actors) if "Trump" in p)
        await pilot.press("1", *["down"] * trump)
        await pilot.pause()
        view = app.article
        assert view.evidence_kind == "actor"
        assert len(view.evidence) >= 2
        assert all("Trump" in view.text[s:e] for s, e in view.evidence)
        shown = kit.runs(view, "article-view--current") + kit.runs(view, "article-view--actor")
        assert any("Trump" in text for text in shown)
        await pilot.press("n")
        assert view.evidence_index == 1
