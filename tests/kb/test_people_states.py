"""Pinned facts for the office-holder data of the states beyond the G20 (IRN, ISR, UKR, ...,
then the third batch: MMR, THA, ... XKX).

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
    # the third batch of states (MMR, THA, ... XKX)
    # Myanmar: coup of 1 Feb 2021
    ("MMR.leader", "2021-01-31", "aung-san-suu-kyi"),
    ("MMR.leader", "2021-02-02", "min-aung-hlaing"),
    ("MMR.president", "2020-06-01", "win-myint"),
    ("MMR.president", "2022-06-01", "myint-swe"),
    ("MMR.president", "2009-01-01", "than-shwe"),
    # Thailand: coups and court removals
    ("THA.prime_minister", "2006-09-18", "thaksin-shinawatra"),
    ("THA.prime_minister", "2006-10-02", "surayud-chulanont"),
    ("THA.prime_minister", "2014-05-21", "niwatthamrong-boonsongpaisan"),
    ("THA.prime_minister", "2014-05-23", "prayut-chan-o-cha"),
    ("THA.prime_minister", "2024-08-13", "srettha-thavisin"),
    ("THA.prime_minister", "2024-08-20", "paetongtarn-shinawatra"),
    ("THA.king", "2016-10-12", "bhumibol-adulyadej"),
    # Malaysia: the 2018 upset and the 2022 hung parliament
    ("MYS.prime_minister", "2018-05-09", "najib-razak"),
    ("MYS.prime_minister", "2018-05-11", "mahathir-mohamad"),
    ("MYS.prime_minister", "2022-11-25", "anwar-ibrahim"),
    # Singapore
    ("SGP.prime_minister", "2024-05-14", "lee-hsien-loong"),
    ("SGP.prime_minister", "2024-05-16", "lawrence-wong"),
    # Bangladesh: Hasina's fall
    ("BGD.head_of_government", "2024-08-04", "sheikh-hasina"),
    ("BGD.head_of_government", "2024-08-09", "muhammad-yunus"),
    ("BGD.head_of_government", "2008-01-01", "fakhruddin-ahmed"),
    # Sri Lanka: 2022 crisis
    ("LKA.president", "2022-07-13", "gotabaya-rajapaksa"),
    ("LKA.president", "2022-07-22", "ranil-wickremesinghe"),
    ("LKA.president", "2024-09-24", "anura-kumara-dissanayake"),
    ("LKA.prime_minister", "2022-05-10", None),
    # Nepal: royal rule and the 2025 protests
    ("NPL.prime_minister", "2005-06-01", "gyanendra"),
    ("NPL.prime_minister", "2025-09-08", "kp-sharma-oli"),
    ("NPL.prime_minister", "2025-09-13", "sushila-karki"),
    # Maghreb
    ("DZA.president", "2019-04-01", "abdelaziz-bouteflika"),
    ("DZA.president", "2019-06-01", "abdelkader-bensalah"),
    ("DZA.president", "2020-01-01", "abdelmadjid-tebboune"),
    ("TUN.president", "2011-01-13", "zine-el-abidine-ben-ali"),
    ("TUN.president", "2011-02-01", "fouad-mebazaa"),
    ("TUN.president", "2019-08-01", "mohamed-ennaceur"),
    ("MAR.king", "2010-01-01", "mohammed-vi"),
    ("MAR.foreign_minister", "2020-12-10", "nasser-bourita"),
    # Latin America
    ("COL.president", "2016-09-26", "juan-manuel-santos"),
    ("COL.president", "2022-08-08", "gustavo-petro"),
    ("CHL.president", "2019-10-18", "sebastian-pinera"),
    ("CHL.president", "2022-03-12", "gabriel-boric"),
    ("PER.president", "2022-12-06", "pedro-castillo"),
    ("PER.president", "2022-12-08", "dina-boluarte"),
    ("PER.president", "2020-11-16", None),
    ("ECU.president", "2023-11-24", "daniel-noboa"),
    ("BOL.president", "2019-11-09", "evo-morales"),
    ("BOL.president", "2020-01-01", "jeanine-anez"),
    ("BOL.president", "2025-11-09", "rodrigo-paz"),
    ("NIC.president", "2018-04-19", "daniel-ortega"),
    # Europe
    ("NZL.prime_minister", "2019-03-15", "jacinda-ardern"),
    ("NZL.prime_minister", "2023-01-26", "chris-hipkins"),
    ("IRL.taoiseach", "2024-04-08", "leo-varadkar"),
    ("IRL.taoiseach", "2024-04-10", "simon-harris"),
    ("PRT.prime_minister", "2003-01-01", "jose-manuel-barroso"),
    ("PRT.prime_minister", "2020-01-01", "antonio-costa"),
    ("DNK.prime_minister", "2005-09-30", "anders-fogh-rasmussen"),
    ("DNK.monarch", "2024-01-13", "margrethe-ii"),
    ("DNK.monarch", "2024-01-15", "frederik-x"),
    ("CZE.president", "2003-02-15", None),
    ("CZE.prime_minister", "2021-11-27", "andrej-babis"),
    ("CZE.prime_minister", "2021-11-29", "petr-fiala"),
    ("SVK.prime_minister", "2024-05-15", "robert-fico"),
    ("SVK.prime_minister", "2023-06-01", "ludovit-odor"),
    ("ROU.president", "2007-05-01", "nicolae-vacaroiu"),
    ("ROU.president", "2025-05-27", "nicusor-dan"),
    ("BGR.prime_minister", "2021-12-12", "stefan-yanev"),
    ("BGR.prime_minister", "2021-12-14", "kiril-petkov"),
    ("HRV.prime_minister", "2009-07-05", "ivo-sanader"),
    ("HRV.prime_minister", "2009-07-07", "jadranka-kosor"),
    ("MDA.president", "2020-12-25", "maia-sandu"),
    ("LTU.president", "2004-05-01", "arturas-paulauskas"),
    ("LVA.prime_minister", "2001-01-01", "andris-berzins-pm"),
    ("LVA.president", "2013-01-01", "andris-berzins-president"),
    ("EST.prime_minister", "2022-02-24", "kaja-kallas"),
    ("EST.prime_minister", "2024-07-24", "kristen-michal"),
    ("AUT.chancellor", "2019-05-27", "sebastian-kurz"),
    ("AUT.chancellor", "2019-06-04", "brigitte-bierlein"),
    ("AUT.president", "2016-10-01", None),
    # Africa
    ("MLI.president", "2020-08-17", "ibrahim-boubacar-keita"),
    ("MLI.president", "2020-08-19", "assimi-goita"),
    ("MLI.president", "2021-01-01", "bah-ndaw"),
    ("NER.president", "2023-07-25", "mohamed-bazoum"),
    ("NER.president", "2023-07-27", "abdourahamane-tchiani"),
    ("BFA.president", "2022-01-23", "roch-marc-christian-kabore"),
    ("BFA.president", "2022-06-01", "paul-henri-sandaogo-damiba"),
    ("BFA.president", "2022-10-01", "ibrahim-traore"),
    ("TCD.president", "2021-04-19", "idriss-deby"),
    ("TCD.president", "2021-04-21", "mahamat-idriss-deby"),
    ("ZWE.president", "2017-11-20", "robert-mugabe"),
    ("ZWE.president", "2017-11-25", "emmerson-mnangagwa"),
    ("GHA.president", "2012-07-23", "john-atta-mills"),
    ("GHA.president", "2012-07-25", "john-mahama"),
    ("TZA.president", "2021-03-20", "samia-suluhu-hassan"),
    ("CIV.president", "2011-04-12", "alassane-ouattara"),
    ("COD.president", "2019-01-25", "felix-tshisekedi"),
    ("SOM.president", "2022-05-24", "hassan-sheikh-mohamud"),
    ("SSD.president", "2015-01-01", "salva-kiir"),
    ("RWA.president", "2010-01-01", "paul-kagame"),
    ("SEN.president", "2024-04-03", "bassirou-diomaye-faye"),
    # Asia and the Balkans
    ("UZB.president", "2016-09-01", "islam-karimov"),
    ("UZB.president", "2017-01-01", "shavkat-mirziyoyev"),
    ("TKM.president", "2022-03-20", "serdar-berdimuhamedow"),
    ("KGZ.president", "2010-04-08", "roza-otunbayeva"),
    ("BHR.prime_minister", "2020-11-12", "salman-bin-hamad-al-khalifa"),
    ("CYP.president", "2013-03-01", "nicos-anastasiades"),
    ("ISL.prime_minister", "2009-01-31", "geir-haarde"),
    ("ISL.prime_minister", "2009-02-02", "johanna-sigurdardottir"),
    ("SVN.prime_minister", "2020-03-14", "janez-jansa"),
    ("MKD.prime_minister", "2017-06-02", "zoran-zaev"),
    ("MNE.president", "2019-01-01", "milo-djukanovic"),
    ("XKX.prime_minister", "2008-02-17", "hashim-thaci"),
    ("XKX.president", "2016-04-08", "hashim-thaci"),
    ("BIH.presidency_serb_member", "2020-01-01", "milorad-dodik"),
    ("ALB.prime_minister", "2014-01-01", "edi-rama"),
]


@pytest.mark.parametrize("office_id,day,person", PINS, ids=pin_ids(PINS))
def test_people_states_pinned_holder(kb, office_id: str, day: str, person: str | None) -> None:
    assert_pin(kb[0], office_id, day, person)


ALIASES = [
    ("volodymyr-zelensky", ["Zelensky", "Zelenskyy", "Zelenskiy"]),
    ("bashar-al-assad", ["Assad", "al-Assad", "Bashar Assad"]),
    ("alexander-lukashenko", ["Lukashenko", "Lukashenka"]),
    ("benjamin-netanyahu", ["Netanyahu"]),
    ("ali-khamenei", ["Khamenei"]),
    ("qaboos-bin-said", ["Qaboos"]),
    ("muammar-gaddafi", ["Gaddafi", "Qaddafi"]),
    ("aung-san-suu-kyi", ["Suu Kyi"]),
    ("prayut-chan-o-cha", ["Prayuth Chan-ocha", "Prayut"]),
    ("mohamed-abdullahi-farmaajo", ["Farmaajo", "Farmajo"]),
    ("abdourahamane-tchiani", ["Tiani", "Tchiani"]),
    ("pushpa-kamal-dahal", ["Prachanda"]),
]


@pytest.mark.parametrize("person_id,aliases", ALIASES, ids=[p for p, _ in ALIASES])
def test_people_states_transliterations_present(kb, person_id: str, aliases: list[str]) -> None:
    assert set(aliases) <= names_of(kb[1][person_id])


LEADERS = {
    "IRN": "IRN.supreme_leader",
    "ISR": "ISR.prime_minister",
    "UKR": "UKR.president",
    "PRK": "PRK.supreme_leader",
    "SYR": "SYR.president",
    "EGY": "EGY.president",
    "MMR": "MMR.leader",
    "THA": "THA.prime_minister",
    "MAR": "MAR.king",
    "BGD": "BGD.head_of_government",
    "LKA": "LKA.president",
    "ROU": "ROU.president",
    "IRL": "IRL.taoiseach",
    "AUT": "AUT.chancellor",
    "MLI": "MLI.president",
    "XKX": "XKX.prime_minister",
}


@pytest.mark.parametrize("code,office_id", sorted(LEADERS.items()))
def test_people_states_leader_office(kb, code: str, office_id: str) -> None:
    assert leader_offices(kb[0], code) == [office_id]


def test_people_states_shared_namesakes_are_distinct_persons(kb) -> None:
    """Two Latvian office holders share the name Andris Bērziņš; they must stay two persons."""
    _, persons = kb
    namesakes = sorted(pid for pid, p in persons.items() if p["name"] == "Andris Bērziņš")
    assert namesakes == ["andris-berzins-pm", "andris-berzins-president"]
