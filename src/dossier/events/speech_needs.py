"""What a speaker's words must show for a speech act to be read from them: the trigger
conditions (``needs`` in triggers.yaml) of the obligation, judgement, warning and
wrongdoing rules ("X said Y needs to withdraw", "X called Y's subsidies unbearable", "X
warned that Y would pay a price", "X said Y was involved in corrupt acts").

Each predicate reads the parse around a reporting or judging verb and the word lists of
cues.yaml; the party asked, judged or warned must be named (an actor, or what one owns).
"""

from __future__ import annotations

from dossier.events.lexicon import Lexicon
from dossier.events.refs import ActorIndex
from dossier.events.tokens import child, has_lemma, is_passive, prep_objects


def needs_to(comp, lex: Lexicon, index: ActorIndex) -> bool:
    """"X said Y needs to withdraw": a head of obligation with an act to do, asked of a
    named party ("we need to be firm" asks no one)."""
    act, subj = child(comp, "xcomp"), child(comp, "nsubj")
    return has_lemma(comp, lex.cue("obligation_heads")) and act is not None \
        and not is_passive(act) and act.lemma_ not in lex.cue("non_request_verbs") \
        and act.lemma_ != "be" and subj is not None and any(index.at(t) for t in subj.subtree)


def evaluates(tok, words: frozenset[str], lex: Lexicon) -> bool:
    """Does the speaker judge something with one of ``words``: the predicate of "called Y
    unbearable" or "described Y as a provocation" (with a thing judged), or of the clause
    said ("said Y's ban is a step backwards")?"""
    judged = []
    if child(tok, "dobj") is not None:  # "called Y …", "described Y as …"
        judged = [c for c in tok.children if c.dep_ == "oprd"] + prep_objects(tok, "as")
    comp = child(tok, "ccomp")
    if comp is not None and child(comp, "nsubj") is not None \
            and (comp.lemma_ == "be" or comp.pos_ == "ADJ"):
        judged += [c for c in comp.children if c.dep_ in ("acomp", "attr")] \
            + ([comp] if comp.pos_ == "ADJ" else [])
    for head in judged:
        near = [head] + [c for c in head.children if c.dep_ in ("amod", "advmod", "compound")] \
            + prep_objects(head, "of")
        if any(t.lower_ in words or t.lemma_.lower() in words for t in near) \
                and not any(c.dep_ == "neg" for c in (comp.children if comp is not None else ())):
            return True
    return False


def owner(tok, index: ActorIndex, depth: int = 0) -> bool:
    """Is a phrase a named party or what one owns ("Y's decision", "the approval of the
    Kenyan bill"), not a place or a state of affairs ("the situation in Y")?"""
    if tok is None or depth > 1:
        return False
    if index.at(tok) and tok.pos_ in ("PROPN", "PRON") or any(
            index.at(c) or index.modifier(c) for c in tok.children
            if c.dep_ in ("poss", "amod", "compound", "nmod")):
        return True
    return any(owner(o, index, depth + 1) for o in prep_objects(tok, "of")
               + [c for c in tok.children if c.dep_ == "poss"])  # "the Kenyan government's"


def _will_clause(tok, lex: Lexicon):
    """The complement said with "will"/"would"/"could" ("warned that Y would …"), or None."""
    comp = child(tok, "ccomp")
    modals = lex.cue("future_aux") | lex.cue("possibility_modals") | {"would"}
    if comp is None or child(comp, "neg") is not None \
            or not any(c.dep_ == "aux" and c.lower_ in modals for c in comp.children):
        return None
    return comp


def veiled_threat(tok, lex: Lexicon, index: ActorIndex) -> bool:
    """"warned that Y would pay a heavy price / face consequences / regret it"."""
    comp = _will_clause(tok, lex)
    subj = child(comp, "nsubj") if comp is not None else None
    if subj is None or not index.at(subj):
        return False
    words = lex.cue("veiled_threat_words")
    obj = child(comp, "dobj")
    return comp.lemma_ in words or (obj is not None and obj.lemma_ in words)


def owned_consequence(tok, lex: Lexicon, index: ActorIndex) -> bool:
    """"warned that Y's actions would divide the country": the harm of another's act."""
    comp = _will_clause(tok, lex)
    subj = child(comp, "nsubj") if comp is not None else None
    return subj is not None and subj.pos_ == "NOUN" and not index.at(subj) and owner(subj, index) \
        and comp.lemma_ not in lex.cue("veiled_threat_words")


def wrongdoing(tok, lex: Lexicon, index: ActorIndex) -> bool:
    """Does the speaker say a party did wrong: "Y was involved in corrupt acts", "Y is guilty
    of war crimes", "corruption in Y is pervasive"?"""
    comp = child(tok, "ccomp")
    subj = child(comp, "nsubj", "nsubjpass") if comp is not None else None
    if subj is None or child(comp, "neg") is not None:
        return False
    wrong = lex.cue("wrongdoing_words")

    def wrongful(t) -> bool:
        return any(x.lemma_.lower() in wrong or x.lower_ in wrong for x in [t] + [
            c for c in t.children if c.dep_ in ("amod", "compound")])

    pred = comp if comp.lemma_ != "be" else child(comp, "acomp")
    if pred is None:
        return False
    if has_lemma(pred, lex.cue("culpability_words")):
        objects = [o for c in pred.children if c.dep_ == "prep" for o in c.children
                   if o.dep_ == "pobj"]
        return (bool(index.at(subj)) or owner(subj, index)) and any(wrongful(o) for o in objects)
    return wrongful(subj) and has_lemma(pred, lex.cue("prevalence_words")) \
        and any(index.at(o) for o in prep_objects(subj, "in"))
