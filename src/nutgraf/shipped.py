"""Files nutgraf ships beside its code: the reader's styles and the sample articles.

Both folders sit at the top of the repository (`styles/`, `sample_articles/`); a wheel
carries them inside the package (`nutgraf/styles`, `nutgraf/sample_articles`), but only the
samples written for nutgraf: the user's own sample may not be redistributed
(sample_articles/README.md), so it opens from a checkout only."""
from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent

# The sample `nutgraf` opens with no argument: the user's own where it exists, else one
# written for nutgraf, which every install has.
SAMPLES = ("icc-sanctions.txt", "harbour-bridge.html")


def data_dir(name: str, package: Path = PACKAGE) -> Path:
    """A data folder inside the installed package, else at the top of the checkout that
    `package` (src/nutgraf) belongs to."""
    installed = package / name
    return installed if installed.is_dir() else package.parents[1] / name


def sample_article(package: Path = PACKAGE) -> Path:
    folder = data_dir("sample_articles", package)
    for name in SAMPLES:
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"no sample article in {folder}")
