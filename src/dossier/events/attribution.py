"""Who an event is attributed to, where the actor stage gives no coded speaker.

Two readings an analyst makes that the clause walk in ``status`` cannot: acts reported by
eyewitnesses ("witnesses said soldiers fired …") are claims whose source is the witnesses,
even though no state or organisation says so; and an actor announcing or confirming its own
act ("the ministry announced it was expelling the envoy") reports a fact, not a claim.
"""

from __future__ import annotations

from dossier.events.lexicon import Lexicon
from dossier.events.refs import ActorIndex, refs_for
from dossier.events.subjects import subject_tokens
from dossier.events.tokens import child, lemma_forms, prep_objects
from dossier.model import Actor, ActorRef

# Reporting verbs by which an actor makes its own act public: the act is the fact.
OWN_ACT_VERBS = {"announce", "declare", "proclaim", "confirm"}


def witness_source(tokens: list, lex: Lexicon) -> ActorRef | None:
    """A name-only source for eyewitness reports ("witnesses", "local residents"), or None.
    Such sources are people on the spot, not commentators: their report is a claim, not the
    writer's fact ("…, experts said" stays the writer's fact elsewhere)."""
    if not tokens:
        return None
    head = tokens[0]
    if head.pos_ != "NOUN" or not any(lex.in_class(f, "witnesses") for f in lemma_forms(head)):
        return None
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ in ("amod", "compound")
             and t.head.i == head.i] + [head]
    left, right = min(t.i for t in words), head.i
    span = head.doc[left:right + 1]
    return ActorRef(actor=Actor(name=span.text.lower(), kind="group"), text=span.text,
                    start=span.start_char, end=span.end_char, basis="source")


def own_announcement(reporter, source: ActorRef | None, actors: list[ActorRef]) -> bool:
    """Does the actor itself announce or confirm the act ("Nairobi announced it was cutting
    ties with X")? Then the act is stated as done, not claimed."""
    if reporter is None or source is None or not source.actor.country:
        return False
    if reporter.lemma_.lower() not in OWN_ACT_VERBS:
        return False
    return source.actor.code in {a.actor.code for a in actors}


def belief(reporter) -> bool:
    """Is the report a belief ("the analyst believes X backs Y")? A belief is someone's
    opinion, never the writer's fact, whoever holds it."""
    return reporter is not None and reporter.lemma_.lower() in BELIEF_VERBS


BELIEF_VERBS = {"believe", "think", "suspect", "fear", "assess", "estimate", "suggest", "guess"}


def _same_document(earlier: str, later: str, lex: Lexicon) -> bool:
    """Does the noun ``earlier`` name the document ``later`` points back to: the same word,
    or two words for one court filing ("filed lawsuits ... The suits allege")?"""
    filings = lex.cue("court_filing_nouns")
    return earlier == later or (earlier in filings and later in filings)


def document_owner(tokens: list, index: ActorIndex, lex: Lexicon,
                   sentences_back: int = 2) -> ActorRef | None:
    """Who issued the document a claim is attributed to ("The statement said …"): the nearest
    earlier "X issued a statement", "X said in a statement", "X's statement", "a statement
    from X", in this sentence or the ``sentences_back`` before it; else None."""
    head = tokens[0] if tokens else None
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in lex.cue("document_nouns") \
            or child(head, "poss") is not None or prep_objects(head, "from"):
        return None  # "the ministry's statement" names its owner itself
    sents = list(head.doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= head.i < s.end)
    window = [t for s in sents[max(0, here - sentences_back):here + 1] for t in s if t.i < head.i]
    for t in reversed(window):
        if not _same_document(t.lemma_.lower(), head.lemma_.lower(), lex):
            continue
        owners: list = []
        if t.dep_ == "dobj":  # "X issued a statement"
            owners = subject_tokens(t.head)[0]
        elif t.dep_ == "pobj" and t.head.lower_ == "in":  # "X said in a statement"
            owners = subject_tokens(t.head.head)[0]
        owners += [c for c in t.children if c.dep_ == "poss"] + prep_objects(t, "from")
        for o in owners:
            refs = [r for r in refs_for(o, index, lex) if r.actor.country]
            if refs:
                return refs[0]
    return None
