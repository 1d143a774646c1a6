"""One reader timing in a fresh process (run by bench.py): prints a JSON object.

    reader_timing.py ARTICLE           first paint, panels filled, whether spaCy was imported
    reader_timing.py ARTICLE --keys    key-press latency while the analysis runs

Uses the app's data directory ($NUTGRAF_HOME), so a second run on the same article opens
from the analysis cache."""
import time

START = time.perf_counter()

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402

KEYS = 30
SIZE = (140, 40)


async def measure(path: str, keys: bool) -> dict:
    from nutgraf.app.article_view import ArticleView
    from nutgraf.app.reader import NutgrafApp, installed_model, spacy_analyzer
    from nutgraf.documents import load

    # First paint: the moment the article's first line is drawn.
    painted: list[float] = []
    render_line = ArticleView.render_line

    def timed_render_line(view, y):
        if not painted:
            painted.append(time.perf_counter())
        return render_line(view, y)

    ArticleView.render_line = timed_render_line
    # Panels filled: the moment the finished analysis is handed to them.
    filled: list[float] = []
    show_analysis = NutgrafApp.show_analysis

    def timed_show_analysis(app, analysis, cached=False):
        show_analysis(app, analysis, cached)
        filled.append(time.perf_counter())

    NutgrafApp.show_analysis = timed_show_analysis
    imported = time.perf_counter()
    doc = load(path)
    app = NutgrafApp(doc, analyzer=spacy_analyzer(None), model_key=installed_model(None))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        first_paint = painted[0] - START
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
        panels = filled[0] - START
        idle = []  # the same keys once the analysis is done: the floor of a key press
        if keys:
            for _ in range(10):
                t = time.perf_counter()
                await pilot.press("j")
                idle.append((handled[-1] - t) * 1000)
    out = {"first_paint": first_paint, "app_paint": app_paint, "imports": imported - START, "panels": panels, "spacy_imported": "spacy" in sys.modules,
           "words": len(doc.text.split())}
    if keys:
        out.update(keys=len(latencies), key_median_ms=statistics.median(latencies) if latencies else float("nan"),
                   key_max_ms=max(latencies, default=float("nan")), idle_median_ms=statistics.median(idle))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("article")
    ap.add_argument("--keys", action="store_true")
    args = ap.parse_args()
    print(json.dumps(asyncio.run(measure(args.article, args.keys))))


if __name__ == "__main__":
    main()
