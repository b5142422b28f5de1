"""The schema of ``data/descriptions.yaml``, the word lists of descriptions that name a kind
of party (``kinds.py`` reads it)."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, ValidationInfo, field_validator

from dossier.datafile import DataFileError, Schema

__all__ = ["DescriptionsFile"]


def _positive(counts: dict[str, int]) -> dict[str, int]:
    bad = [word for word, n in counts.items() if n < 2 or word != word.lower()]
    if bad:
        raise DataFileError(f"{', '.join(map(repr, bad))}: a count is a lower-case word for 2 "
                            "or more", "write the word in lower case with its number (>= 2)")
    return counts


def _lower_words(words: list[str]) -> list[str]:
    """Lower-case words, each listed once (defined here: importing the actor stage's schema
    would import the actor stage, which imports coreference)."""
    bad = [w for w in words if not w or w != w.strip().lower()]
    if bad:
        raise DataFileError(f"{', '.join(map(repr, bad))} not a lower-case word",
                            "write it in lower case: words are matched against Token.lower_")
    repeated = sorted({w for w in words if words.count(w) > 1})
    if repeated:
        raise DataFileError(f"{', '.join(map(repr, repeated))} listed twice", "list each word once")
    return words


Words = Annotated[list[str], AfterValidator(_lower_words)]
Counts = Annotated[dict[str, int], AfterValidator(_positive)]


class DescriptionsFile(Schema):
    organisation_heads: Words
    modifier_required: Words
    organisation_modifiers: Words
    state_heads: Words
    counts: Counts
    count_nouns: Counts

    @field_validator("modifier_required")
    @classmethod
    def _are_heads(cls, value: list, info: ValidationInfo) -> list:
        known = info.data.get("organisation_heads")
        missing = [w for w in value if known is not None and w not in known]
        if missing:
            raise DataFileError(f"{', '.join(map(repr, missing))} not in organisation_heads",
                                "add them to organisation_heads too")
        return value
