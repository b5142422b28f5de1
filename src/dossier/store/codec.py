"""Model objects to table rows and back. Pure: no SQL, no I/O.

Nested values are JSON objects keyed by dataclass field; decoding takes only the fields the
dataclass still has, so rows written by an older model keep loading (missing fields take
their defaults).
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Mapping
from dataclasses import fields
from datetime import date, timedelta
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from dossier.model import (
    Actor,
    ActorRef,
    Article,
    Corroboration,
    Event,
    EventObject,
    Explanation,
    Mention,
    Report,
    Span,
    When,
    Where,
    event_key,
)

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_YEARS = re.compile(r"^(\d{2,4})$")  # 2024 a year, 202 a decade, 20 a century
# First and last month of each part of a year (WI runs into the next year's February).
_PARTS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12),
          "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def day_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day a TIMEX3 date value covers, or None (PAST_REF, durations …)."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(value):
            return _months(int(m[1]), int(m[2]), int(m[2]))
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := _PART.match(value):
            return _months(int(m[1]), *_PARTS[m[2]])
        if m := _YEARS.match(value):
            span = 10 ** (4 - len(m[1]))
            first = int(m[1]) * span
            return date(first, 1, 1), date(first + span - 1, 12, 31)
    except ValueError:  # 2024-13, 2024-W60 …: not a usable date
        return None
    return None


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def name_key(text: str) -> str:
    """How names are compared: case-insensitively, whatever the script."""
    return text.casefold()


def entity_key(actor: Actor) -> str:
    """One entity across articles: its knowledge-base id, else kind, code and name."""
    return actor.entity_id or f"{actor.kind}|{actor.country or ''}|{actor.name}"


# -- articles ---------------------------------------------------------------------------

def article_row(article: Article) -> dict[str, Any]:
    row = _flat(article)
    row["content_hash"] = article.content_hash
    return row


def article_from_row(row: Mapping[str, Any]) -> Article:
    return _build(Article, row)


# -- actor refs -------------------------------------------------------------------------

def actor_ref_row(ref: ActorRef, article_id: int) -> dict[str, Any]:
    return {**_flat(ref.actor), "article_id": article_id, "entity_key": entity_key(ref.actor),
            "name_key": name_key(ref.actor.name),
            "text": ref.text, "start_char": ref.start, "end_char": ref.end, "basis": ref.basis}


def actor_from_row(row: Mapping[str, Any]) -> Actor:
    return _build(Actor, row)


# -- mentions ---------------------------------------------------------------------------

def mention_row(mention: Mention, article_id: int) -> dict[str, Any]:
    """The row of one mention; ``day_from``/``day_to`` span its date, else its reported day."""
    days = day_range(mention.date.value) if mention.date else None
    if days is None and mention.reported:
        days = (mention.reported, mention.reported)
    actor, recipient = mention.actor, mention.recipient
    return {
        "article_id": article_id, "event_id": mention.event_id,
        "type": mention.type, "mode": mention.mode, "cameo": mention.cameo,
        "status": mention.status, "confidence": mention.confidence,
        "trigger_text": mention.trigger.text, "trigger_start": mention.trigger.start,
        "trigger_end": mention.trigger.end,
        "evidence_text": mention.evidence.text, "evidence_start": mention.evidence.start,
        "evidence_end": mention.evidence.end,
        "actor_code": _code(actor), "actor_name": name_key(actor.actor.name) if actor else None,
        "recipient_code": _code(recipient),
        "recipient_name": name_key(recipient.actor.name) if recipient else None,
        "day_from": days[0] if days else None, "day_to": days[1] if days else None,
        "reported": mention.reported,
        "actor_json": _dump(_ref_dict(actor)), "recipient_json": _dump(_ref_dict(recipient)),
        "source_json": _dump(_ref_dict(mention.source)),
        "others_json": _dump([_ref_dict(r) for r in mention.others]),
        "object_json": _dump(_flat(mention.object)),
        "date_json": _dump(_flat(mention.date)),
        "location_json": _dump(_flat(mention.location)),
        "explain_json": _dump(list(mention.explain)),
        "rules_json": _dump(list(mention.rules)),
    }


def mention_from_row(row: Mapping[str, Any], doc: str) -> Mention:
    """The Mention a row was written from (``doc`` is the stored article's name)."""
    return Mention(
        doc=doc, type=row["type"], mode=row["mode"], cameo=row["cameo"],
        status=row["status"], confidence=row["confidence"],
        trigger=Span(row["trigger_text"], row["trigger_start"], row["trigger_end"]),
        evidence=Span(row["evidence_text"], row["evidence_start"], row["evidence_end"]),
        actor=_ref(_load(row["actor_json"])), recipient=_ref(_load(row["recipient_json"])),
        source=_ref(_load(row["source_json"])),
        others=tuple(_ref(r) for r in _load(row["others_json"]) or ()),
        object=_opt(EventObject, _load(row["object_json"])),
        date=_opt(When, _load(row["date_json"])),
        reported=row["reported"],
        location=_opt(Where, _load(row["location_json"])),
        explain=tuple(_load(row["explain_json"]) or ()),
        rules=tuple(_load(row["rules_json"]) or ()),
    )


def event_id_of(type_: str, actor_json: str | None, recipient_json: str | None,
                date_json: str | None) -> str:
    """``Mention.event_id`` from a row's stored JSON (for rows written before v2)."""
    actor, recipient = _ref(_load(actor_json)), _ref(_load(recipient_json))
    when = _load(date_json)
    return event_key(type_, actor.actor.code if actor else None,
                     recipient.actor.code if recipient else None, when["value"] if when else None)


def _code(ref: ActorRef | None) -> str | None:
    return ref.actor.country.upper() if ref and ref.actor.country else None


def _ref_dict(ref: ActorRef | None) -> dict[str, Any] | None:
    return {**_flat(ref), "actor": _flat(ref.actor)} if ref else None


def _flat(obj: Any) -> dict[str, Any] | None:
    """A dataclass's fields, one level deep (``asdict`` deep-copies, slowly)."""
    return None if obj is None else {n: getattr(obj, n) for n in _names(type(obj))}


@cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _ref(data: Mapping[str, Any] | None) -> ActorRef | None:
    if data is None:
        return None
    return _build(ActorRef, {**data, "actor": _build(Actor, data["actor"])})


def _opt(cls: type, data: Mapping[str, Any] | None) -> Any:
    return None if data is None else _build(cls, data)


def _build(cls: type, data: Mapping[str, Any]) -> Any:
    names = _names(cls)
    return cls(**{k: v for k, v in data.items() if k in names})


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


# -- reports and events (v4) ------------------------------------------------------------

def outlet_of(outlet: str | None, url: str | None) -> str | None:
    """An article's outlet: the one its metadata names, else its URL's host (without www.)."""
    if outlet:
        return outlet
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def report_from_row(row: Mapping[str, Any]) -> Report:
    """A stored mention with its article's facts; the row joins mentions with articles
    (``doc``, ``published``, ``outlet``, ``url``) and the original's ``origin_doc``."""
    doc = row["doc"]
    lead = row["lead"]
    return Report(key=f"{doc}#{row['ordinal']}", mention=mention_from_row(row, doc),
                  published=row["published"], origin=row["origin_doc"],
                  outlet=outlet_of(row["outlet"], row["url"]),
                  lead=f"{doc}#{lead}" if lead is not None else None)


def explanation_json(e: Explanation) -> str:
    return _dump({"joined": e.joined, "reasons": list(e.reasons)})


def explanation_from_row(key: str, event_id: str, text: str | None) -> Explanation:
    data = _load(text) or {}
    return Explanation(key, event_id, data.get("joined"), tuple(data.get("reasons", ())))


def event_row(event: Event, block: str) -> dict[str, Any]:
    c = event.corroboration
    days = day_range(event.date)
    picture = {"actor": event.actor_name, "recipient": event.recipient_name,
               "claimed_by": list(c.claimed_by), "denied_by": list(c.denied_by),
               "negated_by": list(c.negated_by), "planned_by": list(c.planned_by)}
    return {
        "event_id": event.event_id, "block_key": block, "type": event.type,
        "actor_code": event.actor.upper() if event.actor else None,
        "actor_name": name_key(event.actor_name) if event.actor_name else None,
        "recipient_code": event.recipient.upper() if event.recipient else None,
        "recipient_name": name_key(event.recipient_name) if event.recipient_name else None,
        "date_value": event.date, "day_from": days[0] if days else None,
        "day_to": days[1] if days else None, "location": event.location,
        "mentions": c.mentions, "articles": c.articles, "outlets": c.outlets,
        "sources": c.sources, "first_reported": c.first_reported,
        "last_reported": c.last_reported, "asserted": c.asserted, "contested": int(c.contested),
        "picture_json": _dump(picture),
    }


def event_from_row(row: Mapping[str, Any], reports: tuple[Report, ...] = (),
                   explanations: tuple[Explanation, ...] = ()) -> Event:
    picture = _load(row["picture_json"])
    c = Corroboration(
        mentions=row["mentions"], articles=row["articles"], outlets=row["outlets"],
        sources=row["sources"], first_reported=row["first_reported"],
        last_reported=row["last_reported"], asserted=row["asserted"],
        claimed_by=tuple(picture["claimed_by"]), denied_by=tuple(picture["denied_by"]),
        negated_by=tuple(picture["negated_by"]), planned_by=tuple(picture["planned_by"]),
        contested=bool(row["contested"]))
    return Event(event_id=row["event_id"], type=row["type"], actor=row["actor_code"],
                 recipient=row["recipient_code"], date=row["date_value"],
                 mentions=tuple(r.mention for r in reports), actor_name=picture["actor"],
                 recipient_name=picture["recipient"], location=row["location"],
                 reports=reports, corroboration=c, explanations=explanations)
