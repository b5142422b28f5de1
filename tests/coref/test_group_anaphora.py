""""The group", "the separatist group", "the banned militant outfit": the non-state group
named last (invented stories, bundled knowledge base)."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.actors.resolve import KnowledgeBase, resolve_actors

ON = date(2024, 5, 8)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files()


@pytest.fixture(scope="module")
def names(nlp, kb):
    def _names(text: str) -> dict[str, str]:
        return {r.text: r.actor.name for r in resolve_actors(nlp(text), kb, on=ON)}
    return _names


BLA = ("Gunmen stormed a bus depot in Quetta on Friday. The Balochistan Liberation Army "
       "claimed the attack. ")


@pytest.mark.slow
@pytest.mark.parametrize("text, mention", [
    (BLA + "The group also opposes Chinese mining in the province.", "group"),
    (BLA + "Police said the toll rose. The separatist group accuses Islamabad of neglect.",
     "separatist group"),
    (BLA + "In a statement, the banned militant outfit said more attacks would follow.",
     "banned militant outfit"),
])
def test_the_group_is_the_armed_group_named_last(names, text, mention):
    assert names(text)[mention] == "Balochistan Liberation Army"


@pytest.mark.slow
@pytest.mark.parametrize("text, mention", [
    # a news outlet is no group "the group" points back to
    ("Reuters reported the raid on Monday. The group said it had no comment.", "group"),
    # "the militant group" after a rights group: the rights group is not armed
    ("Amnesty International condemned the raid. The militant group denied it.",
     "militant group"),
    # "the group of seven" names its own
    ("The G7 met in Italy. The group of seven urged restraint.", "group"),
])
def test_the_group_points_to_no_wrong_antecedent(names, text, mention):
    assert mention not in names(text)


@pytest.mark.slow
def test_they_may_be_an_organisations_people(names):
    found = names("G7 foreign ministers met in Quebec on Friday. They urged Russia to accept "
                  "the ceasefire.")
    assert found["They"] == "G7"


@pytest.mark.slow
def test_a_name_ending_in_a_plural_word_is_no_they(names):
    found = names("The Singapore Institute of International Affairs published a study. "
                  "They said the talks would fail.")
    assert "They" not in found


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    (("Kenya's foreign ministry said in a statement that the border would close. The statement "
     "also accused Somalia of sheltering militants."), "Kenya's foreign ministry"),
    ("The Kenyan government issued a statement on Friday. The statement warned of sanctions.",
     "Kenyan government"),
])
def test_the_statement_is_its_speaker(names, text, name):
    assert names(text)["statement"] == name


@pytest.mark.slow
def test_a_statement_someone_else_obtained_has_no_speaker(names):
    text = "Reporters obtained a statement from the camp. The statement described the raid."
    assert "statement" not in names(text)


@pytest.mark.slow
def test_the_country_after_an_office_holder_is_his_state(names):
    text = ("The U.S. and Kenyan officials met on Monday. Kenyan Interior Minister Odhiambo "
            "Kariuki said the country's police would lead the raids.")
    assert names(text)["country"] == "Kenya"


@pytest.mark.slow
def test_the_country_after_a_government_is_its_state(names):
    text = ("The U.S. ambassador spoke on Monday. The Chilean government's plan would split "
            "the country, critics said.")
    assert names(text)["country"] == "Chile"


@pytest.mark.slow
def test_the_country_not_a_government_named_in_passing_earlier(names):
    # the government is two sentences back and the state named since is nearer
    text = ("The Chilean government met on Monday. Peru sent an envoy. "
            "The envoy said the country would reopen the border.")
    assert names(text).get("country") != "Chile"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The G7 statement said ministers were concerned. They called on China to show restraint.",
    "The Group of Seven met in Rome on Monday. They urged Iran to resume talks.",
])
def test_they_is_a_grouping_of_states(names, text):
    assert names(text).get("They") == "G7"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # people named after the grouping are the nearer "they"
    ("The G7 statement praised Ukrainian troops. They have held the line for a year.",
     "They"),
    # a body with no member list (the UN) stays an "it"
    ("The United Nations issued a report on Monday. They called for calm.", "They"),
])
def test_they_not_a_grouping(names, text):
    text, mention = text
    assert names(text).get(mention) not in ("G7", "United Nations")
