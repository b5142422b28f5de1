"""The knowledge base: bundled data schema, user files, lookups, offices over time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pycountry
import pytest
import yaml

from dossier.errors import ConfigError
from dossier.kb import KnowledgeBase, describe_entity, fold
from dossier.kb.records import DATA_DIR

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "actors_people.yaml"
ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}  # Kosovo: user-assigned, widely used
# Grouping and organisation codes an actor's country may hold besides ISO states.
GROUP_CODES = {"WST", "EUR", "UN", "NATO", "EU", "AU", "ECOWAS", "SADC", "IGAD", "ASEAN", "GCC",
               "ARL", "OIC", "SCO", "CSTO", "CIS", "OAS", "OPEC", "IMF", "IGO", "NGO", "IMG",
               "G7", "G20", "BRICS", "QUAD", "OSCE", "COE", "IAEA", "AES"}
SECTORS = {None, "GOV", "MIL", "COP", "LEG", "JUD", "MED", "OPP", "REB", "CVL", "LAB", "BUS",
           "NGO"}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files([str(FIXTURE)], bundled_people=False)


def _load(name: str) -> dict:
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))


# -- bundled data schema ------------------------------------------------------------------

def test_states_data_codes_are_iso_alpha3_and_unique():
    codes = [s["code"] for s in _load("states.yaml")["states"]]
    assert len(codes) == len(set(codes))
    assert set(codes) <= ISO3


def test_states_data_entries_have_only_known_fields():
    allowed = {"code", "name", "formal", "aliases", "demonyms", "plurals", "metonyms", "wikidata"}
    for state in _load("states.yaml")["states"]:
        assert set(state) <= allowed, state["code"]
        assert "demonyms" in state, f"{state['code']} has no demonyms (write [] if none is safe)"
        for text, sector in (state.get("metonyms") or {}).items():
            assert sector in SECTORS - {None}, (state["code"], text)


def test_states_data_covers_the_states_most_in_the_news():
    codes = {s["code"] for s in _load("states.yaml")["states"]}
    assert len(codes) >= 80


def test_organizations_data_is_well_formed():
    entries = _load("organizations.yaml")["organizations"]
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))
    allowed = {"id", "name", "kind", "country", "sector", "aliases", "adjectives", "wikidata",
               "part_of", "sectors", "leaders", "members", "union"}
    for entry in entries:
        assert set(entry) <= allowed, entry["id"]
        for member in entry.get("members") or ():
            assert member["code"] in ISO3, entry["id"]
        for period in entry.get("sectors") or ():
            assert period["sector"] in SECTORS - {None}, entry["id"]
        assert entry["kind"] in ("organization", "group"), entry["id"]
        # a media name used in several states ("La Prensa") may leave its state to the story
        assert entry["country"] in ISO3 | GROUP_CODES or \
            (entry["country"] is None and entry.get("sector") == "MED"), entry["id"]
        assert entry.get("sector") in SECTORS, entry["id"]
        assert entry.get("aliases"), entry["id"]
        if entry.get("part_of"):
            assert entry["part_of"] in ids, entry["id"]
        if entry.get("union"):  # a region's union is an organisation of the file
            assert entry["union"] in ids, entry["id"]


def test_bundled_aliases_do_not_name_two_states():
    """"Georgia" or "Congo" may only be one state: an alias shared by two states is a bug."""
    kb = KnowledgeBase.from_files([str(FIXTURE)], bundled_people=False)
    owners: dict[str, set[str]] = {}
    for entity in kb.entities.values():
        if entity.kind != "country":
            continue
        for alias in (entity.name, *entity.aliases):
            owners.setdefault(fold(alias).removeprefix("the "), set()).add(entity.id)
    shared = {a: ids for a, ids in owners.items() if len(ids) > 1}
    assert not shared


def test_data_readme_documents_every_data_file():
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    for name in ("states.yaml", "organizations.yaml", "people/", "_international.yaml"):
        assert name in readme
    for key in ("states:", "organizations:", "offices:", "persons:", "metonyms", "demonyms",
                "plurals", "terms"):
        assert key in readme


# -- loading ------------------------------------------------------------------------------

def test_kb_every_iso_state_is_known(kb):
    for code in ("IRN", "TUV", "LIE", "ABW"):
        assert kb.entity(code).kind == "country"


def test_kb_second_load_comes_from_the_disk_cache(tmp_path, monkeypatch):
    """Parsing the YAML costs about a second; the CLI must not pay it on every run."""
    import dossier.kb.knowledge as kb_module
    import dossier.kb.load as kb_load

    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    kb_module._load.cache_clear()
    kb_load._bundled.cache_clear()
    first = KnowledgeBase.from_files()
    assert list(tmp_path.glob("kb-*.pickle"))

    parse = kb_load.load_records

    def user_files_only(paths, *, user=False):
        assert user, "the bundled YAML was parsed again"
        return parse(paths, user=user)

    monkeypatch.setattr(kb_load, "load_records", user_files_only)
    kb_module._load.cache_clear()
    kb_load._bundled.cache_clear()
    try:
        second = KnowledgeBase.from_files()
    finally:
        monkeypatch.undo()
        kb_module._load.cache_clear()
        kb_load._bundled.cache_clear()
    assert second.entity("IRN").name == first.entity("IRN").name


# -- lookups ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,entity_id", [
    ("Iran", "IRN"), ("the Islamic Republic", "IRN"), ("Türkiye", "TUR"), ("Turkiye", "TUR"),
    ("U.S.", "USA"), ("Kyiv", "UKR"), ("Hizbollah", "HEZBOLLAH"), ("Erdoğan", "recep-tayyip-erdogan"),
    ("Erdogan", "recep-tayyip-erdogan"), ("NATO", "NATO"), ("vladimir-putin", "vladimir-putin"),
])
def test_kb_entity_finds_by_id_or_name(kb, text, entity_id):
    assert kb.entity(text).id == entity_id


def test_kb_acronym_aliases_are_case_exact(kb):
    us = [a for a in kb.lookup("US") if a.entity_id == "USA"][0]
    assert us.case_ok("US")
    assert not us.case_ok("us")
    west = [a for a in kb.lookup("the West") if a.entity_id == "WST"][0]
    assert west.case_ok("West") and not west.case_ok("west")


def test_kb_search_ranks_exact_name_first_and_tolerates_misspelling(kb):
    assert kb.search("Iran")[0].id == "IRN"
    assert "hossein-amir-abdollahian" in [e.id for e in kb.search("Abdollahian")]
    assert "HEZBOLLAH" in [e.id for e in kb.search("Hezbolah")]


@pytest.mark.parametrize("office,on,name", [
    (("GBR", "prime minister"), date(2022, 10, 20), "Liz Truss"),
    (("GBR", "prime minister"), date(2022, 10, 26), "Rishi Sunak"),
    (("IRN", "president"), date(2022, 7, 19), "Ebrahim Raisi"),
    (("IRN", "president"), date(2024, 10, 11), "Masoud Pezeshkian"),
    (("USA", "president"), date(2025, 1, 19), "Joe Biden"),
    (("USA", "president"), date(2025, 1, 21), "Donald Trump"),
    (("USA", "president"), date(2025, 1, 20), "Donald Trump"),  # start inclusive, end exclusive
    (("USA", "top diplomat"), date(2024, 9, 17), "Antony Blinken"),
    (("RUS", "leader"), date(2024, 9, 17), "Vladimir Putin"),
    (("IRN", "leader"), date(2024, 9, 17), "Ali Khamenei"),
    ("IRN.foreign_minister", date(2024, 6, 1), "Ali Bagheri Kani"),
])
def test_kb_holder_on_date(kb, office, on, name):
    assert kb.holder(office, on).name == name


def test_kb_holder_is_none_before_the_records_or_for_unknown_offices(kb):
    assert kb.holder(("USA", "president"), date(1990, 1, 1)) is None
    assert kb.holder(("USA", "chief astrologer"), date(2020, 1, 1)) is None


def test_kb_offices_of_lists_every_term_in_order(kb):
    terms = [(o.id, t.start.year) for o, t in kb.offices_of("sergei-shoigu")]
    assert terms == [("RUS.defence_minister", 2012), ("RUS.security_council_secretary", 2024)]
    assert [t.start.year for _, t in kb.offices_of("donald-trump")] == [2017, 2025]


def test_kb_person_country_is_the_state_served_on_the_date(kb):
    assert kb.country_on("antonio-guterres", date(2024, 1, 1)) == "UN"
    assert kb.country_on("vladimir-putin", date(2024, 1, 1)) == "RUS"


def test_describe_entity_lists_offices_over_time(kb):
    info = describe_entity(kb, kb.entity("Sergei Shoigu"))
    assert [o["office"] for o in info["offices"]] == ["RUS.defence_minister",
                                                      "RUS.security_council_secretary"]
    assert "Shoigu" in info["aliases"]
    iran = describe_entity(kb, kb.entity("IRN"))
    assert "Tehran" in iran["metonyms"] and "Iranian" in iran["demonyms"]
    president = next(o for o in iran["offices"] if o["office"] == "IRN.president")
    assert president["holders"][-1]["person"] == "Masoud Pezeshkian"


# -- user files ---------------------------------------------------------------------------

def _write(tmp_path: Path, text: str, name: str = "mine.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_user_file_adds_and_replaces_entities_and_offices(tmp_path):
    user = _write(tmp_path, """
organizations:
  - {id: HEZBOLLAH, name: Hezbollah, kind: group, country: LBN, sector: MIL, aliases: [Hezbollah, Party of God]}
  - {id: ACME, name: Acme Militia, kind: group, country: KEN, sector: REB, aliases: [Acme Militia]}
states:
  - {code: IRN, name: Iran, demonyms: [Iranian], metonyms: {Pasteur Street: GOV}}
offices:
  - {id: GBR.prime_minister, country: GBR, title: Prime Minister, titles: [prime minister],
     kind: head_of_government, leader: true,
     terms: [{person: jane-roe, start: 2020-01-01, end: null}]}
persons:
  - {id: jane-roe, name: Jane Roe, country: GBR, aliases: [Roe]}
""")
    kb = KnowledgeBase.from_files([str(FIXTURE), user], bundled_people=False)
    assert kb.entity("Party of God").sector == "MIL"  # replaced
    assert kb.entity("Acme Militia").country == "KEN"  # added
    assert kb.entity("Pasteur Street").id == "IRN"  # a state entry merges over ISO names
    assert kb.entity("Islamic Republic of Iran").id == "IRN"
    assert kb.holder(("GBR", "prime minister"), date(2022, 10, 26)).name == "Jane Roe"


@pytest.mark.parametrize("text,needle", [
    ("organizations: [", "not valid YAML"),
    ("- just\n- a list\n", "mapping at the top level"),
    ("people: []\n", "unknown key 'people'"),
    ("organizations:\n  - {id: X, kind: group, country: KEN}\n", "has no 'name'"),
    ("organizations:\n  - {id: X, name: X, kind: band}\n", "kind 'band'"),
    ("states:\n  - {code: Iran, name: Iran}\n", "not an ISO 3166-1 alpha-3"),
    ("offices:\n  - {id: IRN.x, title: X, kind: boss}\n", "unknown kind 'boss'"),
    ("offices:\n  - {id: IRN.x, title: X, terms: [{person: a, start: 2020-13-01}]}\n",
     "invalid date '2020-13-01'"),
    ("offices:\n  - {id: IRN.x, title: X, terms: [{person: a, start: '2020-02-30'}]}\n", "invalid date"),
    ("offices:\n  - {id: IRN.x, title: X, terms: [{person: nobody-known, start: 2020-01-01}]}\n",
     "unknown person 'nobody-known'"),
    ("organizations:\n  - {id: X, name: X, kind: group, aliases: Foo: Bar}\n", "not valid YAML"),
])
def test_user_file_errors_name_the_file_and_the_problem(tmp_path, text, needle):
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        KnowledgeBase.from_files([path], bundled_people=False)
    assert needle in str(info.value)
    assert path in str(info.value)


def test_user_file_that_does_not_exist_is_a_config_error(tmp_path):
    missing = str(tmp_path / "nope.yaml")
    with pytest.raises(ConfigError, match="does not exist"):
        KnowledgeBase.from_files([missing], bundled_people=False)


@pytest.mark.parametrize("text,code", [("Iranian", "IRN"), ("U.S.", "USA"), ("Western", "WST"),
                                       ("Houthi", "HOUTHIS"), ("iranian", None), ("Putin", None)])
def test_kb_modifier_names_states_and_groups_only(kb, text, code):
    entity = kb.modifier(text)
    assert (entity.id if entity else None) == code


# -- demonyms (public API for the event extractor) -----------------------------------------

@pytest.mark.parametrize("word,entity_id", [
    ("Iranian", "IRN"), ("Ukrainian", "UKR"), ("Western", "WST"), ("Houthi", "HOUTHIS"),
    ("U.S.", "USA"), ("NATO", "NATO"), ("IRANIAN", "IRN"), ("Soviet", "RUS"),
    ("Yugoslav", "SRB"), ("Gambian", "GMB"), ("European", "EUR"),
])
def test_kb_demonym_names_the_state_or_group(kb, word, entity_id):
    assert kb.demonym(word).id == entity_id


@pytest.mark.parametrize("word", ["western", "us", "iranian", "Putin", "Tuesday", "", "the"])
def test_kb_demonym_is_case_aware_and_rejects_non_modifiers(kb, word):
    assert kb.demonym(word) is None
