"""Rule extraction over real parses with hand-made actor mentions (sentences are invented)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dossier.events import Extractor, RuleExtractor
from dossier.model import Actor, ActorRef, Analysis, Article

pytestmark = pytest.mark.slow

# name in the text -> ISO code
CODES = {"Brazil": "BRA", "Chile": "CHL", "Peru": "PER", "Bolivia": "BOL", "Ecuador": "ECU",
         "Norway": "NOR", "Sweden": "SWE", "Finland": "FIN", "Egypt": "EGY", "Libya": "LBY",
         "Spain": "ESP", "Morocco": "MAR", "Greece": "GRC", "Turkey": "TUR", "Canada": "CAN",
         "Mexico": "MEX", "Cuba": "CUB", "Japan": "JPN", "Korea": "KOR", "Kenya": "KEN",
         "Uganda": "UGA", "Chilean": "CHL", "Portugal": "PRT", "Austria": "AUT", "Hungary": "HUN"}


def analyse(nlp, text: str, published: date | None = date(2024, 5, 8)) -> Analysis:
    article = Article(doc="t", body=text, published=published)
    refs = []
    for name, code in CODES.items():
        for m in re.finditer(rf"\b{name}\b", article.text):
            refs.append(ActorRef(Actor(name=name, kind="country", country=code), name,
                                 m.start(), m.end()))
    return Analysis(article=article, doc=nlp(article.text), actors=tuple(refs))


def extract(nlp, text: str) -> set[tuple]:
    mentions = RuleExtractor(RuleExtractor.default().lexicon).extract(analyse(nlp, text))
    return {(m.type, m.actor.actor.code, m.recipient.actor.code if m.recipient else None,
             m.status, m.source.actor.code if m.source else None) for m in mentions}


def test_rule_extractor_is_an_extractor():
    assert isinstance(RuleExtractor.default(), Extractor)
    assert RuleExtractor.default() is RuleExtractor.default()


@pytest.mark.parametrize("text, expected", [
    ("Brazil delivered forty tanks to Chile on Monday.", ("AID", "BRA", "CHL", "fact", None)),
    ("Peru supplied Bolivia with artillery shells.", ("AID", "PER", "BOL", "fact", None)),
    ("Chilean towns were shelled by Peru overnight.", ("ASSAULT", "PER", "CHL", "fact", None)),
    ("Norway said that Sweden had sent troops to Finland.", ("AID", "SWE", "FIN", "claim", "NOR")),
    ("Egypt denies selling rockets to Libya.", ("AID", "EGY", "LBY", "denial", "EGY")),
    ("Spain hasn't imposed sanctions on Morocco.", ("SANCTION", "ESP", "MAR", "negated", None)),
    ("Japan will host Korea for talks next week.", ("CONSULT", "JPN", "KOR", "future", None)),
    ("Kenya has reportedly shipped grain to Uganda.", ("AID", "KEN", "UGA", "claim", None)),
    ("Portugal met Austria in Vienna.", ("CONSULT", "PRT", "AUT", "fact", None)),
    ("Hungary condemned Austria on Friday.", ("ACCUSE", "HUN", "AUT", "fact", None)),
    ("Greece threatened to attack Turkey.", ("THREATEN", "GRC", "TUR", "fact", None)),
])
def test_extract_finds_event_with_status_and_source(nlp, text, expected):
    assert expected in extract(nlp, text)


def test_extract_accusation_gives_accuse_fact_and_claimed_act(nlp):
    found = extract(nlp, "Canada accused Mexico of shipping weapons to Cuba.")
    assert ("ACCUSE", "CAN", "MEX", "fact", None) in found
    assert ("AID", "MEX", "CUB", "claim", "CAN") in found


def test_extract_coordinated_actors_give_one_mention_each(nlp):
    found = extract(nlp, "Peru and Bolivia sent food to Ecuador.")
    assert {("AID", "PER", "ECU", "fact", None), ("AID", "BOL", "ECU", "fact", None)} <= found


@pytest.mark.parametrize("text", [
    "Greece would attack Turkey if it were provoked.",          # hypothetical
    "Greece could invade Turkey.",                               # speculation
    "If Greece attacks Turkey, the alliance will respond.",      # condition
    "Brazil attacked Brazil.",                                   # actor == recipient
    "The critics attacked the new film on Monday.",              # no identifiable actors
    "Norway is seeking to bolster ties with Sweden.",            # aspiration
])
def test_extract_codes_nothing_for_non_events(nlp, text):
    assert not {f for f in extract(nlp, text) if f[0] != "THREATEN"}


def test_extract_one_event_described_twice_in_a_sentence_is_one_mention(nlp):
    mentions = RuleExtractor.default().extract(
        analyse(nlp, "Portugal visited Austria for talks with Austria."))
    consult = [m for m in mentions if m.type == "CONSULT"]
    assert len(consult) == 1


def test_extract_keeps_evidence_trigger_offsets_and_explanation(nlp):
    text = "Brazil delivered forty tanks to Chile on Monday."
    analysis = analyse(nlp, text)
    (m,) = [m for m in RuleExtractor.default().extract(analysis) if m.type == "AID"]
    full = analysis.article.text
    assert full[m.trigger.start:m.trigger.end] == m.trigger.text == "delivered"
    assert full[m.evidence.start:m.evidence.end] == m.evidence.text
    assert m.evidence.start <= m.trigger.start < m.evidence.end
    assert m.mode == "military" and m.cameo == "072"
    assert m.object is not None and "tanks" in m.object.text
    assert 0 < m.confidence <= 1
    assert any(e.startswith("trigger:") for e in m.explain)
    assert any(e.startswith("actor:") for e in m.explain)


def test_extract_without_actor_mentions_returns_nothing(nlp):
    article = Article(doc="t", body="Brazil delivered tanks to Chile.")
    assert RuleExtractor.default().extract(Analysis(article, nlp(article.text))) == []
