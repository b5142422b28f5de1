"""Pinned facts for the foreign-minister, defence-minister and security-adviser offices added
to people/*.yaml to fill the gaps left by the heads of state and government.

Pins sit inside terms and on both sides of well-dated changes, so a wrong start date, a
swapped order or a mistyped person id shows; boundaries marked `# approx` in the data are
pinned only well away from the uncertain day. Schema and contiguity checks for every file
live in test_people_data.py.
"""

from __future__ import annotations

import pytest
from people_pins import Records, assert_pin, load_people, names_of, pin_ids


@pytest.fixture(scope="module")
def kb() -> tuple[Records, Records]:
    return load_people()


PINS = [
    # Georgia: the Rose Revolution, the 2008 war, Georgian Dream from 2012
    ("GEO.foreign_minister", "2003-06-01", "irakli-menagarishvili"),
    ("GEO.foreign_minister", "2004-06-01", "salome-zourabichvili"),
    ("GEO.foreign_minister", "2008-08-10", "eka-tkeshelashvili"),
    ("GEO.foreign_minister", "2012-10-24", "grigol-vashadze"),
    ("GEO.foreign_minister", "2012-10-26", "maia-panjikidze"),
    ("GEO.foreign_minister", "2015-10-01", "giorgi-kvirikashvili"),
    ("GEO.foreign_minister", "2022-04-03", "david-zalkaliani"),
    ("GEO.foreign_minister", "2022-04-05", "ilia-darchiashvili"),
    ("GEO.defence_minister", "2008-08-10", "davit-kezerashvili"),
    ("GEO.defence_minister", "2014-11-03", "irakli-alasania"),
    ("GEO.defence_minister", "2024-02-09", "irakli-chikovani"),
    # Yemen (the internationally recognised government)
    ("YEM.foreign_minister", "2010-01-01", "abu-bakr-al-qirbi"),
    ("YEM.foreign_minister", "2016-06-01", "abdulmalik-al-mekhlafi"),
    ("YEM.foreign_minister", "2022-01-01", "ahmad-awad-bin-mubarak"),
    ("YEM.foreign_minister", "2025-01-01", "shaya-al-zindani"),
    # Argentina: the 2001 crisis, a general as minister from Dec 2025
    ("ARG.defence_minister", "2000-06-01", "ricardo-lopez-murphy"),
    ("ARG.defence_minister", "2002-06-01", "horacio-jaunarena"),
    ("ARG.defence_minister", "2008-01-01", "nilda-garre"),
    ("ARG.defence_minister", "2019-12-09", "oscar-aguad"),
    ("ARG.defence_minister", "2019-12-11", "agustin-rossi"),
    ("ARG.defence_minister", "2023-12-11", "luis-petri"),
    # Belgium: the foreign minister doubled as defence minister 2018-2020
    ("BEL.defence_minister", "2003-01-01", "andre-flahaut"),
    ("BEL.defence_minister", "2019-06-01", "didier-reynders"),
    ("BEL.defence_minister", "2020-09-30", "philippe-goffin"),
    ("BEL.defence_minister", "2025-02-04", "theo-francken"),
    # Lebanon
    ("LBN.defence_minister", "2006-07-15", "elias-murr"),
    ("LBN.defence_minister", "2020-08-04", "zeina-akar"),
    ("LBN.defence_minister", "2024-10-01", "maurice-slim"),
    # Jordan: the prime minister holds defence
    ("JOR.defence_minister", "2019-01-01", "omar-razzaz"),
    ("JOR.defence_minister", "2024-09-19", "jafar-hassan"),
    # South Korea: the National Security Office from 2013
    ("KOR.national_security_director", "2013-01-01", None),
    ("KOR.national_security_director", "2018-04-27", "chung-eui-yong"),
    ("KOR.national_security_director", "2020-07-02", "chung-eui-yong"),
    ("KOR.national_security_director", "2020-07-04", "suh-hoon"),
    ("KOR.national_security_director", "2022-05-11", "kim-sung-han"),
    # Pakistan: the adviser's post with its vacancies
    ("PAK.national_security_adviser", "2014-01-01", "sartaj-aziz"),
    ("PAK.national_security_adviser", "2017-01-01", "nasser-khan-janjua"),
    ("PAK.national_security_adviser", "2020-01-01", None),
    ("PAK.national_security_adviser", "2021-08-15", "moeed-yusuf"),
    ("PAK.national_security_adviser", "2023-06-01", None),
    ("PAK.national_security_adviser", "2025-05-10", "muhammad-asim-malik"),
]


@pytest.mark.parametrize("office_id,day,person", PINS, ids=pin_ids(PINS))
def test_people_ministers_pinned_holder(kb, office_id: str, day: str, person: str | None) -> None:
    assert_pin(kb[0], office_id, day, person)


KINDS = {
    "GEO.foreign_minister": "foreign_minister",
    "YEM.foreign_minister": "foreign_minister",
    "ARG.defence_minister": "defence_minister",
    "BEL.defence_minister": "defence_minister",
    "GEO.defence_minister": "defence_minister",
    "JOR.defence_minister": "defence_minister",
    "LBN.defence_minister": "defence_minister",
    "KOR.national_security_director": "security_adviser",
    "PAK.national_security_adviser": "security_adviser",
}


@pytest.mark.parametrize("office_id,kind", sorted(KINDS.items()))
def test_people_ministers_office_kind(kb, office_id: str, kind: str) -> None:
    """The title lookup finds "defence minister" / "foreign minister" wordings by kind."""
    assert kb[0][office_id]["kind"] == kind


# one person, several offices: the same id must be reused, not a namesake added
SHARED = [
    ("didier-reynders", ["BEL.foreign_minister", "BEL.defence_minister"]),
    ("mahmoud-hammoud", ["LBN.foreign_minister", "LBN.defence_minister"]),
    ("giorgi-kvirikashvili", ["GEO.prime_minister", "GEO.foreign_minister"]),
    ("irakli-garibashvili", ["GEO.prime_minister", "GEO.defence_minister"]),
    ("ahmad-awad-bin-mubarak", ["YEM.prime_minister", "YEM.foreign_minister"]),
    ("kim-kwan-jin", ["KOR.defence_minister", "KOR.national_security_director"]),
    ("muhammad-asim-malik", ["PAK.isi_director_general", "PAK.national_security_adviser"]),
]


@pytest.mark.parametrize("person_id,office_ids", SHARED, ids=[p for p, _ in SHARED])
def test_people_ministers_person_reused_across_offices(kb, person_id: str, office_ids: list[str]) -> None:
    offices, _ = kb
    for office_id in office_ids:
        assert office_id in offices, f"office {office_id} is missing"
        held = {t.get("person") for t in offices[office_id]["terms"]}
        assert person_id in held, f"{person_id} never holds {office_id}"


ALIASES = [
    ("maka-botchorishvili", ["Bochorishvili"]),
    ("abdulmalik-al-mekhlafi", ["Mekhlafi"]),
    ("nasser-khan-janjua", ["Nasir Janjua"]),
    ("chang-ho-jin", ["Jang Ho-jin"]),
    ("nilda-garre", ["Nilda Garre"]),
]


@pytest.mark.parametrize("person_id,aliases", ALIASES, ids=[p for p, _ in ALIASES])
def test_people_ministers_transliterations_present(kb, person_id: str, aliases: list[str]) -> None:
    assert set(aliases) <= names_of(kb[1][person_id])


def test_people_ministers_namesakes_are_distinct(kb) -> None:
    """Two Georgian ministers named Janelidze: "Janelidze" alone must not name the defence one."""
    _, persons = kb
    assert persons["mikheil-janelidze"]["name"] != persons["mindia-janelidze"]["name"]
    assert "Janelidze" not in names_of(persons["mindia-janelidze"])
