"""Date strings, datelines and publication lines (dossier.ingest.dates)."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.ingest.dates import find_dateline, parse_date, published_from_line


@pytest.mark.parametrize("text, expected", [
    ("2024-03-12", date(2024, 3, 12)),
    ("2024-03-12T23:30:00", date(2024, 3, 12)),
    ("2024-03-12T23:30:00Z", date(2024, 3, 12)),
    ("2024-03-12T23:30:00+09:00", date(2024, 3, 12)),
    ("12 March 2024", date(2024, 3, 12)),
    ("March 12, 2024", date(2024, 3, 12)),
    ("Tuesday, 12 March 2024 14:05 GMT", date(2024, 3, 12)),
    ("March 12", None),  # no year: not a full date
    ("last Tuesday", None),
    ("", None),
    ("the council", None),
])
def test_parse_date_full_dates_only(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("line", [
    "The council met in March 2024 to talk about the reservoir and the harvest.",
    "Valley farmers win water deal",
    "May Day rally draws thousands",
    "Chapter 12",
])
def test_published_from_line_ignores_other_lines(line):
    assert published_from_line(line) is None


@pytest.mark.parametrize("paragraph, place", [
    ("BEIRUT (Reuters) - The talks", "BEIRUT"),
    ("GAZA CITY, Gaza Strip — Residents", "GAZA CITY, Gaza Strip"),
    ("Nairobi, Kenya — Officials", "Nairobi, Kenya"),
    ("SEOUL, Oct. 4 (Yonhap) -- North Korea", "SEOUL"),
    ("BERLIN—The chancellor", "BERLIN"),
])
def test_find_dateline_styles(paragraph, place):
    found = find_dateline(paragraph)
    assert found is not None and found.place == place
    assert paragraph[found.length:][0].isupper()


@pytest.mark.parametrize("paragraph", [
    "Nairobi — a city of five million — votes today.",
    "DEAR READER: Thanks for writing.",
    "BREAKING: The talks collapsed.",
    "The talks collapsed on Monday.",
    "Officials in BEIRUT (Reuters) - said",
])
def test_find_dateline_rejects_non_datelines(paragraph):
    assert find_dateline(paragraph) is None
