"""The export jobs behind `dossier export`: read the store named in the settings, write one
format to a file (or a text format to a stream)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from dossier.errors import ConfigError
from dossier.exports import output_file
from dossier.service import open_store
from dossier.settings import Settings

MENTION_FORMATS = ("jsonl", "csv", "parquet", "plover")
ACTOR_FORMATS = ("csv", "jsonl", "parquet")
NETWORK_FORMATS = ("graphml", "gexf")
BINARY = ("parquet", "graphml", "gexf")


def export_mentions(settings: Settings, fmt: str, output: str | None = None,
                    partition_by: str | None = None) -> int:
    """Every stored mention as ``jsonl``/``csv`` (the export contract), ``parquet`` (typed
    columns; a folder per month with ``partition_by="month"``) or ``plover`` (PLOVER event
    records); return how many were written."""
    _check(fmt, MENTION_FORMATS, output)
    if partition_by and fmt != "parquet":
        raise ConfigError("--partition-by applies to --format parquet only",
                          fix="add --format parquet, or leave out --partition-by")
    if fmt == "parquet":  # streamed: a million mentions never sit in memory at once
        from dossier.exports.parquet import write_mentions

        with open_store(settings, create=False) as db:
            return write_mentions(db.stream_mention_events(), output, partition_by)
    with open_store(settings, create=False) as db:
        found = db.mention_events()  # (mention, merged event id, doc#n)
        articles = {a.doc: a for a in db.articles()} if fmt == "plover" else {}
    if fmt == "plover":
        from dossier.exports.plover import write_plover

        return _to_text(output, lambda out: write_plover(found, out, articles))
    from dossier.export import write_mentions as write_contract

    return _to_text(output, lambda out: write_contract(found, fmt, out))


def export_actors(settings: Settings, fmt: str, output: str | None = None) -> int:
    """The stored actors with their mention counts (``Database.actor_counts``)."""
    from dossier.exports.actors import write_actor_counts, write_actor_counts_parquet

    _check(fmt, ACTOR_FORMATS, output)
    with open_store(settings, create=False) as db:
        counts = db.actor_counts()
    if fmt == "parquet":
        return write_actor_counts_parquet(counts, output)
    return _to_text(output, lambda out: write_actor_counts(counts, fmt, out))


def export_network(settings: Settings, fmt: str, output: str) -> tuple[int, int]:
    """The actor network as GraphML or GEXF; return (nodes, edges)."""
    from dossier.exports.network import count_network, write_network

    _check(fmt, NETWORK_FORMATS, output)
    with open_store(settings, create=False) as db:
        counts = db.entity_dyad_counts()  # the store's rollup: a few rows per dyad and type
    return write_network(count_network(sorted(counts, key=_dyad_order)), fmt, output)


def _dyad_order(row: dict) -> tuple:
    # the most counted first, so that a tie between two labels goes the same way every time
    return (-row["n"], *(str(v) for v in row.values()))


def _check(fmt: str, formats: tuple[str, ...], output: str | None) -> None:
    if fmt not in formats:
        raise ConfigError(f"unknown export format {fmt!r}", fix=f"use one of: {', '.join(formats)}")
    if fmt in BINARY and not output:
        raise ConfigError(f"--format {fmt} writes a file, not the terminal",
                          fix=f"add -o FILE, e.g. -o export.{fmt}")


def _to_text(output: str | None, write: Callable[[TextIO], int]) -> int:
    with _text_out(output) as out:
        return write(out)


@contextmanager
def _text_out(output: str | None) -> Iterator[TextIO]:
    if not output:
        yield sys.stdout
        return
    target = output_file(Path(output))
    try:
        out = open(target, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise ConfigError(f"cannot write {target}: {exc.strerror or exc}",
                          fix="give -o a path in a folder you can write") from None
    with out:
        yield out
