"""Words of time: months, weekdays, units, seasons, numbers written in words, and the regex
fragments the time-expression rules are built from."""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
        ("december", "dec")), start=1):
    for _name in _names:
        MONTHS[_name] = _number

WEEKDAYS: dict[str, int] = {name: i for i, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}

SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "midafternoon": "AF",
                "mid afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

# unit word -> (calendar unit, ISO-8601 duration letter, whether it is a time-of-day unit)
UNITS: dict[str, tuple[str, str, bool]] = {
    "second": ("second", "S", True), "minute": ("minute", "M", True), "hour": ("hour", "H", True),
    "day": ("day", "D", False), "week": ("week", "W", False), "weekend": ("weekend", "WE", False),
    "month": ("month", "M", False), "quarter": ("quarter", "Q", False),
    "year": ("year", "Y", False), "decade": ("decade", "DE", False),
    "century": ("century", "CE", False), "centuries": ("century", "CE", False),
}

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": 4, "final": 4}

_SMALL = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
          "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19, "a": 1, "an": 1, "a single": 1, "a couple of": 2, "a couple": 2,
          "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}


def parse_number(text: str) -> float | None:
    """"twenty four" -> 24, "two" -> 2, "18" -> 18, "a couple of" -> 2; None when vague
    ("several") or not a number."""
    words = text.lower().replace("-", " ").split()
    phrase = " ".join(words)
    if phrase in _SMALL:
        return _SMALL[phrase]
    if re.fullmatch(r"\d+(\.\d+)?", phrase.replace(",", "")):
        return float(phrase.replace(",", ""))
    total, current = 0, 0
    for word in words:
        if word in ("a", "an") and current == 0:
            current = 1  # "a hundred"
        elif word in _SMALL:
            current += _SMALL[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif word == "and":
            continue
        else:
            return None
    return total + current


MONTH_RE = (r"(?:january|february|march|april|may|june|july|august|september|october|november|"
            r"december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept\.?|sep\.?|oct\.?|"
            r"nov\.?|dec\.?)")
WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|"
             r"four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|"
             r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
             r"nineteen|a\s+hundred|one\s+hundred|a\s+dozen|dozen|a\s+couple\s+of|a\s+couple)")
NUM_RE = rf"(?:\d+(?:\.\d+)?|{_NUM_WORD}|an?)"
VAGUE_RE = r"(?:a\s+few|few|several|many|some|a\s+number\s+of|numerous)"
APPROX_RE = (r"(?:(?:nearly|almost|about|around|some|roughly|approximately|more\s+than|less\s+than|"
             r"fewer\s+than|at\s+least|at\s+most|over|under|only|just|up\s+to|well\s+over|"
             r"barely|close\s+to|the\s+better\s+part\s+of)\s+)")
UNIT_RE = (r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries|"
           r"quarters?|weekends?)")
ORDINAL_RE = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
SEASON_RE = r"(?:spring|summer|fall|autumn|winter)"
PART_RE = r"(?:morning|afternoon|evening|night)"
YEAR_RE = r"(?:1[6-9]\d\d|20\d\d)"
EDGE_RE = (r"(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|"
           r"the\s+start\s+of|the\s+turn\s+of|the\s+close\s+of)")


def unit_of(word: str) -> tuple[str, str, bool]:
    """"years" -> ("year", "Y", False)."""
    word = word.lower()
    if word in UNITS:
        return UNITS[word]
    return UNITS[word[:-1]] if word.endswith("s") else UNITS[word]


def month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


# Verbs whose simple present with a weekday tells a standing view or a report, not an act
# on the calendar ("Kenya says Monday …", "X opposes the plan"): the weekday keeps its
# nearest reading and the act is no plan (tense.scheduled_present).
STANCE_LEMMAS = frozenset({
    "say", "tell", "claim", "report", "accuse", "deny", "believe", "think", "know", "want",
    "hope", "fear", "expect", "need", "support", "oppose", "reject", "insist", "urge", "warn",
    "blame", "argue", "maintain", "remain", "seem", "appear", "be", "have", "continue",
    "consider", "add", "note", "stress", "acknowledge", "admit", "confirm", "estimate",
    "suspect", "allege", "condemn", "welcome", "praise", "criticize", "criticise", "regard",
    "see", "view", "feel", "own", "control"})
# Adverbs of a standing pattern ("meets regularly on Mondays"): a habit, not a plan.
HABITUAL_ADVERBS = frozenset({"repeatedly", "often", "routinely", "frequently", "always",
                              "regularly", "usually", "normally", "typically", "generally",
                              "traditionally", "sometimes", "never", "ever", "still"})
# Determiners that make a time a recurrence ("every Monday", "each week").
RECURRING_DETERMINERS = frozenset({"every", "each"})
