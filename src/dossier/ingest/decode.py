"""Bytes to text: gzip, byte-order marks, UTF-8, a page's declared charset.

Shared by the article readers (readers.py) and the JSON Lines reader (jsonl.py), so a file
reads the same whatever command is given it. A file that cannot become text raises
:class:`Unreadable`, whose message is the reason a caller shows (as a Skipped or an error).
"""

from __future__ import annotations

import gzip
import re
import zlib

GZIP_SUFFIXES = frozenset({".gz", ".gzip"})
_GZIP_MAGIC = b"\x1f\x8b"
_SNIFF = 8192
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)


class Unreadable(Exception):
    """An input that cannot become text; its message says why, and what to do."""


def gunzip(data: bytes, *, expected: bool) -> bytes:
    """``data`` decompressed when it is gzip (``expected``, or by its magic bytes)."""
    if not (expected or data[:2] == _GZIP_MAGIC):
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        raise Unreadable(f"broken gzip file ({exc}); re-compress it or give it uncompressed") from exc


def decode_text(data: bytes, *, allow_empty: bool = False, lines: bool = False) -> str:
    """UTF-8 (or UTF-16/32 with a byte-order mark); anything else is refused with a fix.
    ``lines``: the text is read line by line (JSON Lines), so a stray NUL byte costs only
    its line, not the file; a file mostly of control bytes is still binary."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), allow_empty)
            except UnicodeDecodeError as exc:
                raise Unreadable(f"undecodable bytes for {encoding} at offset {exc.start}") from exc
    _check_binary(data, any_nul=not lines)
    try:
        return _checked(data.decode("utf-8"), allow_empty)
    except UnicodeDecodeError as exc:
        raise Unreadable(
            f"not UTF-8 text: undecodable byte 0x{data[exc.start]:02x} at offset {exc.start}; "
            "convert the file to UTF-8 (e.g. iconv -f cp1252 -t utf-8)") from exc


def decode_html(data: bytes) -> str:
    """The page's declared charset, else UTF-8; stray bad bytes in a page are replaced."""
    for bom, _encoding in _BOMS:
        if data.startswith(bom):
            return decode_text(data)
    _check_binary(data)
    declared = _META_CHARSET.search(data[:4096])
    encoding = declared.group(1).decode("ascii", "ignore").lower() if declared else "utf-8"
    try:
        return nonempty(data.decode(encoding, errors="replace"))
    except LookupError:  # an unknown charset name in the page
        return nonempty(data.decode("utf-8", errors="replace"))


def nonempty(text: str) -> str:
    """``text``, unless it holds nothing but white space."""
    if not text.strip():
        raise Unreadable("empty: there is no text in it")
    return text


def _checked(text: str, allow_empty: bool) -> str:
    return text if allow_empty else nonempty(text)


def _check_binary(data: bytes, *, any_nul: bool = True) -> None:
    head = data[:_SNIFF]
    if any_nul and b"\x00" in head:
        raise Unreadable("binary file (contains NUL bytes), not text; give .txt, .html or .jsonl")
    controls = sum(1 for b in head if b < 32 and b not in b"\t\n\r\f\x0b\x1b")
    if head and controls / len(head) > 0.05:
        raise Unreadable("binary file (mostly control bytes), not text; give .txt, .html or .jsonl")
