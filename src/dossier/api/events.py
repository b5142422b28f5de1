"""GET /api/events (merged events, filtered, sorted, keyset-paged), GET /api/events/{id}
(one event with every report and its evidence; an old id resolves) and GET /api/contested
(disputed events with both sides' reports)."""

from __future__ import annotations

import base64
import json
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from dossier.api.common import (
    DEFAULT_PAGE,
    MAX_ID,
    MAX_PAGE,
    ApiError,
    ApiState,
    link,
    mention_filter,
    next_url,
    state,
)
from dossier.api.models import ContestedPage, EventDetail, EventPage
from dossier.export import event_record, mention_record
from dossier.model import Event
from dossier.render import status_picture
from dossier.store.event_filters import EventFilter, EventSort
from dossier.store.filters import MentionFilter

router = APIRouter(tags=["events"])

SUPPORTING = ("fact", "claim", "future")  # the sides of a dispute, as `dossier contested`
DISPUTING = ("denial", "negated")

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"rows per page (at most "
                                                           f"{MAX_PAGE}; more is a 422)")]
Next = Annotated[str | None, Query(max_length=400,
                                   description="the `next` cursor of the previous page")]
Sort = Annotated[EventSort, Query(description="date: oldest first; -date: newest first "
                                              "(undated last either way); -mentions: the most "
                                              "reported first")]


def event_json(request: Request, e: Event) -> dict[str, Any]:
    record = event_record(e)
    record.pop("mention_ids")
    return {**record, "url": link(request, "event", event_id=e.event_id),
            "picture": status_picture(e.corroboration)}


def event_detail(request: Request, e: Event, asked: str | None = None) -> dict[str, Any]:
    why = {x.key: x for x in e.explanations}
    reports = []
    for r in e.reports:
        x = why.get(r.key)
        reports.append({
            "key": r.key, "doc": r.mention.doc,
            "article_url": link(request, "article", doc=r.mention.doc),
            "published": r.published.isoformat() if r.published else None,
            "outlet": r.outlet, "copy_of": r.origin,
            "explanation": {"joined": x.joined, "reasons": list(x.reasons)} if x else None,
            "mention": mention_record(r.mention, e.event_id, r.key)})
    return {**event_json(request, e), "reports": reports,
            "resolved_from": asked if asked and asked != e.event_id else None}


def encode_cursor(sort: str, key: Any, row_id: int) -> str:
    """An event page cursor: the sort, and the sort value and row id of its last event."""
    value = key.isoformat() if hasattr(key, "isoformat") else key
    raw = json.dumps([sort, value, row_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str, sort: str) -> tuple[Any, int]:
    try:
        padded = token + "=" * (-len(token) % 4)
        made_for, key, row_id = json.loads(base64.urlsafe_b64decode(padded.encode()))
        row_id = int(row_id)
        if not 0 <= row_id <= MAX_ID or not (key is None or isinstance(key, (str, int))):
            raise ValueError("out of range")
        if made_for == "-mentions" and not (isinstance(key, int) and 0 <= key <= MAX_ID):
            raise ValueError("not a count")
        if made_for != "-mentions" and key is not None:
            date.fromisoformat(key)
    except (ValueError, TypeError, json.JSONDecodeError, UnicodeDecodeError):
        raise ApiError(400, "invalid next cursor",
                       "pass the `next` value of the previous page unchanged") from None
    if made_for != sort:
        raise ApiError(400, "the next cursor belongs to another sort order",
                       f"it was made for sort={made_for}")
    return key, row_id


def _page(request: Request, st: ApiState, where: EventFilter, sort: str, limit: int,
          cursor: str | None) -> tuple[list[Event], str | None]:
    after = decode_cursor(cursor, sort) if cursor else None
    rows = st.db.event_page(where, sort=sort, limit=limit + 1, cursor=after)
    more = len(rows) > limit
    rows = rows[:limit]
    token = encode_cursor(sort, rows[-1].key, rows[-1].id) if more else None
    return [r.event for r in rows], token


def _paged(request: Request, response: Response, key: str, items: list[dict],
           token: str | None) -> dict:
    url = next_url(request, next=token) if token else None
    if url:
        response.headers["Link"] = f'<{url}>; rel="next"'
    return {key: items, "count": len(items), "next": token, "next_url": url}


@router.get("/events", response_model=EventPage,
            summary="Merged events (one per real-world happening, with its status picture), "
                    "filtered, sorted, a page at a time")
def list_events(
    request: Request, response: Response,
    where: Annotated[MentionFilter, Depends(mention_filter)],
    st: Annotated[ApiState, Depends(state)],
    contested: Annotated[bool | None, Query(description="true: only events a denial or "
                                                        "negation disputes; false: none")] = None,
    sort: Sort = "date", limit: Limit = DEFAULT_PAGE,
    next: Next = None,  # noqa: A002 - the name Datasette and /api/mentions use
) -> dict:
    found, token = _page(request, st, EventFilter(where, contested), sort, limit, next)
    return _paged(request, response, "events", [event_json(request, e) for e in found], token)


@router.get("/events/{event_id}", response_model=EventDetail, name="event",
            summary="One merged event with every report and its evidence sentence (an old "
                    "id, merged into another event since, resolves)")
def one_event(request: Request,
              event_id: Annotated[str, Path(min_length=1, max_length=64)],
              st: Annotated[ApiState, Depends(state)]) -> dict:
    found = st.db.event(event_id)
    if found is None:
        raise ApiError(404, f"no event with id {event_id!r}",
                       "list them with /api/events")
    return event_detail(request, found, event_id)


@router.get("/contested", response_model=ContestedPage,
            summary="Disputed events (a denial or negation against facts or claims) with both "
                    "sides' reports (same filters as /api/events)")
def contested_events(
    request: Request, response: Response,
    where: Annotated[MentionFilter, Depends(mention_filter)],
    st: Annotated[ApiState, Depends(state)],
    sort: Sort = "date",
    limit: Annotated[int, Query(ge=1, le=100, description="events per page (at most 100: "
                                                          "each carries its reports)")] = 20,
    next: Next = None,  # noqa: A002
) -> dict:
    found, token = _page(request, st, EventFilter(where, True), sort, limit, next)
    out = []
    whole = {e.event_id: e for e in st.db.events_with_reports([e.event_id for e in found])}
    for e in found:
        full = whole.get(e.event_id, e)
        detail = event_detail(request, full)
        detail["supporting"] = [r.key for r in full.reports if r.mention.status in SUPPORTING]
        detail["disputing"] = [r.key for r in full.reports if r.mention.status in DISPUTING]
        out.append(detail)
    return _paged(request, response, "events", out, token)
