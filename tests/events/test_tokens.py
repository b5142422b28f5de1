"""Token helpers and the knowledge-base seam, on hand-built Docs and a stand-in KB."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dossier.events import RuleExtractor
from dossier.events.demonyms import demonym_lookup
from dossier.events.tokens import has_lemma, lemma_forms


def token(word: str, lemma: str, tag: str):
    doc = Doc(Vocab(), words=[word], tags=[tag], lemmas=[lemma])
    return doc[0]


@pytest.mark.parametrize("word, bad_lemma, tag, wanted", [
    ("staged", "stag", "VBD", "stage"),      # the small model's lemma is wrong
    ("shelled", "shel", "VBD", "shell"),
    ("demanded", "demanded", "VBN", "demand"),
    ("rallies", "rallie", "NNS", "rally"),
    ("bombing", "bombing", "VBG", "bomb"),
])
def test_lemma_forms_recover_the_base_form(word, bad_lemma, tag, wanted):
    tok = token(word, bad_lemma, tag)
    assert wanted in lemma_forms(tok)
    assert has_lemma(tok, {wanted})


def test_lemma_forms_leave_other_words_alone():
    assert lemma_forms(token("Paris", "Paris", "NNP")) == ("paris",)


class StandInKB:
    """Only what the extractor asks of a knowledge base."""

    def __init__(self, table):
        self.table = table
        self.asked: list[str] = []

    def demonym(self, text):
        self.asked.append(text)
        return self.table.get(text)


class Entity:
    def __init__(self, id_, kind="country"):
        self.id, self.name, self.kind, self.country = id_, id_, kind, id_
        self.sector, self.wikidata = None, None


def test_demonym_lookup_asks_the_given_kb():
    kb = StandInKB({"Ruritanian": Entity("RUR")})
    lookup = demonym_lookup(kb)
    actor = lookup("Ruritanian")
    assert actor is not None and actor.country == "RUR" and actor.entity_id == "RUR"
    assert lookup("ruritanian") is None          # a demonym is capitalised
    assert lookup("Atlantean") is None
    assert kb.asked == ["Ruritanian", "Atlantean"]


def test_demonym_lookup_ignores_persons():
    lookup = demonym_lookup(StandInKB({"Smith": Entity("john-smith", kind="person")}))
    assert lookup("Smith") is None


def test_rule_extractor_default_uses_the_pipeline_kb():
    kb = StandInKB({"Ruritanian": Entity("RUR")})
    extractor = RuleExtractor.default(kb=kb)
    assert extractor is not RuleExtractor.default()
    assert extractor.lexicon is RuleExtractor.default().lexicon
    assert extractor.modifier_lookup("Ruritanian").country == "RUR"
