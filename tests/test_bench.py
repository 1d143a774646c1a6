"""The benchmark's own measuring (benchmarks/bench.py, a script, not part of the package)."""
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_bench():
    spec = importlib.util.spec_from_file_location("nutgraf_benchmark_bench", ROOT / "benchmarks" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_commands_peak_memory_is_its_own_not_the_benchmarks():
    # Linux counts the memory of the process a command was forked from into its peak: the
    # benchmark, grown by its notes row, measured every later command at its own size.
    bench = load_bench()
    ballast = bytearray(256 << 20)
    ballast[::4096] = b"\1" * len(ballast[::4096])  # resident, page by page
    _, small = bench.run([sys.executable, "-c", "pass"])
    _, large = bench.run([sys.executable, "-c", "b = bytearray(128 << 20); b[::4096] = b'1' * len(b[::4096])"])
    assert small < 64 * 1024 and 128 * 1024 < large < 200 * 1024  # KiB
    del ballast


def test_the_spread_of_a_rows_rounds_is_their_middle_half():
    bench = load_bench()
    assert bench.middle_half([1.30, 1.29, 1.50, 1.31, 1.32]) == pytest.approx((1.295, 1.41))
    assert bench.spread((1.2951, 1.41)) == "1.295-1.410"
