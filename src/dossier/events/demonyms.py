"""The extractor's view of the knowledge base: which state a modifier word names, and which
states a grouping's members are.

The actor stage resolves actor *mentions*; a demonym that only modifies a thing ("Ukrainian
towns", "Iranian drones") is left to the extractor, which asks the knowledge base through
the one function built here. The pipeline passes its own ``KnowledgeBase`` (so a user's KB
files count); without one, the bundled KB is loaded on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

from dossier.model import Actor

ACTOR_KINDS = ("country", "group", "organization")


def demonym_lookup(kb: Any = None) -> Callable[[str], Actor | None] | None:
    """``lookup(text) -> Actor | None`` over ``kb`` (a ``dossier.kb.knowledge.KnowledgeBase``);
    None when the actor stage is not installed."""
    knowledge = _knowledge(kb)
    if knowledge is None:
        return None

    @lru_cache(maxsize=4096)
    def lookup(text: str) -> Actor | None:
        if not text[:1].isupper():
            return None
        entity = _entity(knowledge(), text)
        if entity is None or entity.kind not in ACTOR_KINDS:
            return None
        return Actor(name=entity.name, kind=entity.kind, country=entity.country or entity.id,
                     sector=entity.sector, wikidata=entity.wikidata, entity_id=entity.id)

    return lookup


def _entity(kb: Any, text: str):
    """The entity a modifier names: the KB's public ``demonym`` (or ``modifier``) lookup
    where it has one, else its alias table."""
    for name in ("demonym", "modifier"):
        fn = getattr(kb, name, None)
        if callable(fn):
            return fn(text)
    hits = [a for a in kb.lookup(text) if a.basis in ("demonym", "name") and a.case_ok(text)]
    return kb.entity(hits[0].entity_id) if hits else None


def union_lookup(kb: Any = None) -> Callable[[str], Actor | None] | None:
    """``lookup(code) -> Actor | None``: the union a regional grouping's adjective stands for
    in a story that names that union (the knowledge base's ``union``: EUR -> the EU), else
    None. None when the actor stage is not installed."""
    knowledge = _knowledge(kb)
    if knowledge is None:
        return None

    @lru_cache(maxsize=256)
    def lookup(code: str) -> Actor | None:
        kb = knowledge()
        region = kb.entity(code) if code else None
        union = kb.entity(region.union) if region is not None and \
            getattr(region, "union", None) else None
        if union is None:
            return None
        return Actor(name=union.name, kind=union.kind, country=union.country or union.id,
                     sector=union.sector, wikidata=union.wikidata, entity_id=union.id)

    return lookup


def members_lookup(kb: Any = None) -> Callable[[str, date | None], tuple[Actor, ...]] | None:
    """``lookup(entity_id, on) -> member states`` of a grouping on a date (``members:`` in
    organizations.yaml), as state actors; () for an entity with none. None when the actor
    stage is not installed."""
    knowledge = _knowledge(kb)
    if knowledge is None:
        return None

    @lru_cache(maxsize=1024)
    def lookup(entity_id: str, on: date | None) -> tuple[Actor, ...]:
        kb = knowledge()
        members_on = getattr(kb, "members_on", None)
        if not callable(members_on):
            return ()
        out = []
        for code in members_on(entity_id, on):
            entity = kb.entity(code)
            out.append(Actor(name=entity.name if entity else code, kind="country", country=code,
                             sector="GOV", wikidata=entity.wikidata if entity else None,
                             entity_id=code))
        return tuple(out)

    return lookup


def _knowledge(kb: Any) -> Callable[[], Any] | None:
    """``kb`` itself, or the bundled knowledge base loaded on first call; None when the actor
    stage is not installed."""
    if kb is not None:
        return lambda: kb
    try:
        from dossier.kb import KnowledgeBase
    except ImportError:  # pragma: no cover - the actor stage is optional
        return None
    return lru_cache(maxsize=1)(KnowledgeBase.from_files)
