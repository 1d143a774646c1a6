"""The readable report of `nutgraf analyze`: one Rich table per section."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .analysis.model import Analysis
from .analysis.timeline_labels import label as timeline_label
from .documents import Document
from .textclean import clip, for_terminal


def _t(s: str | None, limit: int = 90) -> Text:
    # Article text goes in as Text, never as markup, with its control characters inert.
    return Text(clip(for_terminal(s or ""), limit))


def print_report(result: Analysis, doc: Document, console: Console | None = None) -> None:
    console = console or Console()
    date = result.reference_date or "unknown"
    how = {"given": "given", "article": "stated in the article"}.get(result.reference_source or "", "")
    if doc.title:
        console.print(_t(doc.title, 200), style="bold")
    byline = " · ".join(x for x in (doc.byline, doc.site) if x)
    if byline:
        console.print(_t(byline, 200))
    console.print(Text(f"{for_terminal(doc.name)} · publication date {date}" + (f" ({how})" if how else "")))

    t = Table(title=f"Actors ({len(result.actors)})", title_justify="left")
    for col in ("name", "kind", "mentions", "role"):
        t.add_column(col, justify="right" if col == "mentions" else "left")
    for a in result.actors:
        t.add_row(_t(a.name), a.kind, str(len(a.mentions)), _t(a.role))
    console.print(t)

    rows = [q for q in result.quotes if q.repeat_of is None]
    t = Table(title=f"Quotes ({len(rows)})", title_justify="left")
    t.add_column("speaker")
    t.add_column("kind")
    t.add_column("quote")
    for q in rows:
        kind = q.kind + (f" ×{len(q.repeats) + 1}" if q.repeats else "")
        kind += " (speakers differ)" if q.speaker_differs else ""
        t.add_row(_t(q.speaker_name or "unattributed", 40), kind, _t(q.text, 100))
    console.print(t)

    t = Table(title=f"Reported speech ({len(result.indirect_quotes)})", title_justify="left")
    t.add_column("speaker")
    t.add_column("cue")
    t.add_column("paraphrase")
    for q in result.indirect_quotes:
        t.add_row(_t(q.speaker_name or "unattributed", 40), _t(q.cue), _t(q.text, 100))
    console.print(t)

    _print_sources(result, console)

    t = Table(title=f"Numbers ({len(result.numbers)})", title_justify="left")
    t.add_column("as written")
    t.add_column("value", justify="right")
    t.add_column("counts")
    for n in result.numbers:
        value = "" if n.value is None else f"{n.value:,.10g}"
        t.add_row(_t(n.text, 40), ("≈ " if n.approximate else "") + value, _t(n.counts, 50))
    console.print(t)

    t = Table(title=f"Timeline ({len(result.timeline)})", title_justify="left")
    t.add_column("date")
    t.add_column("TIMEX3")
    t.add_column("as written")
    t.add_column("event")
    for e in result.timeline:
        t.add_row(_t(timeline_label(e.value, e.type), 30), _t(e.value), _t(e.text, 30), _t(e.event, 80))
    console.print(t)

    t = Table(title=f"Possible conflicts ({len(result.conflicts)})", title_justify="left")
    t.add_column("kind")
    t.add_column("why")
    for c in result.conflicts:
        t.add_row(c.kind, _t(c.reason, 120))
    console.print(t)


def _print_sources(result: Analysis, console: Console) -> None:
    t = Table(title=f"Sources ({len(result.sources)})", title_justify="left")
    t.add_column("source")
    t.add_column("status")
    t.add_column("kind / role")
    # Reported speech apart: it holds none of the source's own words.
    for column in ("quotes", "words", "paraphrases"):
        t.add_column(column, justify="right")
    for s in result.sources:
        kind = " · ".join(x for x in (s.kind, s.role) if x)
        said = (len(s.quotes) - s.paraphrases(), s.words, s.paraphrases())
        t.add_row(_t(s.name, 50), s.status.replace("_", " "), _t(kind, 50), *map(str, said))
    console.print(t)
