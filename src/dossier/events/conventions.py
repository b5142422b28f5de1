"""PLOVER coding conventions applied after arguments are found.

Which acts may have the actor's own state as recipient (domestic politics), where a
recipient is looked for when the parse names none (the content of a speech act, the place
of the act, unnamed people), and how a commitment is typed by what is committed to.
Pure functions over tokens and resolved actors.
"""

from __future__ import annotations

from dataclasses import replace

from dossier.events.arguments import SIDE_HEADS, harm_victim, landmark
from dossier.events.lexicon import Lexicon
from dossier.events.ontology import load_ontology
from dossier.events.refs import ActorIndex
from dossier.events.tokens import infinitive_complements, lemma_forms, object_in_class, real_object
from dossier.events.triggers import Trigger
from dossier.model import Actor, ActorRef, Analysis, Mention
from dossier.places import where_of_country

# Groups of types and modes the conventions treat alike: data/ontology.yaml says what each
# group is for. Module names kept for the extractor, which imports them.
_ONTOLOGY = load_ontology()
DOMESTIC_TYPES = _ONTOLOGY.group("domestic")
POLITICAL_DOMESTIC_TYPES = _ONTOLOGY.group("political_domestic")
SPEECH_RECIPIENT_TYPES = _ONTOLOGY.group("speech_recipient")
PURPOSE_RECIPIENT_TYPES = _ONTOLOGY.group("purpose_recipient")
PLACE_RECIPIENT_TYPES = _ONTOLOGY.group("place_recipient")
SELF_RECIPIENT_TYPES = _ONTOLOGY.group("self_recipient")
MUTUAL_TYPES = _ONTOLOGY.group("mutual")
PLACE_ACTOR_TYPES = _ONTOLOGY.group("place_actor")
DOMESTIC_PATIENT_TYPES = _ONTOLOGY.group("domestic_patient")
HARM_TYPES = _ONTOLOGY.group("harm")
COOPERATIVE_TYPES = _ONTOLOGY.group("cooperative")
THREAT_MODES = _ONTOLOGY.threat_modes
THREAT_TYPE_MODES = _ONTOLOGY.threat_type_modes
RECIPROCAL_TYPES = _ONTOLOGY.group("reciprocal")
RECIPROCAL_SANCTION_MODES = _ONTOLOGY.mode_groups["reciprocal_sanction"]
CRACKDOWN_TYPES = _ONTOLOGY.group("crackdown")
# Landmark prepositions that name a party in what is said ("withdraw from X", "a meeting
# between X and Y").
SPEECH_PARTY_PREPS = frozenset({"from", "between"})
# Where an actor reference came from when the text names no actor (not vocabulary: the
# values of ActorRef.basis the extractor itself assigns).
INFERRED_BASES = frozenset({"domestic", "place"})


def reciprocal(trig: Trigger, actors: list[ActorRef], patient: list, lex: Lexicon) -> bool:
    """Are the actors each other's recipient? Only for a plural reference the actor stage
    resolved to several states ("both countries", "the two sides"), "each other", or
    coordinated states breaking off ties with no third party named; an act with its own
    target ("both countries attacked the convoy") is not reciprocal."""
    if len({a.actor.code for a in actors}) < 2:
        return False
    if trig.rule.default_recipient == "each_other":  # "X and Y failed to agree"
        return not patient and all(a.actor.country for a in actors)
    if trig.type not in RECIPROCAL_TYPES:
        return False
    if any(not any(lex.in_class(f, "violence") for f in lemma_forms(t)) for t in patient):
        return False  # "fought a war" has no target of its own; "attacked the convoy" has
    if not all(a.actor.country for a in actors):
        return False
    ties = object_in_class(trig.object_token, "diplomat", lex) \
        or object_in_class(trig.object_token, "ties", lex)
    if trig.type == "SANCTION" and trig.mode not in RECIPROCAL_SANCTION_MODES and not ties:
        return False
    clause = " ".join(t.lower_ for t in trig.token.subtree)
    if "each other" in clause or "one another" in clause:
        return True
    if len({(a.start, a.end) for a in actors}) == 1:
        return True  # one plural phrase names them all
    return trig.type == "SANCTION" and ties


def same_party(actor: ActorRef, recipient: ActorRef, type_: str, allow_self: bool) -> bool:
    if actor.start == recipient.start and actor.end == recipient.end and not allow_self \
            and actor.actor.code == recipient.actor.code:
        return True
    if actor.actor.code != recipient.actor.code:
        return False
    if allow_self:
        return False
    if type_ in DOMESTIC_TYPES and actor.actor.sector != recipient.actor.sector:
        return False
    # protests, demands and accusations inside one state: two different mentions
    return not (type_ in POLITICAL_DOMESTIC_TYPES and actor.start != recipient.start
                and _other_entity(actor.actor, recipient.actor))


def _other_entity(a: Actor, b: Actor) -> bool:
    """Two different parties of one state: different entities, or, where neither is a known
    entity, different names ("the government" blaming "the regional leaders")."""
    if a.entity_id is None and b.entity_id is None:
        return a.name.lower() != b.name.lower()
    return a.entity_id != b.entity_id


def clause_of(trig: Trigger):
    """The token whose subtree holds an act's own words: a nominal's light or governing verb
    ("remained on alert in the West Bank"), else the trigger."""
    if trig.pos == "noun":
        return trig.light if trig.light is not None and not trig.inverse else (
            trig.governor if trig.governor is not None else trig.token)
    return trig.token


def type_by_complement(trig: Trigger, triggers: list[Trigger], lex: Lexicon) -> None:
    """A commitment takes its type from what is committed to: "vowed to strike" is a
    threat, "pledged to send aid" an agreement."""
    comps = infinitive_complements(trig.token)
    comps += [p for c in trig.token.children if c.dep_ == "prep" for p in c.children
              if p.dep_ == "pcomp"]
    for comp in comps:
        inner = {t.i for t in comp.subtree}
        found = [t for t in triggers if t is not trig and t.token.i in inner]
        if found:
            act = min(found, key=lambda t: (t.token.i != comp.i, t.token.i))
            if act.token.i != comp.i and comp.lemma_.lower() in lex.cue("calling_off_verbs"):
                return  # "agreed to postpone the demonstration": the harm is called off
            if act.type in HARM_TYPES:
                trig.type = "THREATEN"
                trig.mode = THREAT_MODES.get((act.type, act.mode), THREAT_TYPE_MODES.get(act.type))
            return


def unnamed_people(toks, lex: Lexicon, type_: str | None = None) -> bool:
    """Is the target phrase a group of people the text leaves unnamed ("12 demonstrators",
    "the rebels", "political opponents")? For an attack or a threat, the people and things
    an armed group hits at home count too ("ambushed a bus", "killed six attackers")."""
    targets = lex.cue("domestic_targets") if type_ in lex.cue("domestic_target_types") else ()
    # "asked reporters for patience": the press a speaker addresses is no party asked
    audience = lex.cue("audience_nouns") if type_ in lex.cue("audience_types") else ()
    for t in toks:
        head, _ = real_object(t)
        forms = lemma_forms(head) if head is not None else ()
        if any(f in audience for f in forms):
            continue
        if any(lex.in_class(f, "people") or f in targets for f in forms):
            return True
        if _people_group(t, lex) or head is not None and _people_group(head, lex):
            return True
    return False


def _people_group(tok, lex: Lexicon) -> bool:
    """"the rebel group", "a separatist movement": a group named as people by its modifier
    (a quantity head too: "the rebel group of the north" is no count of people)."""
    return any(f in lex.cue("people_group_heads") for f in lemma_forms(tok)) \
        and any(m.dep_ in ("amod", "compound")
                and any(lex.in_class(f, "people") for f in lemma_forms(m)) for m in tok.children)


def target_at_home(trig: Trigger, patient, own: set[str], analysis: Analysis, lex: Lexicon,
                   targets: frozenset[str], by_place: bool = True) -> bool:
    """Does an act land at home: no place abroad is named in it, and its target is one of
    ``targets`` (lemmas) or (``by_place``) a place at home is named?"""
    toks = [t for t in (trig.token.subtree if trig.pos == "noun" else _own_clause(trig.token))
            if not landmark(t, trig.token, lex)]
    spans = [(t.idx, t.idx + len(t.text)) for t in toks]
    countries = {w.country for w in analysis.places if w.country and w.start is not None
                 and any(lo <= w.start < hi for lo, hi in spans)}
    if countries - own:
        return False
    if countries and by_place:
        return True
    heads = [real_object(t)[0] for t in patient]
    return any(h is not None and any(f in targets for f in lemma_forms(h)) for h in heads)


def complement_refs(tok, actors: list[ActorRef], index: ActorIndex, lex: Lexicon,
                     threat: bool = False,
                     deps: tuple[str, ...] = ("xcomp", "ccomp", "dobj", "prep"),
                     doer_only: bool = False) -> list[ActorRef]:
    """The first other actor named in what a speech act says; a threat's condition counts
    ("threatened to strike unless X withdraws": X is the target). Another state comes first;
    else an armed group at home ("called for a total war against al-Shabab")."""
    own = {a.actor.code for a in actors}
    armed, own_sectors = lex.cue("armed_group_sectors"), {a.actor.sector for a in actors}

    def other(r: ActorRef) -> bool:  # another party: another state, or an armed group at home
        return r.actor.code not in own or (
            r.actor.kind == "group" and r.actor.sector in armed and r.actor.sector not in own_sectors)

    for c in tok.children:
        if c.dep_ == "prep" and _side_phrase(c, lex):
            continue
        if c.dep_ in deps and c.i > tok.i:  # what is said follows the verb ("Since X's fall, …")
            found = []
            for t in c.subtree:
                if t.dep_ == "mark" and t.lower_ in lex.cue("condition_marks") and not threat:
                    break
                if landmark(t, tok, lex, parties=SPEECH_PARTY_PREPS):
                    continue  # "protests over the war in X", "a town near the X border"
                if doer_only and harm_victim(t, tok, lex):
                    continue  # "condemned the bombing of X's embassy": X is no target
                for r in index.at(t) or (index.modifier(t) if t.dep_ in ("amod", "compound") else []):
                    if other(r) and r.actor.code not in {x.actor.code for x in found}:
                        found.append(r)
            if found:
                foreign = [r for r in found if r.actor.country and r.actor.code not in own]
                return (foreign or found)[:1]
    return []


def _side_phrase(prep, lex: Lexicon) -> bool:
    """A motive or goal phrase; "as …" only when it holds one ("as a step toward peace in
    X"), since "denounced as a crime X's crackdown" names its target there."""
    if prep.lower_ in lex.cue("side_preps"):
        return True
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    if any(p.lemma_.lower() in SIDE_HEADS for p in objs):
        return True
    return prep.lower_ == "as" and any(
        t.dep_ == "prep" and t is not prep and _side_phrase(t, lex) for o in objs for t in o.subtree)


def place_recipients(tok, actors: list[ActorRef], analysis: Analysis,
                     lex: Lexicon | None = None) -> list[ActorRef]:
    """The state of a place named in the act's own clause ("fired at targets in Jericho");
    places inside subordinate clauses belong to other events ("… to protest the sending
    of troops to Iraq"), and a landmark ("near the X border", "from X") is not where the act
    lands (``arguments.landmark``; checked when ``lex`` is given)."""
    # an event noun's phrase describes the event throughout ("Iran's attack, which failed to
    # inflict damage on Israel"); a verb's clause stops at its subordinate clauses
    toks = list(tok.subtree if tok.pos_ in ("NOUN", "PROPN") else _own_clause(tok))
    if lex is not None:
        toks = [t for t in toks if not landmark(t, tok, lex)]
    return places_in(toks, actors, analysis)


def destination_recipients(tok, actors: list[ActorRef], analysis: Analysis) -> list[ActorRef]:
    """The state of the place a visit goes to ("arrived in Amman", "a trip to Kyiv"): only
    the object and the "to"/"in" phrases count, not where the visitor came from."""
    heads = [c for c in tok.children if c.dep_ == "dobj"]
    heads += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "into")
              for p in c.children if p.dep_ == "pobj"]
    return places_in([t for h in heads for t in h.subtree], actors, analysis)


def places_in(toks: list, actors: list[ActorRef], analysis: Analysis) -> list[ActorRef]:
    """The state of the first resolved place inside ``toks`` that is not the actors' own."""
    own = {a.actor.code for a in actors}
    spans = [(t.idx, t.idx + len(t.text)) for t in toks]
    for where in analysis.places:
        if where.country and where.start is not None and where.country not in own \
                and any(lo <= where.start < hi for lo, hi in spans):
            state = where_of_country(where.country)
            actor = Actor(name=state.name if state else where.country, kind="country",
                          country=where.country)
            end = where.end if where.end is not None else where.start + len(where.text)
            return [ActorRef(actor=actor, text=where.text, start=where.start, end=end,
                             basis="place")]
    return []


def outside_place_names(actors: tuple[ActorRef, ...], places) -> tuple[ActorRef, ...]:
    """The actor mentions that are not part of a longer place name of no state: "Oman" in
    "the Gulf of Oman", "China" in "the South China Sea" name a sea, not a party."""
    names = [(w.start, w.end if w.end is not None else w.start + len(w.text)) for w in places
             if w.country is None and w.start is not None]
    return tuple(r for r in actors
                 if not any(lo <= r.start and r.end <= hi and r.end - r.start < hi - lo
                            for lo, hi in names))


def _own_clause(tok) -> list:
    """``tok``'s subtree without its subordinate clauses (a relative clause still describes
    the act: "the attack, which hit targets in X") and role phrases ("as a gift to X")."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children
                     if c.dep_ not in ("acl", "advcl", "ccomp", "xcomp", "parataxis")
                     and not (c.dep_ == "prep" and c.lower_ in ("as", "like", "than")))
    return out


def crackdown_targets(made: list[tuple[Trigger, Mention]]) -> list[Mention]:
    """"X's crackdown on protests by Y": a protest coded as Y's domestic act is against X
    when X, another state, cracks down on it; the crackdown's target, likewise, is Y."""
    out = [m for _, m in made]
    for i, (ptrig, p) in enumerate(made):
        if p.type != "PROTEST" or ptrig.pos != "noun" or p.recipient is None \
                or p.recipient.actor.code != p.actor.actor.code \
                or p.actor.basis in INFERRED_BASES:  # unnamed protesters: no state of theirs
            continue
        for j, (ctrig, c) in enumerate(made):
            if c.type not in CRACKDOWN_TYPES or not c.actor.actor.country \
                    or c.actor.actor.code == p.actor.actor.code \
                    or ptrig.token.i not in {t.i for t in ctrig.token.subtree}:
                continue
            out[i] = replace(p, recipient=c.actor,
                             explain=p.explain + ("recipient: the state cracking down on it",))
            if c.recipient is None or c.recipient.actor.code == c.actor.actor.code:
                out[j] = replace(c, recipient=p.actor,
                                 explain=c.explain + ("recipient: the protesters' state",))
            break
    return out
