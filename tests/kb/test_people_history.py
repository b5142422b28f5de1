"""Pinned facts for the historical office-holder data (1975-2000) in people/*.yaml.

Each pin says who held an office on a given day, on both sides of a change of office, so a
wrong start date, a swapped order or a mistyped person id shows. By the data's convention the
leader office of RUS holds the Soviet leader (General Secretary) before 25 Dec 1991, CHN's
the paramount leader before 1993, and IRN's the Shah before the revolution. Schema and
contiguity checks for every file live in test_people_data.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from people_pins import Records, assert_pin, load_people, pin_ids

HISTORY_START = dt.date(1975, 1, 1)
# offices whose history this data set reaches back to 1975 (or to the office's creation)
EXTENDED = [
    "USA.president", "USA.secretary_of_state", "GBR.prime_minister", "GBR.foreign_secretary",
    "FRA.president", "FRA.prime_minister", "FRA.foreign_minister", "DEU.president", "DEU.chancellor",
    "ITA.president", "ITA.prime_minister", "JPN.prime_minister", "CAN.prime_minister",
    "AUS.prime_minister", "RUS.president", "RUS.prime_minister", "RUS.foreign_minister",
    "CHN.president", "CHN.premier", "CHN.foreign_minister", "IND.president", "IND.prime_minister",
    "PAK.president", "PAK.prime_minister", "ISR.president", "ISR.prime_minister",
    "ISR.foreign_minister", "EGY.president", "EGY.prime_minister", "SYR.president",
    "SYR.prime_minister", "IRQ.president", "IRQ.prime_minister", "IRN.supreme_leader",
    "IRN.president", "SAU.king", "TUR.president", "TUR.prime_minister", "ESP.monarch",
    "ESP.prime_minister", "POL.president", "POL.prime_minister", "SRB.yugoslav_president",
    "ZAF.president", "NGA.president", "KEN.president", "ETH.president", "ETH.prime_minister",
    "UGA.president", "RWA.president", "RWA.prime_minister", "COD.president", "ARG.president",
    "BRA.president", "MEX.president", "CHL.president", "IDN.president", "PHL.president",
    "KOR.president", "PRK.supreme_leader", "VNM.general_secretary", "VNM.president",
    "VNM.prime_minister", "GRC.president", "GRC.prime_minister", "JOR.king", "LBN.president",
    "LBN.prime_minister", "LBY.head_of_state", "CUB.president", "NIC.president", "AFG.president",
    "GMB.president", "HTI.president",
]


@pytest.fixture(scope="module")
def offices() -> Records:
    return load_people()[0]


PINS = [
    # United States
    ("USA.president", "1981-01-19", "jimmy-carter"),
    ("USA.president", "1981-01-20", "ronald-reagan"),
    ("USA.president", "1990-08-02", "george-h-w-bush"),
    ("USA.secretary_of_state", "1985-01-01", "george-shultz"),
    ("USA.secretary_of_state", "1991-01-15", "james-baker"),
    ("USA.secretary_of_state", "1975-06-01", "henry-kissinger"),
    # United Kingdom
    ("GBR.prime_minister", "1979-05-03", "james-callaghan"),
    ("GBR.prime_minister", "1979-05-04", "margaret-thatcher"),
    ("GBR.prime_minister", "1990-11-27", "margaret-thatcher"),
    ("GBR.prime_minister", "1990-11-29", "john-major"),
    ("GBR.foreign_secretary", "1982-04-02", "lord-carrington"),
    ("GBR.foreign_secretary", "1982-04-06", "francis-pym"),
    # France, Germany, Italy, Japan, Canada, Australia
    ("FRA.president", "1981-05-20", "valery-giscard-destaing"),
    ("FRA.president", "1981-05-21", "francois-mitterrand"),
    ("FRA.prime_minister", "1987-01-01", "jacques-chirac"),
    ("FRA.foreign_minister", "1990-01-01", "roland-dumas"),
    ("DEU.chancellor", "1982-09-30", "helmut-schmidt"),
    ("DEU.chancellor", "1982-10-01", "helmut-kohl"),
    ("DEU.chancellor", "1990-10-03", "helmut-kohl"),
    ("DEU.foreign_minister", "1990-01-01", "hans-dietrich-genscher"),
    ("ITA.prime_minister", "1985-01-01", "bettino-craxi"),
    ("ITA.prime_minister", "1994-06-01", "silvio-berlusconi"),
    ("JPN.prime_minister", "1985-01-01", "yasuhiro-nakasone"),
    ("JPN.emperor", "1989-01-06", "hirohito"),
    ("JPN.emperor", "1989-01-07", "akihito"),
    ("CAN.prime_minister", "1980-03-02", "joe-clark"),
    ("CAN.prime_minister", "1980-03-03", "pierre-trudeau"),
    ("AUS.prime_minister", "1975-11-10", "gough-whitlam"),
    ("AUS.prime_minister", "1975-11-11", "malcolm-fraser"),
    # Soviet Union / Russia (coded RUS)
    ("RUS.president", "1982-11-09", "leonid-brezhnev"),
    ("RUS.president", "1985-03-10", None),
    ("RUS.president", "1985-03-12", "mikhail-gorbachev"),
    ("RUS.president", "1991-12-24", "mikhail-gorbachev"),
    ("RUS.president", "1991-12-26", "boris-yeltsin"),
    ("RUS.president", "1999-12-30", "boris-yeltsin"),
    ("RUS.prime_minister", "1995-01-01", "viktor-chernomyrdin"),
    ("RUS.prime_minister", "1998-10-01", "yevgeny-primakov"),
    ("RUS.foreign_minister", "1980-01-01", "andrei-gromyko"),
    ("RUS.foreign_minister", "1987-12-08", "eduard-shevardnadze"),
    ("RUS.foreign_minister", "1994-01-01", "andrei-kozyrev"),
    # China
    ("CHN.president", "1976-09-08", "mao-zedong"),
    ("CHN.president", "1985-01-01", "deng-xiaoping"),
    ("CHN.premier", "1975-06-01", "zhou-enlai"),
    ("CHN.premier", "1989-06-04", "li-peng"),
    ("CHN.foreign_minister", "1995-01-01", "qian-qichen"),
    # South Asia, Middle East
    ("IND.prime_minister", "1984-10-30", "indira-gandhi"),
    ("IND.prime_minister", "1984-10-31", "rajiv-gandhi"),
    ("IND.prime_minister", "1977-03-24", "morarji-desai"),
    ("PAK.president", "1988-08-16", "muhammad-zia-ul-haq"),
    ("PAK.president", "1988-08-17", "ghulam-ishaq-khan"),
    ("PAK.prime_minister", "1980-01-01", None),
    ("PAK.prime_minister", "1989-01-01", "benazir-bhutto"),
    ("ISR.prime_minister", "1977-06-20", "menachem-begin"),
    ("ISR.prime_minister", "1995-11-03", "yitzhak-rabin"),
    ("ISR.prime_minister", "1995-11-05", "shimon-peres"),
    ("ISR.prime_minister", "1996-06-18", "benjamin-netanyahu"),
    ("ISR.foreign_minister", "1978-09-17", "moshe-dayan"),
    ("EGY.president", "1979-03-26", "anwar-sadat"),
    ("EGY.president", "1981-10-14", "hosni-mubarak"),
    ("IRQ.president", "1979-07-15", "ahmed-hassan-al-bakr"),
    ("IRQ.president", "1979-07-16", "saddam-hussein"),
    ("IRN.supreme_leader", "1978-09-08", "mohammad-reza-pahlavi"),
    ("IRN.supreme_leader", "1979-11-04", "ruhollah-khomeini"),
    ("IRN.supreme_leader", "1989-06-05", "ali-khamenei"),
    ("IRN.president", "1985-01-01", "ali-khamenei"),
    ("IRN.president", "1990-01-01", "akbar-hashemi-rafsanjani"),
    ("SAU.king", "1975-03-24", "faisal-bin-abdulaziz"),
    ("SAU.king", "1980-01-01", "khalid-bin-abdulaziz"),
    ("SYR.president", "1980-01-01", "hafez-al-assad"),
    ("TUR.president", "1981-01-01", "kenan-evren"),
    ("TUR.prime_minister", "1993-07-01", "tansu-ciller"),
    ("JOR.king", "1990-01-01", "hussein-of-jordan"),
    ("LBN.president", "1989-01-01", None),
    ("LBN.president", "1990-01-01", "elias-hrawi"),
    # Europe
    ("ESP.monarch", "1975-11-19", "francisco-franco"),
    ("ESP.monarch", "1975-11-22", "juan-carlos-i"),
    ("ESP.prime_minister", "1990-01-01", "felipe-gonzalez"),
    ("POL.president", "1991-01-01", "lech-walesa"),
    ("POL.prime_minister", "1982-01-01", "wojciech-jaruzelski"),
    ("POL.prime_minister", "1990-01-01", "tadeusz-mazowiecki"),
    ("SRB.yugoslav_president", "1980-05-03", "josip-broz-tito"),
    ("SRB.yugoslav_president", "1995-01-01", "zoran-lilic"),
    ("SRB.president", "1995-01-01", "slobodan-milosevic"),
    ("GRC.prime_minister", "1985-01-01", "andreas-papandreou"),
    # Africa
    ("ZAF.president", "1994-05-09", "f-w-de-klerk"),
    ("ZAF.president", "1994-05-10", "nelson-mandela"),
    ("NGA.president", "1995-01-01", "sani-abacha"),
    ("NGA.president", "1984-01-01", "muhammadu-buhari"),
    ("KEN.president", "1978-08-21", "jomo-kenyatta"),
    ("ETH.president", "1985-01-01", "mengistu-haile-mariam"),
    ("UGA.president", "1975-01-01", "idi-amin"),
    ("UGA.president", "1986-01-29", "yoweri-museveni"),
    ("RWA.president", "1994-04-05", "juvenal-habyarimana"),
    ("RWA.president", "1994-07-19", "pasteur-bizimungu"),
    ("COD.president", "1990-01-01", "mobutu-sese-seko"),
    ("COD.president", "1997-05-17", "laurent-desire-kabila"),
    # Americas and Asia
    ("ARG.president", "1982-04-02", "leopoldo-galtieri"),
    ("ARG.president", "1990-01-01", "carlos-menem"),
    ("BRA.president", "1986-01-01", "jose-sarney"),
    ("MEX.president", "1990-01-01", "carlos-salinas"),
    ("CHL.president", "1990-03-10", "augusto-pinochet"),
    ("CHL.president", "1990-03-11", "patricio-aylwin"),
    ("CUB.president", "1976-12-01", "osvaldo-dorticos"),
    ("CUB.president", "1976-12-02", "fidel-castro"),
    ("NIC.president", "1986-01-01", "daniel-ortega"),
    ("IDN.president", "1998-05-20", "suharto"),
    ("IDN.president", "1998-05-21", "b-j-habibie"),
    ("PHL.president", "1986-02-24", "ferdinand-marcos"),
    ("PHL.president", "1986-02-25", "corazon-aquino"),
    ("KOR.president", "1985-01-01", "chun-doo-hwan"),
    ("PRK.supreme_leader", "1994-07-07", "kim-il-sung"),
    ("VNM.general_secretary", "1980-01-01", "le-duan"),
    ("AFG.president", "1988-01-01", "mohammad-najibullah"),
    ("AFG.president", "1980-01-01", "babrak-karmal"),
    ("GMB.president", "1994-07-21", "dawda-jawara"),
    ("GMB.president", "1994-07-22", "yahya-jammeh"),
    ("HTI.president", "1986-02-06", "jean-claude-duvalier"),
    ("HTI.president", "1993-01-01", "jean-bertrand-aristide"),
]


@pytest.mark.parametrize("office_id,day,person", PINS, ids=pin_ids(PINS))
def test_people_history_pinned_holder(offices, office_id: str, day: str, person: str | None) -> None:
    assert_pin(offices, office_id, day, person)


@pytest.mark.parametrize("office_id", EXTENDED)
def test_people_history_reaches_1975(offices, office_id: str) -> None:
    """The office's record starts by 1 Jan 1975, or on the day the office was created."""
    office = offices[office_id]
    first = office["terms"][0]["start"]
    established = office.get("established")
    assert first <= HISTORY_START or (established is not None and first == established), (
        f"{office_id}: first term starts {first}"
    )
