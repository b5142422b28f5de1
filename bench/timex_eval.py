"""Score dossier's time expressions on TempEval-3's training gold (TimeBank + AQUAINT).

usage: python bench/timex_eval.py [--shared ../shared] [--errors N] [--keep FILE]

Runs :func:`dossier.time.find.time_records` over ``eval/tempeval3/tbaq-documents.jsonl``,
writes the system rows to a temporary JSON Lines file and prints the figures of
``tools/score_timex.py``: relaxed span F1, strict span F1 and value F1 (HeidelTime reaches
value F1 77.6 on the TempEval-3 test set).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_timex", shared / "tools" / "score_timex.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[dict]:
    from dossier.ingest.jsonl import read_records

    return [record.fields for record in read_records(path)]


def evaluate(nlp, shared: Path, keep: Path | None = None) -> dict:
    """Run the tagger over the TempEval-3 documents and return the scorer's result dict."""
    from dossier.time import time_records

    folder = shared / "eval" / "tempeval3"
    documents = read_jsonl(folder / "tbaq-documents.jsonl")
    rows = list(time_records(nlp, documents))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row) + "\n")
        system_path = Path(out.name)
    if keep:
        keep.write_text(system_path.read_text(encoding="utf-8"), encoding="utf-8")
    scorer = load_scorer(shared)
    try:
        return scorer.score(read_jsonl(folder / "tbaq-timex.jsonl"), read_jsonl(system_path))
    finally:
        system_path.unlink()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong values")
    ap.add_argument("--keep", type=Path, help="also write the system rows here")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: the settings')")
    args = ap.parse_args(argv)
    from dossier.nlp import load_pipeline
    from dossier.settings import Settings

    nlp = load_pipeline(args.model or Settings().spacy_model)
    result = evaluate(nlp, args.shared, args.keep)
    for wrong in result["wrong_values"][:args.errors]:
        print(f"VALUE {wrong['doc'][:24]:24} {wrong['text'][:32]!r:34} gold {wrong['gold']:14} "
              f"system {wrong['system']}")
    print(f"gold {result['gold']} system {result['system']}")
    print(f"relaxed span F1 {result['relaxed_f1']:.3f} (P {result['relaxed_p']:.3f} R {result['relaxed_r']:.3f})")
    print(f"strict span F1  {result['strict_f1']:.3f}")
    print(f"value F1        {result['value_f1']:.3f} (P {result['value_p']:.3f} R {result['value_r']:.3f}; "
          f"accuracy on matches {result['value_accuracy_on_matches']:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
