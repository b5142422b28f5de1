"""Whether a mention may report the happening an event stands for, and why: one pure check
per kind of evidence (type, dyad, date, place, object, status), each returning a reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from dossier.merge.data import compatibility, types_fit
from dossier.merge.features import Item, Party, ancestors


@dataclass(frozen=True)
class Check:
    """A check's outcome; ``why`` formats its reason, only when an explanation is kept
    (grouping compares each report with many events and keeps the reasons of one)."""

    ok: bool
    why: Callable[[], str]

    @property
    def reason(self) -> str:
        return self.why()


@dataclass(frozen=True)
class Profile:
    """An event while it is being built: its first (most precise) member and what its
    members agree on so far."""

    seed: Item
    keys: tuple[str, ...]
    docs: frozenset[str]
    days: tuple[date, date] | None  # the narrowest dated range of its members
    window: tuple[date, date] | None  # when all are undated: the days all reports allow
    soft: tuple[date, date] | None  # when none has an own date: the inherited ones' days
    date: str | None  # the most precise date value
    actor_people: frozenset[str]
    recipient_people: frozenset[str]
    place: str | None
    objects: frozenset[str]
    future_only: bool
    voices: frozenset[tuple[str, str]]  # (status, source) of its sourced members
    writers: frozenset[tuple[str, str]]  # (status, doc) of its unsourced fact/negated members
    occasions: frozenset[tuple[tuple, bool]] = frozenset()  # (Item.occasion, Item.another)

    @classmethod
    def start(cls, seed: Item) -> Profile:
        return cls(seed, (seed.key,), frozenset({seed.doc}), seed.days,
                   None if seed.days else seed.window, seed.soft, seed.date,
                   _people(seed.actor), _people(seed.recipient), seed.place, seed.objects,
                   seed.status == "future", _voice(seed), _writer(seed),
                   frozenset({(seed.occasion, seed.another)}))

    def add(self, item: Item) -> Profile:
        days = _narrowest(self.days, item.days)
        window = None if days else _overlap(self.window, item.window)
        soft = None if days else _narrowest(self.soft, item.soft)
        return Profile(
            self.seed, (*self.keys, item.key), self.docs | {item.doc}, days, window, soft,
            item.date if _narrower(item.days, self.days) else self.date,
            self.actor_people | _people(self._own(item)[0]),
            self.recipient_people | _people(self._own(item)[1]),
            self.place or item.place, self.objects | item.objects,
            self.future_only and item.status == "future", self.voices | _voice(item),
            self.writers | _writer(item), self.occasions | {(item.occasion, item.another)})

    def _own(self, item: Item) -> tuple[Party, Party]:
        """The item's parties in the event's order (an undirected one may be reversed)."""
        if item.actor.code == self.seed.actor.code:
            return item.actor, item.recipient
        return item.recipient, item.actor


def _voice(item: Item) -> frozenset[tuple[str, str]]:
    return frozenset({(item.status, item.source)}) if item.source else frozenset()


def _writer(item: Item) -> frozenset[tuple[str, str]]:
    if item.source is None and item.status in ("fact", "negated"):
        return frozenset({(item.status, item.doc)})
    return frozenset()


def _people(p: Party) -> frozenset[str]:
    return frozenset({p.person}) if p.person else frozenset()


def _overlap(a: tuple[date, date] | None, b: tuple[date, date] | None) -> tuple[date, date] | None:
    if a is None or b is None:
        return None
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo <= hi else None


def _narrowest(a: tuple[date, date] | None, b: tuple[date, date] | None) -> tuple[date, date] | None:
    if a is None or b is None:
        return a or b
    return _overlap(a, b) or a


def _narrower(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    return a is not None and (b is None or a[1] - a[0] < b[1] - b[0])


def _span(days: tuple[date, date]) -> str:
    return days[0].isoformat() if days[0] == days[1] else f"{days[0]}..{days[1]}"


# -- the checks --------------------------------------------------------------------------

def type_check(item: Item, event: Profile) -> Check:
    ok = types_fit(item.type, event.seed.type)
    return Check(ok, lambda: f"type {item.type} {'fits' if ok else 'differs from'} "
                             f"{event.seed.type}")


def dyad_check(item: Item, event: Profile) -> Check:
    """Direction kept for directed types, free for CONSULT/AGREE/COOPERATE and between two
    types that describe one act from two sides; a state fits a person of that state, two
    different people of one state do not fit."""
    seed = event.seed
    same = (item.actor.code, item.recipient.code) == (seed.actor.code, seed.recipient.code)
    free = item.undirected or item.type != seed.type
    swapped = free and (item.recipient.code, item.actor.code) == (seed.actor.code,
                                                                  seed.recipient.code)
    def shown(p: Party, q: Party) -> str:
        return f"{p.show()}→{q.show()}"

    if not (same or swapped):
        return Check(False, lambda: f"dyad {shown(item.actor, item.recipient)} differs from "
                                    f"{shown(seed.actor, seed.recipient)}")
    actor, recipient = (item.actor, item.recipient) if same else (item.recipient, item.actor)
    for p, people in ((actor, event.actor_people), (recipient, event.recipient_people)):
        if p.person and people and p.person not in people:
            return Check(False, lambda: f"{p.person} is not {', '.join(sorted(people))}")
    return Check(True, lambda: f"dyad {shown(item.actor, item.recipient)} fits "
                               f"{shown(seed.actor, seed.recipient)}"
                               + (" (order free)" if swapped and not same else ""))


def date_check(item: Item, event: Profile) -> Check:
    """Dates fit at their granularity (a month holds its days; two days differ); an undated
    report fits only a happening in the days before it was published."""
    if item.days and event.days:
        ok = _overlap(item.days, event.days) is not None
        return Check(ok, lambda: f"date {item.date} {'fits' if ok else 'differs from'} "
                                 f"{event.date}")
    if (item.soft and event.days) or (item.days and event.soft):
        mine, theirs = item.soft or item.days, event.days or event.soft
        ok = _overlap(mine, theirs) is not None
        return Check(ok, lambda: f"days {_span(mine)} {'fit' if ok else 'differ from'} "
                                 f"{_span(theirs)} (one date inherited from the article)")
    if not item.days and item.domestic and not compatibility().domestic_undated_joins:
        return Check(False, lambda: "undated, between parties of one state: nothing to "
                                    "place it by")
    mine = item.days or item.window
    theirs = event.days or event.window
    if mine is None or theirs is None:
        same = item.doc in event.docs
        return Check(same, lambda: "undated, in the same article" if same
                     else "undated, without a publication date to place it")
    ok = _overlap(mine, theirs) is not None
    what = (lambda: f"date {item.date}") if item.days else (lambda: f"undated report of "
                                                                     f"{item.published}")
    return Check(ok, lambda: f"{what()} {'fits' if ok else 'does not fit'} {_span(theirs)}")


_OPPOSITE = {"fact": "negated", "negated": "fact"}
# a party's claim and its own denial: "Iran admitted sending drones before the war" and "Iran
# denies supplying drones for the war" are two acts
_GAINSAID = {"claim": ("denial", "negated"), "denial": ("claim",), "negated": ("claim",)}


def status_check(item: Item, event: Profile) -> Check:
    """A planned act joins the act it announces only when both give the same day. A writer
    who reports an act as done and one as not done reports two acts (a negation disputes
    what others claim, not what its own article asserts)."""
    if item.source is None and (_OPPOSITE.get(item.status, ""), item.doc) in event.writers:
        return Check(False, lambda: f"its article reports one as {item.status}, the other "
                                    f"as {_OPPOSITE[item.status]}: two acts")
    if item.source and any((other, item.source) in event.voices
                           for other in _GAINSAID.get(item.status, ())):
        return Check(False, lambda: f"{item.source} both claims and denies: two acts (what a "
                                    f"party admits is not what it denies)")
    if (item.status == "future") == event.future_only:
        return Check(True, lambda: f"status {item.status}")
    ok = item.precision == 0 and event.days is not None and item.days == event.days
    return Check(ok, lambda: "planned and reported on the same day" if ok
                 else "a planned act and a reported one without the same day")


def place_check(item: Item, event: Profile) -> Check:
    if item.place and event.place and item.place != event.place:
        return Check(False, lambda: f"place {item.place} differs from {event.place}")
    return Check(True, lambda: f"place {item.place or event.place or '-'}")


def object_check(item: Item, event: Profile) -> Check:
    """Two kinds of object ("drones", "ballistic missiles") are two events; a kind and its
    parent ("missiles", "weapons") fit."""
    if not item.objects or not event.objects:
        return Check(True, lambda: "object -")
    ok = any(a in ancestors(b) or b in ancestors(a) for a in item.objects for b in event.objects)
    return Check(ok, lambda: f"object {'/'.join(sorted(item.objects))} "
                             f"{'fits' if ok else 'differs from'} {'/'.join(sorted(event.objects))}")


def occasion_check(item: Item, event: Profile) -> Check:
    """A report its article tells as another occasion of an act ("barred three other
    officials", "attacked again", "earlier this month") is not the happening of that
    article's unmarked report of the act, nor the other way round. Being its article's
    background, it joins another article's event only at a date as precise as the event's:
    "earlier this month" cannot tell which of the month's acts it is."""
    if (item.occasion, not item.another) in event.occasions:
        return Check(False, lambda: "its article tells the two as separate occasions")
    if item.another and item.doc not in event.docs and item.precision > event.seed.precision:
        return Check(False, lambda: f"another occasion, dated {item.date or '-'}: too coarse "
                                    f"to be {event.date}")
    return Check(True, lambda: "occasion -")


CHECKS = (type_check, dyad_check, date_check, status_check, place_check, object_check,
          occasion_check)


def compatible(item: Item, event: Profile) -> tuple[bool, tuple[str, ...]]:
    """Whether ``item`` may report ``event``'s happening, with the reasons (up to the first
    failed check)."""
    reasons = []
    for check in CHECKS:
        result = check(item, event)
        reasons.append(result.reason)
        if not result.ok:
            return False, tuple(reasons)
    return True, tuple(reasons)


def fits(item: Item, event: Profile) -> bool:
    """``compatible`` without the reasons: the fast path grouping takes for every candidate."""
    return all(check(item, event).ok for check in CHECKS)
