"""Typed tables in Parquet (pyarrow): mentions, whole or one folder per month (Hive
partitioning: ``month=2024-03/``), and actor counts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dossier.errors import ConfigError
from dossier.exports import output_file, output_folder, require
from dossier.exports.table import (
    ACTOR_COUNT_COLUMNS,
    MENTION_COLUMNS,
    Kind,
    actor_count_rows,
    mention_row,
)
from dossier.model import Actor, Mention

if TYPE_CHECKING:
    import pyarrow as pa

PARTITIONS = ("month",)
# mentions without any date (neither an event date nor a reported day) go to this folder
NO_MONTH = "unknown"


def arrow_schema(columns: Sequence[tuple[str, Kind]]) -> pa.Schema:
    """The Arrow schema of flat columns: dates date32, offsets int64, scores float64,
    lists list<string>."""
    pa = require("pyarrow", "the Parquet export")
    types = {"string": pa.string(), "date": pa.date32(), "int": pa.int64(),
             "float": pa.float64(), "strings": pa.list_(pa.string())}
    return pa.schema([pa.field(name, types[kind]) for name, kind in columns])


def mentions_table(mentions: Iterable[Mention]) -> pa.Table:
    """Mentions as an Arrow table with ``MENTION_COLUMNS``, typed."""
    return _table([mention_row(m) for m in mentions], MENTION_COLUMNS)


def actors_table(counts: Iterable[tuple[Actor, int]]) -> pa.Table:
    """``Database.actor_counts`` as an Arrow table with ``ACTOR_COUNT_COLUMNS``."""
    return _table(actor_count_rows(counts), ACTOR_COUNT_COLUMNS)


def write_mentions(mentions: Iterable[Mention], path: str | Path,
                   partition_by: str | None = None) -> int:
    """Write mentions to one Parquet file, or with ``partition_by="month"`` to a folder of
    ``month=YYYY-MM/`` folders (``month=unknown`` for undated ones); return the row count."""
    table = mentions_table(mentions)
    if partition_by is None:
        return write_table(table, path)
    if partition_by not in PARTITIONS:
        raise ConfigError(f"cannot partition by {partition_by!r}",
                          fix=f"use one of: {', '.join(PARTITIONS)}")
    pa = require("pyarrow", "the Parquet export")
    pc = require("pyarrow.compute", "the Parquet export")
    ds = require("pyarrow.dataset", "the Parquet export")
    folder = output_folder(path)
    column = table.schema.get_field_index(partition_by)
    table = table.set_column(column, partition_by, pc.fill_null(table[partition_by], NO_MONTH))
    ds.write_dataset(table, folder, format="parquet",
                     partitioning=ds.partitioning(pa.schema([(partition_by, pa.string())]),
                                                  flavor="hive"),
                     basename_template="part-{i}.parquet", existing_data_behavior="error")
    return table.num_rows


def write_table(table: pa.Table, path: str | Path) -> int:
    """One Parquet file; return the row count."""
    pq = require("pyarrow.parquet", "the Parquet export")
    target = output_file(path)
    try:
        pq.write_table(table, target)
    except OSError as exc:
        raise ConfigError(f"cannot write {target}: {exc}",
                          fix="give -o a path in a folder you can write") from None
    return table.num_rows


def _table(rows: list[dict[str, Any]], columns: Sequence[tuple[str, Kind]]) -> pa.Table:
    pa = require("pyarrow", "the Parquet export")
    return pa.Table.from_pylist(rows, schema=arrow_schema(columns))
