"""Score the event extractor on the seed articles and the PLOVER gold-standard records.

usage: python bench/events_eval.py [--shared ../shared] [--out DIR] [--only seeds|gsr] [-v]

Runs the whole pipeline (spaCy, actors, time, places, extraction) over
``gold/seeds-documents.jsonl`` and ``gold/plover-gsr-documents.jsonl``, writes the mentions
as JSON Lines, and prints loose/strict F1, attribute accuracies and the per-type table from
``dossier.evaluate`` (the same rules as ``shared/tools/score_events.py``).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from datetime import date
from pathlib import Path

from dossier.evaluate import evaluate, format_report, read_jsonl
from dossier.model import Article

log = logging.getLogger("bench.events_eval")
ROOT = Path(__file__).resolve().parents[1]


def load_documents(path: Path) -> list[Article]:
    articles = []
    for row in read_jsonl(path):
        published = date.fromisoformat(row["published"]) if row.get("published") else None
        articles.append(Article(doc=row["id"], body=row["text"], published=published))
    return articles


def run(articles: list[Article]) -> tuple[list[dict], float]:
    from dossier.export import mention_record
    from dossier.pipeline import Pipeline

    pipeline = Pipeline()
    started = time.perf_counter()
    rows = [mention_record(m) for outcome in pipeline.run(articles) for m in outcome.mentions]
    return rows, time.perf_counter() - started


def score_set(shared: Path, name: str, out: Path | None, verbose: bool) -> dict:
    gold = read_jsonl(shared / "gold" / f"{name}.jsonl")
    rows, seconds = run(load_documents(shared / "gold" / f"{name}-documents.jsonl"))
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        with open(out / f"{name}-mentions.jsonl", "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    result = evaluate(gold, rows)
    print(f"== {name}: {len(rows)} mentions in {seconds:.1f}s")
    print(format_report(result, misses=verbose))
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=None, help="write mentions here")
    ap.add_argument("--only", choices=("seeds", "gsr"))
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if args.only in (None, "seeds"):
        score_set(args.shared, "seeds", args.out, args.verbose)
    if args.only in (None, "gsr"):
        score_set(args.shared, "plover-gsr", args.out, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
