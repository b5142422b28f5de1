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

from dossier.merge.compatible import Profile, compatible
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


def group(reports: Sequence[Report]) -> list[Grouping]:
    """The events the reports of one block make, in canonical order of their first member."""
    items = {r.key: item(r) for r in reports}
    leads = {k: i for k, i in items.items() if i.lead is None or i.lead not in items}
    events: list[Profile] = []
    why: list[list[Explanation]] = []
    for it in order(leads.values()):
        fits = []
        for n, ev in enumerate(events):
            ok, reasons = compatible(it, ev)
            if ok:
                fits.append((n, reasons))
        chosen, note = _choose(it, fits, events) if fits else (None, "fits no stored event")
        if chosen is None:
            events.append(Profile.start(it))
            why.append([Explanation(it.key, "", None, (note,))])
            continue
        reasons = dict(fits)[chosen]
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
