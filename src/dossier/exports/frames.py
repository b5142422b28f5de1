"""The DataFrame route for notebook users: ``dossier.open(db)`` gives a read-only handle
whose ``mentions(...)`` and ``actors(...)`` return pandas DataFrames with the flat, typed
columns of the Parquet export (dates as ``datetime64``, offsets as nullable ``Int64``,
lists as Python lists). pandas is the optional extra ``[analysis]``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dossier.exports import require
from dossier.exports.table import (
    ACTOR_COUNT_COLUMNS,
    MENTION_COLUMNS,
    Kind,
    actor_count_rows,
    mention_row,
)
from dossier.store import Database

if TYPE_CHECKING:
    import pandas as pd

_DTYPES: dict[str, str] = {"string": "string", "int": "Int64", "float": "float64",
                           "strings": "object", "date": "datetime64[s]"}


class Reader:
    """A read-only view of a dossier store, as DataFrames. Close it (or use ``with``)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def mentions(self, *, actor: str | None = None, recipient: str | None = None,
                 type: str | None = None, status: str | None = None,
                 since: date | str | None = None, until: date | str | None = None,
                 doc: str | None = None) -> pd.DataFrame:
        """Stored mentions, one row each, filtered as ``dossier events`` filters them
        (see ``Database.mentions``); columns as docs/exports.md lists them."""
        found = self._db.mention_events(actor=actor, recipient=recipient, type=type, status=status,
                                  since=since, until=until, doc=doc)
        return frame([mention_row(m) for m in found], MENTION_COLUMNS)

    def actors(self, query: str | None = None) -> pd.DataFrame:
        """Entities named in the stored articles with their mention counts, most named first
        (``query`` keeps those whose name or code contains it)."""
        return frame(actor_count_rows(self._db.actor_counts(query)), ACTOR_COUNT_COLUMNS)

    def counts(self) -> dict[str, int]:
        """How many articles, event mentions and actor refs are stored."""
        return self._db.counts()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<dossier.Reader {self._db.where}>"


def open(db: str | Path | None = None) -> Reader:  # noqa: A001 - dossier.open, like io.open
    """Open an existing store (a SQLite file or a database URL; default: the ``db`` setting,
    so ``$DOSSIER_DB`` or ./dossier.db) for reading as DataFrames. Needs pandas
    (``pip install -e '.[analysis]'``)."""
    from dossier.settings import load_settings

    require("pandas", "dossier.open (DataFrames)")
    target = str(db) if db is not None else load_settings().db
    return Reader(Database.open(target, create=False))


def frame(rows: list[dict[str, Any]], columns: Sequence[tuple[str, Kind]]) -> pd.DataFrame:
    """Rows as a DataFrame with one dtype per column kind, empty or not."""
    pd_ = require("pandas", "DataFrames")
    df = pd_.DataFrame.from_records(rows, columns=[name for name, _ in columns])
    for name, kind in columns:
        if kind == "date":
            df[name] = pd_.to_datetime(df[name]).astype(_DTYPES[kind])
        else:
            df[name] = df[name].astype(_DTYPES[kind])
    return df
