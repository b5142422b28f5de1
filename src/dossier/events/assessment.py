"""The values the status rules pass along, and how a list of rules is run over them.

An ``Assessment`` is what the status rules decide about one trigger; a ``Walk`` is an
assessment on its way up the clauses that govern the trigger. Every rule is a pure function
that takes a frozen ``Walk`` and returns a new one; ``run`` applies an ordered tuple of rules
and ``first`` the first rule of a tuple that applies. Both note on the assessment the id of
each rule that changed it, so a mention can say which rules made its status.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from dossier.events.lexicon import Lexicon
from dossier.events.ontology import load_ontology


@dataclass(frozen=True)
class Assessment:
    """How the text presents an event, who says so, and why."""

    status: str = "fact"  # fact, claim, denial, future or negated
    source_tokens: tuple = ()  # who says so (the subject of the reporting verb)
    drop: str | None = None  # why the event is not coded
    path: tuple[str, ...] = ()  # what decided the status, for the mention's explanation
    intent: bool = False  # the future is a will or a plan ("will", "would", "plans to"), not a forecast
    ultimatum: bool = False  # the act hangs on a condition the recipient must meet ("unless")
    possible: bool = False  # said to be possible ("said it could retaliate"): a threat or nothing
    voice: tuple = ()  # whose words or thoughts the clause reports
    reporter: object = None  # the reporting verb the status came from ("announced")
    steps: tuple[str, ...] = ()  # ids of the rules that changed the assessment, in order

    def explain(self) -> str:
        base = f"status: {self.status}"
        return base + (f" ({'; '.join(self.path)})" if self.path else "")

    def restated(self, status: str, why: str | None = None, rule: str | None = None) -> Assessment:
        """The same assessment with another status (and why, on the path; the id of the
        rule that restated it, on ``steps``)."""
        return replace(self, status=status, path=self.path + ((why,) if why else ()),
                       steps=self.steps + ((rule,) if rule else ()))

    def noted(self, why: str) -> Assessment:
        """The same assessment with one more reason on its path."""
        return replace(self, path=self.path + (why,))


@dataclass(frozen=True)
class Context:
    """What every rule may read: the trigger, the lexicon, the sentence's verbal triggers."""

    trigger: object  # dossier.events.triggers.Trigger
    lex: Lexicon
    heads: Mapping[int, object]  # the sentence's non-noun triggers by token index

    def group(self, name: str) -> frozenset[str]:
        """A group of event types from ontology.yaml ("speech", "content", "attempt")."""
        return (self.lex.ontology or load_ontology()).group(name)


@dataclass(frozen=True)
class Walk:
    """An assessment on its way up the clauses that govern the trigger."""

    a: Assessment
    cur: object = None  # the clause head read next; None when nothing more governs
    modal: tuple[str, ...] = ()  # modal auxiliaries met on the way ("could", "would")
    inherited: bool = False  # a nominal read through the clause it hangs in
    done: bool = False  # decided before the walk: only the closing rule still runs


Rule = Callable[..., "Walk | None"]


def changed(w: Walk, why: str | None = None, **fields) -> Walk:
    """``w`` with its assessment's ``fields`` replaced and ``why`` added to its path."""
    if why:
        fields["path"] = w.a.path + (why,)
    return replace(w, a=replace(w.a, **fields))


def dropped(w: Walk, why: str) -> Walk:
    """``w`` dropped for ``why``, unless an earlier rule dropped it already."""
    return w if w.a.drop else changed(w, drop=why)


def record(rule_id: str, old: Walk, new: Walk) -> Walk:
    """``new``, its assessment noting ``rule_id`` when the rule changed it (and no rule
    inside it noted itself already)."""
    if new.a is old.a or new.a.steps != old.a.steps \
            or replace(new.a, steps=old.a.steps) == old.a:
        return new
    return replace(new, a=replace(new.a, steps=new.a.steps + (rule_id,)))


def run(rules: tuple[tuple[str, Rule], ...], w: Walk, ctx: Context) -> Walk:
    """Apply every rule in order."""
    for rule_id, rule in rules:
        w = record(rule_id, w, rule(w, ctx))
    return w


def first(rules: tuple[tuple[str, Rule], ...], w: Walk, ctx: Context, *args) -> Walk | None:
    """The result of the first rule that applies (returns a Walk), or None."""
    for rule_id, rule in rules:
        new = rule(w, ctx, *args)
        if new is not None:
            return record(rule_id, w, new)
    return None


def read_children(rules: tuple[tuple[str, Rule], ...], w: Walk, ctx: Context, head) -> Walk:
    """Each child of ``head``, in order, read by the first rule that applies to it."""
    for c in head.children:
        w = first(rules, w, ctx, c) or w
    return w
