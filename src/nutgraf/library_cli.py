"""`nutgraf library [--json]`: the articles read, most recent first."""
from __future__ import annotations

import argparse
import sys

from .cli import Parser, say
from .textclean import clip, for_terminal, json_for_terminal

EXIT_ERROR = 2


def parser() -> argparse.ArgumentParser:
    p = Parser(prog="nutgraf library",
               description="List the articles opened in the reader, most recently read first: title, "
               "site, date, how far you read, bookmarks and notes, and where it was read from.")
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    return p


def run_library(argv: list[str]) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    from .store.library import Library
    from .store.notes import NotesStore, StoreError

    try:
        store = NotesStore()
        entries = Library(store).entries()
    except StoreError as exc:
        say(str(exc))
        return EXIT_ERROR
    if store.recovered:
        say(f"warning: {store.recovered}")
    if args.json:
        sys.stdout.write(json_for_terminal({"articles": [e.to_json() for e in entries]}, indent=2) + "\n")
        return 0
    if not entries:
        print(for_terminal(f"No articles read yet (kept in {store.path}); open one with: nutgraf PATH or URL"))
        return 0
    for e in entries:
        date = e.date or e.published or "no date"
        read = f"{e.read_percent}% read" if e.read_percent is not None else "not read far"
        counts = f"{e.bookmarks} bookmark{'s' * (e.bookmarks != 1)}, {e.notes} note{'s' * (e.notes != 1)}"
        print(for_terminal(f"{e.last_read[:10]}  {clip(e.label, 60)}" + (f" · {e.site}" if e.site else "")))
        print(for_terminal(f"            {date} · {read} · {counts} · {e.source or ''}"))
    return 0
