"""Rules on acts done by speaking: whom a rejected accusation answers.

An analyst codes "X rejected Y's allegations" as X rejecting Y: the accuser is the recipient,
whether the sentence names it ("the allegations made by Y", "Y accused X of …, a charge X
rejected") or an earlier sentence of the story made the accusation ("Y accused X of …. X
rejected the allegations."). Each rule returns the candidate or a new one.
"""

from __future__ import annotations

from dataclasses import replace

from dossier.events.candidate import Candidate, Sentence, with_args
from dossier.events.refs import refs_for, refs_for_all
from dossier.events.subjects import subject_tokens
from dossier.events.tokens import child, has_lemma, object_in_class, prep_objects, with_conjuncts
from dossier.model import ActorRef

# How many sentences back an accusation may be made and still be the one rejected.
ACCUSATION_REACH = 4


def accuser(s: Sentence, c: Candidate) -> Candidate:
    """"X rejected the allegations": the recipient is the party that made them."""
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
    return c


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
    """The nearest earlier accusation of the denier, in this sentence or a few before."""
    sents = list(tok.doc.sents)
    here = next(i for i, x in enumerate(sents) if x.start <= tok.i < x.end)
    for sent in reversed(sents[max(0, here - ACCUSATION_REACH):here + 1]):
        for verb in reversed([t for t in sent if t.i < tok.i
                              and has_lemma(t, s.lexicon.cue("accusing_verbs"))]):
            if deniers & {r.actor.code for r in _accused(verb, s)}:
                return refs_for_all(subject_tokens(verb)[0], s.index, s.lexicon)
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
