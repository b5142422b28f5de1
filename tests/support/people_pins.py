"""What the people-data test files share: the bundled office and person records and the
"who held this office on this day" rule the pins are checked with.

The records are read straight from ``kb/data/people/*.yaml``, not through the knowledge
base, so that a loader bug cannot hide a data error (or the other way round).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import yaml

PEOPLE_DIR = Path(__file__).resolve().parents[2] / "src" / "dossier" / "kb" / "data" / "people"
Records = dict[str, dict[str, Any]]
# the C parser when PyYAML was built with libyaml: the same documents, several times faster
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load_file(path: Path) -> dict[str, Any]:
    """One people file as parsed YAML (read once per session; callers must not mutate it)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}


@cache
def load_people() -> tuple[Records, Records]:
    """Every office and every person in the bundled files, by id (read once per session)."""
    offices: Records = {}
    persons: Records = {}
    for path in sorted(PEOPLE_DIR.glob("*.yaml")):
        doc = load_file(path)
        for office in doc.get("offices") or []:
            offices[office["id"]] = office
        for person in doc.get("persons") or []:
            persons[person["id"]] = person
    return offices, persons


def holder(office: dict[str, Any], day: dt.date) -> str | None:
    """The person id of the term covering ``day`` (end dates are exclusive), else None."""
    for term in office["terms"]:
        end = term.get("end")
        if term["start"] <= day and (end is None or day < end):
            return term.get("person")
    return None


def pin_ids(pins: list[tuple[str, str, str | None]]) -> list[str]:
    """Readable test ids for (office id, ISO day, person id) pins: "USA.president@2021-01-20"."""
    return [f"{office_id}@{day}" for office_id, day, _ in pins]


def assert_pin(offices: Records, office_id: str, day: str, person: str | None) -> None:
    # a helper module's asserts are not rewritten by pytest: the messages say what differs
    assert office_id in offices, f"office {office_id} is missing"
    found = holder(offices[office_id], dt.date.fromisoformat(day))
    assert found == person, f"{office_id} on {day}: the data says {found}, the pin {person}"


def leader_offices(offices: Records, code: str) -> list[str]:
    """The ids of the offices marked ``leader: true`` among a state's offices."""
    return [oid for oid, o in offices.items() if o.get("leader") and oid.startswith(code + ".")]


def names_of(person: dict[str, Any]) -> set[str]:
    return {person["name"], *person.get("aliases", [])}
