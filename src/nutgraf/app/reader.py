"""The reader app: the article beside its actors, quotes, numbers and timeline, linked both
ways, with the analysis running in a worker thread while the article is already readable."""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from importlib.resources import as_file, files
from pathlib import Path

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.geometry import Size
from textual.widgets import Footer
from textual.worker import Worker, WorkerState, get_current_worker

from ..analysis.model import Analysis
from ..documents import Document, DocumentError, load, load_stdin
from .article_view import ArticleView
from .bars import FindBar, StatusLine
from .help import HelpScreen, binding_rows
from .messages import AnalysisProgress
from .panels import ItemPanel, PanelArea

Progress = Callable[[int, int], None]
Analyzer = Callable[[str, "str | None", Progress], Analysis]

# Below this terminal size the four panels become tabs.
FULL_LAYOUT = Size(120, 32)

SAMPLE = "icc-sanctions.txt"
SAMPLE_HINT = "this is the sample article; open your own with: nutgraf PATH"

PANEL_KEYS = Binding.Group("Panels", compact=True)
EVIDENCE_KEYS = Binding.Group("Evidence", compact=True)


def spacy_analyzer(model_name: str | None) -> Analyzer:
    """The real analysis; it must run in the worker thread (spaCy loads slowly)."""

    def analyzer(text: str, reference_date: str | None, progress: Progress) -> Analysis:
        from ..analysis.pipeline import analyze, load_model

        worker = get_current_worker()
        model = load_model(model_name)
        return analyze(text, reference_date, model, progress=progress, should_stop=lambda: worker.is_cancelled)

    return analyzer


def styles_path() -> Path:
    return Path(str(files("nutgraf.styles") / "reader.tcss"))


class NutgrafApp(App[None]):
    TITLE = "nutgraf"
    CSS_PATH = styles_path()

    BINDINGS = [
        Binding("1", "focus_panel('actor')", "Actors", group=PANEL_KEYS),
        Binding("2", "focus_panel('quote')", "Quotes", group=PANEL_KEYS),
        Binding("3", "focus_panel('number')", "Numbers", group=PANEL_KEYS),
        Binding("4", "focus_panel('timeline')", "Timeline", group=PANEL_KEYS),
        Binding("n", "evidence(1)", "Next evidence", key_display="n", group=EVIDENCE_KEYS),
        Binding("N", "evidence(-1)", "Previous evidence", key_display="N", group=EVIDENCE_KEYS),
        Binding("slash", "find", "Find"),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(
        self,
        document: Document | None = None,
        *,
        analyzer: Analyzer | None = None,
        reference_date: str | None = None,
        error: str | None = None,
        sample: bool = False,
    ) -> None:
        super().__init__()
        self.document = document
        self.error = error if document is None else None
        self.reference_date = reference_date
        self.sample = sample
        self.analyzer = analyzer or spacy_analyzer(None)
        self.analysis: Analysis | None = None

    def compose(self) -> ComposeResult:
        yield StatusLine(id="status")
        with Horizontal(id="main"):
            with Vertical(id="article-pane"):
                if self.document:
                    yield ArticleView(self.document.text, self.document.name, id="article")
                else:
                    yield ArticleView(self.error or "no article", "nutgraf could not open the article", id="article", classes="-error")
                yield FindBar(id="find")
            yield PanelArea(id="panels")
        yield Footer()

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def panels(self) -> PanelArea:
        return self.query_one(PanelArea)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    def on_mount(self) -> None:
        self._apply_layout(self.size)
        self.article.focus()
        if self.document is None:
            self.status.show_file("no article")
            self.status.show_state(self.error or "", error=True)
            self.panels.show_analysis(None, "no article")
            return
        name = self.document.name + (" (sample: open your own with nutgraf PATH)" if self.sample else "")
        self.status.show_file(name)
        self.status.show_date(self.reference_date, "given" if self.reference_date else None, pending=True)
        if self.sample:
            self.notify(SAMPLE_HINT, title="Welcome", markup=False, timeout=8)
        if self.document.note:
            self.notify(f"{self.document.source}: {self.document.note}", severity="warning", markup=False)
        self.analyse()

    # Layout

    def on_resize(self, event: Resize) -> None:
        self._apply_layout(event.size)

    def _apply_layout(self, size: Size) -> None:
        tabbed = size.width < FULL_LAYOUT.width or size.height < FULL_LAYOUT.height
        self.set_class(tabbed, "-tabbed")
        self.panels.tabbed = tabbed

    # Analysis

    @work(thread=True, exclusive=True, group="nlp", exit_on_error=False)
    def analyse(self) -> Analysis:
        worker = get_current_worker()

        def progress(done: int, total: int | None) -> None:
            if not worker.is_cancelled:
                self.post_message(AnalysisProgress(done, total))

        progress(0, None)
        return self.analyzer(self.document.text, self.reference_date, progress)

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        if self.analysis is None:
            self.status.show_progress(message.done, message.total)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "nlp":
            return
        if event.state == WorkerState.SUCCESS:
            self.show_analysis(event.worker.result)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            message = str(error) if error.__class__.__name__ == "ModelError" else f"the analysis failed ({error.__class__.__name__}: {error})"
            self.status.show_date(self.reference_date, "given" if self.reference_date else None)
            self.status.show_state(message.splitlines()[0], error=True)
            self.panels.show_analysis(None, "no analysis")
            self.notify(message, title="No analysis", severity="error", markup=False, timeout=30)

    def show_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.article.sentences = analysis.sentences
        self.panels.show_analysis(analysis)
        self.status.show_date(analysis.reference_date, analysis.reference_source)
        self.status.show_state("analysed ✓")

    # Linking panels and article

    def on_item_panel_selected(self, event: ItemPanel.Selected) -> None:
        self.article.show_evidence(event.kind, event.item.evidence())
        self._show_find_count()

    def on_item_panel_read(self) -> None:
        article = self.article
        if article.evidence_index is not None:
            sentence = article.sentence_at(article.evidence[article.evidence_index][0])
            article.set_cursor(sentence, scroll=False)
        article.focus()

    def on_article_view_cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self.panels.mark_sentence(event.index)

    def action_evidence(self, step: int) -> None:
        if self.article.step_evidence(step):
            self._show_find_count()
        else:
            self.notify("Nothing highlighted: pick an item in a panel (1-4) or find with /", markup=False, timeout=4)

    def action_focus_panel(self, kind: str) -> None:
        self.panels.show_tab(kind)
        # A tab switched just now is shown on the next refresh; focus it then.
        self.call_after_refresh(self.panels.panel(kind).focus)

    # Find

    def action_find(self) -> None:
        self.query_one(FindBar).open()

    def on_find_bar_changed(self, event: FindBar.Changed) -> None:
        self.article.show_evidence("find", self.article.find(event.query))
        self._show_find_count()

    def on_find_bar_step(self, event: FindBar.Step) -> None:
        self.article.step_evidence(event.step)
        self._show_find_count()

    def on_find_bar_closed(self) -> None:
        self.article.focus()

    def _show_find_count(self) -> None:
        article = self.article
        if article.evidence_kind in ("find", None):
            self.query_one(FindBar).show_count(article.evidence_index, len(article.evidence))

    # Help

    def action_help(self) -> None:
        sections = [
            ("Anywhere", [*binding_rows(self, self), ("tab / shift+tab", "Next / previous pane")]),
            ("Article", [*binding_rows(self, self.article), ("click", "Put the sentence cursor on a sentence")]),
            ("Panels", binding_rows(self, ItemPanel)),
            ("Find bar", [("enter", "Next match"), *binding_rows(self, FindBar)]),
            ("Help", binding_rows(self, HelpScreen)),
        ]
        self.push_screen(HelpScreen(sections))


def load_sample() -> Document:
    with as_file(files("nutgraf.sample_articles") / SAMPLE) as path:
        return load(path)


def _reattach_terminal() -> None:
    """After reading the article from a pipe, read keys from the terminal instead."""
    if sys.stdin.isatty():
        return
    fd = os.open("/dev/tty", os.O_RDONLY)
    os.dup2(fd, 0)
    os.close(fd)


def run(article: str | None, reference_date: str | None = None, model_name: str | None = None) -> int:
    document, error = None, None
    try:
        if article == "-":
            document = load_stdin()
        elif article is None:
            document = load_sample()
        else:
            document = load(article)
    except DocumentError as exc:
        error = str(exc)
    if article == "-":
        try:
            _reattach_terminal()
        except OSError:
            print("nutgraf: no terminal to read keys from; use 'nutgraf analyze -' to analyse a pipe", file=sys.stderr)
            return 2
    app = NutgrafApp(
        document,
        analyzer=spacy_analyzer(model_name),
        reference_date=reference_date,
        error=error,
        sample=article is None,
    )
    app.run()
    return 2 if error else (app.return_code or 0)
