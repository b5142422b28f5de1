"""The page's filter bar as URL query parameters: read leniently (a bad value is a message on
the page, not an error page), and kept in every link the page makes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from dossier.api.common import ApiError, day, event_type
from dossier.model import EVENT_TYPES, STATUSES
from dossier.store.event_filters import EventFilter
from dossier.store.filters import MentionFilter

# the parameters the filter bar sets; the API takes the same names
FIELDS = ("party", "actor", "recipient", "type", "status", "place", "q", "since", "until",
          "contested")
MAX_LENGTH = 200


@dataclass(frozen=True)
class PageFilter:
    values: dict[str, str]  # what the URL says, for the form and for links
    events: EventFilter
    problems: list[str] = field(default_factory=list)


def read(params: Mapping[str, str]) -> PageFilter:
    values = {k: params[k].strip()[:MAX_LENGTH] for k in FIELDS if params.get(k, "").strip()}
    problems: list[str] = []

    def checked(fn, *args, **kw):
        try:
            return fn(*args, **kw)
        except ApiError as exc:
            problems.append(f"{exc.error} ({exc.detail})" if isinstance(exc.detail, str)
                            else exc.error)
            return None

    kind = checked(event_type, values.get("type"))
    status = values.get("status")
    if status and status not in STATUSES:
        problems.append(f"unknown status {status!r}")
        status = None
    where = MentionFilter(actor=values.get("actor"), recipient=values.get("recipient"),
                          party=values.get("party"), type=kind, status=status,
                          place=values.get("place"), q=values.get("q"),
                          since=checked(day, values.get("since"), "since", last=False),
                          until=checked(day, values.get("until"), "until", last=True))
    contested = {"true": True, "false": False}.get(values.get("contested", ""))
    return PageFilter(values, EventFilter(where, contested), problems)


def choices() -> dict[str, tuple[str, ...]]:
    return {"types": EVENT_TYPES, "statuses": STATUSES}
