"""GET /api/actors (entities with counts) and GET /api/actors/{key} (one entity: what the
knowledge base says of it, and its mentions)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from dossier.api.common import (
    DEFAULT_PAGE,
    MAX_ID,
    MAX_PAGE,
    ApiError,
    ApiState,
    link,
    next_url,
    state,
)
from dossier.api.mentions import mention_page
from dossier.api.models import ActorDetail, ActorPage
from dossier.model import Actor
from dossier.store.filters import MentionFilter

router = APIRouter(tags=["actors"])


def _summary(request: Request, key: str, actor: Actor, count: int) -> dict[str, Any]:
    return {"key": key, "url": link(request, "actor", key=key), "name": actor.name,
            "kind": actor.kind, "country": actor.country, "sector": actor.sector,
            "role": actor.role, "wikidata": actor.wikidata, "entity_id": actor.entity_id,
            "count": count}


@router.get("/actors", response_model=ActorPage,
            summary="Entities named in the stored articles, most often named first")
def list_actors(
    request: Request, st: Annotated[ApiState, Depends(state)],
    q: Annotated[str | None,
                 Query(max_length=200, description="part of the name, or the code")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
) -> dict:
    rows, total = st.db.actor_page(q or None, limit=limit, offset=offset)
    more = offset + len(rows) < total
    return {"actors": [_summary(request, key, actor, n) for key, actor, n in rows],
            "total": total,
            "next_url": next_url(request, offset=offset + limit) if more else None}


@router.get("/actors/{key:path}", response_model=ActorDetail, name="actor",
            summary="One entity: its offices from the knowledge base and its mentions")
def one_actor(request: Request, key: str, st: Annotated[ApiState, Depends(state)]) -> dict:
    found = st.db.entity(key)
    if found is None:
        raise ApiError(404, f"no stored entity with key {key!r}",
                       "list the keys with /api/actors?q=NAME")
    actor, count = found
    page = mention_page(request, st, MentionFilter(party=_party(actor)))
    if page["next"]:  # the rest of its mentions are a list of their own
        page["next_url"] = str(request.url_for("list_mentions").include_query_params(
            party=_party(actor), next=page["next"]))
    return {"actor": _summary(request, key, actor, count),
            "knowledge": _knowledge(st, actor), "mentions": page}


def _party(actor: Actor) -> str:
    """How the mention filters find an entity's mentions: a state (or a grouping) by its
    code, which takes in its officials as event codes do; anyone else by name."""
    return actor.country if actor.kind == "country" and actor.country else actor.name


def _knowledge(st: ApiState, actor: Actor) -> dict[str, Any] | None:
    from dossier.kb import describe_entity

    kb = knowledge_base(st.settings.kb)
    entity = (kb.entity(actor.entity_id) if actor.entity_id else None) or kb.entity(actor.name)
    if entity is None:
        return None
    described = describe_entity(kb, entity)
    # the file it came from, not where it lies on the server
    described["origin"] = Path(described["origin"]).name if described.get("origin") else None
    return described


@lru_cache(maxsize=4)
def knowledge_base(files: tuple[str, ...]):
    from dossier.kb import KnowledgeBase

    return KnowledgeBase.from_files(files)
