"""The knowledge-base files' schema: a user's typo fails at load naming file, line, key, fix."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dossier.cli import cli
from dossier.errors import ConfigError
from dossier.kb import KnowledgeBase
from dossier.kb.load import bundled_files
from dossier.kb.records import parse_file
from dossier.kb.schema import (
    KbFile,
    OfficesFile,
    OrganizationsFile,
    PersonsFile,
    StatesFile,
    schema_for,
)

MISSPELT_KEY = """\
persons:
  - id: jane-roe
    name: Jane Roe
    alaises: [Roe]
"""


def _write(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# (file text, line of the problem, words naming the key or value, words of the fix)
BAD_FILES = [
    pytest.param(MISSPELT_KEY, 4, "unknown key 'alaises'", "did you mean 'aliases'?",
                 id="misspelt key"),
    pytest.param("persns:\n  - {id: a, name: A}\n", 1, "unknown key 'persns'",
                 "did you mean 'persons'?", id="misspelt section"),
    pytest.param("offices:\n  - id: IRN.x\n    title: X\n    terms:\n"
                 "      - {person: a, start: 2020-01-01}\n      - {person: b, strat: 2021-01-01}\n",
                 6, "unknown key 'strat'", "did you mean 'start'?", id="misspelt term key"),
    pytest.param("persons:\n  - id: jane-roe\n    name: Jane Roe\n    aliases: {Roe: 1}\n", 4,
                 "key 'aliases'", "aliases: [first, second]", id="mapping for a list"),
    pytest.param("persons:\n  - id: jane-roe\n    name: [Jane, Roe]\n", 3, "key 'name'",
                 "write name:", id="list for text"),
    pytest.param("offices:\n  - id: IRN.x\n    title: X\n    leader: maybe\n", 4, "key 'leader'",
                 "leader: true", id="text for a flag"),
    pytest.param("country: GBR\noffices:\n  - id: GBR.pm\n    title: Prime Minister\n"
                 "    kind: head_of_goverment\n", 5, "unknown kind 'head_of_goverment'",
                 "did you mean 'head_of_government'?", id="unknown office kind"),
    pytest.param("organizations:\n  - {id: X, name: X, sector: Rebels}\n", 2,
                 "unknown sector 'Rebels'", "use one of: GOV", id="unknown sector"),
    pytest.param("states:\n  - code: IRN\n    metonyms: {Tehran: GVO}\n", 3, "key 'Tehran'",
                 "did you mean 'GOV'?", id="unknown metonym sector"),
    pytest.param("organizations:\n  - {id: X, kind: group}\n", 2, "has no 'name'", "add name:",
                 id="missing key"),
    pytest.param("persons:\n  - id: a\n    name: A\n    id: b\n", 4, "'id' is given twice",
                 "keep one", id="key given twice"),
    pytest.param("offices:\n  - id: IRN.x\n    title: X\n    established: 2020-13-01\n", 4,
                 "invalid date '2020-13-01'", "YYYY-MM-DD", id="impossible date"),
    pytest.param("- a\n- b\n", 1, "mapping at the top level", "persons", id="not a mapping"),
    pytest.param("organizations:\n  - id: X\n    name: X\n    members: [{code: Canada}]\n", 4,
                 "state code 'Canada'", "IRN", id="member not an ISO code"),
    pytest.param("organizations:\n  - id: X\n    name: X\n"
                 "    members: [{code: CAN, start: 2020-01-01, until: 2019-01-01}]\n", 4,
                 "ends (2019-01-01) before it starts", "until: after start:",
                 id="membership ends before it starts"),
    pytest.param("organizations:\n  - id: X\n    name: X\n    members: [{code: CAN, strat: 2020-01-01}]\n",
                 4, "unknown key 'strat'", "did you mean 'start'?", id="misspelt membership key"),
]


@pytest.mark.parametrize("text,line,what,fix", BAD_FILES)
def test_kb_user_file_error_names_file_line_key_and_fix(tmp_path, text, line, what, fix):
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        KnowledgeBase.from_files([str(path)], bundled_people=False)
    assert info.value.message.startswith(f"{path}, line {line}: "), info.value.message
    assert what in info.value.message
    assert fix in (info.value.fix or "")


def test_kb_error_names_the_entry_by_its_id(tmp_path):
    path = _write(tmp_path, "offices:\n  - {id: IRN.a, title: A}\n"
                            "  - {id: IRN.b, title: B, kind: boss}\n")
    with pytest.raises(ConfigError, match=r"offices entry 2 \(id 'IRN.b'\)"):
        KnowledgeBase.from_files([str(path)], bundled_people=False)


def test_kb_error_counts_the_other_problems(tmp_path):
    path = _write(tmp_path, "persons:\n  - {id: a, name: A, alias: [x], sector: gov}\n")
    with pytest.raises(ConfigError, match=r"'alias' \(and 1 more problem in the file\)"):
        KnowledgeBase.from_files([str(path)], bundled_people=False)


def test_kb_good_user_file_loads_and_wins(tmp_path):
    path = _write(tmp_path, """\
country: GBR
organizations:
  - {id: HEZBOLLAH, name: Hezbollah, kind: group, country: LBN, sector: MIL, aliases: Party of God}
persons:
  - {id: jane-roe, name: Jane Roe, aliases: [Roe]}
offices:
  - id: GBR.pm
    title: Prime Minister
    kind: head_of_government
    terms: [{person: jane-roe, start: '2022-10-25'}]
""")
    kb = KnowledgeBase.from_files([str(path)], bundled_people=False)
    hezbollah = kb.entity("Party of God")
    assert (hezbollah.id, hezbollah.sector, hezbollah.origin) == ("HEZBOLLAH", "MIL", str(path))
    assert kb.entity("Roe").country == "GBR"  # the file's country is the person's default
    office = kb.offices["GBR.pm"]
    assert (office.country, office.titles, office.sector) == ("GBR", ("prime minister",), "GOV")
    assert office.terms[0].start.isoformat() == "2022-10-25"


@pytest.mark.parametrize("name,folder,schema", [
    ("states.yaml", "", StatesFile), ("organizations.yaml", "", OrganizationsFile),
    ("groups_people.yaml", "", PersonsFile), ("IRN.yaml", "people", OfficesFile),
])
def test_kb_bundled_file_has_its_own_format_and_user_file_any(name, folder, schema):
    path = Path("data") / folder / name
    assert schema_for(path, user=False) is schema
    assert schema_for(path, user=True) is KbFile


def test_kb_bundled_format_refuses_another_format_section(tmp_path):
    path = _write(tmp_path, "persons:\n  - {id: a, name: A}\n", name="states.yaml")
    with pytest.raises(ConfigError) as info:
        parse_file(path, user=False)
    assert "line 1: unknown key 'persons'" in info.value.message
    assert "keys allowed here: source, states" in info.value.fix


def test_kb_every_bundled_file_fits_its_schema():
    files = bundled_files()
    assert len(files) > 100
    for path in files:
        parse_file(path, user=False)  # raises ConfigError naming the line otherwise


def test_kb_every_bundled_file_names_the_source_of_its_facts():
    from dossier.datafile import load_file
    from dossier.kb.schema import schema_for

    for path in bundled_files():
        data = load_file(path, schema_for(path, user=False), what="knowledge-base file")
        assert data.source and len(data.source) > 20, f"{path} names no source"


def test_kb_cli_with_a_bad_kb_file_exits_1_with_the_clear_message(tmp_path):
    path = _write(tmp_path, MISSPELT_KEY, name="bad.yaml")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "--kb", str(path),
                                      "actor", "Jane Roe"])
    assert result.exit_code == 1
    assert f"error: {path}, line 4: persons entry 1 (id 'jane-roe'): unknown key 'alaises'" \
        in result.output
    assert "fix: did you mean 'aliases'?" in result.output
    assert "Traceback" not in result.output


def test_kb_cli_with_a_good_kb_file_finds_its_person(tmp_path):
    path = _write(tmp_path, MISSPELT_KEY.replace("alaises", "aliases"), name="good.yaml")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "--kb", str(path),
                                      "actor", "Roe"])
    assert result.exit_code == 0, result.output
    assert "Jane Roe" in result.output


def test_grouping_members_follow_the_dates(tmp_path):
    path = _write(tmp_path, """\
organizations:
  - id: TRIO
    name: Trio
    country: TRIO
    aliases: [Trio]
    members: [{code: CHL, start: 2001-01-01}, {code: PER, start: 2001-01-01, until: 2005-01-01},
              {code: PER, start: 2010-01-01}, {code: BOL, start: 2003-06-01}]
""")
    kb = KnowledgeBase.from_files([str(path)], bundled_people=False)
    assert kb.members_on("TRIO", date(2002, 1, 1)) == ("CHL", "PER")
    assert kb.members_on("TRIO", date(2007, 1, 1)) == ("CHL", "BOL")
    assert kb.members_on("TRIO", date(2012, 1, 1)) == ("CHL", "PER", "BOL")
    assert kb.members_on("TRIO", None) == ("CHL", "PER", "BOL")
    assert kb.members_on("NATO", None) == ()  # large bodies list no members


def test_bundled_groupings_list_their_members():
    kb = KnowledgeBase.from_files(bundled_people=False)
    assert set(kb.members_on("G7", date(2024, 1, 1))) == {"USA", "JPN", "DEU", "FRA", "GBR",
                                                          "ITA", "CAN"}
    assert "AUS" not in kb.members_on("QUAD", date(2012, 1, 1))
    assert "IRN" in kb.members_on("BRICS", date(2024, 6, 1))
    assert "IRN" not in kb.members_on("BRICS", date(2023, 6, 1))
