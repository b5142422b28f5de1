"""The suite's own rules (tests/conftest.py): what a missing service does, locally and in CI."""

from __future__ import annotations

import os

import pytest
from service_support import require_service


def test_require_service_skips_locally(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no server here"):
        require_service("no server here")


def test_require_service_fails_under_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="no server here"):
        require_service("no server here")


def test_cache_dir_is_this_runs_own(isolated_cache):
    assert os.environ["DOSSIER_CACHE_DIR"] == str(isolated_cache)
    assert not str(isolated_cache).startswith(os.path.expanduser("~/.cache"))
