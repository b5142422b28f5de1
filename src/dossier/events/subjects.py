"""Who does what a verb says, and to whom, from the dependency parse.

``subject_tokens`` follows passives, conjunction and control ("X is expected to seek …",
"urged Y to withdraw": Y withdraws) and names each step it took; ``subject_rule`` turns that
path into the id of the rule that found the actor (``actor.nsubj``, ``actor.control`` …).
Pure functions over spaCy tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.tokens import (
    PASSIVE_SUBJ,
    SUBJ,
    child,
    has_lemma,
    is_passive,
    prep_objects,
    with_conjuncts,
)

if TYPE_CHECKING:  # pragma: no cover
    from dossier.events.refs import ActorIndex

RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose"}
OBJECT_CONTROL = {"accuse", "urge", "ask", "tell", "help", "allow", "force", "invite", "order",
                  "persuade", "encourage", "enable", "charge", "blame", "press", "call",
                  "implore", "authorize", "authorise", "instruct", "require", "push", "pressure",
                  "pressurize", "pressurise"}
# The first step of a ``subject_tokens`` path -> the rule id of the actor it finds.
SUBJECT_RULES = {"agent": "actor.agent", "nsubj": "actor.nsubj", "relcl-head": "actor.relative_head",
                 "predicate": "actor.predicate", "conj": "actor.conjunct",
                 "object-control": "actor.object_control", "raised": "actor.raised",
                 "control": "actor.control", "prep-control": "actor.prep_control",
                 "noun-possessor": "actor.noun_possessor", "acl-of-object": "actor.acl_object",
                 "acl-head": "actor.acl_head", "noun-control": "actor.noun_control"}


def subject_rule(how: str) -> str:
    """The rule id of an actor found by ``subject_tokens`` (named by its first step)."""
    return SUBJECT_RULES[how.split(">", 1)[0]]


def _free_adjunct(verb) -> bool:
    """A participle set off by a comma ("X blamed Y, accusing it of …"): done by the main
    clause's subject, never by its object."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i \
        and any(t.dep_ == "punct" and t.text == "," and t.head.i == verb.head.i
                and verb.head.i < t.i < verb.i for t in verb.doc[verb.head.i:verb.i])


def _member_of(head):
    """The subject said to be one of a class: "X and Y are among (the) countries that …",
    "X is one of the states that …" -> X (they did what the relative clause says)."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("among", "of"):
        return None
    gov = prep.head
    if prep.lower_ == "of":  # "one of the countries": the number is the copula's attribute
        if gov.lower_ != "one" or gov.dep_ != "attr":
            return None
        gov = gov.head
    if gov.lemma_ != "be":
        return None
    return child(gov, "nsubj")


def _described_thing(head, index: ActorIndex | None) -> bool:
    """A copular complement clause ("that Y's arrest was unlawful") whose subject names no
    actor: what it describes cannot also act, so a verb joined to it belongs higher up."""
    if index is None or head.lemma_ != "be" or head.dep_ != "ccomp" or \
            head.head.pos_ not in ("VERB", "AUX"):
        return False
    subj = child(head, "nsubj")
    return subj is not None and subj.pos_ == "NOUN" and not index.at(subj)


def subject_tokens(verb, depth: int = 0, index_hint: ActorIndex | None = None) -> tuple[list, str]:
    """The tokens that do what ``verb`` says, following passives, conjunction and control."""
    if verb is None or depth > 5:
        return [], ""
    if is_passive(verb):
        agents = prep_objects(verb, "by")
        if agents:
            return agents, "agent"
        if verb.dep_ in ("acl", "relcl") and not child(verb, *PASSIVE_SUBJ):
            return [], "passive"
        return [], "passive"
    subj = child(verb, *SUBJ)
    if subj is None and verb.tag_ == "VBN" and verb.dep_ in ("advcl", "xcomp", "acl", "ccomp") \
            and not child(verb, "aux", "auxpass"):
        # a bare participle ("one leader is dead, killed in a raid") is passive: its
        # governor's subject is what undergoes it
        agents = prep_objects(verb, "by")
        return (agents, "agent") if agents else ([], "passive")
    if subj is not None:
        if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            member = _member_of(verb.head)
            return with_conjuncts(member if member is not None else verb.head), "relcl-head"
        return with_conjuncts(subj), "nsubj"
    head = verb.head
    if head is verb:
        return [], ""
    if verb.dep_ in ("acomp", "attr", "oprd") and verb.pos_ in ("ADJ", "NOUN", "VERB"):
        toks, how = subject_tokens(head, depth + 1, index_hint)  # "X is willing to …"
        return toks, "predicate>" + how
    if verb.dep_ == "conj":
        if is_passive(head) and not is_passive(verb) and child(head, *PASSIVE_SUBJ) is not None:
            # "X has been indicted by Y and will resign": X resigns
            return with_conjuncts(child(head, *PASSIVE_SUBJ)), "conj>passive-subject"
        if _described_thing(head, index_hint):
            # "X ruled that Y's arrest was unlawful and urged Z to free him": a verb
            # of doing joined to a clause that describes a thing is the finder's
            toks, how = subject_tokens(head.head, depth + 1, index_hint)
            return toks, "conj>governor>" + how
        toks, how = subject_tokens(head, depth + 1, index_hint)
        return toks, "conj>" + how
    if verb.dep_ in ("xcomp", "advcl", "pcomp", "ccomp") and head.pos_ in ("VERB", "AUX", "ADJ"):
        if verb.dep_ == "pcomp" and head.pos_ != "VERB":
            head = head.head
        if has_lemma(head, OBJECT_CONTROL) and not _free_adjunct(verb):
            obj = child(head, "dobj")
            if obj is not None:
                return with_conjuncts(obj), "object-control"
        raised = child(head, *PASSIVE_SUBJ)
        if raised is not None and not prep_objects(head, "by"):
            # "Iran is expected to seek …", "China is not believed to have provided …"
            return with_conjuncts(raised), "raised"
        toks, how = subject_tokens(head, depth + 1, index_hint)
        return toks, "control>" + how
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        gov = head.head
        if gov.pos_ in ("VERB", "AUX"):
            if has_lemma(gov, OBJECT_CONTROL):
                obj = child(gov, "dobj")
                if obj is not None:
                    return with_conjuncts(obj), "object-control"
                raised = child(gov, *PASSIVE_SUBJ) if is_passive(gov) else None
                if raised is not None:  # "X was accused of arming Y": X armed Y, as charged
                    return with_conjuncts(raised), "raised"
            toks, how = subject_tokens(gov, depth + 1, index_hint)
            return toks, "prep-control>" + how
        poss = child(gov, "poss")
        if poss is not None:
            return [poss], "noun-possessor"
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBG":
        if index_hint is not None and not any(index_hint.at(t) for t in head.subtree if t.i <= head.i) \
                and head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX"):
            # "issued a declaration demanding …": the issuer demands
            toks, how = subject_tokens(head.head, depth + 1, index_hint)
            return toks, "acl-of-object>" + how
        return with_conjuncts(head), "acl-head"
    if verb.dep_ in ("acl",) and head.pos_ in ("NOUN", "PROPN"):
        # the possessor, also when the parser makes it a modifier with its "'s"
        owner = child(head, "poss") or next(
            (ch for ch in head.children if any(g.dep_ == "case" for g in ch.children)), None)
        if owner is not None and (index_hint is None or index_hint.at(owner)):
            return [owner], "noun-possessor"
        if owner is not None and owner.pos_ != "PRON":
            # "pointed to the latter's refusal to cave": the possessor is the one who
            # refuses; unresolved, it is unknown, and the speaker is no stand-in
            return [], ""
        gov = head.head
        if gov.dep_ == "prep" or gov.pos_ == "ADP":  # "stood united in their efforts to …"
            gov = gov.head
        if gov.pos_ in ("VERB", "AUX"):
            toks, how = subject_tokens(gov, depth + 1, index_hint)
            return toks, "noun-control>" + how
    return [], ""


def accuser_tokens(verb) -> list:
    """Who makes the accusation ``verb`` states: its subject or "by" agent. "X was accused of
    …" and "X stands accused of …" name no accuser (X is the accused)."""
    toks, how = subject_tokens(verb)
    return [] if how.startswith("predicate") else toks


def accused_tokens(verb) -> list:
    """Who ``verb`` accuses: its object ("accused X of …"), its passive subject ("X was
    charged with …") or the subject it is said of ("X stands accused of …")."""
    accused = child(verb, "dobj") or child(verb, *PASSIVE_SUBJ)
    if accused is not None:
        return with_conjuncts(accused)
    toks, how = subject_tokens(verb)
    return toks if how.startswith("predicate") else []


def accusation_grounds(noun, preps, verbs):
    """The act an accusation noun is the ground of ("jailed X on allegations of treason",
    "removed from office amid accusations of misconduct"): the verb (lemma in ``verbs``)
    whose "on"/"over"/"amid" phrase (``preps``) it heads, when it is done to someone; else
    None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in preps:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in verbs:
        return None
    return verb if grounds_patient(verb) else None


def grounds_passive(verb) -> bool:
    """Is the act passive, also as the second of two passives ("was impeached and removed")?"""
    return is_passive(verb) or (verb.dep_ == "conj" and verb.tag_ == "VBN"
                                and not child(verb, *SUBJ) and is_passive(verb.head))


def grounds_patient(verb) -> list:
    """Whom an act is done to, through a coordinated passive ("who was impeached and removed
    from office": the one the relative clause describes)."""
    toks = patient_tokens(verb)
    if not toks and verb.dep_ == "conj" and verb.tag_ == "VBN" and not child(verb, *SUBJ):
        toks = patient_tokens(verb.head)
        verb = verb.head
    if len(toks) == 1 and toks[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return [verb.head]
    return toks


def patient_tokens(verb) -> list:
    """What a verb is done to: its direct object, or the subject of a passive."""
    if is_passive(verb):
        ps = child(verb, *PASSIVE_SUBJ)
        if ps is not None:
            return with_conjuncts(ps)
        if verb.dep_ in ("acl", "relcl"):
            return [verb.head]
        return []
    obj = child(verb, "dobj")
    if obj is None:  # "kidnapped up to 16 advisers" parsed as particle + preposition
        obj = next((p for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"
                    for g in c.children if g.dep_ == "prep" and g.lower_ == "to"
                    for p in g.children if p.dep_ == "pobj" and child(p, "nummod") is not None), None)
    return with_conjuncts(obj) if obj is not None else []
