"""Scale benchmark: ingest on one machine vs Dask, write rates into SQLite and PostgreSQL,
and the queries analysts run on a store of a million mentions. Prints one `name value`
line per figure (times in ms are medians unless named p95).

usage: python bench/scale.py [--articles N] [--mentions N] [--pg URL] [--skip-ingest]

1. A corpus of N articles (default 2,000) made from the team's VOA stories
   (../shared/corpus/voa/stories.jsonl; the bundled demo corpus when that is absent): each
   story in variants with their own ids, a sentence left out and two sentences of another
   story added, so that every text is distinct (identical texts would be stored once).
2. The same corpus ingested by the single-machine path (1 and 2 processes) and on local
   Dask clusters of 1 and 2 workers, each into a fresh SQLite store; peak RSS of every
   process (sampled), rate once the workers are up, dask_speedup (2 workers over 1).
3. Write rates: the analysed articles stored again (fresh ids) through the bulk path into
   SQLite and PostgreSQL, with merging.
4. A store of --mentions synthetic mentions (default 1,000,000; bench/events_query.py's
   distribution) on each database: monthly timeline counts, the first page (50) of one
   party's events, the network, one event, with the store's fast paths (and once each the
   full scans they replace); the API endpoints' p95 over the same store; a Parquet export
   of every mention read back with pandas; the GraphML network read back with networkx.

PostgreSQL: --pg (default $DOSSIER_BENCH_PG_URL, else postgresql+psycopg://postgres@
127.0.0.1:5432/postgres) names a server where the bench may create and drop its own
databases (dossier_bench_*). Timings on a shared machine are noisy: read them as such.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_query import CODES, PER_ARTICLE  # noqa: E402 - the same synthetic distribution

from dossier.model import EVENT_TYPES, Actor, ActorRef, Article  # noqa: E402
from dossier.store import Database, bulk, codec, rollups  # noqa: E402
from dossier.store.filters import MentionFilter  # noqa: E402
from dossier.store.schema import articles as articles_t  # noqa: E402
from dossier.store.schema import events as events_t  # noqa: E402
from dossier.store.schema import mentions as mentions_t  # noqa: E402

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "voa" / "stories.jsonl"
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def say(name: str, value: float | int | str) -> None:
    text = f"{value:.1f}" if isinstance(value, float) else str(value)
    print(f"{name} {text}", flush=True)


# -- 1. the corpus ------------------------------------------------------------------------

def make_corpus(n: int, out: Path) -> Path:
    source = SHARED_CORPUS if SHARED_CORPUS.is_file() else \
        Path(str(resources.files("dossier") / "demo" / "corpus.jsonl"))
    if source != SHARED_CORPUS:
        print(f"note: {SHARED_CORPUS} not found; using the demo corpus", file=sys.stderr)
    stories = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    seen: set[str] = set()
    with out.open("w", encoding="utf-8") as f:
        k = 0
        while len(seen) < n:
            story, variant = stories[k % len(stories)], k // len(stories)
            other = stories[(k * 7 + 3) % len(stories)]
            k += 1
            sentences = re.split(r"(?<=[.!?])\s+", story.get("text", ""))
            if variant:
                sentences.pop(variant % len(sentences))
                sentences += re.split(r"(?<=[.!?])\s+", other.get("text", ""))[:2]
            text = " ".join(sentences)
            digest = hashlib.sha256(text.encode()).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            published = date.fromisoformat(story.get("published") or "2025-01-01")
            f.write(json.dumps({**story, "id": f"{story['id']}-v{variant}", "text": text,
                                "published": (published + timedelta(days=variant)).isoformat()})
                    + "\n")
    return out


# -- 2. ingest, single machine vs Dask ----------------------------------------------------

class RssSampler:
    """The peak resident memory of this process and every descendant, by pid, sampled."""

    def __init__(self, every: float = 0.25) -> None:
        import psutil

        self._psutil, self._every = psutil, every
        self.peaks: dict[int, tuple[str, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = self._psutil.Process()
        while not self._stop.is_set():
            for p in [me, *me.children(recursive=True)]:
                try:
                    mb = p.memory_info().rss / 2**20
                    name = " ".join(p.cmdline()[1:3])[-60:] or p.name()
                except (self._psutil.Error, OSError):
                    continue
                if mb > self.peaks.get(p.pid, ("", 0.0))[1]:
                    self.peaks[p.pid] = (name, mb)
            self._stop.wait(self._every)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def ingest_compare(corpus: Path, articles: int) -> None:
    from dossier.cluster import ClusterSpec
    from dossier.pipeline import Pipeline
    from dossier.service import ingest_paths
    from dossier.settings import load_settings

    ready_at: list[float] = []
    rates: dict[str, float] = {}
    runs = [("single_1", 1, None), ("single_2", 2, None),
            ("dask_1", 1, ClusterSpec(local=1, partition_articles=16)),
            ("dask_2", 1, ClusterSpec(local=2, partition_articles=16))]
    worst = 0.0
    for name, processes, spec in runs:
        settings = load_settings({"processes": processes})
        pipeline = Pipeline(settings)
        with tempfile.TemporaryDirectory() as tmp, RssSampler() as rss:
            started = time.perf_counter()
            if spec is None:
                pipeline.load()
                ready_at.append(time.perf_counter())
            report = ingest_paths([str(corpus)], replace(settings, db=str(Path(tmp) / "i.db")),
                                  pipeline=pipeline, cluster=spec,
                                  on_ready=(lambda _c: ready_at.append(time.perf_counter()))
                                  if spec else None)
            ended = time.perf_counter()
        ready = ready_at.pop()
        rates[name] = report.articles / (ended - ready)
        say(f"{name}_articles", report.articles)
        say(f"{name}_wall_s", ended - started)
        say(f"{name}_articles_per_s", round(rates[name], 2))
        others = [(mb, label) for pid, (label, mb) in rss.peaks.items() if pid != os.getpid()]
        say(f"{name}_peak_rss_mb_main", rss.peaks[os.getpid()][1])
        for i, (mb, _label) in enumerate(sorted(others, reverse=True)[:4]):
            say(f"{name}_peak_rss_mb_child{i}", mb)  # the largest are the workers
            worst = max(worst, mb)
    say("dask_speedup", round(rates["dask_2"] / rates["dask_1"], 2))
    say("dask_2_over_single_2", round(rates["dask_2"] / rates["single_2"], 2))
    say("peak_rss_mb", worst)


# -- 3. write rates -----------------------------------------------------------------------

def write_rates(corpus: Path, pg: str | None, articles: int) -> None:
    from dossier.ingest import read_inputs
    from dossier.merge import Merger
    from dossier.pipeline import Pipeline
    from dossier.settings import load_settings

    base = [a for a in read_inputs([str(corpus)]) if isinstance(a, Article)][:60]
    outcomes = [o for o in Pipeline(load_settings({"processes": 1})).run(base) if o.error is None]
    batch_items = []
    for k in range(articles):  # fresh ids and texts: every one is a new article
        o = outcomes[k % len(outcomes)]
        doc = f"w{k}-{o.article.doc}"
        art = replace(o.article, doc=doc, body=o.article.body + f" ({k})")
        batch_items.append((art, [replace(m, doc=doc) for m in o.mentions], o.actors))
    rows = sum(1 + len(ms) + len(refs) for _, ms, refs in batch_items)
    for label, where in (("sqlite", None), ("postgresql", pg)):
        if label == "postgresql" and where is None:
            continue
        with _fresh(label, where) as url, Database.open(url, merger=Merger()) as db:
            started = time.perf_counter()
            for i in range(0, len(batch_items), 64):
                db.add_articles(batch_items[i:i + 64])
            spent = time.perf_counter() - started
        say(f"write_{label}_articles_per_s", round(len(batch_items) / spent, 1))
        say(f"write_{label}_rows_per_s", round(rows / spent))


@contextmanager
def _fresh(label: str, pg: str | None) -> Iterator[str]:
    """A new empty database: a SQLite file, or a PostgreSQL database of its own."""
    if label == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield str(Path(tmp) / "bench.db")
        return
    from sqlalchemy import create_engine, make_url, text

    name = f"dossier_bench_{os.getpid()}_{random.randrange(10**6)}"
    admin = create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# -- 4. a million mentions ----------------------------------------------------------------

def _ref_json(code: str) -> str:
    return codec._dump(codec._ref_dict(ActorRef(Actor(name=f"State {code}", kind="country",
                                                      country=code), code, 0, 3)))


def synthetic_rows(mentions: int, seed: int = 7
                   ) -> Iterator[tuple[list[dict], list[dict], list[dict]]]:
    """Articles, mentions and events in chunks, drawn as bench/events_query.py draws them
    (skewed dyads over 40 state codes, PLOVER types, dates at day, month or no granularity
    over three years). An event is the reports of one type, dyad and date (the merger's
    grouping costs what bench/throughput.py measures; these rows time the queries)."""
    rnd = random.Random(seed)
    refs = {c: _ref_json(c) for c in CODES}
    why = codec._dump({"joined": None, "reasons": []})
    template = {"mode": None, "cameo": None, "status": "fact", "confidence": 0.5,
                "trigger_text": "did", "evidence_text": "Someone did something.",
                "source_json": None, "others_json": "[]", "object_json": None,
                "location_json": None, "explain_json": "[]", "rules_json": "[]", "lead": None}
    events: dict[str, dict] = {}
    start = date(2022, 1, 1)
    chunk_articles = 4000
    article_id = 0
    for first in range(0, mentions // PER_ARTICLE, chunk_articles):
        arts, rows = [], []
        for k in range(first, min(first + chunk_articles, mentions // PER_ARTICLE)):
            article_id += 1
            published = start + timedelta(days=rnd.randint(0, 3 * 365))
            doc = f"synthetic-{k}"
            arts.append({"id": article_id, "doc": doc, "content_hash": f"{k:064x}",
                         "body": f"Article {k}.", "published": published, "version": 1})
            for n in range(PER_ARTICLE):
                a, b = (CODES[min(int(rnd.paretovariate(1.2)) - 1, 39)] for _ in range(2))
                type_ = rnd.choice(EVENT_TYPES)
                day = published - timedelta(days=rnd.randint(0, 20))
                roll = rnd.random()
                value, gran = ((day.isoformat(), "day") if roll < 0.7 else
                               (day.isoformat()[:7], "month") if roll < 0.85 else (None, None))
                days = codec.day_range(value) if value else (published, published)
                key = f"{type_}|{a}|{b}|{value}"
                eid = "e" + hashlib.blake2b(key.encode(), digest_size=9).hexdigest()
                ev = events.get(eid)
                if ev is None:
                    ev = events[eid] = {
                        "event_id": eid, "block_key": f"{type_}|{min(a, b)}|{max(a, b)}",
                        "type": type_, "actor_code": a, "actor_name": f"state {a.lower()}",
                        "recipient_code": b, "recipient_name": f"state {b.lower()}",
                        "date_value": value, "day_from": days[0] if value else None,
                        "day_to": days[1] if value else None, "location": None,
                        "mentions": 0, "articles": 0, "outlets": 1, "sources": 0,
                        "first_reported": published, "last_reported": published,
                        "asserted": 0, "contested": 0,
                        "picture_json": codec._dump({
                            "actor": f"State {a}", "recipient": f"State {b}", "claimed_by": [],
                            "denied_by": [], "negated_by": [], "planned_by": []})}
                ev["mentions"] += 1
                ev["articles"] += 1
                ev["asserted"] += 1
                ev["first_reported"] = min(ev["first_reported"], published)
                ev["last_reported"] = max(ev["last_reported"], published)
                rows.append({**template, "article_id": article_id, "event_id": eid,
                             "type": type_, "trigger_start": 10 * n, "trigger_end": 10 * n + 3,
                             "evidence_start": 10 * n, "evidence_end": 10 * n + 22,
                             "actor_code": a, "actor_name": f"state {a.lower()}",
                             "recipient_code": b, "recipient_name": f"state {b.lower()}",
                             "day_from": days[0], "day_to": days[1], "reported": published,
                             "actor_json": refs[a], "recipient_json": refs[b],
                             "date_json": codec._dump({"value": value, "granularity": gran,
                                                       "basis": "explicit", "text": "then",
                                                       "start": None, "end": None})
                             if value else None,
                             "ordinal": n, "block_key": ev["block_key"], "merge_json": why})
        yield arts, rows, []
    yield [], [], list(events.values())


def build_store(url: str, mentions: int,
                rows_of: Callable[[int], Iterator[tuple[list[dict], list[dict], list[dict]]]]
                = synthetic_rows) -> tuple[float, int]:
    """Fill an empty store with synthetic rows (``rows_of(mentions)``, by default
    ``synthetic_rows``) through the store's bulk insert and rollups; return the seconds it
    took and the rows written (articles, mentions, events)."""
    started = time.perf_counter()
    written = 0
    with Database.open(url) as db:
        engine = db._engine  # noqa: SLF001 - the bench writes rows the store's way, in bulk
        for arts, rows, evs in rows_of(mentions):
            written += len(arts) + len(rows) + len(evs)
            with engine.begin() as conn:
                bulk.insert(conn, articles_t, arts)
                bulk.insert(conn, mentions_t, rows)
                for i in range(0, len(evs), 50_000):
                    bulk.insert(conn, events_t, evs[i:i + 50_000])
                if rows:
                    rollups.apply(conn, *rollups.deltas(rows))
        if engine.dialect.name == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                from sqlalchemy import text

                conn.execute(text("ANALYZE"))
        else:
            with engine.begin() as conn:
                from sqlalchemy import text

                conn.execute(text("ANALYZE"))
    return time.perf_counter() - started, written


def _times(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm: connection, page cache, statement cache
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def query_times(label: str, url: str, repeat: int, scans: bool) -> None:
    from dossier.api.network import build_network
    from dossier.api.timeline import bucket

    with Database.open(url) as db:
        def monthly() -> dict:
            months: Counter = Counter()
            for day, type_, n in db.month_counts(MentionFilter()):
                months[(bucket(day, "month")[0] if day else "undated", type_)] += n
            return months

        def network() -> dict:
            return build_network(db.dyad_counts(MentionFilter()))

        ids = [e.event_id for e in db.events(actor="C03", limit=50)][:20]
        figures = {"timeline_month": monthly, "network": network}
        for actor in ("C00", "C20", "state c05"):
            figures[f"events_first_page[{actor}]"] = \
                lambda actor=actor: db.events(actor=actor, limit=50)
        figures["one_event"] = lambda: db.event(random.choice(ids))
        for name, fn in figures.items():
            times = _times(fn, repeat)
            say(f"{label}_{name}_ms", statistics.median(times))
            say(f"{label}_{name}_p95_ms", _p95(times))
        if scans:  # what the rollups replace: counting over every mention, once
            saved = rollups.timeline_serves, rollups.dyads_serve
            rollups.timeline_serves = rollups.dyads_serve = lambda f: False
            try:
                for name in ("timeline_month", "network"):
                    t0 = time.perf_counter()
                    figures[name]()
                    say(f"{label}_{name}_full_scan_ms", (time.perf_counter() - t0) * 1000)
            finally:
                rollups.timeline_serves, rollups.dyads_serve = saved
        api_times(label, db, ids, repeat)


def api_times(label: str, db: Database, ids: list[str], repeat: int) -> None:
    from fastapi.testclient import TestClient

    from dossier.api.app import create_app
    from dossier.settings import load_settings

    client = TestClient(create_app(load_settings({"db": db.where}), db=db))
    routes = {"timeline": "/api/timeline?interval=month", "network": "/api/network",
              "mentions_actor": "/api/mentions?actor=C00&limit=50",
              "events_actor": "/api/events?actor=C00&limit=50",
              "event": f"/api/events/{ids[0]}"}
    for name, path in routes.items():
        if client.get(path).status_code != 200:
            say(f"{label}_api_{name}", "absent")
            continue
        times = _times(lambda path=path: client.get(path), repeat)
        say(f"{label}_api_{name}_p95_ms", _p95(times))


def exports_readback(url: str, mentions: int) -> None:
    import networkx as nx
    import pandas as pd

    from dossier.exports.jobs import export_mentions, export_network
    from dossier.settings import load_settings

    settings = load_settings({"db": url})
    with tempfile.TemporaryDirectory() as tmp:
        with RssSampler() as rss:
            t0 = time.perf_counter()
            written = export_mentions(settings, "parquet", str(Path(tmp) / "m.parquet"))
            say("parquet_export_s", time.perf_counter() - t0)
        say("parquet_export_peak_rss_mb", rss.peaks[os.getpid()][1])
        frame = pd.read_parquet(Path(tmp) / "m.parquet")
        say("parquet_rows_written", written)
        say("parquet_rows_read", len(frame))
        say("parquet_rows_match", int(len(frame) == written == mentions))
        say("parquet_types", ",".join(f"{c}:{t}" for c, t in frame.dtypes.astype(str).items()
                                      if c in ("day_from", "date_value", "reported",
                                               "confidence", "trigger_start", "type")
                                      or "date" in c))
        t0 = time.perf_counter()
        nodes, edges = export_network(settings, "graphml", str(Path(tmp) / "n.graphml"))
        say("graphml_export_ms", (time.perf_counter() - t0) * 1000)
        graph = nx.read_graphml(Path(tmp) / "n.graphml")
        say("graphml_nodes", graph.number_of_nodes())
        say("graphml_edges", graph.number_of_edges())
        say("graphml_counts_match", int((graph.number_of_nodes(), graph.number_of_edges())
                                        == (nodes, edges)))
        say("graphml_edge_count_sum", sum(int(d["count"]) for _, _, d in graph.edges(data=True)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--mentions", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--pg", default=os.environ.get("DOSSIER_BENCH_PG_URL", DEFAULT_PG),
                        help="a PostgreSQL server for the bench's own databases ('' skips it)")
    parser.add_argument("--skip-ingest", action="store_true",
                        help="only the store at volume (parts 3 and 4)")
    parser.add_argument("--skip-ingest-compare", action="store_true",
                        help="leave out part 2 (the ingest runs)")
    args = parser.parse_args(argv)
    pg = args.pg or None
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_ingest:
            corpus = make_corpus(args.articles, Path(tmp) / "corpus.jsonl")
            say("corpus_articles", args.articles)
            if not args.skip_ingest_compare:
                ingest_compare(corpus, args.articles)
            write_rates(corpus, pg, min(args.articles, 2000))
        say("mentions", args.mentions)
        for label in ("sqlite", "postgresql"):
            if label == "postgresql" and pg is None:
                continue
            with _fresh(label, pg) as url:
                spent, rows = build_store(url, args.mentions)
                say(f"{label}_build_s", spent)
                say(f"{label}_build_rows", rows)
                say(f"{label}_build_rows_per_s", round(rows / spent))
                query_times(label, url, args.repeat, scans=True)
                if label == "sqlite":
                    exports_readback(url, args.mentions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
