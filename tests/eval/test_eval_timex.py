"""Evaluation gate: time expressions on TempEval-3's training gold must not get worse.

Reads ../shared/eval/tempeval3 (skips where absent, fails under CI=true), parses the 256 documents once with
nlp.pipe and scores with ../shared/tools/score_timex.py. The floors sit a little under what
the tagger reaches; raise them when it improves, never lower them to make a change pass.
The gold file's hash is pinned so a changed data set cannot silently move the figures.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

import pytest
from service_support import require_service

FLOORS = {"value_f1": 0.789, "relaxed_f1": 0.927, "strict_f1": 0.822}  # measured 0.794 / 0.932 / 0.827
PINNED_GOLD = "9a703461bbfe31f92f8da72ab0fa9c1fb6ccba1a6c884432cf6ede5147b6f508"  # tbaq-timex.jsonl


@pytest.fixture(scope="module")
def result(nlp, shared):
    folder = shared / "eval" / "tempeval3"
    if not (folder / "tbaq-timex.jsonl").is_file():
        require_service("TempEval-3 data is not in ../shared/eval/tempeval3")
    bench = Path(__file__).resolve().parents[2] / "bench" / "timex_eval.py"
    spec = importlib.util.spec_from_file_location("timex_eval", bench)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("timex_eval", module)
    spec.loader.exec_module(module)
    digest = hashlib.sha256((folder / "tbaq-timex.jsonl").read_bytes()).hexdigest()
    return digest, module.evaluate(nlp, shared)


@pytest.mark.slow
def test_time_eval_gold_is_the_measured_one(result):
    digest, _ = result
    assert digest == PINNED_GOLD, "the TempEval-3 gold changed: re-measure and re-pin the floors"


@pytest.mark.slow
@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_time_eval_stays_above_floor(result, figure):
    _, scores = result
    assert scores[figure] >= FLOORS[figure], f"{figure} {scores[figure]:.3f} < floor {FLOORS[figure]}"
