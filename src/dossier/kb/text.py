"""How names are compared: folding case and diacritics without moving offsets, and the
alias records the knowledge base matches text against."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache


def fold(text: str) -> str:
    """Lower-case and strip diacritics without changing the length, so offsets survive."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "\u2019\u2018\u02bc":
        return "'"
    if ch in "\u2010\u2011\u2013":
        return "-"
    low = ch.lower()
    if len(low) != 1:
        low = ch
    base = unicodedata.normalize("NFKD", low)
    return base[0] if base and len(base[0]) == 1 and not unicodedata.combining(base[0]) else low


@dataclass(frozen=True)
class Alias:
    """One way the text names an entity."""

    text: str  # as written in the data (its capitals matter)
    folded: str
    entity_id: str
    basis: str  # name, metonym, demonym, plural, adjective
    sector: str | None = None  # a metonym's sector ("the Pentagon": MIL)
    needs_the: bool = False  # "the British": only after "the"

    @property
    def exact_case(self) -> bool:
        """Acronyms ("US", "IS", "UN") must match letter for letter."""
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) <= 5 and bool(letters) and all(c.isupper() for c in letters)

    def case_ok(self, original: str) -> bool:
        """Capitals in the alias must be capitals in the text (acronyms: exactly)."""
        if self.exact_case:
            return fold_keep_case(original) == fold_keep_case(self.text)
        if original.isupper() and len(original) > 3:
            return True  # an all-capitals headline
        return all(not a.isupper() or b.isupper() for a, b in zip(self.text, original))


def fold_keep_case(text: str) -> str:
    return "".join(unicodedata.normalize("NFKD", c)[0] for c in text)


# The marks that make a token possessive ("Iran's", "the allies'").
POSSESSIVE = frozenset({"'s", "'", "\u2019s", "\u2019"})
