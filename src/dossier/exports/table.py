"""Mentions and actor counts as flat, typed rows: one column per value, nested objects
spread over prefixed columns (``actor_code``, ``actor_name`` …). Pure; the Parquet and
DataFrame exports build their typed columns from ``MENTION_COLUMNS``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, Literal, TypeAlias

from dossier.model import Actor, ActorRef, Mention
from dossier.store.codec import day_range

# string, date (a calendar day), int, float, or a list of strings
Kind = Literal["string", "date", "int", "float", "strings"]
# a mention, or (mention, its merged event's id, its key doc#n) as Database.mention_events gives
Item: TypeAlias = Mention | tuple[Mention, str | None, str | None]

_ACTOR: tuple[tuple[str, Kind], ...] = (
    ("code", "string"), ("name", "string"), ("kind", "string"), ("country", "string"),
    ("sector", "string"), ("role", "string"), ("wikidata", "string"), ("entity_id", "string"),
    ("text", "string"),
)

MENTION_COLUMNS: tuple[tuple[str, Kind], ...] = (
    ("doc", "string"), ("event_id", "string"), ("mention_id", "string"), ("type", "string"),
    ("mode", "string"),
    ("cameo", "string"),
    *((f"actor_{name}", kind) for name, kind in _ACTOR),
    *((f"recipient_{name}", kind) for name, kind in _ACTOR),
    ("others", "strings"),
    ("object_text", "string"), ("object_quantity", "string"),
    ("date_value", "string"), ("date_granularity", "string"), ("date_basis", "string"),
    ("date_text", "string"), ("date_first", "date"), ("date_last", "date"),
    ("reported", "date"), ("month", "string"),
    ("location_name", "string"), ("location_country", "string"), ("location_text", "string"),
    ("location_lat", "float"), ("location_lon", "float"), ("location_geonameid", "int"),
    ("status", "string"),
    *((f"source_{name}", kind) for name, kind in _ACTOR),
    ("trigger_text", "string"), ("trigger_start", "int"), ("trigger_end", "int"),
    ("evidence_sentence", "string"), ("evidence_start", "int"), ("evidence_end", "int"),
    ("confidence", "float"), ("explain", "strings"), ("rules", "strings"),
)

ACTOR_COUNT_COLUMNS: tuple[tuple[str, Kind], ...] = (
    ("code", "string"), ("name", "string"), ("kind", "string"), ("country", "string"),
    ("sector", "string"), ("role", "string"), ("wikidata", "string"), ("entity_id", "string"),
    ("mentions", "int"),
)


# the column names of each prefix, in _ACTOR order (built once: rows are made by the million)
_PREFIXED: dict[str, tuple[str, ...]] = {
    prefix: tuple(f"{prefix}_{name}" for name, _ in _ACTOR)
    for prefix in ("actor", "recipient", "source")}


def actor_columns(prefix: str, ref: ActorRef | None) -> dict[str, Any]:
    """The ``prefix_*`` columns of one actor; all None when there is none."""
    keys = _PREFIXED[prefix]
    if ref is None:
        return dict.fromkeys(keys)
    a = ref.actor
    return dict(zip(keys, (a.code, a.name, a.kind, a.country, a.sector, a.role, a.wikidata,
                           a.entity_id, ref.text), strict=True))


def unpack(item: Item) -> tuple[Mention, str | None, str | None]:
    """(mention, event id, mention id) of an item; a bare mention has its type+dyad+date key
    as event id and no mention id."""
    if isinstance(item, tuple):
        m, event_id, mention_id = item
        return m, event_id or m.event_id, mention_id
    return item, item.event_id, None


def mention_row(item: Item) -> dict[str, Any]:
    """One mention as flat typed values, keyed by ``MENTION_COLUMNS``. ``event_id`` is the
    merged event's id when the store gives it, ``mention_id`` the store's key ``doc#n``.
    ``date_first`` and
    ``date_last`` are the days the event date covers (2024-W09: a Monday and a Sunday);
    ``month`` (YYYY-MM) is the month of ``date_first``, else of the reported day."""
    m, event_id, mention_id = unpack(item)
    days = day_range(m.date.value) if m.date else None
    first, last = days if days else (None, None)
    return {
        "doc": m.doc, "event_id": event_id, "mention_id": mention_id, "type": m.type, "mode": m.mode, "cameo": m.cameo,
        **actor_columns("actor", m.actor), **actor_columns("recipient", m.recipient),
        "others": [r.actor.name for r in m.others],
        "object_text": m.object.text if m.object else None,
        "object_quantity": m.object.quantity if m.object else None,
        "date_value": m.date.value if m.date else None,
        "date_granularity": m.date.granularity if m.date else None,
        "date_basis": m.date.basis if m.date else None,
        "date_text": m.date.text if m.date else None,
        "date_first": first, "date_last": last, "reported": m.reported,
        "month": month_of(first or m.reported),
        "location_name": m.location.name if m.location else None,
        "location_country": m.location.country if m.location else None,
        "location_text": m.location.text if m.location else None,
        "location_lat": m.location.lat if m.location else None,
        "location_lon": m.location.lon if m.location else None,
        "location_geonameid": m.location.geonameid if m.location else None,
        "status": m.status, **actor_columns("source", m.source),
        "trigger_text": m.trigger.text, "trigger_start": m.trigger.start,
        "trigger_end": m.trigger.end,
        "evidence_sentence": m.evidence.text, "evidence_start": m.evidence.start,
        "evidence_end": m.evidence.end,
        "confidence": float(m.confidence), "explain": list(m.explain), "rules": list(m.rules),
    }


def actor_count_rows(counts: Iterable[tuple[Actor, int]]) -> list[dict[str, Any]]:
    """``Database.actor_counts`` as rows keyed by ``ACTOR_COUNT_COLUMNS``."""
    return [{**_actor_values(actor), "mentions": n} for actor, n in counts]


def month_of(day: date | None) -> str | None:
    return f"{day.year:04d}-{day.month:02d}" if day else None


def _actor_values(actor: Actor) -> dict[str, Any]:
    return {"code": actor.code, "name": actor.name, "kind": actor.kind, "country": actor.country,
            "sector": actor.sector, "role": actor.role, "wikidata": actor.wikidata,
            "entity_id": actor.entity_id}
