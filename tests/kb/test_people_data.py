"""Validates the office-holder knowledge base in src/dossier/kb/data/people/.

Checks every YAML file in the folder (not just one helper's share): the schema from the
data-format doc, the contiguity invariants of each office's terms, ids unique across files,
every referenced person defined, and a pinned sample of facts ("who held office X on day D")
that guard against typos in dates and person ids.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from people_pins import PEOPLE_DIR, assert_pin, holder, load_file, pin_ids

KINDS = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "security_adviser",
    "military_chief",
    "intelligence_chief",
    "supreme_leader",
    "other",
}
SECTORS = {"GOV", "MIL"}
EPOCH = dt.date(2000, 1, 1)
PERSON_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
OFFICE_SLUG = re.compile(r"^[a-z0-9]+(?:[_-][a-z0-9]+)*$")
CODE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
QID = re.compile(r"^Q[1-9][0-9]*$")
OFFICE_KEYS = {"id", "title", "titles", "kind", "sector", "leader", "established", "terms", "country"}
TERM_KEYS = {"person", "start", "end", "acting", "vacant"}
PERSON_KEYS = {"id", "name", "aliases", "wikidata", "country"}


def _files() -> list[Path]:
    return sorted(PEOPLE_DIR.glob("*.yaml"))


def _load(path: Path) -> dict[str, Any]:
    return load_file(path)


@pytest.fixture(scope="module")
def docs() -> dict[str, dict[str, Any]]:
    files = _files()
    if not files:
        pytest.skip("no people data files yet")
    return {p.name: _load(p) for p in files}


@pytest.fixture(scope="module")
def offices(docs) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for doc in docs.values():
        for office in doc.get("offices") or []:
            out[office["id"]] = office
    return out


@pytest.fixture(scope="module")
def persons(docs) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for doc in docs.values():
        for person in doc.get("persons") or []:
            out[person["id"]] = person
    return out


def _office_country(doc: dict[str, Any], office: dict[str, Any]) -> str:
    return office.get("country") or doc["country"]


# --------------------------------------------------------------------------- schema


def test_people_files_exist() -> None:
    assert PEOPLE_DIR.is_dir(), f"missing {PEOPLE_DIR}"


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_people_file_schema(path: Path) -> None:
    doc = _load(path)
    errors: list[str] = []
    assert isinstance(doc, dict), f"{path.name}: top level must be a mapping"
    assert set(doc) <= {"source", "country", "offices", "persons"}, f"{path.name}: unknown keys {set(doc)}"
    assert CODE.match(str(doc.get("country", ""))), f"{path.name}: bad country {doc.get('country')!r}"
    if path.stem != "_international":
        assert doc["country"] == path.stem, f"{path.name}: country {doc['country']} != file name"
    for office in doc.get("offices") or []:
        oid = office.get("id", "?")
        extra = set(office) - OFFICE_KEYS
        if extra:
            errors.append(f"{oid}: unknown keys {sorted(extra)}")
        code = _office_country(doc, office)
        if not CODE.match(str(code)):
            errors.append(f"{oid}: bad country code {code!r}")
        prefix, _, slug = str(oid).partition(".")
        if prefix != code or not OFFICE_SLUG.match(slug):
            errors.append(f"{oid}: id must be <{code}>.<slug>")
        if not isinstance(office.get("title"), str) or not office["title"]:
            errors.append(f"{oid}: title missing")
        titles = office.get("titles")
        if not titles or not all(isinstance(t, str) and t == t.lower() and t.strip() == t for t in titles):
            errors.append(f"{oid}: titles must be a non-empty list of lower-case strings")
        if office.get("kind") not in KINDS:
            errors.append(f"{oid}: bad kind {office.get('kind')!r}")
        if office.get("sector") not in SECTORS:
            errors.append(f"{oid}: bad sector {office.get('sector')!r}")
        if "leader" in office and not isinstance(office["leader"], bool):
            errors.append(f"{oid}: leader must be a bool")
        est = office.get("established")
        if est is not None and not isinstance(est, dt.date):
            errors.append(f"{oid}: established must be a date or null")
        if not office.get("terms"):
            errors.append(f"{oid}: no terms")
        for term in office.get("terms") or []:
            if set(term) - TERM_KEYS:
                errors.append(f"{oid}: term has unknown keys {sorted(set(term) - TERM_KEYS)}")
            if not isinstance(term.get("start"), dt.date):
                errors.append(f"{oid}: term start {term.get('start')!r} is not a date")
            if term.get("end") is not None and not isinstance(term.get("end"), dt.date):
                errors.append(f"{oid}: term end {term.get('end')!r} is not a date")
            if term.get("person") is None and term.get("vacant") is not True:
                errors.append(f"{oid}: term without person must say vacant: true")
            if term.get("person") is not None and term.get("vacant"):
                errors.append(f"{oid}: vacant term names a person")
    for person in doc.get("persons") or []:
        pid = person.get("id", "?")
        if set(person) - PERSON_KEYS:
            errors.append(f"{pid}: unknown keys {sorted(set(person) - PERSON_KEYS)}")
        if not PERSON_ID.match(str(pid)):
            errors.append(f"{pid}: id must be a lower-case slug")
        if not isinstance(person.get("name"), str) or not person["name"].strip():
            errors.append(f"{pid}: name missing")
        aliases = person.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            errors.append(f"{pid}: aliases must be a list of strings")
        if "wikidata" in person and not QID.match(str(person["wikidata"])):
            errors.append(f"{pid}: bad wikidata {person['wikidata']!r}")
        if "country" in person and not CODE.match(str(person["country"])):
            errors.append(f"{pid}: bad country {person['country']!r}")
    assert not errors, "\n".join(errors)


# --------------------------------------------------------------------------- invariants


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_people_terms_contiguous(path: Path) -> None:
    doc = _load(path)
    errors: list[str] = []
    for office in doc.get("offices") or []:
        oid = office["id"]
        terms = office.get("terms") or []
        if not terms:
            continue
        est = office.get("established")
        first = terms[0]["start"]
        if est is None and first > EPOCH:
            errors.append(f"{oid}: first term starts {first}, after 2000-01-01 with no established date")
        if est is not None and first != est:
            errors.append(f"{oid}: first term starts {first}, not on established {est}")
        for i, term in enumerate(terms):
            start, end = term["start"], term.get("end")
            if end is not None and end <= start:
                errors.append(f"{oid}: term {term.get('person')} ends {end} on/before it starts {start}")
            if i + 1 < len(terms):
                nxt = terms[i + 1]
                if end is None:
                    errors.append(f"{oid}: open-ended term {term.get('person')} is not the last")
                elif end != nxt["start"]:
                    errors.append(
                        f"{oid}: {term.get('person')} ends {end} but {nxt.get('person')} starts {nxt['start']}"
                    )
    assert not errors, "\n".join(errors)


def test_people_office_ids_unique(docs) -> None:
    seen: dict[str, str] = {}
    dupes = []
    for name, doc in docs.items():
        for office in doc.get("offices") or []:
            if office["id"] in seen:
                dupes.append(f"{office['id']} in {seen[office['id']]} and {name}")
            seen[office["id"]] = name
    assert not dupes, "\n".join(dupes)


def test_people_person_ids_unique(docs) -> None:
    seen: dict[str, str] = {}
    dupes = []
    for name, doc in docs.items():
        for person in doc.get("persons") or []:
            if person["id"] in seen:
                dupes.append(f"{person['id']} in {seen[person['id']]} and {name}")
            seen[person["id"]] = name
    assert not dupes, "\n".join(dupes)


def test_people_wikidata_unique(persons) -> None:
    seen: dict[str, str] = {}
    dupes = []
    for pid, person in persons.items():
        qid = person.get("wikidata")
        if qid and qid in seen:
            dupes.append(f"{qid}: {seen[qid]} and {pid}")
        if qid:
            seen[qid] = pid
    assert not dupes, "\n".join(dupes)


def test_people_referenced_persons_exist(offices, persons) -> None:
    missing = sorted(
        {f"{oid}: {t['person']}" for oid, o in offices.items() for t in o["terms"] if t.get("person") and t["person"] not in persons}
    )
    assert not missing, "\n".join(missing)


def test_people_every_person_holds_an_office(offices, persons) -> None:
    """An unreferenced person is almost always a typo in a term's person id."""
    used = {t["person"] for o in offices.values() for t in o["terms"] if t.get("person")}
    orphans = sorted(set(persons) - used)
    assert not orphans, f"persons never referenced by a term: {orphans}"


def test_people_one_leader_per_country(docs) -> None:
    leaders: dict[str, list[str]] = {}
    for doc in docs.values():
        for office in doc.get("offices") or []:
            if office.get("leader"):
                leaders.setdefault(_office_country(doc, office), []).append(office["id"])
    many = {code: ids for code, ids in leaders.items() if len(ids) > 1}
    assert not many, f"more than one leader office: {many}"


# --------------------------------------------------------------------------- pinned facts


PINS = [
    # (office id, date, person id)
    ("GBR.prime_minister", "2022-10-20", "liz-truss"),
    ("GBR.prime_minister", "2022-10-26", "rishi-sunak"),
    ("GBR.prime_minister", "2007-06-26", "tony-blair"),
    ("GBR.prime_minister", "2024-07-05", "keir-starmer"),
    ("GBR.foreign_secretary", "2023-12-01", "david-cameron"),
    ("GBR.monarch", "2022-09-07", "elizabeth-ii"),
    ("GBR.monarch", "2022-09-08", "charles-iii"),
    ("USA.president", "2021-01-19", "donald-trump"),
    ("USA.president", "2021-01-20", "joe-biden"),
    ("USA.president", "2025-01-20", "donald-trump"),
    ("USA.president", "2005-06-01", "george-w-bush"),
    ("USA.secretary_of_state", "2010-06-01", "hillary-clinton"),
    ("USA.secretary_of_state", "2018-06-01", "mike-pompeo"),
    ("USA.secretary_of_defense", "2025-10-01", "pete-hegseth"),
    ("USA.secretary_of_defense", "2019-03-01", "patrick-shanahan"),
    ("USA.national_security_adviser", "2025-06-01", "marco-rubio"),
    ("USA.cia_director", "2012-01-01", "david-petraeus"),
    ("RUS.president", "2008-06-01", "dmitry-medvedev"),
    ("RUS.president", "2000-01-15", "vladimir-putin"),
    ("RUS.prime_minister", "2010-01-01", "vladimir-putin"),
    ("RUS.foreign_minister", "2003-01-01", "igor-ivanov"),
    ("RUS.foreign_minister", "2020-01-01", "sergey-lavrov"),
    ("RUS.defence_minister", "2020-01-01", "sergei-shoigu"),
    ("RUS.defence_minister", "2025-01-01", "andrei-belousov"),
    ("RUS.security_council_secretary", "2025-01-01", "sergei-shoigu"),
    ("RUS.chief_of_general_staff", "2022-03-01", "valery-gerasimov"),
    ("CHN.president", "2010-01-01", "hu-jintao"),
    ("CHN.president", "2020-01-01", "xi-jinping"),
    ("CHN.premier", "2024-01-01", "li-qiang"),
    ("CHN.foreign_minister", "2023-03-01", "qin-gang"),
    ("CHN.foreign_minister", "2023-09-01", "wang-yi"),
    ("FRA.president", "2010-01-01", "nicolas-sarkozy"),
    ("FRA.prime_minister", "2024-10-01", "michel-barnier"),
    ("DEU.chancellor", "2015-01-01", "angela-merkel"),
    ("DEU.chancellor", "2025-06-01", "friedrich-merz"),
    ("DEU.foreign_minister", "2023-01-01", "annalena-baerbock"),
    ("ITA.prime_minister", "2021-06-01", "mario-draghi"),
    ("JPN.prime_minister", "2015-01-01", "shinzo-abe"),
    ("JPN.prime_minister", "2025-12-01", "sanae-takaichi"),
    ("IND.prime_minister", "2010-01-01", "manmohan-singh"),
    ("IND.external_affairs_minister", "2021-01-01", "s-jaishankar"),
    ("CAN.prime_minister", "2025-04-01", "mark-carney"),
    ("AUS.prime_minister", "2011-01-01", "julia-gillard"),
    ("BRA.president", "2020-01-01", "jair-bolsonaro"),
    ("BRA.president", "2024-01-01", "luiz-inacio-lula-da-silva"),
    ("ARG.president", "2024-01-01", "javier-milei"),
    ("MEX.president", "2025-01-01", "claudia-sheinbaum"),
    ("IDN.president", "2016-01-01", "joko-widodo"),
    ("KOR.president", "2025-01-10", "choi-sang-mok"),
    ("KOR.president", "2025-07-01", "lee-jae-myung"),
    ("SAU.king", "2010-01-01", "abdullah-bin-abdulaziz"),
    ("SAU.crown_prince", "2020-01-01", "mohammed-bin-salman"),
    ("ZAF.president", "2017-01-01", "jacob-zuma"),
    ("TUR.president", "2020-01-01", "recep-tayyip-erdogan"),
    ("TUR.prime_minister", "2010-01-01", "recep-tayyip-erdogan"),
    ("TUR.foreign_minister", "2024-01-01", "hakan-fidan"),
    ("UN.secretary_general", "2010-01-01", "ban-ki-moon"),
    ("NATO.secretary_general", "2020-01-01", "jens-stoltenberg"),
    ("EU.commission_president", "2020-01-01", "ursula-von-der-leyen"),
    ("EU.high_representative", "2025-01-01", "kaja-kallas"),
    ("WHO.director_general", "2020-01-01", "tedros-adhanom-ghebreyesus"),
]


@pytest.mark.parametrize("office_id,day,person", PINS, ids=pin_ids(PINS))
def test_people_pinned_holder(offices, office_id: str, day: str, person: str) -> None:
    assert_pin(offices, office_id, day, person)


def test_people_holder_lookup_finds_nobody_before_first_term() -> None:
    office = {"terms": [{"person": "a", "start": dt.date(2001, 1, 1), "end": None}]}
    assert holder(office, dt.date(2000, 6, 1)) is None
    assert holder(office, dt.date(2001, 1, 1)) == "a"
