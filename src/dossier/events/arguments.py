"""Arguments of a trigger from the dependency parse: actor, recipient, object, others.

Pure functions over spaCy tokens. Argument *tokens* are found from the parse (subject,
agent of a passive, possessor of a nominal, objects and trigger-specific prepositions);
they are then mapped to the resolved ``ActorRef``s by token overlap (``ActorIndex``).
Each argument keeps a readable path for ``Mention.explain``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.events.lexicon import Lexicon
from dossier.events.refs import ActorIndex, place_refs, refs_for_all
from dossier.events.tokens import (
    PASSIVE_SUBJ,
    SUBJ,
    child,
    clause_subject,
    has_lemma,
    is_passive,
    prep_objects,
    with_conjuncts,
)
from dossier.model import ActorRef, EventObject

# Acts whose "of" names who must do them: "demanded the withdrawal of X from Y" asks X; Y,
# the place left, is no party to the demand.
WITHDRAWAL_NOUNS = {"withdrawal", "pullout", "pull-out", "departure", "exit", "retreat",
                    "pullback"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose"}
# Heads of side phrases that name a motive or a goal, not the party an act is done to:
# "with an eye on X", "a step toward peace in X", "amid fears of X".
SIDE_HEADS = {"eye", "view", "peace", "stability", "security", "hope", "aim", "focus", "mind",
              "fear", "concern", "goal"}
OBJECT_CONTROL = {"accuse", "urge", "ask", "tell", "help", "allow", "force", "invite", "order",
                  "persuade", "encourage", "enable", "charge", "blame", "press", "call",
                  "implore", "authorize", "authorise", "instruct", "require", "push", "pressure",
                  "pressurize", "pressurise"}


@dataclass
class Arguments:
    actors: list[ActorRef] = field(default_factory=list)
    recipients: list[ActorRef] = field(default_factory=list)
    others: list[ActorRef] = field(default_factory=list)
    object: EventObject | None = None
    object_token: object = None
    paths: list[str] = field(default_factory=list)
    pair_within: bool = False  # "talks between A and B": the actors meet each other
    patient: list = field(default_factory=list)  # recipient phrase tokens that named no actor


# ---------------------------------------------------------------- subjects and control

def _free_adjunct(verb) -> bool:
    """A participle set off by a comma ("X blamed Y, accusing it of …"): done by the main
    clause's subject, never by its object."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i \
        and any(t.dep_ == "punct" and t.text == "," and t.head.i == verb.head.i
                and verb.head.i < t.i < verb.i for t in verb.doc[verb.head.i:verb.i])


def subject_tokens(verb, depth: int = 0, index_hint: "ActorIndex | None" = None) -> tuple[list, str]:
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
            return with_conjuncts(verb.head), "relcl-head"
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
        poss = child(head, "poss")
        if poss is not None and (index_hint is None or index_hint.at(poss)):
            return [poss], "noun-possessor"
        gov = head.head
        if gov.dep_ == "prep" or gov.pos_ == "ADP":  # "stood united in their efforts to …"
            gov = gov.head
        if gov.pos_ in ("VERB", "AUX"):
            toks, how = subject_tokens(gov, depth + 1, index_hint)
            return toks, "noun-control>" + how
    return [], ""


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


# ---------------------------------------------------------------- per trigger

def _recipient_tokens(spec: str, tok, obj, swapped: bool) -> list:
    if spec == "dobj":
        if swapped:
            d = child(tok, "dobj")
            return with_conjuncts(d) if d is not None else []
        return patient_tokens(tok) if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") else []
    if spec == "dative":
        out = []
        for c in tok.children:
            if c.dep_ in ("dative", "iobj"):
                if c.lower_ in ("to", "for"):
                    out.extend(p for g in c.children if g.dep_ == "pobj" for p in with_conjuncts(g))
                else:
                    out.extend(with_conjuncts(c))
        return out
    if spec == "poss_object":
        poss = child(obj, "poss") if obj is not None else None
        return [poss] if poss is not None else []
    if spec == "nsubj":
        return subject_tokens(tok)[0]
    if spec == "nsubjpass":  # "X is committed to …": the passive subject is the actor
        ps = child(tok, *PASSIVE_SUBJ)
        return with_conjuncts(ps) if ps is not None else subject_tokens(tok)[0]
    if spec == "clause_subject":  # "demanded that X …", "its demand that X …"
        subj = clause_subject(tok)
        return with_conjuncts(subj) if subj is not None else []
    if spec == "object_modifier":  # "opposed to French mediation"
        target = obj if obj is not None else next(iter(prep_objects(tok, "to")), None)
        return [c for c in target.children if c.dep_ in ("amod", "compound", "poss", "nmod")] \
            if target is not None else []
    if spec == "ccomp_subject":  # "said X must withdraw"; not "said ways must be taken"
        comp = child(tok, "ccomp")
        return subject_tokens(comp)[0] if comp is not None and not is_passive(comp) else []
    if spec == "dobj" and not (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")):
        return []
    withdrawal = obj is not None and obj.lemma_.lower() in WITHDRAWAL_NOUNS
    if spec == "retreat_of":  # "demanded the withdrawal of X": X is asked
        return prep_objects(obj, "of") if withdrawal and obj is not tok else []
    found = prep_objects(tok, spec)
    if not found and obj is not None and obj is not tok and not (withdrawal and spec == "from"):
        # "fired gas, bullets and grenades at X": the phrase hangs on the last conjunct
        found = [p for o in with_conjuncts(obj) for p in prep_objects(o, spec)]
    return found


def verb_arguments(trig, index: ActorIndex, lex: Lexicon) -> Arguments:
    tok, rule = trig.token, trig.rule
    args = Arguments(object_token=trig.object_token)
    swapped = trig.swapped
    if rule.actor:
        actor_toks, how = [], ""
        for spec in rule.actor:
            actor_toks = _recipient_tokens(spec, tok, trig.object_token, swapped)
            if actor_toks:
                how = spec
                break
    else:
        actor_toks, how = subject_tokens(tok, index_hint=index)
    if not actor_toks and rule.pos == "adj":  # "X is opposed to …": the stative subject
        actor_toks, how = _recipient_tokens("nsubjpass", tok, None, False), "stative subject"
    args.actors = refs_for_all(actor_toks, index, lex)
    if args.actors:
        args.paths.append(f"actor: {how} -> {', '.join(r.text for r in args.actors)}")
    for spec in (("dobj",) if swapped else ()) + rule.recipient:
        toks = _recipient_tokens(spec, tok, trig.object_token, swapped)
        refs = refs_for_all(toks, index, lex)
        if refs:
            args.recipients = refs
            args.paths.append(f"recipient: {spec} -> {', '.join(r.text for r in refs)}")
            break
        if toks and not args.patient:
            args.patient = toks
    _patient_place(args, index, lex)
    if not args.recipients and rule.place_recipient:
        toks = [c for c in tok.children if c.dep_ == "dobj"]
        toks += [p for w in ("in", "to") for p in prep_objects(tok, w)]
        args.recipients = place_refs(toks, index)
        if args.recipients:
            args.paths.append("recipient: place of visit")
    if not args.recipients and trig.object_token is not None and rule.type == "AID":
        # "sold drones that X used", "drones used by X": the user received them
        for c in trig.object_token.children:
            if c.dep_ in ("relcl", "acl"):
                users, how2 = subject_tokens(c)
                refs = [r for r in refs_for_all(users, index, lex)
                        if r.actor.code not in {a.actor.code for a in args.actors}]
                if refs:
                    args.recipients = refs
                    args.paths.append(f"recipient: user of object ({how2})")
                    break
    _set_object(args, trig)
    return args


def _patient_place(args: Arguments, index: ActorIndex, lex: Lexicon) -> None:
    """A recipient phrase that names no actor may name the state it is in ("refugees
    fleeing the war in Liberia", "a village in western Cambodia")."""
    if args.recipients or not args.patient or named_party(args.patient) \
            or args.patient[0].lemma_.lower() in SIDE_HEADS:
        return  # "with an eye on X", "toward peace in X": a motive, not a target
    own = {a.actor.code for a in args.actors}
    named = place_refs(args.patient, index)
    if any(r.actor.code in own for r in named):
        return  # "villages in C.A.R. near the Cameroon border": the act is at home
    refs = [r for r in named if r.actor.code not in own]
    if refs:
        args.recipients = refs[:1]
        args.paths.append(f"recipient: state named in the target phrase -> {refs[0].text}")
        return
    head = args.patient[0]
    owners = prep_objects(head, "of") + prep_objects(head, "for")
    refs = [r for r in refs_for_all(owners, index, lex) if r.actor.country and r.actor.code not in own]
    if refs:  # "attacked a camp for Congolese refugees", "killed dozens of Russian soldiers"
        args.recipients = refs
        args.paths.append(f"recipient: owner in the target phrase -> {refs[0].text}")


def named_party(toks) -> bool:
    """Is a target phrase a name the actor stage left unresolved ("IS" in "airstrikes against
    IS in Syria")? Its place then is where the party is, not the party."""
    head = toks[0] if toks else None
    return head is not None and head.pos_ == "PROPN" and head.ent_type_ not in ("GPE", "LOC", "FAC")


def _set_object(args: Arguments, trig) -> None:
    obj = trig.object_token
    if obj is not None and obj is not trig.token:
        left = min(t.i for t in obj.subtree if t.dep_ not in ("relcl", "acl", "prep") or t is obj)
        words = [t for t in obj.subtree if t.i >= left and t.i <= obj.i]
        text = " ".join(t.text for t in words if t.dep_ not in ("det",)) or obj.text
        args.object = EventObject(text=text, quantity=trig.quantity)


def noun_arguments(trig, index: ActorIndex, lex: Lexicon) -> Arguments:
    rule = trig.rule
    n = trig.anchor if trig.anchor is not None else trig.token
    args = Arguments(object_token=trig.object_token)
    light, inverse = trig.light, trig.inverse
    actor_toks: list = []
    how = ""
    if rule.actor:
        specs = rule.actor
    elif rule.type == "CONSULT":
        specs = ("poss", "by", "light", "subject_prep", "modifier")
    elif rule.type in lex.unary_types and rule.type != "AGREE":
        specs = ("poss", "by", "modifier", "light", "subject_prep")  # "remained on alert"
    else:
        specs = ("poss", "by", "modifier", "light")
    if inverse:
        specs = ("from", "by")
    for spec in specs:
        if spec == "poss":
            p = child(n, "poss")
            actor_toks = [p] if p is not None else []
        elif spec in ("by", "from"):
            actor_toks = prep_objects(n, spec) + (prep_objects(light, spec) if light is not None else [])
        elif spec == "modifier":
            mods = [c for c in n.children if c.dep_ in ("amod", "compound", "nmod")]
            mods += [g for c in mods if not index.at(c) for g in c.children
                     if g.dep_ in ("compound", "poss")]  # "the West heaps sanctions" misparsed
            actor_toks = [c for c in mods if index.at(c) or index.modifier(c)]  # "Palestinian riots"
            actor_toks = [t for c in actor_toks for t in with_conjuncts(c)]
        elif spec == "object_modifier" and trig.object_token is not None:
            actor_toks = [c for c in trig.object_token.children
                          if c.dep_ in ("amod", "compound", "poss", "nmod")]
        elif spec in ("light", "copula_subject") and light is not None and not inverse:
            actor_toks = subject_tokens(light)[0]
        elif spec == "subject_prep" and trig.governor is not None:
            actor_toks = subject_tokens(trig.governor)[0]
        elif spec == "appos_head" and n.dep_ == "appos":
            actor_toks = [n.head]  # "Germany, Ukraine's main backer, …": the noun it describes
        if refs_for_all(actor_toks, index, lex):
            how = spec
            break
        actor_toks = []
    args.actors = refs_for_all(actor_toks, index, lex)
    if args.actors:
        args.paths.append(f"actor: {how} -> {', '.join(r.text for r in args.actors)}")
    rec_toks: list = []
    if inverse and light is not None:
        rec_toks = subject_tokens(light)[0]
        args.paths.append("recipient: subject of receiving verb")
    else:
        for spec in rule.recipient:
            if spec == "between":
                between = prep_objects(n, "between")
                if len(between) >= 2 and trig.mode == "mediate":  # the mediator is the actor
                    rec_toks = between
                    args.paths.append("recipient: the parties mediated between")
                    break
                if len(between) >= 2:
                    args.actors = refs_for_all(between, index, lex)
                    args.pair_within = True
                    args.paths.append("actors: between A and B")
                    break
                parties = refs_for_all(prep_objects(n, "of"), index, lex) \
                    if rule.type == "CONSULT" and not args.actors else []
                if len({r.actor.code for r in parties}) >= 2:
                    # "a meeting of EU and Ukrainian officials", no convener named: each other
                    args.actors, args.pair_within = parties, True
                    args.paths.append("actors: a meeting of A and B")
                    break
                continue
            if spec == "clause_subject":
                subj = clause_subject(n)
                rec_toks = with_conjuncts(subj) if subj is not None else []
            elif spec == "poss":  # "the journalist's arrest": the possessor undergoes it
                # "X is Y's arms supplier": Y; a possessor that already named the actor is not
                p = child(n, "poss") if how != "poss" else None
                rec_toks = [p] if p is not None else []
            else:
                rec_toks = prep_objects(n, spec)
            if not rec_toks and trig.object_token is not None and trig.object_token is not n:
                rec_toks = prep_objects(trig.object_token, spec)  # "suspension of links with X"
            if not rec_toks and light is not None:
                rec_toks = prep_objects(light, spec)
            if refs_for_all(rec_toks, index, lex):
                args.paths.append(f"recipient: {spec}")
                break
            if rec_toks and not args.patient:
                args.patient = rec_toks
            rec_toks = []
        if not rec_toks and n.dep_ == "pobj" and n.head.lower_ == "of" \
                and n.head.head.lemma_ in lex.target_nouns:
            target = n.head.head
            rec_toks = [target.head] if target.dep_ == "appos" else [target]
            args.paths.append("recipient: target of")
    if not args.pair_within:
        args.recipients = refs_for_all(rec_toks, index, lex)
        if not args.recipients and rule.place_recipient:
            args.recipients = place_refs([p for w in ("to", "in") for p in prep_objects(n, w)], index)
        _patient_place(args, index, lex)
    _set_object(args, trig)
    return args
