"""Throughput benchmark: bare spaCy `nlp.pipe` vs the full pipeline (read → clean → parse →
resolve → extract → store and merge) on the same stories, with the same model, batch size,
cleaned texts and number of processes; the same ingest with merging off; and the store alone
with and without merging. Prints one `name value` pair per line, one block per process count.

usage: python bench/throughput.py [--corpus PATH] [--repeat N] [--processes 1,2]

Without ``--corpus`` it reads the team's VOA corpus (../shared/corpus/voa/stories.jsonl) and,
where that is absent, the bundled demo corpus (and says so).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from dataclasses import replace
from importlib import resources
from pathlib import Path

from dossier.ingest import read_inputs
from dossier.model import Article
from dossier.pipeline import Pipeline
from dossier.service import ingest_paths
from dossier.settings import load_settings

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "voa" / "stories.jsonl"


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux; worker processes count too.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def _corpus(given: Path | None) -> Path:
    if given is not None:
        return given
    if SHARED_CORPUS.is_file():
        return SHARED_CORPUS
    demo = Path(str(resources.files("dossier") / "demo" / "corpus.jsonl"))
    print(f"note: {SHARED_CORPUS} not found; using the bundled demo corpus {demo}", file=sys.stderr)
    return demo


def _compare(corpus: Path, texts: list[str], processes: int, repeat: int) -> None:
    settings = load_settings({"processes": processes})
    pipeline = Pipeline(settings)
    nlp = pipeline.load().nlp  # every model and table loaded before timing anything
    workers = settings.workers

    started = time.perf_counter()
    for _ in range(repeat):
        for _doc in nlp.pipe(texts, batch_size=settings.batch_size, n_process=workers):
            pass
    spacy_rate = len(texts) * repeat / (time.perf_counter() - started)

    # ingest with merging on (what users run) and off, alternating so that both see the
    # same load on a shared machine
    spent = {True: 0.0, False: 0.0}
    stored = {True: 0, False: 0}
    for _ in range(repeat):
        for merge in (True, False):
            with tempfile.TemporaryDirectory() as tmp:  # a fresh store: repeats are not duplicates
                started = time.perf_counter()
                report = ingest_paths([str(corpus)], replace(settings, db=str(Path(tmp) / "b.db")),
                                      pipeline=pipeline, merge=merge)
                spent[merge] += time.perf_counter() - started
                stored[merge] += report.articles
    pipeline_rate = stored[True] / spent[True]
    unmerged_rate = stored[False] / spent[False]

    print(f"processes {workers}")
    print(f"  spacy_articles_per_s {spacy_rate:.2f}")
    print(f"  pipeline_articles_per_s {pipeline_rate:.2f}")
    print(f"  ratio {pipeline_rate / spacy_rate:.3f}")
    print(f"  pipeline_without_merging_articles_per_s {unmerged_rate:.2f}")
    print(f"  merging_throughput_ratio {pipeline_rate / unmerged_rate:.3f}")
    print(f"  peak_rss_mb {_peak_rss_mb():.0f}")


def _merge_cost(corpus: Path) -> None:
    """The store alone, on the pipeline's outcomes computed once: the time merging adds per
    article, free of the parser's noise."""
    from dossier.merge import Merger
    from dossier.store import Database

    settings = load_settings({"processes": 1})
    pipeline = Pipeline(settings)
    started = time.perf_counter()
    outcomes = [o for o in pipeline.run(a for a in read_inputs([str(corpus)])
                                        if isinstance(a, Article)) if o.error is None]
    analyse_ms = (time.perf_counter() - started) * 1000 / len(outcomes)
    cost = {}
    for merger in (None, Merger(), None, Merger()):
        with tempfile.TemporaryDirectory() as tmp, \
                Database.open(str(Path(tmp) / "m.db"), merger=merger) as db:
            started = time.perf_counter()
            for o in outcomes:
                db.add_article(o.article, o.mentions, o.actors)
            cost[merger is not None] = (time.perf_counter() - started) * 1000 / len(outcomes)
    print("store alone (one process)")
    print(f"  analyse_ms_per_article {analyse_ms:.1f}")
    print(f"  store_ms_per_article_without_merging {cost[False]:.2f}")
    print(f"  store_ms_per_article_with_merging {cost[True]:.2f}")
    print(f"  merging_share_of_ingest {(cost[True] - cost[False]) / (analyse_ms + cost[False]):.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus")
    parser.add_argument("--processes", default="1,2",
                        help="comma-separated process counts, each compared alone [default: 1,2]")
    args = parser.parse_args(argv)
    corpus = _corpus(args.corpus)
    if not corpus.is_file():
        print(f"corpus not found: {corpus} (give --corpus)", file=sys.stderr)
        return 1
    # spaCy gets exactly the texts the pipeline parses: the cleaned article text.
    texts = [item.text for item in read_inputs([str(corpus)]) if isinstance(item, Article)]
    print(f"corpus {corpus}")
    print(f"articles {len(texts) * args.repeat}")
    for processes in (int(p) for p in args.processes.split(",")):
        _compare(corpus, texts, processes, args.repeat)
    _merge_cost(corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
