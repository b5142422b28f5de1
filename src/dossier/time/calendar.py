"""Calendar arithmetic for relative time expressions: pure functions, no parsing.

Every function takes the anchor (the publication date) and a *direction*:

    PAST    (-1)  the expression points back: past tense, perfect, "last …"
    NEAREST ( 0)  no tense to go by (present, headline fragments): the nearest occurrence,
                  ties going to the past because news mostly reports what has happened
    FUTURE  (+1)  will / going to / planned, "next …"

and returns a TIMEX3 value string. The anchor's own day, month, week … counts as both the
latest past and the next future occurrence: "Friday" in a Friday paper is that day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

PAST, NEAREST, FUTURE = -1, 0, 1

SEASONS = ("WI", "SP", "SU", "FA")
_SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP",
                    6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}


def iso_week(day: date) -> str:
    """The ISO week holding ``day``: ``2024-W38``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) shifted by ``n`` months."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def add_quarters(year: int, quarter: int, n: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + n
    return index // 4, index % 4 + 1


def _pick(back: int, ahead: int, direction: int) -> int:
    """Choose a signed offset given the distance to the latest past and next future hit.

    ``back`` and ``ahead`` are non-negative distances; zero means the anchor unit itself.
    """
    if direction == PAST:
        return -back
    if direction == FUTURE:
        return ahead
    return -back if back <= ahead else ahead


def resolve_weekday(anchor: date, weekday: int, direction: int = NEAREST) -> date:
    """The date of a bare weekday (0 = Monday) said on ``anchor``.

    Past: the latest one on or before the anchor; future: the next one on or after it;
    no direction: the past one unless it lies five or more days back (news reports what
    happened this week far more often than what will).
    """
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction == NEAREST:
        return anchor + timedelta(days=ahead if back >= 5 else -back)
    return anchor + timedelta(days=_pick(back, ahead, direction))


def shift_weekday(anchor: date, weekday: int, weeks: int) -> date:
    """"last Friday" (weeks=-1) / "next Friday" (+1): the weekday in an adjacent ISO week,
    "this Friday" (0): the one in the anchor's week."""
    monday = anchor - timedelta(days=anchor.weekday())
    return monday + timedelta(days=7 * weeks + weekday)


def resolve_month(anchor: date, month: int, direction: int = NEAREST) -> str:
    """A month named without a year ("in June").

    With no tense the nearer occurrence wins, the past when it is not twice as far. A tense
    picks the latest past or the next future occurrence, but a past more than half a year
    back yields to next month: past-tense reports of what comes next month are common
    ("extended the loans through December", read in November).
    """
    back = (anchor.month - month) % 12
    ahead = (month - anchor.month) % 12
    if direction == FUTURE:
        offset = ahead
    elif direction == PAST:
        offset = ahead if back > 6 and ahead <= 1 else -back
    else:  # no tense: the nearer, unless the past is not twice as far
        offset = ahead if 2 * ahead <= back else -back
    return month_value(*add_months(anchor.year, anchor.month, offset))


def resolve_month_day(anchor: date, month: int, day: int, direction: int = NEAREST) -> str:
    """A day and month without a year ("on October 1"), read like :func:`resolve_month`:
    the tense's direction, unless the past is over half a year away and the future within
    a month (two without a tense): past-tense reports of coming dates are common in news
    ("the offer expired Nov. 17" written of a deadline a week ahead)."""
    past = future = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= anchor:
            past = candidate
        if candidate >= anchor and future is None:
            future = candidate
    if past is None and future is None:
        return f"XXXX-{month:02d}-{day:02d}"
    back = (anchor - past).days if past else 10_000
    ahead = (future - anchor).days if future else 10_000
    if past is None or future is None:
        chosen = past or future
    elif direction == FUTURE:
        chosen = future
    elif direction == PAST:
        chosen = future if back > 183 and ahead <= 31 else past
    else:
        chosen = future if back > 183 and ahead <= 62 else past
    return day_value(chosen)


def resolve_season(anchor: date, season: str, direction: int = NEAREST) -> str:
    """A season without a year ("last fall" is handled by :func:`shift_season`)."""
    now = SEASONS.index(_SEASON_OF_MONTH[anchor.month])
    target = SEASONS.index(season)
    back, ahead = (now - target) % 4, (target - now) % 4
    if direction == NEAREST and back > 2:
        offset = ahead
    else:
        offset = _pick(back, ahead, direction)
    return season_value(anchor, now + offset)


def season_value(anchor: date, season_index: int) -> str:
    """Season number relative to the anchor's year (may run outside 0..3)."""
    year = anchor.year + season_index // 4
    return f"{year}-{SEASONS[season_index % 4]}"


def shift_season(anchor: date, season: str, n: int) -> str:
    """"last summer" (n=-1), "this summer" (0), "next summer" (+1)."""
    year = anchor.year + n
    if n == -1 and SEASONS.index(season) < SEASONS.index(_SEASON_OF_MONTH[anchor.month]):
        year = anchor.year  # "last spring" said in autumn is this year's spring
    if n == 1 and SEASONS.index(season) > SEASONS.index(_SEASON_OF_MONTH[anchor.month]):
        year = anchor.year  # "next summer" said in spring is this year's summer
    return f"{year}-{season}"


def resolve_quarter(anchor: date, quarter: int, direction: int = NEAREST) -> str:
    """A quarter named without a year ("the third quarter"): this year's if it has begun or
    the tense points forward, else last year's. Business news speaks of this year's quarters
    (just reported, or expected) far more than of last year's."""
    now = quarter_of(anchor.month)
    if quarter <= now or direction == FUTURE:
        return f"{anchor.year}-Q{quarter}"
    return f"{anchor.year - 1}-Q{quarter}"


def shift(anchor: date, unit: str, n: int) -> str:
    """The unit containing the anchor, moved by ``n`` units: "last week", "next month",
    "two years ago" … as a value of that unit's granularity."""
    if unit == "day":
        return day_value(anchor + timedelta(days=n))
    if unit == "week":
        return iso_week(anchor + timedelta(weeks=n))
    if unit == "weekend":
        saturday = shift_weekday(anchor, 5, n)
        return iso_week(saturday) + "-WE"
    if unit == "month":
        return month_value(*add_months(anchor.year, anchor.month, n))
    if unit == "quarter":
        year, q = add_quarters(anchor.year, quarter_of(anchor.month), n)
        return f"{year}-Q{q}"
    if unit == "half":
        index = anchor.year * 2 + (anchor.month - 1) // 6 + n
        return f"{index // 2}-H{index % 2 + 1}"
    if unit == "year":
        return f"{anchor.year + n:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + n:02d}"
    raise ValueError(f"unknown calendar unit {unit!r}")


def granularity_of(value: str) -> str | None:
    """The granularity a TIMEX3 value carries (None for durations, sets and references)."""
    patterns = (
        (r"\d{4}-\d{2}-\d{2}T.*", "time"), (r"[\dX]{4}-[\dX]{2}-[\dX]{2}", "day"),
        (r"[\dX]{4}-W[\dX]{2}(-WE)?", "week"), (r"[\dX]{4}-WXX-\d.*", "day"),
        (r"[\dX]{4}-[\dX]{2}", "month"), (r"[\dX]{4}-Q[\dX]", "quarter"),
        (r"[\dX]{4}-H\d", "quarter"), (r"[\dX]{4}-(SP|SU|FA|WI)", "season"),
        (r"[\dX]{4}", "year"), (r"\d{3}X?|\d{2}X", "decade"),
    )
    for pattern, granularity in patterns:
        if re.fullmatch(pattern, value):
            return granularity
    return None
