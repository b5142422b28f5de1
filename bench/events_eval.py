"""Score the event extractor on the team's gold sets, through the user's path.

usage: python bench/events_eval.py [--shared ../shared] [--out DIR] [--only seeds|gsr|voa] [-v]

Each set's documents (``gold/<set>-documents.jsonl``) are ingested into a temporary store,
exported and scored by ``dossier.evaluation.evaluate_documents``: the same code as
``dossier ingest`` + ``dossier export mentions`` + ``shared/tools/score_events.py`` (and as
``dossier eval``). Prints loose/strict F1, attribute accuracies and the per-type table; with
``--out`` also writes each set's exported mentions.

    seeds  the four sample articles (gold/seeds.jsonl)
    gsr    the PLOVER gold-standard records (gold/plover-gsr.jsonl): read recall
    voa    40 Voice of America stories, development gold (gold/voa-dev.jsonl)
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from dossier.evaluate import format_report
from dossier.evaluation import evaluate_documents
from dossier.pipeline import Pipeline
from dossier.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SETS = {"seeds": "seeds", "gsr": "plover-gsr", "voa": "voa-dev"}


def score_set(shared: Path, name: str, pipeline: Pipeline, out: Path | None,
              verbose: bool) -> dict:
    gold = shared / "gold"
    started = time.perf_counter()
    result = evaluate_documents(gold / f"{name}.jsonl", gold / f"{name}-documents.jsonl",
                                pipeline.settings, pipeline=pipeline)
    seconds = time.perf_counter() - started
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        with open(out / f"{name}-mentions.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in result.mentions)
    print(f"== {name}: {len(result.mentions)} mentions in {seconds:.1f}s; "
          f"{result.ingest.summary()}")
    print(format_report(result.scores, misses=verbose))
    return result.scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=None, help="write mentions here")
    ap.add_argument("--only", choices=tuple(SETS))
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    pipeline = Pipeline(Settings())  # one model load for every set
    for key, name in SETS.items():
        if args.only in (None, key):
            score_set(args.shared, name, pipeline, args.out, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
