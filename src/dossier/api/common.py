"""What every resource module shares: the app's state (store, settings, token), the errors
the API answers with, the mention filters as query parameters, the page cursor, and the
mention as JSON."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import date
from threading import Lock
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import Query, Request

from dossier.export import mention_record
from dossier.model import EVENT_TYPES, STATUSES
from dossier.settings import Settings
from dossier.store import Database
from dossier.store import codec
from dossier.store.database import StoredMention
from dossier.store.filters import MentionFilter

MAX_PAGE = 500  # the largest page any list answers with; more is a 422, never a silent cut
DEFAULT_PAGE = 50


@dataclass
class ApiState:
    """Held by the app for its lifetime: one store (its connection pool serves the threads
    requests run in), the settings, and the token that allows writing (None: read-only)."""

    db: Database
    settings: Settings
    token: str | None = None
    pipeline: Any = None  # loaded on the first POST /api/articles, then kept
    ingest_lock: Lock = field(default_factory=Lock)  # one ingest at a time; reads go on


class ApiError(Exception):
    """An answer other than 2xx, sent as ``{"error": ..., "detail": ...}``."""

    def __init__(self, status: int, error: str, detail: Any = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.detail = detail
        self.headers = headers


def state(request: Request) -> ApiState:
    return request.app.state.dossier


def event_type(value: str | None) -> str | None:
    """A PLOVER type in any case, or a 422 that lists the types."""
    if value is None or value == "":
        return None
    if value.upper() not in EVENT_TYPES:
        raise ApiError(422, f"unknown event type {value!r}", {"types": list(EVENT_TYPES)})
    return value.upper()


def day(value: str | None, name: str, *, last: bool) -> date | None:
    """The first (``since``) or last (``until``) day of 2024-03-02, 2024-03 or 2024."""
    if not value:
        return None
    days = codec.day_range(value.strip())
    if days is None:
        raise ApiError(422, f"cannot read {name}={value!r} as a date",
                       "give YYYY-MM-DD, YYYY-MM or YYYY")
    return days[1] if last else days[0]


def _words(description: str) -> Any:
    """A free-text query parameter, bounded."""
    return Query(max_length=200, description=description)


Status = Literal[STATUSES]  # type: ignore[valid-type]
# the schema lists the types, so a client (and a fuzzer) knows what is accepted
TypeName = Literal[EVENT_TYPES + tuple(t.lower() for t in EVENT_TYPES)]  # type: ignore[valid-type]
# a day, a month or a year; a day that does not exist (2024-02-30) is still refused (422)
DAY_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"


def mention_filter(
    actor: Annotated[str | None, _words("actor code (IRN) or part of its name")] = None,
    recipient: Annotated[str | None, _words("recipient code or part of its name")] = None,
    party: Annotated[str | None, _words("either side: actor or recipient")] = None,
    type: Annotated[TypeName | None,  # noqa: A002 - the field's name in the export
                    Query(description="PLOVER type (any case)")] = None,
    status: Annotated[Status | None, Query(description=", ".join(STATUSES))] = None,
    source: Annotated[str | None, _words("who claims it: code or part of the name")] = None,
    place: Annotated[str | None, _words("location: country code or part of the name")] = None,
    q: Annotated[str | None, _words("words in the evidence sentence")] = None,
    since: Annotated[str | None, Query(pattern=DAY_PATTERN, description="from this day "
                                       "(YYYY-MM-DD, YYYY-MM, YYYY)")] = None,
    until: Annotated[str | None, Query(pattern=DAY_PATTERN, description="up to this day "
                                       "(YYYY-MM-DD, YYYY-MM, YYYY)")] = None,
) -> MentionFilter:
    """The mention filters every list and count takes, as query parameters."""
    return MentionFilter(actor=actor or None, recipient=recipient or None, party=party or None,
                         type=event_type(type), status=status, source=source or None,
                         place=place or None, q=q or None,
                         since=day(since, "since", last=False),
                         until=day(until, "until", last=True))


# Row ids are PostgreSQL integers: larger numbers in a path, an offset or a cursor cannot name a
# row, and would overflow the database's integer types.
MAX_ID = 2**31 - 1


# -- the page cursor: the (day, id) of a page's last row, opaque to clients ------------------

def encode_cursor(order: str, day_: date | None, row_id: int) -> str:
    raw = json.dumps([order, day_.isoformat() if day_ else None, row_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str, order: str) -> tuple[date | None, int]:
    try:
        padded = token + "=" * (-len(token) % 4)
        sort, day_, row_id = json.loads(base64.urlsafe_b64decode(padded.encode()))
        cursor = (date.fromisoformat(day_) if day_ else None, int(row_id))
        if not 0 <= cursor[1] <= MAX_ID:
            raise ValueError("row id out of range")
    except (ValueError, TypeError, json.JSONDecodeError, UnicodeDecodeError):
        raise ApiError(400, "invalid next cursor",
                       "pass the `next` value of the previous page unchanged") from None
    if sort != order:
        raise ApiError(400, "the next cursor belongs to another sort order",
                       f"it was made for sort={'date' if sort == 'asc' else '-date'}")
    return cursor


def link(request: Request, route: str, **params: Any) -> str:
    """The URL of a route, its path parameters percent-encoded (document ids and entity keys
    hold spaces, slashes, ``?`` and ``#``)."""
    return str(request.url_for(route, **{k: quote(str(v), safe="") for k, v in params.items()}))


def mention_json(request: Request, stored: StoredMention) -> dict[str, Any]:
    """A mention as the export contract writes it (with its merged event's id and its key
    ``doc#n``), and its row id and links."""
    m = stored.mention
    return {"id": stored.id, "url": link(request, "mention", mention_id=stored.id),
            "article_url": link(request, "article", doc=m.doc),
            **mention_record(m, stored.event_id, stored.key)}


def next_url(request: Request, **params: Any) -> str:
    """This request's URL with some query parameters replaced."""
    return str(request.url.include_query_params(**params))
