"""Evaluation through the user's path: the documents are ingested, exported and scored with
the same functions as ``dossier ingest``, ``dossier export mentions`` and the team's scorer.

    result = evaluate_documents("gold/seeds.jsonl", "gold/seeds-documents.jsonl", Settings())
    print(result.scores["f1"])

There is no other way to score the extractor: ``dossier eval``, ``bench/events_eval.py`` and
the evaluation gate all call ``evaluate_documents``, so a figure they report is one a user
gets with ``dossier ingest`` + ``dossier export mentions`` + ``score_events.py``.
"""

from __future__ import annotations

import io
import json
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from dossier.errors import InputError
from dossier.evaluate import evaluate, merge_scores
from dossier.ingest.jsonl import Record, read_records
from dossier.pipeline import Pipeline
from dossier.service import IngestReport, export_mentions, ingest_paths
from dossier.settings import Settings


@dataclass(frozen=True)
class Evaluation:
    """The scores (``dossier.evaluate.evaluate``'s result), what ingest did, and the exported
    mentions that were scored (records as ``dossier export mentions`` writes them); ``merge``
    scores how those mentions are grouped into events (``dossier.evaluate.merge_scores``,
    the rules of score_merge.py) against the gold ``event`` ids."""

    scores: dict[str, Any]
    ingest: IngestReport
    mentions: list[dict[str, Any]]
    merge: dict[str, dict[str, Any]] = field(default_factory=dict)
    merge_gold: bool = False  # whether the gold gives ``event`` ids (else every line is alone)


def evaluate_documents(gold_path: str | Path, documents_path: str | Path, settings: Settings,
                       db: str | None = None, *, pipeline: Pipeline | None = None) -> Evaluation:
    """Ingest ``documents_path`` into a temporary SQLite store (or into ``db``, a path or URL,
    which then keeps them), export every stored mention and score the export against the gold
    events of ``gold_path``. Mentions of documents the gold does not list are not scored
    (``scores["unknown_docs"]`` names them). ``pipeline`` lets several evaluations share one
    loaded model."""
    gold = [_gold_line(record) for record in read_records(gold_path, what="gold file")]
    with tempfile.TemporaryDirectory(prefix="dossier-eval-") as folder:
        target = replace(settings, db=db or str(Path(folder) / "eval.db"))
        report = ingest_paths([str(documents_path)], target, pipeline=pipeline)
        exported = io.StringIO()
        export_mentions(target, exported, "jsonl")
    # Read back as the scorer reads the file: one JSON object a line ("\n" only: a JSON
    # string may hold U+2028, which str.splitlines would cut at).
    records = [json.loads(line) for line in exported.getvalue().split("\n") if line.strip()]
    return Evaluation(evaluate(gold, records), report, records, merge_scores(gold, records),
                      any(g.get("event") for g in gold))


GOLD_KEYS = ("doc", "type", "actor", "recipient")  # the rest have defaults in the scorer


def _gold_line(record: Record) -> dict:
    """A gold event line, or an error naming the line and the keys it lacks."""
    missing = [key for key in GOLD_KEYS if key not in record.fields]
    if missing:
        raise InputError(record.origin, f"the gold line has no {', '.join(missing)}",
                         fix="each gold line needs doc, type, actor and recipient "
                             "(see the event format in the README)")
    return record.fields
