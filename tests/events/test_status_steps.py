"""The status rules as an ordered list of pure steps, on hand-built parses (no model)."""

from __future__ import annotations

import dataclasses

import pytest
import spacy
from spacy.tokens import Doc

from dossier.events.assessment import Assessment
from dossier.events.lexicon import TriggerRule, load_lexicon
from dossier.events.status import STEPS, assess
from dossier.events.status_walk import CLAUSE_CUES, CONTROL, HOPS
from dossier.events.triggers import Trigger

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case), no model


def parse(rows: list[tuple[str, str, int, str, str]]) -> Doc:
    """A parse from (word, lemma, head index, dependency, UPOS) rows."""
    words, lemmas, heads, deps, pos = zip(*rows)
    return Doc(VOCAB, words=list(words), lemmas=list(lemmas), heads=list(heads),
               deps=list(deps), pos=list(pos))


def verb_trigger(doc: Doc, i: int, type_: str, key: str | None = None) -> Trigger:
    tok = doc[i]
    rule = TriggerRule(key=key or tok.lemma_, pos="verb", type=type_)
    return Trigger(rule=rule, token=tok, tokens=(i,), type=type_, mode=None)


def test_status_negated_plan_records_each_rule_in_clause_order():
    doc = parse([("Russia", "Russia", 3, "nsubj", "PROPN"), ("will", "will", 3, "aux", "AUX"),
                 ("not", "not", 3, "neg", "PART"), ("attack", "attack", 3, "ROOT", "VERB"),
                 ("Ukraine", "Ukraine", 3, "dobj", "PROPN")])
    a = assess(verb_trigger(doc, 3, "ASSAULT"), load_lexicon(), {})
    assert (a.status, a.intent, a.drop) == ("negated", True, None)
    assert a.path == ("aux 'will'", "negation 'not'")
    assert a.steps == ("status.future_aux", "status.negation")


def test_status_reported_clause_is_a_claim_by_the_speaker():
    doc = parse([("Officials", "official", 1, "nsubj", "NOUN"), ("said", "say", 1, "ROOT", "VERB"),
                 ("Russia", "Russia", 3, "nsubj", "PROPN"),
                 ("attacked", "attack", 1, "ccomp", "VERB"), ("Kyiv", "Kyiv", 3, "dobj", "PROPN")])
    a = assess(verb_trigger(doc, 3, "ASSAULT"), load_lexicon(), {})
    assert a.status == "claim"
    assert [t.text for t in a.source_tokens] == ["Officials"]
    assert a.reporter == doc[1]
    assert a.steps == ("status.reported_speech",)


def test_status_modal_is_dropped_only_after_the_walk():
    """The closing "status.modal" step runs after the walk, so a report met on the way
    ("said it would not attack") turns the modal into a refusal instead of a drop."""
    could = parse([("Russia", "Russia", 2, "nsubj", "PROPN"), ("could", "could", 2, "aux", "AUX"),
                   ("attack", "attack", 2, "ROOT", "VERB")])
    a = assess(verb_trigger(could, 2, "ASSAULT"), load_lexicon(), {})
    assert a.drop == "modal 'could'"
    assert a.steps == ("status.modal",)

    refused = parse([("Russia", "Russia", 1, "nsubj", "PROPN"), ("said", "say", 1, "ROOT", "VERB"),
                     ("it", "it", 5, "nsubj", "PRON"), ("would", "would", 5, "aux", "AUX"),
                     ("not", "not", 5, "neg", "PART"), ("attack", "attack", 1, "ccomp", "VERB")])
    b = assess(verb_trigger(refused, 5, "ASSAULT"), load_lexicon(), {})
    assert (b.status, b.intent, b.drop) == ("negated", True, None)
    assert b.steps == ("status.negation", "status.reported_speech")


def test_status_complement_of_another_speech_act_is_dropped():
    doc = parse([("EU", "EU", 1, "nsubj", "PROPN"), ("urged", "urge", 1, "ROOT", "VERB"),
                 ("Russia", "Russia", 1, "dobj", "PROPN"), ("to", "to", 4, "aux", "PART"),
                 ("withdraw", "withdraw", 1, "xcomp", "VERB")])
    urge = verb_trigger(doc, 1, "REQUEST")
    a = assess(verb_trigger(doc, 4, "RETREAT"), load_lexicon(), {1: urge})
    assert a.drop == "content of 'urged'"
    assert a.steps == ("status.content_of_speech",)


def test_status_denial_by_a_control_verb():
    doc = parse([("Iran", "Iran", 1, "nsubj", "PROPN"), ("denied", "deny", 1, "ROOT", "VERB"),
                 ("supplying", "supply", 1, "xcomp", "VERB"), ("drones", "drone", 2, "dobj", "NOUN")])
    a = assess(verb_trigger(doc, 2, "AID"), load_lexicon(), {})
    assert a.status == "denial"
    assert [t.text for t in a.source_tokens] == ["Iran"]
    assert a.steps == ("status.denied_by",)


def test_status_step_ids_are_unique_and_named_for_the_status_stage():
    for rules in (STEPS, CLAUSE_CUES, HOPS):
        ids = [rule_id for rule_id, _ in rules]
        assert len(ids) == len(set(ids))
        assert all(rule_id.startswith("status.") for rule_id in ids)
    # the walk runs after what the noun's own words say and before the closing rules
    order = [rule_id for rule_id, _ in STEPS]
    assert order.index("status.noun_modifiers") < order.index("status.walk") \
        < order.index("status.according_to") < order.index("status.modal") == len(order) - 1
    assert [rule_id for rule_id, _ in CONTROL][:2] == ["status.own_clause", "status.denied_by"]


def test_assessment_is_frozen_and_restated_as_a_new_value():
    a = Assessment()
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.status = "claim"  # type: ignore[misc]
    b = a.restated("claim", "inside a quotation")
    assert (a.status, a.path) == ("fact", ())
    assert (b.status, b.path) == ("claim", ("inside a quotation",))
    assert b.noted("source: eyewitnesses").path == ("inside a quotation", "source: eyewitnesses")
    assert b.restated("fact", rule="extract.own_announcement").steps == ("extract.own_announcement",)
