"""Normalisers: each turns one rule's match into a TIMEX3 type and value.

They read a :class:`Context`: the anchor (publication date), the tense direction of the
clause the expression sits in, and the reference time the text has set so far (the last
quarter and day it spoke of), which "a year earlier" or "the quarter" lean on in business
news. A normaliser returns None to reject a look-alike ("May I", "the fall of the wall").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from dossier.time import calendar as cal
from dossier.time.lexicon import (
    ORDINALS,
    PARTS_OF_DAY,
    SEASON_CODES,
    WEEKDAYS,
    month_of,
    parse_number,
    unit_of,
)


@dataclass
class Context:
    """What a normaliser may read; ``ref_*`` are updated as the document is read."""

    anchor: date | None
    direction: int = cal.NEAREST
    text: str = ""
    ref_quarter: tuple[int, int] | None = None
    ref_day: date | None = None
    number_spans: list[tuple[int, int]] = field(default_factory=list)  # money, percents …


@dataclass(frozen=True)
class Norm:
    timex_type: str
    value: str
    basis: str  # explicit, relative, unresolved


# ---------------------------------------------------------------- helpers

def _before(ctx: Context, m: re.Match, n: int = 1) -> list[str]:
    """The ``n`` words before the match, lower-cased."""
    words = re.findall(r"[A-Za-z']+", ctx.text[max(0, m.start() - 40):m.start()])
    return [w.lower() for w in words[-n:]]


def _after(ctx: Context, m: re.Match) -> str:
    return ctx.text[m.end():m.end() + 30].lower()


def _rel(ctx: Context, value: str) -> Norm:
    return Norm("DATE", value, "relative")


def _unresolved(value: str, timex_type: str = "DATE") -> Norm:
    return Norm(timex_type, value, "unresolved")


def _int(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


def _shift_word(word: str | None) -> int | None:
    if not word:
        return None
    word = " ".join(word.lower().split())
    if word in ("last", "past", "previous", "prior", "this past", "the past", "the last"):
        return -1
    if word in ("this", "current", "the current", "this coming"):
        return 0
    if word in ("next", "coming", "following", "the coming", "the next", "upcoming"):
        return 1
    return None


# ---------------------------------------------------------------- normalisers

def n_time_of_day(m: re.Match, ctx: Context) -> Norm | None:
    if m["h"]:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        pm = m["ap"].lower().startswith("p")
        if hour > 12 or minute > 59:
            return None
        hour = hour + 12 if pm and hour < 12 else (0 if not pm and hour == 12 else hour)
        clock = f"{hour:02d}:{minute:02d}"
    else:
        clock = "24:00" if m["word"].lower() == "midnight" else "12:00"
    day_value = _day_of(m, ctx)
    if day_value is None:
        return _unresolved(f"XXXX-XX-XXT{clock}", "TIME")
    return Norm("TIME", f"{day_value}T{clock}", "relative")


def _day_of(m: re.Match, ctx: Context) -> str | None:
    groups = m.groupdict()
    if groups.get("wd") and ctx.anchor:
        return cal.resolve_weekday(ctx.anchor, WEEKDAYS[m["wd"].lower()], ctx.direction).isoformat()
    if groups.get("mon") and groups.get("day") and ctx.anchor:
        return cal.resolve_month_day(ctx.anchor, month_of(m["mon"]), int(m["day"]), ctx.direction)
    if groups.get("rd"):
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m["rd"].lower()]
        return (ctx.anchor + timedelta(days=offset)).isoformat() if ctx.anchor else None
    day = ctx.ref_day or ctx.anchor
    return day.isoformat() if day else None


def n_month_day(m: re.Match, ctx: Context) -> Norm | None:
    month, day = month_of(m["mon"]), int(m["day"])
    if not 1 <= day <= 31:
        return None
    if m["year"]:
        try:
            return Norm("DATE", date(int(m["year"]), month, day).isoformat(), "explicit")
        except ValueError:
            return None
    if ctx.anchor is None:
        return _unresolved(f"XXXX-{month:02d}-{day:02d}")
    return _rel(ctx, cal.resolve_month_day(ctx.anchor, month, day, ctx.direction))


def n_iso_date(m: re.Match, ctx: Context) -> Norm | None:
    try:
        return Norm("DATE", date(int(m["y"]), int(m["mo"]), int(m["d"])).isoformat(), "explicit")
    except ValueError:
        return None


def n_week_of(m: re.Match, ctx: Context) -> Norm | None:
    inner = n_month_day(m, ctx)
    if inner is None or "X" in inner.value:
        return inner and _unresolved("XXXX-WXX")
    return Norm("DATE", cal.iso_week(date.fromisoformat(inner.value)), inner.basis)


def n_weekday(m: re.Match, ctx: Context) -> Norm | None:
    weekday = WEEKDAYS[m["wd"].lower()]
    part = PARTS_OF_DAY.get((m["part"] or m["part0"] or "").lower())
    suffix = f"T{part}" if part else ""
    kind = "TIME" if part else "DATE"
    if ctx.anchor is None:
        return _unresolved(f"XXXX-WXX-{weekday + 1}{suffix}", kind)
    shift = _shift_word(m["rel"])
    if shift == -1:
        day = cal.resolve_weekday(ctx.anchor - timedelta(days=1), weekday, cal.PAST)
    elif shift == 1:
        day = cal.resolve_weekday(ctx.anchor + timedelta(days=1), weekday, cal.FUTURE)
    elif shift == 0:
        day = cal.shift_weekday(ctx.anchor, weekday, 0)
    else:
        day = cal.resolve_weekday(ctx.anchor, weekday, ctx.direction)
    return Norm(kind, day.isoformat() + suffix, "relative")


def n_deictic_day(m: re.Match, ctx: Context) -> Norm | None:
    word = m["rd"].lower()
    part = PARTS_OF_DAY.get((m["part"] or m["part0"] or "").lower())
    if word == "tonight":
        part = "NI"
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    suffix = f"T{part}" if part else ""
    kind = "TIME" if part else "DATE"
    if ctx.anchor is None:
        return _unresolved("XXXX-XX-XX" + suffix, kind)
    return Norm(kind, (ctx.anchor + timedelta(days=offset)).isoformat() + suffix, "relative")


def n_part_of_day(m: re.Match, ctx: Context) -> Norm | None:
    part = PARTS_OF_DAY[m["part"].lower()]
    offset = -1 if (m["rel"] or "").lower() in ("last", "yesterday") else 0
    if (m["rel"] or "").lower() in ("the next", "the following"):
        base = ctx.ref_day or ctx.anchor
        return Norm("DATE", (base + timedelta(days=1)).isoformat(), "relative") if base else None
    if ctx.anchor is None:
        return _unresolved(f"XXXX-XX-XXT{part}", "TIME")
    return Norm("TIME", f"{(ctx.anchor + timedelta(days=offset)).isoformat()}T{part}", "relative")


_MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july",
                          "august", "september", "october", "november", "december"})


def n_relative_unit(m: re.Match, ctx: Context) -> Norm | None:
    shift = _shift_word(m["rel"])
    word = " ".join(m["unit"].lower().split())
    if shift is None:
        return None
    if word in ("latest", "latest fiscal year"):
        shift = -1
    if ctx.anchor is None:
        return _unresolved({"week": "XXXX-WXX", "month": "XXXX-XX", "weekend": "XXXX-WXX-WE"}
                           .get(word, "XXXX"))
    if word == "fiscal year":
        word = "year"
    if word in SEASON_CODES:
        return _rel(ctx, cal.shift_season(ctx.anchor, SEASON_CODES[word], shift))
    if word.rstrip(".") in _MONTH_NAMES:
        month = month_of(word)
        if shift == 0:
            return _rel(ctx, cal.month_value(ctx.anchor.year, month))
        back = (ctx.anchor.month - month) % 12 or 12
        ahead = (month - ctx.anchor.month) % 12 or 12
        offset = -back if shift < 0 else ahead
        return _rel(ctx, cal.month_value(*cal.add_months(ctx.anchor.year, ctx.anchor.month, offset)))
    if word == "quarter":
        value = cal.shift(ctx.anchor, "quarter", shift)
        ctx.ref_quarter = (int(value[:4]), int(value[-1]))
        return _rel(ctx, value)
    return _rel(ctx, cal.shift(ctx.anchor, word, shift))


def n_ago(m: re.Match, ctx: Context) -> Norm | None:
    unit, _, clock = unit_of(m["unit"])
    direction = m["dir"].lower()
    sign = 1 if direction in ("later", "from now", "hence", "after", "ahead") else -1
    number = parse_number(m["num"]) if m["num"] else None
    if number is None or clock:
        return Norm("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", "relative")
    if ctx.anchor is None:
        return _unresolved("XXXX")
    years_per = {"decade": 10, "century": 100}.get(unit)
    if years_per:  # "a decade ago" is the year ten years back
        number, unit = number * years_per, "year"
    n = sign * int(round(number))
    if unit == "year" and ctx.ref_quarter and direction in ("earlier", "before", "ago"):
        year, quarter = ctx.ref_quarter
        return _rel(ctx, f"{year + n}-Q{quarter}")
    if unit == "day":
        # "two days later" counts from the day the story last named, not from publication
        base = ctx.ref_day if direction in ("later", "earlier", "before") and ctx.ref_day else ctx.anchor
        return _rel(ctx, (base + timedelta(days=n)).isoformat())
    if unit == "weekend":
        unit = "week"
    return _rel(ctx, cal.shift(ctx.anchor, unit, n))


def _duration(number: float | None, unit_word: str) -> str:
    unit, letter, clock = unit_of(unit_word)
    if unit == "decade":
        return "PXE" if number is None else f"P{_int(number * 10)}Y"
    if unit == "century":
        return "PXC" if number is None else f"P{_int(number * 100)}Y"
    if unit == "weekend":
        return "PXWE" if number is None else f"P{_int(number * 2)}D"
    amount = "X" if number is None else _int(number)
    return f"PT{amount}{letter}" if clock else f"P{amount}{letter}"


def n_duration(m: re.Match, ctx: Context) -> Norm | None:
    if re.match(r"[\s-]*(?:old|year-old)\b", _after(ctx, m)):
        return None  # an age, not a stretch of time
    if m["unit"].lower().startswith("quarter") and (
            "-" in m.group() or (m["num"] or "").lower() in ("a", "an")
            or re.match(r"\s+of\b", _after(ctx, m))):
        return None  # "three-quarters of", "a quarter of the vote": fractions, not time
    number = parse_number(m["num"]) if m["num"] else None
    bare_article = m["num"] and m["num"].lower() in ("a", "an")
    if bare_article and not (m["approx"] or m["rel"]) and _before(ctx, m)[-1:] not in (
            ["for"], ["in"], ["within"], ["over"], ["than"], ["after"], ["lasting"], ["of"],
            ["spent"], ["took"], ["nearly"]):
        return None
    return Norm("DURATION", _duration(number, m["unit"]), "relative")


def n_vague_plural(m: re.Match, ctx: Context) -> Norm | None:
    words = _before(ctx, m, 1)
    if not (m["mod"] or m["after"] or (words and words[0] in (
            "for", "in", "over", "within", "than", "after", "took", "spent", "lasting"))):
        return None
    return Norm("DURATION", _duration(None, m["unit"]), "relative")


def n_quarter(m: re.Match, ctx: Context) -> Norm | None:
    quarter = ORDINALS[m["ord"].lower()]
    year_text = m["yr"] or m["yr2"]
    if m["plural"]:
        return Norm("SET", f"XXXX-Q{quarter}", "relative")
    if year_text and year_text[:1].isdigit():
        value, basis = f"{year_text}-Q{quarter}", "explicit"
    elif ctx.anchor is None:
        return _unresolved(f"XXXX-Q{quarter}")
    else:
        shift = _shift_word((m["pos"] or "") or (year_text or "").split(" ")[0] or None)
        if shift is not None:
            value = f"{ctx.anchor.year + shift}-Q{quarter}"
        else:
            direction = cal.FUTURE if ctx.direction == cal.FUTURE else cal.PAST
            value = cal.resolve_quarter(ctx.anchor, quarter, direction)
        basis = "relative"
    ctx.ref_quarter = (int(value[:4]), quarter)
    return Norm("DATE", value, basis)


def n_the_quarter(m: re.Match, ctx: Context) -> Norm | None:
    mods = " ".join((m["mods"] or "").lower().split())
    if ctx.anchor is None:
        return _unresolved("XXXX-QX")
    current = (ctx.anchor.year, cal.quarter_of(ctx.anchor.month))
    reference = ctx.ref_quarter or cal.add_quarters(*current, -1)
    year_match = re.search(r"\d{4}", mods)
    if "year-ago" in mods or "year-earlier" in mods or "year ago" in mods:
        year, quarter = reference[0] - 1, reference[1]
    elif year_match:
        year, quarter = int(year_match.group()), reference[1]
    elif "current" in mods:
        year, quarter = current
    elif any(w in mods for w in ("previous", "prior", "last", "past")):
        year, quarter = cal.add_quarters(*reference, -1)
    else:
        year, quarter = reference
    return _rel(ctx, f"{year}-Q{quarter}")


def n_year_ago_adj(m: re.Match, ctx: Context) -> Norm | None:
    if ctx.anchor is None:
        return _unresolved("XXXX")
    if ctx.ref_quarter:
        return _rel(ctx, f"{ctx.ref_quarter[0] - 1}-Q{ctx.ref_quarter[1]}")
    return _rel(ctx, str(ctx.anchor.year - 1))


def n_half(m: re.Match, ctx: Context) -> Norm | None:
    half = 1 if m["ord"].lower() == "first" else 2
    if m["year"]:
        return Norm("DATE", f"{m['year']}-H{half}", "explicit")
    if ctx.anchor is None:
        return _unresolved(f"XXXX-H{half}")
    shift = _shift_word(m["rel"]) or 0
    year = ctx.anchor.year + shift
    if not m["rel"] and not m["theyear"] and half == 2 and ctx.anchor.month <= 6 \
            and ctx.direction == cal.PAST:
        year -= 1
    return _rel(ctx, f"{year}-H{half}")


def n_fiscal(m: re.Match, ctx: Context) -> Norm | None:
    if m["year"]:
        text = m["year"].lstrip("'")
        if len(text) == 2:
            century = (ctx.anchor.year // 100 * 100) if ctx.anchor else 1900
            text = str(century + int(text))
        return Norm("DATE", text, "explicit")
    if ctx.anchor is None:
        return _unresolved("XXXX")
    shift = _shift_word(m["rel"]) or 0
    if (m["rel"] or "").lower() == "latest":
        shift = -1
    return _rel(ctx, str(ctx.anchor.year + shift))


def n_year(m: re.Match, ctx: Context) -> Norm | None:
    before = ctx.text[max(0, m.start() - 4):m.start()]
    after = ctx.text[m.end():m.end() + 12].lower()
    if re.search(r"[$£€#]\s*$|No\.\s*$|[\d,.]$", before) or re.match(r"\d|[,.]\d|\s*(%|percent|per cent)", after):
        return None
    if any(s <= m.start("year") < e for s, e in ctx.number_spans):
        return None
    return Norm("DATE", m["year"], "explicit")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def n_decade(m: re.Match, ctx: Context) -> Norm | None:
    if m["cd"]:
        return Norm("DATE", m["cd"], "explicit")
    digit = int(m["d"]) if m["d"] else _DECADE_WORDS[m["w"].lower()]
    century = 19 if ctx.anchor is None or digit * 10 > ctx.anchor.year % 100 else ctx.anchor.year // 100
    return Norm("DATE", f"{century}{digit}", "relative")


_CENTURY_WORDS = {"first": 1, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                  "twenty-first": 21, "twenty first": 21, "seventeenth": 17, "sixteenth": 16}


def n_century(m: re.Match, ctx: Context) -> Norm | None:
    n = int(m["n"]) if m["n"] else _CENTURY_WORDS[" ".join(m["w"].lower().split())]
    return Norm("DATE", f"{n - 1:02d}", "explicit")


def n_season(m: re.Match, ctx: Context) -> Norm | None:
    season = SEASON_CODES[m["s"].lower()]
    if m["year"]:
        return Norm("DATE", f"{m['year']}-{season}", "explicit")
    rel = m["rel"]
    if not (rel or m["the"] or m["edge"]) and _before(ctx, m)[-1:] not in (
            ["in"], ["during"], ["by"], ["until"], ["since"], ["over"], ["through"]):
        return None
    if m["s"].lower() in ("fall", "spring") and re.match(r"\s+(of|in|from)\b", _after(ctx, m)):
        return None  # "the fall of the wall", "spring in their step"
    if ctx.anchor is None:
        return _unresolved(f"XXXX-{season}")
    shift = _shift_word(rel)
    if shift is not None:
        return _rel(ctx, cal.shift_season(ctx.anchor, season, shift))
    return _rel(ctx, cal.resolve_season(ctx.anchor, season, ctx.direction))


_AMBIGUOUS_MONTHS = ("may", "march", "jan", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                     "oct", "nov", "dec", "feb")


def n_month(m: re.Match, ctx: Context) -> Norm | None:
    word = m["mon"]
    if not word[0].isupper():
        return None
    month = month_of(word)
    has_context = m["year"] or m["rel"] or m["edge"]
    if word.lower().rstrip(".") in _AMBIGUOUS_MONTHS and not has_context:
        if word.lower() not in ("may", "march") or _before(ctx, m)[-1:] not in (
                ["in"], ["since"], ["until"], ["by"], ["of"], ["from"], ["through"], ["during"],
                ["before"], ["after"], ["early"], ["late"], ["till"], ["to"]):
            return None
    if m["year"]:
        return Norm("DATE", cal.month_value(int(m["year"]), month), "explicit")
    if ctx.anchor is None:
        return _unresolved(f"XXXX-{month:02d}")
    shift = _shift_word(m["rel"])
    if shift is None:
        return _rel(ctx, cal.resolve_month(ctx.anchor, month, ctx.direction))
    if shift == 0:
        return _rel(ctx, cal.month_value(ctx.anchor.year, month))
    back = (ctx.anchor.month - month) % 12 or 12
    ahead = (month - ctx.anchor.month) % 12 or 12
    return _rel(ctx, cal.month_value(*cal.add_months(ctx.anchor.year, ctx.anchor.month,
                                                     -back if shift < 0 else ahead)))


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
         "nowadays": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF",
         "at the moment": "PRESENT_REF", "right now": "PRESENT_REF", "the present": "PRESENT_REF",
         "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
         "previously": "PAST_REF", "formerly": "PAST_REF", "the past": "PAST_REF",
         "once": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
         "until recently": "PAST_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
         "soon": "FUTURE_REF", "the near future": "FUTURE_REF", "shortly": "FUTURE_REF",
         "the coming": "FUTURE_REF", "later": "FUTURE_REF", "earlier": "PAST_REF"}


def n_ref(m: re.Match, ctx: Context) -> Norm | None:
    word = " ".join(m.group().lower().split())
    if word == "current" and re.match(r"\s+(account|affairs|events|form|model|law|system)", _after(ctx, m)):
        return None
    if word == "once" and not re.match(r"\s+(a|the|an|\w+ed)\b", _after(ctx, m)):
        return None
    if word in ("earlier", "later") and not ctx.text[m.start():m.start() + 1].isupper():
        return None  # only sentence-initial "Earlier," / "Later," stand alone as times
    if word == "future" and re.match(r"s\b", _after(ctx, m)):
        return None
    return Norm("DATE", _REFS[word], "relative")


_SET_UNITS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
              "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D"}


def n_set(m: re.Match, ctx: Context) -> Norm | None:
    if m["adv"]:
        return Norm("SET", _SET_UNITS[m["adv"].lower()], "relative")
    if m["wd"]:
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}", "relative")
    if m["mon"]:
        return Norm("SET", f"XXXX-{month_of(m['mon']):02d}", "relative")
    unit = m["u"].lower()
    if unit in ("morning", "night", "evening"):
        return Norm("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", "relative")
    return Norm("SET", _duration(1, unit), "relative")


def n_relative_day(m: re.Match, ctx: Context) -> Norm | None:
    base = ctx.ref_day or ctx.anchor
    if base is None:
        return _unresolved("XXXX-XX-XX")
    word = (m["rel"] or m["after"] or "").lower()
    offset = {"next": 1, "following": 1, "after": 1, "previous": -1, "prior": -1,
              "before": -1, "same": 0}.get(word, 0)
    return _rel(ctx, (base + timedelta(days=offset)).isoformat())


def n_spelled_year(m: re.Match, ctx: Context) -> Norm | None:
    number = parse_number(re.sub(r"\b(hundred|and|oh)\b", " ", m["num"].lower()))
    head = m["num"].lower().split()[0]
    if head in ("nineteen", "eighteen", "twenty") and "thousand" not in m["num"].lower():
        rest = parse_number(" ".join(m["num"].lower().replace("-", " ").split()[1:])
                            .replace("hundred", "").replace("and", "").replace("oh", "")) or 0
        number = parse_number(head) * 100 + rest
    if number is None or not 1600 <= number <= 2099:
        return None
    if not m["theyear"] and _before(ctx, m)[-1:] not in (
            ["in"], ["since"], ["until"], ["by"], ["of"], ["from"], ["to"], ["through"], ["early"],
            ["late"], ["before"], ["after"], ["till"], ["during"]):
        return None
    return Norm("DATE", str(int(number)), "explicit")


def n_year_end(m: re.Match, ctx: Context) -> Norm | None:
    if ctx.anchor is None:
        return _unresolved("XXXX")
    return _rel(ctx, str(ctx.anchor.year + (_shift_word(m["rel"]) or 0)))


def n_weekend(m: re.Match, ctx: Context) -> Norm | None:
    if ctx.anchor is None:
        return _unresolved("XXXX-WXX-WE")
    saturday = cal.resolve_weekday(ctx.anchor, 5, cal.FUTURE if ctx.direction == cal.FUTURE
                                   else cal.PAST)
    if ctx.anchor.weekday() == 6 and ctx.direction != cal.FUTURE:
        saturday = ctx.anchor - timedelta(days=1)
    return _rel(ctx, cal.iso_week(saturday) + "-WE")
