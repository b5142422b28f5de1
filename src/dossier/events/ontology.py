"""The PLOVER ontology as data: event types, modes, CAMEO codes and conflict/cooperation scores.

Read once from ``data/ontology.yaml`` and ``data/cameo.yaml`` (checked against
``events/schema.py``); everything here is a lookup. Besides the types, the ontology names
groups of types (and of modes) that the status rules and coding conventions treat alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from dossier.errors import ConfigError
from dossier.events.schema import read_checked
from dossier.model import EVENT_TYPES


@dataclass(frozen=True)
class Mode:
    name: str
    cameo: str
    score: float


@dataclass(frozen=True)
class EventType:
    name: str
    quad: str
    score: float
    requires_recipient: bool
    cameo: str
    modes: dict[str, Mode] = field(default_factory=dict)


@dataclass(frozen=True)
class Ontology:
    types: dict[str, EventType]
    cameo_map: dict[str, tuple[str, str | None]]  # CAMEO code -> (PLOVER type, mode)
    groups: dict[str, frozenset[str]] = field(default_factory=dict)  # name -> types
    mode_groups: dict[str, frozenset[str]] = field(default_factory=dict)  # name -> modes
    # a planned harm's THREATEN mode by (type, mode), and by type when the mode has none
    threat_modes: dict[tuple[str, str], str] = field(default_factory=dict)
    threat_type_modes: dict[str, str] = field(default_factory=dict)

    def group(self, name: str) -> frozenset[str]:
        """The types of a named group of ontology.yaml (KeyError for an unknown name)."""
        return self.groups[name]

    def cameo(self, type_: str, mode: str | None = None) -> str:
        """The nearest CAMEO code for a type and (optional) mode."""
        et = self.types[type_]
        if mode and mode in et.modes:
            return et.modes[mode].cameo
        return et.cameo

    def score(self, type_: str, mode: str | None = None) -> float:
        """PLOVER's -10..+10 conflict/cooperation score of a type, refined by mode."""
        et = self.types[type_]
        if mode and mode in et.modes:
            return et.modes[mode].score
        return et.score

    def has_mode(self, type_: str, mode: str | None) -> bool:
        return mode is None or mode in self.types[type_].modes

    def from_cameo(self, code: str) -> tuple[str, str | None] | None:
        """PLOVER (type, mode) for a CAMEO code, falling back to its shorter prefixes."""
        for n in range(len(code), 1, -1):
            if code[:n] in self.cameo_map:
                return self.cameo_map[code[:n]]
        return None


def _parse(raw: dict, cameo_raw: dict) -> Ontology:
    types: dict[str, EventType] = {}
    for name, spec in raw["types"].items():
        if name not in EVENT_TYPES:
            raise ConfigError(f"ontology.yaml names an unknown event type {name!r}",
                              fix=f"use one of {', '.join(EVENT_TYPES)}")
        modes = {m: Mode(m, str(v.get("cameo", spec["cameo"])), float(v.get("score", spec["score"])))
                 for m, v in (spec.get("modes") or {}).items()}
        types[name] = EventType(name, spec["quad"], float(spec["score"]),
                                bool(spec["requires_recipient"]), str(spec["cameo"]), modes)
    missing = set(EVENT_TYPES) - set(types)
    if missing:
        raise ConfigError(f"ontology.yaml lacks event types {sorted(missing)}",
                          fix="add an entry for every PLOVER type")
    cameo_map = {str(k): (v[0], v[1]) for k, v in cameo_raw.items()}
    return Ontology(
        types, cameo_map,
        groups={k: frozenset(v) for k, v in (raw.get("groups") or {}).items()},
        mode_groups={k: frozenset(v) for k, v in (raw.get("mode_groups") or {}).items()},
        threat_modes={(t, m): threat for t, modes in (raw.get("threat_modes") or {}).items()
                      for m, threat in modes.items()},
        threat_type_modes=dict(raw.get("threat_type_modes") or {}),
    )


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The shipped ontology (cached)."""
    return _parse(read_checked("ontology.yaml"), read_checked("cameo.yaml"))
