"""The data dossier passes between its stages: typed, frozen, and free of I/O.

Offsets (``start``/``end``) are always character offsets into ``Article.text``, the cleaned
text the NLP stages see (the headline, a blank line, then the body).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES: tuple[str, ...] = ("fact", "claim", "denial", "future", "negated")
ACTOR_KINDS: tuple[str, ...] = ("country", "person", "organization", "group")
# CONSULT, AGREE and COOPERATE have no direction: a meeting of A and B is one of B and A.
UNDIRECTED_TYPES: frozenset[str] = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# The rule id of a report that says it tells another occasion of its act ("barred three other
# officials", "attacked again"; dossier.events.occasions): merging, within an article and
# across articles, keeps it apart from its article's unmarked reports of that act.
ANOTHER_OCCASION = "occasion.another"


@dataclass(frozen=True)
class Span:
    """A stretch of the cleaned text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One cleaned news article. ``text`` is what every later stage reads."""

    doc: str
    body: str
    title: str | None = None
    published: date | None = None
    dateline: str | None = None
    url: str | None = None
    outlet: str | None = None
    origin: str | None = None  # where it was read from: "path" or "path:line"

    @property
    def text(self) -> str:
        return f"{self.title}\n\n{self.body}" if self.title else self.body

    @property
    def body_offset(self) -> int:
        """Where ``body`` starts inside ``text``."""
        return len(self.title) + 2 if self.title else 0

    @property
    def content_hash(self) -> str:
        """Identity of the content, whatever the document is called."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Actor:
    """Who acts: a state, a person, an organisation or a group, as resolved on a date."""

    name: str
    kind: str  # one of ACTOR_KINDS
    country: str | None = None  # ISO 3166-1 alpha-3, or a grouping code (WST, EUR, NATO, UN …)
    sector: str | None = None  # PLOVER/CAMEO sector: GOV, MIL, COP, OPP, REB, MED …
    role: str | None = None  # the office or title held on the article's date
    wikidata: str | None = None
    entity_id: str | None = None  # the knowledge-base id, when the actor is a known entity

    @property
    def code(self) -> str:
        """The key events are compared by: the country/group code, else the name."""
        return self.country or self.name


@dataclass(frozen=True)
class ActorRef:
    """An actor as the text names it ("the Kremlin", "his Iranian counterpart", "he")."""

    actor: Actor
    text: str
    start: int
    end: int
    basis: str = "name"  # how it was resolved: name, title, demonym, metonym, coref, …


@dataclass(frozen=True)
class When:
    """A time expression, normalised the TimeML way, and where its value came from."""

    value: str  # TIMEX3 value: 2022-07-19, 2024-09, 2024-W38, 2023, 201, 2024-SU, PAST_REF, P3D …
    granularity: str | None  # day, week, month, quarter, season, year, decade, time, or None
    basis: str  # explicit, relative, inherited, published (a headline's news: its date)
    text: str
    start: int | None = None
    end: int | None = None
    timex_type: str = "DATE"  # DATE, TIME, DURATION, SET


@dataclass(frozen=True)
class Where:
    """A place, geocoded offline."""

    name: str
    country: str | None
    text: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class EventObject:
    """What was supplied, fired, imposed … with its quantity where the text gives one."""

    text: str
    quantity: str | None = None


@dataclass(frozen=True)
class Mention:
    """One report, in one document, of one event (see docs/event-format.md)."""

    doc: str
    type: str  # one of EVENT_TYPES
    trigger: Span
    evidence: Span  # the whole sentence
    actor: ActorRef | None = None
    recipient: ActorRef | None = None
    mode: str | None = None
    cameo: str | None = None
    others: tuple[ActorRef, ...] = ()
    object: EventObject | None = None
    date: When | None = None
    reported: date | None = None
    location: Where | None = None
    status: str = "fact"  # one of STATUSES
    source: ActorRef | None = None
    confidence: float = 0.5
    explain: tuple[str, ...] = ()  # trigger, pattern and argument paths behind the mention
    # ids of the rules that made it, in the order they fired ("trigger.verb", "actor.nsubj",
    # "recipient.dobj", "status.claim" …; listed in dossier.events.rules)
    rules: tuple[str, ...] = ()

    @property
    def event_id(self) -> str:
        """Reports of the same event share this id: same type, dyad and date."""
        return event_key(self.type, _code(self.actor), _code(self.recipient),
                         self.date.value if self.date else None)


@dataclass(frozen=True)
class Report:
    """A stored mention with what merging needs to know of its article."""

    key: str  # "doc#n", the n-th mention of the article: the same whatever the ingest order
    mention: Mention
    published: date | None = None
    origin: str | None = None  # the article first stored with this text (a copy's original)
    outlet: str | None = None
    lead: str | None = None  # the key of the mention whose event this one follows (one trigger)

    @property
    def independent_doc(self) -> str:
        """The article this report counts as: a copy counts as its original."""
        return self.origin or self.mention.doc


@dataclass(frozen=True)
class Explanation:
    """Why a mention is in its event: the member it was compared with and the checks passed
    (or, for the first member, why it starts the event)."""

    key: str
    event_id: str
    joined: str | None  # the key of the member it was found compatible with; None: it leads
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Corroboration:
    """Who reports an event and how: counts over its mentions and the status picture."""

    mentions: int
    articles: int  # independent articles (a copy counts as its original)
    outlets: int
    sources: int  # distinct named sources of claims, denials and negations
    first_reported: date | None
    last_reported: date | None
    asserted: int  # articles whose writers report it as fact
    claimed_by: tuple[str, ...] = ()
    denied_by: tuple[str, ...] = ()
    negated_by: tuple[str, ...] = ()  # the articles (or sources) that say it did not happen
    planned_by: tuple[str, ...] = ()  # articles reporting it as expected (future)
    contested: bool = False  # a denial or negation stands against facts or claims


@dataclass(frozen=True)
class Event:
    """An event as reported by one or more mentions, possibly across articles. ``actor`` and
    ``recipient`` are codes; date, place and dyad are the most precise consistent values
    among its mentions."""

    event_id: str
    type: str
    actor: str | None
    recipient: str | None
    date: str | None
    mentions: tuple[Mention, ...] = field(default=())
    actor_name: str | None = None
    recipient_name: str | None = None
    location: str | None = None
    reports: tuple[Report, ...] = ()
    corroboration: Corroboration | None = None
    explanations: tuple[Explanation, ...] = ()


@dataclass(frozen=True)
class Analysis:
    """An article after NLP and resolution: what an extractor reads."""

    article: Article
    doc: Any  # spacy.tokens.Doc over article.text
    actors: tuple[ActorRef, ...] = ()
    times: tuple[When, ...] = ()
    places: tuple[Where, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """An input that could not become an article, and why."""

    origin: str  # "path" or "path:line"
    reason: str


@dataclass(frozen=True)
class PassedOver:
    """A file in a folder given to read that is not of a kind dossier reads (a README, an
    image): not an error, but the user is told."""

    origin: str


def _code(ref: ActorRef | None) -> str | None:
    return ref.actor.code if ref else None


def event_key(type_: str, actor: str | None, recipient: str | None, date_value: str | None) -> str:
    """The id reports of the same event share: type, dyad (in either order for the undirected
    types) and date."""
    if type_ in UNDIRECTED_TYPES:
        actor, recipient = sorted([actor or "", recipient or ""])
    raw = "|".join([type_, actor or "", recipient or "", date_value or ""])
    return "e-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]
