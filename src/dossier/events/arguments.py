"""Arguments of a trigger from the dependency parse: actor, recipient, object, others.

Pure functions over spaCy tokens. Argument *tokens* are found from the parse (subject,
agent of a passive, possessor of a nominal, objects and trigger-specific prepositions);
they are then mapped to the resolved ``ActorRef``s by token overlap (``ActorIndex``).
Each argument keeps a readable path for ``Mention.explain`` and, beside it, the id of the
rule that found it (``actor.nsubj``, ``recipient.dobj``, ``recipient.prep`` …; see
``ARGUMENT_RULES``) for ``Mention.rules`` and the confidence weights.
"""

from __future__ import annotations

from dataclasses import dataclass

from dossier.events.lexicon import Lexicon
from dossier.events.refs import ActorIndex, owner_refs, place_refs, refs_for_all
from dossier.events.subjects import (
    SUBJECT_RULES,
    accusation_grounds,
    accused_tokens,
    grounds_passive,
    grounds_patient,
    patient_tokens,
    subject_rule,
    subject_tokens,
)
from dossier.events.tokens import (
    PASSIVE_SUBJ,
    accusing_verb,
    child,
    clause_subject,
    for_clause_subject,
    has_lemma,
    is_passive,
    layout_participles,
    lemma_forms,
    prep_objects,
    real_object,
    with_conjuncts,
)
from dossier.events.triggers import matches
from dossier.model import ActorRef, EventObject

# Acts whose "of" names who must do them: "demanded the withdrawal of X from Y" asks X; Y,
# the place left, is no party to the demand.
WITHDRAWAL_NOUNS = {"withdrawal", "pullout", "pull-out", "departure", "exit", "retreat",
                    "pullback"}
# Heads of side phrases that name a motive or a goal, not the party an act is done to:
# "with an eye on X", "a step toward peace in X", "amid fears of X".
# Event nouns whose hyphenated modifier names the two parties ("U.S.-Ukraine talks").
PAIR_TYPES = {"CONSULT", "AGREE"}
# Prepositions that say where something is ("the war in X").
LOCATIVE_PREPS = {"in", "inside", "at", "across", "throughout", "within"}
SIDE_HEADS = {"eye", "view", "peace", "stability", "security", "hope", "aim", "focus", "mind",
              "fear", "concern", "goal"}


@dataclass(frozen=True)
class Arguments:
    """What the parse says about a trigger's parties; the extractor's rules make new ones."""

    actors: tuple[ActorRef, ...] = ()
    recipients: tuple[ActorRef, ...] = ()
    others: tuple[ActorRef, ...] = ()
    object: EventObject | None = None
    object_token: object = None
    paths: tuple[str, ...] = ()  # readable, for Mention.explain
    rules: tuple[str, ...] = ()  # the ids of the rules that found the arguments (ARGUMENT_RULES)
    pair_within: bool = False  # "talks between A and B": the actors meet each other
    patient: tuple = ()  # recipient phrase tokens that named no actor


# Argument specs (triggers.yaml ``actor``/``recipient``, and the nominal defaults) that name a
# grammatical relation, by where they are read; every other spec is a preposition, recorded
# as ``<role>.prep``.
VERB_SPECS = {"dobj", "dative", "poss_object", "nsubj", "nsubjpass", "clause_subject",
              "object_modifier", "ccomp_subject", "retreat_of", "pledgee"}  # _recipient_tokens
NOUN_ACTOR_SPECS = {"poss", "modifier", "object_modifier", "light", "copula_subject",
                    "subject_prep", "appos_head", "import_destination", "maker",
                    "speaker", "demonym", "accused", "grounds"}  # _noun_actor_tokens
NOUN_RECIPIENT_SPECS = {"clause_subject", "poss", "for_clause",
                        "modifier", "layout", "grounds"}  # _noun_recipient_tokens
# Every id the functions here record, besides the specs' and SUBJECT_RULES' ones.
_OWN_RULES = {"actor.stative_subject", "actor.between", "actor.meeting_of",
              "recipient.place_of_visit", "recipient.object_user", "recipient.target_state",
              "recipient.target_owner", "recipient.receiver", "recipient.target_of",
              "recipient.mediated", "recipient.place_named", "recipient.owner_modifier",
              "actor.event_agent", "actor.passive_subject", "actor.hyphen_pair",
              "actor.responsible"}
ARGUMENT_RULES: frozenset[str] = frozenset(
    {*SUBJECT_RULES.values(), *_OWN_RULES, "actor.prep", "recipient.prep",
     *(f"actor.{spec}" for spec in VERB_SPECS | NOUN_ACTOR_SPECS),
     *(f"recipient.{spec}" for spec in VERB_SPECS | NOUN_RECIPIENT_SPECS)})


def spec_rule(role: str, spec: str, relations: set[str]) -> str:
    """The rule id of an argument found by a spec: ``recipient.dobj``, ``recipient.prep``."""
    return f"{role}.{spec if spec in relations else 'prep'}"


# ---------------------------------------------------------------- per trigger

def _object_owner(obj, verb, index: ActorIndex, lex: Lexicon) -> list:
    """Who owns the thing acted on: its possessor ("froze Russia's assets"), the party a
    participle gives ("assets belonging to X", "tankers owned by X"), or a nationality or
    name before it ("froze Afghan assets", "seized Gazprom tankers"). An amount stands for
    the thing it counts ("froze $9 billion in Afghan assets")."""
    if obj is None:
        return []
    things = [obj]
    if any(lex.in_class(f, "amount") for f in lemma_forms(obj)):
        things += prep_objects(obj, "in") + adjacent_objects(obj, verb, "in")
    for thing in things:
        poss = child(thing, "poss")
        if poss is not None:
            return [poss]
        owners = [o for c in thing.children if c.dep_ == "acl"
                  and has_lemma(c, lex.cue("belonging_participles"))
                  for o in prep_objects(c, "to") + prep_objects(c, "by")]
        if owners:
            return owners
        if thing.pos_ == "PROPN":
            continue  # "the Europe Bridge": a word of the thing's own name, not its owner
        words = [c for c in thing.children if c.dep_ in ("amod", "compound", "nmod")]
        words += [g for c in words if c.dep_ == "compound" for g in c.children
                  if g.dep_ in ("amod", "compound", "nmod")]  # "Ugandan bank accounts"
        modifiers = [t for c in words for t in with_conjuncts(c)
                     if index.at(t) or index.modifier(t)]
        if modifiers:
            return modifiers
    return []


def adjacent_objects(noun, head, word: str) -> list:
    """Objects of a ``word`` phrase the parser hung on ``head`` though it follows ``noun``
    directly ("froze $9 billion in assets", "condemned the arms sales to X"): the phrase
    belongs to the noun."""
    preps, edge = [], noun.right_edge.i
    for c in head.children:  # the phrases that follow one another right after the noun
        if c.i == edge + 1 and c.dep_ in ("prep", "dative", "agent"):
            preps.append(c)
            edge = c.right_edge.i
    return [o for c in preps if c.lower_ == word
            for p in c.children if p.dep_ == "pobj" for o in with_conjuncts(p)]


def _recipient_tokens(spec: str, tok, obj, swapped: bool, index: ActorIndex,
                      lex: Lexicon) -> list:
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
        return _object_owner(obj, tok, index, lex)
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
    if spec == "pledgee":  # "reneged on its promise to X": X, not the promise's maker
        return pledgees(tok, lex)
    found = prep_objects(tok, spec)
    if not found and obj is not None and obj is not tok and not (withdrawal and spec == "from"):
        # "fired gas, bullets and grenades at X": the phrase hangs on the last conjunct
        found = [p for o in with_conjuncts(obj) for p in prep_objects(o, spec)]
    return found


def pledgees(tok, lex: Lexicon) -> list:
    """The parties a pledge named as the verb's object ("went back on its pledge to X",
    "reneged on the deal with X") was made to."""
    pledges = [o for c in tok.children if c.dep_ in ("dobj", "prep")
               for o in ([c] if c.dep_ == "dobj" else prep_objects(tok, c.lower_))
               if any(lex.in_class(f, "pledges") for f in lemma_forms(o))]
    return [p for o in pledges for w in ("to", "with") for p in prep_objects(o, w)]


def verb_arguments(trig, index: ActorIndex, lex: Lexicon) -> Arguments:
    tok, rule = trig.token, trig.rule
    swapped = trig.swapped
    actor_toks, actor_rule, how = [], "", ""
    if rule.actor:
        for spec in rule.actor:
            actor_toks = _recipient_tokens(spec, tok, trig.object_token, swapped, index, lex)
            if actor_toks:
                how, actor_rule = spec, spec_rule("actor", spec, VERB_SPECS)
                break
    else:
        actor_toks, how = subject_tokens(tok, index_hint=index)
        actor_rule = subject_rule(how) if actor_toks else ""
    agents = _event_agents(actor_toks[0], lex) if len(actor_toks) == 1 and how == "nsubj" else []
    if agents:  # "airstrikes by the army have killed …": an event noun's agent does it
        actor_toks, how, actor_rule = agents, "agent of the event noun", "actor.event_agent"
    if not actor_toks and how == "passive" and trig.type in lex.cue("passive_actor_types"):
        ps = child(tok, *PASSIVE_SUBJ)  # "forces have been deployed": the forces deploy
        actor_toks = with_conjuncts(ps) if ps is not None else []
        how, actor_rule = "passive subject", "actor.passive_subject"
    if not actor_toks:  # "X claimed responsibility for attacking …": X attacked
        actor_toks = _responsible(tok, lex)
        how, actor_rule = "claimant of responsibility", "actor.responsible"
    if not actor_toks and rule.pos == "adj":  # "X is opposed to …": the stative subject
        actor_toks = _recipient_tokens("nsubjpass", tok, None, False, index, lex)
        how = "stative subject"
        actor_rule = "actor.stative_subject"
    actors = tuple(refs_for_all(actor_toks, index, lex))
    paths, rules = [], []
    if actors:
        paths.append(f"actor: {how} -> {', '.join(r.text for r in actors)}")
        rules.append(actor_rule)
    recipients: tuple[ActorRef, ...] = ()
    patient: tuple = ()
    for spec in (("dobj",) if swapped else ()) + rule.recipient:
        named = _recipient_tokens(spec, tok, trig.object_token, swapped, index, lex)
        toks = harm_doers(named, lex) if targets_doer(trig, lex) else named
        refs = tuple(refs_for_all(toks, index, lex))
        if refs:
            recipients = refs
            paths.append(f"recipient: {spec} -> {', '.join(r.text for r in refs)}")
            rules.append(spec_rule("recipient", spec, VERB_SPECS))
            break
        if named and not patient:  # the harm itself, for the rules that find its doer
            patient = tuple(named)
    found = None if _harm_patient(trig, patient, lex) \
        else _patient_place(recipients, patient, actors, index, lex)
    if found is None and not recipients:
        found = _owner_modifier(trig.object_token, actors, index, lex)
    if found is None and not recipients and rule.place_recipient:
        toks = [c for c in tok.children if c.dep_ == "dobj"]
        toks += [p for w in ("in", "to") for p in prep_objects(tok, w)]
        refs = tuple(place_refs(toks, index))
        found = (refs, "recipient: place of visit", "recipient.place_of_visit") if refs else None
    if found is None and not recipients and trig.object_token is not None and rule.type == "AID":
        found = _object_user(trig, actors, index, lex)
    if found is not None:
        recipients = found[0]
        paths.append(found[1])
        rules.append(found[2])
    return Arguments(actors=actors, recipients=recipients, object=_object(trig),
                     object_token=trig.object_token, paths=tuple(paths), rules=tuple(rules),
                     patient=patient)


def targets_doer(trig, lex: Lexicon) -> bool:
    """Does the act aim at whoever did the harm it is about ("condemned the bombing",
    "protests over the killing")? Verbs of accusing name the accused themselves ("accused X
    of killing", "blamed the attacks on X") and are read by their own rules."""
    return trig.type in lex.cue("doer_targeting_types") \
        and not any(f in lex.cue("accusing_verbs") for f in lemma_forms(trig.token))


def harm_doers(toks: list, lex: Lexicon) -> list:
    """``toks`` with each harm named in them ("the bombing of X's embassy", "a series of
    arrests of Y") replaced by whoever did it: its possessor (unless the possessor undergoes
    it, "the journalist's arrest"), its "by" agent or a nationality adjective ("the Israeli
    bombing"); by nothing when no doer is named. Condemning or protesting a harm targets
    the doer, never the victims named in it."""
    out = []
    for t in toks:
        ev, _ = real_object(t)
        # the whole rule must be said: "crime" alone is no "war crime"
        rules = [r for f in lemma_forms(ev) for r in lex.nouns.get(f, ()) if matches(ev, r)] \
            if ev is not None else []
        if not any(r.type in lex.cue("harm_types") for r in rules):
            out.append(t)
            continue
        poss = child(ev, "poss")
        undergoer = poss is not None and any("poss" in r.recipient for r in rules) \
            and not prep_objects(ev, "of")
        made = [c for c in ev.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        doers = ([poss] if poss is not None and not undergoer else []) + prep_objects(ev, "by") \
            + [a for c in made for a in prep_objects(c, "by")] \
            + [a for u in prep_objects(ev, "of") for a in prep_objects(u, "by")] \
            + [c for c in ev.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
        out.extend(d for x in doers for d in with_conjuncts(x))
    return out


def _harm_patient(trig, patient: tuple, lex: Lexicon) -> bool:
    """Is the target phrase of a doer-targeting act a harm ("condemned the bombing of the X
    embassy")? Its places and owners are the victims', never the target."""
    return bool(patient) and targets_doer(trig, lex) \
        and harm_doers(list(patient[:1]), lex) != list(patient[:1])


def harm_victim(tok, top, lex: Lexicon) -> bool:
    """Is ``tok`` (inside ``top``'s phrase) named only as a victim of a harm below ``top``
    ("condemned the bombing of the X embassy", "to protest the killing of X's citizens"):
    inside a harm noun's phrase and not among its doers (``harm_doers``)?"""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        cur = cur.head
        doers = harm_doers([cur], lex)
        if doers != [cur]:
            return not any(_within_name(tok, d) for d in doers)
    return False


def _within_name(tok, top) -> bool:
    """Is ``tok`` part of ``top``'s own name ("Serb police"), not of a phrase hung on it
    ("police in Kosovo")?"""
    cur = tok
    while cur.i != top.i:
        if cur.dep_ == "prep" or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def _dangling_conjuncts(members: list) -> list:
    """"among A, B and the C supporting …": the parser may hang a list's last member on the
    clause after it, leaving the list's "and" with no conjunct. The proper name that follows
    that "and" is still a member."""
    if len(members) < 2:
        return []
    last = members[-1]
    cc = [c for c in last.children if c.dep_ == "cc"]
    if not cc or any(c.dep_ == "conj" for c in last.children):
        return []
    nxt = cc[-1].nbor() if cc[-1].i + 1 < len(cc[-1].doc) else None
    if nxt is not None and nxt.dep_ == "det" and nxt.i + 1 < len(nxt.doc):
        nxt = nxt.nbor()
    while nxt is not None and nxt.dep_ == "compound" and nxt.head.i > nxt.i:
        nxt = nxt.head  # "the World Bank": the name's head
    if nxt is None or nxt.pos_ != "PROPN" or nxt.dep_ == "conj" \
            or nxt.sent.start != last.sent.start or nxt in members:
        return []
    return [nxt]


def _responsible(tok, lex: Lexicon) -> list:
    """Who owns up to an act named as a gerund or a noun: "X claimed responsibility for
    attacking Y", "X took credit for bombing Y", "X claimed responsibility for the hotel
    attack" (the nouns are ``responsibility_nouns``)."""
    prep = tok.head if tok.dep_ in ("pcomp", "pobj") else None
    noun = prep.head if prep is not None and prep.lower_ == "for" else None
    if noun is None or noun.dep_ != "dobj" or not has_lemma(noun, lex.cue("responsibility_nouns")):
        return []
    return subject_tokens(noun.head)[0]


def _event_agents(noun, lex: Lexicon) -> list:
    """The "by" agent of an event noun ("airstrikes by X", "an offensive launched by X")."""
    if not any(matches(noun, r) for f in lemma_forms(noun) for r in lex.nouns.get(f, ())):
        return []
    return prep_objects(noun, "by") or [a for c in noun.children if c.dep_ == "acl"
                                        and not has_lemma(c, lex.cue("convening_verbs"))
                                        for a in prep_objects(c, "by")]


def _owner_modifier(obj, actors, index: ActorIndex, lex: Lexicon):
    """"froze a Chinese-funded pipeline", "attended a U.N.-organized meeting": the party
    that funds, organises or leads the thing acted on. (recipients, path, rule id) or None."""
    if obj is None:
        return None
    own = {a.actor.code for a in actors}
    refs = [r for r in owner_refs(obj, index, lex) if r.actor.code not in own]
    if not refs:
        return None
    return (refs[0],), f"recipient: owner named by a modifier -> {refs[0].text}", \
        "recipient.owner_modifier"


def _object_user(trig, actors, index: ActorIndex, lex: Lexicon):
    """"sold drones that X used", "drones used by X": the user received them."""
    own = {a.actor.code for a in actors}
    for c in trig.object_token.children:
        if c.dep_ in ("relcl", "acl"):
            users, how = subject_tokens(c)
            refs = tuple(r for r in refs_for_all(users, index, lex) if r.actor.code not in own)
            if refs:
                return refs, f"recipient: user of object ({how})", "recipient.object_user"
    return None


def _patient_place(recipients, patient, actors, index: ActorIndex, lex: Lexicon):
    """A recipient phrase that names no actor may name the state it is in ("refugees
    fleeing the war in Liberia", "a village in western Cambodia"): (recipients, path, rule
    id), or None."""
    if recipients or not patient or named_party(patient) \
            or patient[0].lemma_.lower() in SIDE_HEADS:
        return None  # "with an eye on X", "toward peace in X": a motive, not a target
    own = {a.actor.code for a in actors}
    named = [r for r in place_refs(list(patient), index)
             if not any(landmark(t, patient[0], lex, parties=frozenset({"from"}))
                        for t in _tokens_of(r, patient[0].doc))]
    if any(r.actor.code in own for r in named):
        return None  # "villages in C.A.R. near the Cameroon border": the act is at home
    refs = [r for r in named if r.actor.code not in own]
    if refs:
        return (refs[0],), f"recipient: state named in the target phrase -> {refs[0].text}", \
            "recipient.target_state"
    head = patient[0]
    owners = prep_objects(head, "of") + prep_objects(head, "for")
    refs = [r for r in refs_for_all(owners, index, lex) if r.actor.country and r.actor.code not in own]
    if refs:  # "attacked a camp for Congolese refugees", "killed dozens of Russian soldiers"
        return tuple(refs), f"recipient: owner in the target phrase -> {refs[0].text}", \
            "recipient.target_owner"
    return None


def landmark(tok, top, lex: Lexicon, parties: frozenset[str] = frozenset()) -> bool:
    """Is ``tok`` (inside ``top``'s phrase) only a landmark of the act, not where it lands or
    whom it hits? "near the X border", "rockets fired from X", "protests over the war in X"
    (a topic's place is the topic's); "strikes on X", "targets in X" are not landmarks.
    ``parties``: landmark prepositions that name a party here ("soldiers from X", "withdraw
    from X", "a meeting between X and Y")."""
    landmarks, topics = lex.cue("landmark_preps") - parties, lex.cue("topic_preps")
    if tok.dep_ in ("compound", "amod", "nmod", "poss") \
            and tok.head.lemma_.lower() in lex.cue("boundary_nouns"):
        return True  # "the Cameroon border": where two states meet
    cur, located = tok, False  # located: ``tok`` only says where something below ``cur`` is
    while cur.i != top.i and cur.head.i != cur.i:
        if topic_phrase(cur, lex):
            return True  # "consult each other on relations with X": X is a topic
        if cur.dep_ == "prep" or cur.pos_ == "ADP":
            if cur.lower_ in landmarks or cur.lower_ in topics and located:
                return True
            located = located or cur.lower_ in LOCATIVE_PREPS
        cur = cur.head
    return False


def topic_phrase(tok, lex: Lexicon) -> bool:
    """Is ``tok`` the head of a topic: an "on/about/over" phrase of a word of talk ("talks on
    X", "consult each other on X") or the object of a verb of discussion ("to discuss X")?
    Whatever it holds is talked about, not talked to."""
    head = tok.head
    if head.i == tok.i:
        return False
    if tok.dep_ == "prep" and tok.lower_ in lex.cue("topic_on_preps"):
        return any(f in lex.cue("topic_heads") for f in lemma_forms(head))
    return tok.dep_ == "dobj" and any(f in lex.cue("discussion_verbs") for f in lemma_forms(head))


def _tokens_of(ref: ActorRef, doc) -> list:
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return list(span) if span is not None else []


def named_party(toks) -> bool:
    """Is a target phrase a name the actor stage left unresolved ("IS" in "airstrikes against
    IS in Syria")? Its place then is where the party is, not the party."""
    head = toks[0] if toks else None
    return head is not None and head.pos_ == "PROPN" and head.ent_type_ not in ("GPE", "LOC", "FAC")


def _object(trig) -> EventObject | None:
    obj = trig.object_token
    if obj is None or obj is trig.token:
        return None
    left = min(t.i for t in obj.subtree if t.dep_ not in ("relcl", "acl", "prep") or t is obj)
    words = [t for t in obj.subtree if t.i >= left and t.i <= obj.i]
    text = " ".join(t.text for t in words if t.dep_ not in ("det",)) or obj.text
    return EventObject(text=text, quantity=trig.quantity)


def _noun_actor_specs(trig, lex: Lexicon) -> tuple[str, ...]:
    rule = trig.rule
    if accusing_verb(trig.token, lex.cue("accusing_verbs"), lex.cue("charge_carriers")) is not None:
        return ("accused",)  # "accused the junta of genocide": the accused did it, as charged
    if trig.inverse and "speaker" not in rule.actor:  # "faced U.S. sanctions": the noun's owner
        return ("from", "by", "poss", "modifier")
    if rule.actor:
        return rule.actor
    if rule.type == "CONSULT":
        return ("poss", "by", "light", "subject_prep", "modifier")
    if rule.type in lex.unary_types and rule.type != "AGREE":
        return ("poss", "by", "modifier", "light", "subject_prep")  # "remained on alert"
    if trig.governor is not None and (has_lemma(trig.governor, lex.cue("deciding_verbs"))
                                      or has_lemma(trig.governor, lex.cue("deliberation_heads"))):
        # "will vote on tariffs", "is considering sanctions": the subject's own act
        return ("poss", "by", "modifier", "light", "subject_prep", "import_destination")
    return ("poss", "by", "modifier", "light", "import_destination")


def _with_possessor(specs: tuple[str, ...], trig, n) -> tuple[str, ...]:
    """Where an event noun's possessor is its undergoer ("the journalist's arrest"), an "of"
    phrase that names the undergoer leaves the possessor the doer: "Kenya's expulsion of two
    diplomats", "the army's detention of protesters". A time is no possessor that acts
    ("Monday's arrest of …"): it names no actor, so the next spec is read."""
    recipient = trig.rule.recipient
    if "poss" in specs or "poss" not in recipient or "of" not in recipient:
        return specs
    if not any(prep_objects(h, "of") for h in dict.fromkeys((n, trig.token))):
        return specs
    first = ("by",) if "by" in specs else ()  # a named agent still wins
    return (*first, "poss", *(s for s in specs if s != "by"))


def _with_agent(specs: tuple[str, ...], rule) -> tuple[str, ...]:
    """A "by" phrase on an event noun names who does it ("deliveries to X by Y"), whatever
    else the entry lists, unless the entry reads "by" as the undergoer ("the purchase by X")."""
    if "by" in specs or "by" in rule.recipient or "speaker" in specs:
        return specs
    return (*specs, "by")


def _with_demonym(specs: tuple[str, ...], rule) -> tuple[str, ...]:
    """A nationality adjective before an event noun stands where a possessor would ("Chinese
    funding" is China's funding): where the possessor is the doer, so is the adjective,
    unless the modifier names the undergoer ("Russian aggression")."""
    if "poss" in specs and "modifier" not in specs and "modifier" not in rule.recipient:
        return (*specs, "demonym")
    return specs


def _imposer(n, lex: Lexicon):
    """The nominalised light verb an event noun is the "of" object of ("Chile's imposition
    of sanctions"): its possessor is the noun's actor. None elsewhere."""
    head = n.head
    if n.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" \
            and any(lex.in_class(f, "imposing") for f in lemma_forms(head.head)):
        return head.head
    return None


def _reporting_head(tok, lex: Lexicon):
    """The reporting verb whose said content holds ``tok`` ("X said, 'we face Y's
    aggression'"), or None. Words in an adverbial clause ("As X toured …, he stressed …",
    "although Y is concerned …") are the writer's or background, not what is said."""
    while tok.head.i != tok.i:
        if tok.dep_ == "advcl":
            return None
        if has_lemma(tok.head, lex.cue("reporting_verbs")):
            return tok.head if tok.dep_ in ("ccomp", "parataxis") else None
        tok = tok.head
    return None


def opposed_prefix(tok) -> bool:
    """"anti-Iraq", "counter-Russian": a modifier that names whom its noun is against, so
    never its doer ("an anti-Iraq blockade", "anti-American protests")."""
    doc = tok.doc
    if tok.lower_.startswith(("anti-", "counter-")):
        return True
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("anti", "counter") \
        or tok.i >= 1 and doc[tok.i - 1].lower_ in ("anti-", "counter-")


def _noun_actor_tokens(spec: str, trig, n, index: ActorIndex, lex: Lexicon) -> list:
    light, inverse = trig.light, trig.inverse
    if spec == "poss":
        imposer = _imposer(n, lex)
        p = child(n, "poss") or (child(imposer, "poss") if imposer is not None else None)
        return [p] if p is not None else []
    if spec in ("by", "from"):
        # "an offensive launched by X", "airstrikes carried out by X": the participle's agent
        made = [c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
                and not has_lemma(c, lex.cue("convening_verbs"))] if spec == "by" else []
        # "the expulsion of diplomats by X": the parser hangs the agent on the "of" object
        undergoers = prep_objects(n, "of") if spec == "by" else []
        stray = adjacent_objects(n, n.head, spec) if spec == "by" and n.dep_ == "dobj" \
            and n.head is not light else []  # "protested the deliveries to X by Y"
        return prep_objects(n, spec) + (prep_objects(light, spec) if light is not None else []) \
            + [a for c in made for a in prep_objects(c, spec)] \
            + [a for u in undergoers for a in prep_objects(u, "by")] + stray
    if spec == "modifier":
        mods = [c for c in n.children if c.dep_ in ("amod", "compound", "nmod")]
        # "the West heaps sanctions" misparsed; but a harm's thing hit is named with its
        # place or owner ("the Kenya embassy bombing"): that names the victim, not the doer
        harm = trig.type in lex.cue("harm_types")
        mods += [g for c in mods if not index.at(c) and not (harm and c.pos_ == "NOUN")
                 for g in c.children if g.dep_ in ("compound", "poss")]
        toks = [c for c in mods if (index.at(c) or index.modifier(c)) and not opposed_prefix(c)]
        # a name that spans the event noun itself names the event ("the Malabar Joint
        # Maritime Exercise"), not a party to it
        toks = [c for c in toks if not any(r in index.at(n) for r in index.at(c))]
        return [t for c in toks for t in with_conjuncts(c)]
    if spec == "demonym":
        # "the Chinese funding": an adjective; a name ("U.S. aid") only where the undergoer
        # is named apart ("U.S. aid to Ukraine"), for "Ukraine aid" is aid to Ukraine
        named_apart = bool(prep_objects(n, "to") or prep_objects(trig.token, "to")
                           or n.dep_ == "dobj" and adjacent_objects(n, n.head, "to"))
        return [t for c in n.children if c.dep_ == "amod" and c.pos_ == "ADJ"
                or c.dep_ in ("amod", "compound", "nmod") and (named_apart or c.ent_type_ == "NORP")
                for t in with_conjuncts(c) if index.at(t) or index.modifier(t)]
    if spec == "object_modifier" and trig.object_token is not None:
        return [c for c in trig.object_token.children
                if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if spec in ("light", "copula_subject") and light is not None and not inverse:
        return subject_tokens(light)[0]
    if spec == "subject_prep" and trig.governor is not None:
        return subject_tokens(trig.governor)[0]
    if spec == "import_destination":  # "tariffs on Chinese imports to the U.S. and Canada"
        heads = [n, n.head] if n.dep_ == "compound" else [n]  # "tariff hikes on …"
        goods = [o for h in heads for o in prep_objects(h, "on")
                 if any(lex.in_class(f, "imports") for f in lemma_forms(o))]
        return [p for h in goods[:1] + heads for prep in ("to", "into")
                for p in prep_objects(h, prep)] if goods else []
    if spec == "speaker":  # "…, Russia's aggression," X said: the one whose words they are
        verb = _reporting_head(n, lex)
        return subject_tokens(verb)[0] if verb is not None else []
    if spec == "maker":  # "X made / renewed a proposal": the subject of a verb that makes it
        verb = light if light is not None and not inverse else (
            n.head if n.dep_ in ("dobj", "nsubjpass") else None)
        made = verb is not None and has_lemma(verb, lex.cue("making_verbs"))
        return subject_tokens(verb)[0] if made else []
    if spec == "accused":  # "accused the junta of genocide", "X was charged with war crimes"
        verb = accusing_verb(n, lex.cue("accusing_verbs"), lex.cue("charge_carriers"))
        return accused_tokens(verb) if verb is not None else []
    if spec == "grounds":  # "X jailed them on allegations of treason": X accuses
        verb = _grounds_verb(n, lex)
        if verb is None:
            return []
        return prep_objects(verb, "by") if grounds_passive(verb) else subject_tokens(verb)[0]
    if spec == "appos_head" and n.dep_ == "appos":
        return [n.head]  # "Germany, Ukraine's main backer, …": the noun it describes
    return []


def noun_arguments(trig, index: ActorIndex, lex: Lexicon) -> Arguments:
    rule = trig.rule
    n = trig.anchor if trig.anchor is not None else trig.token
    light = trig.light
    actors: tuple[ActorRef, ...] = ()
    how = ""
    specs = _with_demonym(_with_agent(_with_possessor(_noun_actor_specs(trig, lex), trig, n),
                                      rule), rule)
    for spec in specs:
        # the phrase head first, then the event noun under it ("$2 billion in Chinese
        # funding", "a series of U.S. airstrikes")
        for head in dict.fromkeys((n, trig.token)):
            actors = tuple(refs_for_all(_noun_actor_tokens(spec, trig, head, index, lex),
                                        index, lex))
            if actors:
                break
        if actors:
            how = spec
            break
    paths, rules = [], []
    if actors:
        paths.append(f"actor: {how} -> {', '.join(r.text for r in actors)}")
        rules.append(spec_rule("actor", how, NOUN_ACTOR_SPECS))
    elif rule.type in lex.cue("claimed_types"):
        # "X claimed responsibility for the hotel attack": X attacked
        actors = tuple(refs_for_all(_responsible(trig.token, lex), index, lex))
        if actors:
            paths.append(f"actor: claimant of responsibility -> {', '.join(r.text for r in actors)}")
            rules.append("actor.responsible")
    # not cooperation: "Turkish-American cooperation" is a standing relation, not an event
    pair = _hyphen_pair(n, index) if rule.type in PAIR_TYPES and len(actors) < 2 else []
    if pair:  # "U.S.-Ukraine talks": the two meet each other
        return Arguments(actors=tuple(pair), object=_object(trig), object_token=trig.object_token,
                         paths=(f"actors: the pair {pair[0].text}-{pair[1].text}",),
                         rules=("actor.hyphen_pair",), pair_within=True)
    rec_toks: list = []
    rec_rule = ""
    patient: tuple = ()
    pair_within = False
    if trig.inverse and light is not None and "speaker" not in rule.actor:
        rec_toks, rec_rule = subject_tokens(light)[0], "recipient.receiver"
        if not rec_toks and is_passive(light) and child(light, "nsubjpass") is not None:
            rec_toks = [child(light, "nsubjpass")]  # "was put under investigation"
        paths.append("recipient: subject of receiving verb")
    else:
        for spec in rule.recipient:
            if spec == "between":  # "talks between A and B", "an agreement among A, B and C"
                between = [p for h in dict.fromkeys((n, trig.token))
                           for w in ("between", "among", "amongst") for p in prep_objects(h, w)]
                if len(between) >= 2 and trig.mode == "mediate":  # the mediator is the actor
                    rec_toks, rec_rule = between, "recipient.mediated"
                    paths.append("recipient: the parties mediated between")
                    break
                between += _dangling_conjuncts(between)
                if len(between) == 1:  # "clashes between Armenian and Azerbaijani troops"
                    between = _conjoined_owners(between[0], index) or between
                if len(between) >= 2:
                    actors, pair_within = tuple(refs_for_all(between, index, lex)), True
                    paths.append("actors: between A and B")
                    rules.append("actor.between")
                    break
                parties = refs_for_all(prep_objects(n, "of"), index, lex) \
                    if rule.type == "CONSULT" and not actors else []
                if len({r.actor.code for r in parties}) >= 2:
                    # "a meeting of EU and Ukrainian officials", no convener named: each other
                    actors, pair_within = tuple(parties), True
                    paths.append("actors: a meeting of A and B")
                    rules.append("actor.meeting_of")
                    break
                continue
            named = _noun_recipient_tokens(spec, trig, n, how, lex)
            rec_toks = harm_doers(named, lex) if targets_doer(trig, lex) else named
            if refs_for_all(rec_toks, index, lex):
                paths.append(f"recipient: {spec}")
                rec_rule = spec_rule("recipient", spec, NOUN_RECIPIENT_SPECS)
                break
            if named and not patient:  # the harm itself, for the rules that find its doer
                patient = tuple(named)
            rec_toks = []
        if not rec_toks and n.dep_ == "pobj" and n.head.lower_ == "of" \
                and n.head.head.lemma_ in lex.target_nouns:
            target = n.head.head
            rec_toks = [target.head] if target.dep_ == "appos" else [target]
            rec_rule = "recipient.target_of"
            paths.append("recipient: target of")
    recipients: tuple[ActorRef, ...] = ()
    if not pair_within:
        recipients = tuple(refs_for_all(rec_toks, index, lex))
        if recipients:
            rules.append(rec_rule)
        elif rule.place_recipient:
            recipients = tuple(place_refs([p for w in ("to", "in") for p in prep_objects(n, w)],
                                          index))
            if recipients:
                rules.append("recipient.place_named")
        found = None if _harm_patient(trig, patient, lex) \
            else _patient_place(recipients, patient, actors, index, lex)
        if found is not None:
            recipients = found[0]
            paths.append(found[1])
            rules.append(found[2])
    return Arguments(actors=actors, recipients=recipients, object=_object(trig),
                     object_token=trig.object_token, paths=tuple(paths), rules=tuple(rules),
                     pair_within=pair_within, patient=patient)


def _conjoined_owners(n, index: ActorIndex) -> list:
    """The conjoined modifiers of one noun that name two or more parties ("Armenian and
    Azerbaijani troops"), else none: the noun stands for each party's own."""
    mods = [t for c in n.children if c.dep_ in ("amod", "compound", "nmod")
            for t in with_conjuncts(c)]
    named = [t for t in mods if index.at(t) or index.modifier(t)]
    return named if len(named) >= 2 else []


def _hyphen_pair(n, index: ActorIndex) -> list[ActorRef]:
    """The parties of "U.S.-Ukraine talks", "Russia-Ukraine negotiations": two states joined
    by a hyphen before the noun (one token, or two with the hyphen between)."""
    words = [c for c in n.children if c.dep_ in ("compound", "amod", "nmod")]
    before = n.doc[n.i - 1] if n.i > 0 else None
    if before is not None and before.dep_ == "prt" and "-" in before.text:
        words.append(before)  # "follow U.S.-Ukraine talks" misparsed as a particle
    for w in words:
        refs: list[ActorRef] = []
        if "-" in w.text.strip("-"):
            offset = 0
            for part in w.text.split("-"):
                refs += index.named(w, part, offset)
                offset += len(part) + 1
        elif any(g.dep_ == "punct" and g.text == "-" for g in w.children):
            refs = [r for g in w.children if g.dep_ in ("compound", "amod", "nmod")
                    for r in index.at(g) or index.modifier(g)] + (index.at(w) or index.modifier(w))
        codes = {r.actor.code for r in refs}
        if len(codes) >= 2:
            return [r for i, r in enumerate(refs) if r.actor.code not in
                    {x.actor.code for x in refs[:i]}]
    return []


def _grounds_verb(n, lex: Lexicon):
    return accusation_grounds(n, lex.cue("accusation_grounds_preps"),
                              lex.cue("accusation_grounds_verbs"))


def _noun_recipient_tokens(spec: str, trig, n, actor_how: str, lex: Lexicon) -> list:
    if spec == "clause_subject":
        subj = clause_subject(n)
        toks = with_conjuncts(subj) if subj is not None else []
    elif spec == "for_clause":  # "a proposal (made) for X to lift …": X is asked
        made = [c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        heads = [n, *made] + ([trig.light] if trig.light is not None else [])
        subj = next((x for x in map(for_clause_subject, heads) if x is not None), None)
        toks = with_conjuncts(subj) if subj is not None else []
    elif spec == "modifier":  # "U.S. interference", "Russian aggression": the owner's name
        toks = [t for c in n.children if c.dep_ in ("amod", "compound", "nmod")
                for t in with_conjuncts(c)]
    elif spec == "layout":  # "drills encircling Taiwan": whom the exercise is laid around
        toks = [o for p in layout_participles(trig.token, lex) for d in p.children
                if d.dep_ == "dobj" for o in with_conjuncts(d)]
    elif spec == "grounds":  # "jailed them on allegations of treason": they are accused
        verb = _grounds_verb(n, lex)
        toks = grounds_patient(verb) if verb is not None else []
    elif spec == "poss":  # "the journalist's arrest": the possessor undergoes it
        # "X is Y's arms supplier": Y; a possessor that already named the actor is not
        p = child(n, "poss") if actor_how != "poss" else None
        toks = [p] if p is not None else []
    else:
        toks = prep_objects(n, spec)
        if not toks and n is not trig.token:
            # "a series of airstrikes against X", "hours of talks with X": the phrase hangs
            # on the event noun, not on the quantity it sits under
            toks = prep_objects(trig.token, spec)
    if not toks and trig.object_token is not None and trig.object_token is not n:
        toks = prep_objects(trig.object_token, spec)  # "suspension of links with X"
    if not toks and trig.light is not None:
        toks = prep_objects(trig.light, spec)
    if not toks and spec not in NOUN_RECIPIENT_SPECS and n.dep_ == "dobj":
        toks = adjacent_objects(n, n.head, spec)  # "condemned the arms sales to X"
    if not toks and spec not in NOUN_RECIPIENT_SPECS:
        # "an offensive launched by X against Y": the phrase hangs on the participle
        toks = [o for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for o in prep_objects(c, spec)]
    return toks
