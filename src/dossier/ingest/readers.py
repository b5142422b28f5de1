"""Reading inputs: files, directories, gzip, JSON Lines and stdin, into Articles.

This is the I/O edge of ingest. Every input becomes an :class:`Article` or a
:class:`Skipped` value naming the file (and line) and the reason; nothing here raises for bad
input, so one broken file never aborts a batch.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from dossier.ingest.clean import Cleaned, clean_html, clean_text
from dossier.ingest.dates import parse_date
from dossier.ingest.decode import GZIP_SUFFIXES, Unreadable, decode_html, decode_text, gunzip, nonempty
from dossier.ingest.jsonl import Record, parse_records
from dossier.model import Article, PassedOver, Skipped

log = logging.getLogger(__name__)

STDIN = "-"
STDIN_ORIGIN = "<stdin>"
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".jsonlines"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
# what a folder scan reads: READMEs and notes (.md) are read only when named
FOLDER_SUFFIXES = HTML_SUFFIXES | JSONL_SUFFIXES | {".txt", ".text"}
_LOOKS_HTML = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<!--|<meta|<article|<div|<p[\s>])",
                         re.IGNORECASE)


@dataclass(frozen=True)
class _Source:
    """One file to read: where it is, and the name its article would take by default."""

    path: Path
    shown: str  # the path as the user wrote it (or as found under their directory)
    relative: str  # its path under the directory given, without extensions


def read_inputs(paths: Sequence[str], *,
                stdin: TextIO | None = None) -> Iterator[Article | Skipped | PassedOver]:
    """Every article in the inputs, in order, or a Skipped for what cannot be read.

    ``paths`` are files (.txt, .html/.htm, .jsonl, each optionally .gz; a file named
    explicitly is read whatever its name, by its look), directories (read recursively in
    sorted order; files of other kinds there are PassedOver) or "-" for stdin (text, HTML or
    JSON Lines, by its look).
    """
    namer = _Namer()
    for given in paths:
        if given == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin)
            continue
        path = Path(given)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as exc:  # e.g. a path through a folder we may not enter
            yield Skipped(given, f"cannot access the path: {exc.strerror or exc}")
            continue
        if is_dir:
            for source in _walk(path, given):
                if isinstance(source, (Skipped, PassedOver)):
                    yield source
                else:
                    yield from _read_file(source, namer)
        elif exists:
            yield from _read_file(_Source(path, given, _strip_suffixes(path.name)), namer)
        else:
            yield Skipped(given, "no such file or directory")


def _walk(root: Path, given: str) -> Iterator[_Source | Skipped | PassedOver]:
    """Files under a directory in sorted order, hidden files and folders left out; a folder
    that cannot be listed is a Skipped, a file of a kind dossier does not read is PassedOver."""
    files: list[Path] = []
    problems: list[Skipped] = []

    def report(error: OSError) -> None:
        where = Path(error.filename or root)
        problems.append(Skipped(str(Path(given) / where.relative_to(root)) if where != root else given,
                                f"cannot list the directory: {error.strerror or error}"))

    for folder, subfolders, names in os.walk(root, onerror=report):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        files.extend(Path(folder) / name for name in names if not name.startswith("."))
    yield from problems
    files = sorted((f for f in files if f.is_file()), key=lambda f: f.relative_to(root).parts)
    if not files and not problems:
        yield Skipped(given, "the directory holds no files")
    for file in files:
        relative = file.relative_to(root)
        if not _is_input(file.name):
            yield PassedOver(str(Path(given) / relative))
            continue
        yield _Source(file, str(Path(given) / relative),
                      (relative.parent / _strip_suffixes(relative.name)).as_posix())


def _is_input(name: str) -> bool:
    """Is a file found in a folder one to read: .txt, .html, .jsonl and kin, optionally .gz?"""
    suffixes = [s.lower() for s in Path(name).suffixes]
    if suffixes and suffixes[-1] in GZIP_SUFFIXES:
        suffixes.pop()
    return bool(suffixes) and suffixes[-1] in FOLDER_SUFFIXES


def _strip_suffixes(name: str) -> str:
    """"story.html.gz" -> "story"; "2024.03.12-report.txt" -> "2024.03.12-report"."""
    path = Path(name)
    if path.suffix.lower() in GZIP_SUFFIXES:
        path = Path(path.stem)
    return path.stem if path.suffix else path.name


class _Namer:
    """Gives each file its document name: its name without extensions, or, where another file
    in the same call already has that name, its path under the directory given."""

    def __init__(self) -> None:
        self._owners: dict[str, Path] = {}

    def name(self, source: _Source) -> str:
        identity = source.path.resolve()
        for candidate in self._candidates(source):
            owner = self._owners.setdefault(candidate, identity)
            if owner == identity:
                return candidate
        raise AssertionError("unreachable: numbered candidates never run out")

    @staticmethod
    def _candidates(source: _Source) -> Iterator[str]:
        yield _strip_suffixes(source.path.name)
        yield source.relative
        shown = Path(source.shown)
        yield (shown.parent / _strip_suffixes(shown.name)).as_posix()
        number = 2
        while True:
            yield f"{source.relative}~{number}"
            number += 1


def _read_file(source: _Source, namer: _Namer) -> Iterator[Article | Skipped]:
    origin = source.shown
    try:
        data = source.path.read_bytes()
    except OSError as exc:
        yield Skipped(origin, f"cannot read the file: {exc.strerror or exc}")
        return
    suffixes = [s.lower() for s in source.path.suffixes]
    try:
        data = gunzip(data, expected=bool(suffixes) and suffixes[-1] in GZIP_SUFFIXES)
    except Unreadable as exc:
        yield Skipped(origin, str(exc))
        return
    inner = [s for s in suffixes if s not in GZIP_SUFFIXES]
    kind = _kind(inner[-1] if inner else "")
    try:
        if kind == "jsonl":
            yield from _read_jsonl(decode_text(data, lines=True), origin,
                                   _strip_suffixes(source.path.name))
            return
        text = decode_html(data) if kind == "html" else decode_text(data)
    except Unreadable as exc:
        yield Skipped(origin, str(exc))
        return
    if kind is None:
        kind = _sniff(text)
        if kind == "jsonl":
            yield from _read_jsonl(text, origin, _strip_suffixes(source.path.name))
            return
    yield _article(text, kind, origin, lambda: namer.name(source))


def _kind(suffix: str) -> str | None:
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None  # unknown: decided by looking at the content


def _sniff(text: str) -> str:
    """Text, HTML or JSON Lines, by the look of the content."""
    if _LOOKS_HTML.match(text):
        return "html"
    first = next((line for line in text.split("\n") if line.strip()), "")
    if first.lstrip().startswith("{"):
        try:
            record = json.loads(first)
        except ValueError:
            return "text"
        if isinstance(record, dict) and ("text" in record or "html" in record):
            return "jsonl"
    return "text"


def _article(text: str, kind: str, origin: str, name, meta: dict | None = None) -> Article | Skipped:
    """Clean one document's text or HTML into an Article; metadata given wins over detected."""
    meta = meta or {}
    title = _field(meta, "title")
    try:
        cleaned: Cleaned = (clean_html(text, title=title, url=_field(meta, "url")) if kind == "html"
                            else clean_text(text, title=title))
    except Exception as exc:  # a cleaning bug must not abort the batch
        log.exception("cleaning %s failed", origin)
        return Skipped(origin, f"cleaning failed: {exc}")
    if not cleaned.body.strip():
        return Skipped(origin, "no article text left after cleaning (only page furniture or a title)")
    published = cleaned.published
    given = _field(meta, "published")
    if given:
        parsed = parse_date(given)
        if parsed is None:
            log.warning("%s: cannot read published=%r as a date; using the date in the text", origin, given)
        published = parsed or published
    return Article(doc=name(), body=cleaned.body, title=cleaned.title, published=published,
                   dateline=cleaned.dateline, url=_field(meta, "url") or cleaned.url,
                   outlet=_field(meta, "outlet") or cleaned.outlet, origin=origin)


def _field(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    if value is None or isinstance(value, (dict, list)):
        return None
    value = str(value).strip()
    return value or None


def _read_jsonl(text: str, origin: str, stem: str) -> Iterator[Article | Skipped]:
    """One article per line; a broken line is skipped and the others still come through."""
    for record in parse_records(text, origin, shape="an object with 'id' and 'text'"):
        yield record if isinstance(record, Skipped) else _record_article(record, stem)


def _record_article(record: Record, stem: str) -> Article | Skipped:
    fields = record.fields
    for key in ("text", "html"):
        if fields.get(key) is not None and not isinstance(fields[key], str):
            return Skipped(record.origin, f"'{key}' is a JSON {type(fields[key]).__name__}, "
                                          "not a string")
    body = _field(fields, "text")
    kind = "text"
    if body is None and _field(fields, "html") is not None:
        body, kind = str(fields["html"]), "html"
    if body is None:
        return Skipped(record.origin, "no 'text' or 'html' field with content")
    doc = _field(fields, "id") or _field(fields, "doc") or f"{stem}-{record.line}"
    return _article(body, kind, record.origin, lambda: doc, meta=fields)


def _read_stdin(stream: TextIO) -> Iterator[Article | Skipped]:
    """Stdin as text, HTML or JSON Lines, decided by its look (gzip is recognised too)."""
    try:
        if hasattr(stream, "buffer"):
            data = gunzip(stream.buffer.read(), expected=False)
            text = decode_text(data)
        else:
            text = nonempty(stream.read())
    except Unreadable as exc:
        yield Skipped(STDIN_ORIGIN, str(exc))
        return
    except (OSError, UnicodeDecodeError) as exc:
        yield Skipped(STDIN_ORIGIN, f"cannot read stdin: {exc}")
        return
    kind = _sniff(text)
    if kind == "jsonl":
        yield from _read_jsonl(text, STDIN_ORIGIN, "stdin")
    else:
        yield _article(text, kind, STDIN_ORIGIN, lambda: "stdin")
