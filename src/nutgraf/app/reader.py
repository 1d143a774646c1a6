"""The reader app: the article beside its actors, quotes, numbers and timeline, linked both
ways, with the analysis running in the background while the article is already readable,
and the reader's bookmarks and notes kept in the store.

Nothing here imports spaCy at module level: the first paint, and an article whose analysis
is in the cache, never load it. Nor the panels and what only they use: they are
imported where used, after the article's first paint (see _after_first_paint)."""
from __future__ import annotations

import asyncio
import gc
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual import work
from textual.actions import parse as parse_action
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Event, Key, Resize, ScreenResume
from textual.geometry import Size
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input
from textual.worker import Worker, WorkerState, get_current_worker

from ..analysis.pipeline import ModelError, installed_model
from ..collector import collector_paused
from ..documents import Document, load
from ..service import Analyzer, Partial, Progress, analyse_document, cached_analysis
from ..shipped import data_dir, sample_article
from ..store.cache import AnalysisCache
from ..store.files import StoreError
from ..textclean import for_terminal
from .article_view import ArticleView
from .bars import FindBar, StatusLine
from .commands import ReaderCommands
from .footer import KeyFooter
from .messages import AnalysisPartial, AnalysisProgress, Result
from .opening import LIBRARY, Next, Opener
from .safe_app import SafeApp

if TYPE_CHECKING:
    from ..analysis.corrections import Correction
    from ..analysis.model import Analysis, Source
    from ..attribution import Item
    from ..spans import Span
    from ..store.library import Page
    from ..store.notes import ArticleNotes, NotesStore
    from ..store.records import Annotation, Bookmark, Note
    from ..store.records import Correction as StoredCorrection
    from .correcting import Ask, Fix
    from .notes_entries import Claim, Entry
    from .notes_panel import NotesPanel
    from .panels import ActorsPanel, Evidence, ItemPanel, PanelArea
    from .views import ViewPanel


# The reading position is saved once it has stayed put this long (and on quit).
POSITION_IDLE = 5.0

# How often the reader looks whether another one saved notes (a stat call).
NOTES_CHECK = 2.0

# A cached analysis up to this size (some 30,000 words of article) is read as the panels
# are mounted, in a few milliseconds; a larger one is read by the worker.
CACHE_READ_AT_MOUNT = 256 * 1024

# The keys the article handles itself: they work before the panels are there.
ARTICLE_KEYS = frozenset(binding.key for binding in Binding.make_bindings(ArticleView.BINDINGS))

# How many young passes of the garbage collector come before a full one, as Python has it.
FULL_PASS_AFTER = gc.get_threshold()[2]

# How long the notice that an article states no date stays (seconds).
NO_DATE_SHOWN = 10.0

# Below this terminal size the four panels become tabs.
FULL_LAYOUT = Size(120, 32)

SAMPLE_HINT = "this is the sample article; press o to open your own (a file or a web address)"
NO_DATE_HINT = ("the article states no publication date: press d to set one, and “Thursday” or "
                "“last year” in the timeline are resolved from it")

PANEL_KEYS = Binding.Group("Panels", compact=True)
EVIDENCE_KEYS = Binding.Group("Evidence", compact=True)

# Changes to bookmarks and notes that u undoes, latest last.
UNDO_DEPTH = 100

# What a step through the highlighted evidence is a step through, by its kind.
EVIDENCE_WORDS = {"actor": "mention", "find": "match"}

T = TypeVar("T")  # what a call into the notes store returns


def spacy_analyzer(model_name: str | None) -> Analyzer:
    """The real analysis, called from the worker thread. spaCy runs in a child process: in a
    thread it would hold the GIL for seconds at a time and freeze the keyboard."""

    def analyzer(text: str, reference_date: str | None, progress: Progress, partial: Partial | None) -> Analysis | None:
        from ..analysis.background import analyze_in_child

        worker = get_current_worker()
        return analyze_in_child(text, reference_date, model_name, progress=progress, partial=partial,
                                should_stop=lambda: worker.is_cancelled)

    return analyzer


class NotesDone(Message):
    """A call into the notes store finished on its worker thread: its result, or why not."""

    def __init__(self, result: object, error: str | None) -> None:
        super().__init__()
        self.result = result
        self.error = error


def styles_path(name: str = "reader") -> Path:
    """The reader's styles: "reader" those of its first frame, "panels" those of the
    panels, "dialogs" those of the find bar, help and dialogs."""
    return data_dir("styles") / f"{name}.tcss"


class ReaderScreen(Screen[None]):
    """The reader's screen, laid out again only for a resize that changes its size. At the
    start Textual sends it two resizes of the size it is already laid out at (the app's
    first, and one its first layout sends it), after the article's first paint: each laid
    out and drew every widget again, as the panels were being mounted."""

    async def _on_resize(self, event: Resize) -> None:
        if event.size == self._compositor.size:
            event.prevent_default()

    def _on_screen_resume(self, event: ScreenResume) -> None:
        # Its first: every widget was styled as it was mounted, and again as its classes
        # or focus changed since; styling them all once more (4 ms) delayed the first paint.
        if not self.stack_updates:
            event.refresh_styles = False


class NutgrafApp(Opener, SafeApp):
    TITLE = "nutgraf"
    CSS_PATH = styles_path()
    # Every app-wide binding below is also a command of the palette (ctrl+p), by its tooltip.
    COMMANDS = App.COMMANDS | {ReaderCommands}

    # Help first: on a narrow terminal the footer shows only the keys that fit, the focused
    # panel's before these, and help lists them all.
    BINDINGS = [
        Binding("question_mark", "help", "Help", tooltip="Help: every key"),
        Binding("1", "focus_panel('actor')", "Actors", group=PANEL_KEYS, tooltip="Go to the Actors panel"),
        Binding("2", "focus_panel('quote')", "Quotes", group=PANEL_KEYS, tooltip="Go to the Quotes panel"),
        Binding("3", "focus_panel('number')", "Numbers", group=PANEL_KEYS, tooltip="Go to the Numbers panel"),
        Binding("4", "focus_panel('timeline')", "Timeline", group=PANEL_KEYS, tooltip="Go to the Timeline panel"),
        Binding("5", "focus_panel('notes')", "Notes", group=PANEL_KEYS,
                tooltip="Go to the Notes panel (your bookmarks and notes)"),
        Binding("n", "evidence(1)", "Next evidence", key_display="n", group=EVIDENCE_KEYS),
        Binding("N", "evidence(-1)", "Previous evidence", key_display="N", group=EVIDENCE_KEYS),
        Binding("b", "bookmark", "Bookmark",
                tooltip="Bookmark the current sentence or the selected item (again: remove it)"),
        Binding("a", "note", "Note", tooltip="Write or edit a note on the current sentence or selected item"),
        Binding("y", "copy", "Copy", show=False,
                tooltip="Copy the selected item or sentence with its attribution (speaker, role, site, date)"),
        Binding("u", "undo", "Undo", show=False,
                tooltip="Undo the last change to bookmarks, notes and corrections (again: the one before)"),
        Binding("e", "export", "Export", show=False,
                tooltip="Export the notes, with what the analysis found, as Markdown"),
        Binding("d", "set_date", "Date", tooltip="Set the publication date (the timeline is resolved again)"),
        Binding("s", "sources", "Sources", tooltip="Sourcing: who is quoted, how much, and who is not"),
        Binding("o", "open", "Open", show=False, tooltip="Open another article: a file's path or a web address"),
        Binding("l", "library", "Library", show=False, tooltip="The library: every article you read"),
        Binding("slash", "find", "Find", tooltip="Find in the article"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(
        self,
        document: Document,
        *,
        analyzer: Analyzer | None = None,
        model_key: str | None = None,
        reference_date: str | None = None,
        sample: bool = False,
        page: Page | None = None,
    ) -> None:
        """`model_key` names the analyzer's model for the analysis cache (None: no cache);
        the default analyzer is the real one, with its installed model as the key. `page`
        is the copy of a web page or piped text for the library to keep."""
        super().__init__()
        self.document = document
        self.page = page
        self.reference_date = reference_date
        self.date_given = reference_date is not None  # --date: the date set with d is not used
        self._worker_date = reference_date  # the date the running analysis worker resolves against
        self._date_looked_up = False  # whether the store was asked for a date set with d
        self._no_date_told = False
        self._no_date_until = 0.0  # while the "no date" notice is on screen
        self.sample = sample
        if analyzer is None:
            analyzer, model_key = spacy_analyzer(None), model_key or installed_model(None)
        self.analyzer = analyzer
        self.model_key = model_key
        self.cache = AnalysisCache()
        self.analysis: Analysis | None = None  # as shown: with the reader's corrections
        self.uncorrected: Analysis | None = None
        self._corrections: list[Correction] = []  # those applied to what is shown
        self._missed: list[str] = []  # the ids of those that found nothing to correct
        self.analysed = False  # False while `analysis` is missing or partial
        # The analysis worker until its end is handled.
        self._worker: Worker[Result] | None = None
        self.store: NotesStore | None = None
        self.notes: ArticleNotes | None = None
        self.notes_error = "they are still being opened"
        self._notes_asked = False  # whether the notes are opened (or being opened)
        # (what was done, the store call that undoes it), latest last.
        self._undo: list[tuple[str, Callable[[], object]]] = []
        # Calls into the notes store waiting for the worker thread, the first one running:
        # (change, done, failed), see _in_store_thread.
        self._notes_jobs: list[
            tuple[Callable[[], object], Callable[[Any], object] | None, Callable[[str], None] | None]] = []
        self._recovered_shown: str | None = None
        self._quitting = False
        self._position_seen: int | None = None
        self._position_saved: int | None = None
        self.furnished = False  # whether the panels are mounted
        # What the imports made is there for good: the first full pass of the garbage
        # collector walked it all, 40-60 ms, in the middle of the first paint.
        self._freeze()
        # No pass at all until the panels are drawn: the start-up makes tens of thousands of
        # objects that stay (styles, widgets, the panels' modules), and the passes walking
        # them were some 10 ms of it.
        self._starting = ExitStack()
        self._starting.enter_context(collector_paused())
        self._before_view: Widget | None = None  # what had the focus before a view opened
        self._held: list[Key] = []  # keys pressed while the panels are mounted (on_event)
        # Whose evidence the article highlights: a panel, its item's id, the spans shown.
        self._evidence_of: tuple[ItemPanel, str, list[Span]] | None = None
        self._selection_shown = -1  # the latest panel selection shown (Selected.made)
        # Kept, not queried: every key asks whether n/N has evidence to step through, and a
        # query walks the screen's widgets (a third of a key's handling).
        # Soft line breaks shown as spaces (hard-wrapped text reflows); same offsets.
        self._article = ArticleView(self.document.display_text(), self.document.title or self.document.name,
                                    id="article")

    def get_default_screen(self) -> Screen[None]:
        return ReaderScreen(id="_default")

    def compose(self) -> ComposeResult:
        """The article alone, for its first paint to come as soon as it can; the rest is
        mounted after it (see _after_first_paint)."""
        # Laid out for the terminal's size before anything is styled: set on the mounted
        # widgets, the small terminal's layout styled every one of them again.
        tabbed = self._tabbed(self.size)
        self.set_class(tabbed, "-tabbed", update=False)
        yield StatusLine(id="status")
        with Horizontal(id="main"):
            with Vertical(id="article-pane"):
                # Styled focused from the start: it is given the focus as it is mounted
                # (on_mount), and styled unfocused first it was styled again (4 ms).
                self._article.set_reactive(Widget.has_focus, True)
                yield self._article
            # Holds the panels' place: the article is drawn at the width it keeps.
            yield Vertical(id="panels")
        # One widget, drawn with the article (its keys once the panels are there): mounted
        # later, it took a line from the article, which was laid out and drawn again.
        yield KeyFooter(compact=tabbed)

    @property
    def article(self) -> ArticleView:
        return self._article

    @property
    def panels(self) -> PanelArea:
        from .panels import PanelArea

        return self.query_one("#panels", PanelArea)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    def on_mount(self) -> None:
        self._apply_layout(self.size)
        # Focused now, not in its turn in the message queue (Widget.focus): after the first
        # paint, the article's focused style redrew it and its scrollbar.
        self.screen.set_focus(self.article)
        name = self.document.name + (" (sample: o opens your own)" if self.sample else "")
        byline = " · ".join(x for x in (self.document.byline, self.document.site) if x)
        self.status.show_file(f"{name} · {byline}" if byline else name)
        self.status.show_date(self.reference_date, "given" if self.reference_date else None, pending=True)
        self._decorate(self.document.furniture)
        self.article.first_drawn.subscribe(self, self._after_first_paint, immediate=True)

    def _after_first_paint(self, _: None) -> None:
        # The article's first frame is being made: the panels follow at the event loop's next
        # turn, once it is sent, before any later turn's timers. Begun from a message (up from
        # the article through three containers to the app, then a worker's first turn), the
        # screen's second layout (each widget the first sized asks for one, due 1/60 s after)
        # could come first on a loaded machine, laid out and drawn without the panels.
        asyncio.get_running_loop().call_soon(self._furnish)

    @work(group="furnish")
    async def _furnish(self) -> None:
        """Once the article is on screen: the panels, then the analysis (from the cache, or
        started) and the notes. A worker, not the app's handler: the article's own keys
        pressed meanwhile are handled as they come (in the handler they waited for all of
        it); the others wait for it (see on_event)."""
        with ExitStack() as batch:
            # One batch of screen updates from the first paint to the panels filled from the
            # cache: the screen's second layout (Textual lays out again each widget its first
            # layout sized, 7-9 ms) waits for the panels, and one layout places both. The
            # article's keys are handled meanwhile, and drawn with the panels.
            batch.enter_context(self.batch_update())
            # Imported on the event loop, keys waiting: some 10 ms once their bytecode is
            # compiled (more only on a first run). On a thread, the keys were handled
            # meanwhile, but its start and hand-back were 2 ms more on the way to the panels.
            _import_panels(self._tabbed(self.size))
            # A long article's cached analysis is read by the worker: reading the entry here
            # would hold up the keys.
            cached = self._from_cache(self.reference_date, CACHE_READ_AT_MOUNT)
            if cached is None:
                # Its worker starts once the panels are drawn: laid out with them, the
                # second layout made one longer stretch (25-30 ms) before it, keys waiting.
                batch.close()
            await self._mount_panels(cached)
        if cached is not None:
            self._draw_now()
        self._freeze()

    def _draw_now(self) -> None:
        """Lay out and draw the screen at once, not at the next tick of its 60 Hz timer.
        Woken by the updates that follow the first frame, the timer ticked during the batch
        (doing nothing) and the cached panels waited for the next tick: up to a whole period,
        10-14 ms on the sample, a fifth of the time from the first paint to the panels.
        Textual has no public call for it; without the private one the timer draws them."""
        update = getattr(self.screen, "_on_timer_update", None)
        if callable(update):
            update()

    async def _mount_panels(self, cached: Analysis | None) -> None:
        """The panels in place of their placeholder, showing the `cached` analysis, else
        with its worker started once they are drawn."""
        from .panels import PanelArea

        self._read_styles(styles_path("panels"))

        # Laid out for the terminal's size from the start: switching later would restyle
        # and rebuild every panel.
        tabbed = self._tabbed(self.size)
        area = PanelArea(id="panels")
        area.set_reactive(PanelArea.tabbed, tabbed)
        with self.batch_update():  # the panels replace their placeholder in one frame
            await self.query_one("#panels").remove()
            await self.query_one("#main").mount(area)
        self.call_after_refresh(self._furnished)
        if cached is not None:
            self.show_analysis(cached, cached=True)
        else:
            # Once the panels are drawn: the worker holds the GIL half the time (decoding a
            # cached analysis), and their first render beside it took twice as long.
            self.call_after_refresh(self._analyse_unless_started)

    def _read_styles(self, path: Path) -> None:
        """Add a file to the app's styles (parsed as the next widget is styled), for the
        widgets mounted from now on: its rules are for none of those mounted already."""
        self.css_path.append(path)  # reloaded with the others when edited (textual run --dev)
        if self.css_monitor is not None:
            self.css_monitor.add_paths([path])
        self.stylesheet.read(path)

    def _furnished(self) -> None:
        """The panels are drawn: the keys they wait for are enabled and handled."""
        self._starting.close()
        self.furnished = True
        # None of them opens before the keys are enabled. Parsed now, before a long article's
        # worker starts: left to the next restyle, they lengthened one as the panels filled.
        self._read_styles(styles_path("dialogs"))
        self.stylesheet.parse()
        self._apply_layout(self.size)  # a resize since the panels were mounted
        self.refresh_bindings()  # the keys are enabled (see check_action)
        self._release_held()
        # After the panels' frame, not in it: their toasts' widgets and styles made it 2-4 ms
        # later, and a toast a frame later is no later to the eye.
        if self.sample:
            self.notify(SAMPLE_HINT, title="Welcome", markup=False, timeout=8)
        if self.document.note:
            self.notify(f"{self.document.source}: {self.document.note}", severity="warning", markup=False)

    def _analyse_unless_started(self) -> None:
        # A date set meanwhile (keys held while the panels were mounted) started it already.
        if self._worker is None and not self.analysed:
            self._analyse(self.reference_date)

    def _release_held(self) -> None:
        """The keys held while the panels were mounted, handled in the order they came,
        before any key that comes now."""
        held, self._held = self._held, []
        for key in held:
            self.post_message(Key(key.key, key.character))

    async def on_event(self, event: Event) -> None:
        # While the panels are mounted, a key that is not the article's own, and any key
        # after it, waits for them, in order: "1j" selects in the Actors panel once it is there.
        if (isinstance(event, Key) and not event.is_forwarded and not self.furnished
                and (self._held or event.key not in ARTICLE_KEYS)):
            self._held.append(event)
            return
        await super().on_event(event)

    @staticmethod
    def _freeze() -> None:
        """Keep what exists now (Textual, the widgets, a finished analysis) out of the
        garbage collector's full passes: each walked every object, 30-50 ms on the UI
        thread with a long article's analysis, at random moments."""
        gc.freeze()

    @staticmethod
    def _full_passes(on: bool) -> None:
        """Full passes of the garbage collector off while the worker reads or makes an
        analysis: it builds hundreds of thousands of objects (each partial result anew),
        and each pass walked them all, holding the GIL, and the keys, 50-380 ms at a time
        (100k words). Back on once the analysis is shown and frozen (_freeze). Young
        passes go on: they walk only what is new since the last."""
        young, older, _ = gc.get_threshold()
        gc.set_threshold(young, older, FULL_PASS_AFTER if on else 1 << 30)

    def on_unmount(self) -> None:
        # Collectable again once the app is gone (tests run many apps in one process).
        self._starting.close()
        gc.unfreeze()
        self._full_passes(True)

    # Layout

    def on_resize(self, event: Resize) -> None:
        self._apply_layout(event.size)

    @staticmethod
    def _tabbed(size: Size) -> bool:
        return size.width < FULL_LAYOUT.width or size.height < FULL_LAYOUT.height

    def _apply_layout(self, size: Size) -> None:
        tabbed = self._tabbed(size)
        self.set_class(tabbed, "-tabbed")
        self.query_one(KeyFooter).compact = tabbed  # narrow: more keys in sight
        if self.furnished:
            self.panels.tabbed = tabbed

    # Analysis

    def _from_cache(self, reference_date: str | None, max_bytes: int | None = None) -> Analysis | None:
        return cached_analysis(self.document, reference_date, self.cache, self.model_key, max_bytes)

    def _analyse(self, reference_date: str | None, base: Analysis | None = None) -> None:
        self._worker_date = reference_date
        self._full_passes(False)
        self._worker = self.analyse(reference_date, base)

    @work(thread=True, exclusive=True, group="nlp", exit_on_error=False)
    def analyse(self, reference_date: str | None, base: Analysis | None = None) -> Result:
        """(the analysis or None if cancelled, whether it came from the cache, its evidence
        indexed for the panels). `base`, an analysis for another date, is re-resolved if it
        can be (no language model)."""
        from .panels import evidence_layers

        worker = get_current_worker()

        def progress(done: int, total: int | None) -> None:
            if not worker.is_cancelled:
                self.post_message(AnalysisProgress(done, total))

        def partial(analysis: Analysis) -> None:
            if not worker.is_cancelled:
                self.post_message(AnalysisPartial(worker, analysis, evidence_layers(analysis)))

        analysis, cached = analyse_document(self.document, reference_date, self.analyzer, cache=self.cache,
                                            model_key=self.model_key, progress=progress, partial=partial, base=base)
        return analysis, cached, evidence_layers(analysis) if analysis is not None else None

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        self._open_notes_soon()  # the analysis runs: no cached one is being read
        if not self.analysed:
            self.status.show_progress(message.done, message.total)

    def on_analysis_partial(self, message: AnalysisPartial) -> None:
        if message.worker is self._worker and not self.analysed:
            self._show(message.analysis, message.evidence)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker is not self._worker:
            return
        if event.state in (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED):
            # Its end is handled here: a date set from now on needs another analysis. (Told
            # from the worker's state, a date set between its end and this message started
            # one without the analysis to resolve it from.)
            self._worker = None
        if event.state == WorkerState.SUCCESS:
            analysis, cached, evidence = cast("Result", event.worker.result)
            if analysis is not None:
                self.show_analysis(analysis, cached, evidence)
                if self._worker_date != self.reference_date:  # a date set while it ran
                    self._analyse(self.reference_date, analysis)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            message = (str(error) if isinstance(error, ModelError)
                       else f"the analysis failed ({error.__class__.__name__}: {error})")
            self.status.show_state(message.splitlines()[0], error=True)
            if self.analysis is None:
                self.status.show_date(self.reference_date, "given" if self.reference_date else None)
                self.panels.show_analysis(None, "no analysis")
            else:  # the panels shown are kept (a new date that failed), and the date they are for
                self.status.show_date(self.analysis.reference_date, self.analysis.reference_source)
            self.notify(message, title="No analysis", severity="error", markup=False, timeout=30)
        if self._worker is None:  # none started again (shown, failed or stopped)
            self._full_passes(True)
            self._open_notes_soon()

    def show_analysis(self, analysis: Analysis, cached: bool = False, evidence: Evidence | None = None) -> None:
        self.analysed = True
        self._show(analysis, evidence)
        self.status.show_date(analysis.reference_date, analysis.reference_source)
        self.status.show_state("analysed ✓ (cached)" if cached else "analysed ✓")
        self._freeze()
        self._open_notes_soon()
        if self.notes:
            self._in_store_thread(self._remember_actors)
        if cached:
            # The notice was given at the open that analysed it; the status line still says
            # "date unknown", and a notice at every reopen covers the panels for its 10 s.
            self._no_date_told = True
        self._tell_if_undated()

    def _tell_if_undated(self) -> None:
        """Once, at the article's first analysis: it states no date (and none was set), so
        relative dates stay unresolved."""
        if (self._no_date_told or self.sample or not self._date_looked_up or not self.analysed
                or self.reference_date or self.analysis is None or self.analysis.reference_date):
            return
        self._no_date_told = True
        self._no_date_until = time.monotonic() + NO_DATE_SHOWN
        self.notify(NO_DATE_HINT, title="No date", markup=False, timeout=NO_DATE_SHOWN)

    def _decorate(self, furniture: list[Span]) -> None:
        """The document's markup drawn as such, and furniture dimmed."""
        # Furniture is one of the decorations: set to none with the markup, then to the
        # analysis's, it changed twice at every partial result, each redrawing every line of
        # the article (10 ms on a 100k-word article), however much of it was the same.
        by_kind: dict[str, list[Span]] = {"furniture": list(furniture)}
        for s, e, kind in self.document.markup_spans:
            by_kind.setdefault(kind, []).append((s, e))
        article = self.article
        for kind in ArticleView.DECORATIONS:
            article.decorate(kind, by_kind.get(kind, []))

    def _show(self, analysis: Analysis, evidence: Evidence | None = None) -> None:
        """`evidence`: the analysis's evidence_layers, when the worker built them."""
        self.uncorrected = analysis
        self._decorate(analysis.furniture)
        self.article.sentences = analysis.sentences
        self._show_corrected(evidence)

    def _show_corrected(self, evidence: Evidence | None = None) -> None:
        """The analysis with the reader's corrections applied, in the panels; `evidence`
        is the uncorrected analysis's evidence_layers, if built."""
        uncorrected = cast("Analysis", self.uncorrected)
        if self._corrections:
            # Imported only then: an article opened from the cache waited for it (2-3 ms)
            # on the way to the panels.
            from ..analysis.corrections import apply as apply_corrections

            self.analysis, self._missed = apply_corrections(uncorrected, self._corrections)
            evidence = None  # indexed again for what the corrections made
        else:
            self.analysis, self._missed = uncorrected, []
        self.panels.show_analysis(self.analysis, evidence=evidence)
        self.panels.mark_sentence(self.article.cursor)
        self._renew_evidence()
        if self.notes:  # what each claim is, and which corrections apply, as analysed now
            self._list_notes()

    def action_set_date(self) -> None:
        from .modals import DateScreen

        self.push_screen(DateScreen(self.reference_date), self._set_date)

    def _set_date(self, date: str | None) -> None:
        """The date typed after d: kept with the article for every later open (empty: the
        one it states again), and the timeline resolved against it."""
        if date is None or (date or None) == self.reference_date:
            return
        if (notes := self.notes) is not None:
            from ..store.dates import set_article_date

            self._in_store_thread(lambda: set_article_date(notes, date or None), failed=self._date_not_kept)
        self._use_date(date or None)

    def _date_not_kept(self, reason: str) -> None:
        self.notify(f"The date is used but could not be kept for next time: {reason}", title="Date",
                    severity="warning", markup=False, timeout=10)

    def _use_date(self, date: str | None) -> None:
        """Resolve the timeline against `date`: from the analysis shown when there is one
        (no language model), else once the running analysis is done."""
        self.reference_date = date
        if date and time.monotonic() < self._no_date_until:
            # The "no date" notice is wrong now. Textual withdraws only all notices at once;
            # the others on screen are from the same few seconds, when the user chose a date.
            self.clear_notifications()
        self.status.show_date(date, "given" if date else None, pending=True)
        if self.analysed and self.uncorrected is not None:  # the reader's corrections are applied again
            self.analysed = False
            self._analyse(date, self.uncorrected)
        elif self._worker is None:
            self._analyse(date)

    # Linking panels and article

    def on_item_panel_selected(self, event: ItemPanel.Selected) -> None:
        # Not if a key typed right after it needed a later one (_selection_now): in its panel
        # (stale), or in another panel focused since ("21n" at once from the article).
        if not event.stale and event.made > self._selection_shown:
            event.shown = True
            self._selection_shown = event.made
            self.article.show_evidence(event.kind, event.evidence, event.word)
            self._evidence_of = (event.panel, event.item.id, self.article.evidence)
            self._show_evidence_position()

    def _renew_evidence(self) -> None:
        """The evidence highlighted for a panel's item, as the analysis now shown has it: the
        item stays highlighted through a longer partial result, the whole analysis or a
        correction, and its evidence had stayed what the first had found ("mention 1 of 36"
        of an actor the whole article mentions 233 times)."""
        if self._evidence_of is None:
            return
        panel, item_id, shown = self._evidence_of
        item = panel.highlighted_item
        if (self.article.evidence is not shown or not panel.is_attached  # a relayout made the panels anew
                or item is None or item.id != item_id):
            return  # something else is highlighted now (a find, a note's claim, another item)
        self.article.renew_evidence(panel.evidence_of(item))
        self._evidence_of = (panel, item_id, self.article.evidence)
        self._show_evidence_position()

    def _pending_selection(self) -> ItemPanel.Selected | None:
        """The focused panel's latest selection while its message is still on its way up
        (made now if the panel's Focus event, which makes it, has not come yet)."""
        from .panels import ItemPanel

        focused = self.focused
        if not isinstance(focused, ItemPanel):
            return None
        focused.select_as_focused()
        if (selection := focused.selection) is not None and not selection.stale:
            return selection
        return None

    def _selection_now(self) -> None:
        """Show the focused panel's latest selection if its message has not arrived: in a
        burst of keys ("jn") the one after j is handled before the message j's move sent,
        and acted on the item before."""
        if (selection := self._pending_selection()) is not None:
            self.on_item_panel_selected(selection)

    # Views: an actor's claims, the sources

    async def on_actors_panel_claims(self, event: ActorsPanel.Claims) -> None:
        from .views import ClaimsPanel

        actor = event.actor.id
        await self._open_view(lambda: ClaimsPanel(actor, id="panel-view"))

    async def action_sources(self) -> None:
        from .views import SourcesPanel

        if isinstance(self.panels.view, SourcesPanel):
            self._close_view().focus()
        else:
            await self._open_view(lambda: SourcesPanel(id="panel-view"))

    async def _open_view(self, make: Callable[[], ViewPanel]) -> None:
        if self.panels.view is None:
            self._before_view = self.focused
        self.query_one("#main").add_class("-view")  # a view's rows are sentences: wider (see the styles)
        await self.panels.open_view(make)

    def on_view_panel_closed(self) -> None:
        self._close_view().focus()

    def _close_view(self) -> Widget:
        """Close the view open; the widget to focus again: the one focused before it opened."""
        self.query_one("#main").remove_class("-view")
        self.panels.close_view()
        before, self._before_view = self._before_view, None
        return before if before is not None and before.is_attached else self.article

    def on_item_panel_read(self) -> None:
        article = self.article
        if article.evidence_index is not None:
            sentence = article.sentence_at(article.evidence[article.evidence_index][0])
            article.set_cursor(sentence, scroll=False)
        article.focus()

    def on_article_view_cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self.panels.mark_sentence(event.index)

    def on_notes_panel_selected(self, event: NotesPanel.Selected) -> None:
        if event.entry.claim:
            self.article.show_evidence("mark", [(event.entry.claim.start, event.entry.claim.end)])
            self._show_evidence_position()

    def on_notes_panel_go(self, event: NotesPanel.Go) -> None:
        claim = event.entry.claim
        if claim is None:
            self.notify("This text is no longer in the article", markup=False, timeout=4)
            return
        article = self.article
        article.show_evidence("mark", [(claim.start, claim.end)])
        article.set_cursor(article.sentence_at(claim.start), scroll=False)
        article.focus()
        self._show_evidence_position()

    def action_evidence(self, step: int) -> None:
        # Enabled only with evidence highlighted (check_action).
        self._selection_now()
        self.article.step_evidence(step)
        self._show_evidence_position()

    def _show_evidence_position(self) -> None:
        """"mention 3 of 17" in the status line (and the find bar's count), and n/N enabled
        or not."""
        article = self.article
        if article.evidence_kind in ("find", None):
            for bar in self.query(FindBar):  # none until the first "/"
                bar.show_count(article.evidence_index, len(article.evidence))
        kind, index = article.evidence_kind, article.evidence_index
        if kind is None or index is None or len(article.evidence) < 2:  # nothing to step through
            self.status.show_evidence("")
        else:
            word = article.evidence_word or EVIDENCE_WORDS.get(kind, "evidence")
            self.status.show_evidence(f"{word} {index + 1} of {len(article.evidence)}")
        self.refresh_bindings()

    # Keys that do nothing here say why, and the palette runs what the keys run

    def _unavailable(self, action: str) -> str | None:
        """Why an action has nothing to act on now, or None when it has."""
        if action == "evidence" and not (self._pending_selection() or self.article).evidence:
            return "Nothing highlighted to step through: pick an item in a panel (1-4) or find with /"
        if action == "undo" and not self._undo:
            return "Nothing to undo"
        return None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.furnished:  # the first paint is not over: the panels are not there yet
            return action == "quit"
        # Shown dimmed in the footer while there is nothing to act on; the key says why.
        return None if self._unavailable(action) else True

    def on_key(self, event: Key) -> None:
        """A key that does nothing where the focus is says why: its action has nothing to
        act on, or it works in another pane."""
        if self.screen is not self.screen_stack[0]:
            return
        if isinstance(self.focused, Input) and event.is_printable:
            # Typed in one burst with the key that gave the field the focus ("/court"): these
            # keys were sent to the widget focused before, and are the field's, in order.
            event.stop()
            self.focused.post_message(Key(event.key, event.character))
            return
        active = self.screen.active_bindings.get(event.key)
        if active is not None:
            if not active.enabled and (why := self._unavailable(parse_action(active.binding.action)[1])):
                self.notify(why, markup=False, timeout=4)
            return
        for owner, where in keys_elsewhere():
            for binding in Binding.make_bindings(owner.BINDINGS):
                if binding.key == event.key and binding.description:
                    key = self.get_key_display(binding)
                    self.notify(f"{key} works {where}: {binding.tooltip or binding.description}", markup=False,
                                timeout=4)
                    return

    async def run_command(self, action: str) -> None:
        """A command chosen in the palette: the action its key runs, or why not now."""
        if why := self._unavailable(parse_action(action)[1]):
            self.notify(why, markup=False, timeout=4)
        else:
            await self.run_action(action)

    def get_system_commands(self, screen: Screen[Any]) -> Iterator[SystemCommand]:
        # The reader's own quit (it saves the reading position) and help are among its commands.
        yield from (c for c in super().get_system_commands(screen) if c.title not in ("Quit", "Keys"))

    # Bookmarks and notes

    def _open_notes_soon(self) -> None:
        """Open the notes once the panels are drawn and the analysis is shown, or is being
        made (not read from the cache). Opening the store (some 60 ms of imports and reading,
        on a thread) beside the panels' first render slowed it as much, and beside the worker
        reading a long article's cached analysis it held that back as long (one GIL)."""
        if not self._notes_asked:
            self._notes_asked = True
            self.call_after_refresh(self._open_notes)

    def _open_notes(self) -> None:
        document = self.document

        def open_store() -> tuple[NotesStore, ArticleNotes, str | None]:
            # Imported here: the notes store (TinyDB, a file lock, fuzzy matching) costs about 50 ms
            # to import, which the article's first paint need not wait for.
            from ..store.dates import article_date
            from ..store.notes import NotesStore

            store = NotesStore()
            return store, store.article(document.digest, document.text, document.source), \
                article_date(store, document.digest, document.source)

        self._in_store_thread(open_store, self._notes_opened, self._notes_unavailable)

    def _notes_opened(self, opened: tuple[NotesStore, ArticleNotes, str | None]) -> None:
        self.store, self.notes, kept_date = opened
        self._date_looked_up = True
        if kept_date and not self.date_given and kept_date != self.reference_date:
            self._use_date(kept_date)
        else:
            self._tell_if_undated()
        position = self.notes.position()
        if position:
            self._position_seen = self._position_saved = position
            self.article.scroll_to_offset(position)
        # The article's timers, not the app's: they stop with the article, whereas the app's
        # kept ticking while it closed, and found no article to read the position of.
        self.article.set_interval(POSITION_IDLE, self._save_position_when_idle)
        self.article.set_interval(NOTES_CHECK, self._check_notes)
        self._in_store_thread(self._remember, failed=lambda error: self.notify(
            f"Not kept in the library: {error}", title="Library", severity="warning", markup=False, timeout=10))

    # The library

    def _main_actors(self) -> list[str] | None:
        """The names of the actors mentioned most, once the analysis is done."""
        if not self.analysed or self.analysis is None:
            return None
        return [a.name for a in sorted(self.analysis.actors, key=lambda a: -len(a.mentions))]

    def _remember(self) -> None:
        """That this article was opened now (on the store's thread)."""
        from ..store.library import Library

        notes = cast("ArticleNotes", self.notes)
        Library(cast("NotesStore", self.store)).remember(notes, self.document, self.page, self._main_actors())

    def _remember_actors(self) -> None:
        from ..store.library import Library

        if (actors := self._main_actors()) is not None:
            Library(cast("NotesStore", self.store)).remember_actors(cast("ArticleNotes", self.notes), actors)

    def restore_status(self) -> None:
        if self.analysed:
            self.status.show_state("analysed ✓")
        else:  # the analysis's next progress report shows the bar again
            self.status.show_state("analysing…")

    def action_library(self) -> None:
        self.leave_for(LIBRARY)

    def _notes_unavailable(self, reason: str) -> None:
        self.notes_error = reason
        self._date_looked_up = True
        self._tell_if_undated()
        self.notify(f"Notes are unavailable: {reason}", title="Notes", severity="error", markup=False, timeout=15)

    def _in_store_thread(self, change: Callable[[], T], done: Callable[[T], object] | None = None,
                         failed: Callable[[str], None] | None = None) -> None:
        """Run `change` (a call into the notes store) on a worker thread, after those asked
        for before it: a save of a large store takes seconds, which the keyboard must not
        wait for. Then, on this thread, done(its result), or failed(why) if it raised
        StoreError, and the Notes panel shows the store as it is now."""
        self._notes_jobs.append((change, done, failed))
        if len(self._notes_jobs) == 1:
            self._run_store_job(change)

    @work(thread=True, group="notes")
    def _run_store_job(self, change: Callable[[], object]) -> None:
        try:
            result, error = change(), None
        except StoreError as exc:
            result, error = None, str(exc)
        self.post_message(NotesDone(result, error))

    def on_notes_done(self, message: NotesDone) -> None:
        _, done, failed = self._notes_jobs.pop(0)
        if self._notes_jobs:
            self._run_store_job(self._notes_jobs[0][0])
        if message.error is None:
            if done:
                done(message.result)
        elif failed:
            failed(message.error)
        if self.store and self.store.recovered != self._recovered_shown:
            self._recovered_shown = self.store.recovered
            self.notify(cast(str, self.store.recovered), title="Notes", severity="warning", markup=False, timeout=20)
        if self.notes and self.query("PanelArea"):  # a save that ends as the reader closes shows nothing
            self._show_notes()
        if self._quitting and not self._notes_jobs:
            self.exit()

    def _check_notes(self) -> None:
        """Another reader may have saved notes on this article: show them (a stat call
        when nothing changed)."""
        # The store is open whenever the notes are.
        if self.notes and not self._notes_jobs and cast("NotesStore", self.store).changed():
            self._in_store_thread(self.notes.reload)

    def on_app_focus(self) -> None:
        if self.notes:
            self._check_notes()

    def _show_notes(self) -> None:
        assert self.notes is not None
        corrections = [c for r in self.notes.corrections() if (c := r.applicable()) is not None]
        changed, self._corrections = corrections != self._corrections, corrections
        if changed and self.uncorrected is not None:
            self._show_corrected()  # which lists the notes
        else:
            self._list_notes()

    def _list_notes(self) -> None:
        from .notes_entries import entries

        found = entries(cast("ArticleNotes", self.notes), self._missed, self.analysis)
        self.panels.show_notes(found)
        self.article.set_marks((e.claim.start, "note" if e.note else "bookmark")
                               for e in found if e.claim and (e.note or e.bookmark))

    def _notes_or_say_why(self) -> ArticleNotes | None:
        if self.notes is None:
            self.notify(f"Notes are unavailable: {self.notes_error}", severity="error", markup=False, timeout=6)
        return self.notes

    def _target(self) -> tuple[Claim | None, Entry | None]:
        """What b and a act on: the entry highlighted in the Notes panel, the item selected
        in another focused panel, or the current sentence."""
        from .notes_entries import Claim
        from .notes_panel import NotesPanel
        from .panels import ItemPanel

        focused = self.focused
        if isinstance(focused, NotesPanel):
            return (focused.entry.claim, focused.entry) if focused.entry else (None, None)
        if isinstance(focused, ItemPanel) and (item := focused.highlighted_item) is not None:
            return Claim(focused.item_kind(item), *focused.claim_span(item)), None
        index = self.article.current_sentence()
        if index is None:
            return None, None
        start, end = self.article.sentences[index]
        # A bookmark quotes the sentence's words, not the space around them.
        words = self.document.text[start:end]
        start += len(words) - len(words.lstrip())
        return Claim("sentence", start, max(start, end - (len(words) - len(words.rstrip())))), None

    def _say_nothing_to_mark(self) -> None:
        waiting = "" if self.analysed else " (the sentences are known once the analysis is done)"
        self.notify("No sentence or item under the cursor" + waiting, markup=False, timeout=4)

    def action_bookmark(self) -> None:
        if (notes := self._notes_or_say_why()) is None:
            return
        claim, entry = self._target()
        bookmark = entry.bookmark if entry else claim and notes.find_bookmark(claim.start, claim.end)
        if bookmark:
            self._remove_bookmark(bookmark)
            return
        if not claim:
            self._say_nothing_to_mark()
            return
        from .notes_panel import clip

        text = clip(cast(str, notes.text)[claim.start:claim.end], 60)

        def added(bookmark: Bookmark) -> None:
            self._undoable(f"bookmark on “{text}”", lambda: notes.remove_bookmark(bookmark.id))
            self.notify(f"Bookmarked: “{text}”", markup=False, timeout=3)

        self._in_store_thread(
            lambda: notes.add_bookmark(claim.kind, claim.start, claim.end), added,
            lambda error: self.notify(f"Not saved: {error}", title="Bookmark", severity="error", markup=False,
                                      timeout=10))

    def _remove_bookmark(self, bookmark: Bookmark) -> None:
        notes = cast("ArticleNotes", self.notes)
        self._remove("Bookmark", "removed", bookmark, lambda: notes.remove_bookmark(bookmark.id))

    def _remove(self, title: str, done: str, record: Annotation, remove: Callable[[], object]) -> None:
        """Remove a bookmark, note or correction in the store thread, undoably (u restores it)."""
        notes = cast("ArticleNotes", self.notes)

        def removed(_: object) -> None:
            self._undoable(f"{title.lower()} {done}", lambda: notes.restore(record))
            self.notify(f"{title} {done} — press u to undo", markup=False, timeout=6)

        self._in_store_thread(
            remove, removed,
            lambda error: self.notify(f"Not {done}: {error}", title=title, severity="error", markup=False,
                                      timeout=10))

    def action_note(self) -> None:
        if (notes := self._notes_or_say_why()) is None:
            return
        claim, entry = self._target()
        note = entry.note if entry else claim and notes.find_note(claim.start, claim.end)
        if not note and not claim:
            self._say_nothing_to_mark()
            return
        # Without an orphaned note there is a claim, in the article's text.
        text = (note.exact if note and note.orphaned
                else cast(str, notes.text)[cast("Claim", claim).start:cast("Claim", claim).end])

        def save(body: str, finished: Callable[[str | None], None]) -> None:
            def change() -> Note:
                if note:
                    return notes.update_note(note.id, body)
                assert claim is not None
                return notes.add_note(claim.kind, claim.start, claim.end, body)

            def saved(new: Note) -> None:
                if note:
                    self._undoable("note edited", lambda: notes.restore(note))
                else:
                    self._undoable("note written", lambda: notes.delete_note(new.id))
                finished(None)

            self._in_store_thread(change, saved, finished)

        from .modals import NoteEditor

        self.push_screen(NoteEditor(text, note.body if note else "", save))

    def action_copy(self) -> None:
        from ..attribution import Publication, citation
        from .notes_panel import clip

        claim, entry = self._target()
        if claim is None:
            if entry is None:
                self._say_nothing_to_mark()
            else:
                self.notify("This text is no longer in the article", markup=False, timeout=4)
            return
        item = self._selected_item(claim)
        publication = Publication(self.document.site, self.document.title,
                                  self.analysis.reference_date if self.analysis else self.reference_date)
        # What is pasted elsewhere (a terminal too) carries no control characters.
        text = for_terminal(citation(item, self.analysis, self.document.text[claim.start:claim.end], publication))
        self.copy_to_clipboard(text)
        self.notify(f"Copied: {clip(text, 120)}", title="Clipboard", markup=False, timeout=5)

    def _selected_item(self, claim: Claim) -> Item | Source | None:
        """The item (or row of the sources) a claim of the panels or of the Notes panel is
        on; None for a sentence."""
        from ..attribution import claim_items
        from .panels import KINDS, ItemPanel

        focused = self.focused
        if isinstance(focused, ItemPanel):
            return focused.highlighted_item
        if self.analysis is None or claim.kind not in KINDS:
            return None
        found = claim_items(self.analysis, claim.kind, claim.start, claim.end)
        return found[0] if found else None

    def on_notes_panel_delete(self, event: NotesPanel.Delete) -> None:
        entry, notes = event.entry, self.notes
        if entry.correction is not None:
            correction = entry.correction
            self._remove("Correction", "removed", correction,
                         lambda: cast("ArticleNotes", notes).remove_correction(correction.id))
            return
        if entry.note is None:
            assert entry.bookmark is not None  # an entry has a bookmark or a note
            self._remove_bookmark(entry.bookmark)
            return

        note = entry.note

        def delete(yes: bool | None) -> None:
            if yes:
                self._remove("Note", "deleted", note, lambda: cast("ArticleNotes", notes).delete_note(note.id))

        from .modals import ConfirmScreen
        from .notes_panel import clip

        self.push_screen(ConfirmScreen(f"Delete the note “{clip(note.body, 60)}”?", "Delete"), delete)

    def _undoable(self, what: str, undo: Callable[[], object]) -> None:
        """Remember a change to the notes, and the store call that undoes it, for u."""
        self._undo = [*self._undo[1 - UNDO_DEPTH:], (what, undo)]
        self.refresh_bindings()

    def action_undo(self) -> None:
        # Enabled only with something to undo (check_action).
        what, undo = self._undo.pop()
        self.refresh_bindings()

        def failed(error: str) -> None:
            self._undoable(what, undo)
            self.notify(f"Not undone: {error}", severity="error", markup=False, timeout=10)

        def done(_: object) -> None:
            more = f" ({len(self._undo)} more: u again)" if self._undo else ""
            self.notify(f"Undone: {what}{more}", markup=False, timeout=4)

        self._in_store_thread(undo, done, failed)

    # Corrections

    def on_item_panel_correct(self, event: ItemPanel.Correct) -> None:
        from .correcting import Fix, plan

        if self._notes_or_say_why() is None or self.analysis is None:
            return
        article = self.article
        mention = article.evidence[article.evidence_index] if article.evidence_index is not None else None
        planned = plan(event.op, event.kind, event.item, self.analysis, mention)
        if isinstance(planned, str):
            self.notify(planned[0].upper() + planned[1:], markup=False, timeout=5)
        elif isinstance(planned, Fix):
            self._save_fix(planned)
        else:
            self.push_screen(planned.screen, lambda answer, ask=planned: self._answered(ask, answer))

    def _answered(self, ask: Ask, answer: object) -> None:
        if (fix := ask.answer(answer)) is not None:
            self._save_fix(fix)

    def _save_fix(self, fix: Fix) -> None:
        notes = cast("ArticleNotes", self.notes)

        def saved(made: object) -> None:
            correction = cast("StoredCorrection", made)
            self._undoable(fix.said, lambda: notes.remove_correction(correction.id))
            self.notify(f"{fix.said} — u undoes", markup=False, timeout=6)

        self._in_store_thread(
            lambda: notes.add_correction(fix.op, fix.kind, *fix.span, value=fix.value, other=fix.other), saved,
            lambda error: self.notify(f"Not saved: {error}", title="Correction", severity="error", markup=False,
                                      timeout=10))


    @work(exclusive=True, group="export")
    async def action_export(self) -> None:
        if (notes := self._notes_or_say_why()) is None:
            return
        assert self.store is not None  # opened with the notes
        if self._notes_jobs:  # a bookmark or note just made is still being saved: export it too
            self._in_store_thread(lambda: None, lambda _: self.action_export())
            return
        if self.store.changed():  # another reader saved notes meanwhile: export them too
            self._in_store_thread(notes.reload, lambda _: self.action_export(), lambda error: self.notify(
                f"Not exported: {error}", title="Export", severity="error", markup=False, timeout=10))
            return
        if not notes.bookmarks() and not notes.notes():
            self.notify("Nothing to export yet: b bookmarks, a writes a note", markup=False, timeout=4)
            return
        from ..analysis.lexicon import words
        from ..store.export import file_name, markdown, write_file
        from .modals import ConfirmScreen

        # A partial analysis would list some of the sources as if they were all.
        analyses = {notes.digest: self.analysis} if self.analysed and self.analysis else {}
        # Read later with cat or less: escape sequences in the article or a note stay inert.
        data = for_terminal(markdown([notes], analyses), multiline=True).encode("utf-8")
        name = file_name(self.document.name, self.document.title, words("generic_page_names"))
        errors = []
        for directory in (Path.cwd(), self.store.home):
            path = directory / name
            if os.path.lexists(path) and not await self.push_screen_wait(
                    ConfirmScreen(f"{path} already exists. Replace it with the notes of this article?", "Replace")):
                self.notify(f"Not exported: {path} was kept", title="Export", markup=False, timeout=6)
                return
            try:
                directory.mkdir(parents=True, exist_ok=True)
                link = path.is_symlink()
                written = write_file(path, data)
            except OSError as exc:
                errors.append(f"{directory}: {exc.strerror or exc}")
                continue
            via = f" (the file {written} it links to)" if link else ""
            self.notify(f"Notes exported to {path}{via}", title="Export", markup=False, timeout=10)
            return
        self.notify("Not exported: " + "; ".join(errors), title="Export", severity="error", markup=False, timeout=10)

    # The reading position

    def _save_position(self) -> None:
        offset = self.article.top_offset
        if self.notes is None or offset == self._position_saved or (offset == 0 and self._position_saved is None):
            return
        self._position_saved = offset
        notes = self.notes

        def failed(_: str) -> None:
            self._position_saved = None  # not worth an error message; the next pause retries

        self._in_store_thread(lambda: notes.set_position(offset), failed=failed)

    def _save_position_when_idle(self) -> None:
        offset = self.article.top_offset
        if offset == self._position_seen:
            self._save_position()
        self._position_seen = offset

    async def action_quit(self) -> None:
        self.leave_for(None)

    def leave_for(self, destination: Next) -> None:
        """Quit, or leave for another article or the library, once the position and the
        notes are saved."""
        self.next = destination
        self._save_position()
        if self._notes_jobs:  # the app exits once they are saved
            self._quitting = True
            self.notify("Saving the notes…", markup=False, timeout=30)
            return
        self.exit()

    def action_focus_panel(self, kind: str) -> None:
        from .list_panel import ListPanel

        if self.panels.view is not None:
            self._close_view()
        self.panels.show_tab(kind)
        panel = self.panels.panel(kind)
        if isinstance(panel, ListPanel):
            panel.highlight_default()
        # Focused at once (Widget.focus waits its turn in the message queue), so that keys
        # typed right after the panel's number ("2j", "2b") reach the panel, not the article.
        self.screen.set_focus(panel, scroll_visible=False)

    # Find

    async def action_find(self) -> None:
        # Mounted when first opened: mounted as the panels fill, its layout of the whole
        # screen (10-15 ms of the UI thread on a long article) held up the keys. Keys typed
        # in the same burst wait for it in the queue (see on_key).
        if not self.query(FindBar):
            await self.query_one("#article-pane").mount(FindBar(id="find"))
        self.query_one(FindBar).open()

    def on_find_bar_changed(self, event: FindBar.Changed) -> None:
        self.article.show_evidence("find", self.article.find(event.query))
        self._show_evidence_position()

    def on_find_bar_step(self, event: FindBar.Step) -> None:
        self.article.step_evidence(event.step)
        self._show_evidence_position()

    def on_find_bar_closed(self) -> None:
        self.article.focus()

    # Help

    def action_help(self) -> None:
        from .help import HelpScreen, binding_rows
        from .modals import NoteEditor
        from .notes_panel import NotesPanel
        from .panels import ActorsPanel, ItemPanel, QuotesPanel
        from .views import ClaimsPanel, SourcesPanel

        panel_rows = binding_rows(self, ItemPanel)
        sections = [
            ("Anywhere", [*binding_rows(self, self), ("tab / shift+tab", "Next / previous pane")]),
            ("Article", [*binding_rows(self, self.article), ("click", "Put the sentence cursor on a sentence")]),
            ("Panels", panel_rows),
            ("Actors panel", [row for row in binding_rows(self, ActorsPanel) if row not in panel_rows]),
            ("Quotes panel", [row for row in binding_rows(self, QuotesPanel) if row not in panel_rows]),
            ("Claims (an actor's: enter or c)", binding_rows(self, ClaimsPanel)),
            ("Sources (s)", binding_rows(self, SourcesPanel)),
            ("Notes panel", binding_rows(self, NotesPanel)),
            ("Note editor", binding_rows(self, NoteEditor)),
            ("Find bar", [("enter", "Next match"), *binding_rows(self, FindBar)]),
            ("Help", binding_rows(self, HelpScreen)),
        ]
        self.push_screen(HelpScreen(sections))


def _import_panels(tabbed: bool) -> None:
    """The panels' modules, with Textual's tabs when the panels are laid out as tabs."""
    import_module(f"{__package__}.panels")
    if tabbed:
        from textual.widgets import TabbedContent  # noqa: F401


def keys_elsewhere() -> tuple[tuple[type[Any], str], ...]:
    """Widgets whose own keys do nothing elsewhere, and where to press them instead."""
    from .notes_panel import NotesPanel
    from .panels import ActorsPanel, ItemPanel, QuotesPanel

    return ((QuotesPanel, "in the Quotes panel (2)"), (ItemPanel, "in a panel (1-4)"),
            (ActorsPanel, "in the Actors panel (1)"), (NotesPanel, "in the Notes panel (5)"))


def load_sample() -> Document:
    return load(sample_article())


def reattach_terminal() -> None:
    """After reading the article from a pipe, read keys from the terminal instead."""
    if sys.stdin.isatty():
        return
    fd = os.open("/dev/tty", os.O_RDONLY)
    os.dup2(fd, 0)
    os.close(fd)


def run(document: Document, sample: bool = False, reference_date: str | None = None,
        model_name: str | None = None, page: Page | None = None) -> int:
    """The reader on an article already loaded (see cli.run_reader), then whatever is
    opened from it, until the user quits."""
    from .opening import Opened
    from .opening import run as run_from

    return run_from(Opened(document, page, sample), reference_date, model_name)
