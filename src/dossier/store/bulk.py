"""Bulk writes: many rows in one statement, the fastest way each database offers.

PostgreSQL takes rows through ``COPY … FROM STDIN`` (psycopg 3's ``cursor.copy``): one
round trip per batch instead of one per row, and no SQL to parse per row. SQLite, in
process, takes an ``executemany`` of one prepared INSERT. Both run inside the caller's
transaction, so a failed batch stores nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Insert, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError


def insert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table``."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(table.insert(), list(rows))
        return
    columns = list(rows[0])
    quoted = ", ".join(f'"{c}"' for c in columns)
    statement = f'COPY "{table.name}" ({quoted}) FROM STDIN'
    dbapi = conn.dialect.loaded_dbapi
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        with cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row([row[c] for c in columns])
    except dbapi.Error as exc:  # raised past SQLAlchemy: wrap it as SQLAlchemy would
        raise DBAPIError.instance(statement, None, exc, dbapi.Error,
                                  dialect=conn.dialect) from exc
    finally:
        cursor.close()


def insert_new(conn: Connection, table: Table, row: dict[str, Any], unique: str) -> Insert:
    """An INSERT of one row that does nothing when ``unique`` already holds its value (the
    same ``ON CONFLICT … DO NOTHING`` on SQLite and PostgreSQL); add ``.returning(…)`` to
    learn whether it was stored."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).values(row).on_conflict_do_nothing(index_elements=[unique])
