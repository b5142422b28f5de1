"""Actor counts (``Database.actor_counts``) as CSV, JSON Lines or Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from dossier.errors import ConfigError
from dossier.exports.table import ACTOR_COUNT_COLUMNS, actor_count_rows
from dossier.model import Actor

TEXT_FORMATS = ("csv", "jsonl")
FORMATS = (*TEXT_FORMATS, "parquet")


def write_actor_counts(counts: Iterable[tuple[Actor, int]], fmt: str, out: TextIO) -> int:
    """Write actor counts to ``out`` as ``csv`` (a header, empty cells for none) or ``jsonl``
    (one object a line, null for none); return how many were written."""
    if fmt not in TEXT_FORMATS:
        raise ConfigError(f"cannot write {fmt!r} to a text stream",
                          fix=f"use one of: {', '.join(TEXT_FORMATS)} (parquet needs -o FILE)")
    rows = actor_count_rows(counts)
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return len(rows)
    writer = csv.DictWriter(out, fieldnames=[name for name, _ in ACTOR_COUNT_COLUMNS],
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)
    return len(rows)


def write_actor_counts_parquet(counts: Iterable[tuple[Actor, int]], path: str | Path) -> int:
    """Write actor counts to a Parquet file; return how many were written."""
    from dossier.exports.parquet import actors_table, write_table

    return write_table(actors_table(counts), path)
