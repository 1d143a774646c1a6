"""One reader timing in a fresh process (run by bench.py): prints a JSON object.

    reader_timing.py ARTICLE [--launched T]          first paint, panels filled, spaCy imported?
    reader_timing.py ARTICLE [--launched T] --keys   key-press latency while the analysis runs

T is the wall-clock time (time.time()) at which the parent started this process, so that
the figures include the interpreter's own start; without it they count from this script's
first line. Uses the app's data directory ($NUTGRAF_HOME), so a second run on the same
article opens from the analysis cache."""
import time

START = time.time()

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402

KEYS = 30
SIZE = (140, 40)


async def measure(path: str, keys: bool, launched: float) -> dict:
    from nutgraf.app.article_view import ArticleView
    from nutgraf.app.panels import ItemPanel
    from nutgraf.analysis.pipeline import installed_model
    from nutgraf.app.reader import NutgrafApp, spacy_analyzer
    from nutgraf.documents import load

    # First paint: the moment the article's first line is drawn.
    painted: list[float] = []
    render_line = ArticleView.render_line

    def timed_render_line(view, y):
        if not painted:
            painted.append(time.time())
        return render_line(view, y)

    ArticleView.render_line = timed_render_line
    # Panels filled: the moment a panel first draws a line once the finished analysis has
    # been handed to the panels.
    filled: list[float] = []
    panel_line = ItemPanel.render_line

    def timed_panel_line(panel, y):
        if not filled and panel.app.analysed:
            filled.append(time.time())
        return panel_line(panel, y)

    ItemPanel.render_line = timed_panel_line
    imported = time.time()
    doc = load(path)
    app = NutgrafApp(doc, analyzer=spacy_analyzer(None), model_key=installed_model(None))
    async with app.run_test(size=SIZE) as pilot:
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
    out = {"first_paint": first_paint, "app_paint": app_paint, "imports": imported - launched, "panels": panels, "spacy_imported": "spacy" in sys.modules,
           "words": len(doc.text.split())}
    if keys:
        out.update(keys=len(latencies), key_median_ms=statistics.median(latencies) if latencies else float("nan"),
                   key_max_ms=max(latencies, default=float("nan")), idle_median_ms=statistics.median(idle))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("article")
    ap.add_argument("--keys", action="store_true")
    ap.add_argument("--launched", type=float, default=START)
    args = ap.parse_args()
    print(json.dumps(asyncio.run(measure(args.article, args.keys, args.launched))))


if __name__ == "__main__":
    main()
