"""Titles of international bodies' officials, legislators, the ICJ, the AES: must-not cases
(invented sentences) beside the positive rows in test_actors.IGO_AND_LEGISLATORS."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.actors.resolve import KnowledgeBase, resolve_actors

ON = date(2024, 10, 11)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files()


def _refs(nlp, kb, text):
    return resolve_actors(nlp(text), kb, on=ON)


def test_actor_igo_titles_verb_judge_is_not_a_title(nlp, kb):
    refs = _refs(nlp, kb, "Voters judge Biden harshly on the economy.")
    assert all(r.actor.role is None or "judge" not in r.actor.role.lower() for r in refs)


@pytest.mark.parametrize("text,mention", [
    ("Protests spread in Kenya while the ICJ president read the order.", "ICJ president"),
    ("In Nairobi, ICJ judge Marta Quiroga spoke to students.", "ICJ judge Marta Quiroga"),
])
def test_actor_igo_titles_icj_never_takes_the_host_state(nlp, kb, text, mention):
    ref = next(r for r in _refs(nlp, kb, text) if r.text == mention)
    assert (ref.actor.country, ref.actor.sector) == ("UN", "JUD")


def test_actor_igo_titles_ngo_official_keeps_the_ngo_sector(nlp, kb):
    # an NGO's titled official is not made GOV like a UN or EU official
    refs = _refs(nlp, kb, "The Amnesty International director criticised the law.")
    for r in refs:
        if "director" in r.text:
            assert r.actor.sector != "GOV"


def test_actor_igo_titles_sahel_is_no_person(nlp, kb):
    refs = _refs(nlp, kb, "Burkina Faso joined the Sahel states' alliance (AES).")
    assert not any(r.text == "Sahel" and r.actor.kind == "person" for r in refs)
    assert {r.actor.country for r in refs if "AES" in r.text or "alliance" in r.text} == {"AES"}


def test_actor_igo_titles_aes_is_in_the_knowledge_base(kb):
    entity = kb.entity("Alliance of Sahel States")
    assert entity is not None and entity.country == "AES" and kb.entity("AES") is entity
