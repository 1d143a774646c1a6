"""Python's cycle collector paused around work that makes many objects and no cycles."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector paused for a block, and restarted after if it ran. It walks every
    live container each time a block has made enough new ones: the store's parsed file is
    some million containers, an analysis's extraction makes hundreds of thousands, neither
    with cycles to speak of, and those walks were a third of the time of opening an article
    in a large store and a tenth of an extraction's."""
    if not gc.isenabled():  # paused already, by an enclosing block or by the program
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@contextmanager
def kept_for_good() -> Iterator[None]:
    """A block making objects that live as long as the program (imports), without the
    collector's passes: none while it runs, and none over them after (frozen). A pass
    walks every live container, and what an import makes is never garbage."""
    with collector_paused():
        yield
        # Frozen before the collector restarts: its first pass would walk all of it.
        gc.freeze()
