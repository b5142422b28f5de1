"""The rule-based extractor: triggers -> arguments -> status -> mentions.

Each step lives in its own module (``triggers``, ``arguments``, ``status``) so that a
classifier or an LLM can replace one of them; this module only wires them together, applies
the precision guards and merges repeated reports of one event within an article.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING, Callable, Protocol, runtime_checkable

from dossier.events.arguments import (
    Arguments,
    named_party,
    noun_arguments,
    subject_tokens,
    verb_arguments,
)
from dossier.events.attribution import belief, own_announcement, witness_source
from dossier.events.context import (
    event_date,
    event_location,
    evidence_span,
    inherit_main_date,
    quotations,
    quoted,
    trigger_span,
)
from dossier.events.conventions import (
    COOPERATIVE_TYPES,
    DOMESTIC_PATIENT_TYPES,
    HARM_TYPES,
    MUTUAL_TYPES,
    PLACE_ACTOR_TYPES,
    PLACE_RECIPIENT_TYPES,
    PURPOSE_RECIPIENT_TYPES,
    SELF_RECIPIENT_TYPES,
    SPEECH_RECIPIENT_TYPES,
    THREAT_MODES,
    THREAT_TYPE_MODES,
    clause_of,
    complement_refs,
    crackdown_targets,
    destination_recipients,
    place_recipients,
    reciprocal,
    same_party,
    type_by_complement,
    unnamed_people,
)
from dossier.events.demonyms import demonym_lookup
from dossier.events.lexicon import Lexicon, load_lexicon
from dossier.events.merge import mention_key, merge_mentions, rank
from dossier.events.precision import (
    accused_subject,
    alternative,
    celebration,
    characterisation,
    concurring_agree,
    deportation,
    domestic_fallback_ok,
    event_noun_subject,
    habitual_negation,
    measure_subject,
    military_backing,
    party_named,
    presupposed_object,
    sanction_means,
    self_reported,
    spoken_stance,
    unanchored,
    visitor,
)
from dossier.events.refs import ActorIndex, refs_for_all
from dossier.events.status import Assessment, assess, source_of
from dossier.events.tokens import child, object_in_class
from dossier.events.triggers import Trigger, find_triggers
from dossier.model import UNDIRECTED_TYPES, Actor, ActorRef, Analysis, Mention

if TYPE_CHECKING:  # pragma: no cover
    from dossier.kb import KnowledgeBase

log = logging.getLogger(__name__)


@runtime_checkable
class Extractor(Protocol):
    """Anything that turns an analysed article into event mentions."""

    def extract(self, analysis: Analysis) -> list[Mention]: ...


class RuleExtractor:
    """Lexicon- and dependency-rule extraction (see data/triggers.yaml and data/cues.yaml)."""

    def __init__(self, lexicon: Lexicon, *, merge: bool = True,
                 modifier_lookup: Callable[[str], Actor | None] | None = None) -> None:
        """``modifier_lookup`` names the state behind a modifier word ("Ukrainian towns");
        ``default()`` wires in the knowledge base's demonyms."""
        self.lexicon = lexicon
        self.merge = merge
        self.modifier_lookup = modifier_lookup

    @classmethod
    def default(cls, kb: "KnowledgeBase | None" = None) -> "RuleExtractor":
        """The extractor with the shipped lexicon. Pass the pipeline's knowledge base so
        that its demonyms (a user's KB files included) name the states behind modifiers;
        without one, a shared extractor over the bundled KB is returned (loaded on first use)."""
        if kb is None:
            return _default()
        return cls(load_lexicon(), modifier_lookup=demonym_lookup(kb))

    def extract(self, analysis: Analysis) -> list[Mention]:
        index = ActorIndex(analysis.doc, analysis.actors, self.modifier_lookup)
        out: list[Mention] = []
        quotes = quotations(analysis.doc.text)
        for sent in analysis.doc.sents:
            if not any(index.at(t) or _demonym(t, index) for t in sent):
                continue  # "Palestinian riots against Israeli policies" names states by adjective
            out.extend(self._sentence(sent, analysis, index, quotes))
        out = inherit_main_date(out, analysis)
        return merge_mentions(out) if self.merge else out

    # ------------------------------------------------------------------ one sentence

    def _sentence(self, sent, analysis: Analysis, index: ActorIndex,
                  quotes: list[tuple[int, int]] = ()) -> list[Mention]:
        lex = self.lexicon
        triggers = find_triggers(sent, lex, index)
        for trig in triggers:
            if trig.rule.intent:
                type_by_complement(trig, triggers)
        heads = {t.token.i: t for t in triggers if t.pos != "noun"}
        best: dict[tuple, Mention] = {}
        made: list[tuple[Trigger, Mention]] = []
        for trig in triggers:
            why = _not_an_act(trig, lex)
            if why is None and event_noun_subject(trig, triggers, lex):
                why = "done by an event noun ('the bombing that killed …')"
            if why is None and sanction_means(trig, triggers):
                why = "its means is a sanction ('retaliated by imposing tariffs')"
            if why:
                log.debug("dropped %s %r: %s", trig.type, trig.token.text, why)
                continue
            args = (noun_arguments if trig.pos == "noun" else verb_arguments)(trig, index, lex)
            status = assess(trig, lex, heads)
            if status.drop:
                log.debug("dropped %s %r: %s", trig.type, trig.token.text, status.drop)
                continue
            if status.status == "fact" and quoted(trig.token.idx, quotes) \
                    and not all(a.text.lower() in FIRST_PERSON for a in args.actors or [None] if a):
                # a quoted speaker's words: "'The army keeps defying the council,' she said";
                # the speaker's own act ("'We will retaliate'") stays the speaker's fact
                status = status.restated("claim", "inside a quotation")
            naming = presupposed_object(trig, triggers)
            if naming is not None and status.status in ("negated", "future"):
                # "has never condemned the invasion": the invasion itself happened
                status = status.restated("fact", f"named as done by {naming.token.text!r}")
            made.extend((trig, m) for m in self._mentions(trig, args, status, analysis, index,
                                                           triggers))
        for m in crackdown_targets(made):
            key = mention_key(m)
            if key not in best or rank(best[key]) < rank(m):
                best[key] = m
        return list(best.values())

    def _mentions(self, trig: Trigger, args: Arguments, status: Assessment,
                  analysis: Analysis, index: ActorIndex,
                  triggers: list[Trigger] = ()) -> list[Mention]:
        lex, rule = self.lexicon, trig.rule
        ontology = lex.ontology
        deport = deportation(trig)
        own_state = False  # the recipient is each actor's own state ("imposed a curfew")
        if rule.speech and not args.recipients:
            comp = child(trig.token, "ccomp")
            if comp is not None:
                args.recipients = refs_for_all(subject_tokens(comp)[0], index, lex)
                if args.recipients:
                    args.paths.append("recipient: subject of the complement")
        # "A and B agreed": each other's party; "A, B and C offered to help": a third party's
        one_sided = rule.intent and rule.key != "agree"
        mutual_pair = (trig.type in UNDIRECTED_TYPES or trig.type in MUTUAL_TYPES
                       and object_in_class(trig.object_token, "ties", lex)) \
            and len(args.actors) >= 2 and not one_sided  # "A and B upgrade ties": each other
        if not args.recipients and not args.pair_within and trig.type in SPEECH_RECIPIENT_TYPES \
                and not mutual_pair \
                and not party_named(args.patient, lex):  # "accused the company of …": named, unknown
            comp = child(trig.token, "ccomp")
            said_of = subject_tokens(comp)[0] if comp is not None else []
            if not party_named(said_of, lex) or refs_for_all(said_of, index, lex):
                # "alleges the insurgent group has …": the unresolved subject is the target
                args.recipients = complement_refs(trig.token, args.actors, index, lex,
                                                   threat=trig.type == "THREATEN")
        if not args.recipients and not args.pair_within and trig.type in PURPOSE_RECIPIENT_TYPES:
            # "staged a hunger strike to demand the resignation of X": X is protested against
            args.recipients = complement_refs(clause_of(trig), args.actors, index, lex,
                                               deps=("xcomp", "advcl", "prep"))
            if args.recipients:
                args.paths.append("recipient: actor named in the complement")
        if not args.recipients and not args.pair_within and rule.place_recipient \
                and (trig.type == "AID" or any(a.actor.kind != "group" for a in args.actors)):
            # officials travel on visits; refugees or troops arriving somewhere do not
            args.recipients = destination_recipients(trig.token, args.actors, analysis)
            if args.recipients:
                args.paths.append("recipient: country of the place visited")
        if not args.recipients and not args.pair_within and trig.type in PLACE_RECIPIENT_TYPES \
                and not deport and not named_party(args.patient):
            # deportees are not the country they are sent to; "strikes against IS in Syria"
            # hit IS, whether or not it is resolved
            args.recipients = place_recipients(clause_of(trig), args.actors, analysis)
            if args.recipients:
                args.paths.append("recipient: country of the place")
        if deport and not args.recipients:
            return []  # "deported 177 detainees to X": the deportees' state is not named
        if not args.recipients and not args.pair_within and trig.type in DOMESTIC_PATIENT_TYPES \
                and args.actors and unnamed_people(args.patient, lex):
            args.recipients = list(args.actors)
            own_state = True
            args.paths.append("recipient: unnamed people (domestic)")
            allow_self = True
        elif not args.recipients and not args.pair_within and trig.type in SELF_RECIPIENT_TYPES \
                and args.actors and not any(t.pos_ == "PRON" for t in args.patient) \
                and not any(object_in_class(o, "sanctionable", lex)
                            for o in (trig.object_token, child(trig.token, "dobj"))):
            # "banned the supply of chips" has a foreign party the sentence leaves out
            args.recipients = list(args.actors)
            own_state = True
            allow_self = True
            args.paths.append("recipient: domestic (the actor's own state)")
        else:
            allow_self = False
        if "recipient" in rule.needs and not args.recipients:
            return []
        if "recipient_or_military" in rule.needs and not args.recipients \
                and not object_in_class(trig.object_token, "military", lex):
            return []
        if not args.actors and trig.type in PLACE_ACTOR_TYPES:
            # "students throughout Indonesia staged demonstrations": a domestic act
            args.actors = place_recipients(clause_of(trig), args.recipients, analysis)
            if args.actors:
                allow_self = True
                args.paths.append("actor: country of the place (domestic)")
            elif args.recipients and all(r.actor.kind != "person" or r.actor.country
                                         for r in args.recipients):
                # "refugees on hunger strike against the Russian government": domestic
                args.actors = [replace(r, basis="domestic") for r in args.recipients[:1]]
                allow_self = True
                args.paths.append("actor: unnamed protesters (domestic to the target)")
        if not args.actors:
            return []
        if rule.key == "commitment" and all(r.basis == "modifier" for r in args.recipients):
            return []  # "commitment to a free Indian Ocean": an adjective names no party
        if any(military_backing(trig, a.text, lex) for a in args.actors):
            trig.type, trig.mode = "AID", "military"
            args.paths.append("type: backing by armed forces -> AID")
        if args.recipients and all(r.basis == "place" for r in args.actors + args.recipients):
            return []  # "the University protests over the war in Gaza": two places, no party
        if not args.recipients and rule.default_recipient == "self":
            args.recipients = list(args.actors)
            own_state = True
            allow_self = True
        symmetric = trig.type in UNDIRECTED_TYPES
        # "A and B signed a treaty" is mutual; "A, B and C supported the call" is not
        mutual = (symmetric or trig.type in MUTUAL_TYPES and (
            trig.mode in MUTUAL_MODES or object_in_class(trig.object_token, "ties", lex))) \
            and not one_sided
        if args.pair_within or (mutual and not args.recipients and len(args.actors) >= 2):
            pairs = list(combinations(args.actors, 2))
        elif args.recipients:
            pairs = [(a, r) for a in args.actors for r in args.recipients
                     if not own_state or a.actor.code == r.actor.code]
        elif reciprocal(trig, args.actors, args.patient, lex):
            # "both countries withdrew ambassadors": each did it to the other
            pairs = [(a, b) for a in args.actors for b in args.actors
                     if a.actor.code != b.actor.code]
            args.paths.append("recipient: each other (reciprocal)")
        else:
            asserted = trig.light is not None or trig.governor is not None
            needs_recipient = trig.pos == "noun" and (not asserted or symmetric) \
                or ontology.types[trig.type].requires_recipient \
                or trig.type not in lex.unary_types
            if needs_recipient or args.patient or not all(_domestic(a) for a in args.actors) \
                    or not domestic_fallback_ok(trig, list(triggers), lex):
                # a named but unresolved target ("urged the council") is not the actor's own
                # state; an envoy or an international body has no domestic politics
                return []
            # PLOVER codes an act with no other party as domestic: the actor's own state
            pairs = [(a, a) for a in args.actors]
            allow_self = True
            args.paths.append("recipient: none named (domestic)")
        source = self._source(status, index)
        if status.status == "claim" and source is None:
            source = witness_source(source_of(status), lex)  # "witnesses said troops fired"
            if source is not None:
                status = status.noted(f"source: eyewitnesses {source.text!r}")
        if status.status == "claim" and own_announcement(status.reporter, source, args.actors):
            status, source = status.restated("fact", "announced by its own actor"), None
            # "X announced it was cutting ties"
        if status.status == "claim" and source is None and status.source_tokens \
                and not _speaker(status.source_tokens) and not self_reported(trig) \
                and not belief(status.reporter):
            # "…, experts said": a source that names no actor leaves the writer's fact;
            # "he said", "Smith said" stay claims of an unresolved speaker
            status = status.restated("fact")
        if status.status == "claim" and source is None and self_reported(trig) \
                and args.actors[0].actor.country:
            source = args.actors[0]  # "officials said they arrested …": the doer's own report
        if source is None and rule.status == "future":
            # an announced act keeps its announcer: "X invited Y for a visit"
            subj = refs_for_all(subject_tokens(trig.token)[0], index, lex)
            source = subj[0] if subj else None
        evidence = evidence_span(trig.token.sent, trig.token)
        trig_span = trigger_span(trig, analysis.doc)
        date = event_date(analysis, trig.token.i)
        location = event_location(analysis, trig.token.i)
        conf = _confidence(trig, args, status)
        type_ = rule.future_type if rule.future_type and status.status == "future" else trig.type
        mode = trig.mode if type_ == trig.type else None
        own = {a.actor.code for a in args.actors}
        if status.status == "claim" and spoken_stance(trig, source.actor.code if source else None, own):
            status = status.restated("fact", "a stance its speaker takes (the act itself)")
            source = None
        voice = refs_for_all(status.voice, index, lex) if status.voice else []
        own_voice = (source is None or source.actor.code in own) and (
            not status.voice or any(r.actor.code in own for r in voice))
        if status.intent and own_voice and status.status == "future" and (
                trig.type in HARM_TYPES or status.ultimatum):
            # a harm its own actor says it will do, or an act held over the other side
            mode = THREAT_MODES.get((trig.type, trig.mode), THREAT_TYPE_MODES.get(trig.type))
            type_, status, source = "THREATEN", status.restated("fact"), None
            explain_extra = ("type: planned by its own actor -> THREATEN",)
        elif rule.negated_type and status.status == "negated" and type_ == trig.type:
            # withholding is itself the act: "does not allow agencies in" refuses them access
            type_, mode = rule.negated_type, rule.negated_mode
            status = status.restated("fact" if own_voice else "claim")
            explain_extra = (f"type: negated {trig.type} -> {type_}",)
        elif status.intent and own_voice and status.status == "negated" \
                and trig.type in COOPERATIVE_TYPES:
            type_, mode, status, source = "REJECT", None, status.restated("fact"), None
            explain_extra = ("type: refused by its own actor -> REJECT",)
        else:
            explain_extra = ()
        explain = (trig.describe(), *args.paths, status.explain(), *explain_extra)
        out = []
        for actor, recipient in pairs:
            if recipient is not None and same_party(actor, recipient, type_, allow_self):
                continue
            if unanchored(actor, recipient):
                continue
            if source is not None and source.actor.code == actor.actor.code and status.status == "claim" \
                    and trig.type == "ACCUSE" and rule.speech:
                continue  # "X alleged …" reported by X: the accusation itself is already coded
            out.append(Mention(
                doc=analysis.article.doc, type=type_, trigger=trig_span, evidence=evidence,
                actor=actor, recipient=recipient, mode=mode,
                cameo=rule.cameo if type_ == trig.type and rule.cameo else ontology.cameo(type_, mode),
                others=tuple(r for r in args.others if r not in (actor, recipient)),
                object=args.object, date=date, reported=analysis.article.published,
                location=location, status=status.status,
                source=source if status.status in ("claim", "denial", "future") else None,
                confidence=conf, explain=explain))
        return out

    def _source(self, status: Assessment, index: ActorIndex) -> ActorRef | None:
        toks = source_of(status)
        refs = refs_for_all(toks, index, self.lexicon)
        return refs[0] if refs else None


@lru_cache(maxsize=1)
def _default() -> RuleExtractor:
    return RuleExtractor(load_lexicon(), modifier_lookup=demonym_lookup())


def _not_an_act(trig: Trigger, lex: Lexicon) -> str | None:
    """Why a trigger is read as no event at all (see ``precision``), or None. A visit by
    troops is retyped as aid here."""
    if concurring_agree(trig):
        return "concurring with a view"
    if characterisation(trig):
        return "characterisation ('is a …')"
    if accused_subject(trig):
        return "its subject is the accused ('stands accused of')"
    if celebration(trig):
        return "a celebration, not a protest"
    if alternative(trig.token):
        return "an alternative not taken ('instead of')"
    if measure_subject(trig, lex):
        return "done by a measure, not by force ('legislation targeting X')"
    seldom = habitual_negation(trig.token, lex)
    if seldom:
        return f"habitual {seldom!r}"
    if trig.rule.place_recipient:
        who = visitor(trig, lex)
        if who is None:
            return "the traveller is no official or delegation"
        if who == "military":
            trig.type, trig.mode = "AID", "military"
    return None


def _demonym(tok, index: ActorIndex) -> bool:
    """Does a modifier word name a state ("Israeli" in "Israeli policies")?"""
    return tok.dep_ in ("amod", "compound", "nmod") and tok.pos_ in ("ADJ", "PROPN") \
        and bool(index.modifier(tok))


def _speaker(tokens) -> bool:
    """Is a claim's source a particular speaker (a pronoun, a named person, one official)
    rather than a generic plural ("experts", "analysts")?"""
    head = tokens[0]
    if head.pos_ == "PRON":
        return head.lower_ in ("he", "she", "they", "i", "we")
    return head.ent_type_ == "PERSON" or (head.pos_ == "NOUN" and head.tag_ == "NN")


MUTUAL_MODES = {"sign", "recognize"}
FIRST_PERSON = {"we", "i", "us", "our", "my", "me"}
NON_STATE_CODES = {"IGO", "IMG", "NGO", "MNC", "WST", "EUR", "UIS"}


def _domestic(ref: ActorRef) -> bool:
    """May this actor's act with no named party be coded as domestic (its own state)?"""
    code = ref.actor.country
    return bool(code) and len(code) == 3 and code.isupper() and code not in NON_STATE_CODES


def _confidence(trig: Trigger, args: Arguments, status: Assessment) -> float:
    c = trig.rule.confidence
    c += 0.1 if args.recipients else -0.05
    c += 0.1 if any(p.startswith("actor: nsubj") or p.startswith("actor: poss")
                    or p.startswith("actor: agent") for p in args.paths) else 0.0
    c -= 0.1 if trig.pos == "noun" and trig.light is None else 0.0
    return round(max(0.05, min(0.95, c)), 2)


