"""Ingest on a Dask cluster: the pipeline runs on ``dask.distributed`` workers, the store stays
with the command's process.

    dossier ingest PATH... --cluster local:N            # a LocalCluster of N worker processes
    dossier ingest PATH... --scheduler tcp://HOST:8786  # workers of a cluster already running

How the work is split and why:

* **Reading stays here** (the client): the readers turn files, JSON Lines and gzip members into
  articles, and the store's duplicate check (same id, same text) runs before an article is
  sent anywhere. Workers get batches of ready articles, so they need no access to the input
  files (a remote cluster may not see this machine's disk) and a bad file is reported exactly
  as on one machine. Reading is cheap next to parsing; reading on the workers can come later.
* **Partitions** close at ``partition_chars`` of text (a few MB, so that a partition of long
  texts stays small in memory and on the wire) or ``partition_articles`` articles (so that
  news-sized texts still make enough partitions to keep every worker busy).
* **Each worker loads spaCy and the knowledge base once**: ``PipelinePlugin.setup`` builds and
  loads a ``Pipeline``; every partition then goes through ``Pipeline.process_batch``, the same
  per-article function the single-machine path uses, and comes back as plain ``Processed``
  records (frozen dataclasses), never spaCy objects.
* **Results are written here, through the same store calls**, as partitions finish
  (``distributed.as_completed``), in input order: the store's identity rules depend on order
  (the first text stored under an id is the article, a later one its version; the first id
  with a text is the original, later ones copies), and writing in input order is what makes a
  cluster store exactly what one process stores. A partition that finishes early waits for
  the ones before it; one partition per worker thread runs at a time, and at most four per
  thread are out (running, or finished and waiting), so memory stays flat however large the
  input.
* **A failed partition** (its task raised, or its worker died) is submitted once more; if it
  fails again its articles are skipped with the reason and the others are stored. Only one
  partition per worker is out at once because Dask fails every task a dying worker holds,
  queued ones too. A local cluster fails a task on its first worker death (Dask's
  ``allowed-failures`` 0; the default, 3, would restart and kill three more workers, each
  reloading spaCy, before the retry); a remote scheduler keeps its own setting.

``max_seconds`` (the time limit on one article's analysis) is not enforced on Dask workers:
its timer (SIGALRM) belongs to a process's main thread, and Dask runs tasks in a thread.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from contextlib import contextmanager
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dossier.errors import DossierError
from dossier.model import Article
from dossier.pipeline import Pipeline, Processed

if TYPE_CHECKING:
    from distributed import Client

log = logging.getLogger(__name__)

EXTRA_HINT = ("install the extra `cluster` (dask[distributed]): "
              ".venv/bin/pip install -c constraints.txt -e '.[cluster]'")
DEFAULT_PARTITION_CHARS = 2_000_000  # a few MB of text: small in memory and on the wire
DEFAULT_PARTITION_ARTICLES = 32  # two spaCy batches: news-sized texts still fill every worker
CONNECT_TIMEOUT_S = 10  # joining a scheduler: long enough for a slow network, short enough to fail
# Workers of a local cluster: no statistical profiler (it walks the task thread's stack every
# 10 ms, a cost on the deep stacks of parsing and rules; the dashboard's profile tab is
# empty without it).
_WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


class ClusterError(DossierError):
    """The Dask cluster cannot be started or reached, or its extra is not installed."""


@dataclass(frozen=True)
class ClusterSpec:
    """Where to run: ``local`` worker processes on this machine, or the cluster a
    ``scheduler`` address leads to (exactly one of the two)."""

    local: int | None = None
    scheduler: str | None = None
    partition_chars: int | None = None  # None: DEFAULT_PARTITION_CHARS
    partition_articles: int | None = None  # None: DEFAULT_PARTITION_ARTICLES

    def __post_init__(self) -> None:
        if (self.local is None) == (self.scheduler is None):
            raise ValueError("give either local workers or a scheduler address")

    def describe(self) -> str:
        if self.local is not None:
            return f"a local Dask cluster of {self.local} worker process(es)"
        return f"the Dask scheduler at {self.scheduler}"


def parse_local(value: str) -> int:
    """The N of ``local:N`` (N ≥ 1)."""
    match = re.fullmatch(r"local:(\d+)", value.strip())
    if not match or int(match.group(1)) < 1:
        raise ValueError(f"{value!r} is not local:N with N worker processes (N ≥ 1), e.g. local:2")
    return int(match.group(1))


def partitions(articles: Iterable[Article], max_chars: int,
               max_articles: int) -> Iterator[list[Article]]:
    """Consecutive batches of articles, each closed when it holds ``max_chars`` characters of
    text or ``max_articles`` articles (an article longer than ``max_chars`` is a batch alone)."""
    batch: list[Article] = []
    size = 0
    for article in articles:
        if batch and (size + len(article.text) > max_chars or len(batch) >= max_articles):
            yield batch
            batch, size = [], 0
        batch.append(article)
        size += len(article.text)
    if batch:
        yield batch


def _distributed():
    try:
        import distributed
    except ImportError as exc:
        raise ClusterError(f"--cluster and --scheduler need Dask, which is not installed ({exc})",
                           fix=EXTRA_HINT) from None
    return distributed


class _Connection:
    """A Client on a new LocalCluster or on an existing scheduler; closes what it started."""

    def __init__(self, spec: ClusterSpec) -> None:
        self.spec = spec
        self.cluster = None
        self.client: Client | None = None

    def __enter__(self) -> Client:
        distributed = _distributed()
        import dask

        try:
            if self.spec.local is not None:
                _quiet_dask()
                # one thread per worker: a worker parses one partition at a time with its own
                # spaCy; processes, not threads, give the parallelism (the GIL)
                # a worker that dies on a partition fails it at once (Dask's default tries
                # three more workers); run_on_cluster's own retry gives it its second chance
                with dask.config.set({"distributed.scheduler.allowed-failures": 0,
                                      **_WORKER_CONFIG}):
                    self.cluster = distributed.LocalCluster(
                        n_workers=self.spec.local, threads_per_worker=1, processes=True,
                        silence_logs=logging.ERROR)
                self.client = distributed.Client(self.cluster)
            else:
                self.client = distributed.Client(self.spec.scheduler,
                                                 timeout=f"{CONNECT_TIMEOUT_S}s")
        except (OSError, ValueError, TypeError) as exc:
            self.__exit__(None, None, None)
            raise ClusterError(f"cannot reach {self.spec.describe()}: {exc}",
                               fix=_connection_fix(self.spec)) from None
        return self.client

    def __exit__(self, *_exc) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _quiet_dask() -> None:
    """The scheduler of a local cluster runs in this process and logs every step at INFO;
    users see dossier's progress instead (``--debug`` keeps Dask's log)."""
    if not logging.getLogger("dossier").isEnabledFor(logging.DEBUG):
        logging.getLogger("distributed").setLevel(logging.CRITICAL)


def _connection_fix(spec: ClusterSpec) -> str:
    if spec.scheduler is not None:
        return ("check the address (tcp://HOST:8786); start a cluster with `dask scheduler` and "
                "`dask worker tcp://HOST:8786 --nthreads 1` on each machine, "
                "or run one on this machine with --cluster local:N")
    return "rerun with --debug to see why the local cluster did not start"


def dashboard_link(client: Client, spec: ClusterSpec) -> str | None:
    """The address of Dask's dashboard, where there is one: a local cluster serves it only
    when bokeh is installed; a remote scheduler's is worth showing either way."""
    if spec.local is not None and importlib.util.find_spec("bokeh") is None:
        return None
    return client.dashboard_link


class ClusterSession:
    """A connected cluster whose workers have loaded the pipeline (``connect``)."""

    def __init__(self, client: Client, spec: ClusterSpec) -> None:
        self.client = client
        self.spec = spec

    def run(self, articles: Iterable[Article], on_partition=None) -> Iterator[Processed]:
        """Each article's outcome, in input order; ``on_partition(n)`` as each partition of
        ``n`` articles is handed back (progress)."""
        distributed = _distributed()
        from dossier.cluster_worker import process_partition

        workers = self.client.scheduler_info().get("workers", {}).values()
        slots = max(1, sum(w.get("nthreads", 1) for w in workers))
        spec = self.spec
        yield from _stream(self.client, process_partition, distributed.as_completed(),
                           partitions(articles, spec.partition_chars or DEFAULT_PARTITION_CHARS,
                                      spec.partition_articles or DEFAULT_PARTITION_ARTICLES),
                           slots, on_partition)


@contextmanager
def connect(spec: ClusterSpec, pipeline: Pipeline) -> Iterator[ClusterSession]:
    """Start or join the cluster of ``spec`` and load (a copy of) ``pipeline`` on every
    worker; closes what it started."""
    _distributed()
    from dossier.cluster_worker import PLUGIN_NAME, PipelinePlugin

    with _Connection(spec) as client:
        try:
            client.register_plugin(PipelinePlugin(pipeline), name=PLUGIN_NAME)
        except Exception as exc:  # noqa: BLE001 - a worker could not load the pipeline
            raise ClusterError(f"the Dask workers could not load the pipeline: "
                               f"{type(exc).__name__}: {exc}",
                               fix="install dossier and its spaCy model on every worker") from exc
        yield ClusterSession(client, spec)


def run_on_cluster(articles: Iterable[Article], pipeline: Pipeline, spec: ClusterSpec, *,
                   on_partition=None) -> Iterator[Processed]:
    """Each article's outcome, in input order, analysed on the cluster of ``spec``."""
    with connect(spec, pipeline) as session:
        yield from session.run(articles, on_partition)


def _stream(client: Client, task, pending, batches: Iterator[list[Article]], slots: int,
            on_partition) -> Iterator[Processed]:
    """Submit partitions, at most ``slots`` running at once (one per worker thread) and at
    most ``4 × slots`` running or finished but not yet handed back (memory); hand them back
    in input order. A failed partition is submitted once more."""
    inputs: dict[int, list[Article]] = {}  # submitted, not yet handed back
    attempts: dict[int, int] = {}
    index_of: dict[Any, int] = {}
    done: dict[int, list[Processed]] = {}
    written = submitted = running = 0

    def submit(index: int) -> None:
        nonlocal running
        future = client.submit(task, inputs[index], pure=False)
        index_of[future.key] = index
        attempts[index] = attempts.get(index, 0) + 1
        pending.add(future)
        running += 1

    def top_up() -> None:
        # Only as many partitions as workers run at once: a task queued behind a running one
        # on a worker that dies (a segfault, the memory limit) would be counted as a suspect
        # and failed with it.
        nonlocal submitted
        while running < slots and submitted - written < 4 * slots:
            batch = next(batches, None)
            if batch is None:
                return
            inputs[submitted] = batch
            submit(submitted)
            submitted += 1

    top_up()
    for future in pending:
        index = index_of.pop(future.key)
        running -= 1
        failed = future.status != "finished"
        if failed and attempts[index] < 2:
            log.debug("partition %d failed; running it once more", index)
            future.release()
            submit(index)
            continue
        done[index] = _outcomes(future, inputs[index])
        future.release()
        top_up()  # before writing: the workers go on while this process stores
        while written in done:
            outcomes = done.pop(written)
            del inputs[written], attempts[written]
            written += 1
            if on_partition is not None:
                on_partition(len(outcomes))
            yield from outcomes
            top_up()


def _outcomes(future, batch: list[Article]) -> list[Processed]:
    """The partition's outcomes, or every article of it skipped with why the partition failed."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - one partition's failure must not stop the others
        log.debug("partition of %d article(s) failed", len(batch), exc_info=True)
        if type(exc).__name__ == "KilledWorker":
            reason = ("its partition failed on the cluster twice (the worker analysing it died: "
                      "a crash, or the worker's memory limit)")
        else:
            reason = f"its partition failed on the cluster twice ({type(exc).__name__}: {exc})"
        return [Processed(article, error=reason) for article in batch]
