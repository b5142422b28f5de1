"""Score HTML cleaning on the Zyte article-extraction benchmark: trafilatura alone vs dossier.

usage: python bench/html_extraction.py [--shared ../shared] [--worst N]

Reads ``eval/article-extraction/html/*.html.gz`` (181 pages), extracts each page's body twice —
``trafilatura.extract`` with its defaults, and dossier's ingest (``read_inputs``: decoding,
trafilatura, then dossier's cleaning; the headline is kept apart, as the gold bodies do) — and
prints the benchmark's F1 of each as computed by ``tools/score_extraction.py``::

    trafilatura_f1 0.953
    dossier_f1 0.961
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_extraction",
                                                  shared / "tools" / "score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dossier_bodies(folder: Path) -> dict[str, str]:
    """Each page id's body as dossier's ingest cleans it ("" where it finds no article)."""
    from dossier.ingest import read_inputs
    from dossier.model import Article

    bodies = {}
    for page in sorted((folder / "html").glob("*.html.gz")):
        items = list(read_inputs([str(page)]))
        bodies[page.name.split(".")[0]] = next((a.body for a in items if isinstance(a, Article)), "")
    return bodies


def trafilatura_bodies(folder: Path) -> dict[str, str]:
    """Each page id's body as trafilatura extracts it with its default options."""
    import trafilatura

    return {page.name.split(".")[0]: trafilatura.extract(gzip.decompress(page.read_bytes())) or ""
            for page in sorted((folder / "html").glob("*.html.gz"))}


def evaluate(shared: Path, *, systems: tuple[str, ...] = ("trafilatura", "dossier")) -> dict[str, dict]:
    """The scorer's result (pages, precision, recall, f1) for each system."""
    folder = shared / "eval" / "article-extraction"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    scorer = load_scorer(shared)
    extractors = {"trafilatura": trafilatura_bodies, "dossier": dossier_bodies}
    results = {}
    for system in systems:
        bodies = extractors[system](folder)
        prediction = {key: {"articleBody": bodies.get(key, "")} for key in truth}
        results[system] = scorer.score(truth, prediction) | {"bodies": bodies}
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--worst", type=int, default=0, help="list the N pages dossier loses most on")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    results = evaluate(args.shared)
    for system, result in results.items():
        print(f"{system}_f1 {result['f1']:.4f}  (precision {result['precision']:.4f}, "
              f"recall {result['recall']:.4f}, pages {result['pages']})")
    if args.worst:
        folder = args.shared / "eval" / "article-extraction"
        truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
        scorer = load_scorer(args.shared)
        losses = []
        for key, gold in truth.items():
            ours = scorer.page_counts(gold["articleBody"], results["dossier"]["bodies"].get(key, ""))
            theirs = scorer.page_counts(gold["articleBody"], results["trafilatura"]["bodies"].get(key, ""))
            losses.append((theirs[0] - ours[0], key))
        for loss, key in sorted(losses, reverse=True)[:args.worst]:
            print(f"  {key}  true-positive share lower by {loss:.3f}")


if __name__ == "__main__":
    sys.exit(main())
