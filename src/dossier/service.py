"""The jobs behind the CLI, as plain Python functions: ingest files into a store, export the
stored mentions, or extract mentions from files without storing them. This is where reading,
the pipeline and the store meet; each article is its own unit of success or failure.

An article is known by its id (the JSON Lines ``id``, else the file name): the same text
under a new id is stored again, as a copy; a new text under a stored id is a new version."""

from __future__ import annotations

import logging
import sys
import time
from contextlib import ExitStack, contextmanager
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any, TextIO

from dossier.model import Article, Skipped
from dossier.pipeline import Pipeline, Processed
from dossier.settings import Settings

if TYPE_CHECKING:
    from dossier.cluster import ClusterSpec

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    """What one ingest run did."""

    articles: int = 0  # stored under an id new to the store
    copies: int = 0  # of those, how many repeat a text stored under another id
    versions: int = 0  # new texts under ids already stored (they replace the old analysis)
    duplicates: int = 0  # already stored (same id, same text), left alone
    mentions: int = 0
    actor_refs: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)  # stored without a publication date
    truncated: list[str] = field(default_factory=list)  # cut to the max_chars setting
    passed_over: list[str] = field(default_factory=list)  # files in a folder that are no input

    def summary(self) -> str:
        stored = f"stored {self.articles} new article(s)"
        if self.copies:
            stored += f" ({self.copies} of them copies of a text stored under another id)"
        if self.versions:
            stored += f" and {self.versions} new version(s) of stored articles"
        lines = [f"{stored} with {self.mentions} event mention(s) "
                 f"and {self.actor_refs} actor mention(s); {self.duplicates} already stored; "
                 f"{len(self.skipped)} skipped"]
        if self.undated:
            lines.append(f"  {len(self.undated)} article(s) have no publication date, so their "
                         f"relative dates (\"on Tuesday\", \"last month\") are unresolved: "
                         f"{_few(self.undated)}; "
                         f"give one with --published DATE")
        if self.truncated:
            lines.append(f"  {len(self.truncated)} article(s) were longer than the max_chars "
                         f"setting and only their beginning was analysed: {_few(self.truncated)}")
        if self.passed_over:
            lines.append(f"  passed over {len(self.passed_over)} file(s) that are not articles "
                         f"(dossier reads .txt, .html, .htm, .jsonl and their .gz): "
                         f"{_few(self.passed_over)}")
        lines += [f"  skipped {item.origin}: {item.reason}" for item in self.skipped]
        return "\n".join(lines)


def _few(names: Sequence[str], shown: int = 5) -> str:
    return ", ".join(names[:shown]) + (" …" if len(names) > shown else "")


def _articles(paths: Sequence[str], report: IngestReport, *, published: date | None,
              stdin: TextIO | None, max_chars: int) -> Iterator[Article]:
    from dossier.ingest import PassedOver, read_inputs

    for item in read_inputs(paths, stdin=stdin):
        if isinstance(item, PassedOver):
            report.passed_over.append(item.origin)
            continue
        if isinstance(item, Skipped):
            log.debug("skipped %s: %s", item.origin, item.reason)  # the summary lists it
            report.skipped.append(item)
            continue
        if published is not None and item.published is None:
            item = replace(item, published=published)
        if len(item.text) > max_chars:
            log.warning("%s: %d characters; only the first %d are analysed",
                        item.origin or item.doc, len(item.text), max_chars)
            report.truncated.append(item.origin or item.doc)
            item = replace(item, body=item.body[:max(0, max_chars - item.body_offset)])
        yield item


def _progress(items: Iterable, enabled: bool) -> Iterable:
    if not enabled:
        return items
    from tqdm import tqdm

    # disable=None: a bar on a terminal, silence in pipes and CI logs.
    return tqdm(items, unit=" articles", disable=None, leave=False)


def open_store(settings: Settings, *, merge: bool = True, create: bool = True):
    """The store of ``settings``; with ``merge`` (the default) it merges mentions into
    events as articles are stored, and merges any it holds that are not merged yet.
    ``create=False`` (reading) refuses a SQLite file that does not exist."""
    from dossier.store import Database

    merger = None
    if merge:
        from dossier.merge import Merger

        merger = Merger()
    return Database.open(settings.db, merger=merger, create=create)


def ingest_paths(paths: Sequence[str], settings: Settings, *, published: date | None = None,
                 progress: bool = False, stdin: TextIO | None = None,
                 pipeline: Pipeline | None = None, merge: bool = True,
                 cluster: ClusterSpec | None = None,
                 on_ready: Callable[[Any], None] | None = None) -> IngestReport:
    """Read, analyse and store articles. Bad inputs are skipped and reported, never fatal; an
    article is stored whole (with its mentions) or not at all. An id already stored with the
    same text is left alone; a copy of a stored text under a new id is analysed and stored
    under its own id (its publication date may differ, and with it the dates it resolves);
    a new text under a stored id replaces the old one's analysis, keeping the old text.
    Each article's mentions are merged into events as it is stored (``merge=False`` leaves
    that to the next command that opens the store with merging).

    With ``cluster`` the analysis runs on Dask workers (``dossier.cluster``); reading, the
    duplicate checks and storing stay in this process and are the same as without;
    ``on_ready(client)`` is called once every worker has loaded the pipeline."""
    report = IngestReport()
    pipeline = pipeline or Pipeline(settings)
    with ExitStack() as stack:
        # the cluster first: a bad address or a missing extra fails before the store exists
        session = _connect(cluster, pipeline, progress, on_ready) if cluster else None
        session = stack.enter_context(session) if session is not None else None
        db = stack.enter_context(open_store(settings, merge=merge))
        seen: set[tuple[str, str]] = set()

        def fresh() -> Iterator[Article]:
            for article in _articles(paths, report, published=published, stdin=stdin,
                                     max_chars=settings.max_chars):
                key = (article.doc, article.content_hash)
                if key in seen or db.is_stored(article):
                    report.duplicates += 1
                    continue
                seen.add(key)
                yield article

        if session is None:
            outcomes = _progress(pipeline.run(fresh()), progress)
        else:
            outcomes = _on_cluster(session, fresh(), progress)
        batch: list[Processed] = []
        started = time.monotonic()
        for outcome in outcomes:
            if outcome.error is not None:
                report.skipped.append(Skipped(outcome.article.origin or outcome.article.doc,
                                              outcome.error))
                continue
            if not batch:
                started = time.monotonic()
            batch.append(outcome)
            if len(batch) >= WRITE_BATCH or time.monotonic() - started >= WRITE_SECONDS:
                _store(db, batch, report)
                batch = []
        _store(db, batch, report)
    return report


# Articles per write transaction: one bulk insert and one merge pass per batch instead of
# per article. A batch that has waited WRITE_SECONDS is written when the next article is
# analysed, so a slow analysis shows its articles as it goes and an interrupted ingest loses
# the batch in hand and the article being analysed at most.
WRITE_BATCH = 64
WRITE_SECONDS = 1.0


def _store(db, batch: list[Processed], report: IngestReport) -> None:
    """Store analysed articles in one transaction and count what happened to each."""
    outcomes = db.add_articles([(o.article, o.mentions, o.actors) for o in batch])
    for outcome, stored in zip(batch, outcomes):
        _count(outcome, stored, report)


def _count(outcome: Processed, stored: str, report: IngestReport) -> None:
    if stored == "unchanged":
        report.duplicates += 1
        return
    if stored == "version":
        report.versions += 1
    else:
        report.articles += 1
        report.copies += stored == "copy"
    if outcome.article.published is None:
        report.undated.append(outcome.article.doc)
    report.mentions += len(outcome.mentions)
    report.actor_refs += len(outcome.actors)


@contextmanager
def _connect(spec: ClusterSpec, pipeline: Pipeline, progress: bool,
             on_ready: Callable[[Any], None] | None):
    """The cluster session, and where Dask serves one, the dashboard's address."""
    from dossier.cluster import connect, dashboard_link

    with connect(spec, pipeline) as session:
        link = dashboard_link(session.client, spec)
        if link and progress:
            print(f"Dask dashboard: {link}", file=sys.stderr)
        if on_ready is not None:
            on_ready(session.client)
        yield session


def _on_cluster(session, articles: Iterable[Article], progress: bool) -> Iterator[Processed]:
    """The outcomes from Dask workers, with a progress bar advanced per finished partition."""
    if not progress:
        yield from session.run(articles)
        return
    from tqdm import tqdm

    with tqdm(unit=" articles", disable=None, leave=False) as bar:
        yield from session.run(articles, on_partition=bar.update)


def export_mentions(settings: Settings, out: TextIO, fmt: str = "jsonl") -> int:
    """Write every stored mention to ``out`` in the export contract (``jsonl`` or ``csv``);
    return how many were written."""
    from dossier.export import write_mentions

    with open_store(settings, create=False) as db:
        found = db.mention_events()
    return write_mentions(found, fmt, out)


def export_events(settings: Settings, out: TextIO, fmt: str = "jsonl") -> int:
    """Write every stored event (with its mention ids) to ``out`` as ``jsonl`` or ``csv``;
    return how many were written."""
    from dossier.export import write_events

    with open_store(settings) as db:
        found = db.events()
        members = db.event_members()
    return write_events(found, members, fmt, out)


def extract_records(paths: Sequence[str], settings: Settings,
                    pipeline: Pipeline | None = None) -> list[dict]:
    """Event mentions of the articles in ``paths`` as export records, without storing them."""
    from dossier.export import mention_record

    pipeline = pipeline or Pipeline(settings)
    records: list[dict] = []
    for outcome in pipeline.run(_articles(paths, IngestReport(), published=None, stdin=None,
                                          max_chars=settings.max_chars)):
        records.extend(mention_record(m) for m in outcome.mentions)
    return records
