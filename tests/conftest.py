"""What the tests share: a small hand-built article and analysis for the reader's tests,
independent of the real extraction (which changes); ways to look at the reader under Pilot
and checks for hostile text (the `kit` fixture); the spaCy model, loaded once per test
process; the scorer.

Tests that run spaCy are marked `model`, and a test that loads the model without the mark
fails and says so; tests that drive the reader under Pilot are marked `reader`. Together
they are most of the suite's time, so `-m "not model and not reader"` is the quickest loop."""
from __future__ import annotations

import contextlib
import importlib.util
import re
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from nutgraf.analysis import pipeline
from nutgraf.analysis.model import Actor, Analysis, Number, Quote, TimelineEntry
from nutgraf.documents import Document

ROOT = Path(__file__).resolve().parents[1]

# Tests check answers, never speed: an example's time (the first one imports and compiles, a
# loaded CI machine is slow) must not fail a test, nor its inputs' generation.
settings.register_profile("nutgraf", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("nutgraf")

FILLER = "Filler paragraph {n} keeps the article long enough to scroll, as real reports are."

ARTICLE = "\n".join(
    [
        "Court pledges to defy sanctions",
        "The International Criminal Court has called on its 125 member states to stand up "
        "against sanctions imposed by US President Donald Trump. The court met in The Hague.",
        "\u201cWe will not be intimidated,\u201d the court said in a statement on Friday.",
        "Mr Trump signed the order on Thursday, and about 1,200 people were affected, "
        "a White House official said.",
        "A reader wrote [bold red]x[/] and \x1b[2J in a comment.",
        *(FILLER.format(n=n) for n in range(1, 31)),
        "Late in the day Trump said the ICC had \u201cno authority\u201d over Americans, "
        "recalling the warrant of November 2024.",
    ]
)


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return (start, start + len(needle))


def sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s|$)|$)", text, re.M) if m.group().strip()]


def make_analysis(text: str = ARTICLE) -> Analysis:
    s = lambda needle, nth=0: span(text, needle, nth)  # noqa: E731
    sents = sentences(text)
    sentence_of = lambda sp: next(x for x in sents if x[0] <= sp[0] < x[1])  # noqa: E731
    trump = [s("Donald Trump"), s("Mr Trump"), s("Trump said")]
    trump[2] = (trump[2][0], trump[2][0] + len("Trump"))
    court = [s("International Criminal Court"), s("the court said"), s("the ICC")]
    court[1] = (court[1][0] + 4, court[1][1] - 5)
    court[2] = (court[2][0] + 4, court[2][1])
    # Quote spans cover the quoted words, inside the marks, as the extraction gives them.
    quote1 = s("We will not be intimidated,")
    quote2 = s("no authority")
    n125, n1200 = s("125"), s("about 1,200")
    friday, thursday, nov = s("Friday"), s("Thursday"), s("November 2024")
    return Analysis(
        text=text,
        reference_date="2025-02-07",
        reference_source="given",
        actors=[
            Actor("a1", "International Criminal Court", "organization", court, ["ICC"], None),
            Actor("a2", "Donald Trump", "person", trump, ["Trump"], "US President"),
            Actor("a3", "White House", "organization", [s("White House")]),
        ],
        quotes=[
            Quote("q1", quote1, "We will not be intimidated,", "a1", court[1], "say", "International Criminal Court"),
            Quote("q2", quote2, "no authority", None, None, None, None),
        ],
        numbers=[
            Number("n1", n125, "125", 125.0, False, "member states", sentence_of(n125)),
            Number("n2", n1200, "about 1,200", 1200.0, True, "people affected", sentence_of(n1200)),
        ],
        timeline=[  # in chronological order, as analyze gives it
            TimelineEntry("t1", nov, "November 2024", "2024-11", "DATE", sentence_of(nov), "arrest warrant"),
            TimelineEntry("t2", thursday, "Thursday", "2025-02-06", "DATE", sentence_of(thursday), "order signed"),
            TimelineEntry("t3", friday, "Friday", "2025-02-07", "DATE", sentence_of(friday), "court statement"),
            TimelineEntry("t4", s("in the day"), "in the day", None, "DATE", None, None),
        ],
        sentences=sents,
        model="fixture",
    )


def fake_analyzer(analysis: Analysis):
    def analyzer(text, reference_date, progress, partial):
        progress(len(text), len(text))
        return analysis

    return analyzer


# -- hostile text: escape sequences that act on a terminal ---------------------------------------
# Each kind of sequence a hostile article, note or file name can hold. The OSC 52 one writes
# "rm -rf ~" to the clipboard; OSC 8 makes a link; DCS starts a device control string.
SEQUENCES = {
    "CSI clear screen": "\x1b[2J\x1b[H",
    "OSC 0 title": "\x1b]0;pwned\x07",
    "OSC 8 hyperlink": "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "OSC 52 clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "DCS": "\x1bPq#0;2;0;0;0\x1b\\",
    "C1 CSI": "\x9b2J",
    "C1 OSC": "\x9d0;pwned\x9c",
    "bidi override": "\u202eevil\u202c",
    "bidi isolate": "\u2066text\u2069",
    "backspace and CR": "safe\x08\x08\x08\x08\rfake",
}
# Written out independently of nutgraf.textclean, so a gap there fails here: C0 controls
# but tab and newline, DEL, C1 controls, bidi embeddings, overrides and isolates, and lone
# surrogates. A CR is allowed only before a LF.
_RAW = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]|\r(?!\n)")


def assert_inert(written: str, where: str = "output") -> None:
    """Nothing in `written` can act on a terminal."""
    found = _RAW.search(written)
    context = written[max(0, found.start() - 40):found.end() + 40] if found else ""
    assert found is None, f"{where} holds a raw {found.group()!r} at {found.start()}: {context!r}"


def name_safe(sequence: str) -> str:
    """The sequence as part of a file name (which cannot hold '/')."""
    return sequence.replace("/", "|")


# -- the kit ---------------------------------------------------------------------------------------
class Kit:
    """The helpers tests share: terminal sizes, the fixture article and its hand-built
    analysis, ways to read what the reader shows, and checks for hostile text."""

    WIDE = (140, 40)
    SMALL = (80, 24)
    ARTICLE = ARTICLE
    span = staticmethod(span)
    make_analysis = staticmethod(make_analysis)
    fake_analyzer = staticmethod(fake_analyzer)
    assert_inert = staticmethod(assert_inert)
    name_safe = staticmethod(name_safe)

    @staticmethod
    def held_back(first_part: Analysis, whole: Analysis):
        """An analyzer that shows `first_part` as a partial result and returns `whole` once
        the event it comes with is set: an analysis still running, as long as a test wants."""
        release = threading.Event()

        def analyzer(text, reference_date, progress, partial):
            partial(first_part)
            release.wait(10)
            return whole

        return analyzer, release

    @staticmethod
    async def ready(app, pilot) -> None:
        from textual.worker import WorkerFailed

        await Kit.furnished(app, pilot)
        # A failed analysis is the app's to report: the test looks at what it shows.
        with contextlib.suppress(WorkerFailed):
            await app.workers.wait_for_complete()
        await pilot.pause()

    @staticmethod
    async def furnished(app, pilot) -> None:
        """Wait for the reader's panels, find bar and footer, mounted after the article's
        first paint (the library has none to wait for)."""
        await Kit.until(pilot, lambda: getattr(app, "furnished", True))

    @staticmethod
    async def until(pilot, condition, seconds: float = 10) -> None:
        """Wait for condition() (a partial result shown, say): the analysis starts after the
        first paint, which on a loaded machine can take a while; a widget it looks at may not
        be mounted yet. Times out into the test's own assertion."""
        from textual.css.query import NoMatches

        for _ in range(int(seconds / 0.05)):
            with contextlib.suppress(NoMatches):  # not mounted yet: not met yet
                if condition():
                    return
            await pilot.pause(0.05)

    @staticmethod
    async def saved_to_disk(app, pilot) -> None:
        """Wait for the store's worker thread to finish what the keys asked of it, and for
        what it then started (an export waits for the saves asked for before it)."""
        while app._notes_jobs:
            await app.workers.wait_for_complete()
            await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()

    @staticmethod
    def prompts(app, kind: str) -> list[str]:
        from nutgraf.app.panels import ItemPanel

        panel = app.query_one(f"#panel-{kind}", ItemPanel)
        return [str(panel.prompt(index)) for index in range(panel.row_count)]

    @staticmethod
    def runs(view, component: str) -> list[str]:
        """The on-screen texts of the article drawn with a component's background, each run
        of consecutive segments joined."""
        wanted = view.get_component_rich_style(component).bgcolor
        found: list[str] = []
        for y in range(view.scrollable_content_region.height):
            current = ""
            for segment in view.render_line(y):
                if segment.style and segment.style.bgcolor == wanted:
                    current += segment.text
                elif current:
                    found.append(current)
                    current = ""
            if current:
                found.append(current)
        return found

    @staticmethod
    def screen_text(view) -> str:
        lines = range(view.scrollable_content_region.height)
        return "\n".join("".join(s.text for s in view.render_line(y)) for y in lines)


@pytest.fixture(scope="session")
def kit() -> type[Kit]:
    return Kit


@pytest.fixture
def lasting_notices(monkeypatch):
    """A notice a test looks at stays until it is taken, however loaded the machine: toasts
    expire on a timer of a few seconds, which a slow run outlasts."""
    from nutgraf.app.reader import NutgrafApp

    notify = NutgrafApp.notify

    def lasting(self, message, **kw):
        return notify(self, message, **{**kw, "timeout": 3600})

    monkeypatch.setattr(NutgrafApp, "notify", lasting)


def pytest_collection_modifyitems(items):
    for item in items:
        if "model" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.model)
        if item.path.name.startswith("test_app_"):
            item.add_marker(pytest.mark.reader)


@pytest.fixture(autouse=True)
def model_only_when_marked(request, monkeypatch):
    """Tests marked `model` share the model the `model` fixture loads once per process; any
    other test that loads it fails, which keeps `-m "not model"` fast."""
    if request.node.get_closest_marker("model"):
        request.getfixturevalue("model")
        return

    def refuse(*args, **kwargs):
        pytest.fail("this test loads the spaCy model: mark it @pytest.mark.model", pytrace=False)

    monkeypatch.setattr(pipeline, "load_model", refuse)


@pytest.fixture(scope="session")
def model() -> pipeline.LoadedModel:
    """The spaCy pipeline, loaded once per test process."""
    return pipeline.load_model()


@pytest.fixture(autouse=True)
def nutgraf_home(tmp_path, monkeypatch):
    """Every test keeps its notes and cache in its own directory, never the user's."""
    home = tmp_path / "nutgraf-home"
    monkeypatch.setenv("NUTGRAF_HOME", str(home))
    return home


@pytest.fixture
def app_document() -> Document:
    return Document(text=ARTICLE, source="fixture.txt", name="fixture.txt", encoding="utf-8")


@pytest.fixture
def app_analysis() -> Analysis:
    return make_analysis()


@pytest.fixture
def reported_analysis() -> Analysis:
    """The hand-built analysis with reported speech, derived: Trump's ("Trump said the ICC
    had “no authority” over Americans", holding his partial quote) and an unnamed source's
    ("…, a White House official said")."""
    from nutgraf.analysis.claims import derive

    analysis = make_analysis()
    text = analysis.text
    trump = span(text, "Trump said")
    official = span(text, "a White House official")
    partial = analysis.quotes[1]
    partial.speaker, partial.speaker_span, partial.cue = "a2", (trump[0], trump[0] + 5), "say"
    partial.speaker_name, partial.kind = "Donald Trump", "partial"
    ruled = "the ICC had \u201cno authority\u201d over Americans"
    affected = "Mr Trump signed the order on Thursday, and about 1,200 people were affected"
    analysis.indirect_quotes = [
        Quote("p1", span(text, affected), affected, None, official, "say", "a White House official", "indirect"),
        Quote("p2", span(text, ruled), ruled, "a2", partial.speaker_span, "say", "Donald Trump", "indirect"),
    ]
    return derive(analysis)


@pytest.fixture
def make_app(app_document, app_analysis):
    """A reader on the fixture article whose analysis is the hand-built one."""
    from nutgraf.app.reader import NutgrafApp

    def make(**kwargs):
        kwargs.setdefault("analyzer", fake_analyzer(app_analysis))
        return NutgrafApp(app_document, **kwargs)

    return make


# "The International Criminal Court has called on its 125 member states to stand up against
# sanctions …": reported speech of the court, with a number in it (test_app_claims.py says it
# again, as what the claims view must show).
REPORTED = "its 125 member states to stand up against sanctions imposed by US President Donald Trump"


@pytest.fixture
def claims_analysis() -> Analysis:
    """The hand-built analysis with the court's reported speech, and its claims and sources."""
    from nutgraf.analysis.claims import derive

    analysis = make_analysis()
    text = analysis.text
    analysis.indirect_quotes = [Quote("p1", span(text, REPORTED), REPORTED, "a1",
                                      span(text, "International Criminal Court"), "call on",
                                      "International Criminal Court", kind="indirect")]
    return derive(analysis)


@pytest.fixture
def claims_app(make_app, claims_analysis):
    """A reader on the fixture article whose analysis has claims."""
    return make_app(analyzer=fake_analyzer(claims_analysis))


@pytest.fixture(scope="session")
def scorer():
    """benchmarks/score.py, which is a script, not part of the package."""
    path = ROOT / "benchmarks" / "score.py"
    spec = importlib.util.spec_from_file_location("nutgraf_benchmark_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(params=list(SEQUENCES.values()), ids=list(SEQUENCES))
def sequence(request) -> str:
    """Each kind of escape sequence in turn."""
    return request.param


# -- a local web server: the URL tests never reach the internet ------------------------------------
PAGE = ("<!doctype html><html><head><title>Harbour bridge reopens</title>"
        "<meta property=\"og:site_name\" content=\"Local Wire\"></head><body><article>"
        "<h1>Harbour bridge reopens</h1>"
        + "".join(f"<p>Paragraph {n} of the report: the council said the bridge would reopen on Monday "
                  f"after repairs that cost 2.4 million pounds.</p>" for n in range(1, 8))
        + "</article></body></html>")


class Web:
    """Pages served from a thread on 127.0.0.1: `routes` maps a path to (status, headers,
    body, seconds to wait before answering)."""

    def __init__(self, server, routes: dict):
        self.server = server
        self.routes = routes

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"


@pytest.fixture
def web():
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    routes: dict = {
        "/article.html": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode(), 0),
        "/moved": (301, {"Location": "/article.html"}, b"", 0),
        "/missing": (404, {"Content-Type": "text/html"}, b"<p>gone</p>", 0),
        "/slow": (200, {"Content-Type": "text/html"}, PAGE.encode(), 3),
        "/big": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 4096 + b"</p>", 0),
        "/paper.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4", 0),
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            status, headers, body, wait = routes.get(self.path, (404, {}, b"", 0))
            time.sleep(wait)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(OSError):
                self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Web(server, routes)
    server.shutdown()
    server.server_close()
