"""Orchestration: articles → spaCy → resolution → extraction. No storage here.

With more than one worker the whole per-article work (parse, resolution, extraction) runs in
worker processes, and only small results travel back: shipping spaCy Docs between processes
costs about as much as parsing them, and resolution would otherwise hold up the main one.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from typing import TypeVar

from dossier.actors.resolve import KnowledgeBase, resolve_actors
from dossier.events import Extractor, RuleExtractor
from dossier.limits import TimeLimitExceeded, time_limit
from dossier.model import ActorRef, Analysis, Article, Mention
from dossier.nlp import load_pipeline
from dossier.nlp.headlines import NameFinder, kb_names, parse
from dossier.places import resolve_places
from dossier.places.gazetteer import load_gazetteer
from dossier.settings import Settings
from dossier.time import find_times

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Processed:
    """One article's outcome: its actor mentions and event mentions, or why it failed."""

    article: Article
    actors: tuple[ActorRef, ...] = ()
    mentions: tuple[Mention, ...] = ()
    error: str | None = None


@dataclass
class Pipeline:
    """Everything needed to turn articles into event mentions; loads models on first use."""

    settings: Settings = field(default_factory=Settings)
    extractor: Extractor | None = None
    _loaded: bool = field(default=False, init=False, repr=False)

    @cached_property
    def nlp(self):
        return load_pipeline(self.settings.spacy_model)

    @cached_property
    def kb(self) -> KnowledgeBase:
        return KnowledgeBase.from_files(self.settings.kb)

    @cached_property
    def _names(self) -> NameFinder:
        """The knowledge base's names, which keep their capitals in a title-case headline."""
        return kb_names(self.kb)

    @cached_property
    def _extractor(self) -> Extractor:
        return self.extractor or RuleExtractor.default(kb=self.kb)

    def load(self) -> Pipeline:
        """Load every model and table now rather than on the first article: the spaCy pipeline,
        the knowledge base and its name finder, the extractor's lexicons and the gazetteer.
        Forked workers then share one copy, and a timing of articles leaves loading out."""
        if self._loaded:
            return self
        self.nlp, self.kb, self._names, self._extractor  # noqa: B018 - cached properties
        load_gazetteer()
        # Half a million long-lived objects: the collector's full passes would walk them all
        # again and again (a third of a second per pass), and in forked workers touch their
        # pages. Frozen, it leaves them alone.
        gc.collect()
        gc.freeze()
        self._loaded = True
        return self

    def analyse(self, article: Article, doc) -> Analysis:
        """Resolve actors, time and places over an article's parse."""
        actors = tuple(resolve_actors(doc, self.kb, on=article.published))
        times = tuple(find_times(doc, article.published))
        places = tuple(resolve_places(doc, dateline=article.dateline,
                                      countries=[a.actor.country for a in actors if a.actor.country]))
        return Analysis(article=article, doc=doc, actors=actors, times=times, places=places)

    def extract(self, analysis: Analysis) -> list[Mention]:
        return self._extractor.extract(analysis)

    def run(self, articles: Iterable[Article]) -> Iterator[Processed]:
        """Yield each article's outcome, in input order; an article whose analysis fails
        yields its error instead of stopping the rest."""
        self.load()  # not inside the first article's time limit
        if self.settings.workers <= 1:
            yield from self._process_batches(articles)
            return
        yield from self._run_in_workers(articles)

    def process(self, article: Article) -> list[Mention]:
        """The mentions of one article (errors propagate)."""
        doc, _ = next(parse(self.nlp, [(article.text, article)], names=self._names))
        return self.extract(self.analyse(article, doc))

    def process_batch(self, articles: Sequence[Article]) -> list[Processed]:
        """The outcomes of a batch of articles, in order: the one per-article function that
        every way of running shares (this process, forked workers, Dask workers)."""
        return list(self._process_batches(articles))

    def _process_batches(self, articles: Iterable[Article]) -> Iterator[Processed]:
        for batch in _chunks(articles, self.settings.batch_size):
            try:
                parsed = list(parse(self.nlp, ((a.text, a) for a in batch), names=self._names,
                                    batch_size=self.settings.batch_size))
            except Exception:  # noqa: BLE001 - find the article spaCy failed on; keep the rest
                log.debug("parsing a batch failed; parsing its articles one by one", exc_info=True)
                yield from (self._alone(article) for article in batch)
                continue
            yield from (self._outcome(article, doc) for doc, article in parsed)

    def _alone(self, article: Article) -> Processed:
        try:
            [(doc, _)] = parse(self.nlp, [(article.text, article)], names=self._names)
        except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the batch
            log.debug("parsing %s failed", article.origin or article.doc, exc_info=True)
            return Processed(article, error=f"parsing failed ({type(exc).__name__}: {exc})")
        return self._outcome(article, doc)

    def _outcome(self, article: Article, doc) -> Processed:
        try:
            with time_limit(self.settings.max_seconds):
                analysis = self.analyse(article, doc)
                return Processed(article, analysis.actors, tuple(self.extract(analysis)))
        except TimeLimitExceeded as exc:
            return Processed(article, error=f"analysis {exc} (the max_seconds setting)")
        except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the batch
            log.debug("analysis of %s failed", article.origin or article.doc, exc_info=True)
            return Processed(article, error=f"analysis failed ({type(exc).__name__}: {exc})")

    def _run_in_workers(self, articles: Iterable[Article]) -> Iterator[Processed]:
        global _WORKER_PIPELINE
        self.load()  # before forking: workers share it
        _WORKER_PIPELINE = self
        batch = self.settings.batch_size
        # Chunks bound memory and keep reading (and the store's duplicate checks) in this
        # thread; within a chunk the workers take batches in turn.
        chunk = batch * self.settings.workers * 4
        context = multiprocessing.get_context("fork")
        with context.Pool(self.settings.workers, initializer=_die_with_parent) as pool:
            for articles_chunk in _chunks(articles, chunk):
                for outcomes in pool.imap(_work, _chunks(articles_chunk, batch)):
                    yield from outcomes


_WORKER_PIPELINE: Pipeline | None = None  # inherited by forked workers


def _work(batch: list[Article]) -> list[Processed]:
    assert _WORKER_PIPELINE is not None, "workers are forked from Pipeline._run_in_workers"
    return _WORKER_PIPELINE.process_batch(batch)


def _die_with_parent() -> None:
    """A worker ends when the process that started it does, even when that one is killed
    (SIGKILL leaves no chance to stop the pool): otherwise orphans keep parsing and print
    BrokenPipeError tracebacks. Linux only (prctl); elsewhere the pool's own cleanup stays."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
