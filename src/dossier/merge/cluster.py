"""Reports of one block → events. Pure and deterministic: the result depends on the set of
reports only, never on the order they were stored in.

Reports are taken most precise date first (then by date, publication, document, offset), so
an event starts from its most precise report and the coarser ones join it. A report joins
the one event it fits (compatible.py); when it fits several it prefers the one where its
source says the same (a claim by the same source), then those of its own article, then one
with its very date value; still several, it is left to start its own
event (an undated "the attack" joins only an unambiguous event). A report that follows
another's trigger (``Report.lead``) goes where its lead goes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from dossier.merge.compatible import Profile, compatible
from dossier.merge.compatible import fits as fit
from dossier.merge.features import Item, item
from dossier.model import Explanation, Report


@dataclass(frozen=True)
class Grouping:
    """One event of a block: its id, its members' keys (seed first) and why each is in."""

    event_id: str
    keys: tuple[str, ...]
    explanations: tuple[Explanation, ...]


def order(items: Iterable[Item]) -> list[Item]:
    """The canonical order: the most precise date first, then by date, publication,
    document and offset."""
    return sorted(items, key=lambda i: (i.precision, i.days or (), i.published or (),
                                        i.doc, i.offset, i.key))


def event_id(seed: Item) -> str:
    """An event's id: a hash of its first member's identity and what it reports."""
    raw = "|".join([seed.key, seed.type, seed.actor.code or "", seed.recipient.code or "",
                    seed.date or ""])
    return "ev-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:14]


def _choose(it: Item, fits: list[tuple[int, tuple[str, ...]]],
            events: list[Profile]) -> tuple[int | None, str]:
    if len(fits) == 1:
        return fits[0][0], "the only event it fits"
    voiced = [f for f in fits if it.source and (it.status, it.source) in events[f[0]].voices]
    if len(voiced) == 1:
        return voiced[0][0], (f"of {len(fits)} events it fits, the one {it.source} also "
                              f"{'claims' if it.status == 'claim' else 'says'} ({it.status})")
    own = [f for f in fits if it.doc in events[f[0]].docs]
    if len(own) == 1:
        return own[0][0], f"of {len(fits)} events it fits, the one in its own article"
    pool = own or fits
    same = [f for f in pool if it.date is not None and events[f[0]].date == it.date]
    if len(same) == 1:
        return same[0][0], f"of {len(pool)} events it fits, the one with its date {it.date}"
    return None, f"fits {len(pool)} events: ambiguous, so it starts its own"


# Ranges longer than this many days are not indexed: such events are checked against every
# report, and such reports against every event.
_MAX_DAYS = 400


def _days(ranges: Iterable[tuple[date, date] | None]) -> set[int] | None:
    """The days (ordinals) the ranges cover; None when one is too long or none is given
    (then anything may fit)."""
    out: set[int] = set()
    for r in ranges:
        if r is None:
            continue
        first, last = r[0].toordinal(), r[1].toordinal()
        if last - first > _MAX_DAYS:
            return None
        out.update(range(first, last + 1))
    return out or None


class _Index:
    """Events by the days their dates may cover: a report is checked only against events
    it could fit by date (the checks themselves decide). Keeps event numbers in order."""

    def __init__(self) -> None:
        self.by_day: dict[int, list[int]] = {}
        self.anywhere: list[int] = []
        self.count = 0

    def add(self, n: int, ev: Profile) -> None:
        self.count = n + 1
        days = _days((ev.days, ev.window, ev.soft))
        if days is None:
            self.anywhere.append(n)
            return
        for day in days:
            self.by_day.setdefault(day, []).append(n)

    def candidates(self, it: Item) -> Iterable[int]:
        days = _days((it.days, it.soft, it.window))
        if days is None:
            return range(self.count)
        found = set(self.anywhere)
        for day in days:
            found.update(self.by_day.get(day, ()))
        return sorted(found)


def group(reports: Sequence[Report]) -> list[Grouping]:
    """The events the reports of one block make, in canonical order of their first member."""
    items = {r.key: item(r) for r in reports}
    leads = {k: i for k, i in items.items() if i.lead is None or i.lead not in items}
    events: list[Profile] = []
    why: list[list[Explanation]] = []
    index = _Index()
    for it in order(leads.values()):
        fits = [(n, ()) for n in index.candidates(it) if fit(it, events[n])]
        chosen, note = _choose(it, fits, events) if fits else (None, "fits no stored event")
        if chosen is None:
            events.append(Profile.start(it))
            index.add(len(events) - 1, events[-1])
            why.append([Explanation(it.key, "", None, (note,))])
            continue
        reasons = compatible(it, events[chosen])[1]
        events[chosen] = events[chosen].add(it)
        why[chosen].append(Explanation(it.key, "", events[chosen].seed.key, (*reasons, note)))
    out = []
    for ev, expl in zip(events, why):
        eid = event_id(ev.seed)
        members = {e.key for e in expl}
        riders = [Explanation(k, eid, i.lead, (f"one trigger with {i.lead}: one act with "
                                               "several parties",))
                  for k, i in sorted(items.items()) if k not in leads and i.lead in members]
        expl = [Explanation(e.key, eid, e.joined, e.reasons) for e in expl] + riders
        out.append(Grouping(eid, tuple(e.key for e in expl), tuple(expl)))
    return out
