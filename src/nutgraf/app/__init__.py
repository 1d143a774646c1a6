"""The Textual reader."""
from ..collector import kept_for_good

# Textual's import makes some hundred thousand objects that live as long as the program:
# the collector's passes over them as they were made, which could free none, were 15 ms of
# the reader's first paint.
with kept_for_good():
    import textual.app  # noqa: F401
