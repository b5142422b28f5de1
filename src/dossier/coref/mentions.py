"""What coreference works on: the actor stage's resolved mentions and the phrases it left for
the context to resolve."""

from __future__ import annotations

from dataclasses import dataclass

from dossier.model import Actor, ActorRef


@dataclass
class Found:
    """An ActorRef plus what coreference needs: token span and the office it denotes."""

    ref: ActorRef
    start: int  # token index
    end: int
    office_kind: str | None = None


@dataclass
class Pending:
    """A phrase only the context can resolve ("the president", "the regime", "he")."""

    start: int
    end: int
    kind: str  # title, group
    label: str
    sector: str | None = None
    # what the phrase is when nothing earlier is: "lawmakers" in a story clearly about one
    # state are that state's (the actor stage decides; coreference only falls back to it)
    default: Actor | None = None
