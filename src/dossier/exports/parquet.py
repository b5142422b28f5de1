"""Typed tables in Parquet (pyarrow): mentions, whole or one folder per month (Hive
partitioning: ``month=2024-03/``), and actor counts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dossier.errors import ConfigError
from dossier.exports import output_file, output_folder, require
from dossier.exports.table import (
    ACTOR_COUNT_COLUMNS,
    MENTION_COLUMNS,
    Item,
    Kind,
    actor_count_rows,
    mention_row,
)
from dossier.model import Actor

if TYPE_CHECKING:
    import pyarrow as pa

PARTITIONS = ("month",)
# rows turned into Arrow at a time: flat Python rows are large, so a million mentions are
# never all held as dicts at once
BATCH_ROWS = 20_000
# mentions without any date (neither an event date nor a reported day) go to this folder
NO_MONTH = "unknown"


def arrow_schema(columns: Sequence[tuple[str, Kind]]) -> pa.Schema:
    """The Arrow schema of flat columns: dates date32, offsets int64, scores float64,
    lists list<string>."""
    pa = require("pyarrow", "the Parquet export")
    types = {"string": pa.string(), "date": pa.date32(), "int": pa.int64(),
             "float": pa.float64(), "strings": pa.list_(pa.string())}
    return pa.schema([pa.field(name, types[kind]) for name, kind in columns])


def mentions_table(mentions: Iterable[Item]) -> pa.Table:
    """Mentions as an Arrow table with ``MENTION_COLUMNS``, typed."""
    return _table([mention_row(m) for m in mentions], MENTION_COLUMNS)


def actors_table(counts: Iterable[tuple[Actor, int]]) -> pa.Table:
    """``Database.actor_counts`` as an Arrow table with ``ACTOR_COUNT_COLUMNS``."""
    return _table(actor_count_rows(counts), ACTOR_COUNT_COLUMNS)


def mention_batches(mentions: Iterable[Item],
                    size: int | None = None) -> Iterator[pa.RecordBatch]:
    """Mentions as typed record batches of at most ``size`` (default ``BATCH_ROWS``) rows."""
    pa = require("pyarrow", "the Parquet export")
    size = size or BATCH_ROWS
    schema = arrow_schema(MENTION_COLUMNS)
    remaining = iter(mentions)
    while chunk := list(islice(remaining, size)):
        rows = [mention_row(m) for m in chunk]
        # column lists, not row dicts: pyarrow converts those several times faster
        yield pa.RecordBatch.from_pydict({name: [row[name] for row in rows] for name in schema.names},
                                         schema=schema)


def write_mentions(mentions: Iterable[Item], path: str | Path,
                   partition_by: str | None = None) -> int:
    """Write mentions to one Parquet file, or with ``partition_by="month"`` to a folder of
    ``month=YYYY-MM/`` folders (``month=unknown`` for undated ones); return the row count."""
    if partition_by is not None and partition_by not in PARTITIONS:
        raise ConfigError(f"cannot partition by {partition_by!r}",
                          fix=f"use one of: {', '.join(PARTITIONS)}")
    pa = require("pyarrow", "the Parquet export")
    schema = arrow_schema(MENTION_COLUMNS)
    written = 0

    def counted(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        nonlocal written
        for batch in batches:
            written += batch.num_rows
            yield batch

    batches = counted(mention_batches(mentions))
    if partition_by is None:
        _write_file(batches, schema, output_file(path))
    else:
        _write_partitioned(batches, schema, output_folder(path), partition_by)
    return written


def write_table(table: pa.Table, path: str | Path) -> int:
    """One Parquet file; return the row count."""
    _write_file(table.to_batches(), table.schema, output_file(path))
    return table.num_rows


def _write_file(batches: Iterable[pa.RecordBatch], schema: pa.Schema, target: Path) -> None:
    pq = require("pyarrow.parquet", "the Parquet export")
    try:
        with pq.ParquetWriter(target, schema) as writer:
            for batch in batches:
                writer.write_batch(batch)
    except OSError as exc:
        raise ConfigError(f"cannot write {target}: {exc}",
                          fix="give -o a path in a folder you can write") from None


def _write_partitioned(batches: Iterable[pa.RecordBatch], schema: pa.Schema, folder: Path,
                       key: str) -> None:
    pa = require("pyarrow", "the Parquet export")
    pc = require("pyarrow.compute", "the Parquet export")
    ds = require("pyarrow.dataset", "the Parquet export")
    column = schema.get_field_index(key)

    def filled(batch: pa.RecordBatch) -> pa.RecordBatch:
        return batch.set_column(column, key, pc.fill_null(batch[key], NO_MONTH))

    try:
        ds.write_dataset((filled(b) for b in batches), folder, schema=schema, format="parquet",
                         partitioning=ds.partitioning(pa.schema([(key, pa.string())]),
                                                      flavor="hive"),
                         basename_template="part-{i}.parquet", existing_data_behavior="error")
        folder.mkdir(exist_ok=True)  # an empty store still leaves the folder it was asked for
    except OSError as exc:
        raise ConfigError(f"cannot write {folder}: {exc}",
                          fix="give -o a new folder you can write") from None


def _table(rows: list[dict[str, Any]], columns: Sequence[tuple[str, Kind]]) -> pa.Table:
    pa = require("pyarrow", "the Parquet export")
    return pa.Table.from_pylist(rows, schema=arrow_schema(columns))
