"""The rule table of time expressions: regular expressions over the text, each with the
normaliser (:mod:`time_normalise`) that turns its match into a TIMEX3 type and value.

Rules are matched independently; :func:`candidates` keeps the longest non-overlapping
matches (ties go to the earlier rule), skipping those their normaliser rejects.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from dossier.time.lexicon import (
    APPROX_RE,
    EDGE_RE,
    MONTH_RE,
    NUM_RE,
    ORDINAL_RE,
    PART_RE,
    SEASON_RE,
    UNIT_RE,
    VAGUE_RE,
    WEEKDAY_RE,
    YEAR_RE,
)
from dossier.time.normalise import (  # noqa: F401  (Context, Norm are re-exported)
    Context,
    Norm,
    n_ago,
    n_century,
    n_decade,
    n_deictic_day,
    n_duration,
    n_fiscal,
    n_half,
    n_iso_date,
    n_month,
    n_month_day,
    n_part_of_day,
    n_quarter,
    n_ref,
    n_relative_day,
    n_relative_unit,
    n_season,
    n_set,
    n_spelled_year,
    n_the_quarter,
    n_time_of_day,
    n_vague_plural,
    n_week_of,
    n_weekday,
    n_weekend,
    n_year,
    n_year_ago_adj,
    n_year_end,
)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    normalise: Callable[[re.Match, Context], Norm | None]


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match



def _r(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


_WD_ON = rf"(?:(?P<wd>{WEEKDAY_RE})|(?P<rd>today|yesterday|tomorrow)|(?P<mon>{MONTH_RE})\s+(?P<day>\d{{1,2}}))"

RULES: tuple[Rule, ...] = (
    Rule("time_of_day", _r(rf"""
        \b(?:(?:around|about|at\s+about|shortly\s+after|shortly\s+before|just\s+after|just\s+before)\s+)?
        (?:(?P<h>\d{{1,2}})(?::(?P<mi>\d{{2}}))?\s*(?P<ap>[ap]\.?\s?m\b\.?)|(?P<word>noon|midnight|midday))
        (?:\s+(?:[ECMP][SD]T|GMT|UTC)\b)?
        (?:,?\s+(?:on\s+)?{_WD_ON})?"""), n_time_of_day),
    Rule("week_of", _r(rf"\bthe\s+week\s+of\s+(?P<mon>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{YEAR_RE}))?"),
         n_week_of),
    Rule("month_day", _r(rf"""\b(?:{WEEKDAY_RE},?\s+)?(?:(?P<mon>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?
        |(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{MONTH_RE}))\b(?:,?\s+(?P<year>{YEAR_RE})\b)?"""),
         lambda m, ctx: n_month_day(_day_first(m), ctx)),
    Rule("iso_date", _r(r"\b(?P<y>(?:19|20)\d\d)-(?P<mo>\d\d)-(?P<d>\d\d)\b"), n_iso_date),
    Rule("us_date", _r(r"\b(?P<mo>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d\d)\b"), n_iso_date),
    Rule("weekday", _r(rf"""\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|early|late|earlier|later|
        (?P<part0>morning|afternoon|evening|mid-?afternoon|night)\s+(?:of|on))\s+)?
        (?P<wd>{WEEKDAY_RE})(?:'s)?(?:\s+(?P<part>{PART_RE}))?\b"""), n_weekday),
    Rule("deictic_day", _r(rf"""\b(?:(?:early|late|earlier|later|(?P<part0>mid-?afternoon))\s+)?
        (?P<rd>today|tonight|yesterday|tomorrow)(?!'s)(?:\s+(?P<part>{PART_RE}))?\b"""), n_deictic_day),
    Rule("part_of_day", _r(r"""\b(?:(?P<rel>this|last|the\s+next|the\s+following|later\s+this|early\s+this|earlier\s+this)\s+)
        (?P<part>morning|afternoon|evening|night)\b|\b(?P<part_o>overnight)\b(?=\s*,?\s*(?:the|when|as|traders|stocks))"""),
         lambda m, ctx: n_part_of_day(_overnight(m), ctx)),
    Rule("relative_unit", _r(rf"""\b(?:(?:{EDGE_RE}|earlier|later)[- ]?\s*(?:in\s+)?)?(?:the\s+)?
        (?P<rel>last|this\s+past|this|next|past|coming|current|previous|following|latest|upcoming)\s+
        (?P<unit>week|weekend|month|year|quarter|decade|century|fiscal\s+year|{SEASON_RE}|{MONTH_RE})\b(?!-)"""),
         n_relative_unit),
    Rule("ago", _r(rf"""(?:{APPROX_RE})?\b(?:(?P<num>{NUM_RE})|{VAGUE_RE})[\s-]+(?:or\s+so\s+)?(?P<unit>{UNIT_RE})
        (?:\s+or\s+so)?\s+(?P<dir>ago|earlier|before|later|from\s+now|hence)\b"""), n_ago),
    Rule("duration", _r(rf"""(?:\b(?:the|its|each\s+of\s+the|a|an)\s+)?(?:(?P<rel>past|last|next|coming|first|previous|
        latest|final|following|remaining|preceding|ensuing|initial)\s+)?(?P<approx>{APPROX_RE})?
        \b(?:(?P<num>{NUM_RE})|{VAGUE_RE})(?:\s+and\s+a\s+half)?[\s-]+(?P<unit>{UNIT_RE})\b(?:-long)?"""),
         n_duration),
    Rule("vague_plural", _r(r"""\b(?:(?P<mod>recent|coming|past|the\s+past|the\s+coming|the\s+last|the\s+next|
        the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|the\s+coming)\s+)?
        (?P<unit>days|weeks|months|years|decades|centuries|quarters)\b(?:\s+(?P<after>ago|earlier|later|ahead|to\s+come))?"""),
         n_vague_plural),
    Rule("quarter", _r(rf"""\b(?:(?:the|its|a|an|this|that)\s+)?(?:(?P<yr>{YEAR_RE})\s+|(?P<pos>this|last|next)\s+year's\s+)?
        (?:(?:fiscal|calendar|flat|strong|weak|latest|current|same|year-earlier|year-ago)[- ])*(?P<ord>{ORDINAL_RE})[- ]
        (?:fiscal[- ])?quarter(?P<plural>s)?\b(?:\s+of\s+(?:fiscal\s+|calendar\s+)?(?P<yr2>{YEAR_RE}|this\s+year|last\s+year|next\s+year))?"""),
         n_quarter),
    Rule("the_quarter", _r(rf"""\b(?:the|this|that|its)\s+(?P<mods>(?:(?:latest|current|recent|previous|prior|past|last|same|
        comparable|year-ago|year-earlier|year\s+ago|corresponding|{YEAR_RE})\s+)*)(?:quarter|(?<=\s)period)\b(?!s)
        (?:\s+a\s+year\s+(?:ago|earlier))?"""), lambda m, ctx: n_the_quarter(_quarter_mods(m), ctx)),
    Rule("year_ago_adj", _r(r"\b(?:the\s+)?(?:comparable\s+|corresponding\s+)?year-(?:ago|earlier)\b"), n_year_ago_adj),
    Rule("half", _r(rf"""\b(?:the\s+)?(?P<ord>first|second|last|latter)\s+half(?:\s+of\s+(?:(?P<year>{YEAR_RE})|
        (?P<rel>this|last|next)\s+year|(?P<theyear>the\s+year)))?\b"""), n_half),
    Rule("fiscal", _r(rf"""\b(?:(?:the|its)\s+(?:(?P<rel>current|latest|next|last|previous|past|coming|new)\s+)?fiscal\s+year
        |fiscal(?:\s+year)?\s+(?P<year>{YEAR_RE}|'\d\d))\b"""), n_fiscal),
    Rule("decade", _r(r"""\b(?:the\s+)?(?:(?:early|late|mid)[- ]?\s*)?(?:(?P<cd>1[6-9]\d|20\d)0'?s|'(?P<d>\d)0'?s|
        (?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"""), n_decade),
    Rule("century", _r(r"""\b(?:the\s+)?(?:(?:early|late|mid)[- ]?\s*)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|
        (?P<w>first|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first))[- ]century\b"""), n_century),
    Rule("season", _r(rf"""\b(?:(?P<edge>early|late|mid)[- ]?\s*)?(?:(?P<rel>last|this|next|past|coming|this\s+past)\s+|
        (?P<the>the)\s+(?:(?:early|late)\s+)?)?(?P<s>{SEASON_RE})\b(?:\s+(?:of\s+)?(?P<year>{YEAR_RE}))?"""), n_season),
    Rule("month", _r(rf"""\b(?:(?P<edge>{EDGE_RE})[- ]?\s*)?(?:(?P<rel>last|this|next|past|coming|this\s+past)\s+)?
        (?P<mon>{MONTH_RE})(?:(?<!\.)\b|(?<=\.))(?:,?\s+(?:of\s+)?(?P<year>{YEAR_RE})\b)?"""), n_month),
    Rule("year", _r(rf"""(?:\b(?P<edge>{EDGE_RE})[- ]?\s*)?(?:\bthe\s+year\s+)?(?<![\w$£€])(?P<year>{YEAR_RE})(?:'s)?\b"""),
         n_year),
    # "previously", "soon", "once", a bare "future" or "recent" are TIMEX3 references too, but
    # news uses them mostly as plain adverbs and adjectives, which TimeML annotators skip
    Rule("ref", _r(r"""\b(?:until\s+recently|more\s+recently|most\s+recently|recently|lately|
        the\s+near\s+future|the\s+future|nowadays|right\s+now|now|currently|current|at\s+present|
        these\s+days|at\s+the\s+moment|the\s+present|the\s+past)\b(?!-)"""), n_ref),
    Rule("set", _r(rf"""\b(?:(?P<adv>daily|weekly|monthly|yearly|hourly|nightly)|
        (?:every|each|per)\s+(?:other\s+)?(?:(?P<u>day|week|month|year|quarter|hour|minute|morning|night|evening)
        |(?P<wd>{WEEKDAY_RE})|(?P<mon>january|february|march|april|june|july|august|september|october|november|december)))\b"""),
         n_set),
    Rule("spelled_year", _r(r"""\b(?P<theyear>the\s+year\s+)?(?P<num>(?:nineteen|eighteen|twenty)(?:\s+hundred(?:\s+and)?)?\s+
        (?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?
        |ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))
        |two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))?)\b"""),
         n_spelled_year),
    Rule("year_end", _r(r"""\b(?:(?:the\s+)?(?:(?P<rel>this|last|next)\s+)?year[- ]end|year's\s+end|the\s+end\s+of\s+(?:the|this)\s+year)\b"""),
         n_year_end),
    Rule("weekend", _r(r"\bthe\s+weekend\b"), n_weekend),
    Rule("relative_day", _r(r"""\b(?:the|that)\s+(?:(?P<rel>next|following|previous|prior|same)\s+day|day\s+(?P<after>before|after))\b"""),
         n_relative_day),
)


class _View:
    """A match seen through renamed or fixed groups, so one normaliser serves several
    patterns: ``names`` maps a group to another group's name, or to ``Fixed(value)``."""

    def __init__(self, match: re.Match, names: dict[str, str | Fixed]):
        self._m, self._names = match, names

    def __getitem__(self, key):
        source = self._names.get(key, key)
        return source.value if isinstance(source, Fixed) else self._m[source]

    def groupdict(self):
        return {k: self[k] for k in set(self._m.groupdict()) | set(self._names)}

    def __getattr__(self, name):
        return getattr(self._m, name)


@dataclass(frozen=True)
class Fixed:
    value: str | None


def _day_first(m: re.Match):
    """"19 July" read like "July 19"."""
    return m if m["mon"] else _View(m, {"mon": "mon2", "day": "day2"})


def _overnight(m: re.Match):
    return m if m["part"] else _View(m, {"part": "part_o", "rel": Fixed(None)})


def _quarter_mods(m: re.Match):
    """"the quarter a year ago" is the year-ago quarter."""
    if m.group().lower().endswith(("a year ago", "a year earlier")):
        return _View(m, {"mods": Fixed("year-ago")})
    return m


def candidates(text: str, accept: Callable[[Candidate], bool] = lambda c: True) -> list[Candidate]:
    """Every rule's matches, reduced to the longest non-overlapping ones that ``accept``
    takes (a match its normaliser rejects leaves room for a shorter one)."""
    found: list[tuple[int, int, Candidate]] = []
    lowered = None if _CASE_TRAPS.search(text) else text.translate(_ASCII_LOWER)
    for priority, rule in enumerate(RULES):
        for match in _matches(rule.pattern, text, lowered):
            if match.end() > match.start():
                found.append((-(match.end() - match.start()), priority,
                              Candidate(match.start(), match.end(), rule, match)))
    found.sort(key=lambda item: (item[0], item[1], item[2].start))
    taken: list[Candidate] = []
    for _, _, cand in found:
        if any(cand.start < t.end and t.start < cand.end for t in taken):
            continue
        if accept(cand):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


# Matching without IGNORECASE on a copy of the text with its ASCII capitals lowered finds the
# same matches about twice as fast (Unicode case folding is the slow part). It is the same
# only where case folding can pair a character with an ASCII letter just as lowering does:
# not for these four (İ ı ſ K fold to i, s and k), and not for a pattern that writes a
# capital, a cased non-ASCII letter or a back-reference.
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_CASE_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")


@cache
def _quick(pattern: re.Pattern) -> re.Pattern | None:
    """``pattern`` without IGNORECASE for ASCII-lowered text, or None where that could differ."""
    source = re.sub(r"\(\?P<\w+>", "", re.sub(r"\\.", "", pattern.pattern))
    if "(?P=" in source or "(?(" in source or "(?i" in source or "(?-" in source or any(
            c.isupper() or (not c.isascii() and c.lower() != c.upper()) for c in source):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _matches(pattern: re.Pattern, text: str, lowered: str | None) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, found on ``lowered`` (``text`` with ASCII capitals lowered)
    where that gives the same matches; each is matched again on ``text`` at its start, so
    groups and offsets are the text's."""
    quick = _quick(pattern) if lowered is not None else None
    if quick is None:
        yield from pattern.finditer(text)
        return
    for found in quick.finditer(lowered):
        match = pattern.match(text, found.start())
        if match is not None:
            yield match
