"""The PLOVER ontology and trigger lexicon shipped as data."""

from __future__ import annotations

import pytest

from dossier.errors import ConfigError
from dossier.events.lexicon import load_lexicon, parse_lexicon
from dossier.events.ontology import load_ontology
from dossier.model import EVENT_TYPES


def test_ontology_has_all_sixteen_types_with_scores_in_range():
    onto = load_ontology()
    assert set(onto.types) == set(EVENT_TYPES)
    for t in onto.types.values():
        assert -10 <= t.score <= 10
        for mode in t.modes.values():
            assert -10 <= mode.score <= 10


@pytest.mark.parametrize("type_, mode, cameo", [
    ("CONSULT", "visit", "042"),
    ("CONSULT", "phone", "041"),
    ("AID", "military", "072"),
    ("SANCTION", "expel", "166"),
    ("ASSAULT", None, "190"),
    ("ASSAULT", "no-such-mode", "190"),
])
def test_ontology_cameo_by_type_and_mode(type_, mode, cameo):
    assert load_ontology().cameo(type_, mode) == cameo


@pytest.mark.parametrize("code, expected", [
    ("163", ("SANCTION", "embargo")),   # the manual, not the crosswalk's COERCE
    ("1123", ("ACCUSE", None)),          # falls back to 112
    ("042", ("CONSULT", "visit")),
    ("1053", ("REQUEST", "yield")),      # DEMAND is named REQUEST
])
def test_ontology_from_cameo_follows_the_manual(code, expected):
    assert load_ontology().from_cameo(code) == expected


def test_ontology_conflict_types_score_below_cooperation():
    onto = load_ontology()
    assert onto.score("ASSAULT") < onto.score("SANCTION") < 0 < onto.score("CONSULT") < onto.score("AID")


def test_lexicon_every_rule_names_a_known_type_and_mode():
    lex = load_lexicon()
    onto = load_ontology()
    for rules in list(lex.verbs.values()) + list(lex.nouns.values()):
        for rule in rules:
            assert rule.type in onto.types
            assert onto.has_mode(rule.type, rule.mode), rule.key


def test_lexicon_rejects_unknown_type():
    with pytest.raises(ConfigError, match="unknown type"):
        parse_lexicon({"verbs": {"smile": {"type": "GRIN"}}}, {}, load_ontology())


def test_lexicon_rejects_yaml_booleans_in_word_lists():
    with pytest.raises(ConfigError, match="quote"):
        parse_lexicon({"verbs": {"impose": {"type": "SANCTION", "recipient": [True]}}}, {},
                      load_ontology())


def test_lexicon_multiword_keys_index_by_head():
    lex = load_lexicon()
    assert any(r.key == "pull out" for r in lex.verbs["pull"])
    assert any(r.key == "hunger strike" for r in lex.nouns["strike"])
