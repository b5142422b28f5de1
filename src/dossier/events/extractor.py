"""The rule-based extractor: triggers -> rules -> mentions.

Triggers come from the lexicon (``triggers``); each becomes a candidate that the ordered,
named rules of ``rules`` carry through the precision guards, arguments (``arguments``),
status (``status``) and the PLOVER conventions, or drop. This module only wires them
together, turns what survives into mentions, and merges repeated reports of one event within
an article.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from dossier.events import rules
from dossier.events.candidate import Candidate, Sentence
from dossier.events.threatened import threatened_sanctions
from dossier.events.confidence import load_weights
from dossier.events.context import (
    event_date,
    event_location,
    evidence_span,
    inherit_main_date,
    quotations,
    trigger_span,
)
from dossier.events.conventions import (
    crackdown_targets,
    outside_place_names,
    same_party,
    type_by_complement,
)
from dossier.events.demonyms import demonym_lookup, members_lookup, union_lookup
from dossier.events.denials import denied_claims
from dossier.events.lexicon import Lexicon, load_lexicon
from dossier.events.merge import mention_key, merge_mentions, rank
from dossier.events.occasions import mark_occasions
from dossier.events.precision import unanchored
from dossier.events.quoted_acts import quoted_demands
from dossier.events.refs import ActorIndex
from dossier.events.triggers import Trigger, find_triggers
from dossier.events.subjects import accusation_grounds
from dossier.events.tokens import is_passive
from dossier.model import Actor, ActorRef, Analysis, Mention
from dossier.nlp.text import doc_text
from dossier.places import where_of_country
from dossier.time.event_dates import coordinated_dates

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
                 modifier_lookup: Callable[[str], Actor | None] | None = None,
                 members: Callable[[str, date | None], tuple[Actor, ...]] | None = None,
                 unions: Callable[[str], Actor | None] | None = None) -> None:
        """``modifier_lookup`` names the state behind a modifier word ("Ukrainian towns");
        ``members`` the member states of a grouping on a date; ``unions`` the union a
        region's adjective stands for; ``default()`` wires in the knowledge base's demonyms,
        memberships and unions."""
        self.lexicon = lexicon
        self.merge = merge
        self.modifier_lookup = modifier_lookup
        self.members = members
        self.unions = unions

    @classmethod
    def default(cls, kb: KnowledgeBase | None = None) -> RuleExtractor:
        """The extractor with the shipped lexicon. Pass the pipeline's knowledge base so
        that its demonyms (a user's KB files included) name the states behind modifiers;
        without one, a shared extractor over the bundled KB is returned (loaded on first use)."""
        if kb is None:
            return _default()
        return cls(load_lexicon(), modifier_lookup=demonym_lookup(kb), members=members_lookup(kb),
                   unions=union_lookup(kb))

    def extract(self, analysis: Analysis) -> list[Mention]:
        index = ActorIndex(analysis.doc, outside_place_names(analysis.actors, analysis.places),
                           self.modifier_lookup, self.unions,
                           self.lexicon.cue("region_heads"))
        out: list[Mention] = []
        quotes = quotations(doc_text(analysis.doc))
        for sent in analysis.doc.sents:
            if not any(index.at(t) or _demonym(t, index) for t in sent):
                continue  # "Palestinian riots against Israeli policies" names states by adjective
            out.extend(self._sentence(sent, analysis, index, quotes))
        out += denied_claims(out, analysis.doc, index, self.lexicon)
        out += quoted_demands(analysis, index, self.lexicon, quotes)
        out = inherit_main_date(out, analysis)
        out = mark_occasions(analysis.doc, out, self.lexicon)
        return merge_mentions(out) if self.merge else out

    # ------------------------------------------------------------------ one sentence

    def _sentence(self, sent, analysis: Analysis, index: ActorIndex,
                  quotes: list[tuple[int, int]] = ()) -> list[Mention]:
        triggers = find_triggers(sent, self.lexicon, index)
        found = [(t.type, t.mode) for t in triggers]
        for trig in triggers:
            if trig.rule.intent:
                type_by_complement(trig, triggers, self.lexicon)  # retypes the (fresh) triggers it is given
        sentence = Sentence(analysis, index, self.lexicon, tuple(triggers), tuple(quotes),
                            members=self.members)
        made: list[tuple[Trigger, Mention]] = []
        for position, trig in enumerate(triggers):
            start = rules.start(trig, position, committed=(trig.type, trig.mode) != found[position])
            cand, kept = rules.run(sentence, start)
            # a later trigger sees this one as the rules left it (retyped, say)
            sentence = sentence.settled(cand, kept)
            if kept:
                mentions = _mentions(sentence, cand)
                made.extend((cand.trigger, m) for m in mentions)
                made.extend((cand.trigger, m)
                            for m in threatened_sanctions(cand, mentions, self.lexicon))
        best: dict[tuple, Mention] = {}
        for m in _date_occasions(_crackdowns(made), analysis):
            key = (mention_key(m), m.date.value if rules.COORDINATED_DATE in m.rules else None)
            if key not in best or rank(best[key]) < rank(m):
                best[key] = m
        return list(best.values())


@lru_cache(maxsize=1)
def _default() -> RuleExtractor:
    return RuleExtractor(load_lexicon(), modifier_lookup=demonym_lookup(),
                         members=members_lookup(), unions=union_lookup())


def _demonym(tok, index: ActorIndex) -> bool:
    """Does a modifier word name a state ("Israeli" in "Israeli policies")?"""
    return tok.dep_ in ("amod", "compound", "nmod") and tok.pos_ in ("ADJ", "PROPN") \
        and bool(index.modifier(tok))


def _mentions(sentence: Sentence, cand: Candidate) -> list[Mention]:
    """The mentions a candidate that passed every rule codes: one per pair, but never an
    actor with itself (unless the act is domestic), a pair no code anchors, or an accusation
    reported by its own accuser (the ACCUSE mention already codes it)."""
    trig, args, status, source = cand.trigger, cand.args, cand.status, cand.source
    analysis, rule = sentence.analysis, trig.rule
    type_, mode = cand.event_type, cand.event_mode
    template = Mention(
        doc=analysis.article.doc, type=type_, mode=mode, trigger=trigger_span(trig, analysis.doc),
        evidence=evidence_span(trig.token.sent, trig.token),
        cameo=rule.cameo if type_ == trig.type and rule.cameo
        else sentence.lexicon.ontology.cameo(type_, mode),
        object=args.object, date=event_date(analysis, _dated_at(trig, sentence.lexicon)),
        reported=analysis.article.published, location=event_location(analysis, trig.token.i),
        status=status.status, source=source if status.status in ("claim", "denial", "future") else None,
        confidence=load_weights().score(rule.confidence, cand.rules),
        explain=(trig.describe(), *cand.paths, status.explain(), *cand.notes), rules=cand.rules)
    out = []
    for actor, recipient in cand.pairs:
        if recipient is not None and same_party(actor, recipient, type_, cand.allow_self):
            continue
        if unanchored(actor, recipient):
            continue
        if source is not None and source.actor.code == actor.actor.code \
                and status.status == "claim" and trig.type == "ACCUSE" and rule.speech:
            continue  # "X alleged …" reported by X: the accusation itself is already coded
        if recipient is not None and _same_mention(actor, recipient):
            actor, recipient = _own_state_side(actor, trig)
        out.append(replace(template, actor=actor, recipient=recipient,
                           others=tuple(r for r in args.others if r not in (actor, recipient))))
    return out


def _dated_at(trig: Trigger, lex: Lexicon) -> int:
    """The token whose time dates the event: the trigger, or for an accusation that is the
    ground of an act ("removed from office in October amid accusations of misconduct") that
    act, told at the same time."""
    if trig.pos == "noun" and "grounds" in trig.rule.recipient:
        verb = accusation_grounds(trig.token, lex.cue("accusation_grounds_preps"),
                                  lex.cue("accusation_grounds_verbs"))
        if verb is not None:
            return verb.i
    return trig.token.i


def _same_mention(a: ActorRef, b: ActorRef) -> bool:
    return (a.start, a.end, a.actor.name) == (b.start, b.end, b.actor.name)


def _own_state_side(ref: ActorRef, trig: Trigger) -> tuple[ActorRef, ActorRef]:
    """A domestic act codes a party against its own state ("rebels ambushed a bus": the rebels
    against Pakistan). Its other side is that state, named as the state, so that no one is
    shown acting on himself: the state is the recipient, or, where the party is the one acted
    on ("X was rearrested"), the actor."""
    state = _state_ref(ref)
    if state is None or ref.actor.kind == "country":
        return ref, ref
    return (state, ref) if trig.pos == "verb" and is_passive(trig.token) else (ref, state)


def _state_ref(ref: ActorRef) -> ActorRef | None:
    where = where_of_country(ref.actor.country) if ref.actor.country else None
    if where is None:
        return None
    state = Actor(name=where.name, kind="country", country=ref.actor.country)
    return replace(ref, actor=state, basis="domestic")


def _date_occasions(mentions: list[Mention], analysis: Analysis) -> list[Mention]:
    """An act told with coordinated dates ("two attacks in 2013 and 2015", "sanctioned in 2023
    and again in January") is one occasion per date: a mention for each, which neither the
    sentence's choice of the best report nor the article's merge folds back (their dates
    differ)."""
    out = []
    for m in mentions:
        more = coordinated_dates(analysis.doc, m.date, analysis.times) if m.date else []
        if not more:
            out.append(m)
            continue
        marked = replace(m, rules=(*m.rules, rules.COORDINATED_DATE))
        out += [marked, *(replace(marked, date=d) for d in more)]
    return out


def _crackdowns(made: list[tuple[Trigger, Mention]]) -> list[Mention]:
    """``conventions.crackdown_targets``, with the rule recorded on each mention it changes."""
    out = crackdown_targets(made)
    return [m if m is old else replace(m, rules=m.rules + (
        "recipient.cracking_down" if m.type == "PROTEST" else "recipient.protesters_state",))
            for (_, old), m in zip(made, out)]
