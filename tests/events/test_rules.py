"""Extraction as ordered, named rules: the ids each mention records, over real parses with
hand-made actor mentions (sentences are invented)."""

from __future__ import annotations

import pytest
from events_support import hand_analysis

from dossier.events import RuleExtractor
from dossier.events.candidate import Sentence
from dossier.events.refs import ActorIndex
from dossier.events.rules import RULE_IDS, RULES, Rule, run, start
from dossier.events.triggers import find_triggers

COUNTRIES = {name: ("country", code) for name, code in {
    "Brazil": "BRA", "Chile": "CHL", "Peru": "PER", "Norway": "NOR", "Sweden": "SWE",
    "Finland": "FIN", "Greece": "GRC", "Turkey": "TUR", "Japan": "JPN", "Korea": "KOR",
    "Egypt": "EGY", "Libya": "LBY", "Spain": "ESP"}.items()}


def _mentions(nlp, text: str):
    return RuleExtractor.default().extract(hand_analysis(nlp, text, COUNTRIES))


def _only(nlp, text: str):
    (mention,) = _mentions(nlp, text)
    return mention


def test_rules_have_unique_ids_in_one_ordered_list():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    # guards run before the arguments are found, pairing before attribution
    assert ids.index("drop.concurring") < ids.index("arguments") < ids.index("status")
    assert ids.index("recipient.place") < ids.index("pairs.directed") < ids.index("source.named")
    assert {r.id for r in RULES if r.records} <= RULE_IDS


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Brazil delivered forty tanks to Chile on Monday.",
     ("trigger.verb", "actor.nsubj", "recipient.prep", "status.fact", "pairs.directed")),
    ("Chilean towns were shelled by Peru overnight.",
     ("trigger.verb", "actor.agent", "recipient.dobj", "status.fact", "pairs.directed")),
    ("Peru's invasion of Chile began on Monday.",
     ("trigger.noun", "actor.poss", "recipient.prep", "status.fact", "pairs.directed")),
    ("Japan held talks with Korea.",
     ("trigger.light_noun", "actor.light", "recipient.prep", "status.fact", "pairs.directed")),
    ("Norway said that Sweden had sent troops to Finland.",
     ("trigger.verb", "actor.nsubj", "recipient.prep", "status.reported_speech", "status.claim",
      "pairs.directed", "source.named")),
    ("Talks between Japan and Korea ended.",
     ("trigger.noun", "actor.between", "status.fact", "pairs.within")),
])
def test_mention_records_the_rules_that_made_it(nlp, text, expected):
    assert _only(nlp, text).rules == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, type_, rule", [
    ("Greece vowed to attack Turkey.", "THREATEN", "type.commitment"),
    ("Greece threatened to attack Turkey.", "THREATEN", "recipient.speech_content"),
    ("Greece will not meet Turkey.", "REJECT", "type.refusal"),
    ("Brazil's troops visited Chile.", "AID", "type.military_visit"),
    ("Brazil will allow Chilean inspectors into its nuclear plants next month.", "AGREE",
     "type.future"),
])
def test_conventions_record_their_rule(nlp, text, type_, rule):
    mention = _only(nlp, text)
    assert (mention.type, mention.rules[0]) == (type_, "trigger.verb")
    assert rule in mention.rules


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Brazil delivered forty tanks to Chile on Monday.",
    "Egypt denies selling rockets to Libya.",
    "Japan and Korea signed a treaty.",
    "Spain hasn't imposed sanctions on Chile.",
    "Greece will not meet Turkey.",
])
def test_recorded_rules_are_known_and_in_rule_order(nlp, text):
    order = {r.id: i for i, r in enumerate(RULES)}
    for mention in _mentions(nlp, text):
        assert set(mention.rules) <= RULE_IDS
        fired = [order[r] for r in mention.rules if r in order]
        assert fired == sorted(fired)


@pytest.mark.slow
def test_a_rule_returning_none_drops_the_candidate_as_it_was(nlp):
    analysis = hand_analysis(nlp, "Brazil delivered forty tanks to Chile.", COUNTRIES)
    extractor = RuleExtractor.default()
    sent = next(iter(analysis.doc.sents))
    index = ActorIndex(analysis.doc, analysis.actors, None)
    (trig,) = find_triggers(sent, extractor.lexicon, index)
    sentence = Sentence(analysis, index, extractor.lexicon, (trig,))
    stop = Rule("drop.test", lambda s, c: None, records=False)
    after_arguments = [r.id for r in RULES].index("arguments") + 1
    cand, kept = run(sentence, start(trig, 0),
                     RULES[:after_arguments] + (stop,) + RULES[after_arguments:])
    assert not kept and cand.args is not None and cand.status is None  # after "arguments"
    cand, kept = run(sentence, start(trig, 0))
    assert kept and cand.pairs and cand.rules[-1] == "pairs.directed"
