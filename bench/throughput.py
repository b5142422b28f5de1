"""Throughput benchmark: bare spaCy `nlp.pipe` vs the full pipeline (ingest → store) on the
same real news stories, in one run. Prints one `name value` pair per line.

usage: python bench/throughput.py [--corpus PATH] [--repeat N] [--processes N]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from dossier.pipeline import Pipeline
from dossier.service import ingest_paths
from dossier.settings import load_settings

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "voa" / "stories.jsonl"


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux; worker processes count too when both cores are used.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus")
    parser.add_argument("--processes", type=int, default=None,
                        help="worker processes for the pipeline [default: settings, one per core]")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus} (give --corpus)", file=sys.stderr)
        return 1

    texts = [json.loads(line)["text"] for line in args.corpus.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    settings = load_settings({"processes": args.processes})
    pipeline = Pipeline(settings)
    nlp, _ = pipeline.nlp, pipeline.kb  # load both before timing anything

    started = time.perf_counter()
    for _ in range(args.repeat):
        for _doc in nlp.pipe(texts, batch_size=settings.batch_size):
            pass
    spacy_rate = len(texts) * args.repeat / (time.perf_counter() - started)

    stored = 0
    started = time.perf_counter()
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:  # a fresh store: repeats are not duplicates
            report = ingest_paths([str(args.corpus)], replace(settings, db=str(Path(tmp) / "b.db")),
                                  pipeline=pipeline)
            stored += report.articles
    pipeline_rate = stored / (time.perf_counter() - started)

    print(f"articles {len(texts) * args.repeat}")
    print(f"processes {settings.workers}")
    print(f"spacy_articles_per_s {spacy_rate:.2f}")
    print(f"pipeline_articles_per_s {pipeline_rate:.2f}")
    print(f"ratio {pipeline_rate / spacy_rate:.3f}")
    print(f"peak_rss_mb {_peak_rss_mb():.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
