"""Shared by the export tests (tests/exports): a small real SQLite store, and a way to run
`dossier export`. Holds no tests itself."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner, Result
from store_support import FRA, PUTIN, RUS, UKR, article, full_mention, mention

from dossier.cli import cli
from dossier.store import Database


@pytest.fixture
def store(tmp_path) -> str:
    """Four mentions in three months plus one with no date at all, in three articles:
    RUS -> UKR twice (ASSAULT, THREATEN), EST -> UKR (AID, a week in Feb-Mar), FRA alone
    (AID in April, no recipient), Putin -> FRA (CONSULT, undated and unreported)."""
    db = str(tmp_path / "store.db")
    with Database.open(db) as database:
        database.add_article(
            article("a1", url="https://news.example/a1", title="Shelling goes on",
                    outlet="Example Wire"),
            [mention("a1"), mention("a1", "THREATEN", trigger="warned", start=30),
             full_mention("a1")],
            [RUS, UKR, RUS])
        database.add_article(
            article("a2", "France gave aid in April.", published=date(2024, 4, 2)),
            [mention("a2", "AID", trigger="gave", actor=FRA, recipient=None, when="2024-04")],
            [FRA])
        database.add_article(
            article("a3", "Putin met French officials.", published=None),
            [mention("a3", "CONSULT", trigger="met", actor=PUTIN, recipient=FRA, when=None,
                     reported=None)],
            [PUTIN, FRA])
    return db


def run(db: str, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", db, "export", *args])
