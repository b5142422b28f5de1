"""People coded by the state they serve, not the one they talk about or are posted to:
a state's diplomat at an international body, a ministry spokesperson after the ministry is
named, a name given after the official was described. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.actors.resolve import KnowledgeBase, resolve_actors

ON = date(2025, 3, 1)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files()


def _codes(nlp, kb, text: str) -> dict[str, str | None]:
    return {r.text: r.actor.country for r in resolve_actors(nlp(text), kb, on=ON)}


@pytest.mark.parametrize("text, mention, code", [
    # a state written before the body posts the diplomat
    ("Chile's U.N. ambassador told reporters that the vote on Peru was a mistake.",
     "Chile's U.N. ambassador", "CHL"),
    ("Norway's UN envoy said the council must act on Sudan.", "Norway's UN envoy", "NOR"),
    ("Finnish Deputy U.N. Ambassador Mikko Lahti spoke about Iran.",
     "U.N. Ambassador Mikko Lahti", "FIN"),
    ("Mikko Lahti, Finland's permanent representative to the U.N., spoke about Iran.",
     "Mikko Lahti", "FIN"),
    ("Anna Berg, Swedish deputy U.N. ambassador, spoke about Iran.", "Anna Berg", "SWE"),
])
def test_diplomat_posted_to_a_body_serves_his_state(nlp, kb, text, mention, code):
    assert _codes(nlp, kb, text)[mention] == code


@pytest.mark.parametrize("text, mention", [
    # with no state written, the body's own official
    ("The U.N. envoy Lars Holm urged calm in Yemen.", "U.N. envoy Lars Holm"),
    ("The deputy UN ambassador said the vote on Iran was a mistake.", "UN ambassador"),
])
def test_diplomat_of_no_state_is_the_body_s(nlp, kb, text, mention):
    assert _codes(nlp, kb, text)[mention] == "UN"


def test_ministry_spokesperson_takes_the_ministry_named_before(nlp, kb):
    text = ("Chad's Ministry of Foreign Affairs rejected the claims by Sudan on Thursday. "
            "Sudan has repeatedly accused Chad of arming rebels in Darfur. "
            "Foreign ministry spokesperson Idriss Mahamat said Sudan must stop its attacks.")
    assert _codes(nlp, kb, text)["Foreign ministry spokesperson Idriss Mahamat"] == "TCD"


def test_ministry_spokesperson_not_given_another_body_s_state(nlp, kb):
    # only a body whose words hold the title's ("foreign", "ministry") gives its state
    text = ("Sudan's army spokesman accused Chad of arming rebels in Darfur. Chad denied it. "
            "Chad rejected it. Chad has long said so. "
            "Foreign ministry spokesperson Idriss Mahamat said Sudan must stop its attacks.")
    assert _codes(nlp, kb, text)["Foreign ministry spokesperson Idriss Mahamat"] == "TCD"


def test_name_given_after_the_official_was_described_is_his(nlp, kb):
    # the story is about Iran: without the description, the name would take Iran
    text = ("Iran has enriched more uranium, and Iran has barred inspectors. Chile's U.N. "
            "ambassador told reporters that Iran must answer the inspectors. "
            "Jorge Fernandez blamed Washington for the crisis.")
    assert _codes(nlp, kb, text)["Jorge Fernandez"] == "CHL"


@pytest.mark.parametrize("text", [
    # a name introduced with its own description is someone else
    "Chile's U.N. ambassador spoke on Monday. Jorge Fernandez, a farmer, said prices were high.",
    # not the sentence right after the description
    ("Chile's U.N. ambassador spoke on Monday. Peru and Bolivia met later. "
     "Jorge Fernandez said it was good."),
])
def test_name_not_taken_for_an_earlier_official(nlp, kb, text):
    assert _codes(nlp, kb, text)["Jorge Fernandez"] != "CHL"
