"""The schema of ``merge/data/compatible.yaml``: which mentions may report one happening."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from dossier.datafile import DataFileError, Schema
from dossier.model import EVENT_TYPES

TypeName = Literal[EVENT_TYPES]  # type: ignore[valid-type]


class ObjectClass(Schema):
    """A kind of object and the words that name it."""

    parent: str | None = None
    words: list[str] = Field(min_length=1)


class Compatibility(Schema):
    type_pairs: list[tuple[TypeName, TypeName]] = []
    undated_window_days: int = Field(ge=0)
    headline_days_back: int = Field(default=1, ge=0)
    domestic_undated_joins: bool
    multilateral_min_parties: int = Field(ge=2)
    object_classes: dict[str, ObjectClass] = {}

    @model_validator(mode="after")
    def _parents_exist(self) -> Compatibility:
        for name, entry in self.object_classes.items():
            if entry.parent is not None and entry.parent not in self.object_classes:
                raise DataFileError(f"object class {name!r} names the unknown parent "
                                    f"{entry.parent!r}",
                                    fix=f"use one of: {', '.join(sorted(self.object_classes))}")
        return self
