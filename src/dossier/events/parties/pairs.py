"""Which (actor, recipient) pairs are coded: within a group, mutual and directed acts,
each other, unaimed acts, domestic acts at home; pairs with a party no code can be given are
dropped, as are interviews."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from dossier.events.candidate import Candidate, Sentence, with_args
from dossier.events.conventions import (
    MUTUAL_TYPES,
    clause_of,
    place_recipients,
    reciprocal,
)
from dossier.events.parties.recipients import one_sided
from dossier.events.precision import (
    domestic_commitment,
    domestic_fallback_ok,
    home_challenger_threat,
)
from dossier.events.refs import is_state, state_ref
from dossier.events.tokens import (
    object_in_class,
    prep_objects,
)
from dossier.model import UNDIRECTED_TYPES, ActorRef


def within(s: Sentence, c: Candidate) -> Candidate:
    """"talks between A and B": each pair of the actors; "clashes between A and B": a
    directed act, each way (each side attacks the other)."""
    if not c.args.pair_within:
        return c
    pairs = tuple(combinations(c.args.actors, 2))
    if c.event_type not in UNDIRECTED_TYPES:
        pairs += tuple((b, a) for a, b in pairs)
    return replace(c, pairs=pairs)


def mutual(s: Sentence, c: Candidate) -> Candidate:
    """"A and B signed a treaty" is mutual; "A, B and C supported the call" is not."""
    trig, args, lex = c.trigger, c.args, s.lexicon
    is_mutual = (trig.type in UNDIRECTED_TYPES or trig.type in MUTUAL_TYPES and (
        trig.mode in lex.cue("mutual_modes") or object_in_class(trig.object_token, "ties", lex))) \
        and not one_sided(trig)
    if c.pairs is None and is_mutual and not args.recipients and len(args.actors) >= 2:
        return replace(c, pairs=tuple(combinations(args.actors, 2)))
    return c


def directed(s: Sentence, c: Candidate) -> Candidate:
    """Each actor with each recipient (with its own state only, for a domestic act)."""
    args = c.args
    if c.pairs is not None or not args.recipients:
        return c
    return replace(c, pairs=tuple((a, r) for a in args.actors for r in args.recipients
                                  if not c.own_state or a.actor.code == r.actor.code))


def each_other(s: Sentence, c: Candidate) -> Candidate:
    """"both countries withdrew ambassadors": each did it to the other."""
    args = c.args
    if c.pairs is not None or not reciprocal(c.trigger, args.actors, args.patient, s.lexicon):
        return c
    pairs = tuple((a, b) for a in args.actors for b in args.actors if a.actor.code != b.actor.code)
    return replace(with_args(c, "recipient: each other (reciprocal)"), pairs=pairs)


def unaimed(s: Sentence, c: Candidate) -> Candidate | None:
    """"North Korea conducted a missile test", "China held military drills": an act aimed at
    no one (the rule's ``default_recipient`` is ``none``) is coded with no recipient, not
    as the actor's own state. One held with another party ("joint drills with X") is not
    coded here."""
    trig, args = c.trigger, c.args
    asserted = trig.pos != "noun" or trig.light is not None or trig.governor is not None
    if c.pairs is not None or args.recipients or trig.rule.default_recipient != "none" \
            or not asserted:
        return c  # "the site of its missile launch": a bare noun refers, it does not report
    if prep_objects(clause_of(trig), "with") or any(
            m.dep_ == "amod" and m.lower_ == "joint" for m in trig.token.children):
        return None  # "held joint drills with X": done together (COOPERATE), not alone
    return replace(with_args(c, "recipient: none (an act aimed at no one)"),
                   pairs=tuple((a, None) for a in args.actors))


def police_at_home(s: Sentence, c: Candidate) -> Candidate:
    """"security forces and ambulances were dispatched": police and security forces
    (``home_force_sectors``) sent with no destination named are sent at home."""
    args, lex = c.args, s.lexicon
    if c.pairs is not None or args.recipients or c.trigger.type != "MOBILIZE" or not args.actors:
        return c
    # a passive's subject is both the forces sent and its patient, and "on Monday" is a
    # time: no other target
    if any(not any(a.start <= t.idx < a.end for a in args.actors)
           and t.ent_type_ not in ("DATE", "TIME") for t in args.patient):
        return c
    if not all(a.actor.sector in lex.cue("home_force_sectors") and a.actor.country
               for a in args.actors):
        return c
    return replace(with_args(c, "recipient: police sent at home (domestic)"),
                   pairs=tuple((a, a) for a in args.actors), allow_self=True)


def domestic(s: Sentence, c: Candidate) -> Candidate | None:
    """PLOVER codes an act with no other party as domestic: the actor's own state. Not where
    the act needs a recipient, a named but unresolved target is left ("urged the council"),
    or the actor is an envoy or an international body (no domestic politics)."""
    if c.pairs is not None:
        return c
    trig, args, lex = c.trigger, c.args, s.lexicon
    asserted = trig.light is not None or trig.governor is not None
    needs_recipient = trig.pos == "noun" and (not asserted or trig.type in UNDIRECTED_TYPES) \
        or lex.ontology.types[trig.type].requires_recipient \
        or trig.type not in lex.unary_types
    non_state = lex.cue("non_state_codes")
    challenger = home_challenger_threat(trig, args.actors, lex)
    if needs_recipient or args.patient and not domestic_commitment(trig, lex) \
            or not all(is_state(a, non_state) for a in args.actors) \
            or not (challenger or domestic_fallback_ok(trig, s.triggers_with(c), lex)):
        return None
    return replace(with_args(c, "recipient: none named (domestic)"),
                   pairs=tuple((a, a) for a in args.actors), allow_self=True)


def withdrawn_at_home(s: Sentence, c: Candidate) -> Candidate:
    """"their forces completed their withdrawal from the Bosnian town of X": a retreat from a
    place of the actor's own state names no other party; PLOVER codes it with no recipient
    (the place is no party the actor could yield to)."""
    if c.pairs is None or c.event_type != "RETREAT":
        return c
    pairs = tuple((a, None) if r is not None and r.actor.code == a.actor.code
                  and r.basis in ("place", "modifier") and a.basis != "place"
                  else (a, r) for a, r in c.pairs)
    return c if pairs == c.pairs else replace(
        with_args(c, "recipient: none (withdrawn from a place at home)"), pairs=pairs)


def coded_parties(s: Sentence, c: Candidate) -> Candidate | None:
    """A party an analyst can code has a state or organisation code: "the Jaffar Express",
    "Dadaab" (a camp), a person the knowledge base and the text leave without a state are
    names, not codes. Pairs with such a party are not coded; with none left, nothing is."""
    if c.pairs is None:
        return c
    kept = tuple(p for p in c.pairs if all(r is None or r.actor.country for r in p))
    if not kept:
        return None
    return c if len(kept) == len(c.pairs) else replace(c, pairs=kept)


def unnamed_group_at_home(s: Sentence, c: Candidate) -> Candidate:
    """Each pair's uncoded group recipient given its state (``_group_at_home``)."""
    if c.pairs is None:
        return c
    pairs = tuple(_group_at_home(s, c, a, r) for a, r in c.pairs)
    if pairs == c.pairs:
        return c
    return replace(c, pairs=pairs, notes=c.notes + ("recipient: unnamed group (domestic)",))


def _group_at_home(s: Sentence, c: Candidate, actor: ActorRef,
                   recipient: ActorRef | None) -> tuple[ActorRef, ActorRef | None]:
    """"the government accepted demands from the rebels": a group named only by a common
    noun the knowledge base gives no state ("rebels", "elders") that a state's body acts on
    (a verb's recipient) is of that state, unless the act's clause places it elsewhere (then
    that place's)."""
    if recipient is None or recipient.actor.country or recipient.actor.kind != "group" \
            or c.trigger.pos != "verb" \
            or recipient.basis != "name" or not recipient.text.islower() \
            or not is_state(actor, s.lexicon.cue("non_state_codes")):
        return actor, recipient
    where = place_recipients(clause_of(c.trigger), [], s.analysis, s.lexicon)
    state = where[0].actor if where else state_ref(actor).actor if state_ref(actor) else None
    if state is None:
        return actor, recipient
    return actor, replace(recipient, actor=state, basis="domestic")


def not_interviews(s: Sentence, c: Candidate) -> Candidate | None:
    """"VOA spoke with Armitage", "in an interview with Reuters": a news outlet meeting
    someone is an interview, not a consultation (an outlet is an actor only as a speaker)."""
    if c.pairs is None or c.event_type != "CONSULT":
        return c
    kept = tuple(p for p in c.pairs if not any(r is not None and _outlet(r) for r in p))
    if not kept:
        return None
    return c if len(kept) == len(c.pairs) else replace(c, pairs=kept)


def _outlet(ref: ActorRef) -> bool:
    return ref.actor.kind == "organization" and ref.actor.sector == "MED"
