"""The schema of the knowledge-base files: one pydantic model per file format.

Applied to the bundled files and to the user's (``--kb``) alike through
:func:`dossier.datafile.load_file`, so a misspelt key, a wrong type or an unknown office kind
fails at load with the file, the line and the fix. The formats are documented in
``data/README.md``; ``records.py`` turns validated files into the records the rest of the
code uses.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, PlainValidator, StringConstraints, model_validator

from dossier.datafile import DataFileError, Schema
from dossier.kb.records import OFFICE_KINDS

__all__ = ["SECTORS", "KbFile", "OfficesFile", "OrganizationsFile", "PersonsFile", "StatesFile",
           "schema_for"]

# PLOVER/CAMEO sectors (what each covers: actors/data/lexicon.yaml's header).
SECTORS = ("GOV", "MIL", "COP", "LEG", "JUD", "MED", "OPP", "REB", "CVL", "LAB", "BUS", "NGO")
Sector = Literal[SECTORS]  # type: ignore[valid-type]
OfficeKind = Literal[OFFICE_KINDS]  # type: ignore[valid-type]


def _day(value: Any) -> date:
    """A YAML date (2021-08-03) or the same written as a quoted string."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise DataFileError(f"the invalid date {value!r}",
                                "write a real day as YYYY-MM-DD") from None
    raise DataFileError(f"expected a date, not {value!r}", "write {key}: YYYY-MM-DD")


def _names(value: Any) -> tuple[str, ...]:
    """A list of names; one name alone and an empty value are accepted as lists too."""
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        if all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value):
            return tuple(str(v) for v in value)
        odd = next(v for v in value if not isinstance(v, (str, int, float)) or isinstance(v, bool))
        raise DataFileError(f"expected a list of names, but one item is {odd!r}",
                            "write each name as text; quote words YAML reads otherwise ('No', "
                            "'On', 'null')")
    raise DataFileError(f"expected a list of names, not {value!r}", "write {key}: [first, second]")


def _flag(value: Any) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    raise DataFileError(f"expected true or false, not {value!r}",
                        "write {key}: true or {key}: false")


def _state_code(code: str) -> str:
    if len(code) != 3 or not code.isupper():
        raise DataFileError(f"state code {code!r} is not an ISO 3166-1 alpha-3 code",
                            "use three upper-case letters, e.g. IRN")
    return code


Day = Annotated[date, PlainValidator(_day)]
Names = Annotated[tuple[str, ...], PlainValidator(_names)]
Flag = Annotated[bool, PlainValidator(_flag)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
StateCode = Annotated[Text, AfterValidator(_state_code)]


class StateEntry(Schema):
    """One state in states.yaml, merged over pycountry's names for the code."""

    code: StateCode
    name: str | None = None
    formal: str | None = None
    aliases: Names = ()
    demonyms: Names = ()
    plurals: Names = ()
    metonyms: dict[str, Sector | None] | None = None  # text: sector (null: GOV)
    wikidata: str | None = None


class Period(Schema):
    """A sector in force before ``until`` (or from ``start``): the Taliban's REB years."""

    start: Day | None = None
    until: Day | None = None
    sector: Sector

    @model_validator(mode="after")
    def _bounded(self) -> Period:
        if self.start is None and self.until is None:
            raise DataFileError("the period has neither start nor until",
                                "write {until: YYYY-MM-DD, sector: REB}")
        return self


class Membership(Schema):
    """A state's membership of a grouping: from ``start`` (inclusive) until ``until``
    (exclusive); either may be omitted (a founding or a current member)."""

    code: StateCode
    start: Day | None = None
    until: Day | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Membership:
        if self.start is not None and self.until is not None and self.until <= self.start:
            raise DataFileError(f"membership of {self.code} ends ({self.until}) before it starts "
                                f"({self.start})", "write until: after start:")
        return self


class OrganizationEntry(Schema):
    """A grouping, international organisation, state body, group or medium."""

    id: Text
    name: Text
    kind: Literal["organization", "group"] = "organization"
    country: str | None = None
    sector: Sector | None = None
    aliases: Names = ()
    adjectives: Names = ()
    part_of: str | None = None
    wikidata: str | None = None
    sectors: list[Period] | None = None
    leaders: Names = ()
    members: list[Membership] | None = None  # a grouping's member states over time
    union: str | None = None  # a regional grouping: the id of the union its adjective means


class PeopleEntry(Schema):
    """An ethnic or national people with no state of its own in the codes, coded by the state
    it lives in ("Uyghurs" -> CHN). Peoples spread over several states (Kurds, Tamils) are
    not listed: the text's place decides for them."""

    id: Text
    name: Text
    country: StateCode
    aliases: Names = ()      # the people as a noun: "Uyghurs", "Uighurs"
    adjectives: Names = ()   # modifier forms: "Uyghur activists"
    wikidata: str | None = None


class PersonEntry(Schema):
    id: Text
    name: Text
    country: str | None = None  # default: the file's country
    sector: Sector | None = None
    aliases: Names = ()
    wikidata: str | None = None
    group: str | None = None  # the id of the group they lead or speak for


class TermEntry(Schema):
    """One holder's time in an office: start inclusive, end exclusive (null: in office)."""

    person: str | None = None
    start: Day
    end: Day | None = None
    acting: Flag = False
    vacant: Flag = False


class OfficeEntry(Schema):
    id: Text
    title: Text
    titles: Names = ()
    kind: OfficeKind | None = None  # null: other
    sector: Sector | None = None  # null: GOV
    leader: Flag = False
    established: Day | None = None
    terms: list[TermEntry] | None = None
    country: str | None = None  # default: the id's upper-case prefix, else the file's country


class SourcedFile(Schema):
    """Every knowledge-base file may say where its facts come from (bundled files must)."""

    source: Text | None = None


class StatesFile(SourcedFile):
    """states.yaml"""

    states: list[StateEntry] | None = None


class OrganizationsFile(SourcedFile):
    """organizations.yaml"""

    organizations: list[OrganizationEntry] | None = None


class PeoplesFile(SourcedFile):
    """peoples.yaml"""

    peoples: list[PeopleEntry] | None = None


class PersonsFile(SourcedFile):
    """groups_people.yaml: persons with no office"""

    country: Text | None = None  # the default state of every entry
    persons: list[PersonEntry] | None = None


class OfficesFile(PersonsFile):
    """people/<ISO3>.yaml: a state's offices and their holders"""

    offices: list[OfficeEntry] | None = None


class KbFile(OfficesFile):
    """A user's file: any of the sections, combined."""

    states: list[StateEntry] | None = None
    organizations: list[OrganizationEntry] | None = None
    peoples: list[PeopleEntry] | None = None


def schema_for(path: Path, *, user: bool) -> type[Schema]:
    """The schema of a file: a user's file may combine every section; a bundled file holds
    only its own (a persons list in states.yaml is a mistake)."""
    if user:
        return KbFile
    if path.parent.name == "people":
        return OfficesFile
    return {"states.yaml": StatesFile, "organizations.yaml": OrganizationsFile,
            "peoples.yaml": PeoplesFile, "groups_people.yaml": PersonsFile}.get(path.name, KbFile)
