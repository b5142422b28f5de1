"""Rules on the parties: where a recipient (or an actor) is found when the parse names none,
which candidates lack a party to code, and which (actor, recipient) pairs are coded.

PLOVER conventions (``conventions``): a speech act's target may be named only in what it
says, a protest's only in its purpose, a strike's only as a place; acts on unnamed people
or with no party are domestic (the actor's own state). Each rule returns the candidate, a new
one, or None to drop it.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from dossier.events.arguments import named_party, noun_arguments, targets_doer, verb_arguments
from dossier.events.attribution import document_owner
from dossier.events.candidate import Candidate, Sentence, with_args
from dossier.events.context import event_location
from dossier.events.conventions import (
    POLITICAL_DOMESTIC_TYPES,
    DOMESTIC_PATIENT_TYPES,
    MUTUAL_TYPES,
    PLACE_ACTOR_TYPES,
    PLACE_RECIPIENT_TYPES,
    PURPOSE_RECIPIENT_TYPES,
    SELF_RECIPIENT_TYPES,
    SPEECH_RECIPIENT_TYPES,
    clause_of,
    complement_refs,
    destination_recipients,
    place_recipients,
    places_in,
    reciprocal,
    target_at_home,
    unnamed_people,
)
from dossier.events.precision import (
    deportation,
    domestic_commitment,
    domestic_fallback_ok,
    home_challenger_threat,
    military_backing,
    party_named,
)
from dossier.events.refs import refs_for_all
from dossier.events.status import source_of
from dossier.events.subjects import accusation_grounds, grounds_passive, subject_tokens
from dossier.events.tokens import (
    accusing_verb,
    child,
    destination_objects,
    has_lemma,
    is_passive,
    lemma_forms,
    object_in_class,
    prep_objects,
    real_object,
    with_conjuncts,
)
from dossier.events.triggers import find_triggers, for_clause_mark
from dossier.model import UNDIRECTED_TYPES, Actor, ActorRef
from dossier.places import where_of_country

# Groupings expanded to their members: small standing ones only (the G7, the Quad …). A
# meeting of NATO's or the EU's 27-32 members is coded as the body itself, as analysts do.
MAX_EXPANDED_MEMBERS = 8


def members(s: Sentence, c: Candidate) -> Candidate:
    """"Quad leaders agreed at a summit", "top diplomats from the G7 gathered in Canada": a
    small grouping's members meeting, agreeing or cooperating among themselves are each a
    party. Analysts code the host (the member whose soil the meeting is on, or named as
    host), else the member the story is about (named first), with each other member. A grouping
    acting as one ("the G7 called on China") keeps its own code; a meeting with an outside
    party ("G7 leaders met Zelensky") is not expanded."""
    args = c.args
    if s.members is None or c.event_type not in UNDIRECTED_TYPES or args.recipients \
            or args.pair_within or len(args.actors) != 1:
        return c
    if c.trigger.pos == "verb" and c.trigger.object_token is not None:
        return c  # "G7 ministers discussed China's role": talk about a topic, not a meeting
    group = args.actors[0]
    if group.actor.entity_id is None or not _members_acting(group, s):
        return c
    states = s.members(group.actor.entity_id, s.analysis.article.published)
    if not 2 <= len(states) <= MAX_EXPANDED_MEMBERS:
        return c
    refs = [replace(group, actor=state, basis="member") for state in states]
    hub = _host(s, c, refs) or _first_named(s, refs)
    if hub is None:
        return c
    others = tuple(r for r in refs if r is not hub)
    return with_args(c, f"actors: the members of {group.text}, {hub.actor.code} with each other",
                     actors=(hub,), recipients=others)


def other_members(s: Sentence, c: Candidate) -> Candidate:
    """"Japan held the exercise with the other three countries" after "the Quad consists of
    Japan, …": the partners are the grouping's other members, where a grouping the actor
    belongs to is named in the sentence or the two before (and has as many other members as
    the text counts)."""
    args = c.args
    if s.members is None or c.event_type not in UNDIRECTED_TYPES or not _open(c) \
            or not args.actors or not args.patient:
        return c
    head = args.patient[0]
    if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in s.lexicon.cue("member_nouns") \
            or not any(m.dep_ == "amod" and m.lower_ == "other" for m in head.children):
        return c
    count = next((int(m.text) if m.text.isdigit() else WORD_NUMBERS.get(m.lower_)
                  for m in head.children if m.dep_ == "nummod"), None)
    own = {a.actor.code for a in args.actors}
    for group in _groupings_before(s, c.trigger.token):
        states = s.members(group.actor.entity_id, s.analysis.article.published)
        others = [st for st in states if st.country not in own]
        if not own <= {st.country for st in states} or not others \
                or (count is not None and len(others) != count):
            continue
        refs = tuple(ActorRef(actor=st, text=head.text, start=head.idx,
                              end=head.idx + len(head.text), basis="member") for st in others)
        return with_args(c, f"recipient: the other members of {group.text}", recipients=refs)
    return c


# Counts written as words ("the other three countries").
WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def _groupings_before(s: Sentence, tok, sentences_back: int = 2) -> list[ActorRef]:
    """Groupings with members named in the token's sentence (first) and the ones before it,
    nearest first."""
    sents = list(tok.doc.sents)
    here = next(i for i, x in enumerate(sents) if x.start <= tok.i < x.end)
    window = [sents[here]] + list(reversed(sents[max(0, here - sentences_back):here]))
    out: list[ActorRef] = []
    for sent in window:
        lo, hi = sent.start_char, sent.end_char
        found = [a for a in s.analysis.actors if lo <= a.start < hi and a.actor.entity_id
                 and s.members(a.actor.entity_id, s.analysis.article.published)]
        out.extend(sorted(found, key=lambda a: a.start))
    return out


def _members_acting(group: ActorRef, s: Sentence) -> bool:
    """Does the mention name the grouping's members (a plural member noun the name modifies,
    or whose "of"/"from" phrase it is: "G7 leaders", "diplomats from the G7")?"""
    span = s.analysis.doc.char_span(group.start, group.end, alignment_mode="expand")
    if span is None:
        return False
    nouns = s.lexicon.cue("member_nouns")
    root = span.root
    heads = [root]
    if root.dep_ in ("compound", "amod", "nmod", "poss"):
        heads.append(root.head)  # "Quad leaders"
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "from"):
        heads.append(root.head.head)  # "top diplomats from the Group of Seven"
    return any(t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in nouns for t in heads)


def _host(s: Sentence, c: Candidate, refs: list[ActorRef]) -> ActorRef | None:
    """The member hosting the meeting: named as host in the sentence ("as host country
    Canada"), else the member whose soil the meeting is on ("gathered in Quebec")."""
    by_code = {r.actor.code: r for r in refs}
    sent = c.trigger.token.sent
    if any(t.lemma_.lower() in s.lexicon.cue("host_words") for t in sent):
        named = [a for t in sent for a in s.index.at(t) if a.actor.code in by_code]
        if len({a.actor.code for a in named}) == 1:
            return by_code[named[0].actor.code]
    where = event_location(s.analysis, c.trigger.token.i)
    return by_code.get(where.country) if where is not None else None


def _first_named(s: Sentence, refs: list[ActorRef]) -> ActorRef | None:
    """The member the story names first (in its headline or lead: the party the story is
    about); None if it names none."""
    codes = {r.actor.code: r for r in refs}
    first = min((a for a in s.analysis.actors if a.actor.code in codes and a.basis != "member"),
                key=lambda a: a.start, default=None)
    return codes[first.actor.code] if first is not None else None


# ---------------------------------------------------------------- recipients the parse missed


def _open(c: Candidate) -> bool:
    """Is the recipient still to be found (none yet, and the actors are not each other's)?"""
    return not c.args.recipients and not c.args.pair_within


def media_audience(s: Sentence, c: Candidate) -> Candidate:
    """"a minister told the BBC …", "said in an interview with a news agency": the outlet a speaker
    talks to only carries the words; it is no party asked, accused or answered."""
    trig, recipients = c.trigger, c.args.recipients
    if not recipients or not _addressing(s, trig):
        return c
    kept = tuple(r for r in recipients if r.actor.sector != "MED")
    if len(kept) == len(recipients):
        return c
    return with_args(c, "recipient: a media outlet spoken to is no party", recipients=kept)


def _addressing(s: Sentence, trig) -> bool:
    """Is the trigger a verb of talking to someone ("told", "said to", "spoke with")?"""
    return trig.pos != "noun" and has_lemma(trig.token, s.lexicon.cue("addressing_verbs"))


def complement_subject(s: Sentence, c: Candidate) -> Candidate:
    """"X said Y must withdraw": a speech act's recipient is its complement's subject."""
    trig = c.trigger
    comp = child(trig.token, "ccomp") if trig.rule.speech and not c.args.recipients else None
    if comp is None:
        return c
    refs = tuple(refs_for_all(subject_tokens(comp)[0], s.index, s.lexicon))
    return with_args(c, "recipient: subject of the complement", recipients=refs) if refs else c


def for_clause_subject(s: Sentence, c: Candidate) -> Candidate:
    """"called for the Taliban to lift the ban": the one asked is the clause's subject."""
    mark = for_clause_mark(c.trigger.token) if c.trigger.type == "REQUEST" else None
    if mark is None or not _open(c):
        return c
    refs = tuple(refs_for_all(with_conjuncts(child(mark.head, "nsubj")), s.index, s.lexicon))
    return with_args(c, "recipient: subject of the 'for' clause", recipients=refs) if refs else c


def antecedent(s: Sentence, c: Candidate) -> Candidate:
    """"Trump denied the request", "Russia has not agreed to the ceasefire": the author of
    the step answered, from the nearest earlier trigger (this sentence or the two before)
    that took it ("Kim asked Trump for relief", "Ukraine agreed to a ceasefire")."""
    trig, lex = c.trigger, s.lexicon
    obj = _answered(trig)
    if not _open(c) or trig.type not in lex.cue("answer_types") or obj is None \
            or obj.lemma_.lower() not in lex.cue("antecedent_nouns") \
            or not any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in obj.children) \
            or any(d.dep_ in ("poss", "prep", "compound", "amod") for d in obj.children):
        return c  # "the U.S. request", "the request by X", "a request": named or new
    noun, own = obj.lemma_.lower(), {a.actor.code for a in c.args.actors}
    sents = list(trig.token.doc.sents)
    here = next(i for i, x in enumerate(sents) if x.start <= trig.token.i < x.end)
    for sent in reversed(sents[max(0, here - 2):here + 1]):
        earlier = [t for t in find_triggers(sent, lex, s.index) if t.token.i < trig.token.i
                   and t.token.i != obj.i and _took(t, noun, lex)]
        for t in reversed(earlier):
            find = noun_arguments if t.pos == "noun" else verb_arguments
            authors = [a for a in find(t, s.index, lex).actors
                       if a.actor.country and a.actor.code not in own]
            if authors:
                return with_args(c, f"recipient: author of the {noun} -> {authors[0].text}",
                                 recipients=(authors[0],))
    return c


def proposal_refused(s: Sentence, c: Candidate) -> Candidate:
    """"the Chinese side proposed a minimum price, but the European side refused": a refusal
    with nothing named as refused answers what the sentence has just said was put to it
    (``proposing_verbs``): its proposer is the recipient."""
    trig, lex = c.trigger, s.lexicon
    tok = trig.token
    if not _open(c) or trig.type != "REJECT" or trig.pos != "verb" or not c.args.actors \
            or any(x.dep_ in ("dobj", "xcomp", "ccomp", "prep") for x in tok.children):
        return c
    own = {a.actor.code for a in c.args.actors}
    proposals = [t for t in tok.sent if t.i < tok.i and t.pos_ == "VERB"
                 and has_lemma(t, lex.cue("proposing_verbs")) and tok in t.conjuncts]
    found = {r.actor.code: r for t in proposals[-1:]
             for r in refs_for_all(subject_tokens(t)[0], s.index, lex)
             if r.actor.country and r.actor.code not in own}
    return _sole_recipient(c, found, "the proposer refused")


def _took(trig, noun: str, lex) -> bool:
    """Did ``trig`` take the step ``noun`` names (its own word or its object, or any request
    for a request)?"""
    words = {trig.token.lemma_.lower()}
    if _answered(trig) is not None:
        words.add(_answered(trig).lemma_.lower())
    return noun in words or trig.type == "REQUEST" and noun in lex.cue("request_nouns")


def _answered(trig):
    """What an act takes up: its object, else what it agrees or answers to ("agreed to the
    ceasefire", "responded to the proposal")."""
    if trig.object_token is not None:
        return trig.object_token
    return next(iter(prep_objects(trig.token, "to") or prep_objects(trig.token, "on")), None)


def _one_sided(trig) -> bool:
    """"A, B and C offered to help": a commitment (not an agreement) is each one's own."""
    return trig.rule.intent and trig.rule.key != "agree"


def speech_content(s: Sentence, c: Candidate) -> Candidate:
    """"threatened to shell Iraqi towns", "urged the EU to support X": the target is named
    inside what is said. Not for "A and B agreed" (each other's party), nor where a named but
    unresolved party is the target ("accused the company of …")."""
    trig, args, lex = c.trigger, c.args, s.lexicon
    mutual_pair = (trig.type in UNDIRECTED_TYPES or trig.type in MUTUAL_TYPES
                   and object_in_class(trig.object_token, "ties", lex)) \
        and len(args.actors) >= 2 and not _one_sided(trig)
    if not _open(c) or trig.type not in SPEECH_RECIPIENT_TYPES or mutual_pair \
            or party_named(args.patient, lex):
        return c
    comp = child(trig.token, "ccomp")
    said_of = subject_tokens(comp)[0] if comp is not None else []
    if party_named(said_of, lex) and not refs_for_all(said_of, s.index, lex):
        return c  # "alleges the insurgent group has …": the unresolved subject is the target
    refs = complement_refs(trig.token, args.actors, s.index, lex, threat=trig.type == "THREATEN",
                           doer_only=targets_doer(trig, lex))
    if _addressing(s, trig):
        refs = [r for r in refs if r.actor.sector != "MED"]  # "… ," X told the BBC
    return with_args(c, recipients=tuple(refs)) if refs else c


def purpose(s: Sentence, c: Candidate) -> Candidate:
    """"staged a hunger strike to demand the resignation of X": X is protested against."""
    if not _open(c) or c.trigger.type not in PURPOSE_RECIPIENT_TYPES:
        return c
    clause, lex = clause_of(c.trigger), s.lexicon
    if c.trigger.type == "MOBILIZE":  # a force's target only in what it is for ("to deter X",
        # "in an effort to pressure X"); "drills with X" name a partner, "while X said" no one
        refs = next((found for verb in _infinitive_purposes(clause, lex)
                     if (found := complement_refs(verb, c.args.actors, s.index, lex,
                                                  deps=("dobj", "dative", "prep", "ccomp")))),
                    [])
    else:
        refs = complement_refs(clause, c.args.actors, s.index, lex,
                               deps=("xcomp", "advcl", "prep"),
                               doer_only=targets_doer(c.trigger, lex))
    return with_args(c, "recipient: actor named in the complement", recipients=tuple(refs)) \
        if refs else c


def _infinitive_purposes(clause, lex) -> list:
    """The "to" infinitives that say what an act is for: "deployed troops to deter X", "in an
    effort to pressure X" (under a frame noun)."""
    def infinitive(v) -> bool:
        return any(a.tag_ == "TO" for a in v.children)
    verbs = [v for v in clause.children if v.dep_ in ("xcomp", "advcl") and infinitive(v)]
    return verbs + [v for p in clause.children if p.dep_ == "prep" for f in p.children
                    if f.dep_ == "pobj" and f.lemma_.lower() in lex.frame_nouns
                    for v in f.children if v.dep_ == "acl" and infinitive(v)]


def destination(s: Sentence, c: Candidate) -> Candidate:
    """Officials travel on visits to a country; refugees or troops arriving somewhere do not."""
    trig, args = c.trigger, c.args
    if not _open(c) or not trig.rule.place_recipient \
            or not (trig.type == "AID" or any(a.actor.kind != "group" for a in args.actors)):
        return c
    refs = destination_recipients(trig.token, args.actors, s.analysis)
    return with_args(c, "recipient: country of the place visited", recipients=tuple(refs)) \
        if refs else c


def place(s: Sentence, c: Candidate) -> Candidate:
    """"fired at targets in Jericho": the country of the place. Deportees are not the country
    they are sent to; "strikes against IS in Syria" hit IS, whether or not it is resolved."""
    trig = c.trigger
    if not _open(c) or trig.type not in PLACE_RECIPIENT_TYPES or deportation(trig) \
            or named_party(c.args.patient) or trig.rule.default_recipient == "none":
        return c  # a weapons test or a drill is held somewhere, not against the place
    refs = place_recipients(clause_of(trig), c.args.actors, s.analysis, s.lexicon)
    return with_args(c, "recipient: country of the place", recipients=tuple(refs)) if refs else c


def sentence_target(s: Sentence, c: Candidate) -> Candidate:
    """"plunged Turkey into recession after Washington's imposition of sanctions", "the
    Turkish economy, hit by previous U.S. sanctions": a sanction (``sentence_target_types``)
    whose phrase names no target is aimed at the one other state the sentence names, by
    name or by adjective. Not where two or more others are named (no way to tell which), nor
    where that state is the subject the sanction is the object of ("China criticised U.S.
    sanctions", "Japan joined the sanctions": it judges or shares them)."""
    trig, args, lex = c.trigger, c.args, s.lexicon
    if not _open(c) or trig.type not in lex.cue("sentence_target_types") \
            or (trig.mode or "") not in lex.cue("sentence_target_modes") or not args.actors \
            or not all(_state(a, lex.cue("non_state_codes")) for a in args.actors):
        return c
    own = {a.actor.code for a in args.actors}
    sent = trig.token.sent
    judging = set()
    head = trig.token.head if trig.token.dep_ in ("dobj", "nsubjpass") else None
    if head is not None:  # the subject of the verb whose object the sanction is
        judging = {t.i for tok in subject_tokens(head)[0] for t in tok.subtree}
    others: dict[str, ActorRef] = {}
    for tok in sent:
        if tok.i in judging:
            continue
        refs = s.index.at(tok) or (s.index.modifier(tok)
                                  if tok.dep_ in ("amod", "compound", "nmod") else [])
        for ref in refs:
            if ref.actor.code not in own and _state(ref, lex.cue("non_state_codes")):
                others.setdefault(ref.actor.code, ref)
    return _sole_recipient(c, others, "the one other state in the sentence")


def charged_victims(s: Sentence, c: Candidate) -> Candidate:
    """"charged the regime with genocide for its persecution of a minority": an atrocity
    charged with no target named is aimed at the people the charge names after it, whose
    state may be the accused's own (the state's own people)."""
    trig, lex = c.trigger, s.lexicon
    if not _open(c) or trig.pos != "noun" or trig.type not in lex.cue("charged_victim_types"):
        return c
    verb = accusing_verb(trig.token, lex.cue("accusing_verbs"))
    if verb is None:
        return c
    for tok in verb.subtree:
        if tok.i <= trig.token.i:
            continue
        people = [r for r in s.index.at(tok) if r.actor.kind == "group" and r.actor.code]
        if people:
            victims = replace(people[0], basis="context")
            return replace(with_args(c, f"recipient: the people the charge names -> "
                                        f"{victims.text}", recipients=(victims,)),
                           allow_self=True)
    return c


def reporter_addressed(s: Sentence, c: Candidate) -> Candidate:
    """"the Kenyan cabinet said Uganda had asked for the handover of 30 fishermen": a request that
    names no one asked (or only the asker's own people), reported by another state's
    government, was made to that government, which tells of what it received. Not a report by
    the media or a group ("Reuters reported China had asked …"): they are not asked."""
    trig, args, lex = c.trigger, c.args, s.lexicon
    if trig.type not in lex.cue("reporter_addressed_types") or not args.actors \
            or child(trig.token, "dobj", "dative") is not None:
        return c
    own = {a.actor.code for a in args.actors}
    if any(r.actor.code not in own for r in args.recipients):
        return c
    speakers = refs_for_all(source_of(c.status), s.index, lex)
    states = {r.actor.code: r for r in speakers if r.actor.code and r.actor.code not in own
              and (r.actor.kind == "country" or r.actor.sector == "GOV")}
    return _sole_recipient(c, states, "the government reporting the request")


def _sole_recipient(c: Candidate, found: dict[str, ActorRef], why: str) -> Candidate:
    """The one party found (by code) as the recipient the context gives; with none or
    several, the candidate as it was."""
    if len(found) != 1:
        return c
    target = replace(next(iter(found.values())), basis="context")
    return with_args(c, f"recipient: {why} -> {target.text}", recipients=(target,))


def deportees_destination(s: Sentence, c: Candidate) -> Candidate:
    """"deported 40 men to X", "sent 109 back to X": deportees with no state of their own
    named (or coded as the deporter's: a state does not send its own people abroad) are most
    often the destination's people going back, so the state they are sent to is the
    recipient. A nationality that is named wins ("deported 40 Ugandan migrants to X")."""
    trig, args = c.trigger, c.args
    if not deportation(trig):
        return c
    own = {a.actor.code for a in args.actors}
    if any(r.actor.code not in own for r in args.recipients):
        return c
    home = _destination_state(s, destination_objects(trig.token), own, args.actors)
    return with_args(c, f"recipient: deportees' destination -> {home[0].text}",
                     recipients=home) if home else c


def deportees_unnamed(s: Sentence, c: Candidate) -> Candidate | None:
    """"deported 40 prisoners to a camp": the deportees' state is not named. A state does not
    send its own people abroad, so deportees coded as the deporter's state ("prisoners" in a
    story about it) are unnamed too; "expelled protesters from the square" stays at home."""
    trig = c.trigger
    if not deportation(trig):
        return c
    if not (has_lemma(trig.token, s.lexicon.cue("deporting_verbs"))
            or destination_objects(trig.token)):
        return None if not c.args.recipients else c
    own = {a.actor.code for a in c.args.actors}
    kept = tuple(r for r in c.args.recipients if r.actor.code not in own)
    if not kept:
        return None
    if len(kept) == len(c.args.recipients):
        return c
    return with_args(c, "recipient: deportees not of the deporting state", recipients=kept)


def _destination_state(s: Sentence, sent_to: list, own: set,
                       actors: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """The state a deportation sends people to: a state named in the "to" phrase, else the
    state of a place named there ("to Kabul"); never the deporter's own."""
    for tok in sent_to:
        for ref in s.index.at(tok):
            if ref.actor.kind == "country" and ref.actor.code and ref.actor.code not in own:
                return (replace(ref, basis="context"),)
    return tuple(places_in([t for p in sent_to for t in p.subtree], list(actors), s.analysis))


def _domestic_recipient(c: Candidate, path: str) -> Candidate:
    own = with_args(c, path, recipients=c.args.actors)
    return replace(own, own_state=True, allow_self=True)


def unnamed_people_at_home(s: Sentence, c: Candidate) -> Candidate:
    """"arrested 12 demonstrators": done to unnamed people, in the actor's own state."""
    args = c.args
    if _open(c) and c.trigger.type in DOMESTIC_PATIENT_TYPES and args.actors \
            and not _foreign_people(args.patient, s.lexicon) \
            and unnamed_people(args.patient, s.lexicon, c.trigger.type):
        return _domestic_recipient(c, "recipient: unnamed people (domestic)")
    return c


def armed_group_at_home(s: Sentence, c: Candidate) -> Candidate:
    """"rebels attacked ten villages in the north of Mali", "al-Shabab stormed a police
    station": an armed group's attack on places and things with no other party named, in
    its own state (the place says so, or the target is one a group hits at home)."""
    args, trig, lex = c.args, c.trigger, s.lexicon
    if not _open(c) or trig.type not in lex.cue("domestic_target_types") or not args.actors \
            or not args.patient or named_party(args.patient):
        return c
    armed = lex.cue("armed_group_sectors")
    if not all(a.actor.sector in armed and a.actor.country for a in args.actors):
        return c
    own = {a.actor.code for a in args.actors}
    if target_at_home(trig, args.patient, own, s.analysis, lex, lex.cue("armed_group_targets")):
        return _domestic_recipient(c, "recipient: armed group's target at home (domestic)")
    return c


def critics_at_home(s: Sentence, c: Candidate) -> Candidate:
    """"opposition parties rejected the budget", "lawmakers denounced the extension": a
    state's own critics (``domestic_critic_sectors``) answering a measure at home, with no
    other party named in it, act against their own state."""
    args, trig, lex = c.args, c.trigger, s.lexicon
    if not _open(c) or trig.type not in POLITICAL_DOMESTIC_TYPES or not args.actors \
            or not args.patient or named_party(args.patient):
        return c
    critics = lex.cue("domestic_critic_sectors")
    if not all(a.actor.sector in critics and a.actor.country for a in args.actors):
        return c
    own = {a.actor.code for a in args.actors}
    inside = [r for t in args.patient for w in t.subtree for r in s.index.at(w)]
    if any(r.actor.code not in own for r in inside):
        return c  # "rejected the deal with China": another party is in what is answered
    if target_at_home(trig, args.patient, own, s.analysis, lex, lex.cue("domestic_measures"),
                      by_place=False):
        return _domestic_recipient(c, "recipient: critics' own state (domestic)")
    return c


def own_state(s: Sentence, c: Candidate) -> Candidate:
    """"imposed a curfew": a restriction with no other party is domestic; "banned the supply
    of chips" has a foreign party the sentence leaves out."""
    trig, args = c.trigger, c.args
    if _open(c) and trig.type in SELF_RECIPIENT_TYPES and args.actors \
            and not _modifies_noun(trig) and not _foreign_people(args.patient, s.lexicon) \
            and not any(t.pos_ == "PRON" for t in args.patient) \
            and not any(object_in_class(o, "sanctionable", s.lexicon)
                        for o in (trig.object_token, child(trig.token, "dobj"))):
        return _domestic_recipient(c, "recipient: domestic (the actor's own state)")
    return c


def _modifies_noun(trig) -> bool:
    """"getting around restrictions imposed by the U.S.", "property seized by the army": a
    participle describing a noun refers to a measure the sentence is about for another
    reason; whom it targets is told elsewhere, so it is not taken to be the actor's own
    state."""
    return trig.pos == "verb" and trig.token.dep_ == "acl"


def _foreign_people(toks, lex) -> bool:
    """"detained 20 foreigners": people the word itself says are not the actor's own."""
    heads = [h for t in toks for h in (t, real_object(t)[0]) if h is not None]
    return any(f in lex.cue("foreign_people_nouns") for h in heads for f in lemma_forms(h))


def conjunct(s: Sentence, c: Candidate) -> Candidate:
    """"Trump denied the request and asked instead for denuclearization": a verb coordinated
    with an earlier act of the same subject, naming no party and no object of its own, is
    aimed at the party that act was aimed at."""
    trig, args = c.trigger, c.args
    tok = trig.token
    if not _open(c) or trig.pos != "verb" or tok.dep_ != "conj" or not args.actors \
            or args.patient or any(d.dep_ in ("nsubj", "nsubjpass", "dobj") for d in tok.children):
        return c
    own = {a.actor.code for a in args.actors}
    for earlier in s.kept:
        if earlier.trigger.token.i == tok.head.i and earlier.args is not None \
                and {a.actor.code for a in earlier.args.actors} == own:
            aimed = tuple(r for r in earlier.args.recipients if r.actor.code not in own)
            if aimed:
                return with_args(c, f"recipient: that of the coordinated act -> {aimed[0].text}",
                                 recipients=aimed)
    return c


def recipient_required(s: Sentence, c: Candidate) -> Candidate | None:
    """A rule that ``needs`` a recipient (or a military object) codes nothing without one."""
    needs, found = c.trigger.rule.needs, bool(c.args.recipients)
    if "recipient" in needs and not found:
        return None
    if "foreign_recipient" in needs:  # "measures against X": X another state than the actor's
        own = {a.actor.code for a in c.args.actors}
        if not any(r.actor.code not in own for r in c.args.recipients):
            return None
    if "recipient_or_military" in needs and not found \
            and not object_in_class(c.trigger.object_token, "military", s.lexicon):
        return None
    return c


# ---------------------------------------------------------------- actors the parse missed

def document_author(s: Sentence, c: Candidate) -> Candidate:
    """"A report by the State Department said corruption in X is pervasive", "the
    ministry's statement threatened sanctions": a document speaks for its author, named on
    it ("by", "from", a possessor or modifier) or as its issuer a sentence or two before."""
    trig = c.trigger
    if c.args.actors or not trig.rule.speech or trig.pos != "verb":
        return c
    subj = subject_tokens(trig.token)[0]
    head = subj[0] if subj else None
    if head is None or head.lemma_.lower() not in s.lexicon.cue("document_nouns"):
        return c
    # "a report on human rights by X": the parser may hang "by" on the topic
    topics = [o for x in head.children if x.dep_ == "prep" for o in x.children if o.dep_ == "pobj"]
    named = [o for t in (head, *topics) for o in prep_objects(t, "by")] \
        + prep_objects(head, "from") \
        + [x for x in head.children if x.dep_ in ("poss", "compound", "amod", "nmod")]
    refs = [r for r in refs_for_all(named, s.index, s.lexicon) if r.actor.country]
    issuer = document_owner([head], s.index, s.lexicon) if not refs else None
    found = refs[:1] or ([issuer] if issuer is not None else [])
    if not found:
        return c
    return with_args(c, f"actor: the author of the {head.lower_} -> {found[0].text}",
                     actors=tuple(found))


def reporting_party(s: Sentence, c: Candidate) -> Candidate:
    """"Pakistan said discussions with the IMF are progressing", "Iran says talks with the
    U.S. were useful": talks, a deal or cooperation with a party, reported by a state
    naming no one else as the other side, are the reporter's own."""
    trig, args = c.trigger, c.args
    if args.actors or not args.recipients or trig.pos != "noun" \
            or trig.type not in UNDIRECTED_TYPES or c.status is None \
            or c.status.status != "claim" or not c.status.source_tokens:
        return c
    other = {r.actor.code for r in args.recipients}
    speakers = [r for tok in source_of(c.status) for r in s.index.at(tok)
                if r.actor.country and r.actor.code not in other
                and _state(r, s.lexicon.cue("non_state_codes"))]
    if len({r.actor.code for r in speakers}) != 1:
        return c
    return with_args(c, f"actor: the party reporting its own talks -> {speakers[0].text}",
                     actors=(speakers[0],))


def actor_place(s: Sentence, c: Candidate) -> Candidate:
    """"students throughout Indonesia staged demonstrations": a domestic act. So too where
    the protesters are named but have no state ("supporters of a former minister the
    knowledge base lacks blocked roads in Algiers"): PLOVER codes them by the place."""
    if c.trigger.type not in PLACE_ACTOR_TYPES or c.args.actors and not _stateless_crowd(c):
        return c
    crowd = bool(c.args.actors)
    # a named crowd's target may be at home: the place is its state, not a second party
    refs = place_recipients(clause_of(c.trigger), [] if crowd else c.args.recipients,
                            s.analysis, s.lexicon)
    if not refs:
        return c
    if crowd:
        refs = [replace(r, basis="domestic") for r in refs]
    return replace(with_args(c, "actor: country of the place (domestic)", actors=tuple(refs)),
                   allow_self=True)


def based_in(s: Sentence, c: Candidate) -> Candidate:
    """"a newspaper based in Beirut violated the ban", "a group based in X claims …": a
    subject the text names only by where it is based is of that place's state."""
    trig = c.trigger
    if c.args.actors or trig.pos != "verb":
        return c
    subj = subject_tokens(trig.token)[0]
    based = [a for t in subj for a in t.children
             if a.dep_ == "acl" and a.lemma_.lower() in s.lexicon.cue("basing_participles")]
    refs = [r for a in based for r in places_in(
        [t for p in prep_objects(a, "in") for t in p.subtree], [], s.analysis)]
    if not refs:
        return c
    return replace(with_args(c, "actor: state of the place it is based in",
                             actors=(replace(refs[0], basis="domestic"),)), allow_self=True)


def _stateless_crowd(c: Candidate) -> bool:
    """Are the actors people with no state, named as a crowd ("supporters of X", "elders")
    rather than as one person ("Smith protested")?"""
    if any(a.actor.country for a in c.args.actors) or c.trigger.pos != "verb":
        return False
    subj = subject_tokens(c.trigger.token)[0]
    return bool(subj) and subj[0].tag_ == "NNS"


def protesters_of_target(s: Sentence, c: Candidate) -> Candidate:
    """"refugees on hunger strike against the Russian government": domestic to the target."""
    recipients = c.args.recipients
    if c.args.actors or c.trigger.type not in PLACE_ACTOR_TYPES or not recipients \
            or not all(r.actor.kind != "person" or r.actor.country for r in recipients):
        return c
    actors = tuple(replace(r, basis="domestic") for r in recipients[:1])
    return replace(with_args(c, "actor: unnamed protesters (domestic to the target)",
                             actors=actors), allow_self=True)


def unnamed_authorities(s: Sentence, c: Candidate) -> Candidate:
    """"the journalist was arrested on Monday", "he was charged with fraud", "she faces two
    charges": an arrest or a prosecution with no agent named is made by the state where it
    happens (the place in the clause), else by the state of the people held or charged,
    when the story gives them one."""
    trig, args = c.trigger, c.args
    if args.actors or not _done_by_authorities(trig, s.lexicon):
        return c
    # those it is done to: the passive's subject ("a third of the guerrillas were
    # demobilized"), else the recipients found
    subj = real_object(child(trig.token, "nsubjpass"))[0] if trig.pos == "verb" else None
    done_to = (refs_for_all([subj], s.index, s.lexicon) if subj else []) or args.recipients
    held = [r for r in done_to if r.actor.country and (
        r.actor.kind in ("person", "group") or _people_of(r, s.analysis.doc))]
    if not held:
        return c
    found = place_recipients(clause_of(trig), [], s.analysis, s.lexicon)
    root = trig.token.sent.root
    if not found and root.i != clause_of(trig).i:
        # "…, when two exile leaders were arrested, protesters in Miami were calmer": the
        # place the sentence is set in, before the nationality of the people held
        found = place_recipients(root, [], s.analysis, s.lexicon)
    if found:
        actors, path = found[:1], "actor: state of the place (arrest, no agent)"
    else:
        state = held[0].actor.country
        where = where_of_country(state)
        actor = Actor(name=where.name if where else state, kind="country", country=state)
        actors = [ActorRef(actor=actor, text=held[0].text, start=held[0].start, end=held[0].end,
                           basis="domestic")]
        path = "actor: state of the people held (arrest, no agent)"
    return replace(with_args(c, path, actors=tuple(actors), recipients=tuple(held)),
                   allow_self=True)


def unnamed_attackers(s: Sentence, c: Candidate) -> Candidate:
    """"three civilians were killed in a suicide bombing in Baghdad", "a roadside bombing near
    Samarra killed a U.S. soldier": an attack whose only named agent is its means (a bomb, a
    mine, a device: ``unnamed_attack_means``) is coded, as PLOVER does, as the act of the
    state where it happens (the place in its clause). People hurt with no state of their own
    are that state's. No place, or a party named as the attacker, and nothing is inferred."""
    trig, args, lex = c.trigger, c.args, s.lexicon
    if args.actors or trig.type != "ASSAULT":
        return c
    if trig.pos == "noun":
        return _unnamed_bombing(s, c)
    if trig.pos != "verb":
        return c
    means = _attack_means(trig.token, lex)
    if means is None:
        return c
    where = _where_attacked(trig.token, means)
    if any(t.lemma_.lower() in lex.cue("boundary_nouns") for t in where):
        return c  # "near the X border": on which side is not said
    if any(t.lemma_.lower() in lex.cue("foreign_mission_nouns") for t in where):
        return c  # "at the U.S. embassy in Nairobi": a state's premises abroad, whose attacker
        # is neither the owner nor (unsaid) the host
    found = places_in(where, [], s.analysis)
    if not found:
        return c
    actor = replace(found[0], basis="domestic")  # inferred, not a place attacked
    c = replace(with_args(c, f"actor: state of the place (attack by {means.lower_}, no agent)",
                          actors=(actor,)), allow_self=True)
    if not c.args.recipients and unnamed_people(c.args.patient, lex, trig.type):
        c = _domestic_recipient(c, "recipient: unnamed people (domestic)")
    return c


def _unnamed_bombing(s: Sentence, c: Candidate) -> Candidate:
    """"the 2004 bombing of an army base in X", "Saturday's blasts outside a school in Y",
    "the Z bombing": an attack named by a bomb set off on the spot (``unnamed_attack_means``:
    a bombing, a blast, a suicide attack; not a bare "attack", nor a missile that may come from
    abroad) with no agent named is, as for the verbs above, the act of the state where it
    happens (a place in the noun's phrase, not the state of a party hit). With no party hit
    named, it hits that state (as "the train came under a bomb attack" is coded). No place,
    and nothing is inferred."""
    noun, lex = c.trigger.token, s.lexicon
    means = lex.cue("unnamed_attack_means")
    words = [noun] + [m for m in noun.children if m.dep_ in ("compound", "amod", "nmod")]
    if not any(w.lemma_.lower() in means or w.lower_ in means for w in words) \
            or _event_agents_named(noun, times_ok=True):
        return c
    # the state of a party hit is no place of the attack ("a bomb attack on Israel"); a
    # recipient that is only the place ("the Kabul bombing") is that place
    hit = [r for r in c.args.recipients if r.basis != "place"]
    where = place_recipients(noun, hit, s.analysis, s.lexicon)
    if not where or any(t.lemma_.lower() in lex.cue("boundary_nouns") for t in noun.subtree):
        return c
    actor = replace(where[0], basis="domestic")  # inferred, not a place attacked
    c = replace(with_args(c, f"actor: state of the place ({noun.lower_}, no agent)",
                          actors=(actor,)), allow_self=True)
    if not c.args.recipients:
        c = _domestic_recipient(c, "recipient: the place's state (no party hit named)")
    return c


def _attack_means(verb, lex):
    """The means that stands for the attacker: the subject of an active verb ("a bombing
    killed"), the "by" agent of a passive ("killed by a device"), or, in a passive with no
    agent, the object of its "in" ("killed in a car bomb explosion")."""
    if is_passive(verb):
        by = prep_objects(verb, "by")
        cands = by if by else prep_objects(verb, "in")
    else:
        cands = [ch for ch in verb.children if ch.dep_ == "nsubj"]
    means = lex.cue("unnamed_attack_means")
    for tok in cands:
        words = [tok] + [m for m in tok.children if m.dep_ in ("compound", "amod", "nmod")]
        if tok.pos_ in ("NOUN",) and any(w.lemma_.lower() in means or w.lower_ in means
                                          for w in words):
            return tok
    return None


def _where_attacked(verb, means) -> list:
    """The words of the place phrases of an attack ("in central Baghdad", "outside the city
    of Basra"), on the verb or on its means; not the people hit ("a U.S. soldier", "an
    anti-Syria journalist"), whose state is not where it happened."""
    return [t for head in (verb, means) for ch in head.children
            if ch.dep_ == "prep" and ch.lower_ in ATTACK_PLACE_PREPS for t in ch.subtree]


# Prepositions that say where an attack happened.
ATTACK_PLACE_PREPS = frozenset({"in", "near", "outside", "at", "inside", "around", "across",
                                "throughout"})


def _people_of(ref: ActorRef, doc) -> bool:
    """Is a state named only as the modifier of a person ("a US national", "a Kenyan man")?"""
    toks = [t for t in doc if ref.start <= t.idx < ref.end]
    return bool(toks) and toks[-1].dep_ in ("compound", "amod") \
        and toks[-1].head.pos_ == "NOUN" and toks[-1].head.tag_ == "NN"


def _done_by_authorities(trig, lex) -> bool:
    """An agentless arrest (``unnamed_authority_modes``) or criminal charge
    (``unnamed_authority_charges``): a passive verb with no "by" ("was arrested", "has been
    indicted"), a charge its subject faces ("faces charges": an inverse light verb), or an
    accusation that is the ground of a passive act with no "by" ("was jailed on charges of
    treason", ``accusation_grounds_verbs``)."""
    grounds = accusation_grounds(trig.token, lex.cue("accusation_grounds_preps"),
                                 lex.cue("accusation_grounds_verbs")) \
        if trig.type == "ACCUSE" and trig.pos == "noun" else None
    if grounds is not None:
        return grounds_passive(grounds) and not prep_objects(grounds, "by")
    arrest = trig.type in ("COERCE", "RETREAT") and trig.mode in lex.cue("unnamed_authority_modes")
    charge = trig.type == "ACCUSE" \
        and trig.rule.key.split("|")[0] in lex.cue("unnamed_authority_charges")
    ouster = trig.type == "COERCE" \
        and trig.rule.key.split("|")[0] in lex.cue("unnamed_authority_ousters")
    if trig.pos == "verb" and (arrest or charge or ouster):
        # an agent named but not resolved ("hunted down by our warfighters") is no gap
        return is_passive(trig.token) and not prep_objects(trig.token, "by")
    # "faces charges" are charges brought; "faces imprisonment" is only a risk
    return charge and trig.pos == "noun" and trig.inverse and trig.light is not None \
        and not prep_objects(trig.token, "by") and not prep_objects(trig.light, "from")


def claimed_responsibility(s: Sentence, c: Candidate) -> Candidate:
    """"the train came under a bomb and gun attack Tuesday" … "the BLA claimed responsibility
    for the attack": an attack reported with no attacker was made by the one party the
    story says claimed it ("claimed responsibility for", "took credit for" the same noun).
    Only a reported attack (a light or governing verb: not "condemned the attack"), one
    attack (not "attacks"), with no agent named but unresolved, and only when one coded
    party claims an attack in the whole story."""
    trig, lex = c.trigger, s.lexicon
    if c.args.actors or trig.type not in lex.cue("claimed_types") or trig.pos != "noun" \
            or (trig.light is None and trig.governor is None) or trig.token.tag_ != "NN" \
            or _event_agents_named(trig.token):
        return c
    claimants = _claimants(trig.token, s, trig.token.lemma_.lower())
    # a known group counts over a description of it ("the BLA" … "separatists claimed"); two
    # groups claiming, even of one state, leave the attacker open
    claimants = [r for r in claimants if r.actor.entity_id] or claimants
    if len({r.actor.entity_id or r.actor.name for r in claimants}) != 1:
        return c
    actor = replace(claimants[0], basis="context")
    c = with_args(c, f"actor: the party that claimed the {trig.token.lower_} -> {actor.text}",
                  actors=(actor,))
    if any(r.actor.country for r in c.args.recipients):
        return c
    # "the train came under attack": an armed group's attack on an uncoded target (a train,
    # a convoy) in a sentence whose places and parties are all in its own state is domestic,
    # as ``armed_group_at_home`` codes it
    sent = trig.token.sent
    codes = {p.country for p in s.analysis.places if sent.start_char <= p.start < sent.end_char} \
        | {a.actor.country for a in s.analysis.actors
           if sent.start_char <= a.start < sent.end_char and a.actor.country}
    if actor.actor.sector in lex.cue("armed_group_sectors") and codes == {actor.actor.country}:
        return _domestic_recipient(c, "recipient: armed group's target at home (domestic)")
    return c


def condemned_attacker(s: Sentence, c: Candidate) -> Candidate:
    """"X condemned the attack": an accusation whose object is an attack (``claimed_types``)
    and names no party is aimed at the attacker: the one the noun names ("the attack by
    Y", "Y's attack"), else the one party the story says claimed it. Two claimants, or
    none, leave it open."""
    trig, args, lex = c.trigger, c.args, s.lexicon
    if not _open(c) or trig.type != "ACCUSE" or not args.actors or named_party(args.patient):
        return c
    heads = {real_object(t)[0].i for t in args.patient}
    attack = next((t for t in s.triggers if t.pos == "noun" and t.token.i in heads
                   and t.type in lex.cue("claimed_types")), None)
    if attack is None:
        return c
    found = [a for a in noun_arguments(attack, s.index, lex).actors if a.actor.country]
    how = "its attacker"
    if not found and attack.token.tag_ == "NN" and not _event_agents_named(attack.token):
        claimants = _claimants(attack.token, s, attack.token.lemma_.lower())
        claimants = [r for r in claimants if r.actor.entity_id] or claimants
        if len({r.actor.entity_id or r.actor.name for r in claimants}) == 1:
            found, how = [replace(claimants[0], basis="context")], "the party that claimed it"
    if not found:
        return c
    return with_args(c, f"recipient: {how} -> {found[0].text}", recipients=tuple(found))


def _event_agents_named(noun, times_ok: bool = False) -> bool:
    """Does the noun name its agent, resolved or not ("an attack by gunmen", "their attack")?
    ``times_ok``: a possessive that is a time ("Saturday's bombing") names none."""
    return bool(prep_objects(noun, "by")) or any(
        ch.dep_ == "poss" and not (times_ok and ch.ent_type_ in ("DATE", "TIME"))
        for ch in noun.children) or any(
        a for ch in noun.children if ch.dep_ == "acl" for a in prep_objects(ch, "by"))


def _claimants(noun, s: Sentence, lemma: str) -> list[ActorRef]:
    """The coded parties of every "X claimed responsibility / took credit for the <lemma>"
    in the story."""
    out: list[ActorRef] = []
    for tok in noun.doc:
        if tok.dep_ != "dobj" or tok.lemma_.lower() not in s.lexicon.cue("responsibility_nouns"):
            continue
        # the parser hangs "for the attack" on the noun or on the verb
        claimed = [o for o in prep_objects(tok, "for") + prep_objects(tok.head, "for")
                   if o.lemma_.lower() == lemma]
        if not claimed:
            continue
        owners = subject_tokens(tok.head)[0]
        out.extend(r for r in refs_for_all(owners, s.index, s.lexicon) if r.actor.country)
    return out


def actor_required(s: Sentence, c: Candidate) -> Candidate | None:
    return c if c.args.actors else None


def modifier_commitment(s: Sentence, c: Candidate) -> Candidate | None:
    """"commitment to a free Indian Ocean": an adjective names no party."""
    if c.trigger.rule.key == "commitment" and all(r.basis == "modifier" for r in c.args.recipients):
        return None
    return c


def military_backers(s: Sentence, c: Candidate) -> Candidate:
    """"soldiers backed by the U.S. military": material military help (AID)."""
    trig = c.trigger
    if any(military_backing(trig, a.text, s.lexicon) for a in c.args.actors):
        backed = replace(c, trigger=replace(trig, type="AID", mode="military"))
        return with_args(backed, "type: backing by armed forces -> AID")
    return c


def places_only(s: Sentence, c: Candidate) -> Candidate | None:
    """"the University protests over the war in Gaza": two places, no party."""
    args = c.args
    if args.recipients and all(r.basis == "place" for r in args.actors + args.recipients):
        return None
    return c


def default_self(s: Sentence, c: Candidate) -> Candidate:
    """A rule whose ``default_recipient`` is ``self`` codes the actor's own state."""
    if c.args.recipients or c.trigger.rule.default_recipient != "self":
        return c
    return replace(with_args(c, recipients=c.args.actors), own_state=True, allow_self=True)


# ---------------------------------------------------------------- pairs to code

def within(s: Sentence, c: Candidate) -> Candidate:
    """"talks between A and B": each pair of the actors; "clashes between A and B": a
    directed act, each way (each side attacks the other)."""
    if not c.args.pair_within:
        return c
    pairs = tuple(combinations(c.args.actors, 2))
    if c.event_type not in UNDIRECTED_TYPES:
        pairs += tuple((b, a) for a, b in pairs)
    return replace(c, pairs=pairs)


def mutual(s: Sentence, c: Candidate) -> Candidate:
    """"A and B signed a treaty" is mutual; "A, B and C supported the call" is not."""
    trig, args, lex = c.trigger, c.args, s.lexicon
    is_mutual = (trig.type in UNDIRECTED_TYPES or trig.type in MUTUAL_TYPES and (
        trig.mode in lex.cue("mutual_modes") or object_in_class(trig.object_token, "ties", lex))) \
        and not _one_sided(trig)
    if c.pairs is None and is_mutual and not args.recipients and len(args.actors) >= 2:
        return replace(c, pairs=tuple(combinations(args.actors, 2)))
    return c


def directed(s: Sentence, c: Candidate) -> Candidate:
    """Each actor with each recipient (with its own state only, for a domestic act)."""
    args = c.args
    if c.pairs is not None or not args.recipients:
        return c
    return replace(c, pairs=tuple((a, r) for a in args.actors for r in args.recipients
                                  if not c.own_state or a.actor.code == r.actor.code))


def each_other(s: Sentence, c: Candidate) -> Candidate:
    """"both countries withdrew ambassadors": each did it to the other."""
    args = c.args
    if c.pairs is not None or not reciprocal(c.trigger, args.actors, args.patient, s.lexicon):
        return c
    pairs = tuple((a, b) for a in args.actors for b in args.actors if a.actor.code != b.actor.code)
    return replace(with_args(c, "recipient: each other (reciprocal)"), pairs=pairs)


def unaimed(s: Sentence, c: Candidate) -> Candidate | None:
    """"North Korea conducted a missile test", "China held military drills": an act aimed at
    no one (the rule's ``default_recipient`` is ``none``) is coded with no recipient, not
    as the actor's own state. One held with another party ("joint drills with X") is not
    coded here."""
    trig, args = c.trigger, c.args
    asserted = trig.pos != "noun" or trig.light is not None or trig.governor is not None
    if c.pairs is not None or args.recipients or trig.rule.default_recipient != "none" \
            or not asserted:
        return c  # "the site of its missile launch": a bare noun refers, it does not report
    if prep_objects(clause_of(trig), "with") or any(
            m.dep_ == "amod" and m.lower_ == "joint" for m in trig.token.children):
        return None  # "held joint drills with X": done together (COOPERATE), not alone
    return replace(with_args(c, "recipient: none (an act aimed at no one)"),
                   pairs=tuple((a, None) for a in args.actors))


def police_at_home(s: Sentence, c: Candidate) -> Candidate:
    """"security forces and ambulances were dispatched": police and security forces
    (``home_force_sectors``) sent with no destination named are sent at home."""
    args, lex = c.args, s.lexicon
    if c.pairs is not None or args.recipients or c.trigger.type != "MOBILIZE" or not args.actors:
        return c
    # a passive's subject is both the forces sent and its patient, and "on Monday" is a
    # time: no other target
    if any(not any(a.start <= t.idx < a.end for a in args.actors)
           and t.ent_type_ not in ("DATE", "TIME") for t in args.patient):
        return c
    if not all(a.actor.sector in lex.cue("home_force_sectors") and a.actor.country
               for a in args.actors):
        return c
    return replace(with_args(c, "recipient: police sent at home (domestic)"),
                   pairs=tuple((a, a) for a in args.actors), allow_self=True)


def domestic(s: Sentence, c: Candidate) -> Candidate | None:
    """PLOVER codes an act with no other party as domestic: the actor's own state. Not where
    the act needs a recipient, a named but unresolved target is left ("urged the council"),
    or the actor is an envoy or an international body (no domestic politics)."""
    if c.pairs is not None:
        return c
    trig, args, lex = c.trigger, c.args, s.lexicon
    asserted = trig.light is not None or trig.governor is not None
    needs_recipient = trig.pos == "noun" and (not asserted or trig.type in UNDIRECTED_TYPES) \
        or lex.ontology.types[trig.type].requires_recipient \
        or trig.type not in lex.unary_types
    non_state = lex.cue("non_state_codes")
    challenger = home_challenger_threat(trig, args.actors, lex)
    if needs_recipient or args.patient and not domestic_commitment(trig, lex) \
            or not all(_state(a, non_state) for a in args.actors) \
            or not (challenger or domestic_fallback_ok(trig, s.triggers_with(c), lex)):
        return None
    return replace(with_args(c, "recipient: none named (domestic)"),
                   pairs=tuple((a, a) for a in args.actors), allow_self=True)


def withdrawn_at_home(s: Sentence, c: Candidate) -> Candidate:
    """"their forces completed their withdrawal from the Bosnian town of X": a retreat from a
    place of the actor's own state names no other party; PLOVER codes it with no recipient
    (the place is no party the actor could yield to)."""
    if c.pairs is None or c.event_type != "RETREAT":
        return c
    pairs = tuple((a, None) if r is not None and r.actor.code == a.actor.code
                  and r.basis in ("place", "modifier") and a.basis != "place"
                  else (a, r) for a, r in c.pairs)
    return c if pairs == c.pairs else replace(
        with_args(c, "recipient: none (withdrawn from a place at home)"), pairs=pairs)


def coded_parties(s: Sentence, c: Candidate) -> Candidate | None:
    """A party an analyst can code has a state or organisation code: "the Jaffar Express",
    "Dadaab" (a camp), a person the knowledge base and the text leave without a state are
    names, not codes. Pairs with such a party are not coded; with none left, nothing is."""
    if c.pairs is None:
        return c
    kept = tuple(p for p in c.pairs if all(r is None or r.actor.country for r in p))
    if not kept:
        return None
    return c if len(kept) == len(c.pairs) else replace(c, pairs=kept)


def unnamed_group_at_home(s: Sentence, c: Candidate) -> Candidate:
    """Each pair's uncoded group recipient given its state (``_group_at_home``)."""
    if c.pairs is None:
        return c
    pairs = tuple(_group_at_home(s, c, a, r) for a, r in c.pairs)
    if pairs == c.pairs:
        return c
    return replace(c, pairs=pairs, notes=c.notes + ("recipient: unnamed group (domestic)",))


def _group_at_home(s: Sentence, c: Candidate, actor: ActorRef,
                   recipient: ActorRef | None) -> tuple[ActorRef, ActorRef | None]:
    """"the government accepted demands from the rebels": a group named only by a common
    noun the knowledge base gives no state ("rebels", "elders") that a state's body acts on
    (a verb's recipient) is of that state, unless the act's clause places it elsewhere (then
    that place's)."""
    if recipient is None or recipient.actor.country or recipient.actor.kind != "group" \
            or c.trigger.pos != "verb" \
            or recipient.basis != "name" or not recipient.text.islower() \
            or not _state(actor, s.lexicon.cue("non_state_codes")):
        return actor, recipient
    where = place_recipients(clause_of(c.trigger), [], s.analysis, s.lexicon)
    state = where[0].actor if where else _state_ref(actor).actor if _state_ref(actor) else None
    if state is None:
        return actor, recipient
    return actor, replace(recipient, actor=state, basis="domestic")


def _state_ref(ref: ActorRef) -> ActorRef | None:
    where = where_of_country(ref.actor.country)
    if where is None:
        return None
    return replace(ref, actor=Actor(name=where.name, kind="country", country=ref.actor.country))


def not_interviews(s: Sentence, c: Candidate) -> Candidate | None:
    """"VOA spoke with Armitage", "in an interview with Reuters": a news outlet meeting
    someone is an interview, not a consultation (an outlet is an actor only as a speaker)."""
    if c.pairs is None or c.event_type != "CONSULT":
        return c
    kept = tuple(p for p in c.pairs if not any(r is not None and _outlet(r) for r in p))
    if not kept:
        return None
    return c if len(kept) == len(c.pairs) else replace(c, pairs=kept)


def _outlet(ref: ActorRef) -> bool:
    return ref.actor.kind == "organization" and ref.actor.sector == "MED"


def _state(ref: ActorRef, non_state: frozenset[str]) -> bool:
    """Does this actor belong to a state (whose domestic politics an act can be)?"""
    code = ref.actor.country
    return bool(code) and len(code) == 3 and code.isupper() and code not in non_state


# ---------------------------------------------------------------- the source of a claim

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
            or not args.actors or not all(_state(a, lex.cue("non_state_codes")) or _body(a)
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
             and _state(a, s.lexicon.cue("non_state_codes"))]
    return named[0] if named and len({a.actor.code for a in named}) == 1 else None
