"""What runs on a Dask worker (see ``dossier.cluster``): the plugin that loads the pipeline
once per worker process, and the task that runs one partition through it. Imports Dask, so
only the cluster path imports this module."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import replace

from distributed import WorkerPlugin, get_worker

from dossier.model import Article
from dossier.pipeline import Pipeline, Processed

PLUGIN_NAME = "dossier-pipeline"


class PipelinePlugin(WorkerPlugin):
    """Builds and loads one ``Pipeline`` per worker process when the worker starts (or joins
    later): spaCy, the knowledge base and the extractor's tables, once."""

    def __init__(self, pipeline: Pipeline) -> None:
        # an unloaded copy travels to the workers (a loaded one would carry spaCy); each Dask
        # worker is one process, so no process pool inside it
        self.template = replace(pipeline, settings=replace(pipeline.settings, processes=1))
        self.pipeline: Pipeline | None = None
        self.lock: threading.Lock | None = None

    def setup(self, worker) -> None:
        self.pipeline = replace(self.template).load()
        # one partition at a time per process, however many threads the worker runs tasks
        # in: the pipeline is not meant to be shared between threads
        self.lock = threading.Lock()

    def __getstate__(self) -> dict:
        return {"template": self.template, "pipeline": None, "lock": None}


def process_partition(articles: Sequence[Article]) -> list[Processed]:
    """The task of one partition: its articles through this worker's pipeline, back as plain
    ``Processed`` records."""
    plugin = get_worker().plugins[PLUGIN_NAME]
    if plugin.pipeline is None or plugin.lock is None:
        raise RuntimeError("the dossier pipeline plugin was not set up on this worker")
    with plugin.lock:
        return plugin.pipeline.process_batch(articles)
