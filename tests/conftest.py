"""Fixtures and rules shared by the whole suite.

- Tiers: every test that uses the ``nlp`` fixture (directly or through another fixture) is
  marked ``slow``; ``make test-fast`` runs the rest (``-m "not slow"``) in seconds.
- The on-disk cache (``DOSSIER_CACHE_DIR``) is a fresh directory per test run, so a run never
  reads entries an older checkout left behind and never writes to the user's cache.
- A test that needs something this machine may lack (a PostgreSQL server, its driver, the
  team's data in ../shared) calls ``require_service(reason)`` (tests/support/service_support.py,
  used by the fixtures below and by tests that look for one file): it skips locally and fails
  when ``CI=true``, so a CI run cannot go green by skipping.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
import pytest
from service_support import require_service

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
# the machine's server has trust authentication and a database named test
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def pytest_collection_modifyitems(config, items) -> None:
    # the fixture closure includes fixtures that use ``nlp`` themselves (parse, refs, demo_db)
    for item in items:
        if "nlp" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session", autouse=True)
def isolated_cache(tmp_path_factory) -> Path:
    """This run's own cache directory (tests of the cache itself set their own)."""
    folder = tmp_path_factory.mktemp("dossier-cache")
    before = os.environ.get("DOSSIER_CACHE_DIR")
    os.environ["DOSSIER_CACHE_DIR"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("DOSSIER_CACHE_DIR", None)
    else:
        os.environ["DOSSIER_CACHE_DIR"] = before


@pytest.fixture(scope="session")
def shared() -> Path:
    """The team's shared development data (../shared): skipped without it, failed under CI."""
    if not SHARED.is_dir():
        require_service("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def psycopg_driver():
    """The psycopg module (the optional PostgreSQL driver of the dev extra)."""
    try:
        import psycopg
    except ImportError:
        require_service("the psycopg driver is not installed")
    return psycopg


@pytest.fixture(scope="session")
def pg_url(psycopg_driver):
    """A SQLAlchemy URL of a database made for this test run on the PostgreSQL server that
    $DOSSIER_TEST_PG_URL names (else the local server), dropped at the end; each test works
    in a schema of its own inside it (``target`` in tests/support/store_support.py). A new
    database per test would cost seconds each (the server checkpoints on CREATE DATABASE)."""
    from sqlalchemy import create_engine, make_url, text
    from sqlalchemy.exc import SQLAlchemyError

    server = make_url(os.environ.get("DOSSIER_TEST_PG_URL") or DEFAULT_PG_URL)
    engine = create_engine(server, connect_args={"connect_timeout": 2},
                           isolation_level="AUTOCOMMIT")
    name = f"dossier_run_{uuid.uuid4().hex[:12]}"
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except SQLAlchemyError as exc:
        engine.dispose()
        require_service(f"no PostgreSQL server at {server.render_as_string()} "
                        f"({type(exc.orig or exc).__name__}; set DOSSIER_TEST_PG_URL)")
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline (slow tier)."""
    from dossier.nlp import load_pipeline
    from dossier.settings import Settings

    return load_pipeline(Settings().spacy_model)
