"""Event mentions as export records (docs/event-format.md) and as JSON Lines or CSV.

Pure: mentions in, records or text out. The field names are a contract with the scorer and
with users' scripts; add fields, never rename them.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from dossier.errors import ConfigError
from dossier.model import ActorRef, Event, Mention

FORMATS = ("jsonl", "csv")

_ACTOR_FIELDS = ("name", "country", "kind", "sector", "role", "wikidata", "text")
# CSV columns in order: nested objects become dotted columns, lists a JSON text column.
CSV_COLUMNS: tuple[str, ...] = (
    "doc", "event_id", "type", "mode", "cameo",
    *(f"actor.{f}" for f in _ACTOR_FIELDS),
    *(f"recipient.{f}" for f in _ACTOR_FIELDS),
    "others", "object.text", "object.quantity",
    "date.value", "date.granularity", "date.basis", "date.text", "reported",
    "location.name", "location.country", "location.lat", "location.lon", "location.geonameid",
    "status",
    *(f"source.{f}" for f in _ACTOR_FIELDS),
    "trigger.text", "trigger.start", "trigger.end",
    "evidence.sentence", "evidence.start", "evidence.end",
    "confidence", "explain", "rules", "mention_id",
)
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "type", "actor.code", "actor.name", "recipient.code", "recipient.name",
    "date", "location", "mentions", "articles", "outlets", "sources", "first_reported",
    "last_reported", "asserted", "claimed_by", "denied_by", "negated_by", "planned_by",
    "contested", "mention_ids",
)


def actor_record(ref: ActorRef | None) -> dict[str, Any] | None:
    """An actor as the export names it: who it is, and the words that name it."""
    if ref is None:
        return None
    actor = ref.actor
    return {"name": actor.name, "country": actor.country, "kind": actor.kind,
            "sector": actor.sector, "role": actor.role, "wikidata": actor.wikidata,
            "text": ref.text}


def mention_record(m: Mention, event_id: str | None = None,
                   mention_id: str | None = None) -> dict[str, Any]:
    """One mention as docs/event-format.md defines it (plus ``explain`` and ``rules``, the
    ids of the rules that made it). ``event_id`` is the merged event's id when the mention is
    stored (else the type+dyad+date key); ``mention_id`` its store key ``doc#n``."""
    return {
        "doc": m.doc,
        "event_id": event_id or m.event_id,
        "type": m.type,
        "mode": m.mode,
        "cameo": m.cameo,
        "actor": actor_record(m.actor),
        "recipient": actor_record(m.recipient),
        "others": [actor_record(r) for r in m.others],
        "object": {"text": m.object.text, "quantity": m.object.quantity} if m.object else None,
        "date": ({"value": m.date.value, "granularity": m.date.granularity,
                  "basis": m.date.basis, "text": m.date.text} if m.date else None),
        "reported": m.reported.isoformat() if m.reported else None,
        "location": ({"name": m.location.name, "country": m.location.country,
                      "lat": m.location.lat, "lon": m.location.lon,
                      "geonameid": m.location.geonameid} if m.location else None),
        "status": m.status,
        "source": actor_record(m.source),
        "trigger": {"text": m.trigger.text, "start": m.trigger.start, "end": m.trigger.end},
        "evidence": {"sentence": m.evidence.text, "start": m.evidence.start,
                     "end": m.evidence.end},
        "confidence": m.confidence,
        "explain": list(m.explain),
        "rules": list(m.rules),
        "mention_id": mention_id,
    }


def event_record(event: Event, mention_ids: Iterable[str] = ()) -> dict[str, Any]:
    """One merged event: its dyad, date, place, corroboration and status picture, and the
    ids (``doc#n``, as in the mention export) of the mentions that report it."""
    c = event.corroboration
    return {
        "event_id": event.event_id, "type": event.type,
        "actor": {"code": event.actor, "name": event.actor_name},
        "recipient": {"code": event.recipient, "name": event.recipient_name},
        "date": event.date, "location": event.location,
        "mentions": c.mentions if c else len(event.mentions),
        "articles": c.articles if c else None, "outlets": c.outlets if c else None,
        "sources": c.sources if c else None,
        "first_reported": c.first_reported.isoformat() if c and c.first_reported else None,
        "last_reported": c.last_reported.isoformat() if c and c.last_reported else None,
        "asserted": c.asserted if c else None,
        "claimed_by": list(c.claimed_by) if c else [], "denied_by": list(c.denied_by) if c else [],
        "negated_by": list(c.negated_by) if c else [],
        "planned_by": list(c.planned_by) if c else [],
        "contested": c.contested if c else False,
        "mention_ids": list(mention_ids),
    }


def csv_row(record: dict[str, Any], columns: tuple[str, ...] = CSV_COLUMNS) -> dict[str, Any]:
    """A record flattened to ``columns``: ``actor.name`` is ``record["actor"]["name"]``;
    lists are JSON text; a missing object leaves its columns empty."""
    row: dict[str, Any] = {}
    for column in columns:
        head, _, tail = column.partition(".")
        value = record.get(head)
        if tail:
            value = value.get(tail) if isinstance(value, dict) else None
        elif isinstance(value, (list, tuple)):
            value = json.dumps(value, ensure_ascii=False)
        row[column] = "" if value is None else value
    return row


def _records(items: Iterable[Any]) -> Iterable[dict[str, Any]]:
    for item in items:
        yield mention_record(*item) if isinstance(item, tuple) else mention_record(item)


def write_mentions(mentions: Iterable[Mention | tuple[Mention, str, str]], fmt: str,
                   out: TextIO) -> int:
    """Write mentions to ``out`` as ``jsonl`` (one record a line) or ``csv`` (a header, then
    one flattened record a row); return how many were written. An item may be a mention or
    (mention, event id, mention id) as the store gives them."""
    return _write(_records(mentions), fmt, out, CSV_COLUMNS)


def write_events(events: Iterable[Event], members: dict[str, list[str]], fmt: str,
                 out: TextIO) -> int:
    """Write merged events with their mention ids, as ``write_mentions`` writes mentions."""
    records = (event_record(e, members.get(e.event_id, ())) for e in events)
    return _write(records, fmt, out, EVENT_COLUMNS)


def _write(records: Iterable[dict[str, Any]], fmt: str, out: TextIO,
           columns: tuple[str, ...]) -> int:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}", fix=f"use one of: {', '.join(FORMATS)}")
    count = 0
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(csv_row(record, columns))
        count += 1
    return count
