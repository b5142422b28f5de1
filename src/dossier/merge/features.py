"""What merging compares of a mention, read once: ``Item``, a frozen value built from a
``Report``. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from dossier.merge.data import compatibility, type_family
from dossier.model import ANOTHER_OCCASION, UNDIRECTED_TYPES, ActorRef, Mention, Report
from dossier.store.codec import day_range

# How precise a date is, most precise first: the order events are seeded in.
_PRECISION = {"day": 0, "time": 0, "week": 1, "month": 2, "season": 3, "quarter": 3,
              "year": 4, "decade": 5}
UNDATED = 9


@dataclass(frozen=True)
class Party:
    """One side of a dyad: its code (country/group, else the name) and, for a person, the
    person's name (two people of one state are two parties; a state and its official are
    one)."""

    code: str | None
    person: str | None = None

    def show(self) -> str:
        if self.person:
            return f"{self.person} ({self.code})" if self.code else self.person
        return self.code or "-"


@dataclass(frozen=True)
class Item:
    key: str
    doc: str  # the independent article (a copy counts as its original)
    offset: int
    type: str
    status: str
    actor: Party
    recipient: Party
    date: str | None  # the TIMEX3 value when it names days
    days: tuple[date, date] | None  # the days the date covers; None when undated
    precision: int  # _PRECISION of the date, UNDATED without one
    published: date | None
    soft: tuple[date, date] | None  # the days of an inherited date
    place: str | None  # country code of the location
    source: str | None  # who claims, denies or negates it (a code, else the name)
    objects: frozenset[str]  # object classes (compatible.yaml) the object's words name
    lead: str | None
    # the article as stored (a copy is its own) and whether the report says it tells another
    # occasion of its act: such a report and its article's unmarked ones are two happenings
    article: str = ""
    another: bool = False

    @property
    def occasion(self) -> tuple:
        """What its article's within-article merge compared: the article, type, parties,
        status and source; with ``another``, the reports it kept apart."""
        pair = (self.actor.code, self.recipient.code)
        if self.undirected:
            pair = tuple(sorted(c or "" for c in pair))
        return (self.article, self.type, pair, self.status, self.source)

    @property
    def domestic(self) -> bool:
        """Both parties of one state: its many internal happenings share this dyad."""
        return self.actor.code is not None and self.actor.code == self.recipient.code

    @property
    def undirected(self) -> bool:
        return self.type in UNDIRECTED_TYPES

    @property
    def window(self) -> tuple[date, date] | None:
        """The days an undated happening may lie on: up to the window before the report.
        One its article tells as another occasion ("has threatened before") may lie on any."""
        if self.published is None or self.another:
            return None
        back = timedelta(days=compatibility().undated_window_days)
        return self.published - back, self.published


def party(ref: ActorRef | None) -> Party:
    if ref is None:
        return Party(None)
    actor = ref.actor
    code = actor.country.upper() if actor.country else actor.name.casefold()
    # Only a known person is one person: "a Russian official" may be anyone of that state.
    known = actor.kind == "person" and (actor.entity_id or actor.wikidata)
    return Party(code, actor.name if known else None)


# Date bases that place the mention's own happening. An "inherited" date is borrowed from
# another time expression of the article (often when a claim or denial was voiced): it is
# held against an own date, but between two such or undated reports it tells nothing.
_OWN_DATE_BASES = frozenset({"explicit", "relative", "published"})


def item(report: Report) -> Item:
    m = report.mention
    value = m.date.value if m.date and m.date.basis in _OWN_DATE_BASES else None
    days = day_range(value)
    if days and m.date.basis == "published":
        days = (days[0] - timedelta(days=compatibility().headline_days_back), days[1])
    precision = _PRECISION.get(m.date.granularity or "", UNDATED) if value and days else UNDATED
    return Item(
        key=report.key, doc=report.independent_doc, offset=m.trigger.start, type=m.type,
        status=m.status, actor=party(m.actor), recipient=party(m.recipient),
        date=value if days else None, days=days if precision < UNDATED else None,
        precision=precision, published=report.published or m.reported,
        soft=day_range(m.date.value) if m.date and not value else None,
        place=m.location.country.upper() if m.location and m.location.country else None,
        source=party(m.source).code if m.source else None,
        objects=object_classes(m.object.text if m.object else None), lead=report.lead,
        article=m.doc, another=ANOTHER_OCCASION in m.rules)


def period(m: Mention) -> str:
    """The quarter a mention is grouped in: that of the first day it may be about: its own
    date's first day, else the first day of the window before it was reported."""
    value = m.date.value if m.date and m.date.basis in _OWN_DATE_BASES else None
    days = day_range(value)
    day = days[0] if days else None
    if day is None and m.reported is not None:
        day = m.reported - timedelta(days=compatibility().undated_window_days)
    return f"{day.year}Q{(day.month - 1) // 3 + 1}" if day else "-"


def block_key(type_: str, actor: Party, recipient: Party, quarter: str) -> str:
    """Mentions that might report one happening share this key: the type family, the
    unordered pair of party codes and the quarter. Only a block is re-grouped when a mention
    enters it, so a busy dyad's years of reports are not gone through for each article; the
    price is that an undated report published early in a quarter does not reach back to an
    event of the one before."""
    pair = sorted([actor.code or "", recipient.code or ""])
    return f"{type_family(type_)}|{pair[0]}|{pair[1]}|{quarter}"


_WORD = re.compile(r"[\w$-]+")


@cache
def object_classes(text: str | None) -> frozenset[str]:
    """The object classes whose words occur in ``text`` (the most specific ones)."""
    if not text:
        return frozenset()
    lowered = " ".join(_WORD.findall(text.casefold().replace("–", "-")))
    words = set(lowered.split())
    found = set()
    for name, entry in compatibility().object_classes.items():
        for word in entry.words:
            if (" " in word and f" {word} " in f" {lowered} ") or word in words:
                found.add(name)
                break
    # "ballistic missiles and other weapons": keep the specific class, not its parent too
    parents = {compatibility().object_classes[n].parent for n in found}
    return frozenset(found - parents)


@cache
def ancestors(name: str) -> frozenset[str]:
    """A class and the classes above it."""
    out = {name}
    parent = compatibility().object_classes[name].parent
    while parent is not None:
        out.add(parent)
        parent = compatibility().object_classes[parent].parent
    return frozenset(out)
