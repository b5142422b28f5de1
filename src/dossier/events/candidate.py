"""The values the extraction rules pass along: one sentence, and one trigger's candidate event.

Both are frozen. A rule reads the ``Sentence`` and a ``Candidate`` and returns a new
``Candidate`` (``dataclasses.replace``) or None to drop it; nothing is changed in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from dossier.events.arguments import Arguments
from dossier.events.lexicon import Lexicon
from dossier.events.refs import ActorIndex
from dossier.events.status import Assessment
from dossier.events.triggers import Trigger
from dossier.model import Actor, ActorRef, Analysis


@dataclass(frozen=True)
class Sentence:
    """What every rule may read: the article, its actors, the lexicon, and the sentence's
    triggers as the rules have left them so far."""

    analysis: Analysis
    index: ActorIndex
    lexicon: Lexicon
    triggers: tuple[Trigger, ...]
    quotes: tuple[tuple[int, int], ...] = ()
    # the member states of a grouping on a date (``demonyms.members_lookup``), if known
    members: Callable[[str, date | None], tuple[Actor, ...]] | None = None
    # the candidates of earlier triggers that the rules kept, as they left them
    kept: tuple[Candidate, ...] = ()

    def triggers_with(self, cand: Candidate) -> list[Trigger]:
        """The sentence's triggers with the candidate's own, as the rules retyped it."""
        return [cand.trigger if i == cand.position else t for i, t in enumerate(self.triggers)]

    def heads_with(self, cand: Candidate) -> dict[int, Trigger]:
        """Verb and adjective triggers by head token (what ``status.assess`` looks up)."""
        return {t.token.i: t for t in self.triggers_with(cand) if t.pos != "noun"}

    def settled(self, cand: Candidate, kept: bool = False) -> Sentence:
        """The sentence once the candidate's rules have run: its trigger as they left it,
        and the candidate itself among ``kept`` when the rules kept it."""
        return replace(self, triggers=tuple(self.triggers_with(cand)),
                       kept=self.kept + (cand,) if kept else self.kept)


@dataclass(frozen=True)
class Candidate:
    """One trigger on its way to mentions. Rules fill in the arguments, the status and
    source, the pairs to code and any retyping; ``rules`` records the id of each rule that
    changed it (and of the argument rules behind ``args``), in the order they fired."""

    trigger: Trigger
    position: int  # the trigger's place in ``Sentence.triggers``
    rules: tuple[str, ...] = ()
    args: Arguments | None = None
    paths: tuple[str, ...] = ()  # explain lines between the trigger's and the status's
    status: Assessment | None = None
    source: ActorRef | None = None
    own_state: bool = False  # the recipient is each actor's own state ("imposed a curfew")
    allow_self: bool = False  # an actor may be its own recipient
    pairs: tuple[tuple[ActorRef, ActorRef], ...] | None = None  # (actor, recipient) to code
    coded: tuple[str, str | None] | None = None  # (type, mode) when not the trigger's own
    notes: tuple[str, ...] = ()  # explain lines after the status's: why the type changed

    @property
    def event_type(self) -> str:
        return self.coded[0] if self.coded else self.trigger.type

    @property
    def event_mode(self) -> str | None:
        return self.coded[1] if self.coded else self.trigger.mode


def with_args(cand: Candidate, path: str | None = None, **changes) -> Candidate:
    """The candidate with new arguments (and an explain line saying how they were found)."""
    return replace(cand, args=replace(cand.args, **changes),
                   paths=cand.paths + ((path,) if path else ()))


def with_status(cand: Candidate, note: str | None = None, **changes) -> Candidate:
    """The candidate with a new status (and a note on why, shown in the status's line)."""
    path = (*cand.status.path, note) if note else cand.status.path
    return replace(cand, status=replace(cand.status, path=path, **changes))
