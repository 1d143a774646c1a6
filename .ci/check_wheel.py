"""CI: build the wheel and check what it ships.

It must carry every module and lexicon list under src/nutgraf, the reader's styles, and of
the sample articles only those written for nutgraf (the user's own sample may not be
redistributed: sample_articles/README.md); installed, `nutgraf` with no argument must find
its styles and open one of those samples."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_SAMPLES = {"README.md", "harbour-bridge.html", "tidal-record.md"}

INSTALLED_CHECK = """
import sys
from pathlib import Path
import nutgraf
from nutgraf.app.reader import load_sample, styles_path
home = Path(nutgraf.__file__).parent
assert home.is_relative_to(sys.argv[1]), home
assert styles_path().is_file() and styles_path().is_relative_to(home), styles_path()
assert load_sample().name == "harbour-bridge.html", load_sample().name
"""


def expected() -> set[str]:
    src = ROOT / "src"
    names = {p.relative_to(src).as_posix() for p in (src / "nutgraf").rglob("*")
             if p.is_file() and "__pycache__" not in p.parts}
    names |= {f"nutgraf/styles/{p.name}" for p in (ROOT / "styles").glob("*.tcss")}
    names |= {f"nutgraf/sample_articles/{name}" for name in SHIPPED_SAMPLES}
    return names


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        # From a clean copy: an in-tree build would ship whatever a stale build/ holds.
        tree = Path(tmp) / "tree"
        junk = shutil.ignore_patterns(".git", ".venv", "build", "*.egg-info", "__pycache__")
        shutil.copytree(ROOT, tree, ignore=junk)
        subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", tmp, str(tree)], check=True)
        wheel = next(Path(tmp).glob("nutgraf-*.whl"))
        shipped = {n for n in zipfile.ZipFile(wheel).namelist() if ".dist-info/" not in n}
        missing, extra = expected() - shipped, shipped - expected()
        if missing or extra:
            print(f"check_wheel: {wheel.name}\n  missing: {sorted(missing)}\n  unexpected: {sorted(extra)}")
            return 1
        target = Path(tmp) / "site"
        install = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)]
        subprocess.run(install, check=True)
        env = {**os.environ, "PYTHONPATH": str(target)}
        subprocess.run([sys.executable, "-c", INSTALLED_CHECK, str(target)], check=True, env=env, cwd=tmp)
    print(f"check_wheel: {len(shipped)} files, as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
