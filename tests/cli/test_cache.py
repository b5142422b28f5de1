"""The on-disk cache: built once, reused, rebuilt when broken, off when asked."""

from __future__ import annotations

from dossier.cache import cached


def _counting_builder():
    calls = []

    def build():
        calls.append(1)
        return {"value": len(calls)}

    return build, calls


def test_cached_builds_once_and_then_reads_the_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    build, calls = _counting_builder()
    assert cached("thing", ("a", 1), build) == {"value": 1}
    assert cached("thing", ("a", 1), build) == {"value": 1}
    assert len(calls) == 1


def test_cached_misses_when_the_key_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    build, calls = _counting_builder()
    cached("thing", ("a", 1), build)
    cached("thing", ("a", 2), build)
    assert len(calls) == 2


def test_cached_rebuilds_a_corrupt_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    build, calls = _counting_builder()
    cached("thing", "k", build)
    for entry in tmp_path.glob("thing-*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert cached("thing", "k", build) == {"value": 2}


def test_cached_rejects_an_entry_of_the_wrong_kind(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    cached("thing", "k", lambda: ["a list"])
    assert cached("thing", "k", lambda: {"a": "dict"}, kind=dict) == {"a": "dict"}


def test_cached_is_off_with_an_empty_cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", "")
    build, calls = _counting_builder()
    cached("thing", "k", build)
    cached("thing", "k", build)
    assert len(calls) == 2
