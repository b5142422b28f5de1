"""Event records in the data exchange format of the PLOVER manual ("Data Fields" chapter of
openeventdata/PLOVER, PLOVER_MANUAL.tex): named fields, one JSON object a line.

One record per mention. The manual's fields keep their names and meaning; what dossier adds
(status, claim source, confidence, CAMEO code, the TIMEX value) are extra named fields, as the
manual allows. docs/exports.md explains every field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from dossier.events.ontology import load_ontology
from dossier.exports.table import Item, unpack
from dossier.model import ActorRef, Article, Mention, Where
from dossier.store.codec import day_range

# the manual's numeric quad categories
QUAD_CODES: dict[str, int] = {"verbal cooperation": 1, "material cooperation": 2,
                              "verbal conflict": 3, "material conflict": 4}
CODEBOOK = "PLOVER (openeventdata/PLOVER, PLOVER_MANUAL)"


def coder() -> str:
    from dossier import __version__

    return f"dossier {__version__}"


def entity(ref: ActorRef | None) -> dict[str, Any] | None:
    """The manual's entity object, plus ``kind`` (country, person, organization, group)."""
    if ref is None:
        return None
    actor = ref.actor
    return {"code": actor.country, "sector": actor.sector, "entity_text": ref.text,
            "identifier_id": actor.wikidata, "identifier_text": actor.name,
            "office": actor.role, "kind": actor.kind}


def location(where: Where | None) -> dict[str, Any] | None:
    """The manual's location object, as far as the offline gazetteer fills it."""
    if where is None:
        return None
    return {"extracted_place": where.text, "resolved_place": where.name,
            "geonameid": where.geonameid, "lat": where.lat, "lon": where.lon,
            "country_code": where.country}


def cite_info(doc: str, article: Article | None) -> dict[str, Any]:
    """The manual's citation object for the article a mention comes from."""
    return {"citation": doc, "url": article.url if article else None,
            "title": article.title if article else None,
            "publication": article.outlet if article else None, "language": "en",
            "coder": coder(), "codebook": CODEBOOK}


def plover_record(m: Mention, ident: str, article: Article | None = None,
                  event_id: str | None = None) -> dict[str, Any]:
    """One mention as a PLOVER event record with the identifier ``ident``; ``link`` is
    ``event_id`` (the merged event's), else the mention's type+dyad+date key.

    ``date``/``enddate`` are the first and last day the event date covers (a week, a month …;
    no ``enddate`` for one day), else the day the article reported it; ``time`` is the
    clock time when the text gives one."""
    ontology = load_ontology()
    event_type = ontology.types[m.type]
    days = day_range(m.date.value) if m.date else None
    first, last = days if days else (m.reported, m.reported)
    clock = m.date.value.partition("T")[2] if m.date and days else ""
    return {
        "id": ident,
        "has_event": True,
        "date": first.isoformat() if first else None,
        "time": clock or None,
        "enddate": last.isoformat() if last and last != first else None,
        "actor": [entity(m.actor)] if m.actor else [],
        "recipient": [entity(m.recipient)] if m.recipient else [],
        "event": [m.type],
        "event_loc": location(m.location),
        "event_text": [m.evidence.text],
        "quad_code": QUAD_CODES[event_type.quad],
        "event_scale": ontology.score(m.type, m.mode),
        "mode": [m.mode] if m.mode else [],
        "context": [],
        "link": event_id or m.event_id,
        "text_info": {"start": m.evidence.start, "end": m.evidence.end},
        "cite_info": cite_info(m.doc, article),
        "coder": coder(),
        # dossier's own fields
        "status": m.status,
        "claim_source": entity(m.source),
        "confidence": m.confidence,
        "cameo": m.cameo,
        "date_value": m.date.value if m.date else None,
        "date_text": m.date.text if m.date else None,
        "reported": m.reported.isoformat() if m.reported else None,
        "trigger": m.trigger.text,
    }


def record_ids(mentions: Iterable[Item]) -> list[str]:
    """An id per mention, unique in the export: the store's key ``doc#n`` when it is given,
    else document, trigger offset and type, with a counter when one trigger yields two
    mentions of a type (two recipients)."""
    seen: dict[str, int] = {}
    ids = []
    for item in mentions:
        m, _, mention_id = unpack(item)
        base = mention_id or f"{m.doc}-{m.trigger.start}-{m.type}"
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


def write_plover(mentions: Iterable[Item], out: TextIO,
                 articles: Mapping[str, Article] | None = None) -> int:
    """Write mentions as PLOVER records, one JSON object a line; ``articles`` (by doc) fill
    ``cite_info``. Return how many were written."""
    found = list(mentions)
    articles = articles or {}
    for item, ident in zip(found, record_ids(found), strict=True):
        m, event_id, _ = unpack(item)
        record = plover_record(m, ident, articles.get(m.doc), event_id)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(found)
