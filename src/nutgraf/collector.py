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
