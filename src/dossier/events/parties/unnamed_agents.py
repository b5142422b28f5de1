"""Acts whose doer the text leaves unnamed: an agentless arrest, charge or investigation
is the state's where it happens; an attack whose only agent is its means (a bomb, a device)
is coded, as PLOVER does, as the act of the state where it happens."""

from __future__ import annotations

from dataclasses import replace

from dossier.events.candidate import Candidate, Sentence, with_args
from dossier.events.conventions import (
    clause_of,
    place_recipients,
    places_in,
    unnamed_people,
)
from dossier.events.parties.actors import event_agents_named
from dossier.events.parties.recipients import domestic_recipient
from dossier.events.parties.story import _headline_state
from dossier.events.refs import refs_for_all
from dossier.events.subjects import accusation_grounds, grounds_passive
from dossier.events.tokens import (
    child,
    is_passive,
    prep_objects,
    real_object,
)
from dossier.model import Actor, ActorRef
from dossier.places import where_of_country


def unnamed_authorities(s: Sentence, c: Candidate) -> Candidate:
    """"the journalist was arrested on Monday", "he was charged with fraud", "she faces two
    charges": an arrest or a prosecution with no agent named is made by the state where it
    happens (the place in the clause), else by the state of the people held or charged,
    when the story gives them one."""
    trig, args = c.trigger, c.args
    if args.actors:
        return c
    if not _done_by_authorities(trig, s.lexicon):
        return _unnamed_deporter(s, c)
    # those it is done to: the passive's subject ("a third of the guerrillas were
    # demobilized"), else the recipients found
    subj = real_object(child(trig.token, "nsubjpass"))[0] if trig.pos == "verb" else None
    done_to = (refs_for_all([subj], s.index, s.lexicon) if subj else []) or args.recipients
    held = [r for r in done_to if r.actor.country and (
        r.actor.kind in ("person", "group") or _people_of(r, s.analysis.doc))]
    if not held:
        return c
    found = place_recipients(clause_of(trig), [], s.analysis, s.lexicon)
    root = trig.token.sent.root
    if not found and root.i != clause_of(trig).i:
        # "…, when two exile leaders were arrested, protesters in Miami were calmer": the
        # place the sentence is set in, before the nationality of the people held
        found = place_recipients(root, [], s.analysis, s.lexicon)
    if found:
        actors, path = found[:1], "actor: state of the place (arrest, no agent)"
    else:
        state = held[0].actor.country
        where = where_of_country(state)
        actor = Actor(name=where.name if where else state, kind="country", country=state)
        actors = [ActorRef(actor=actor, text=held[0].text, start=held[0].start, end=held[0].end,
                           basis="domestic")]
        path = "actor: state of the people held (arrest, no agent)"
    return replace(with_args(c, path, actors=tuple(actors), recipients=tuple(held)),
                   allow_self=True)


def _unnamed_deporter(s: Sentence, c: Candidate) -> Candidate:
    """"many of whom were deported to Honduras", "they were repatriated from X to Y": people
    sent away with no agent named (to the state named as theirs, else the destination), are sent by the state they leave: the
    place they are sent from (a "from" phrase or the place in the clause), else the one state
    the headline names. Only the deporting verbs (``deporting_verbs``), passive with no "by",
    and never when that state is also where they go (a move inside it) or nowhere is named
    that they go to."""
    trig, args, lex = c.trigger, c.args, s.lexicon
    if trig.pos != "verb" or trig.type != "COERCE" \
            or trig.token.lemma_.lower() not in lex.cue("deporting_verbs") \
            or not is_passive(trig.token) or prep_objects(trig.token, "by"):
        return c
    dest = [r for r in args.recipients if r.actor.country]
    if not dest:
        return c
    going = {r.actor.code for r in dest}
    found = [r for r in place_recipients(clause_of(trig), [], s.analysis, None)
             if r.actor.code not in going]
    if found:
        actor, path = found[0], "actor: the state they are sent from (deported, no agent)"
    else:
        head = _headline_state(s)
        if head is None or head.actor.code in going:
            return c
        actor, path = head, "actor: the state the headline names (deported, no agent)"
    actor = replace(actor, basis="domestic")  # inferred, not a party named as the doer
    return with_args(c, path, actors=(actor,))


def unnamed_attackers(s: Sentence, c: Candidate) -> Candidate:
    """"three civilians were killed in a suicide bombing in Baghdad", "a roadside bombing near
    Samarra killed a U.S. soldier": an attack whose only named agent is its means (a bomb, a
    mine, a device: ``unnamed_attack_means``) is coded, as PLOVER does, as the act of the
    state where it happens (the place in its clause). People hurt with no state of their own
    are that state's. No place, or a party named as the attacker, and nothing is inferred."""
    trig, args, lex = c.trigger, c.args, s.lexicon
    if args.actors or trig.type != "ASSAULT":
        return c
    if trig.pos == "noun":
        return _unnamed_bombing(s, c)
    if trig.pos != "verb":
        return c
    means = _attack_means(trig.token, lex)
    if means is None:
        return c
    where = _where_attacked(trig.token, means)
    if any(t.lemma_.lower() in lex.cue("boundary_nouns") for t in where):
        return c  # "near the X border": on which side is not said
    if _at_a_mission(where + list(means.subtree), lex):
        return c
    found = places_in(where, [], s.analysis)
    if not found:
        return c
    actor = replace(found[0], basis="domestic")  # inferred, not a place attacked
    c = replace(with_args(c, f"actor: state of the place (attack by {means.lower_}, no agent)",
                          actors=(actor,)), allow_self=True)
    if not c.args.recipients and unnamed_people(c.args.patient, lex, trig.type):
        c = domestic_recipient(c, "recipient: unnamed people (domestic)")
    return c


def _unnamed_bombing(s: Sentence, c: Candidate) -> Candidate:
    """"the 2004 bombing of an army base in X", "Saturday's blasts outside a school in Y",
    "the Z bombing": an attack named by a bomb set off on the spot (``unnamed_attack_means``:
    a bombing, a blast, a suicide attack; not a bare "attack", nor a missile that may come from
    abroad) with no agent named is, as for the verbs above, the act of the state where it
    happens (a place in the noun's phrase, not the state of a party hit). With no party hit
    named, it hits that state (as "the train came under a bomb attack" is coded). No place,
    and nothing is inferred."""
    noun, lex = c.trigger.token, s.lexicon
    means = lex.cue("unnamed_attack_means")
    words = [noun] + [m for m in noun.children if m.dep_ in ("compound", "amod", "nmod")]
    if not any(w.lemma_.lower() in means or w.lower_ in means for w in words) \
            or event_agents_named(noun, times_ok=True):
        return c
    # the state of a party hit is no place of the attack ("a bomb attack on Israel"); a
    # recipient that is only the place ("the Kabul bombing") is that place
    hit = [r for r in c.args.recipients if r.basis != "place"]
    where = place_recipients(noun, hit, s.analysis, s.lexicon)
    if not where or any(t.lemma_.lower() in lex.cue("boundary_nouns") for t in noun.subtree) \
            or _at_a_mission(list(noun.subtree), lex):
        return c
    actor = replace(where[0], basis="domestic")  # inferred, not a place attacked
    c = replace(with_args(c, f"actor: state of the place ({noun.lower_}, no agent)",
                          actors=(actor,)), allow_self=True)
    if not c.args.recipients:
        c = domestic_recipient(c, "recipient: the place's state (no party hit named)")
    return c


def _at_a_mission(words, lex) -> bool:
    """"at the U.S. embassy in Nairobi", "the embassy bombings": a state's premises abroad,
    whose attacker is neither the owner nor (unsaid) the host (``foreign_mission_nouns``)."""
    return any(t.lemma_.lower() in lex.cue("foreign_mission_nouns") for t in words)


def _attack_means(verb, lex):
    """The means that stands for the attacker: the subject of an active verb ("a bombing
    killed"), the "by" agent of a passive ("killed by a device"), or, in a passive with no
    agent, the object of its "in" ("killed in a car bomb explosion")."""
    if is_passive(verb):
        by = prep_objects(verb, "by")
        cands = by if by else prep_objects(verb, "in")
    else:
        cands = [ch for ch in verb.children if ch.dep_ == "nsubj"]
    means = lex.cue("unnamed_attack_means")
    for tok in cands:
        words = [tok] + [m for m in tok.children if m.dep_ in ("compound", "amod", "nmod")]
        if tok.pos_ in ("NOUN",) and any(w.lemma_.lower() in means or w.lower_ in means
                                          for w in words):
            return tok
    return None


def _where_attacked(verb, means) -> list:
    """The words of the place phrases of an attack ("in central Baghdad", "outside the city
    of Basra"), on the verb or on its means; not the people hit ("a U.S. soldier", "an
    anti-Syria journalist"), whose state is not where it happened."""
    return [t for head in (verb, means) for ch in head.children
            if ch.dep_ == "prep" and ch.lower_ in ATTACK_PLACE_PREPS for t in ch.subtree]


# Prepositions that say where an attack happened.
ATTACK_PLACE_PREPS = frozenset({"in", "near", "outside", "at", "inside", "around", "across",
                                "throughout"})


def _people_of(ref: ActorRef, doc) -> bool:
    """Is a state named only as the modifier of a person ("a US national", "a Kenyan man")?"""
    toks = [t for t in doc if ref.start <= t.idx < ref.end]
    return bool(toks) and toks[-1].dep_ in ("compound", "amod") \
        and toks[-1].head.pos_ == "NOUN" and toks[-1].head.tag_ == "NN"


def _done_by_authorities(trig, lex) -> bool:
    """An agentless arrest (``unnamed_authority_modes``) or criminal charge
    (``unnamed_authority_charges``): a passive verb with no "by" ("was arrested", "has been
    indicted"), a charge its subject faces ("faces charges": an inverse light verb), or an
    accusation that is the ground of a passive act with no "by" ("was jailed on charges of
    treason", ``accusation_grounds_verbs``)."""
    grounds = accusation_grounds(trig.token, lex.cue("accusation_grounds_preps"),
                                 lex.cue("accusation_grounds_verbs")) \
        if trig.type == "ACCUSE" and trig.pos == "noun" else None
    if grounds is not None:
        return grounds_passive(grounds) and not prep_objects(grounds, "by")
    arrest = trig.type in ("COERCE", "RETREAT") and trig.mode in lex.cue("unnamed_authority_modes")
    charge = trig.type == "ACCUSE" \
        and trig.rule.key.split("|")[0] in lex.cue("unnamed_authority_charges")
    ouster = trig.type == "COERCE" \
        and trig.rule.key.split("|")[0] in lex.cue("unnamed_authority_ousters")
    if trig.pos == "verb" and (arrest or charge or ouster):
        # an agent named but not resolved ("hunted down by our warfighters") is no gap
        return is_passive(trig.token) and not prep_objects(trig.token, "by")
    # "faces charges" are charges brought; "faces imprisonment" is only a risk
    return charge and trig.pos == "noun" and trig.inverse and trig.light is not None \
        and not prep_objects(trig.token, "by") and not prep_objects(trig.light, "from")
