"""Reports of one event within an article merge; a domestic act by an armed group and one by
the state, both coded with the state's code, are never one event."""

from __future__ import annotations

from datetime import date

from dossier.events import merge_mentions
from dossier.model import Actor, ActorRef, Mention, Span, When

REBELS = Actor(name="Red Hand Front", kind="group", country="UGA", sector="REB")
ARMY = Actor(name="Uganda (military)", kind="group", country="UGA", sector="MIL")
UGANDA = Actor(name="Uganda", kind="country", country="UGA")
DAY = When(value="2024-05-07", granularity="day", basis="relative", text="Tuesday")


def _mention(actor: Actor, recipient: Actor, start: int, when: When | None) -> Mention:
    return Mention(doc="t", type="ASSAULT", trigger=Span("attacked", start, start + 8),
                   evidence=Span("…", start, start + 40),
                   actor=ActorRef(actor, actor.name, start, start + 5),
                   recipient=ActorRef(recipient, recipient.name, start + 10, start + 15),
                   date=when, reported=date(2024, 5, 8))


def test_rebel_attack_and_army_response_stay_two_events():
    attack = _mention(REBELS, UGANDA, 0, DAY)
    response = _mention(ARMY, REBELS, 100, None)
    assert len(merge_mentions([attack, response])) == 2


def test_two_reports_of_one_rebel_attack_merge():
    first = _mention(REBELS, UGANDA, 0, DAY)
    again = _mention(REBELS, UGANDA, 100, None)
    assert merge_mentions([first, again]) == [first]


def test_foreign_dyads_merge_as_before():
    kenya = Actor(name="Kenya", kind="country", country="KEN")
    first = _mention(kenya, UGANDA, 0, DAY)
    again = _mention(kenya, UGANDA, 100, None)
    assert len(merge_mentions([first, again])) == 1
