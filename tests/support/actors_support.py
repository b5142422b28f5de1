"""What the actor stage codes in a text: each mention's (country, sector), by its text."""

from __future__ import annotations

from datetime import date

from dossier.actors.resolve import KnowledgeBase, resolve_actors

ON = date(2024, 6, 1)


def codes(nlp, kb: KnowledgeBase, text: str, on: date = ON) -> dict[str, tuple]:
    return {r.text: (r.actor.country, r.actor.sector) for r in resolve_actors(nlp(text), kb, on=on)}
