"""Parties the story gives: the source a document's owner is, and the state the story is
about as the target of a sanction or a demand that names none."""

from __future__ import annotations

from dataclasses import replace

from dossier.events.attribution import document_owner
from dossier.events.candidate import Candidate, Sentence, with_args
from dossier.events.conventions import (
    clause_of,
)
from dossier.events.refs import is_state
from dossier.events.status import source_of
from dossier.model import ActorRef


def document_source(s: Sentence, c: Candidate) -> Candidate:
    """"The statement said troops attacked …": the claim is the issuer's, named earlier
    ("X issued a statement", "X said in a statement")."""
    if c.status.status not in ("claim", "denial", "future") or c.source is not None:
        return c
    owner = document_owner(source_of(c.status), s.index, s.lexicon)
    if owner is None:
        return c
    return replace(with_args(c, f"source: the issuer of the document -> {owner.text}"),
                   source=owner)


# ---------------------------------------------------------------- a party from the story

def story_subject(s: Sentence, c: Candidate) -> Candidate:
    """"The statement threatened sanctions and visa restrictions.", in a story headlined on
    Somalia after "U.S. Secretary of State Blinken issued a statement …": a directed act
    (``story_subject_types``) whose target the sentence leaves out is aimed at the state the
    headline is about. Only when the headline names one state, the actors are another
    state's, and neither this sentence nor the one before names any third party (a new
    topic or another actor in between); never inside a quotation (the speaker's own
    context, not the story's)."""
    trig, args, lex = c.trigger, c.args, s.lexicon
    if c.pairs is not None or args.recipients or trig.type not in lex.cue("story_subject_types") \
            or not args.actors or not all(is_state(a, lex.cue("non_state_codes")) or _body(a)
                                          for a in args.actors):
        return c
    if any(start < trig.token.idx < end for start, end in s.quotes):
        return c
    subject = _headline_state(s)
    own = {a.actor.code for a in args.actors}
    if subject is None or subject.actor.code in own:
        return c
    sents = list(trig.token.doc.sents)
    here = next(i for i, x in enumerate(sents) if x.start <= trig.token.i < x.end)
    if here == 0 or not sents[here].start_char >= s.analysis.article.body_offset:
        return c  # the headline itself, or a lead fused with it: no context before
    allowed = own | {subject.actor.code}
    for sent in sents[max(0, here - 1):here + 1]:
        others = [a for a in s.analysis.actors if sent.start_char <= a.start < sent.end_char
                  and a.actor.country and a.actor.code not in allowed]
        # "X threatened sanctions. The EU is also considering sanctions": an act done "also"
        # parallels the one before, whose doer (its one other party, as subject) is no target
        if others and not (sent is not sents[here] and _also(trig)
                           and len({a.actor.code for a in others}) == 1
                           and all(_subject_ref(a, s) for a in others)):
            return c
    if not any(sent.start_char <= a.start < sent.end_char and a.actor.code in own
               for sent in sents[max(0, here - 1):here + 1] for a in s.analysis.actors):
        return c
    target = replace(subject, basis="context")
    return replace(with_args(c, f"recipient: the state the story is about -> {subject.text}",
                             recipients=(target,)),
                   pairs=tuple((a, target) for a in args.actors))


def _also(trig) -> bool:
    """Is the act said to be done "also" / "too" (like the one just reported)?"""
    heads = (trig.token, trig.token.head, clause_of(trig))  # "is also considering sanctions"
    return any(m.dep_ == "advmod" and m.lower_ in ("also", "too", "likewise", "similarly")
               for t in heads for m in t.children)


def _subject_ref(ref: ActorRef, s: Sentence) -> bool:
    """Is the mention its clause's subject (the doer, not a party acted on)?"""
    span = s.analysis.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass", "csubj")


def _body(ref: ActorRef) -> bool:
    """An intergovernmental body coded by its own code (the EU, the UN, NATO): it acts on
    states as a state does."""
    a = ref.actor
    return a.kind == "organization" and a.entity_id is not None and a.country == a.entity_id


def _headline_state(s: Sentence) -> ActorRef | None:
    """The one state the headline names (by any of its actors), or None."""
    title_end = s.analysis.article.body_offset
    if not title_end:
        return None
    named = [a for a in s.analysis.actors if a.end <= title_end and a.actor.country
             and is_state(a, s.lexicon.cue("non_state_codes"))]
    return named[0] if named and len({a.actor.code for a in named}) == 1 else None
