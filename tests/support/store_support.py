"""Shared by the store, migration and export tests: a database target on every backend
(SQLite always; PostgreSQL through conftest's ``pg_url``) and hand-built articles and
mentions. Holds no tests itself."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import create_engine, make_url, text

from dossier.model import (
    Actor,
    ActorRef,
    Article,
    EventObject,
    Mention,
    Span,
    When,
    Where,
)


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path):
    """What ``Database.open`` takes: a SQLite file, or a PostgreSQL URL (``pg_url`` in
    conftest.py: skipped without a server, failed under CI) whose search path is a schema
    made for this test alone (dropped afterwards)."""
    if request.param == "sqlite":
        yield str(tmp_path / "dossier.db")
        return
    url = make_url(request.getfixturevalue("pg_url"))
    schema = f"dossier_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False)
    finally:
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def article(doc: str = "a1", body: str = "Lorem officials met on Monday.", *,
            published: date | None = date(2024, 3, 4), **kw) -> Article:
    return Article(doc=doc, body=body, published=published, **kw)


def ref(name: str, country: str | None, kind: str = "country", *, text: str | None = None,
        start: int = 0, basis: str = "name", **actor_kw) -> ActorRef:
    text = text or name
    return ActorRef(Actor(name=name, kind=kind, country=country, **actor_kw), text, start,
                    start + len(text), basis)


RUS = ref("Russia", "RUS")
UKR = ref("Ukraine", "UKR")
PUTIN = ref("Vladimir Putin", "RUS", "person", sector="GOV", role="President",
            wikidata="Q7747", entity_id="putin")
FRA = ref("France", "FRA")


def mention(doc: str = "a1", type_: str = "ASSAULT", *, trigger: str = "struck", start: int = 10,
            actor: ActorRef | None = RUS, recipient: ActorRef | None = UKR,
            when: str | None = "2024-03-02", reported: date | None = date(2024, 3, 4),
            status: str = "fact", **kw) -> Mention:
    """A plain mention; ``trigger`` doubles as a label tests can find it by."""
    return Mention(
        doc=doc, type=type_, trigger=Span(trigger, start, start + len(trigger)),
        evidence=Span(f"Someone {trigger} something.", start - 8, start + len(trigger) + 10),
        actor=actor, recipient=recipient, status=status, reported=reported,
        date=When(when, "day" if len(when) == 10 else "month", "explicit", "then") if when else None,
        **kw)


def full_mention(doc: str = "a1") -> Mention:
    """A mention with every field set, nested values included."""
    return Mention(
        doc=doc, type="AID", mode="military", cameo="0712",
        trigger=Span("sent", 41, 45), evidence=Span("Tallinn sent shells, Kyiv said.", 33, 64),
        actor=ref("Estonia", "EST", text="Tallinn", start=33, basis="metonym"),
        recipient=ref("Ukraine", "UKR", text="Kyiv", start=54),
        others=(ref("Latvia", "LVA", start=70), PUTIN),
        object=EventObject("artillery shells", quantity="thousands"),
        date=When("2024-W09", "week", "relative", "last week", start=66, end=75,
                  timex_type="DATE"),
        reported=date(2024, 3, 4),
        location=Where("Tallinn", "EST", "Tallinn", lat=59.437, lon=24.7535, geonameid=588409,
                       start=33, end=40),
        status="claim", source=ref("Ukraine", "UKR", text="Kyiv", start=54),
        confidence=0.8125, explain=("trigger: sent", "actor: nsubj", "object: dobj"),
        rules=("trigger.verb", "actor.nsubj", "recipient.dobj", "status.claim"),
    )
