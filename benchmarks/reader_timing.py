"""One reader timing in a fresh process (run by bench.py): prints a JSON object.

    reader_timing.py ARTICLE [--launched T]          first paint, panels filled, spaCy imported?
    reader_timing.py ARTICLE [--launched T] --keys   key-press latency while the analysis runs
    reader_timing.py ARTICLE [--launched T] --through
        keys sent from a thread (as a terminal's would arrive) every few tens of ms from the
        first paint until the panels show the finished analysis: key-to-handler and
        key-to-screen latency (median, p99, max)
    reader_timing.py --hello [--launched T]          first paint of a hello-world Textual app
    reader_timing.py --library [--launched T]        the library screen: first paint, and the
        first line drawn with every entry of $NUTGRAF_HOME's library listed

T is the wall-clock time (time.time()) at which the parent started this process, so that
the figures include the interpreter's own start; without it they count from this script's
first line. The *_cpu figures are the process's CPU time (all its threads) at the same
frames, from its start: a loaded machine stretches the wall times, much less these. Uses the
app's data directory ($NUTGRAF_HOME), so a second run on the same article opens from the
analysis cache."""
import time

START = time.time()

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402

KEYS = 30
SIZE = (140, 40)


async def measure(path: str, keys: bool, launched: float) -> dict:
    from nutgraf.analysis.pipeline import installed_model
    from nutgraf.app.article_view import ArticleView
    from nutgraf.app.reader import NutgrafApp, spacy_analyzer
    from nutgraf.documents import load

    # What a user sees: the first screen update with a line of the article's text on it
    # (not an empty frame, nor the line drawn but not yet handed to the terminal), and the
    # first once the finished analysis was handed to the panels. (The panels' module is
    # not imported here: the reader imports it after the first paint.)
    article_drawn = []
    render_line = ArticleView.render_line

    def timed_render_line(view, y):
        strip = render_line(view, y)
        if not article_drawn and strip.text.strip():
            article_drawn.append(True)
        return strip

    ArticleView.render_line = timed_render_line
    imported = time.time()
    doc = load(path)
    app = NutgrafApp(doc, analyzer=spacy_analyzer(None), model_key=installed_model(None))
    painted_cpu: list[float] = []
    filled_cpu: list[float] = []
    painted = first_display(app, lambda: bool(article_drawn), painted_cpu)
    filled = first_display(app, lambda: app.analysed, filled_cpu)
    async with app.run_test(size=SIZE) as pilot:
        while not painted:
            await asyncio.sleep(0.002)
        await pilot.pause()
        first_paint = painted[0] - launched
        app_paint = painted[0] - imported
        # Latency is from sending a key to its handler running: what the event loop owes the
        # reader. (Pilot's press also waits for the screen to settle, ~90 ms even when idle.)
        handled = []
        view = app.article
        move = view.action_cursor_down

        def timed_move():
            handled.append(time.perf_counter())
            move()

        view.action_cursor_down = timed_move
        latencies = []
        while not app.analysed:
            if keys and len(latencies) < KEYS:
                before = (app.article.cursor, app.article.scroll_y)
                t = time.perf_counter()
                await pilot.press("j")
                latencies.append((handled[-1] - t) * 1000)
                if (app.article.cursor, app.article.scroll_y) == before and not app.analysed:
                    sys.exit("reader_timing: a key press had no effect")
                await asyncio.sleep(0.1)
            else:
                await asyncio.sleep(0.005)
        for _ in range(400):
            if filled:
                break
            await asyncio.sleep(0.005)
        else:
            sys.exit("reader_timing: the panels did not draw the finished analysis")
        panels = filled[0] - launched
        idle = []  # the same keys once the analysis is done: the floor of a key press
        if keys:
            for _ in range(10):
                t = time.perf_counter()
                await pilot.press("j")
                idle.append((handled[-1] - t) * 1000)
    out = {"first_paint": first_paint, "app_paint": app_paint, "imports": imported - launched, "panels": panels,
           "first_paint_cpu": painted_cpu[0], "panels_cpu": filled_cpu[0],
           "spacy_imported": "spacy" in sys.modules, "words": len(doc.text.split())}
    if keys:
        out.update(keys=len(latencies), key_median_ms=statistics.median(latencies) if latencies else float("nan"),
                   key_max_ms=max(latencies, default=float("nan")), idle_median_ms=statistics.median(idle))
    return out


def first_display(app, showing=lambda: True, cpu: list[float] | None = None) -> list[float]:
    """Times at which the screen was drawn, once showing() is true: the compositor has
    rendered an update and hands it to the driver (which, headless, writes nothing). With
    `cpu`, the process's CPU time at each (all its threads, from its start): what it took
    however loaded the machine, which wall times are not."""
    shown: list[float] = []
    display = app._display

    def timed_display(screen, renderable):
        display(screen, renderable)
        if renderable is not None and not app._batch_count and showing():
            shown.append(time.time())
            if cpu is not None:
                cpu.append(time.process_time())

    app._display = timed_display
    return shown


async def hello(launched: float) -> dict:
    """The floor of a first paint: the smallest Textual app, started the way the reader is."""
    from textual.app import App
    from textual.widgets import Static

    class Hello(App[None]):
        def compose(self):
            yield Static("Hello, world")

    imported = time.time()
    app = Hello()
    cpu: list[float] = []
    shown = first_display(app, cpu=cpu)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
    return {"first_paint": shown[0] - launched, "first_paint_cpu": cpu[0], "imports": imported - launched}


async def library(launched: float) -> dict:
    """The library screen (nutgraf with no argument): its first paint, and the first time
    the table draws a line once every entry is in it."""
    from nutgraf.app.library_list import LibraryList
    from nutgraf.app.library_screen import LibraryApp

    listed: list[float] = []
    render_line = LibraryList.render_line

    def timed_render_line(view, y):
        if not listed and view.entries and len(view.entries) == len(view.app.entries):
            listed.append(time.time())
        return render_line(view, y)

    LibraryList.render_line = timed_render_line
    imported = time.time()
    app = LibraryApp()
    shown = first_display(app)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(2000):
            if listed:
                break
            await asyncio.sleep(0.002)
        else:
            sys.exit("reader_timing: the library did not list its entries")
        await pilot.pause()
    return {"first_paint": shown[0] - launched, "listed": listed[0] - launched, "after_paint": listed[0] - shown[0],
            "entries": len(app.entries), "imports": imported - launched}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else float("nan")


async def through(path: str, launched: float, gap: float = 0.04, after: float = 1.0) -> dict:
    """Keys from a thread from the first paint until `after` seconds past the panels showing
    the finished analysis (from the cache, if $NUTGRAF_HOME has it)."""
    import random
    import threading

    from textual import events

    from nutgraf.analysis.pipeline import installed_model
    from nutgraf.app.reader import NutgrafApp, spacy_analyzer
    from nutgraf.documents import load

    imported = time.time()
    doc = load(path)
    app = NutgrafApp(doc, analyzer=spacy_analyzer(None), model_key=installed_model(None))
    shown = first_display(app)
    sent: list[float] = []
    handled: list[float] = []
    # The reader process's CPU time (all its threads, not the analysis child's) at each send
    # and handling: what it did meanwhile, whatever else the machine was running.
    sent_cpu: list[float] = []
    handled_cpu: list[float] = []
    # The UI thread's own CPU time at each send and handling: apart from the other threads'
    # (the analysis worker's), what a key waited behind on the UI thread itself.
    ui_clock = time.pthread_getcpuclockid(threading.get_ident())
    sent_ui: list[float] = []
    handled_ui: list[float] = []
    drawn: list[float] = []  # per key: the first screen update after its handler ran
    analysed: list[float] = []  # the first screen update showing the finished analysis
    analysed_cpu: list[float] = []  # the process's CPU time then
    done = threading.Event()

    def send_keys() -> None:
        rng = random.Random(18)
        while not done.is_set():
            key = events.Key("j", "j")
            key.set_sender(app)
            sent_cpu.append(time.process_time())
            sent_ui.append(time.clock_gettime(ui_clock))
            sent.append(time.perf_counter())
            app.post_message(key)
            time.sleep(gap * (0.5 + rng.random()))

    async with app.run_test(size=SIZE) as pilot:
        view = app.article
        move = view.action_cursor_down

        def timed_move():
            handled.append(time.perf_counter())
            handled_cpu.append(time.process_time())
            handled_ui.append(time.clock_gettime(ui_clock))
            move()

        view.action_cursor_down = timed_move
        display = app._display

        def timed_display(screen, renderable):
            display(screen, renderable)
            if renderable is not None:
                now = time.perf_counter()
                drawn.extend([now] * (len(handled) - len(drawn)))
                if app.analysed and not analysed:
                    analysed.append(time.time())
                    analysed_cpu.append(time.process_time())

        app._display = timed_display
        while not shown:
            await asyncio.sleep(0.002)
        sender = threading.Thread(target=send_keys, daemon=True)
        sender.start()
        while not analysed:
            await asyncio.sleep(0.01)
        await asyncio.sleep(after)
        done.set()
        sender.join()
        await pilot.pause()
        await asyncio.sleep(0.1)
    n = min(len(handled), len(drawn))
    wall_zero, launched_zero = time.perf_counter(), time.time() - launched

    def waits(sent_at: list[float], reached: list[float]) -> list[float]:  # per key, in ms
        return [(r - s) * 1000 for s, r in zip(sent_at, reached[:n], strict=False)]

    def worst(waited: list[float]) -> list[tuple[float, float]]:
        # When the keys that waited longest were sent, in seconds from the launch: at the
        # first paint, at a partial result, at the end...
        return sorted((round(w, 1), round(s - wall_zero + launched_zero, 2))
                      for w, s in zip(waited, sent, strict=False))[-5:]

    by_kind = {"handler": waits(sent, handled), "screen": waits(sent, drawn),
               "cpu": waits(sent_cpu, handled_cpu), "ui_cpu": waits(sent_ui, handled_ui)}
    return {
        "words": len(doc.text.split()), "first_paint": shown[0] - launched, "imports": imported - launched,
        "panels": analysed[0] - launched, "panels_cpu": analysed_cpu[0], "keys": n, "lost": len(sent) - len(handled),
        **{f"{kind}_{name}_ms": f(waited) for kind, waited in by_kind.items() for name, f in STATS.items()},
        "load": os.getloadavg()[0],
        "worst_at": worst(by_kind["cpu"]),
        "worst_ui_at": worst(by_kind["ui_cpu"]),
    }


STATS = {
    "median": lambda v: statistics.median(v) if v else float("nan"),
    "p99": lambda v: percentile(v, 99),
    "max": lambda v: max(v, default=float("nan")),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("article", nargs="?")
    ap.add_argument("--keys", action="store_true")
    ap.add_argument("--through", action="store_true")
    ap.add_argument("--hello", action="store_true")
    ap.add_argument("--library", action="store_true")
    ap.add_argument("--launched", type=float, default=START)
    args = ap.parse_args()
    if args.hello:
        result = asyncio.run(hello(args.launched))
    elif args.library:
        result = asyncio.run(library(args.launched))
    elif args.through:
        result = asyncio.run(through(args.article, args.launched))
    else:
        result = asyncio.run(measure(args.article, args.keys, args.launched))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
