"""Loading the knowledge base's records: the bundled files (cached on disk), the user's
files over them, and the check that every office term names a known person."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from dossier.cache import cached, mtime
from dossier.errors import ConfigError
from dossier.kb.records import (
    DATA_DIR,
    Records,
    merge_state,
    parse_file,
    pycountry_states,
)

log = logging.getLogger(__name__)


def bundled_files(people: bool = True) -> list[Path]:
    folder = DATA_DIR / "people"
    people = sorted(folder.glob("*.yaml")) if people and folder.is_dir() else []
    return [DATA_DIR / "states.yaml", DATA_DIR / "organizations.yaml", DATA_DIR / "peoples.yaml",
            DATA_DIR / "groups_people.yaml", *people]


def load_records(paths: Iterable[Path], *, user: bool = False) -> Records:
    """Parse files in order; later ids replace earlier ones. States merge over pycountry."""
    base = pycountry_states() if not user else Records()
    merged = Records()
    for path in paths:
        if user and not path.is_file():
            raise ConfigError(f"knowledge-base file {path} does not exist",
                              fix="correct the path in the kb setting or create the file")
        merged.update(parse_file(path, user=user))
    if not user:
        for ident, entity in merged.entities.items():
            if entity.kind == "country":
                base.entities[ident] = merge_state(base.entities.get(ident), entity)
            else:
                base.entities[ident] = entity
        base.offices.update(merged.offices)
        return base
    return merged


@lru_cache(maxsize=8)
def _bundled(stamp: tuple[tuple[str, float], ...]) -> Records:
    """The bundled records, from the on-disk cache when no file changed since it was written:
    YAML parsing of the office-holder files costs most of a second, the pickle ~20 ms. The key
    covers every data file's path and mtime and the parsing code's own mtime."""
    here = Path(__file__)
    code = tuple(mtime(here.with_name(name)) for name in ("load.py", "records.py", "schema.py"))
    key = (stamp, code, mtime(here.parent.parent / "datafile.py"))
    return cached("kb", key, lambda: load_records([Path(p) for p, _ in stamp]), kind=Records)



def merged_records(user_files: Sequence[str], people: bool = True) -> Records:
    """The bundled records with the user's files over them (theirs win by id)."""
    files = bundled_files(people)
    bundled = _bundled(tuple((str(p), mtime(p)) for p in files))
    records = Records(dict(bundled.entities), dict(bundled.offices))
    user = load_records([Path(p) for p in user_files], user=True)
    for ident, entity in user.entities.items():
        if entity.kind == "country":
            entity = merge_state(records.entities.get(ident), entity)
        records.entities[ident] = entity
    records.offices.update(user.offices)
    _check_references(records, user_files)
    return records


def _check_references(records: Records, user_files: Sequence[str]) -> None:
    """A term naming an unknown person is a data error: say which office and file."""
    for office in records.offices.values():
        for term in office.terms:
            if term.person and term.person not in records.entities:
                message = (f"{office.origin}: office {office.id!r} names the unknown person "
                           f"{term.person!r}")
                if office.origin in user_files:
                    raise ConfigError(message, fix="add the person under persons: or fix the id")
                log.debug(message)  # the people files' own test reports these
