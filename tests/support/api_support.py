"""Shared by the API tests: a store filled through the real store API with invented
articles, and a client over it. Holds no tests itself."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from store_support import FRA, PUTIN, RUS, UKR, article, mention, ref

from dossier.model import Span, Where
from dossier.store import Database

TURKEY = ref("Turkey", "TUR")
BULK = 137  # mentions of the "bulk" article: several pages, days shared by many of them
TITLE = "Strike on a depot"
BODY = "Kyiv officials said Russia struck a depot. Lorem ipsum dolor sit amet."
TEXT = f"{TITLE}\n\n{BODY}"  # what offsets point into
KYIV = Where("Kyiv", "UKR", "Kyiv", lat=50.45, lon=30.52, start=TEXT.index("Kyiv"),
             end=TEXT.index("Kyiv") + 4)


def fill(target: str) -> None:
    """Three invented articles: ``alpha`` (two plain mentions), ``beta`` (a claim, a place,
    a mode), and ``bulk`` (BULK mentions over a handful of days, some undated)."""
    with Database.open(target) as db:
        db.add_article(article("alpha", BODY, title=TITLE), [
            mention("alpha", trigger="struck", start=TEXT.index("struck"), location=KYIV),
            mention("alpha", "CONSULT", trigger="met", start=60, actor=PUTIN, recipient=FRA,
                    when="2024-04", status="future"),
        ], [ref("Russia", "RUS", start=TEXT.index("Russia")), PUTIN, FRA])
        db.add_article(article("beta", "Ankara said Moscow sent shells to Kyiv.",
                               published=date(2024, 5, 1)), [
            mention("beta", "AID", trigger="sent", start=19, actor=RUS, recipient=UKR,
                    when="2024-05-01", status="claim", source=TURKEY, mode="military"),
        ], [TURKEY, RUS, UKR])
        first = date(2024, 1, 1)
        bulk = []
        for i in range(BULK):
            undated = i % 10 == 0
            day = first + timedelta(days=i % 7 * 9)
            bulk.append(mention("bulk", ("ASSAULT", "SUPPORT", "CONSULT")[i % 3],
                                trigger=f"word{i}", start=10 + i,
                                actor=(RUS, UKR, TURKEY)[i % 3], recipient=(UKR, FRA, RUS)[i % 3],
                                when=None if undated else day.isoformat(),
                                reported=None if undated else day))
        db.add_article(article("bulk", "x" * 400, published=None), bulk, [RUS, UKR])


def fill_events(target: str, bulk: int = 0) -> str:
    """A merged store (invented reports): a strike two outlets report, whose id changed when
    a more precise report arrived (the old id is returned), a denied arms delivery, a
    meeting in a named city, and ``bulk`` one-report strikes on distinct days."""
    from dossier.merge import Merger

    iran, usa = ref("Iran", "IRN"), ref("United States", "USA")
    with Database.open(target, merger=Merger()) as db:
        db.add_article(article("wire-1", "A fuel depot was hit this month, a wire says.",
                               outlet="Wire One", published=date(2024, 3, 5)),
                       [mention("wire-1", when="2024-03", trigger="hit")])
        [old] = [e.event_id for e in db.events(type="ASSAULT")]
        db.add_article(article("paper-1", "Forces shelled the depot on Saturday.",
                               outlet="Paper Two"),
                       [mention("paper-1", when="2024-03-02", trigger="shelled")])
        db.add_article(article("arms-1", "Officials say ships carried rockets; the sender "
                                         "rejects that."),
                       [mention("arms-1", "AID", trigger="carried", actor=iran, recipient=RUS,
                                when="2024-02-10", status="claim", source=usa),
                        mention("arms-1", "AID", trigger="rejects", start=50, actor=iran,
                                recipient=RUS, when="2024-02-10", status="denial",
                                source=iran)])
        talks = "French and Ukrainian envoys talked in Geneva about a truce."
        at = talks.index
        db.add_article(article("talks-1", talks), [replace(
            mention("talks-1", "CONSULT", trigger="talked", start=at("talked"),
                    actor=ref("France", "FRA", text="French", start=at("French")),
                    recipient=ref("Ukraine", "UKR", text="Ukrainian", start=at("Ukrainian")),
                    when="2024-04-08",
                    location=Where("Geneva", "CHE", "Geneva", lat=46.2, lon=6.15,
                                   start=at("Geneva"), end=at("Geneva") + 6)),
            evidence=Span(talks, 0, len(talks)))])
        first = date(2023, 1, 1)
        for i in range(bulk):
            doc = f"many-{i}"
            db.add_article(article(doc, f"Report number {i} of shelling.", published=None),
                           [mention(doc, trigger=f"shelled{i}", actor=TURKEY,
                                    when=(first + timedelta(days=i)).isoformat(),
                                    reported=first + timedelta(days=i))])
    return old
