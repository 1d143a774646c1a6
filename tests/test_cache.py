"""The analysis cache beside the notes."""
import errno

from nutgraf.store import cache as cache_module
from nutgraf.store.cache import AnalysisCache

RESULT = {"actors": [{"name": "ICC", "mentions": [[4, 7]]}], "numbers": []}


def test_round_trip_across_instances_and_keys(tmp_path):
    assert AnalysisCache(tmp_path).put("d1", "en_core_web_sm-3.8.0", 2, RESULT) is True
    cache = AnalysisCache(tmp_path)
    assert cache.get("d1", "en_core_web_sm-3.8.0", 2) == RESULT
    assert cache.get("d1", "en_core_web_sm-3.8.0", "2") == RESULT
    assert cache.get("d1", "en_core_web_sm-3.8.1", 2) is None
    assert cache.get("d1", "en_core_web_sm-3.8.0", 3) is None
    assert cache.get("d2", "en_core_web_sm-3.8.0", 2) is None


def test_uses_nutgraf_home(tmp_path, monkeypatch):
    monkeypatch.setenv("NUTGRAF_HOME", str(tmp_path))
    AnalysisCache().put("d", "m", 1, RESULT)
    assert len(list((tmp_path / "cache").glob("*.json"))) == 1


def test_damaged_entries_are_ignored_and_replaced(tmp_path):
    cache = AnalysisCache(tmp_path)
    cache.put("d", "m", 1, RESULT)
    (entry,) = (tmp_path / "cache").glob("*.json")
    for damage in (b"", b"{\"key\": [\"d\", \"m\", \"1\"], \"data\": {\"act", b"[]", b"\xff\xfe"):
        entry.write_bytes(damage)
        assert cache.get("d", "m", 1) is None
        assert cache.put("d", "m", 1, RESULT)
        assert cache.get("d", "m", 1) == RESULT


def test_oldest_unused_entries_are_evicted(tmp_path):
    cache = AnalysisCache(tmp_path, max_entries=3)
    for n in range(3):
        cache.put(f"d{n}", "m", 1, {"n": n})
    assert cache.get("d0", "m", 1) == {"n": 0}  # used: now the newest
    cache.put("d3", "m", 1, {"n": 3})
    assert len(list((tmp_path / "cache").glob("*.json"))) == 3
    assert cache.get("d1", "m", 1) is None
    assert [cache.get(f"d{n}", "m", 1) for n in (0, 2, 3)] == [{"n": 0}, {"n": 2}, {"n": 3}]


def test_unwritable_cache_is_not_an_error(tmp_path, monkeypatch):
    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cache_module, "atomic_write", full)
    cache = AnalysisCache(tmp_path)
    assert cache.put("d", "m", 1, RESULT) is False
    assert cache.get("d", "m", 1) is None


def test_an_entry_over_max_bytes_is_left_for_a_later_read(tmp_path):
    cache = AnalysisCache(tmp_path)
    cache.put("d1", "m 1", 1, RESULT)
    assert cache.get("d1", "m 1", 1, max_bytes=10) is None
    assert cache.get("d1", "m 1", 1, max_bytes=10_000) == RESULT
    assert cache.get("d1", "m 1", 1) == RESULT  # still there, untouched by the refusal
