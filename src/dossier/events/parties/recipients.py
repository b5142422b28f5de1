"""Recipients the parse missed: a speech act's target named only in what it says, a
protest's only in its purpose, a strike's only as a place, deportees' states, the actor's own
state for acts on unnamed people at home; and the guard that drops what needs a recipient
and has none."""

from __future__ import annotations

from dataclasses import replace

from dossier.events.arguments import named_party, noun_arguments, targets_doer, verb_arguments
from dossier.events.candidate import Candidate, Sentence, with_args
from dossier.events.conventions import (
    DOMESTIC_PATIENT_TYPES,
    MUTUAL_TYPES,
    PLACE_RECIPIENT_TYPES,
    POLITICAL_DOMESTIC_TYPES,
    PURPOSE_RECIPIENT_TYPES,
    SELF_RECIPIENT_TYPES,
    SPEECH_RECIPIENT_TYPES,
    clause_of,
    complement_refs,
    destination_recipients,
    place_recipients,
    places_in,
    target_at_home,
    unnamed_people,
)
from dossier.events.precision import (
    deportation,
    party_named,
)
from dossier.events.refs import is_state, refs_for_all
from dossier.events.status import source_of
from dossier.events.subjects import subject_tokens
from dossier.events.tokens import (
    accusing_verb,
    child,
    destination_objects,
    has_lemma,
    lemma_forms,
    object_in_class,
    prep_objects,
    real_object,
    with_conjuncts,
)
from dossier.events.triggers import find_triggers, for_clause_mark
from dossier.model import UNDIRECTED_TYPES, ActorRef


def recipient_open(c: Candidate) -> bool:
    """Is the recipient still to be found (none yet, and the actors are not each other's)?"""
    return not c.args.recipients and not c.args.pair_within


def media_audience(s: Sentence, c: Candidate) -> Candidate:
    """"a minister told the BBC …", "said in an interview with a news agency": the outlet a speaker
    talks to only carries the words; it is no party asked, accused or answered."""
    trig, recipients = c.trigger, c.args.recipients
    if not recipients or not _addressing(s, trig):
        return c
    kept = tuple(r for r in recipients if r.actor.sector != "MED")
    if len(kept) == len(recipients):
        return c
    return with_args(c, "recipient: a media outlet spoken to is no party", recipients=kept)


def _addressing(s: Sentence, trig) -> bool:
    """Is the trigger a verb of talking to someone ("told", "said to", "spoke with")?"""
    return trig.pos != "noun" and has_lemma(trig.token, s.lexicon.cue("addressing_verbs"))


def complement_subject(s: Sentence, c: Candidate) -> Candidate:
    """"X said Y must withdraw": a speech act's recipient is its complement's subject."""
    trig = c.trigger
    comp = child(trig.token, "ccomp") if trig.rule.speech and not c.args.recipients else None
    if comp is None:
        return c
    refs = tuple(refs_for_all(subject_tokens(comp)[0], s.index, s.lexicon))
    return with_args(c, "recipient: subject of the complement", recipients=refs) if refs else c


def for_clause_subject(s: Sentence, c: Candidate) -> Candidate:
    """"called for the Taliban to lift the ban": the one asked is the clause's subject."""
    mark = for_clause_mark(c.trigger.token) if c.trigger.type == "REQUEST" else None
    if mark is None or not recipient_open(c):
        return c
    refs = tuple(refs_for_all(with_conjuncts(child(mark.head, "nsubj")), s.index, s.lexicon))
    return with_args(c, "recipient: subject of the 'for' clause", recipients=refs) if refs else c


def antecedent(s: Sentence, c: Candidate) -> Candidate:
    """"Trump denied the request", "Russia has not agreed to the ceasefire": the author of
    the step answered, from the nearest earlier trigger (this sentence or the two before)
    that took it ("Kim asked Trump for relief", "Ukraine agreed to a ceasefire")."""
    trig, lex = c.trigger, s.lexicon
    obj = _answered(trig)
    if not recipient_open(c) or trig.type not in lex.cue("answer_types") or obj is None \
            or obj.lemma_.lower() not in lex.cue("antecedent_nouns") \
            or not any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in obj.children) \
            or any(d.dep_ in ("poss", "prep", "compound", "amod") for d in obj.children):
        return c  # "the U.S. request", "the request by X", "a request": named or new
    noun, own = obj.lemma_.lower(), {a.actor.code for a in c.args.actors}
    sents = list(trig.token.doc.sents)
    here = next(i for i, x in enumerate(sents) if x.start <= trig.token.i < x.end)
    for sent in reversed(sents[max(0, here - 2):here + 1]):
        earlier = [t for t in find_triggers(sent, lex, s.index) if t.token.i < trig.token.i
                   and t.token.i != obj.i and _took(t, noun, lex)]
        for t in reversed(earlier):
            find = noun_arguments if t.pos == "noun" else verb_arguments
            authors = [a for a in find(t, s.index, lex).actors
                       if a.actor.country and a.actor.code not in own]
            if authors:
                return with_args(c, f"recipient: author of the {noun} -> {authors[0].text}",
                                 recipients=(authors[0],))
    return c


def proposal_refused(s: Sentence, c: Candidate) -> Candidate:
    """"the Chinese side proposed a minimum price, but the European side refused": a refusal
    with nothing named as refused answers what the sentence has just said was put to it
    (``proposing_verbs``): its proposer is the recipient."""
    trig, lex = c.trigger, s.lexicon
    tok = trig.token
    if not recipient_open(c) or trig.type != "REJECT" or trig.pos != "verb" or not c.args.actors \
            or any(x.dep_ in ("dobj", "xcomp", "ccomp", "prep") for x in tok.children):
        return c
    own = {a.actor.code for a in c.args.actors}
    proposals = [t for t in tok.sent if t.i < tok.i and t.pos_ == "VERB"
                 and has_lemma(t, lex.cue("proposing_verbs")) and tok in t.conjuncts]
    found = {r.actor.code: r for t in proposals[-1:]
             for r in refs_for_all(subject_tokens(t)[0], s.index, lex)
             if r.actor.country and r.actor.code not in own}
    return _sole_recipient(c, found, "the proposer refused")


def _took(trig, noun: str, lex) -> bool:
    """Did ``trig`` take the step ``noun`` names (its own word or its object, or any request
    for a request)?"""
    words = {trig.token.lemma_.lower()}
    if _answered(trig) is not None:
        words.add(_answered(trig).lemma_.lower())
    return noun in words or trig.type == "REQUEST" and noun in lex.cue("request_nouns")


def _answered(trig):
    """What an act takes up: its object, else what it agrees or answers to ("agreed to the
    ceasefire", "responded to the proposal")."""
    if trig.object_token is not None:
        return trig.object_token
    return next(iter(prep_objects(trig.token, "to") or prep_objects(trig.token, "on")), None)


def one_sided(trig) -> bool:
    """"A, B and C offered to help": a commitment (not an agreement) is each one's own."""
    return trig.rule.intent and trig.rule.key != "agree"


def speech_content(s: Sentence, c: Candidate) -> Candidate:
    """"threatened to shell Iraqi towns", "urged the EU to support X": the target is named
    inside what is said. Not for "A and B agreed" (each other's party), nor where a named but
    unresolved party is the target ("accused the company of …")."""
    trig, args, lex = c.trigger, c.args, s.lexicon
    mutual_pair = (trig.type in UNDIRECTED_TYPES or trig.type in MUTUAL_TYPES
                   and object_in_class(trig.object_token, "ties", lex)) \
        and len(args.actors) >= 2 and not one_sided(trig)
    if not recipient_open(c) or trig.type not in SPEECH_RECIPIENT_TYPES or mutual_pair \
            or party_named(args.patient, lex):
        return c
    comp = child(trig.token, "ccomp")
    said_of = subject_tokens(comp)[0] if comp is not None else []
    if party_named(said_of, lex) and not refs_for_all(said_of, s.index, lex):
        return c  # "alleges the insurgent group has …": the unresolved subject is the target
    refs = complement_refs(trig.token, args.actors, s.index, lex, threat=trig.type == "THREATEN",
                           doer_only=targets_doer(trig, lex))
    if _addressing(s, trig):
        refs = [r for r in refs if r.actor.sector != "MED"]  # "… ," X told the BBC
    return with_args(c, recipients=tuple(refs)) if refs else c


def purpose(s: Sentence, c: Candidate) -> Candidate:
    """"staged a hunger strike to demand the resignation of X": X is protested against."""
    if not recipient_open(c) or c.trigger.type not in PURPOSE_RECIPIENT_TYPES:
        return c
    clause, lex = clause_of(c.trigger), s.lexicon
    if c.trigger.type == "MOBILIZE":  # a force's target only in what it is for ("to deter X",
        # "in an effort to pressure X"); "drills with X" name a partner, "while X said" no one
        refs = next((found for verb in _infinitive_purposes(clause, lex)
                     if (found := complement_refs(verb, c.args.actors, s.index, lex,
                                                  deps=("dobj", "dative", "prep", "ccomp")))),
                    [])
    else:
        refs = complement_refs(clause, c.args.actors, s.index, lex,
                               deps=("xcomp", "advcl", "prep"),
                               doer_only=targets_doer(c.trigger, lex))
    return with_args(c, "recipient: actor named in the complement", recipients=tuple(refs)) \
        if refs else c


def _infinitive_purposes(clause, lex) -> list:
    """The "to" infinitives that say what an act is for: "deployed troops to deter X", "in an
    effort to pressure X" (under a frame noun)."""
    def infinitive(v) -> bool:
        return any(a.tag_ == "TO" for a in v.children)
    verbs = [v for v in clause.children if v.dep_ in ("xcomp", "advcl") and infinitive(v)]
    return verbs + [v for p in clause.children if p.dep_ == "prep" for f in p.children
                    if f.dep_ == "pobj" and f.lemma_.lower() in lex.frame_nouns
                    for v in f.children if v.dep_ == "acl" and infinitive(v)]


def destination(s: Sentence, c: Candidate) -> Candidate:
    """Officials travel on visits to a country; refugees or troops arriving somewhere do not."""
    trig, args = c.trigger, c.args
    if not recipient_open(c) or not trig.rule.place_recipient \
            or not (trig.type == "AID" or any(a.actor.kind != "group" for a in args.actors)):
        return c
    refs = destination_recipients(trig.token, args.actors, s.analysis)
    return with_args(c, "recipient: country of the place visited", recipients=tuple(refs)) \
        if refs else c


def place(s: Sentence, c: Candidate) -> Candidate:
    """"fired at targets in Jericho": the country of the place. Deportees are not the country
    they are sent to; "strikes against IS in Syria" hit IS, whether or not it is resolved."""
    trig = c.trigger
    if not recipient_open(c) or trig.type not in PLACE_RECIPIENT_TYPES or deportation(trig) \
            or named_party(c.args.patient) or trig.rule.default_recipient == "none":
        return c  # a weapons test or a drill is held somewhere, not against the place
    refs = place_recipients(clause_of(trig), c.args.actors, s.analysis, s.lexicon)
    return with_args(c, "recipient: country of the place", recipients=tuple(refs)) if refs else c


def sentence_target(s: Sentence, c: Candidate) -> Candidate:
    """"plunged Turkey into recession after Washington's imposition of sanctions", "the
    Turkish economy, hit by previous U.S. sanctions": a sanction (``sentence_target_types``)
    whose phrase names no target is aimed at the one other state the sentence names, by
    name or by adjective. Not where two or more others are named (no way to tell which), nor
    where that state is the subject the sanction is the object of ("China criticised U.S.
    sanctions", "Japan joined the sanctions": it judges or shares them)."""
    trig, args, lex = c.trigger, c.args, s.lexicon
    if not recipient_open(c) or trig.type not in lex.cue("sentence_target_types") \
            or (trig.mode or "") not in lex.cue("sentence_target_modes") or not args.actors \
            or not all(is_state(a, lex.cue("non_state_codes")) for a in args.actors):
        return c
    own = {a.actor.code for a in args.actors}
    sent = trig.token.sent
    judging = set()
    head = trig.token.head if trig.token.dep_ in ("dobj", "nsubjpass") else None
    if head is not None:  # the subject of the verb whose object the sanction is
        judging = {t.i for tok in subject_tokens(head)[0] for t in tok.subtree}
    others: dict[str, ActorRef] = {}
    for tok in sent:
        if tok.i in judging:
            continue
        refs = s.index.at(tok) or (s.index.modifier(tok)
                                  if tok.dep_ in ("amod", "compound", "nmod") else [])
        for ref in refs:
            if ref.actor.code not in own and is_state(ref, lex.cue("non_state_codes")):
                others.setdefault(ref.actor.code, ref)
    return _sole_recipient(c, others, "the one other state in the sentence")


def charged_victims(s: Sentence, c: Candidate) -> Candidate:
    """"charged the regime with genocide for its persecution of a minority": an atrocity
    charged with no target named is aimed at the people the charge names after it, whose
    state may be the accused's own (the state's own people)."""
    trig, lex = c.trigger, s.lexicon
    if not recipient_open(c) or trig.pos != "noun" or trig.type not in lex.cue("charged_victim_types"):
        return c
    verb = accusing_verb(trig.token, lex.cue("accusing_verbs"), lex.cue("charge_carriers"))
    if verb is None:
        return c
    for tok in verb.subtree:
        if tok.i <= trig.token.i:
            continue
        people = [r for r in s.index.at(tok) if r.actor.kind == "group" and r.actor.code]
        if people:
            victims = replace(people[0], basis="context")
            return replace(with_args(c, f"recipient: the people the charge names -> "
                                        f"{victims.text}", recipients=(victims,)),
                           allow_self=True)
    return c


def reporter_addressed(s: Sentence, c: Candidate) -> Candidate:
    """"the Kenyan cabinet said Uganda had asked for the handover of 30 fishermen": a request that
    names no one asked (or only the asker's own people), reported by another state's
    government, was made to that government, which tells of what it received. Not a report by
    the media or a group ("Reuters reported China had asked …"): they are not asked."""
    trig, args, lex = c.trigger, c.args, s.lexicon
    if trig.type not in lex.cue("reporter_addressed_types") or not args.actors \
            or child(trig.token, "dobj", "dative") is not None:
        return c
    own = {a.actor.code for a in args.actors}
    if any(r.actor.code not in own for r in args.recipients):
        return c
    speakers = refs_for_all(source_of(c.status), s.index, lex)
    states = {r.actor.code: r for r in speakers if r.actor.code and r.actor.code not in own
              and (r.actor.kind == "country" or r.actor.sector == "GOV")}
    return _sole_recipient(c, states, "the government reporting the request")


def _sole_recipient(c: Candidate, found: dict[str, ActorRef], why: str) -> Candidate:
    """The one party found (by code) as the recipient the context gives; with none or
    several, the candidate as it was."""
    if len(found) != 1:
        return c
    target = replace(next(iter(found.values())), basis="context")
    return with_args(c, f"recipient: {why} -> {target.text}", recipients=(target,))


def deportees_destination(s: Sentence, c: Candidate) -> Candidate:
    """"deported 40 men to X", "sent 109 back to X": deportees with no state of their own
    named (or coded as the deporter's: a state does not send its own people abroad) are most
    often the destination's people going back, so the state they are sent to is the
    recipient. A nationality that is named wins ("deported 40 Ugandan migrants to X")."""
    trig, args = c.trigger, c.args
    if not deportation(trig):
        return c
    own = {a.actor.code for a in args.actors}
    if any(r.actor.code not in own for r in args.recipients):
        return c
    home = _destination_state(s, destination_objects(trig.token), own, args.actors)
    return with_args(c, f"recipient: deportees' destination -> {home[0].text}",
                     recipients=home) if home else c


def deportees_unnamed(s: Sentence, c: Candidate) -> Candidate | None:
    """"deported 40 prisoners to a camp": the deportees' state is not named. A state does not
    send its own people abroad, so deportees coded as the deporter's state ("prisoners" in a
    story about it) are unnamed too; "expelled protesters from the square" stays at home."""
    trig = c.trigger
    if not deportation(trig):
        return c
    if not (has_lemma(trig.token, s.lexicon.cue("deporting_verbs"))
            or destination_objects(trig.token)):
        return None if not c.args.recipients else c
    own = {a.actor.code for a in c.args.actors}
    kept = tuple(r for r in c.args.recipients if r.actor.code not in own)
    if not kept:
        return None
    if len(kept) == len(c.args.recipients):
        return c
    return with_args(c, "recipient: deportees not of the deporting state", recipients=kept)


def _destination_state(s: Sentence, sent_to: list, own: set,
                       actors: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """The state a deportation sends people to: a state named in the "to" phrase, else the
    state of a place named there ("to Kabul"); never the deporter's own."""
    for tok in sent_to:
        for ref in s.index.at(tok):
            if ref.actor.kind == "country" and ref.actor.code and ref.actor.code not in own:
                return (replace(ref, basis="context"),)
    return tuple(places_in([t for p in sent_to for t in p.subtree], list(actors), s.analysis))


def domestic_recipient(c: Candidate, path: str) -> Candidate:
    own = with_args(c, path, recipients=c.args.actors)
    return replace(own, own_state=True, allow_self=True)


def unnamed_people_at_home(s: Sentence, c: Candidate) -> Candidate:
    """"arrested 12 demonstrators": done to unnamed people, in the actor's own state."""
    args = c.args
    if recipient_open(c) and c.trigger.type in DOMESTIC_PATIENT_TYPES and args.actors \
            and not _foreign_people(args.patient, s.lexicon) \
            and unnamed_people(args.patient, s.lexicon, c.trigger.type):
        return domestic_recipient(c, "recipient: unnamed people (domestic)")
    return c


def armed_group_at_home(s: Sentence, c: Candidate) -> Candidate:
    """"rebels attacked ten villages in the north of Mali", "al-Shabab stormed a police
    station": an armed group's attack on places and things with no other party named, in
    its own state (the place says so, or the target is one a group hits at home)."""
    args, trig, lex = c.args, c.trigger, s.lexicon
    if not recipient_open(c) or trig.type not in lex.cue("domestic_target_types") or not args.actors \
            or not args.patient or named_party(args.patient):
        return c
    armed = lex.cue("armed_group_sectors")
    if not all(a.actor.sector in armed and a.actor.country for a in args.actors):
        return c
    own = {a.actor.code for a in args.actors}
    if target_at_home(trig, args.patient, own, s.analysis, lex, lex.cue("armed_group_targets")):
        return domestic_recipient(c, "recipient: armed group's target at home (domestic)")
    return c


def critics_at_home(s: Sentence, c: Candidate) -> Candidate:
    """"opposition parties rejected the budget", "lawmakers denounced the extension": a
    state's own critics (``domestic_critic_sectors``) answering a measure at home, with no
    other party named in it, act against their own state."""
    args, trig, lex = c.args, c.trigger, s.lexicon
    if not recipient_open(c) or trig.type not in POLITICAL_DOMESTIC_TYPES or not args.actors \
            or not args.patient or named_party(args.patient):
        return c
    critics = lex.cue("domestic_critic_sectors")
    if not all(a.actor.sector in critics and a.actor.country for a in args.actors):
        return c
    own = {a.actor.code for a in args.actors}
    inside = [r for t in args.patient for w in t.subtree for r in s.index.at(w)]
    if any(r.actor.code not in own for r in inside):
        return c  # "rejected the deal with China": another party is in what is answered
    if target_at_home(trig, args.patient, own, s.analysis, lex, lex.cue("domestic_measures"),
                      by_place=False):
        return domestic_recipient(c, "recipient: critics' own state (domestic)")
    return c


def own_state(s: Sentence, c: Candidate) -> Candidate:
    """"imposed a curfew": a restriction with no other party is domestic; "banned the supply
    of chips" has a foreign party the sentence leaves out."""
    trig, args = c.trigger, c.args
    if recipient_open(c) and trig.type in SELF_RECIPIENT_TYPES and args.actors \
            and not _modifies_noun(trig) and not _foreign_people(args.patient, s.lexicon) \
            and not any(t.pos_ == "PRON" for t in args.patient) \
            and not any(object_in_class(o, "sanctionable", s.lexicon)
                        for o in (trig.object_token, child(trig.token, "dobj"))):
        return domestic_recipient(c, "recipient: domestic (the actor's own state)")
    return c


def _modifies_noun(trig) -> bool:
    """"getting around restrictions imposed by the U.S.", "property seized by the army": a
    participle describing a noun refers to a measure the sentence is about for another
    reason; whom it targets is told elsewhere, so it is not taken to be the actor's own
    state."""
    return trig.pos == "verb" and trig.token.dep_ == "acl"


def _foreign_people(toks, lex) -> bool:
    """"detained 20 foreigners": people the word itself says are not the actor's own."""
    heads = [h for t in toks for h in (t, real_object(t)[0]) if h is not None]
    return any(f in lex.cue("foreign_people_nouns") for h in heads for f in lemma_forms(h))


def conjunct(s: Sentence, c: Candidate) -> Candidate:
    """"Trump denied the request and asked instead for denuclearization": a verb coordinated
    with an earlier act of the same subject, naming no party and no object of its own, is
    aimed at the party that act was aimed at."""
    trig, args = c.trigger, c.args
    tok = trig.token
    if not recipient_open(c) or trig.pos != "verb" or tok.dep_ != "conj" or not args.actors \
            or args.patient or any(d.dep_ in ("nsubj", "nsubjpass", "dobj") for d in tok.children):
        return c
    own = {a.actor.code for a in args.actors}
    for earlier in s.kept:
        if earlier.trigger.token.i == tok.head.i and earlier.args is not None \
                and {a.actor.code for a in earlier.args.actors} == own:
            aimed = tuple(r for r in earlier.args.recipients if r.actor.code not in own)
            if aimed:
                return with_args(c, f"recipient: that of the coordinated act -> {aimed[0].text}",
                                 recipients=aimed)
    return c


def recipient_required(s: Sentence, c: Candidate) -> Candidate | None:
    """A rule that ``needs`` a recipient (or a military object) codes nothing without one."""
    needs, found = c.trigger.rule.needs, bool(c.args.recipients)
    if "recipient" in needs and not found:
        return None
    if "foreign_recipient" in needs:  # "measures against X": X another state than the actor's
        own = {a.actor.code for a in c.args.actors}
        if not any(r.actor.code not in own for r in c.args.recipients):
            return None
    if "recipient_or_military" in needs and not found \
            and not object_in_class(c.trigger.object_token, "military", s.lexicon):
        return None
    return c
