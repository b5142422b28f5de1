"""The API's response bodies, as pydantic models: they validate what is sent and give the
OpenAPI schema its shapes. Mentions keep the field names of the export contract
(``dossier.export.mention_record``), with the row ``id`` and links added."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorOut(BaseModel):
    error: str = Field(description="what went wrong, in a few words")
    detail: Any = Field(None, description="more: the fix, the allowed values, the bad fields")


class ActorOut(BaseModel):
    name: str
    country: str | None = None
    kind: str
    sector: str | None = None
    role: str | None = None
    wikidata: str | None = None
    text: str | None = Field(None, description="the words that name the actor")


class SpanOut(BaseModel):
    text: str
    start: int
    end: int


class EvidenceOut(BaseModel):
    sentence: str
    start: int
    end: int


class ObjectOut(BaseModel):
    text: str
    quantity: str | None = None


class DateOut(BaseModel):
    value: str
    granularity: str | None = None
    basis: str
    text: str


class LocationOut(BaseModel):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


class MentionOut(BaseModel):
    id: int = Field(description="the row id: /api/mentions/{id} (a new text of the article "
                                "replaces its mentions, and their ids)")
    url: str
    article_url: str
    doc: str
    event_id: str = Field(description="the merged event this mention reports")
    mention_id: str | None = Field(None, description="the mention's key in the exports: doc#n")
    type: str
    mode: str | None = None
    cameo: str | None = None
    actor: ActorOut | None = None
    recipient: ActorOut | None = None
    others: list[ActorOut] = []
    object: ObjectOut | None = None
    date: DateOut | None = None
    reported: str | None = None
    location: LocationOut | None = None
    status: str
    source: ActorOut | None = None
    trigger: SpanOut
    evidence: EvidenceOut
    confidence: float
    explain: list[str] = []
    rules: list[str] = []


class MentionPage(BaseModel):
    mentions: list[MentionOut]
    count: int = Field(description="rows on this page")
    next: str | None = Field(None, description="cursor of the next page (pass as ?next=), "
                                               "null on the last page")
    next_url: str | None = Field(None, description="the next page's URL, null on the last page")


class TextSpan(BaseModel):
    kind: str = Field(description="actor, time, place, trigger or evidence")
    start: int
    end: int
    text: str
    label: str | None = Field(None, description="what the span stands for: the resolved actor, "
                                                "the TIMEX3 value, the place, the event type")
    mention_id: int | None = Field(None, description="the mention the span belongs to")


class ArticleOut(BaseModel):
    doc: str
    title: str | None = None
    published: str | None = None
    dateline: str | None = None
    url: str | None = None
    outlet: str | None = None
    text: str = Field(description="the cleaned text every offset points into (title, a blank "
                                  "line, then the body)")
    copy_of: str | None = Field(None, description="the article whose text this one repeats")
    spans: list[TextSpan]
    mentions: list[MentionOut]


class ActorSummary(BaseModel):
    key: str = Field(description="the entity's key: its knowledge-base id, else kind|code|name")
    url: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    wikidata: str | None = None
    entity_id: str | None = None
    count: int = Field(description="how often the stored texts name it")


class ActorPage(BaseModel):
    actors: list[ActorSummary]
    total: int
    next_url: str | None = None


class ActorDetail(BaseModel):
    actor: ActorSummary
    knowledge: dict[str, Any] | None = Field(
        None, description="what the knowledge base says (names, offices over time), as "
                          "`dossier actor` shows it; null for an entity it does not know")
    mentions: MentionPage = Field(description="the first page of its mentions, either side")


class TimelineBucket(BaseModel):
    bucket: str = Field(description="2024-03-02 (day), 2024-W09 (ISO week), 2024-03 (month), "
                                    "or 'undated'")
    start: str | None = Field(None, description="first day of the bucket")
    total: int
    types: dict[str, int]


class TimelineOut(BaseModel):
    interval: str
    buckets: list[TimelineBucket]


class NodeOut(BaseModel):
    id: str = Field(description="the actor's code: its country or group code, else its name "
                                "(as event ids compare actors)")
    label: str
    kind: str | None = None
    country: str | None = None
    count: int = Field(description="mentions it takes part in, either side")
    linked: bool = Field(True, description="whether it acts on, or is acted on by, another "
                                           "actor (false: its events stay within its own "
                                           "state or name no second party)")


class EdgeOut(BaseModel):
    source: str
    target: str
    count: int
    types: dict[str, int]
    score: float = Field(description="sum of the PLOVER conflict/cooperation scores "
                                     "(-10..+10 each) of its mentions")
    weight: float = Field(description="their mean: below 0 conflict, above 0 cooperation")
    directed: bool = Field(True, description="false when every mention is of a type without "
                                             "direction (meetings, agreements): no arrow")


class NetworkOut(BaseModel):
    nodes: list[NodeOut]
    edges: list[EdgeOut]
    total_nodes: int = Field(0, description="nodes before the `nodes` cap")
    total_edges: int = Field(0, description="edges before the `nodes` and `edges` caps")


class PlaceOut(BaseModel):
    name: str
    lat: float | None = None
    lon: float | None = None
    count: int


class CountryPlaces(BaseModel):
    code: str | None = Field(description="the location's country code (null: none known)")
    iso_numeric: str | None = Field(None, description="its ISO 3166 numeric code (what map "
                                                      "shapes are keyed by)")
    count: int
    places: list[PlaceOut]


class PlacesOut(BaseModel):
    places: list[CountryPlaces]


class IngestOut(BaseModel):
    articles: int
    copies: int
    versions: int
    duplicates: int
    mentions: int
    actor_refs: int
    skipped: list[dict[str, str]]
    summary: str


class PartyOut(BaseModel):
    code: str | None = Field(None, description="country or group code (as event ids compare "
                                               "actors)")
    name: str | None = None


class EventOut(BaseModel):
    event_id: str
    url: str
    type: str
    actor: PartyOut
    recipient: PartyOut
    date: str | None = None
    location: str | None = Field(None, description="country code of the place")
    mentions: int = Field(description="reports of it")
    articles: int | None = Field(None, description="independent articles (a copy counts as "
                                                   "its original)")
    outlets: int | None = None
    sources: int | None = Field(None, description="distinct named sources of claims, "
                                                  "denials and negations")
    first_reported: str | None = None
    last_reported: str | None = None
    asserted: int | None = Field(None, description="articles reporting it as fact")
    claimed_by: list[str] = []
    denied_by: list[str] = []
    negated_by: list[str] = []
    planned_by: list[str] = []
    contested: bool
    picture: str = Field(description="the status picture in words: who asserts, claims, "
                                     "denies it")


class EventPage(BaseModel):
    events: list[EventOut]
    count: int = Field(description="rows on this page")
    next: str | None = Field(None, description="cursor of the next page (pass as ?next=)")
    next_url: str | None = None


class ExplanationOut(BaseModel):
    joined: str | None = Field(None, description="the report it was found compatible with "
                                                 "(null: it leads the event)")
    reasons: list[str] = []


class ReportOut(BaseModel):
    key: str = Field(description="the mention's key doc#n")
    doc: str
    article_url: str
    published: str | None = None
    outlet: str | None = None
    copy_of: str | None = Field(None, description="the article whose text this one repeats")
    explanation: ExplanationOut | None = None
    mention: dict[str, Any] = Field(description="the mention as the export writes it, with "
                                                "its evidence sentence and offsets")


class EventDetail(EventOut):
    resolved_from: str | None = Field(None, description="the id asked for when it was an old "
                                                        "id merged into this event")
    reports: list[ReportOut]


class ContestedEvent(EventDetail):
    supporting: list[str] = Field(description="keys of the reports that assert, claim or "
                                              "expect it")
    disputing: list[str] = Field(description="keys of the reports that deny or negate it")


class ContestedPage(BaseModel):
    events: list[ContestedEvent]
    count: int
    next: str | None = None
    next_url: str | None = None


class CitationOut(BaseModel):
    n: int = Field(description="the reference number")
    sentence: str = Field(description="the status and the evidence sentence cited")


class BriefingLine(BaseModel):
    text: str
    citations: list[CitationOut]


class BriefingSection(BaseModel):
    title: str
    lines: list[BriefingLine]


class ReferenceOut(BaseModel):
    n: int
    doc: str
    text: str
    article_url: str


class BriefingOut(BaseModel):
    title: str
    actors: list[str]
    keys: list[str] = Field(description="what the events were looked up by (codes for states)")
    sections: list[BriefingSection]
    references: list[ReferenceOut]
