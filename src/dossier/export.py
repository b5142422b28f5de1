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
from dossier.model import ActorRef, Mention

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
    "confidence", "explain", "rules",
)


def actor_record(ref: ActorRef | None) -> dict[str, Any] | None:
    """An actor as the export names it: who it is, and the words that name it."""
    if ref is None:
        return None
    actor = ref.actor
    return {"name": actor.name, "country": actor.country, "kind": actor.kind,
            "sector": actor.sector, "role": actor.role, "wikidata": actor.wikidata,
            "text": ref.text}


def mention_record(m: Mention) -> dict[str, Any]:
    """One mention as docs/event-format.md defines it (plus ``explain`` and ``rules``, the
    ids of the rules that made it)."""
    return {
        "doc": m.doc,
        "event_id": m.event_id,
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
    }


def csv_row(record: dict[str, Any]) -> dict[str, Any]:
    """A record flattened to ``CSV_COLUMNS``: ``actor.name`` is ``record["actor"]["name"]``;
    lists are JSON text; a missing object leaves its columns empty."""
    row: dict[str, Any] = {}
    for column in CSV_COLUMNS:
        head, _, tail = column.partition(".")
        value = record.get(head)
        if tail:
            value = value.get(tail) if isinstance(value, dict) else None
        elif isinstance(value, (list, tuple)):
            value = json.dumps(value, ensure_ascii=False)
        row[column] = "" if value is None else value
    return row


def write_mentions(mentions: Iterable[Mention], fmt: str, out: TextIO) -> int:
    """Write mentions to ``out`` as ``jsonl`` (one record a line) or ``csv`` (a header, then
    one flattened record a row); return how many were written."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}", fix=f"use one of: {', '.join(FORMATS)}")
    count = 0
    if fmt == "jsonl":
        for m in mentions:
            out.write(json.dumps(mention_record(m), ensure_ascii=False) + "\n")
            count += 1
        return count
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for m in mentions:
        writer.writerow(csv_row(mention_record(m)))
        count += 1
    return count
