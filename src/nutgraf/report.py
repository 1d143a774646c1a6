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

    t = Table(title=f"Quotes ({len(result.quotes)})", title_justify="left")
    t.add_column("speaker")
    t.add_column("quote")
    for q in result.quotes:
        t.add_row(_t(q.speaker_name or "unattributed", 40), _t(q.text, 100))
    console.print(t)

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
