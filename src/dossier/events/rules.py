"""The extraction rules, in the order they run, and the ids they record on each mention.

A trigger becomes a ``Candidate``; ``RULES`` run over it one by one, each returning the
candidate, a new one (``dataclasses.replace``), or None to drop it. A rule that changes the
candidate records its id in ``Candidate.rules`` (the argument and status rules record finer
ids themselves), and ``Mention.rules`` keeps them: what fired, in order, for each mention.

Rule ids are ``<what it decides>.<how>``:

    trigger.verb, trigger.adj, trigger.noun, trigger.light_noun   the trigger's kind
    actor.* recipient.*        an argument found by the parse (``arguments.ARGUMENT_RULES``:
                               ``actor.nsubj``, ``recipient.dobj``, ``recipient.prep`` …) or by
                               a convention below (``recipient.place``, ``actor.place`` …)
    status.<status>            the status the clause's cues give (``status.assess``, after the
                               ids of the status rules that decided it: ``status.negation`` …);
    status.*, source.*         a later reading of status or source (``status.quotation`` …)
    type.*                     the act coded as another type (``type.threaten``,
                               ``type.commitment`` …)
    pairs.*                    how actors and recipients were paired
    drop.*                     a guard that drops the candidate (never on a mention)

``data/confidence.yaml`` weighs these ids (``confidence``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

from dossier.events import (
    act_rules,
    claim_rules,
    copy_rules,
    speech_rules,
    status,
    status_walk,
)
from dossier.events.parties import actors, members, pairs, recipients, story, unnamed_agents
from dossier.events.arguments import ARGUMENT_RULES
from dossier.events.candidate import Candidate, Sentence
from dossier.events.triggers import Trigger
from dossier.model import ANOTHER_OCCASION, STATUSES

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rule:
    """One named step of extraction. ``records``: a change it makes is recorded under ``id``
    (off for rules that record finer ids themselves, and for guards, which only drop)."""

    id: str
    apply: Callable[[Sentence, Candidate], Candidate | None]
    records: bool = True


RULES: tuple[Rule, ...] = (
    # is it an act at all? (precision guards)
    Rule("drop.sports", copy_rules.sports, records=False),
    Rule("drop.concurring", act_rules.concurring, records=False),
    Rule("drop.characterisation", act_rules.characterising, records=False),
    Rule("drop.accused_subject", act_rules.accused, records=False),
    Rule("drop.celebration", act_rules.celebrating, records=False),
    Rule("drop.alternative", act_rules.alternative_act, records=False),
    Rule("drop.measure_subject", act_rules.by_measure, records=False),
    Rule("drop.habitual", act_rules.habitual, records=False),
    Rule("drop.civilian_traveller", act_rules.civilian_traveller, records=False),
    Rule("type.military_visit", act_rules.military_visit),
    Rule("drop.event_noun_subject", act_rules.done_by_event_noun, records=False),
    Rule("drop.sanction_means", act_rules.sanction_as_means, records=False),
    # arguments from the parse, and status from the clause
    Rule("arguments", act_rules.find_arguments, records=False),
    Rule("type.hostile_reception", act_rules.hostile_reception),
    Rule("type.ultimatum_harm", speech_rules.ultimatum_harm),
    Rule("type.conditional_harm", speech_rules.conditional_harm),
    Rule("status", act_rules.assess_status, records=False),
    Rule("status.quotation", act_rules.inside_quotation),
    Rule("status.presupposed", act_rules.presupposed),
    # a small grouping's members acting among themselves ("Quad leaders agreed")
    Rule("actor.members", members.members),
    Rule("recipient.other_members", members.other_members),
    # recipients and actors the parse did not give
    Rule("recipient.media_audience", recipients.media_audience),
    Rule("recipient.accuser", speech_rules.accuser),
    Rule("recipient.complement_subject", recipients.complement_subject),
    Rule("recipient.for_clause", recipients.for_clause_subject),
    Rule("recipient.antecedent", recipients.antecedent),
    Rule("recipient.proposal_refused", recipients.proposal_refused),
    Rule("recipient.speech_content", recipients.speech_content),
    Rule("recipient.condemned_attacker", actors.condemned_attacker),
    Rule("recipient.purpose", recipients.purpose),
    Rule("recipient.destination", recipients.destination),
    Rule("recipient.place", recipients.place),
    Rule("recipient.sentence_target", recipients.sentence_target),
    Rule("recipient.charged_victims", recipients.charged_victims),
    Rule("recipient.reporter_addressed", recipients.reporter_addressed),
    Rule("recipient.deportees_destination", recipients.deportees_destination),
    Rule("drop.deportees_unnamed", recipients.deportees_unnamed, records=False),
    Rule("recipient.unnamed_people", recipients.unnamed_people_at_home),
    Rule("recipient.armed_group_at_home", recipients.armed_group_at_home),
    Rule("recipient.critics_at_home", recipients.critics_at_home),
    Rule("recipient.own_state", recipients.own_state),
    Rule("recipient.conjunct", recipients.conjunct),
    Rule("drop.recipient_required", recipients.recipient_required, records=False),
    Rule("actor.document_author", actors.document_author),
    Rule("actor.reporting_party", actors.reporting_party),
    Rule("actor.place", actors.actor_place),
    Rule("actor.based_in", actors.based_in),
    Rule("actor.protesters_of_target", actors.protesters_of_target),
    Rule("actor.unnamed_authorities", unnamed_agents.unnamed_authorities),
    Rule("actor.unnamed_attackers", unnamed_agents.unnamed_attackers),
    Rule("actor.claimed_responsibility", actors.claimed_responsibility),
    Rule("drop.actor_required", actors.actor_required, records=False),
    Rule("drop.modifier_commitment", actors.modifier_commitment, records=False),
    Rule("type.military_backing", actors.military_backers),
    Rule("drop.places_only", actors.places_only, records=False),
    Rule("recipient.default_self", actors.default_self),
    # who is paired with whom
    Rule("pairs.within", pairs.within),
    Rule("pairs.mutual", pairs.mutual),
    Rule("pairs.directed", pairs.directed),
    Rule("pairs.each_other", pairs.each_other),
    Rule("pairs.unaimed", pairs.unaimed),
    Rule("pairs.police_at_home", pairs.police_at_home),
    Rule("recipient.story_subject", story.story_subject),
    Rule("pairs.domestic", pairs.domestic),
    Rule("recipient.withdrawn_at_home", pairs.withdrawn_at_home),
    Rule("recipient.unnamed_group_at_home", pairs.unnamed_group_at_home),
    Rule("drop.uncoded_party", pairs.coded_parties, records=False),
    Rule("drop.interview", pairs.not_interviews, records=False),
    # source, status and type
    Rule("source.named", claim_rules.named_source),
    Rule("source.document", story.document_source),
    Rule("source.eyewitnesses", claim_rules.eyewitnesses),
    Rule("status.own_announcement", claim_rules.own_announcement_fact),
    Rule("status.unnamed_source", claim_rules.unnamed_source),
    Rule("source.self_report", claim_rules.self_report),
    Rule("source.announcer", claim_rules.announcer),
    Rule("status.spoken_blame", speech_rules.spoken_blame),
    Rule("type.future", claim_rules.future_type),
    Rule("status.stance", claim_rules.stance),
    Rule("type.threaten", claim_rules.threat),
    Rule("drop.speculation", claim_rules.speculation, records=False),
    Rule("type.withheld", claim_rules.withheld),
    Rule("type.refusal", claim_rules.refusal),
)

# The ids ``status.assess`` records (Assessment.steps).
STATUS_RULES = frozenset(rule_id for table in (status.STEPS, status.NOUN_CUES,
                                               status_walk.CLAUSE_CUES, status_walk.REPORTED,
                                               status_walk.COMPLEMENT, status_walk.CONTROL,
                                               status_walk.HOPS)
                         for rule_id, _ in table)
TRIGGER_RULES = ("trigger.verb", "trigger.adj", "trigger.noun", "trigger.light_noun")
# Recorded after the rules, when one mention of a sentence re-reads another
# (``conventions.crackdown_targets``): a protest against the state cracking down on it, and
# the crackdown's target, the protesters' state.
CRACKDOWN_RULES = ("recipient.cracking_down", "recipient.protesters_state")
# Recorded before the rules, from the sentence's triggers (see ``start``).
SENTENCE_RULES = ("type.commitment",)
# Recorded after the sentences, over the article (``denials.denied_claims``): a claim
# reported again as denied by "the allegations" denied later.
# ``type.quoted_demand``: a demand made in a quoted sentence without a speech verb, by the
# quotation's speaker (``quoted_acts``).
# ``occasion.another``: the report says it tells another occasion of its act
# (``occasions.another_occasion``); merging keeps it apart from its article's unmarked reports.
ARTICLE_RULES = ("status.denied_allegation", ANOTHER_OCCASION, "type.quoted_demand")
# Recorded after the rules, on the second mention a threat of sanctions makes
# (``threatened.threatened_sanctions``): the sanction itself, planned.
THREATENED_RULES = ("type.threatened_sanction",)
# Recorded on each mention of an act told with coordinated dates ("attacks in 2013 and
# 2015": ``extractor._date_occasions``), one mention per date.
DATE_RULES = (COORDINATED_DATE := "date.coordinated",)
RULE_IDS: frozenset[str] = frozenset(
    {*TRIGGER_RULES, *ARGUMENT_RULES, *STATUS_RULES, *(f"status.{s}" for s in STATUSES),
     *(r.id for r in RULES if r.records), *CRACKDOWN_RULES, *SENTENCE_RULES,
     *ARTICLE_RULES, *THREATENED_RULES, *DATE_RULES})


def trigger_rule(trig: Trigger) -> str:
    """The id of the trigger's kind; a nominal is ``light_noun`` when a verb carries it."""
    if trig.pos == "noun":
        return "trigger.noun" if trig.light is None else "trigger.light_noun"
    return f"trigger.{trig.pos}"


def start(trig: Trigger, position: int, *, committed: bool = False) -> Candidate:
    """The candidate a trigger starts as; ``committed``: a commitment typed by what it
    commits to ("vowed to strike" is THREATEN: ``conventions.type_by_complement``)."""
    return Candidate(trigger=trig, position=position,
                     rules=(trigger_rule(trig),) + (("type.commitment",) if committed else ()))


def run(sentence: Sentence, cand: Candidate,
        rules: tuple[Rule, ...] = RULES) -> tuple[Candidate, bool]:
    """Run the rules over a candidate: the candidate as the last rule left it, and whether it
    survived (False: a rule dropped it; the candidate is then as it was before that rule)."""
    for rule in rules:
        out = rule.apply(sentence, cand)
        if out is None:
            log.debug("dropped %s %r by %s | %s", cand.trigger.type, cand.trigger.token.text, rule.id,
                      cand.trigger.token.sent.text[:90])
            return cand, False
        if out is not cand and rule.records:
            out = replace(out, rules=out.rules + (rule.id,))
        cand = out
    return cand, True
