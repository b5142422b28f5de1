"""The schema of ``data/lexicon.yaml``, the actor stage's word lists (``lexicon.py`` reads it).

Every section is required; a word must be lower case (it is matched against
``Token.lower_``) and listed once; a sector must be a PLOVER sector; and a list that names a
subset of another list (``person_nouns`` of ``group_nouns``) may not name a word the other
lacks. Each failure names the file, the line and the fix (``dossier.datafile``).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, ValidationInfo, field_validator

from dossier.datafile import DataFileError, Schema
from dossier.kb.schema import Sector

__all__ = ["LexiconFile"]


def _lower_word(word: str) -> str:
    if not word or word != word.strip() or "  " in word:
        raise DataFileError(f"{word!r} is not a word or phrase",
                            "write the words separated by single spaces")
    if word != word.lower():
        raise DataFileError(f"{word!r} is not lower case",
                            "write it in lower case: words are matched against the token's "
                            "lower-case form")
    return word


def _once(items: list) -> list:
    repeated = sorted({item for item in items if items.count(item) > 1})
    if repeated:
        raise DataFileError(f"{', '.join(map(repr, repeated))} listed twice",
                            "list each word once")
    return items


Word = Annotated[str, AfterValidator(_lower_word)]
Words = Annotated[list[Word], AfterValidator(_once)]
Sectors = Annotated[list[Sector], AfterValidator(_once)]


def _within(words: list[str] | dict, info: ValidationInfo, other: str) -> None:
    """Each of ``words`` must be one of the (already validated) section ``other``."""
    known = info.data.get(other)
    if known is None:  # that section failed its own validation: reported there
        return
    missing = [word for word in words if word not in known]
    if missing:
        raise DataFileError(f"{', '.join(map(repr, missing))} not in {other}",
                            f"add {'it' if len(missing) == 1 else 'them'} to {other} too "
                            f"(or remove {'it' if len(missing) == 1 else 'them'} here)")


class LexiconFile(Schema):
    """lexicon.yaml. Sections are validated in this order; a subset check reads a section
    defined above it."""

    title_heads: dict[Word, Sector]
    honorifics: Words
    of_titles: dict[Word, Words]
    title_modifiers: Words
    mil_modifiers: Words
    not_in_office: Words
    home_offices: Words
    diplomatic_titles: Words
    home_office_modifiers: Words
    group_nouns: dict[Word, Sector]
    person_nouns: Words
    context_sectors: Sectors
    home_sectors: Sectors
    union_sectors: Sectors
    religious_groups: Words
    bare_groups: Words
    follower_nouns: Words
    base_phrases: Words
    institution_adjectives: dict[Word, tuple[Sector, Word]]
    election_heads: Words
    locative: Words
    city_parts: Words
    giving_verbs: Words
    articles: Words
    not_person_first: Words
    org_heads: dict[Word, Sector]
    org_words: dict[Word, Sector]

    @field_validator("of_titles", "home_offices", "diplomatic_titles")
    @classmethod
    def _are_title_heads(cls, value: list | dict, info: ValidationInfo) -> list | dict:
        _within(value, info, "title_heads")
        return value

    @field_validator("home_office_modifiers", "mil_modifiers")
    @classmethod
    def _are_title_modifiers(cls, value: list, info: ValidationInfo) -> list:
        _within(value, info, "title_modifiers")
        return value

    @field_validator("person_nouns", "religious_groups", "bare_groups", "follower_nouns")
    @classmethod
    def _are_group_nouns(cls, value: list, info: ValidationInfo) -> list:
        _within(value, info, "group_nouns")
        return value
