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
from typing import Callable, Protocol, runtime_checkable

from dossier.events.arguments import (ActorIndex, Arguments, child, noun_arguments,
                                      object_in_class, refs_for_all, subject_tokens,
                                      verb_arguments)
from dossier.events.lexicon import Lexicon, load_lexicon
from dossier.events.status import Assessment, assess, source_of
from dossier.events.triggers import Trigger, find_triggers
from dossier.model import UNDIRECTED_TYPES, Actor, ActorRef, Analysis, Mention, Span, When, Where

log = logging.getLogger(__name__)

# Types where an actor acting on its own state is still an event (domestic politics).
DOMESTIC_TYPES = {"PROTEST", "COERCE", "ASSAULT", "CONCEDE", "RETREAT", "REJECT", "REQUEST",
                  "THREATEN", "ACCUSE", "MOBILIZE"}
# Speech acts whose target is often named only inside what they say ("threatened to shell
# Iraqi towns", "urged the EU to support the PLO").
SPEECH_RECIPIENT_TYPES = {"THREATEN", "REQUEST", "AGREE", "REJECT", "ACCUSE", "SUPPORT"}
# Acts whose target may be given only as a place ("fired at targets in Jericho").
PLACE_RECIPIENT_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "CONCEDE"}
# Acts coded as domestic when no other party is named (a curfew, a ban, an eased restriction).
SELF_RECIPIENT_TYPES = {"COERCE", "CONCEDE"}
# Acts that coordinated subjects do to each other ("A and B signed a treaty").
MUTUAL_TYPES = {"SUPPORT"}
# Acts by unnamed crowds that the place makes domestic.
PLACE_ACTOR_TYPES = {"PROTEST"}
GRANULARITY_RANK = {"day": 6, "time": 7, "week": 5, "month": 4, "quarter": 3, "season": 3,
                    "year": 2, "decade": 1}


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
    def default(cls) -> "RuleExtractor":
        """The extractor with the shipped lexicon, built once and cached."""
        return _default()

    def extract(self, analysis: Analysis) -> list[Mention]:
        index = ActorIndex(analysis.doc, analysis.actors, self.modifier_lookup)
        if not index:
            return []
        out: list[Mention] = []
        for sent in analysis.doc.sents:
            if not any(index.at(t) for t in sent):
                continue
            out.extend(self._sentence(sent, analysis, index))
        out = _inherit_main_date(out, analysis)
        return merge_mentions(out) if self.merge else out

    # ------------------------------------------------------------------ one sentence

    def _sentence(self, sent, analysis: Analysis, index: ActorIndex) -> list[Mention]:
        lex = self.lexicon
        triggers = find_triggers(sent, lex, index)
        heads = {t.token.i: t for t in triggers if t.pos == "verb"}
        best: dict[tuple, Mention] = {}
        for trig in triggers:
            args = (verb_arguments if trig.pos == "verb" else noun_arguments)(trig, index, lex)
            status = assess(trig, lex, heads)
            if status.drop:
                log.debug("dropped %s %r: %s", trig.type, trig.token.text, status.drop)
                continue
            for m in self._mentions(trig, args, status, analysis, index):
                key = _key(m)
                if key not in best or _rank(best[key]) < _rank(m):
                    best[key] = m
        return list(best.values())

    def _mentions(self, trig: Trigger, args: Arguments, status: Assessment,
                  analysis: Analysis, index: ActorIndex) -> list[Mention]:
        lex, rule = self.lexicon, trig.rule
        ontology = lex.ontology
        if rule.speech and not args.recipients:
            comp = child(trig.token, "ccomp")
            if comp is not None:
                args.recipients = refs_for_all(subject_tokens(comp)[0], index, lex)
                if args.recipients:
                    args.paths.append("recipient: subject of the complement")
        if not args.recipients and not args.pair_within and trig.type in SPEECH_RECIPIENT_TYPES:
            args.recipients = _complement_refs(trig.token, args.actors, index, lex,
                                               threat=trig.type == "THREATEN")
            if args.recipients:
                args.paths.append("recipient: actor named in the complement")
        if not args.recipients and not args.pair_within and trig.type in PLACE_RECIPIENT_TYPES:
            args.recipients = _place_recipients(trig.token, args.actors, analysis)
            if args.recipients:
                args.paths.append("recipient: country of the place")
        if not args.recipients and not args.pair_within and trig.type in SELF_RECIPIENT_TYPES \
                and args.actors:
            args.recipients = list(args.actors)
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
            args.actors = _place_recipients(trig.token, [], analysis)
            if args.actors:
                args.paths.append("actor: country of the place (domestic)")
        if not args.actors:
            return []
        if not args.recipients and rule.default_recipient == "self":
            args.recipients = list(args.actors)
            allow_self = True
        symmetric = trig.type in UNDIRECTED_TYPES
        mutual = symmetric or trig.type in MUTUAL_TYPES
        if args.pair_within or (mutual and not args.recipients and len(args.actors) >= 2):
            pairs = list(combinations(args.actors, 2))
        elif args.recipients:
            pairs = [(a, r) for a in args.actors for r in args.recipients]
        else:
            needs_recipient = trig.pos == "noun" or ontology.types[trig.type].requires_recipient \
                or symmetric or trig.type not in lex.unary_types
            if needs_recipient:
                return []
            # PLOVER codes an act with no other party as domestic: the actor's own state
            pairs = [(a, a) for a in args.actors]
            allow_self = True
            args.paths.append("recipient: none named (domestic)")
        source = self._source(status, index)
        if status.status == "claim" and source is None and status.source_tokens:
            # "…, experts said": a source that names no actor leaves the writer's fact
            status.status = "fact"
        if source is None and rule.status == "future":
            # an announced act keeps its announcer: "X invited Y for a visit"
            subj = refs_for_all(subject_tokens(trig.token)[0], index, lex)
            source = subj[0] if subj else None
        evidence = _evidence(trig.token.sent, trig.token)
        trigger_span = _trigger_span(trig, analysis.doc)
        date = _event_date(analysis, trig.token.i)
        location = _event_location(analysis, trig.token.i)
        conf = _confidence(trig, args, status)
        type_ = rule.future_type if rule.future_type and status.status == "future" else trig.type
        mode = trig.mode if type_ == trig.type else None
        explain = (trig.describe(), *args.paths, status.explain())
        out = []
        for actor, recipient in pairs:
            if recipient is not None and _same(actor, recipient, trig.type, allow_self):
                continue
            if source is not None and source.actor.code == actor.actor.code and status.status == "claim" \
                    and trig.type in ("ACCUSE",):
                continue
            out.append(Mention(
                doc=analysis.article.doc, type=type_, trigger=trigger_span, evidence=evidence,
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
    return RuleExtractor(load_lexicon(), modifier_lookup=_kb_modifier_lookup())


def _kb_modifier_lookup() -> Callable[[str], Actor | None] | None:
    """Demonyms from the actor stage's knowledge base, loaded on first use."""
    try:
        from dossier.resolve.kb import KnowledgeBase
    except ImportError:  # pragma: no cover - the actor stage is optional
        return None
    state: dict[str, object] = {}

    @lru_cache(maxsize=4096)
    def lookup(text: str) -> Actor | None:
        if "kb" not in state:
            state["kb"] = KnowledgeBase.from_files()
        kb = state["kb"]
        hits = [a for a in kb.lookup(text) if a.basis in ("demonym", "name") and a.case_ok(text)]
        if not hits or not text[:1].isupper():
            return None
        entity = kb.entity(hits[0].entity_id)
        if entity is None or entity.kind not in ("country", "group", "organization"):
            return None
        return Actor(name=entity.name, kind=entity.kind, country=entity.country or entity.id,
                     sector=entity.sector, wikidata=entity.wikidata, entity_id=entity.id)

    return lookup


def _inherit_main_date(mentions: list[Mention], analysis: Analysis) -> list[Mention]:
    """Undated present-tense reports of the article's main event take its date."""
    dated = [m for m in mentions if m.date is not None and m.date.granularity == "day"
             and m.status == "fact"]
    if not dated:
        return mentions
    main = min(dated, key=lambda m: m.trigger.start).date
    out = []
    for m in mentions:
        if m.date is None:
            d = _event_date(analysis, _token_at(analysis.doc, m.trigger.start), main_event=main)
            if d is not None:
                m = replace(m, date=d)
        out.append(m)
    return out


def _token_at(doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


# ---------------------------------------------------------------------- helpers

def _same(actor: ActorRef, recipient: ActorRef, type_: str, allow_self: bool) -> bool:
    if actor.start == recipient.start and actor.end == recipient.end and not allow_self:
        return True
    if actor.actor.code != recipient.actor.code:
        return False
    if allow_self:
        return False
    if type_ in DOMESTIC_TYPES and actor.actor.sector != recipient.actor.sector:
        return False
    return True


def _complement_refs(tok, actors: list[ActorRef], index: ActorIndex, lex: Lexicon,
                     threat: bool = False) -> list[ActorRef]:
    """The first other actor named in what a speech act says; a threat's condition counts
    ("threatened to strike unless X withdraws": X is the target)."""
    own = {a.actor.code for a in actors}
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp", "dobj", "prep"):
            found = []
            for t in c.subtree:
                if t.dep_ == "mark" and t.lower_ in lex.cue("condition_marks") and not threat:
                    break
                for r in index.at(t) or (index.modifier(t) if t.dep_ in ("amod", "compound") else []):
                    if r.actor.code not in own and r.actor.code not in {x.actor.code for x in found}:
                        found.append(r)
            if found:
                return found[:1]
    return []


def _place_recipients(tok, actors: list[ActorRef], analysis: Analysis) -> list[ActorRef]:
    own = {a.actor.code for a in actors}
    sub = list(tok.subtree)
    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    for where in analysis.places:
        if where.country and where.start is not None and lo <= where.start < hi \
                and where.country not in own:
            actor = Actor(name=where.country, kind="country", country=where.country)
            return [ActorRef(actor=actor, text=where.text, start=where.start,
                             end=where.end if where.end is not None else where.start + len(where.text),
                             basis="place")]
    return []


def _key(m: Mention) -> tuple:
    a = m.actor.actor.code if m.actor else None
    r = m.recipient.actor.code if m.recipient else None
    if m.type in UNDIRECTED_TYPES:
        a, r = sorted([a or "", r or ""])
    return (m.type, a, r, m.status, m.source.actor.code if m.source else None)


def _rank(m: Mention) -> tuple:
    g = GRANULARITY_RANK.get(m.date.granularity or "", 0) if m.date else -1
    return (g, m.confidence, -m.trigger.start)


def _compatible(a: When | None, b: When | None, *, same_mode: bool = True) -> bool:
    """Could two dates be the same event's? (one unknown, equal, or one inside the other;
    a week holds a day only for reports of the same kind: a visit and a meeting that week
    may be two events)"""
    if a is None or b is None:
        return True
    x, y = a.value, b.value
    if x.startswith(y) or y.startswith(x):
        return True
    if not same_mode:
        return False
    for week, day in ((x, y), (y, x)):
        if "-W" in week and len(day) == 10:
            from datetime import date as _date
            try:
                iso = _date.fromisoformat(day).isocalendar()
            except ValueError:
                return False
            return week == f"{iso[0]}-W{iso[1]:02d}"
    return False


def merge_mentions(mentions: list[Mention]) -> list[Mention]:
    """Repeated reports of one event in an article become one mention (the best-dated):
    same type, dyad, status and source, and dates that can be the same."""
    groups: dict[tuple, list[Mention]] = {}
    for m in sorted(mentions, key=_rank, reverse=True):
        bucket = groups.setdefault(_key(m), [])
        if not any(_compatible(m.date, kept.date, same_mode=m.mode == kept.mode)
                   for kept in bucket):
            bucket.append(m)
    return sorted((m for b in groups.values() for m in b), key=lambda m: (m.trigger.start, m.type))


def _evidence(sent, tok) -> Span:
    """The sentence, cut at line breaks (headlines and bullets parse into their neighbours)."""
    doc = sent.doc
    text = doc.text
    start, end = sent.start_char, sent.end_char
    ls = text.rfind("\n", start, tok.idx)
    if ls != -1:
        start = ls + 1
    le = text.find("\n", tok.idx, end)
    if le != -1:
        end = le
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(text[start:end], start, end)


def _trigger_span(trig: Trigger, doc) -> Span:
    toks = [doc[i] for i in trig.tokens]
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return Span(doc.text[start:end], start, end)


def _confidence(trig: Trigger, args: Arguments, status: Assessment) -> float:
    c = trig.rule.confidence
    c += 0.1 if args.recipients else -0.05
    c += 0.1 if any(p.startswith("actor: nsubj") or p.startswith("actor: poss")
                    or p.startswith("actor: agent") for p in args.paths) else 0.0
    c -= 0.1 if trig.pos == "noun" and trig.light is None else 0.0
    return round(max(0.05, min(0.95, c)), 2)


def _event_date(analysis: Analysis, index: int, main_event: When | None = None) -> When | None:
    try:
        from dossier.resolve import time as time_mod
    except ImportError:  # pragma: no cover - the time stage is optional
        return None
    fn = getattr(time_mod, "event_date", None)
    if fn is None:
        return None
    try:
        return fn(analysis.doc, index, analysis.times, analysis.article.published,
                  main_event=main_event)
    except Exception:  # a failing date stage must not lose the event
        log.exception("event_date failed for %s at token %d", analysis.article.doc, index)
        return None


def _event_location(analysis: Analysis, index: int) -> Where | None:
    try:
        from dossier.resolve import places as places_mod
    except ImportError:  # pragma: no cover
        return None
    fn = getattr(places_mod, "event_location", None)
    if fn is None:
        return None
    try:
        return fn(analysis.doc, index, analysis.places)
    except Exception:
        log.exception("event_location failed for %s at token %d", analysis.article.doc, index)
        return None

