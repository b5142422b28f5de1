"""Rules on acts done by speaking: whom a rejected accusation answers, and harm held over
another party on a condition (a threat).

An analyst codes "X rejected Y's allegations" as X rejecting Y: the accuser is the recipient,
whether the sentence names it ("the allegations made by Y", "Y accused X of …, a charge X
rejected") or an earlier sentence of the story made the accusation ("Y accused X of …. X
rejected the allegations."). A harm that a speaker says will follow a step of the other
side's ("sanctions could follow if Y …"), or that faces a party refusing a demand ("urged Y to
accept or face sanctions"), is a threat by the speaker. Each rule returns the candidate or a
new one.
"""

from __future__ import annotations

from dataclasses import replace

from dossier.events.arguments import noun_arguments, verb_arguments
from dossier.events.assessment import Assessment
from dossier.events.candidate import Candidate, Sentence, with_args
from dossier.events.conventions import HARM_TYPES, THREAT_MODES, THREAT_TYPE_MODES
from dossier.events.refs import refs_for, refs_for_all
from dossier.events.subjects import subject_tokens
from dossier.events.tokens import (
    child,
    has_lemma,
    object_in_class,
    prep_objects,
    with_conjuncts,
)
from dossier.events.triggers import find_triggers
from dossier.model import ActorRef

# How many sentences back an accusation may be made and still be the one rejected.
ACCUSATION_REACH = 4


def accuser(s: Sentence, c: Candidate) -> Candidate | None:
    """"X rejected the allegations": the recipient is the party that made them. With no
    accuser found the rejection is dropped (what is denied stays a denial): the party
    the claim is about ("the claims that X shelled Y") did not make it."""
    trig, args = c.trigger, c.args
    claim = trig.object_token
    if claim is None and trig.token.dep_ == "relcl":  # "a charge X rejected"
        claim = trig.token.head
    if trig.type != "REJECT" or args.recipients or not args.actors \
            or not object_in_class(claim, "accusation", s.lexicon):
        return c
    deniers = {a.actor.code for a in args.actors}
    for how, found in (("made the claim", _claim_owner(claim, s)),
                       ("accused in the same sentence", _governing_accuser(claim, s)),
                       ("accused earlier", _earlier_accuser(trig.token, deniers, s))):
        found = [r for r in found if r.actor.country
                 and (r.actor.code not in deniers or _other_party(r, args.actors))]
        if found:
            out = with_args(c, f"recipient: the accuser ({how})", recipients=tuple(found[:1]))
            return replace(out, allow_self=True) if found[0].actor.code in deniers else out
    return None


def _other_party(ref: ActorRef, actors) -> bool:
    """A different party of the same state ("the separatists" against "Pakistan")."""
    return all(ref.actor.name != a.actor.name and (ref.actor.entity_id is None
               or ref.actor.entity_id != a.actor.entity_id) for a in actors)


def _claim_owner(claim, s: Sentence) -> list[ActorRef]:
    """"the allegations made by Y", "Y's claims", "Ugandan allegations", "charges from Y"."""
    toks = [c for c in claim.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    toks += prep_objects(claim, "by") + prep_objects(claim, "from")
    for c in claim.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":  # "made by", "levelled by"
            toks += prep_objects(c, "by")
    return [r for t in toks for r in (refs_for(t, s.index, s.lexicon) or s.index.modifier(t))]


def _governing_accuser(claim, s: Sentence) -> list[ActorRef]:
    """"Y accused X of …, a charge X rejected": the claim noun stands beside the accusation."""
    if claim.dep_ not in ("appos", "npadvmod", "dobj", "attr", "advcl", "conj"):
        return []
    verb = claim.head
    words = s.lexicon.cue("accusing_verbs") | s.lexicon.cue("reporting_verbs")
    if not has_lemma(verb, words):
        return []
    return refs_for_all(subject_tokens(verb)[0], s.index, s.lexicon)


def _earlier_accuser(tok, deniers: set[str], s: Sentence) -> list[ActorRef]:
    """The nearest earlier accusation of the denier, in this sentence or a few before: an
    accusing verb ("Y accused X of …") or any accusation the lexicon reads ("Y said X was
    involved in corrupt acts")."""
    sents = list(tok.doc.sents)
    here = next(i for i, x in enumerate(sents) if x.start <= tok.i < x.end)
    for sent in reversed(sents[max(0, here - ACCUSATION_REACH):here + 1]):
        for verb in reversed([t for t in sent if t.i < tok.i
                              and has_lemma(t, s.lexicon.cue("accusing_verbs"))]):
            if deniers & {r.actor.code for r in _accused(verb, s)}:
                return refs_for_all(subject_tokens(verb)[0], s.index, s.lexicon)
        for trig in reversed(find_triggers(sent, s.lexicon, s.index)):
            if trig.type != "ACCUSE" or trig.token.i >= tok.i:
                continue
            args = (noun_arguments if trig.pos == "noun" else verb_arguments)(
                trig, s.index, s.lexicon)
            accused = {r.actor.code for r in args.recipients}
            if not accused and trig.rule.speech:  # "said Y was involved in …"
                said = child(child(trig.token, "ccomp"), "nsubj", "nsubjpass")
                accused = {r.actor.code for r in refs_for_all(
                    with_conjuncts(said), s.index, s.lexicon)} if said is not None else set()
            if deniers & accused and args.actors:
                return list(args.actors)
    return []


def _accused(verb, s: Sentence) -> list[ActorRef]:
    """Whom an accusing verb accuses: its object ("accused X of"), or the subject of what
    it alleges ("alleged that X …")."""
    toks = [t for o in ([child(verb, "dobj")] if child(verb, "dobj") is not None else [])
            for t in with_conjuncts(o)]
    comp = child(verb, "ccomp")
    if comp is not None:
        toks += subject_tokens(comp)[0]
    return refs_for_all(toks, s.index, s.lexicon)


# ---------------------------------------------------------------- harm held over a party


def _threat(c: Candidate, actors, recipients, why: str) -> Candidate:
    """The candidate coded as a threat by ``actors`` to ``recipients``, stated as fact."""
    trig = c.trigger
    mode = THREAT_MODES.get((trig.type, trig.mode), THREAT_TYPE_MODES.get(trig.type))
    out = with_args(c, f"parties: {why}", actors=tuple(actors), recipients=tuple(recipients))
    return replace(out, coded=("THREATEN", mode),
                   status=Assessment(status="fact", path=(why,)),
                   notes=c.notes + (f"type: {why} -> THREATEN",))


def ultimatum_harm(s: Sentence, c: Candidate) -> Candidate:
    """"X urged Y to accept the ceasefire or face sanctions": the harm held over Y if it
    does not do what X asks is a threat by X to Y."""
    trig, lex = c.trigger, s.lexicon
    face = trig.light
    if trig.pos != "noun" or not trig.inverse or face is None or trig.type not in HARM_TYPES \
            or not has_lemma(face, lex.cue("ultimatum_verbs")) or face.dep_ != "conj" \
            or not any(x.dep_ == "cc" and x.lower_ == "or" for x in face.head.children):
        return c
    demanded = face.head
    if demanded.dep_ != "xcomp":
        return c
    request = s.heads_with(c).get(demanded.head.i)
    if request is None or request.type != "REQUEST":
        return c
    actors = refs_for_all(subject_tokens(demanded.head)[0], s.index, lex)
    targets = refs_for_all(subject_tokens(demanded)[0], s.index, lex)
    if not _coded_apart(actors, targets) or _own_doer(c, actors):
        return c
    return _threat(c, actors, targets, f"held over the demand of {request.token.text!r}")


def conditional_harm(s: Sentence, c: Candidate) -> Candidate:
    """"X said sanctions could follow if Y went ahead": a harm that X says will or could
    follow a step of Y's is a threat by X to Y."""
    trig, lex = c.trigger, s.lexicon
    tok = trig.token
    if trig.pos != "noun" or trig.light is not None or trig.type not in HARM_TYPES \
            or tok.dep_ not in ("nsubj", "nsubjpass"):
        return c
    verb = tok.head
    modals = lex.cue("possibility_modals") | lex.cue("future_aux")
    if not any(x.dep_ == "aux" and x.lower_ in modals for x in verb.children) \
            or verb.dep_ != "ccomp" or not has_lemma(verb.head, lex.cue("reporting_verbs")):
        return c
    step = next((x for x in verb.children if x.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in lex.cue("threat_condition_marks") for m in x.children)),
                None)
    if step is None:
        return c
    actors = refs_for_all(subject_tokens(verb.head)[0], s.index, lex)
    targets = refs_for_all(subject_tokens(step)[0], s.index, lex)
    if not _coded_apart(actors, targets) or _own_doer(c, actors):
        return c
    return _threat(c, actors, targets, f"said to follow {step.text!r} on a condition")


def _own_doer(c: Candidate, actors) -> bool:
    """Does the harm name a doer other than the speaker ("attacks by Y")?"""
    codes = {a.actor.code for a in actors}
    return any(a.actor.code not in codes for a in c.args.actors)


def _coded_apart(actors, targets) -> bool:
    """Both sides resolved to coded parties, and not the same ones."""
    codes = {a.actor.code for a in actors if a.actor.country}
    return bool(codes) and any(t.actor.country and t.actor.code not in codes for t in targets)


# ---------------------------------------------------------------- blame in a speaker's words


def spoken_blame(s: Sentence, c: Candidate) -> Candidate:
    """"…in the face of Russia's illegal aggression," X said: the blame is X's own act, done
    in saying it (a fact), not a claim X reports."""
    if c.trigger.pos != "noun" or "speaker" not in c.trigger.rule.actor \
            or c.status.status != "claim":
        return c
    return replace(c, status=Assessment(status="fact", path=("blame in the speaker's words",)),
                   source=None)
