"""JSON Lines: one JSON object a line, read the same way by every command.

    parse_records(text, origin) -> Iterator[Record | Skipped]   a bad line is a Skipped
    read_records(path)          -> Iterator[Record]             a bad line raises InputError

Articles (``dossier ingest``), gold events (``dossier eval``), documents for ``dossier time``
and the bench scripts all come through here. Blank lines are left out; a line is cut at "\\n"
only (str.splitlines would also cut at U+2028, which a JSON string may hold raw); a file
named .gz, or starting with gzip's magic bytes, is decompressed; UTF-8 (or UTF-16/32 with a
byte-order mark) is read. Each record knows its "file:line", so a problem can name it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dossier.errors import InputError
from dossier.ingest.decode import GZIP_SUFFIXES, Unreadable, decode_text, gunzip
from dossier.model import Skipped

__all__ = ["Record", "parse_records", "read_records"]


@dataclass(frozen=True)
class Record:
    """One JSON object of a JSON Lines file, and where it stands."""

    origin: str  # "file:line"
    line: int  # 1-based
    fields: dict[str, Any]


def parse_records(text: str, origin: str, *, shape: str = "an object") -> Iterator[Record | Skipped]:
    """Every JSON object in ``text`` (read from ``origin``), in order; a line that is not valid
    JSON, or not an object, is a Skipped naming "origin:line" (``shape`` says what was wanted)."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(value, dict):
            yield Skipped(where, f"a JSON {type(value).__name__}, not {shape}")
            continue
        yield Record(where, number, value)


def read_records(path: str | Path, *, what: str = "JSON Lines file") -> Iterator[Record]:
    """Every JSON object in the file at ``path`` (.gz too). Raises InputError naming the file,
    or the file and line, when the file cannot be read or a line is not a JSON object."""
    path = Path(path)
    try:
        data = gunzip(path.read_bytes(), expected=path.suffix.lower() in GZIP_SUFFIXES)
        text = decode_text(data, allow_empty=True)
    except OSError as exc:
        raise InputError(str(path), f"cannot read the file: {exc.strerror or exc}") from None
    except Unreadable as exc:
        raise InputError(str(path), str(exc)) from None
    for item in parse_records(text, str(path)):
        if isinstance(item, Skipped):
            raise InputError(item.origin, item.reason,
                             fix=f"each line of a {what} must be one JSON object")
        yield item
