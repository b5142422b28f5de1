"""Evaluation gate: dossier's HTML cleaning on the article-extraction benchmark (181 pages).

trafilatura alone scores F1 0.953 with its defaults; dossier (trafilatura without comments, then
dossier's boilerplate rules) measured 0.961. The floors below only ever rise; they are pinned to
the evaluation data by its hash, so a changed data set is noticed rather than silently scored.
"""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pytest
from service_support import require_service

ROOT = Path(__file__).resolve().parents[2]
GROUND_TRUTH_SHA256 = "512e9a9498912047a966e22f47302e849dfa45dca1f555d97588317dac7e5a3d"
FLOORS = {"f1": 0.93, "precision": 0.93, "recall": 0.95}

pytestmark = pytest.mark.slow  # scores 181 pages: the evaluation tier, not the fast one


def _bench():
    spec = importlib.util.spec_from_file_location("html_extraction", ROOT / "bench" / "html_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def extraction(shared) -> Path:
    folder = shared / "eval" / "article-extraction"
    if not (folder / "ground-truth.json").is_file() or not (shared / "tools" / "score_extraction.py").is_file():
        require_service("the article-extraction benchmark or its scorer is not in ../shared")
    return folder


def test_eval_html_data_is_the_pinned_version(extraction):
    digest = hashlib.sha256((extraction / "ground-truth.json").read_bytes()).hexdigest()
    assert digest == GROUND_TRUTH_SHA256, "the benchmark data changed: re-measure, then re-pin the floors"
    assert len(list((extraction / "html").glob("*.html.gz"))) == 181


def test_eval_html_dossier_meets_floors(extraction, shared):
    result = _bench().evaluate(shared, systems=("dossier",))["dossier"]
    assert result["pages"] == 181
    for measure, floor in FLOORS.items():
        assert result[measure] >= floor, f"{measure} {result[measure]} fell below {floor}"
