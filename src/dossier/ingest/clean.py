"""Cleaning: raw article text or HTML in, headline + body + dateline + publication date out.

Pure functions. The steps, for text and HTML alike:

1. normalise characters and split into lines (hard-wrapped paragraphs are re-joined);
2. take "Published: …" lines near the top out as the publication date;
3. drop page furniture line by line (:mod:`dossier.ingest.boilerplate`);
4. pick the headline (given, or the longest headline-looking line above the first prose) and
   drop its copies and the page chrome printed above it;
5. take the dateline off the front of the story ("TEHRAN, July 19 (Reuters) -") into
   ``dateline``; its date is the publication date when it gives a full one and nothing else did.

HTML first goes through trafilatura, which finds the article in the page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from dossier.ingest.boilerplate import (
    MAX_PROMPT_WORDS,
    Line,
    boilerplate_reason,
    ends_sentence,
    fold,
    is_prose,
    remove_boilerplate,
)
from dossier.ingest.dates import Dateline, find_dateline, published_from_line
from dossier.model import Article

# How far down the story's lead paragraph is looked for (twice that for "Published:" lines).
_HEAD_LINES = 6
# Fewest words of the story's first paragraph (shorter lines above it are labels or subheads).
_LEAD_MIN_WORDS = 8
_BULLET = re.compile(r"^\s*(?:[-–—•●▪◦*·>]|\d{1,2}[.)])\s+")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


@dataclass(frozen=True)
class Cleaned:
    """An article's text after cleaning, with what the cleaning found out about it."""

    title: str | None
    body: str
    dateline: str | None = None
    published: date | None = None
    url: str | None = None  # from HTML metadata, when the page names itself
    outlet: str | None = None


def clean_text(raw: str, *, title: str | None = None) -> Cleaned:
    """Clean plain article text. With ``title`` given, that is the headline (its copies in the
    text are dropped); otherwise the headline is detected."""
    published, lines = _take_published(_split_lines(raw))
    cleaned = _finish(remove_boilerplate(lines), title=_normalise_line(title) if title else None,
                      detect_title=not title)
    return replace(cleaned, published=published or cleaned.published)


def clean_html(html: str, *, title: str | None = None, url: str | None = None) -> Cleaned:
    """Clean an HTML page: trafilatura finds the article and its metadata, then the text goes
    through the same rules as plain text. The page's own title wins over none, ``title`` over it."""
    from dossier.ingest.html import (
        extract_html,  # trafilatura is slow to import; load on use
    )

    page = extract_html(html, url=url)
    known_title = title or page.title
    published, lines = _take_published(_split_lines(page.text))
    cleaned = _finish(remove_boilerplate(lines),
                      title=_normalise_line(known_title) if known_title else None, detect_title=False)
    return Cleaned(title=cleaned.title, body=cleaned.body, dateline=cleaned.dateline,
                   published=page.published or published or cleaned.published,
                   url=url or page.url, outlet=page.outlet)


def clean_record(article: Article) -> dict:
    """What ``dossier clean`` prints for one article: the body without the headline."""
    return {"doc": article.doc, "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "dateline": article.dateline, "text": article.body}


def _normalise_line(text: str) -> str:
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", text).strip()


def _split_lines(raw: str) -> list[Line]:
    """Lines with their blank-line block number; hard-wrapped blocks are joined into paragraphs."""
    raw = (raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n\n")
           .replace("\u2028", "\n"))
    lines: list[Line] = []
    for number, block in enumerate(re.split(r"\n\s*\n", raw)):
        texts = [t for t in (_normalise_line(x) for x in block.split("\n")) if t]
        if _is_hard_wrapped(texts):
            texts = _unwrap(texts)
        else:
            texts = _join_continuations(texts)
        lines.extend(Line(t, number) for t in texts)
    return lines


def _is_hard_wrapped(texts: list[str]) -> bool:
    """A block typed with line breaks at a fixed width (e-mail, wire copy): most lines but the
    last are of similar length and break mid-sentence."""
    if len(texts) < 3:
        return False
    body = texts[:-1]
    widths = [len(t) for t in body]
    mid_sentence = sum(1 for t in body if not ends_sentence(t))
    return (min(widths) >= 40 and max(widths) <= 100 and max(widths) - min(widths) <= 30
            and mid_sentence * 2 >= len(body) and not any(_BULLET.match(t) for t in texts))


def _unwrap(texts: list[str]) -> list[str]:
    paragraphs: list[str] = []
    for text in texts:
        if paragraphs and not ends_sentence(paragraphs[-1]):
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
        else:
            paragraphs.append(text)
    return paragraphs


def _join_continuations(texts: list[str]) -> list[str]:
    """A line that opens in lower case continues the sentence above it (a short block wrapped
    by hand); headlines and list items never do."""
    joined: list[str] = []
    for text in texts:
        if joined and text[:1].islower() and not ends_sentence(joined[-1]) and not _BULLET.match(text):
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return joined


def _take_published(lines: list[Line]) -> tuple[date | None, list[Line]]:
    """The first publication date stated in a line of its own near the top ("Published: …",
    "Updated …", a bare date); such lines are metadata, not article text, and are dropped."""
    published: date | None = None
    kept: list[Line] = []
    for i, line in enumerate(lines):
        day = None
        if i < _HEAD_LINES * 2 and not is_prose(line) and line.words <= MAX_PROMPT_WORDS:
            day = published_from_line(line.text)
        if day is None:
            kept.append(line)
        elif published is None:
            published = day
    return published, kept


def _looks_like_headline(line: Line) -> bool:
    text = line.text
    return (3 <= line.words <= 30 and not _BULLET.match(text) and not text.endswith((".", ":", ","))
            and any(c.isalpha() for c in text) and not boilerplate_reason(text)
            and find_dateline(text) is None)


def _find_title(lines: list[Line]) -> tuple[str | None, int]:
    """The headline and its index: the longest headline-looking line above the first prose line
    or bullet (its repeats are already gone). Page chrome printed above it is not article text."""
    head_end = next((i for i, line in enumerate(lines) if is_prose(line) or _BULLET.match(line.text)),
                    len(lines))
    if head_end == len(lines):  # no prose at all: only a first line can be a title
        head_end = 1 if len(lines) > 1 else 0
    candidates = [(i, line) for i, line in enumerate(lines[:head_end]) if _looks_like_headline(line)]
    if not candidates:
        return None, -1
    index, line = max(candidates, key=lambda c: (c[1].words >= 4, c[1].words, -c[0]))
    return line.text, index


def _finish(lines: list[Line], *, title: str | None, detect_title: bool) -> Cleaned:
    standalone, lines = _take_standalone_dateline(lines)
    if detect_title:
        title, index = _find_title(lines)
        if title is not None:
            lines = lines[index:]  # page chrome above the headline goes
    if title:
        key = fold(title)
        lines = [line for line in lines if fold(line.text) != key]
    dateline = standalone.place if standalone else None
    published = standalone.published if standalone else None
    texts = [line.text for line in lines]
    lead = next((i for i, line in enumerate(lines[:_HEAD_LINES])
                 if line.words >= _LEAD_MIN_WORDS and not _BULLET.match(line.text)), None)
    if lead is not None and standalone is None:  # only the lead can open with a dateline
        found = find_dateline(texts[lead])
        if found is not None:
            dateline, published = found.place, found.published
            texts[lead] = texts[lead][found.length:].strip()
    body = _join([t for t in texts if t])
    return Cleaned(title=title or None, body=body, dateline=dateline, published=published)


def _take_standalone_dateline(lines: list[Line]) -> tuple[Dateline | None, list[Line]]:
    """A dateline printed on a line of its own above the story ("NAIROBI, Kenya (AP) _")."""
    for i, line in enumerate(lines[:_HEAD_LINES]):
        if is_prose(line):
            break
        if line.words <= 12:
            found = find_dateline(line.text, whole_line=True)
            if found is not None:
                return found, lines[:i] + lines[i + 1:]
    return None, lines


def _join(texts: list[str]) -> str:
    """Paragraphs apart by a blank line; the items of a list stay together, one per line."""
    out: list[str] = []
    for text in texts:
        if out and _BULLET.match(text) and _BULLET.match(out[-1].rsplit("\n", 1)[-1]):
            out[-1] = f"{out[-1]}\n{text}"
        else:
            out.append(text)
    return "\n\n".join(out)


__all__ = ["Cleaned", "clean_html", "clean_record", "clean_text"]
