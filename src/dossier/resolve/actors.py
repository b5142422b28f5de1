"""STUB (actors helper owns this): resolve actor mentions to entities on the article's date."""

from __future__ import annotations

from datetime import date
from typing import Sequence

from dossier.model import ActorRef


class KnowledgeBase:
    @classmethod
    def from_files(cls, user_files: Sequence[str] = ()) -> "KnowledgeBase":
        return cls()


def resolve_actors(doc, kb: KnowledgeBase, *, on: date | None) -> list[ActorRef]:
    return []
