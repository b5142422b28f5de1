"""Grouped reports → ``Event`` values: the dyad, date and place an event shows are the most
precise its reports agree on, with its corroboration and each member's explanation. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from dossier.merge.cluster import group
from dossier.merge.corroborate import corroborate
from dossier.merge.features import party
from dossier.merge.leads import blocks
from dossier.model import ActorRef, Event, Mention, Report


def _name(refs: list[ActorRef], fallback: ActorRef | None) -> str | None:
    """A known person when the reports name exactly one, else the first report's name."""
    people = sorted({r.actor.name for r in refs if r.actor.kind == "person" and r.actor.entity_id})
    if len(people) == 1:
        return people[0]
    return fallback.actor.name if fallback else None


def _event(event_id: str, members: list[Report], explanations: tuple) -> Event:
    seed = members[0].mention
    actor_code, recipient_code = party(seed.actor).code, party(seed.recipient).code
    actors: list[ActorRef] = []
    recipients: list[ActorRef] = []
    for r in members:
        m = r.mention
        pair = (m.actor, m.recipient)
        if party(m.actor).code != actor_code:  # an undirected report may name them swapped
            pair = (m.recipient, m.actor)
        if pair[0] is not None and party(pair[0]).code == actor_code:
            actors.append(pair[0])
        if pair[1] is not None and party(pair[1]).code == recipient_code:
            recipients.append(pair[1])
    place = next((r.mention.location.country for r in members
                  if r.mention.location and r.mention.location.country), None)
    return Event(
        event_id=event_id, type=seed.type, actor=actor_code, recipient=recipient_code,
        date=seed.date.value if seed.date else None,
        mentions=tuple(r.mention for r in members),
        actor_name=_name(actors, seed.actor), recipient_name=_name(recipients, seed.recipient),
        location=place, reports=tuple(members), corroboration=corroborate(members),
        explanations=explanations)


def build_events(reports: Sequence[Report]) -> list[Event]:
    """The events the reports of one block make."""
    by_key = {r.key: r for r in reports}
    return [_event(g.event_id, [by_key[k] for k in g.keys], g.explanations)
            for g in group(reports)]


class Merger:
    """What the store calls while it writes (it knows nothing of the rules): each new
    mention's block and lead, and the events of a block's reports."""

    def blocks(self, mentions: Sequence[Mention]) -> list[tuple[str, int | None]]:
        from dossier.merge.leads import leads

        return list(zip(blocks(mentions), leads(mentions)))

    def events(self, reports: Sequence[Report]) -> list[Event]:
        return build_events(reports)
