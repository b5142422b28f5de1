"""Pinned facts for the office-holder data of states beyond the G20 (IRN, ISR, UKR, ...).

Each pin says who held an office on a given day; pins sit on both sides of changes of office,
where a wrong start date or a mistyped person id would show. The schema and contiguity checks
for every file live in test_people_data.py.
"""

from __future__ import annotations

import pytest
from people_pins import (
    Records,
    assert_pin,
    leader_offices,
    load_people,
    names_of,
    pin_ids,
)


@pytest.fixture(scope="module")
def kb() -> tuple[Records, Records]:
    return load_people()


PINS = [
    ("IRN.supreme_leader", "2015-01-01", "ali-khamenei"),
    ("IRN.president", "2022-07-19", "ebrahim-raisi"),
    ("IRN.president", "2024-06-01", "mohammad-mokhber"),
    ("IRN.president", "2024-10-11", "masoud-pezeshkian"),
    ("IRN.president", "2009-06-12", "mahmoud-ahmadinejad"),
    ("IRN.foreign_minister", "2015-07-14", "mohammad-javad-zarif"),
    ("IRN.foreign_minister", "2025-06-20", "abbas-araghchi"),
    ("IRN.irgc_commander", "2020-01-03", "hossein-salami"),
    ("IRN.quds_force_commander", "2020-01-02", "qasem-soleimani"),
    ("IRN.quds_force_commander", "2020-01-04", "esmail-qaani"),
    ("ISR.prime_minister", "2021-06-12", "benjamin-netanyahu"),
    ("ISR.prime_minister", "2021-06-13", "naftali-bennett"),
    ("ISR.prime_minister", "2022-08-01", "yair-lapid"),
    ("ISR.prime_minister", "2023-10-07", "benjamin-netanyahu"),
    ("ISR.prime_minister", "2006-03-01", "ehud-olmert"),
    ("ISR.defence_minister", "2024-06-01", "yoav-gallant"),
    ("ISR.defence_minister", "2025-01-01", "israel-katz"),
    ("ISR.idf_chief_of_staff", "2023-10-07", "herzi-halevi"),
    ("ISR.idf_chief_of_staff", "2025-06-13", "eyal-zamir"),
    ("ISR.mossad_director", "2023-10-07", "david-barnea"),
    ("UKR.president", "2019-05-19", "petro-poroshenko"),
    ("UKR.president", "2019-05-20", "volodymyr-zelensky"),
    ("UKR.president", "2022-02-24", "volodymyr-zelensky"),
    ("UKR.president", "2014-03-01", "oleksandr-turchynov"),
    ("UKR.foreign_minister", "2022-02-24", "dmytro-kuleba"),
    ("UKR.foreign_minister", "2024-10-01", "andrii-sybiha"),
    ("UKR.defence_minister", "2022-02-24", "oleksii-reznikov"),
    ("UKR.commander_in_chief", "2023-06-01", "valerii-zaluzhnyi"),
    ("UKR.commander_in_chief", "2024-03-01", "oleksandr-syrskyi"),
    ("PRK.supreme_leader", "2011-12-16", "kim-jong-il"),
    ("PRK.supreme_leader", "2018-06-12", "kim-jong-un"),
    ("SYR.president", "2000-07-17", "bashar-al-assad"),
    ("SYR.president", "2024-12-07", "bashar-al-assad"),
    ("SYR.president", "2025-03-01", "ahmed-al-sharaa"),
    ("EGY.president", "2013-01-01", "mohamed-morsi"),
    ("EGY.president", "2013-10-01", "adly-mansour"),
    ("EGY.president", "2020-01-01", "abdel-fattah-el-sisi"),
    ("PAK.prime_minister", "2022-04-12", "shehbaz-sharif"),
    ("PAK.prime_minister", "2020-01-01", "imran-khan"),
    ("PAK.army_chief", "2023-01-01", "asim-munir"),
    ("AFG.president", "2020-01-01", "ashraf-ghani"),
    ("IRQ.prime_minister", "2010-01-01", "nouri-al-maliki"),
    ("IRQ.president", "2002-01-01", "saddam-hussein"),
    ("QAT.emir", "2014-01-01", "tamim-bin-hamad-al-thani"),
    ("ARE.president", "2023-01-01", "mohamed-bin-zayed-al-nahyan"),
    ("LBN.prime_minister", "2005-02-14", "omar-karami"),
    ("LBN.president", "2023-06-01", None),
    ("BLR.president", "2020-08-09", "alexander-lukashenko"),
    ("POL.prime_minister", "2024-01-01", "donald-tusk"),
    ("POL.president", "2025-08-06", "karol-nawrocki"),
    ("NLD.prime_minister", "2015-01-01", "mark-rutte"),
    ("ESP.prime_minister", "2018-06-01", "mariano-rajoy"),
    ("ESP.prime_minister", "2018-06-02", "pedro-sanchez"),
    ("SWE.prime_minister", "2022-10-18", "ulf-kristersson"),
    ("FIN.president", "2024-03-01", "alexander-stubb"),
    ("NOR.prime_minister", "2010-01-01", "jens-stoltenberg"),
    ("VEN.president", "2014-01-01", "nicolas-maduro"),
    ("VEN.president", "2012-01-01", "hugo-chavez"),
    ("CUB.president", "2019-01-01", "miguel-diaz-canel"),
    ("NGA.president", "2016-01-01", "muhammadu-buhari"),
    ("ETH.prime_minister", "2020-11-04", "abiy-ahmed"),
    ("KEN.president", "2023-01-01", "william-ruto"),
    ("VNM.general_secretary", "2020-01-01", "nguyen-phu-trong"),
    ("PHL.president", "2020-01-01", "rodrigo-duterte"),
    ("TWN.president", "2024-05-20", "lai-ching-te"),
    ("TWN.president", "2024-05-19", "tsai-ing-wen"),
    ("KAZ.president", "2022-01-05", "kassym-jomart-tokayev"),
    ("AZE.president", "2020-09-27", "ilham-aliyev"),
    ("ARM.prime_minister", "2020-09-27", "nikol-pashinyan"),
    ("GEO.president", "2008-08-08", "mikheil-saakashvili"),
    ("HUN.prime_minister", "2020-01-01", "viktor-orban"),
    ("SRB.president", "2020-01-01", "aleksandar-vucic"),
    ("SRB.yugoslav_president", "2000-01-01", "slobodan-milosevic"),
    ("PSE.president", "2004-01-01", "yasser-arafat"),
    ("PSE.president", "2010-01-01", "mahmoud-abbas"),
    ("OMN.sultan", "2010-01-01", "qaboos-bin-said"),
    ("OMN.sultan", "2021-01-01", "haitham-bin-tariq"),
    ("KWT.emir", "2024-01-01", "mishal-al-ahmad-al-jaber-al-sabah"),
    ("LBY.head_of_state", "2010-01-01", "muammar-gaddafi"),
    ("SDN.head_of_state", "2018-01-01", "omar-al-bashir"),
    ("SDN.head_of_state", "2023-04-15", "abdel-fattah-al-burhan"),
    ("BEL.prime_minister", "2025-06-01", "bart-de-wever"),
    ("GRC.prime_minister", "2015-07-05", "alexis-tsipras"),
    ("CHE.president", "2022-06-01", "ignazio-cassis"),
]


@pytest.mark.parametrize("office_id,day,person", PINS, ids=pin_ids(PINS))
def test_people_extra_pinned_holder(kb, office_id: str, day: str, person: str | None) -> None:
    assert_pin(kb[0], office_id, day, person)


ALIASES = [
    ("volodymyr-zelensky", ["Zelensky", "Zelenskyy", "Zelenskiy"]),
    ("bashar-al-assad", ["Assad", "al-Assad", "Bashar Assad"]),
    ("alexander-lukashenko", ["Lukashenko", "Lukashenka"]),
    ("benjamin-netanyahu", ["Netanyahu"]),
    ("ali-khamenei", ["Khamenei"]),
    ("qaboos-bin-said", ["Qaboos"]),
    ("muammar-gaddafi", ["Gaddafi", "Qaddafi"]),
]


@pytest.mark.parametrize("person_id,aliases", ALIASES, ids=[p for p, _ in ALIASES])
def test_people_extra_transliterations_present(kb, person_id: str, aliases: list[str]) -> None:
    assert set(aliases) <= names_of(kb[1][person_id])


LEADERS = {
    "IRN": "IRN.supreme_leader",
    "ISR": "ISR.prime_minister",
    "UKR": "UKR.president",
    "PRK": "PRK.supreme_leader",
    "SYR": "SYR.president",
    "EGY": "EGY.president",
}


@pytest.mark.parametrize("code,office_id", sorted(LEADERS.items()))
def test_people_extra_leader_office(kb, code: str, office_id: str) -> None:
    assert leader_offices(kb[0], code) == [office_id]
