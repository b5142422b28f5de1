"""Trigger finding: which words of a sentence express a PLOVER event, by the lexicon.

A verb trigger is a verb whose lemma (plus particle, preposition or required object) is in
the lexicon and whose conditions (``needs``) hold; a nominal trigger is an event noun
("invasion", "talks", "sanctions"), with the light verb that may carry it ("imposed
sanctions", "held talks") or the receiving verb that inverts it ("received concessions").
"""

from __future__ import annotations

from dataclasses import dataclass

from dossier.events.lexicon import Lexicon, TriggerRule
from dossier.events.refs import ActorIndex
from dossier.events.subjects import patient_tokens
from dossier.events.tokens import (
    child,
    has_lemma,
    is_passive,
    is_verb,
    lemma_forms,
    object_in_class,
    prep_objects,
    real_object,
)

DEFERRED_NEEDS = {"recipient", "recipient_or_military"}
# A word tagged as a verb in a noun's position is a mis-tagged noun ("the protests over …").
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "compound"}


@dataclass
class Trigger:
    rule: TriggerRule
    token: object  # the head token of the trigger
    tokens: tuple[int, ...]  # every token of the trigger phrase
    type: str
    mode: str | None
    object_token: object = None
    quantity: str | None = None
    swapped: bool = False  # "supply X with Y": dobj is the recipient
    light: object = None  # light or receiving verb of a nominal
    inverse: bool = False
    governor: object = None  # verb a nominal hangs under by a subject preposition
    anchor: object = None  # the noun phrase a nominal stands in ("a mediation effort"): its head

    @property
    def pos(self) -> str:
        return self.rule.pos

    def describe(self) -> str:
        extra = f" via light verb {self.light.text!r}" if self.light is not None else ""
        return f"trigger: {self.rule.pos} {self.rule.key!r} -> {self.type}" \
               f"{'/' + self.mode if self.mode else ''}{extra}"


def _match_rest(tok, rule: TriggerRule) -> list[int] | None:
    """Indices of the tokens that complete a multiword key, or None when they are absent."""
    used: list[int] = []
    if rule.pos != "noun":
        for word in rule.rest:
            # after the verb: "On Wednesday, X called Y …" is no "call on"
            hit = next((c for c in tok.children
                        if c.dep_ in ("prt", "prep", "dobj", "advmod", "compound:prt")
                        and (c.lower_ == word or has_lemma(c, (word,))) and c.i not in used
                        and c.i > tok.i), None)
            if hit is None:
                return None
            used.append(hit.i)
    else:
        for word in rule.rest:
            hit = next((c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")
                        and (c.lower_ == word or c.lemma_ == word)), None)
            if hit is None:
                return None
            used.append(hit.i)
    cur = tok
    for dep, lemmas in rule.path:
        nxt = next((c for c in cur.children if c.dep_ == dep and has_lemma(c, lemmas)), None)
        if nxt is None:
            return None
        used.append(nxt.i)
        cur = nxt
    return used


def _object(tok, rule: TriggerRule) -> tuple[object, str | None, bool]:
    swapped = False
    obj = None
    if rule.pos != "noun":
        if rule.with_swap and prep_objects(tok, "with") and child(tok, "dobj") is not None:
            obj, swapped = prep_objects(tok, "with")[0], True
        else:
            for spec in rule.object:
                if spec == "dobj":
                    pats = patient_tokens(tok)
                    obj = pats[0] if pats else None
                else:
                    objs = prep_objects(tok, spec)
                    obj = objs[0] if objs else None
                if obj is not None:
                    break
    else:
        for spec in rule.object:
            objs = prep_objects(tok, spec)
            if objs:
                obj = objs[0]
                break
    obj, quantity = real_object(obj)
    return obj, quantity, swapped


def _need_ok(need: str, tok, obj, lex: Lexicon, index: ActorIndex) -> bool:
    if need in DEFERRED_NEEDS:
        return True
    if "_or_" in need:  # "xcomp_or_for": either holds; a bare class name means its object
        plain = ("xcomp", "object", "recipient", "clause", "passive", "obligation")
        return any(_need_ok(n if n in plain or n.endswith(("_object", "_context"))
                            or n.startswith(("prep_", "no_", "not_")) else n + "_object",
                            tok, obj, lex, index)
                   for n in need.split("_or_"))
    if need == "object":
        return obj is not None
    if need == "obligation":
        comp = child(tok, "ccomp")
        # "X said Y must withdraw" asks Y; "X said history must be taught" asks no one
        # "X said Y should know …" is an opinion about Y, not a request to Y
        return comp is not None and not is_passive(comp) \
            and comp.lemma_ not in lex.cue("non_request_verbs") \
            and (any(c.dep_ == "aux" and c.lower_ in lex.cue("obligation_aux") for c in comp.children)
                 or _needs_to(comp, lex, index))
    if need in ("disapproval", "approval"):  # "called X's subsidies unbearable"
        return _evaluates(tok, lex.cue("disapproval_words") if need == "disapproval"
                          else lex.cue("approval_words"), lex)
    if need == "veiled_threat":  # "warned that Y would pay a price"
        return _veiled_threat(tok, lex, index)
    if need == "owned_consequence":  # "warned that Y's actions would divide the country"
        return _owned_consequence(tok, lex, index)
    if need == "owned_cause":  # "is disappointed by Y's decision"
        return any(_owner(p, index) for w in lex.cue("concern_preps") for p in prep_objects(tok, w))
    if need == "wrongdoing":  # "said Y was involved in corrupt acts"
        return _wrongdoing(tok, lex, index)
    if need == "xcomp":
        return child(tok, "xcomp") is not None
    if need == "passive":
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    if need == "no_passive":
        return not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    if need == "clause":
        return child(tok, "ccomp", "xcomp") is not None
    if need == "admits_outsiders":  # "allow aid agencies in", "allow agencies to reach X"
        comp = child(tok, "ccomp")
        said = child(comp, "nsubj") if comp is not None else None
        return any(object_in_class(o, "outsiders", lex) for o in (obj, said))
    if need.endswith("_context"):  # a word of the class around the trigger: "general strike"
        cls = need[: -len("_context")]
        near = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        near += [g for c in near for g in c.children if g.dep_ in ("amod", "compound", "npadvmod")]
        near += [tok.head] + [c for c in tok.head.children if c.dep_ in ("nsubj", "prt")]
        return any(lex.in_class(f, cls) for c in near if c is not tok for f in lemma_forms(c))
    if need == "reason_for":  # "for refusing …", "for its coverage", not "for hours"
        return any(p.dep_ == "pcomp" or child(p, "poss") is not None
                   or any(lex.in_class(f, "reason") for f in lemma_forms(p))
                   for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                   for p in c.children if p.dep_ in ("pobj", "pcomp"))
    if need.startswith("prep_"):
        return bool(prep_objects(tok, need[5:]))
    if need == "for_object":
        return bool(prep_objects(tok, "for"))
    if need == "person_object":
        return obj is not None and bool(index.at(obj))
    if need.startswith("no_prep_"):
        return not any(c.dep_ == "prep" and c.lower_ == need[8:] for c in tok.children)
    if need.startswith("no_"):
        return child(tok, need[3:]) is None
    if need.startswith("not_"):
        return not object_in_class(obj, need[4:], lex)
    if need.endswith("_object"):
        return object_in_class(obj, need[: -len("_object")], lex)
    return True


def _needs_to(comp, lex: Lexicon, index: ActorIndex) -> bool:
    """"X said Y needs to withdraw": a head of obligation with an act to do, asked of a
    named party ("we need to be firm" asks no one)."""
    act, subj = child(comp, "xcomp"), child(comp, "nsubj")
    return has_lemma(comp, lex.cue("obligation_heads")) and act is not None \
        and not is_passive(act) and act.lemma_ not in lex.cue("non_request_verbs") \
        and act.lemma_ != "be" and subj is not None and any(index.at(t) for t in subj.subtree)


def _evaluates(tok, words: frozenset[str], lex: Lexicon) -> bool:
    """Does the speaker judge something with one of ``words``: the predicate of "called Y
    unbearable" or "described Y as a provocation" (with a thing judged), or of the clause
    said ("said Y's ban is a step backwards")?"""
    judged = [c for c in tok.children if c.dep_ == "oprd"] \
        + [p for p in prep_objects(tok, "as")] if child(tok, "dobj") is not None else []
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


def _owner(tok, index: ActorIndex, depth: int = 0) -> bool:
    """Is a phrase a named party or what one owns ("Y's decision", "the approval of the
    Kenyan bill"), not a place or a state of affairs ("the situation in Y")?"""
    if tok is None or depth > 1:
        return False
    if index.at(tok) and tok.pos_ in ("PROPN", "PRON") or any(
            index.at(c) or index.modifier(c) for c in tok.children
            if c.dep_ in ("poss", "amod", "compound", "nmod")):
        return True
    return any(_owner(o, index, depth + 1) for o in prep_objects(tok, "of")
               + [c for c in tok.children if c.dep_ == "poss"])  # "the Kenyan government's"


def _will_clause(tok, lex: Lexicon):
    """The complement said with "will"/"would"/"could" ("warned that Y would …"), or None."""
    comp = child(tok, "ccomp")
    modals = lex.cue("future_aux") | lex.cue("possibility_modals") | {"would"}
    if comp is None or child(comp, "neg") is not None \
            or not any(c.dep_ == "aux" and c.lower_ in modals for c in comp.children):
        return None
    return comp


def _veiled_threat(tok, lex: Lexicon, index: ActorIndex) -> bool:
    """"warned that Y would pay a heavy price / face consequences / regret it"."""
    comp = _will_clause(tok, lex)
    subj = child(comp, "nsubj") if comp is not None else None
    if subj is None or not index.at(subj):
        return False
    words = lex.cue("veiled_threat_words")
    obj = child(comp, "dobj")
    return comp.lemma_ in words or (obj is not None and obj.lemma_ in words)


def _owned_consequence(tok, lex: Lexicon, index: ActorIndex) -> bool:
    """"warned that Y's actions would divide the country": the harm of another's act."""
    comp = _will_clause(tok, lex)
    subj = child(comp, "nsubj") if comp is not None else None
    return subj is not None and subj.pos_ == "NOUN" and not index.at(subj) and _owner(subj, index) \
        and comp.lemma_ not in lex.cue("veiled_threat_words")


def _wrongdoing(tok, lex: Lexicon, index: ActorIndex) -> bool:
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
        return (bool(index.at(subj)) or _owner(subj, index)) and any(wrongful(o) for o in objects)
    return wrongful(subj) and has_lemma(pred, lex.cue("prevalence_words")) \
        and any(index.at(o) for o in prep_objects(subj, "in"))


def _typed(rule: TriggerRule, obj, lex: Lexicon) -> tuple[str, str | None]:
    type_, mode = rule.type, rule.mode
    for cls, other in rule.types_by_object:
        if object_in_class(obj, cls, lex):
            type_, mode = other, None
            break
    for cls, m in rule.modes_by_object:
        if object_in_class(obj, cls, lex):
            mode = m
            break
    ontology = lex.ontology
    if ontology is not None and not ontology.has_mode(type_, mode):
        mode = None
    return type_, mode


def _nominal_context(tok, lex: Lexicon):
    """(light verb, inverse?, governor) for an event noun."""
    head = tok.head
    if tok.dep_ in ("dobj", "attr", "nsubjpass", "oprd") and is_verb(head) or (
            tok.dep_ == "attr" and head.lemma_ == "be"):
        if has_lemma(head, lex.inverse_light_verbs):
            return head, True, None
        if has_lemma(head, lex.light_verbs):
            return head, False, None
        return None, False, None
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        gov = head.head
        if is_verb(gov):
            if head.lower_ in ("in", "into") and gov.lemma_ in ("engage", "enter", "take", "participate", "join"):
                return gov, False, None
            if head.lower_ == "under" and gov.lemma_ in ("come", "be"):
                return gov, True, None
            if head.lower_ in lex.subject_preps:
                return None, False, gov
    return None, False, None


def _anchor(tok, lex: Lexicon):
    """The phrase head an event noun stands in: "mediation" in "a mediation effort between
    A and B" acts through "effort" (its light verb, its prepositions)."""
    if tok.dep_ == "compound" and has_lemma(tok.head, lex.frame_nouns):
        return tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" \
            and any(lex.in_class(f, "measure") for f in lemma_forms(head.head)):
        return head.head  # "launched ten days of war games": the games are launched
    return tok


def _rules_for(tok, lex: Lexicon) -> tuple[TriggerRule, ...]:
    """The lexicon rules a token may express, by part of speech and lemma forms."""
    if tok.tag_ == "VBN" and child(tok, "auxpass") is not None and child(tok, "agent") is None:
        # a stative passive is an adjective: "X is opposed to …", "is committed to …"
        found = next((lex.adjectives[f] for f in lemma_forms(tok) if f in lex.adjectives), ())
        if found:
            return found
    if tok.dep_ in ("acomp", "amod", "oprd") and (tok.pos_ == "ADJ" or tok.tag_ == "VBN") \
            or (tok.pos_ == "ADJ" and tok.dep_ in ("ROOT", "conj", "ccomp", "xcomp")):
        table = lex.adjectives
        found = next((table[f] for f in lemma_forms(tok) if f in table), ())
        if found or tok.pos_ == "ADJ":
            return found
    if is_verb(tok) and tok.dep_ not in NOMINAL_DEPS:
        table = lex.verbs
    elif tok.pos_ in ("NOUN", "PROPN") or is_verb(tok):  # "the University protests over …"
        table = lex.nouns
    else:
        return ()
    return next((table[f] for f in lemma_forms(tok) if f in table), ())


def find_triggers(sent, lex: Lexicon, index: ActorIndex) -> list[Trigger]:
    """Every trigger in a sentence (a Span), in text order."""
    out: list[Trigger] = []
    for tok in sent:
        rules = _rules_for(tok, lex)
        for rule in rules:
            used = _match_rest(tok, rule)
            if used is None:
                continue
            if rule.plural_only and tok.tag_ not in ("NNS", "NNPS"):
                continue
            obj, quantity, swapped = _object(tok, rule)
            if not all(_need_ok(n, tok, obj, lex, index) for n in rule.needs):
                continue
            type_, mode = _typed(rule, obj, lex)
            trig = Trigger(rule, tok, tuple(sorted([tok.i, *used])), type_, mode, obj, quantity,
                           swapped)
            if rule.pos == "noun":
                trig.anchor = _anchor(tok, lex)
                trig.light, trig.inverse, trig.governor = _nominal_context(trig.anchor, lex)
                if trig.object_token is None and trig.light is not None and rule.type == "AID":
                    trig.object_token = tok
            out.append(trig)
            break
    return out
