"""Where nutgraf finds its styles and sample article: the checkout's top-level folders, or the
copies a wheel carries inside the package (which has only the samples written for nutgraf)."""
from pathlib import Path

from nutgraf.shipped import data_dir, sample_article

ROOT = Path(__file__).resolve().parents[1]


def installed(tmp_path: Path) -> Path:
    """The package as a wheel installs it: data folders inside, no user's sample."""
    package = tmp_path / "site-packages" / "nutgraf"
    (package / "styles").mkdir(parents=True)
    (package / "styles" / "reader.tcss").write_text("Screen {}\n")
    (package / "sample_articles").mkdir()
    for name in ("README.md", "harbour-bridge.html", "tidal-record.md"):
        (package / "sample_articles" / name).write_text("x\n")
    return package


def test_a_checkout_opens_the_users_sample_and_its_own_styles():
    from nutgraf.app.reader import load_sample, styles_path

    assert styles_path() == ROOT / "styles" / "reader.tcss"
    assert sample_article() == ROOT / "sample_articles" / "icc-sanctions.txt"
    assert load_sample().name == "icc-sanctions.txt"


def test_an_install_opens_a_sample_written_for_nutgraf(tmp_path):
    package = installed(tmp_path)
    assert data_dir("styles", package) == package / "styles"
    assert sample_article(package) == package / "sample_articles" / "harbour-bridge.html"
