"""Evaluation gate: the extractor's quality on the team's gold data may only go up.

Every set is scored through ``evaluate_documents``, the user's path (ingest into a store,
export, score), with one model load shared by the sets. Floors sit a little under what the
extractor reaches (the measured figure minus noise); raise them when it improves, never lower
them. The gold files are pinned by hash, so a changed gold set is noticed (re-measure, then
update hash and floors together).
"""

from __future__ import annotations

import hashlib

import pytest

from dossier.evaluation import Evaluation, evaluate_documents
from dossier.pipeline import Pipeline
from dossier.settings import Settings

pytestmark = pytest.mark.slow

GOLD_HASHES = {  # first 16 hex digits of sha256
    "seeds.jsonl": "bf06f0e64cd8774d",
    "seeds-documents.jsonl": "e097563fa2732aeb",
    "plover-gsr.jsonl": "f16b2925762a70e5",
    "plover-gsr-documents.jsonl": "9c5cba8340a272f6",
    "voa-dev.jsonl": "cf063c9022344050",
    "voa-dev-documents.jsonl": "84dd826bddaa2254",
}
# Measured through ingest on 2026-12-07 (second session): seeds P 1.000 R 0.875 F1 0.933
# strict 0.895.
SEEDS = {"precision": 0.98, "f1": 0.92, "strict_f1": 0.88}
# PLOVER records code one event per sentence: read recall; precision with care.
# Measured (each record under its own id, repeated sentences included): R 0.801 P 0.791.
GSR = {"recall": 0.79, "precision": 0.78}
# 40 VOA stories, development gold. Measured: P 0.929 R 0.639 F1 0.757 strict 0.596.
VOA = {"precision": 0.91, "recall": 0.62, "f1": 0.74, "strict_f1": 0.575}


# Events across reports (score_merge.py's measure on the matched mentions), measured on
# 2026-12-07: seeds B3 F1 1.000, pairwise P 1.000 R 1.000 F1 1.000 (12 gold pairs: one wrong
# merge costs a lot); VOA dev B3 F1 0.953, pairwise P 0.950 R 0.671 F1 0.786 (more gold
# pairs now that more mentions are found: one wrong pair costs about 0.02 of precision).
SEEDS_MERGE = {"b3_f1": 0.97, "pairwise_precision": 0.85, "pairwise_f1": 0.85}
VOA_MERGE = {"b3_f1": 0.94, "pairwise_precision": 0.93, "pairwise_f1": 0.775}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


def _evaluate(shared, pipeline: Pipeline, name: str) -> Evaluation:
    gold = shared / "gold"
    result = evaluate_documents(gold / f"{name}.jsonl", gold / f"{name}-documents.jsonl",
                                pipeline.settings, pipeline=pipeline)
    assert result.ingest.skipped == [], result.ingest.summary()
    return result


def _below(scores: dict, floors: dict[str, float]) -> dict[str, tuple[float, float]]:
    return {name: (scores[name], floor) for name, floor in floors.items() if scores[name] < floor}


def test_eval_gate_gold_files_are_the_measured_ones(shared):
    for name, digest in GOLD_HASHES.items():
        data = (shared / "gold" / name).read_bytes()
        assert hashlib.sha256(data).hexdigest()[:16] == digest, f"{name} changed: re-measure"


def _merge_below(result: Evaluation, floors: dict[str, float]) -> dict:
    merged = result.merge["system"]
    # merging must beat both baselines of the scorer, whatever the floors
    for baseline in ("baseline_alone", "baseline_type_dyad_date"):
        assert merged["b3_f1"] > result.merge[baseline]["b3_f1"], baseline
    return _below(merged, floors)


def test_eval_gate_seeds(shared, pipeline):
    result = _evaluate(shared, pipeline, "seeds")
    assert _below(result.scores, SEEDS) == {}
    assert _merge_below(result, SEEDS_MERGE) == {}


def test_eval_gate_plover_gsr(shared, pipeline):
    result = _evaluate(shared, pipeline, "plover-gsr")
    assert result.ingest.articles == 322  # every record under its own id, repeats included
    assert _below(result.scores, GSR) == {}


def test_eval_gate_voa_dev(shared, pipeline):
    result = _evaluate(shared, pipeline, "voa-dev")
    assert _below(result.scores, VOA) == {}
    assert _merge_below(result, VOA_MERGE) == {}
