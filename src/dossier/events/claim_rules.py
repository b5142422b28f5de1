"""Rules on attribution and coding: who a claim is attributed to, when a reported act is
the writer's fact after all, and when the act is coded as another type (a planned harm is a
threat, a withheld act a refusal).

Each rule returns the candidate or a new one; the notes a rule adds go to ``explain``.
"""

from __future__ import annotations

from dataclasses import replace

from dossier.events.attribution import belief, own_announcement, witness_source
from dossier.events.candidate import Candidate, Sentence, with_status
from dossier.events.conventions import (
    COOPERATIVE_TYPES,
    HARM_TYPES,
    THREAT_MODES,
    THREAT_TYPE_MODES,
    clause_of,
)
from dossier.events.precision import self_reported, spoken_stance
from dossier.events.refs import refs_for_all
from dossier.events.status import source_of
from dossier.events.subjects import subject_tokens

# ---------------------------------------------------------------- source and status


def _claim(c: Candidate) -> bool:
    return c.status.status == "claim"


def named_source(s: Sentence, c: Candidate) -> Candidate:
    """The actor the claim, denial or announcement is attributed to, where one is resolved."""
    refs = refs_for_all(source_of(c.status), s.index, s.lexicon)
    return replace(c, source=refs[0]) if refs else c


def eyewitnesses(s: Sentence, c: Candidate) -> Candidate:
    """"witnesses said troops fired": a claim whose source is the witnesses."""
    if not _claim(c) or c.source is not None:
        return c
    source = witness_source(source_of(c.status), s.lexicon)
    if source is None:
        return c
    return replace(with_status(c, f"source: eyewitnesses {source.text!r}"), source=source)


def own_announcement_fact(s: Sentence, c: Candidate) -> Candidate:
    """"X announced it was cutting ties": the actor's own announcement states a fact."""
    if _claim(c) and own_announcement(c.status.reporter, c.source, c.args.actors):
        return replace(with_status(c, "announced by its own actor", status="fact"), source=None)
    return c


def unnamed_source(s: Sentence, c: Candidate) -> Candidate:
    """"…, experts said": a source that names no actor leaves the writer's fact; "he said",
    "Smith said" stay claims of an unresolved speaker."""
    status = c.status
    if _claim(c) and c.source is None and status.source_tokens \
            and not _speaker(status.source_tokens, s.lexicon.cue("speaker_pronouns")) \
            and not self_reported(c.trigger) and not belief(status.reporter):
        return with_status(c, status="fact")
    return c


def _speaker(tokens, pronouns: frozenset[str]) -> bool:
    """Is a claim's source a particular speaker (a pronoun, a named person, one official)
    rather than a generic plural ("experts", "analysts")?"""
    head = tokens[0]
    if head.pos_ == "PRON":
        return head.lower_ in pronouns
    return head.ent_type_ == "PERSON" or (head.pos_ == "NOUN" and head.tag_ == "NN")


def self_report(s: Sentence, c: Candidate) -> Candidate:
    """"officials said they arrested …": the doer's own report, with the doer as source."""
    actor = c.args.actors[0]
    if _claim(c) and c.source is None and self_reported(c.trigger) and actor.actor.country:
        return replace(c, source=actor)
    return c


def announcer(s: Sentence, c: Candidate) -> Candidate:
    """An announced act keeps its announcer: "X invited Y for a visit"."""
    if c.source is not None or c.trigger.rule.status != "future":
        return c
    subj = refs_for_all(subject_tokens(c.trigger.token)[0], s.index, s.lexicon)
    return replace(c, source=subj[0]) if subj else c


# ---------------------------------------------------------------- type

def future_type(s: Sentence, c: Candidate) -> Candidate:
    """A planned act of some rules is coded as another type ("will sign": AGREE)."""
    trig = c.trigger
    planned = trig.rule.future_type
    if not planned or c.status.status != "future":
        return c
    return replace(c, coded=(planned, trig.mode if planned == trig.type else None))


def _own(c: Candidate) -> set[str]:
    return {a.actor.code for a in c.args.actors}


def stance(s: Sentence, c: Candidate) -> Candidate:
    """"Putin said Russia supports the proposal": a stance its speaker takes is the act."""
    code = c.source.actor.code if c.source else None
    if _claim(c) and spoken_stance(c.trigger, code, _own(c)):
        return replace(with_status(c, "a stance its speaker takes (the act itself)",
                                   status="fact"), source=None)
    return c


def _own_voice(s: Sentence, c: Candidate) -> bool:
    """Are these the actor's own words (its source and the voice of the clause)?"""
    own, status = _own(c), c.status
    voice = refs_for_all(status.voice, s.index, s.lexicon) if status.voice else []
    return (c.source is None or c.source.actor.code in own) and (
        not status.voice or any(r.actor.code in own for r in voice))


def threat(s: Sentence, c: Candidate) -> Candidate:
    """A harm its own actor says it will do ("said it would impose sanctions", "warned it
    could retaliate"), or an act held over the other side ("will withdraw unless …"), is a
    threat. A plan stated by the writer ("X plans to impose sanctions", "X is set to vote on
    tariffs") is no threat: it stays its own act, planned."""
    trig, status = c.trigger, c.status
    if not ((status.intent or status.possible) and status.status == "future"
            and (trig.type in HARM_TYPES or status.ultimatum) and _own_voice(s, c)
            and (status.reporter is not None or status.ultimatum)):
        return c
    if _announced_decision(trig, status):
        return c  # "announced it would cease aid to X": a decision made public, not a threat
    mode = THREAT_MODES.get((trig.type, trig.mode), THREAT_TYPE_MODES.get(trig.type))
    return replace(with_status(c, status="fact"), coded=("THREATEN", mode), source=None,
                   notes=c.notes + ("type: planned by its own actor -> THREATEN",))


def _announced_decision(trig, status) -> bool:
    """Is the future act a decision its actor announced and the writer reports as taken ("X
    announced it would halt aid to Y": announced, past, with "would"), with no condition held
    over the other side? "X announced it will extend the curfew" stays a warning (THREATEN),
    as PLOVER codes it."""
    reporter = status.reporter
    return reporter is not None and not status.ultimatum and not status.possible \
        and reporter.lemma_.lower() == "announce" and reporter.tag_ == "VBD" \
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in clause_of(trig).children)


def speculation(s: Sentence, c: Candidate) -> Candidate | None:
    """"analysts said X could strike", "X said it could send aid": an act only said to be
    possible is no event, unless its own actor holds a harm over the other (a threat)."""
    return None if c.status.possible and c.event_type != "THREATEN" else c


def withheld(s: Sentence, c: Candidate) -> Candidate:
    """Withholding is itself the act: "does not allow agencies in" refuses them access."""
    trig, rule = c.trigger, c.trigger.rule
    if not rule.negated_type or c.status.status != "negated" or c.event_type != trig.type:
        return c
    coded = with_status(c, status="fact" if _own_voice(s, c) else "claim")
    return replace(coded, coded=(rule.negated_type, rule.negated_mode),
                   notes=c.notes + (f"type: negated {trig.type} -> {rule.negated_type}",))


def refusal(s: Sentence, c: Candidate) -> Candidate:
    """Cooperation refused by its own actor ("will not meet") is a rejection."""
    status = c.status
    if status.intent and status.status == "negated" and c.trigger.type in COOPERATIVE_TYPES \
            and _own_voice(s, c):
        return replace(with_status(c, status="fact"), coded=("REJECT", None), source=None,
                       notes=c.notes + ("type: refused by its own actor -> REJECT",))
    return c
