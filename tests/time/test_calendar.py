"""The pure calendar arithmetic and number words behind relative times (no model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.time import parse_anchor
from dossier.time.calendar import (
    FUTURE,
    NEAREST,
    PAST,
    granularity_of,
    iso_week,
    resolve_month,
    resolve_month_day,
    resolve_quarter,
    resolve_season,
    resolve_weekday,
    shift,
    shift_season,
    shift_weekday,
)
from dossier.time.lexicon import parse_number

WED = date(2022, 7, 20)
TUE = date(2024, 9, 17)
MON = date(2025, 1, 6)


@pytest.mark.parametrize("anchor, weekday, direction, expected", [
    (WED, 1, PAST, date(2022, 7, 19)),      # Tuesday, said on a Wednesday
    (WED, 2, PAST, date(2022, 7, 20)),      # the publication day itself
    (WED, 3, PAST, date(2022, 7, 14)),
    (WED, 1, FUTURE, date(2022, 7, 26)),
    (WED, 2, FUTURE, date(2022, 7, 20)),
    (WED, 4, FUTURE, date(2022, 7, 22)),
    (WED, 0, NEAREST, date(2022, 7, 18)),
    (WED, 4, NEAREST, date(2022, 7, 22)),   # no tense: five days back is too far
    (WED, 0, NEAREST, date(2022, 7, 18)),
    (MON, 6, PAST, date(2025, 1, 5)),       # across a year boundary
    (MON, 6, FUTURE, date(2025, 1, 12)),
    (MON, 5, NEAREST, date(2025, 1, 4)),
    (MON, 1, NEAREST, date(2025, 1, 7)),    # six days back is too far: tomorrow
])
def test_resolve_weekday_by_direction(anchor, weekday, direction, expected):
    assert resolve_weekday(anchor, weekday, direction) == expected


@pytest.mark.parametrize("anchor, weekday, weeks, expected", [
    (TUE, 4, -1, date(2024, 9, 13)), (TUE, 4, 0, date(2024, 9, 20)), (TUE, 0, 1, date(2024, 9, 23)),
])
def test_shift_weekday_moves_by_iso_weeks(anchor, weekday, weeks, expected):
    assert shift_weekday(anchor, weekday, weeks) == expected


@pytest.mark.parametrize("day, week", [
    (date(2024, 9, 17), "2024-W38"), (date(2021, 1, 3), "2020-W53"), (date(2024, 12, 30), "2025-W01"),
    (date(2022, 7, 20), "2022-W29"),
])
def test_iso_week_follows_iso_8601(day, week):
    assert iso_week(day) == week


@pytest.mark.parametrize("unit, n, expected", [
    ("day", -1, "2024-09-16"), ("week", -1, "2024-W37"), ("week", 0, "2024-W38"),
    ("month", -1, "2024-08"), ("month", -9, "2023-12"), ("month", 4, "2025-01"),
    ("quarter", -1, "2024-Q2"), ("quarter", 2, "2025-Q1"), ("year", -2, "2022"),
    ("decade", -1, "201"), ("half", 1, "2025-H1"), ("weekend", 0, "2024-W38-WE"),
])
def test_shift_moves_the_anchor_unit(unit, n, expected):
    assert shift(TUE, unit, n) == expected


def test_shift_rejects_unknown_unit():
    with pytest.raises(ValueError, match="fortnight"):
        shift(TUE, "fortnight", 1)


@pytest.mark.parametrize("anchor, month, direction, expected", [
    (WED, 2, PAST, "2022-02"), (WED, 9, PAST, "2021-09"), (WED, 9, FUTURE, "2022-09"),
    (WED, 7, PAST, "2022-07"), (WED, 6, FUTURE, "2023-06"), (WED, 8, PAST, "2022-08"),
    (MON, 12, PAST, "2024-12"), (MON, 12, NEAREST, "2024-12"), (date(2024, 10, 11), 1, NEAREST, "2025-01"),
    (WED, 6, NEAREST, "2022-06"), (date(2024, 2, 10), 6, NEAREST, "2024-06"),
])
def test_resolve_month_by_direction(anchor, month, direction, expected):
    assert resolve_month(anchor, month, direction) == expected


@pytest.mark.parametrize("anchor, month, day, direction, expected", [
    (date(2024, 10, 11), 10, 1, PAST, "2024-10-01"),
    (date(2024, 10, 11), 10, 1, FUTURE, "2025-10-01"),
    (date(2024, 10, 11), 11, 5, FUTURE, "2024-11-05"),
    (date(2024, 1, 10), 11, 25, PAST, "2023-11-25"),
    (date(2021, 12, 30), 1, 15, NEAREST, "2022-01-15"),   # a deadline just over new year
    (date(2021, 12, 30), 1, 15, PAST, "2022-01-15"),      # … even in a past-tense report
    (date(2022, 3, 1), 2, 29, PAST, "XXXX-02-29"),        # none within a year either way
])
def test_resolve_month_day_by_direction(anchor, month, day, direction, expected):
    assert resolve_month_day(anchor, month, day, direction) == expected


@pytest.mark.parametrize("anchor, quarter, direction, expected", [
    (date(2024, 10, 11), 3, PAST, "2024-Q3"), (date(2024, 10, 11), 4, FUTURE, "2024-Q4"),
    (date(2023, 3, 15), 4, PAST, "2022-Q4"), (date(2023, 3, 15), 2, FUTURE, "2023-Q2"),
    (date(2023, 3, 15), 1, NEAREST, "2023-Q1"),
])
def test_resolve_quarter_prefers_this_year(anchor, quarter, direction, expected):
    assert resolve_quarter(anchor, quarter, direction) == expected


@pytest.mark.parametrize("anchor, season, n, expected", [
    (date(2024, 10, 11), "SU", -1, "2024-SU"), (date(2023, 3, 15), "SU", -1, "2022-SU"),
    (date(2023, 3, 15), "FA", -1, "2022-FA"), (date(2024, 10, 11), "SP", 1, "2025-SP"),
    (date(2024, 3, 11), "SU", 1, "2024-SU"), (date(2024, 10, 11), "SU", 0, "2024-SU"),
])
def test_shift_season(anchor, season, n, expected):
    assert shift_season(anchor, season, n) == expected


@pytest.mark.parametrize("anchor, season, direction, expected", [
    (date(2024, 10, 11), "SU", PAST, "2024-SU"), (date(2024, 10, 11), "SP", FUTURE, "2025-SP"),
    (date(2024, 4, 11), "FA", PAST, "2023-FA"),
])
def test_resolve_season(anchor, season, direction, expected):
    assert resolve_season(anchor, season, direction) == expected


@pytest.mark.parametrize("value, granularity", [
    ("2022-07-19", "day"), ("2024-W38", "week"), ("2024-09", "month"), ("2024-Q3", "quarter"),
    ("2024-SU", "season"), ("2023", "year"), ("201", "decade"), ("2022-07-19T15:00", "time"),
    ("2022-07-19TNI", "time"), ("XXXX-07-19", "day"), ("P3D", None), ("PAST_REF", None),
])
def test_granularity_of_value(value, granularity):
    assert granularity_of(value) == granularity


@pytest.mark.parametrize("text, number", [
    ("two", 2), ("twenty four", 24), ("twenty-one", 21), ("a", 1), ("an", 1), ("18", 18),
    ("a couple of", 2), ("ninety-nine", 99), ("a hundred", 100), ("several", None), ("few", None),
])
def test_parse_number_reads_words(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize("published, anchor", [
    ("2024-09-17", date(2024, 9, 17)), ("1998-02-13T14:26:00", date(1998, 2, 13)),
    (date(2022, 7, 20), date(2022, 7, 20)), (None, None), ("last Tuesday", None),
])
def test_parse_anchor_reads_iso_dates(published, anchor):
    assert parse_anchor(published) == anchor
