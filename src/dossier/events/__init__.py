"""STUB (events helper owns this): event extraction behind the Extractor interface."""

from __future__ import annotations

from typing import Protocol

from dossier.model import Analysis, Mention


class Extractor(Protocol):
    def extract(self, analysis: Analysis) -> list[Mention]: ...


class RuleExtractor:
    @classmethod
    def default(cls) -> "RuleExtractor":
        return cls()

    def extract(self, analysis: Analysis) -> list[Mention]:
        return []
