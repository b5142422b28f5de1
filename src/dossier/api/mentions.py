"""GET /api/mentions (filtered, sorted, keyset-paged) and GET /api/mentions/{id}."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from dossier.api.common import (
    DEFAULT_PAGE,
    MAX_ID,
    MAX_PAGE,
    ApiError,
    ApiState,
    decode_cursor,
    encode_cursor,
    mention_filter,
    mention_json,
    next_url,
    state,
)
from dossier.api.models import MentionOut, MentionPage
from dossier.store.filters import MentionFilter

router = APIRouter(tags=["mentions"])

Sort = Literal["date", "-date"]


def mention_page(request: Request, st: ApiState, where: MentionFilter, *, sort: Sort = "date",
                 limit: int = DEFAULT_PAGE, cursor: str | None = None) -> dict:
    """One page of mentions with the cursor and URL of the next (None on the last page)."""
    order = "desc" if sort == "-date" else "asc"
    after = decode_cursor(cursor, order) if cursor else None
    # one row more than asked tells whether a next page exists without counting
    rows = st.db.mention_page(where, order=order, limit=limit + 1, cursor=after)
    more = len(rows) > limit
    rows = rows[:limit]
    token = encode_cursor(order, rows[-1].day, rows[-1].id) if more else None
    return {"mentions": [mention_json(request, row) for row in rows],
            "count": len(rows), "next": token,
            "next_url": next_url(request, next=token) if token else None}


@router.get("/mentions", response_model=MentionPage,
            summary="Event mentions, filtered, sorted by date, a page at a time")
def list_mentions(
    request: Request, response: Response,
    where: Annotated[MentionFilter, Depends(mention_filter)],
    st: Annotated[ApiState, Depends(state)],
    sort: Annotated[Sort, Query(description="date: oldest first; -date: newest first "
                                            "(undated mentions come last either way)")] = "date",
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"rows per page (at most "
                                f"{MAX_PAGE}; more is a 422)")] = DEFAULT_PAGE,
    next: Annotated[str | None,  # noqa: A002 - the name Datasette and the README use
                    Query(description="the `next` cursor of the previous page")] = None,
) -> dict:
    page = mention_page(request, st, where, sort=sort, limit=limit, cursor=next)
    if page["next_url"]:
        response.headers["Link"] = f'<{page["next_url"]}>; rel="next"'
    return page


@router.get("/mentions/{mention_id}", response_model=MentionOut, name="mention",
            summary="One event mention with its evidence")
def one_mention(request: Request, mention_id: Annotated[int, Path(ge=1, le=MAX_ID)],
                st: Annotated[ApiState, Depends(state)]) -> dict:
    found = st.db.mention_by_id(mention_id)
    if found is None:
        raise ApiError(404, f"no mention with id {mention_id}",
                       "ids change when an article is stored again with a new text; "
                       "list them with /api/mentions")
    return mention_json(request, found)
