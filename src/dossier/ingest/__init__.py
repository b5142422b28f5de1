"""Ingest: read inputs (files, directories, gzip, JSON Lines, stdin) and clean them into Articles.

    read_inputs(paths, stdin=None)  -> Iterator[Article | Skipped | PassedOver]  the I/O edge
    clean_text(raw) / clean_html(html) -> Cleaned                    pure cleaning (clean.py)
    clean_record(article) -> dict                                    what `dossier clean` prints
    read_records(path) -> Iterator[Record]                           JSON Lines objects (jsonl.py)

Cleaning removes what news pages wrap around an article (boilerplate.py), finds the headline,
the dateline and the publication date (dates.py); HTML goes through trafilatura (html.py).
Bytes become text in decode.py (gzip, byte-order marks, charsets); every JSON Lines file,
articles, gold events or documents for `dossier time`, is read by jsonl.py.
"""

from __future__ import annotations

from dossier.ingest.clean import Cleaned, clean_html, clean_record, clean_text
from dossier.ingest.jsonl import Record, read_records
from dossier.ingest.readers import read_inputs
from dossier.model import PassedOver

__all__ = ["Cleaned", "PassedOver", "Record", "clean_html", "clean_record", "clean_text", "read_inputs", "read_records"]
