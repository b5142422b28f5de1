"""Actors the parse missed: the document's author, the reporting party, the place's state,
where a body is based, protesters of a target, who claimed or was condemned for an attack;
and the guards that drop what has no actor to code."""

from __future__ import annotations

from dataclasses import replace

from dossier.events.arguments import named_party, noun_arguments
from dossier.events.attribution import document_owner
from dossier.events.candidate import Candidate, Sentence, with_args
from dossier.events.conventions import (
    PLACE_ACTOR_TYPES,
    clause_of,
    place_recipients,
    places_in,
)
from dossier.events.parties.recipients import domestic_recipient, recipient_open
from dossier.events.precision import (
    military_backing,
)
from dossier.events.refs import is_state, refs_for_all
from dossier.events.status import source_of
from dossier.events.subjects import subject_tokens
from dossier.events.tokens import (
    prep_objects,
    real_object,
)
from dossier.model import UNDIRECTED_TYPES, ActorRef


def document_author(s: Sentence, c: Candidate) -> Candidate:
    """"A report by the State Department said corruption in X is pervasive", "the
    ministry's statement threatened sanctions": a document speaks for its author, named on
    it ("by", "from", a possessor or modifier) or as its issuer a sentence or two before."""
    trig = c.trigger
    if c.args.actors or not trig.rule.speech or trig.pos != "verb":
        return c
    subj = subject_tokens(trig.token)[0]
    head = subj[0] if subj else None
    if head is None or head.lemma_.lower() not in s.lexicon.cue("document_nouns"):
        return c
    # "a report on human rights by X": the parser may hang "by" on the topic
    topics = [o for x in head.children if x.dep_ == "prep" for o in x.children if o.dep_ == "pobj"]
    named = [o for t in (head, *topics) for o in prep_objects(t, "by")] \
        + prep_objects(head, "from") \
        + [x for x in head.children if x.dep_ in ("poss", "compound", "amod", "nmod")]
    refs = [r for r in refs_for_all(named, s.index, s.lexicon) if r.actor.country]
    issuer = document_owner([head], s.index, s.lexicon) if not refs else None
    found = refs[:1] or ([issuer] if issuer is not None else [])
    if not found:
        return c
    return with_args(c, f"actor: the author of the {head.lower_} -> {found[0].text}",
                     actors=tuple(found))


def reporting_party(s: Sentence, c: Candidate) -> Candidate:
    """"Pakistan said discussions with the IMF are progressing", "Iran says talks with the
    U.S. were useful": talks, a deal or cooperation with a party, reported by a state
    naming no one else as the other side, are the reporter's own."""
    trig, args = c.trigger, c.args
    if args.actors or not args.recipients or trig.pos != "noun" \
            or trig.type not in UNDIRECTED_TYPES or c.status is None \
            or c.status.status != "claim" or not c.status.source_tokens:
        return c
    other = {r.actor.code for r in args.recipients}
    speakers = [r for tok in source_of(c.status) for r in s.index.at(tok)
                if r.actor.country and r.actor.code not in other
                and is_state(r, s.lexicon.cue("non_state_codes"))]
    if len({r.actor.code for r in speakers}) != 1:
        return c
    return with_args(c, f"actor: the party reporting its own talks -> {speakers[0].text}",
                     actors=(speakers[0],))


def actor_place(s: Sentence, c: Candidate) -> Candidate:
    """"students throughout Indonesia staged demonstrations": a domestic act. So too where
    the protesters are named but have no state ("supporters of a former minister the
    knowledge base lacks blocked roads in Algiers"): PLOVER codes them by the place."""
    if c.trigger.type not in PLACE_ACTOR_TYPES or c.args.actors and not _stateless_crowd(c):
        return c
    crowd = bool(c.args.actors)
    # a named crowd's target may be at home: the place is its state, not a second party
    refs = place_recipients(clause_of(c.trigger), [] if crowd else c.args.recipients,
                            s.analysis, s.lexicon)
    if not refs:
        return c
    if crowd:
        refs = [replace(r, basis="domestic") for r in refs]
    return replace(with_args(c, "actor: country of the place (domestic)", actors=tuple(refs)),
                   allow_self=True)


def based_in(s: Sentence, c: Candidate) -> Candidate:
    """"a newspaper based in Beirut violated the ban", "a group based in X claims …": a
    subject the text names only by where it is based is of that place's state."""
    trig = c.trigger
    if c.args.actors or trig.pos != "verb":
        return c
    subj = subject_tokens(trig.token)[0]
    based = [a for t in subj for a in t.children
             if a.dep_ == "acl" and a.lemma_.lower() in s.lexicon.cue("basing_participles")]
    refs = [r for a in based for r in places_in(
        [t for p in prep_objects(a, "in") for t in p.subtree], [], s.analysis)]
    if not refs:
        return c
    return replace(with_args(c, "actor: state of the place it is based in",
                             actors=(replace(refs[0], basis="domestic"),)), allow_self=True)


def _stateless_crowd(c: Candidate) -> bool:
    """Are the actors people with no state, named as a crowd ("supporters of X", "elders")
    rather than as one person ("Smith protested")?"""
    if any(a.actor.country for a in c.args.actors) or c.trigger.pos != "verb":
        return False
    subj = subject_tokens(c.trigger.token)[0]
    return bool(subj) and subj[0].tag_ == "NNS"


def protesters_of_target(s: Sentence, c: Candidate) -> Candidate:
    """"refugees on hunger strike against the Russian government": domestic to the target."""
    recipients = c.args.recipients
    if c.args.actors or c.trigger.type not in PLACE_ACTOR_TYPES or not recipients \
            or not all(r.actor.kind != "person" or r.actor.country for r in recipients):
        return c
    actors = tuple(replace(r, basis="domestic") for r in recipients[:1])
    return replace(with_args(c, "actor: unnamed protesters (domestic to the target)",
                             actors=actors), allow_self=True)


def claimed_responsibility(s: Sentence, c: Candidate) -> Candidate:
    """"the train came under a bomb and gun attack Tuesday" … "the BLA claimed responsibility
    for the attack": an attack reported with no attacker was made by the one party the
    story says claimed it ("claimed responsibility for", "took credit for" the same noun).
    Only a reported attack (a light or governing verb: not "condemned the attack"), one
    attack (not "attacks"), with no agent named but unresolved, and only when one coded
    party claims an attack in the whole story."""
    trig, lex = c.trigger, s.lexicon
    if c.args.actors or trig.type not in lex.cue("claimed_types") or trig.pos != "noun" \
            or (trig.light is None and trig.governor is None) or trig.token.tag_ != "NN" \
            or event_agents_named(trig.token):
        return c
    claimants = _claimants(trig.token, s, trig.token.lemma_.lower())
    # a known group counts over a description of it ("the BLA" … "separatists claimed"); two
    # groups claiming, even of one state, leave the attacker open
    claimants = [r for r in claimants if r.actor.entity_id] or claimants
    if len({r.actor.entity_id or r.actor.name for r in claimants}) != 1:
        return c
    actor = replace(claimants[0], basis="context")
    c = with_args(c, f"actor: the party that claimed the {trig.token.lower_} -> {actor.text}",
                  actors=(actor,))
    if any(r.actor.country for r in c.args.recipients):
        return c
    # "the train came under attack": an armed group's attack on an uncoded target (a train,
    # a convoy) in a sentence whose places and parties are all in its own state is domestic,
    # as ``armed_group_at_home`` codes it
    sent = trig.token.sent
    codes = {p.country for p in s.analysis.places if sent.start_char <= p.start < sent.end_char} \
        | {a.actor.country for a in s.analysis.actors
           if sent.start_char <= a.start < sent.end_char and a.actor.country}
    if actor.actor.sector in lex.cue("armed_group_sectors") and codes == {actor.actor.country}:
        return domestic_recipient(c, "recipient: armed group's target at home (domestic)")
    return c


def condemned_attacker(s: Sentence, c: Candidate) -> Candidate:
    """"X condemned the attack": an accusation whose object is an attack (``claimed_types``)
    and names no party is aimed at the attacker: the one the noun names ("the attack by
    Y", "Y's attack"), else the one party the story says claimed it. Two claimants, or
    none, leave it open."""
    trig, args, lex = c.trigger, c.args, s.lexicon
    if not recipient_open(c) or trig.type != "ACCUSE" or not args.actors or named_party(args.patient):
        return c
    heads = {real_object(t)[0].i for t in args.patient}
    attack = next((t for t in s.triggers if t.pos == "noun" and t.token.i in heads
                   and t.type in lex.cue("claimed_types")), None)
    if attack is None:
        return c
    found = [a for a in noun_arguments(attack, s.index, lex).actors if a.actor.country]
    how = "its attacker"
    if not found and attack.token.tag_ == "NN" and not event_agents_named(attack.token):
        claimants = _claimants(attack.token, s, attack.token.lemma_.lower())
        claimants = [r for r in claimants if r.actor.entity_id] or claimants
        if len({r.actor.entity_id or r.actor.name for r in claimants}) == 1:
            found, how = [replace(claimants[0], basis="context")], "the party that claimed it"
    if not found:
        return c
    return with_args(c, f"recipient: {how} -> {found[0].text}", recipients=tuple(found))


def event_agents_named(noun, times_ok: bool = False) -> bool:
    """Does the noun name its agent, resolved or not ("an attack by gunmen", "their attack")?
    ``times_ok``: a possessive that is a time ("Saturday's bombing") names none."""
    return bool(prep_objects(noun, "by")) or any(
        ch.dep_ == "poss" and not (times_ok and ch.ent_type_ in ("DATE", "TIME"))
        for ch in noun.children) or any(
        a for ch in noun.children if ch.dep_ == "acl" for a in prep_objects(ch, "by"))


def _claimants(noun, s: Sentence, lemma: str) -> list[ActorRef]:
    """The coded parties of every "X claimed responsibility / took credit for the <lemma>"
    in the story."""
    out: list[ActorRef] = []
    for tok in noun.doc:
        if tok.dep_ != "dobj" or tok.lemma_.lower() not in s.lexicon.cue("responsibility_nouns"):
            continue
        # the parser hangs "for the attack" on the noun or on the verb
        claimed = [o for o in prep_objects(tok, "for") + prep_objects(tok.head, "for")
                   if o.lemma_.lower() == lemma]
        if not claimed:
            continue
        owners = subject_tokens(tok.head)[0]
        out.extend(r for r in refs_for_all(owners, s.index, s.lexicon) if r.actor.country)
    return out


def actor_required(s: Sentence, c: Candidate) -> Candidate | None:
    return c if c.args.actors else None


def modifier_commitment(s: Sentence, c: Candidate) -> Candidate | None:
    """"commitment to a free Indian Ocean": an adjective names no party."""
    if c.trigger.rule.key == "commitment" and all(r.basis == "modifier" for r in c.args.recipients):
        return None
    return c


def military_backers(s: Sentence, c: Candidate) -> Candidate:
    """"soldiers backed by the U.S. military": material military help (AID)."""
    trig = c.trigger
    if any(military_backing(trig, a.text, s.lexicon) for a in c.args.actors):
        backed = replace(c, trigger=replace(trig, type="AID", mode="military"))
        return with_args(backed, "type: backing by armed forces -> AID")
    return c


def places_only(s: Sentence, c: Candidate) -> Candidate | None:
    """"the University protests over the war in Gaza": two places, no party."""
    args = c.args
    if args.recipients and all(r.basis == "place" for r in args.actors + args.recipients):
        return None
    return c


def default_self(s: Sentence, c: Candidate) -> Candidate:
    """A rule whose ``default_recipient`` is ``self`` codes the actor's own state."""
    if c.args.recipients or c.trigger.rule.default_recipient != "self":
        return c
    return replace(with_args(c, recipients=c.args.actors), own_state=True, allow_self=True)
