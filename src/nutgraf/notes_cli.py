"""`nutgraf notes list|export [ARTICLE]`: the notes store printed for a terminal or a tool."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .cli import CliError, Parser, corrected, failure, load_model, say
from .textclean import clip, counted, for_terminal, json_for_terminal

if TYPE_CHECKING:
    from .analysis.model import Analysis
    from .documents import Document
    from .store.notes import ArticleNotes, NotesStore
    from .store.records import Annotation, Bookmark

EXIT_ERROR = 2


def parser() -> argparse.ArgumentParser:
    # nutgraf's Parser (its subcommands' too): a usage error is one line, made inert.
    p = Parser(
        prog="nutgraf notes",
        description="Show or export the bookmarks and notes made in the reader. They are kept in "
        "$NUTGRAF_HOME, else in your user data directory.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="list|export")
    article_help = ("the article file ('-' reads stdin): its notes are checked against its current "
                    "text; without one, every article's notes, as saved")
    ls = sub.add_parser("list", help="list bookmarks, notes and corrections",
                        description="List bookmarks, notes and corrections of the analysis, one a line.")
    ls.add_argument("article", nargs="?", help=article_help)
    ex = sub.add_parser("export", help="print bookmarks and notes as Markdown or JSON",
                        description="Print bookmarks and notes as Markdown (each claim quoted with its "
                        "context, ready for a fact-check) or as JSON for tools. With ARTICLE, each claim "
                        "carries what the analysis found in it (the reader's cached analysis, else the "
                        "analysis is run) and the export lists the sources: who is quoted or "
                        "paraphrased, unnamed sources, quotes with no speaker, those named but never quoted.")
    ex.add_argument("article", nargs="?", help=article_help)
    ex.add_argument("--format", choices=("md", "json"), default="md", help="default: md")
    return p


def run_notes(argv: list[str]) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse has already reported
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR

    from .documents import DocumentError, load, load_stdin
    from .store.notes import NotesStore, StoreError

    analyses: dict[str, Analysis] = {}
    try:
        store = NotesStore()
        if args.article:
            doc = load_stdin(progress=say) if args.article == "-" else load(args.article, progress=say)
            articles = [store.article(doc.digest, doc.text, doc.source)]
            if args.command == "export" and (articles[0].bookmarks() or articles[0].notes()
                                             or articles[0].corrections()):
                if (analysis := article_analysis(doc, store, articles[0])) is not None:
                    analyses[doc.digest] = analysis
        else:
            articles = store.articles()
    except (DocumentError, StoreError, CliError) as exc:  # CliError: no language model
        say(str(exc))
        return EXIT_ERROR
    if store.recovered:
        say(f"warning: {store.recovered}")

    if args.command == "list":
        print_list(articles, store.path)
    elif args.format == "json":
        from .store.export import to_json

        sys.stdout.write(json_for_terminal(to_json(articles, analyses), indent=2) + "\n")
    else:
        from .store.export import markdown

        # Notes and article text can hold escape sequences (a clipboard write, a title).
        sys.stdout.write(for_terminal(markdown(articles, analyses), multiline=True))
    return 0


def article_analysis(doc: Document, store: NotesStore, notes: ArticleNotes) -> Analysis | None:
    """The analysis the reader shows for this article (its `notes` in `store`): its cached
    one, else run now (and cached for the reader), with the reader's corrections; None,
    said, when it fails. Raises CliError when no language model loads."""
    from .analysis.pipeline import installed_model
    from .service import analyse_document, cached_analysis, in_process
    from .store.cache import AnalysisCache
    from .store.dates import article_date

    # The reader resolves the timeline against the date set with d: the export must too.
    date = article_date(store, doc.digest, doc.source)
    cache, model_key = AnalysisCache(), installed_model(None)
    found = cached_analysis(doc, date, cache, model_key)
    if found is None:
        say(f"{doc.name}: analysing the article…")
        model = load_model(None)
        try:
            found, _ = analyse_document(doc, date, in_process(model), cache=cache, model_key=model_key)
        except Exception as exc:  # noqa: BLE001 - an extractor's bug is one line, not a traceback
            say(f"{doc.source}: the analysis failed ({failure(exc)}); the notes are exported without it")
    return None if found is None else corrected(found, doc, asked=False, notes=notes)


def print_list(articles: list[ArticleNotes], path: Path) -> None:
    from .store.notes import Note

    shown = [a for a in articles if a.bookmarks() or a.notes() or a.corrections()]
    if not shown:
        where = f"for {articles[0].source or 'this article'}" if len(articles) == 1 else "yet"
        print(for_terminal(f"No bookmarks, notes or corrections {where} (kept in {path})."))
        return
    for n, art in enumerate(shown):
        if n:
            print()
        nb, nn, no, nc = len(art.bookmarks()), len(art.notes()), len(art.orphans()), len(art.corrections())
        counts = f"{counted(nb, 'bookmark')}, {counted(nn, 'note')}"
        if nc:
            counts += f", {counted(nc, 'correction')}"
        if no:
            counts += f", {no} orphaned"
        print(for_terminal(f"{art.name}  {art.source or ''}  ({counts})"))
        records: list[Bookmark | Note] = art.bookmarks() + art.notes()
        for r in sorted(records, key=lambda r: (r.orphaned, r.start or 0, r.created)):
            what = "note" if isinstance(r, Note) else "bookmark"
            quote = clip(art.text[r.start:r.end] if art.text is not None and not r.orphaned else r.exact, 60)
            line = f"  {what:<10}  {r.kind:<9}  {_where(r):<11}  “{quote}”"
            extra = r.body if isinstance(r, Note) else r.label
            if extra:
                line += f"  {clip(extra, 60)}"
            print(for_terminal(line))
        # In the order they were made, the order they apply in.
        for c in art.corrections():
            print(for_terminal(f"  {'correction':<10}  {c.kind:<9}  {_where(c):<11}  {c.describe()}"))


def _where(r: Annotation) -> str:
    return "orphaned" if r.orphaned else f"{r.start}-{r.end}"

