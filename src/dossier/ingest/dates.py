"""Dates an article carries about itself: its dateline and its publication date.

Pure functions over strings. ``dateparser`` reads the date strings (it knows month names,
weekdays and many layouts); the regular expressions here only find *where* a date or a dateline
is, so that nothing is parsed that was not meant as one.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

log = logging.getLogger(__name__)

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_ISO = r"\d{4}-\d{2}-\d{2}"
# A date as datelines write it: "July 19", "19 July 2022", "July 19, 2022", "2022-07-19", "Tuesday".
_DATE = (rf"(?:{_ISO}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?|{_WEEKDAY})")
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-zà-ÿ'’.-]+(?:\s+(?:[A-Z][a-zà-ÿ'’.-]+|de|al|el|la)){0,3}"
_REGION = rf"(?:,\s*(?:{_CAPS_PLACE}|{_TITLE_PLACE}))"
_AGENCY = r"\((?:[A-Za-z][\w.&'’ /-]{0,30})\)"
# The separator: a dash (spaced when a single hyphen or underscore, so "RENT-A-CAR" is no
# dateline), or a colon before a space.
_SEP = r"(?:\s*(?:—|–|--)\s*|\s+[-_]+\s+|\s*:\s+)"
# What follows a dateline: the first word of the story, a quote or a number; or nothing, when
# the dateline stands on a line of its own.
_NEXT = r"(?=[\"“‘'A-Z0-9])"
_END = r"\s*(?P<sep>[-_—–:]*)\s*$"

# "date 2022-07-20 Tehran:" — an ISO date before the place, as some aggregators write it.
_ISO_FIRST = (rf"^\s*(?:(?i:date)\s*:?\s*)?(?P<date>{_ISO})\s+(?P<place>{_TITLE_PLACE}|{_CAPS_PLACE})"
              rf"{_REGION}?\s*[:—–-]\s*")
# "TEHRAN, July 19 (Reuters) -", "WASHINGTON (AP) —", "KYIV, Ukraine —", "Tehran, July 19 (IRNA) --".
_PLACE_FIRST = (rf"^\s*(?P<place>(?P<caps>{_CAPS_PLACE})|{_TITLE_PLACE})(?P<region>{_REGION}{{0,2}}?)"
                rf"(?:,?\s*(?P<date>{_DATE}))?\s*(?P<agency>{_AGENCY})?")
_OPENING = (re.compile(_ISO_FIRST + _NEXT), re.compile(_PLACE_FIRST + _SEP + _NEXT))
_WHOLE_LINE = (re.compile(_ISO_FIRST + _END), re.compile(_PLACE_FIRST + _END))
_MAX_DATELINE = 90
# Capitalised labels that open a paragraph like a dateline but name no place.
_NOT_PLACES = frozenset({"UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "WATCH",
                         "READ", "ANALYSIS", "OPINION", "EDITOR'S NOTE", "EDITOR’S NOTE", "PHOTOS",
                         "VIDEO", "LIVE", "NOTE", "CORRECTION", "FILE", "Q", "A"})

_PUBLISHED_LINE = re.compile(
    r"^\s*(?:first\s+)?(?:published|posted|updated|last\s+updated|date|dated|modified)"
    r"(?:\s+(?:on|at))?\s*[:\-–—]?\s*(?P<rest>.+)$", re.IGNORECASE)
_HAS_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DATE_WORD = re.compile(rf"\b{_MONTH}|\b{_ISO}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b", re.IGNORECASE)
_PARSE_SETTINGS = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"],
                   "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True}


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of a story."""

    place: str  # as written: "TEHRAN", "KYIV, Ukraine", "Tehran"
    published: date | None  # its date, when it gives a full one (with the year)
    length: int  # characters of the prefix, separator and following space included


def parse_date(text: str) -> date | None:
    """A full calendar date (day, month and year) from a date string, else None.

    ISO dates and date-times are read directly: their date part, as written (a time zone
    offset, when given, is the writer's own; without one the value is taken as UTC).
    """
    text = (text or "").strip()
    if not text:
        return None
    iso = _from_iso(text)
    if iso is not None:
        return iso
    if not (_HAS_YEAR.search(text) or re.search(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2}\b", text)):
        return None  # no year: a day of an unknown year is not a publication date
    import dateparser  # slow to import: load on first use

    try:
        parsed = dateparser.parse(text, languages=["en"], settings=_PARSE_SETTINGS)
    except Exception as exc:  # dateparser raises assorted errors on odd strings
        log.debug("dateparser failed on %r: %s", text, exc)
        return None
    return parsed.date() if parsed else None


def _from_iso(text: str) -> date | None:
    candidate = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        value = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.date()


def find_dateline(paragraph: str, *, whole_line: bool = False) -> Dateline | None:
    """The dateline that opens a paragraph ("WASHINGTON (AP) —"), if it has one; with
    ``whole_line``, only a line that is nothing but a dateline ("NAIROBI, Kenya (AP) _")."""
    iso_first, place_first = _WHOLE_LINE if whole_line else _OPENING
    head = paragraph if whole_line else paragraph[:_MAX_DATELINE + 40]
    if len(head) > _MAX_DATELINE + 40:
        return None
    match = iso_first.match(head)
    if match and match.end() <= max(_MAX_DATELINE, len(head) if whole_line else 0):
        return Dateline(match.group("place").strip(), parse_date(match.group("date")), match.end())
    match = place_first.match(head)
    if not match or (match.end() > _MAX_DATELINE and not whole_line):
        return None
    # A capitalised word followed by a dash may just open a sentence ("Biden — who …"):
    # a place in title case counts only with a date, an agency or a region beside it. On a
    # line of its own a place needs a date, an agency, or capitals and a dash ("WASHINGTON —"):
    # "Kenya" or "NAIROBI" alone may be a heading.
    if whole_line:
        plausible = match.group("date") or match.group("agency") or (match.group("caps")
                                                                     and match.group("sep"))
    else:
        plausible = (match.group("date") or match.group("agency") or match.group("region")
                     or match.group("caps"))
    if not plausible:
        return None
    caps = match.group("caps")
    if caps and (len(caps.replace(".", "")) < 2 or caps.upper() in _NOT_PLACES
                 or caps.startswith("DEAR ")):
        return None
    place = (match.group("place") + (match.group("region") or "")).strip()
    day = parse_date(match.group("date")) if match.group("date") else None
    return Dateline(place, day, match.end())


def published_from_line(line: str) -> date | None:
    """The date of a metadata line: "Published: 12 March 2024", "Updated 2024-03-12 10:04",
    or a line holding nothing but a full date ("Tuesday 12 March 2024 14:05 GMT")."""
    if len(line) > 120:
        return None
    parts = [p.strip() for p in re.split(r"\s[|·•]\s", line) if p.strip()]
    for part in parts:
        match = _PUBLISHED_LINE.match(part)
        candidate = match.group("rest") if match else part
        if not _DATE_WORD.search(candidate) and not _HAS_YEAR.search(candidate):
            continue
        if len(candidate.split()) > 9:
            continue
        day = parse_date(candidate)
        if day is not None:
            return day
    return None
