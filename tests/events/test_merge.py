"""Merging repeated reports of one event within an article (no model needed)."""

from __future__ import annotations

import pytest

from dossier.events import merge_mentions
from dossier.model import Actor, ActorRef, Mention, Span, When


def ref(code: str) -> ActorRef:
    return ActorRef(Actor(name=code, kind="country", country=code), code, 0, 3)


def mention(start: int, date: str | None = None, gran: str | None = None, *, type_="CONSULT",
            actor="AAA", recipient="BBB", status="fact", mode=None) -> Mention:
    when = When(date, gran, "explicit", date) if date else None
    return Mention(doc="d", type=type_, trigger=Span("x", start, start + 1),
                   evidence=Span("x", start, start + 1), actor=ref(actor),
                   recipient=ref(recipient), date=when, status=status, mode=mode)


def test_merge_keeps_the_best_dated_report_of_one_event():
    merged = merge_mentions([mention(0), mention(10, "2024-09-17", "day"),
                             mention(20, "2024-09", "month")])
    assert len(merged) == 1 and merged[0].date.value == "2024-09-17"


def test_merge_undirected_types_ignore_direction():
    assert len(merge_mentions([mention(0), mention(5, actor="BBB", recipient="AAA")])) == 1


@pytest.mark.parametrize("base, other", [
    (dict(), dict(type_="AID")),                                   # another type
    (dict(), dict(status="claim")),                                # another status
    (dict(date="2022-07-19", gran="day"), dict(date="2015", gran="year")),  # other date
    (dict(type_="AID"), dict(type_="AID", actor="BBB", recipient="AAA")),   # directed, reversed
])
def test_merge_keeps_distinct_events_apart(base, other):
    assert len(merge_mentions([mention(0, **base), mention(9, **other)])) == 2


def test_merge_week_holds_day_only_for_the_same_kind_of_report():
    visit_week = mention(0, "2024-W37", "week", mode="visit")
    visit_day = mention(5, "2024-09-13", "day", mode="visit")
    meeting_day = mention(9, "2024-09-13", "day", mode=None)
    assert len(merge_mentions([visit_week, visit_day])) == 1
    assert len(merge_mentions([visit_week, meeting_day])) == 2
