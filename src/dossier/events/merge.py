"""Repeated reports of one event within an article become one mention.

Same type, dyad (unordered for undirected types), status and source, and dates that can be
the same event's: the best-dated report is kept. A report that says it tells another occasion
of its act ("barred three other officials", "attacked again", events/occasions.py) is a
separate happening from the unmarked reports.
"""

from __future__ import annotations

from datetime import date as _date

from dossier.events.lexicon import load_lexicon
from dossier.events.occasions import is_another
from dossier.model import UNDIRECTED_TYPES, Mention, When

GRANULARITY_RANK = {"day": 6, "time": 7, "week": 5, "month": 4, "quarter": 3, "season": 3,
                    "year": 2, "decade": 1}



def mention_key(m: Mention) -> tuple:
    a = m.actor.actor.code if m.actor else None
    r = m.recipient.actor.code if m.recipient else None
    if m.type in UNDIRECTED_TYPES:
        a, r = sorted([a or "", r or ""])
    return (m.type, a, r, m.status, m.source.actor.code if m.source else None, _side(m))


def _side(m: Mention) -> str | None:
    """Which side of a domestic conflict acts: an armed group or the state. Both are coded
    with the state's code ("rebels ambushed a bus", "the army killed 30 rebels"), but they
    are never one event, whatever their dates."""
    if m.actor is None or m.recipient is None or m.actor.actor.code != m.recipient.actor.code:
        return None
    return "armed" if m.actor.actor.sector in load_lexicon().cue("armed_group_sectors") \
        else "state"


def rank(m: Mention) -> tuple:
    g = GRANULARITY_RANK.get(m.date.granularity or "", 0) if m.date else -1
    return (g, m.confidence, -m.trigger.start)


def _compatible(a: When | None, b: When | None, *, same_mode: bool = True) -> bool:
    """Could two dates be the same event's? (one unknown, equal, or one inside the other;
    a week holds a day only for reports of the same kind: a visit and a meeting that week
    may be two events)"""
    if a is None or b is None:
        return True
    x, y = a.value, b.value
    if x.startswith(y) or y.startswith(x):
        return True
    if not same_mode:
        return False
    for week, day in ((x, y), (y, x)):
        if "-W" in week and len(day) == 10:
            try:
                iso = _date.fromisoformat(day).isocalendar()
            except ValueError:
                return False
            return week == f"{iso[0]}-W{iso[1]:02d}"
    return False


def merge_mentions(mentions: list[Mention]) -> list[Mention]:
    """Repeated reports of one event in an article become one mention (the best-dated):
    same type, dyad, status and source, and dates that can be the same. A report that says
    it is another occasion of its act (``occasions.is_another``) merges only with others
    that say so."""
    groups: dict[tuple, list[Mention]] = {}
    for m in sorted(mentions, key=rank, reverse=True):
        bucket = groups.setdefault((mention_key(m), is_another(m)), [])
        if not any(_compatible(m.date, kept.date, same_mode=m.mode == kept.mode)
                   for kept in bucket):
            bucket.append(m)
    return sorted((m for b in groups.values() for m in b), key=lambda m: (m.trigger.start, m.type))


