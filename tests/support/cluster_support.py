"""Helpers for the Dask cluster tests (tests/cli/test_cluster.py). Dask workers import this
module by name (the test process's sys.path travels to the worker processes it spawns)."""

from __future__ import annotations

import os

from collections.abc import Sequence
from dataclasses import dataclass

from dossier.model import Article
from dossier.pipeline import Pipeline, Processed


@dataclass
class CrashingPipeline(Pipeline):
    """The real pipeline, except that a batch holding an article whose id starts with
    ``crash`` raises as a whole, as a worker-level fault would (out of the per-article
    safety net)."""

    def process_batch(self, articles: Sequence[Article]) -> list[Processed]:
        if any(article.doc.startswith("crash") for article in articles):
            raise RuntimeError("worker fault in this partition")
        return super().process_batch(articles)


@dataclass
class DyingPipeline(Pipeline):
    """The real pipeline, except that the worker process ends on the spot (as on a segfault
    or the out-of-memory killer) when a batch holds an article whose id starts with
    ``crash``."""

    def process_batch(self, articles: Sequence[Article]) -> list[Processed]:
        if any(article.doc.startswith("crash") for article in articles):
            os._exit(1)
        return super().process_batch(articles)
