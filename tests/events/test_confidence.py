"""Confidence from rule ids, with the weights named in data/confidence.yaml."""

from __future__ import annotations

import itertools

import pytest
import yaml

from dossier.errors import ConfigError
from dossier.events.confidence import SHIPPED, load_weights, parse_weights
from dossier.events.rules import RULE_IDS


def _shipped() -> dict:
    from importlib import resources

    return yaml.safe_load(resources.files("dossier.events").joinpath("data", "confidence.yaml")
                          .read_text(encoding="utf-8"))


def test_shipped_weights_load_and_name_known_rules():
    weights = load_weights()
    assert weights.weights and set(weights.weights) <= RULE_IDS
    assert weights.floor < weights.ceiling


def _formula_before_rule_ids(trigger_confidence: float, recipient: bool, doer: bool,
                             bare_noun: bool) -> float:
    """How confidence was computed before rule ids (from explanation strings), kept to pin
    that the weights reproduce it."""
    c = trigger_confidence
    c += 0.1 if recipient else -0.05
    c += 0.1 if doer else 0.0
    c -= 0.1 if bare_noun else 0.0
    return round(max(0.05, min(0.95, c)), 2)


@pytest.mark.parametrize("trigger_confidence, recipient, actor, trigger", list(itertools.product(
    (0.4, 0.5, 0.6, 0.9),
    (None, "recipient.dobj", "recipient.prep", "recipient.place", "recipient.default_self"),
    (None, "actor.nsubj", "actor.agent", "actor.poss", "actor.control", "actor.light"),
    ("trigger.verb", "trigger.noun", "trigger.light_noun"))))
def test_weights_reproduce_the_formula_they_replace(trigger_confidence, recipient, actor, trigger):
    rules = [r for r in (trigger, actor, recipient, "status.fact", "pairs.directed") if r]
    expected = _formula_before_rule_ids(trigger_confidence, recipient is not None,
                                        actor in ("actor.nsubj", "actor.agent", "actor.poss"),
                                        trigger == "trigger.noun")
    assert load_weights().score(trigger_confidence, rules) == expected


def test_a_rule_counts_once_and_the_score_stays_in_bounds():
    weights = parse_weights({"base": 0.0, "floor": 0.1, "ceiling": 0.9,
                             "weights": {"actor.nsubj": 0.2}}, "test.yaml")
    assert weights.score(0.5, ["actor.nsubj", "actor.nsubj"]) == 0.7
    assert weights.score(0.8, ["actor.nsubj"]) == 0.9
    assert weights.score(0.0, []) == 0.1


def test_misspelt_key_names_file_key_and_fix():
    raw = {**_shipped(), "wieghts": {}}
    with pytest.raises(ConfigError) as info:
        parse_weights(raw, SHIPPED)
    assert "confidence.yaml" in info.value.message and "'wieghts'" in info.value.message
    assert "weights" in info.value.fix


def test_unknown_rule_id_names_file_rule_and_fix():
    raw = _shipped()
    raw["weights"]["actor.nsubjj"] = 0.1
    with pytest.raises(ConfigError) as info:
        parse_weights(raw, SHIPPED)
    assert "confidence.yaml" in info.value.message and "'actor.nsubjj'" in info.value.message
    assert "actor.nsubj" in info.value.fix


def test_missing_or_wrong_value_is_a_config_error():
    raw = _shipped()
    del raw["base"]
    with pytest.raises(ConfigError, match="base"):
        parse_weights(raw, SHIPPED)
    with pytest.raises(ConfigError, match="recipient.dobj"):
        parse_weights({**_shipped(), "weights": {"recipient.dobj": "high"}}, SHIPPED)
