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
from dossier.events.speech_needs import (
    evaluates,
    needs_to,
    owned_consequence,
    owner,
    veiled_threat,
    wrongdoing,
)
from dossier.events.subjects import accusation_grounds, patient_tokens, subject_tokens
from dossier.events.tokens import (
    child,
    infinitive_complements,
    for_clause_subject,
    has_lemma,
    hyphenated,
    is_passive,
    is_verb,
    lemma_forms,
    no_longer,
    object_in_class,
    objects_all_in_class,
    prep_objects,
    real_object,
)

DEFERRED_NEEDS = {"recipient", "recipient_or_military", "foreign_recipient"}
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


def matches(tok, rule: TriggerRule) -> bool:
    """Does ``tok`` carry the rest of ``rule``'s key and path ("war" on "crimes" for "war
    crime"), so that the rule, not only its head word, is what ``tok`` says?"""
    return _match_rest(tok, rule) is not None


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
                hit = for_clause_mark(tok) if word == "for" else None
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
        nxt = next((c for c in cur.children if c.dep_ == dep
                    and (not lemmas or has_lemma(c, lemmas))), None)  # []: any word
        if nxt is None:
            return None
        used.append(nxt.i)
        cur = nxt
    return used


def for_clause_mark(tok):
    """The "for" of "called for X to lift the ban", which the parser marks on the clause
    ("for X to …") rather than on the verb: the mark token, or None."""
    for c in tok.children:
        if c.dep_ in ("advcl", "ccomp", "xcomp") and child(c, "nsubj") is not None:
            mark = child(c, "mark")
            if mark is not None and mark.lower_ == "for" and mark.i < c.i:
                return mark
    return None


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


def foreign_target(tok, obj, index: ActorIndex) -> bool:
    """What the verb (or its object) is imposed "on" or "against" names a state other than
    the subject's: restrictions laid on another state's people, firms or operations are a
    sanction, laid on one's own they are a restriction at home."""
    own = {r.actor.country for t in subject_tokens(tok)[0] for r in index.at(t)}
    targets = [p for h in (tok, obj) if h is not None for w in ("on", "against")
               for p in prep_objects(h, w)]
    named = {r.actor.country for p in targets for t in p.subtree
             for r in (index.at(t) or index.modifier(t))}
    return bool(own) and None not in own and bool(named - own - {None})


def _need_ok(need: str, tok, obj, lex: Lexicon, index: ActorIndex) -> bool:
    if need in DEFERRED_NEEDS:
        return True
    if "_or_" in need:  # "xcomp_or_for": either holds; a bare class name means its object
        plain = ("xcomp", "object", "recipient", "clause", "passive", "obligation", "to_clause")
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
                 or needs_to(comp, lex, index))
    if need in ("disapproval", "approval"):  # "called X's subsidies unbearable"
        return evaluates(tok, lex.cue("disapproval_words") if need == "disapproval"
                          else lex.cue("approval_words"), lex)
    if need == "veiled_threat":  # "warned that Y would pay a price"
        return veiled_threat(tok, lex, index)
    if need == "owned_consequence":  # "warned that Y's actions would divide the country"
        return owned_consequence(tok, lex, index)
    if need == "owned_cause":  # "is disappointed by Y's decision"
        return any(owner(p, index) for w in lex.cue("concern_preps") for p in prep_objects(tok, w))
    if need == "owned_conduct":  # "concerned with Y's build-up", not "about Y's safety"
        return any(owner(p, index) and any(f in lex.cue("conduct_nouns")
                                           for f in (*lemma_forms(p), hyphenated(p)))
                   for w in lex.cue("concern_preps") for p in prep_objects(tok, w))
    if need == "to_clause":  # "gave X 14 days to leave": an infinitive of what is to be done
        heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
        return any(c.dep_ in ("xcomp", "advcl", "acl", "relcl")
                   and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                   for h in heads for c in h.children)
    if need == "as_phrase":  # "dismissed Y's move as a stunt" ("as" on the verb or the object)
        return any(c.dep_ == "prep" and c.lower_ == "as" for h in (tok, obj) if h is not None
                   for c in h.children)
    if need == "not_adverbial":  # "although X is concerned about …": background, no stance taken
        clause = tok.head if tok.dep_ in ("acomp", "oprd") else tok
        return clause.dep_ != "advcl"
    if need == "for_clause":  # "a proposal (made) for X to lift …", "renewed its call for X to"
        made = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        verb = [tok.head] if tok.dep_ == "dobj" else []
        return any(for_clause_subject(h) is not None for h in (tok, *made, *verb))
    if need == "foreign_target":  # "imposed controls on U.S. operations"
        return foreign_target(tok, obj, index)
    if need == "wrongdoing":  # "said Y was involved in corrupt acts"
        return wrongdoing(tok, lex, index)
    if need == "grounds":  # "jailed X on allegations of treason": the act it is the ground of
        return accusation_grounds(tok, lex.cue("accusation_grounds_preps"),
                                  lex.cue("accusation_grounds_verbs")) is not None
    if need == "xcomp":
        return child(tok, "xcomp") is not None
    if need == "commitment_clause":  # "swore to fight", also parsed as an adverbial clause
        return any(c.dep_ != "ccomp" for c in infinitive_complements(tok))
    if need == "bare_object":  # "collected signatures", not "the signatures of the suspects"
        return obj is not None and child(obj, "det", "poss") is None \
            and not prep_objects(obj, "of")
    if need == "negated":  # only the refusal is the act: "will not accept refugees"
        return child(tok, "neg") is not None or any(no_longer(c) for c in tok.children)
    if need == "refused_future":  # "will not / will no longer tolerate X": a warning, not
        # "does not tolerate corruption" (a stance)
        return (child(tok, "neg") is not None or any(no_longer(c) for c in tok.children)) and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo")
            for c in tok.children)
    if need == "infinitive":  # "allowed X to run", parsed either as xcomp or as a ccomp whose
        # subject is X ("decided to allow candidate X to participate"), X named
        # by a party ("allowing graft to flourish", "to allow elections to take place" let
        # no one do anything)
        comp = child(tok, "ccomp")
        said = child(comp, "nsubj") if comp is not None else None
        return child(tok, "xcomp") is not None or (
            said is not None and bool(index.at(said))
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children))
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
    if need == "for_object":  # "asked X for relief"; the parse may hang "for" on a named X
        return bool(prep_objects(tok, "for")) \
            or (obj is not None and bool(index.at(obj)) and bool(prep_objects(obj, "for")))
    if need == "person_object":
        return obj is not None and bool(index.at(obj))
    if need == "promise_clause":  # "assured X that the men would be safe", not "… was calm"
        comp = child(tok, "ccomp")
        return comp is not None and any(c.dep_ == "aux" and c.lower_ in lex.cue("promise_aux")
                                        for c in comp.children)
    if need == "deportee_object":  # "sent 300 migrants back", "handed 12 of them over"
        return deportees(obj, lex, index)
    if need.startswith("no_prep_"):
        return not any(c.dep_ == "prep" and c.lower_ == need[8:] for c in tok.children)
    if need.startswith("no_"):
        return child(tok, need[3:]) is None
    if need.startswith("not_"):
        return not object_in_class(obj, need[4:], lex)
    if need.endswith("_object"):
        return object_in_class(obj, need[: -len("_object")], lex)
    return True


def deportees(obj, lex: Lexicon, index: ActorIndex) -> bool:
    """Is the object people a state can send away: a noun of class ``deportees``
    ("migrants", "asylum seekers"), a bare count or a counted pronoun ("sent 300
    back", "handed 12 of them over"), or a people or person the actor stage named ("40
    Uyghurs")? Not things, troops, prisoners or a bare pronoun ("handed over the documents",
    "sent troops back", "handed over prisoners" in an exchange, "send them back")."""
    if obj is None or object_in_class(obj, "exchanged", lex):
        return False  # "handed over 90 Palestinian prisoners": a swap or a release
    if obj.pos_ == "PRON":  # "40 of them" are people; a bare "them" may be anything
        return obj.dep_ == "pobj" and obj.head.head.like_num
    if obj.like_num or object_in_class(obj, "deportees", lex):
        return True
    return any(r.actor.kind in ("group", "person") or r.basis == "demonym"
               for r in index.at(obj))  # "30 Afghans" is a people, "Kenya" is not


def _against_hazard(type_: str, tok, obj, lex: Lexicon) -> bool:
    """"fought wildfires", "fought against the epidemic": a violent verb whose object is a
    hazard or an ill, not a party (cue ``hazard_objects``)."""
    if type_ not in lex.cue("hazard_types"):
        return False
    hazards = lex.cue("hazard_objects")
    return any(f in hazards for o in (obj, *prep_objects(tok, "against")) if o is not None
               for f in (*lemma_forms(o), o.lower_))


def _hazard_warning(type_: str, tok, lex: Lexicon) -> bool:
    """"warned residents that heavy rains will cause landslides", "warned of wildfires": a
    warning about a hazard (cue ``hazard_objects``) threatens no one; the hazard is the
    subject of what is said or the object of "of"/"about" (types ``hazard_warning_types``)."""
    if type_ not in lex.cue("hazard_warning_types"):
        return False
    said = [c for c in tok.children if c.dep_ == "ccomp"]  # the parse may hang "that …" on
    said += [c for o in tok.children if o.dep_ == "dobj" for c in o.children  # the warned
             if c.dep_ == "acl" and child(c, "mark") is not None]
    heads = [s for c in said for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    heads += [*prep_objects(tok, "of"), *prep_objects(tok, "about")]
    hazards = lex.cue("hazard_objects")
    return any(f in hazards for h in heads for f in (*lemma_forms(h), h.lower_))


def _figurative(type_: str, obj, lex: Lexicon) -> bool:
    """"seized the chance", "attacked the problem", "struck a balance": a verb of force
    whose object is a figure of speech (cue ``figurative_objects``), not a party or a thing."""
    return obj is not None and type_ in lex.cue("figurative_types") \
        and any(f in lex.cue("figurative_objects") for f in (*lemma_forms(obj), obj.lower_))


def _electoral(type_: str, tok, obj, lex: Lexicon) -> bool:
    """"will take on X in the coming election", "defeated X in the runoff": a race at the
    ballot box (cue ``electoral_contests``), not an attack or a reproach."""
    if type_ not in lex.cue("contest_types") or not is_verb(tok):
        return False  # "interference in the vote" is an act aimed at the vote itself
    contests = lex.cue("electoral_contests")
    return any(f in contests for h in (tok, obj) if h is not None
               for w in ("in", "for") for p in prep_objects(h, w)
               for f in lemma_forms(p))


def _typed(rule: TriggerRule, obj, lex: Lexicon) -> tuple[str, str | None]:
    type_, mode = rule.type, rule.mode
    whole = lex.cue("whole_object_classes")
    for cls, other in rule.types_by_object:
        # some classes type the act only when the whole object is of them (cue)
        if objects_all_in_class(obj, cls, lex) if cls in whole else object_in_class(obj, cls, lex):
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
    for c in tok.children:  # "the sanctions Washington has imposed on Moscow"
        subj = child(c, "nsubj") if c.dep_ == "relcl" else None
        if subj is not None and has_lemma(c, lex.light_verbs) and child(c, "dobj") is None \
                and subj.lower_ not in ("that", "which", "who"):
            return c, False, None
    head = tok.head
    if tok.dep_ == "nsubj" and head.tag_ == "VBG" and head.dep_ == "ccomp" \
            and child(head.head, "dobj") is None and has_lemma(head.head, lex.light_verbs):
        # "conducted the drills encircling Taiwan" parsed as "conducted [drills encircling
        # Taiwan]": the noun is the light verb's object
        return head.head, False, None
    if tok.dep_ == "dobj" and is_verb(head) and has_lemma(head, lex.cue("deliberation_heads")):
        return None, False, head  # "is considering sanctions on X": the subject's planned act
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
            if head.lower_ == "under" and gov.lemma_ in ("come", "be", "put", "place", "remain"):
                # "came under attack", "was put under investigation": the subject undergoes it
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
    if tok.dep_ == "pobj" and head.lower_ == "in" \
            and any(lex.in_class(f, "amount") for f in lemma_forms(head.head)):
        return head.head  # "accepted $2 billion in Chinese funding": the sum is accepted
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
            if _against_hazard(type_, tok, obj, lex) or _electoral(type_, tok, obj, lex) \
                    or _figurative(type_, obj, lex) or _hazard_warning(type_, tok, lex):
                continue
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
