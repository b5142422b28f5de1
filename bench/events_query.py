"""Merged events at scale: build a SQLite store of N invented mentions (default 100,000),
merge them into events, and time the first page (50 rows) of one actor's events sorted by
date. Prints one `name value` pair per line.

usage: python bench/events_query.py [--mentions N] [--db PATH] [--repeat N]

The mentions are synthetic (random dyads over 40 state codes with a skew towards a few
pairs, PLOVER types, dates over three years at day, month or no granularity); the timing is
of the store's query, which does not depend on what the sentences say.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from dossier.merge import Merger
from dossier.model import EVENT_TYPES, Actor, ActorRef, Article, Mention, Span, When
from dossier.store import Database

CODES = [f"C{n:02d}" for n in range(40)]
PER_ARTICLE = 5


def _ref(code: str) -> ActorRef:
    return ActorRef(Actor(name=f"State {code}", kind="country", country=code), code, 0, 3)


def _mention(rnd: random.Random, doc: str, n: int, published: date) -> Mention:
    # a skewed choice of parties: a few pairs make most of the news, as in real feeds
    a, b = (CODES[min(int(rnd.paretovariate(1.2)) - 1, 39)] for _ in range(2))
    day = published - timedelta(days=rnd.randint(0, 20))
    roll = rnd.random()
    when = (When(day.isoformat(), "day", "explicit", "on Monday") if roll < 0.7 else
            When(day.isoformat()[:7], "month", "explicit", "last month") if roll < 0.85 else None)
    return Mention(doc=doc, type=rnd.choice(EVENT_TYPES), trigger=Span("did", 10 * n, 10 * n + 3),
                   evidence=Span("Someone did something.", 10 * n, 10 * n + 22),
                   actor=_ref(a), recipient=_ref(b), date=when, reported=published)


def build(path: str, mentions: int, seed: int = 7) -> dict[str, float]:
    rnd = random.Random(seed)
    start = date(2022, 1, 1)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    with Database.open(path) as db:  # stored first, merged in one pass below
        for k in range(mentions // PER_ARTICLE):
            published = start + timedelta(days=rnd.randint(0, 3 * 365))
            doc = f"synthetic-{k}"
            db.add_article(Article(doc=doc, body=f"Article {k}.", published=published),
                           [_mention(rnd, doc, n, published) for n in range(PER_ARTICLE)])
    timings["store_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with Database.open(path, merger=Merger()) as db:
        timings["events"] = len(db.events())
    timings["merge_all_s"] = time.perf_counter() - t0
    return timings


def incremental(path: str, articles: int = 50, seed: int = 11) -> float:
    """Milliseconds to store and merge one more article into the full store."""
    rnd = random.Random(seed)
    with Database.open(path, merger=Merger()) as db:
        opened = time.perf_counter()
        for k in range(articles):
            published = date(2023, 1, 1) + timedelta(days=rnd.randint(0, 365))
            doc = f"extra-{seed}-{k}"
            db.add_article(Article(doc=doc, body=f"Extra {k}.", published=published),
                           [_mention(rnd, doc, n, published) for n in range(PER_ARTICLE)])
        spent = time.perf_counter() - opened
    return spent * 1000 / articles


def first_page(path: str, actor: str, repeat: int) -> list[float]:
    out = []
    with Database.open(path) as db:
        db.events(actor=actor, limit=50)  # warm the connection and the page cache
        for _ in range(repeat):
            t0 = time.perf_counter()
            page = db.events(actor=actor, limit=50)
            out.append((time.perf_counter() - t0) * 1000)
        assert len(page) == 50, len(page)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--db", help="keep the store here  [default: a temporary file]")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or str(Path(tmp) / "events.db")
        if not Path(path).exists():
            for name, value in build(path, args.mentions).items():
                print(f"{name} {value:.1f}")
        print(f"mentions {args.mentions}")
        print(f"ingest_ms_per_article_with_merging {incremental(path):.1f}")
        for actor in ("C00", "C20", "state c05"):  # the busiest, a rare one, by name
            times = first_page(path, actor, args.repeat)
            print(f"first_page_ms[{actor}] median {statistics.median(times):.1f} "
                  f"max {max(times):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
