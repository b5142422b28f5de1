"""dossier.evaluate.merge_scores: how mentions are grouped into events, by the rules of the
team's score_merge.py, with parity against it on perturbed gold."""

from __future__ import annotations

import importlib.util
import random

import pytest
from service_support import require_service

from dossier.evaluate import format_merge_report, merge_scores
from dossier.ingest.jsonl import read_records


def _row(doc: str, event: str, type_: str = "AID", actor: str = "AAA") -> dict:
    return {"doc": doc, "type": type_, "type_alt": [], "actor": actor, "recipient": "BBB",
            "date": [None], "status": "fact", "source": None, "location": None, "people": [],
            "optional": False, "evidence": "x", "event": event}


def _mention(doc: str, event_id: str | None, type_: str = "AID", actor: str = "AAA") -> dict:
    return {"doc": doc, "type": type_, "actor": {"country": actor},
            "recipient": {"country": "BBB"}, "date": None, "status": "fact", "source": None,
            "location": None, "event_id": event_id}


def test_a_perfect_grouping_and_the_baselines():
    gold = [_row("a", "e1"), _row("b", "e1"), _row("c", "e2", actor="CCC")]
    system = [_mention("a", "x"), _mention("b", "x"), _mention("c", "y", actor="CCC")]
    r = merge_scores(gold, system)
    assert r["system"]["pairwise_f1"] == 1.0 and r["system"]["b3_f1"] == 1.0
    assert r["system"]["gold_pairs"] == 1
    assert r["baseline_alone"]["pairwise_recall"] == 0.0
    assert "baseline_type_dyad_date" in format_merge_report(r)


def test_a_wrong_merge_costs_pairwise_precision():
    gold = [_row("a", "e1"), _row("b", "e2")]
    r = merge_scores(gold, [_mention("a", "x"), _mention("b", "x")])["system"]
    assert (r["pairwise_precision"], r["system_pairs"], r["gold_pairs"]) == (0.0, 1, 0)


def _reference(shared):
    path = shared / "tools" / "score_merge.py"
    if not path.exists():
        require_service("the reference merge scorer is not in ../shared")
    spec = importlib.util.spec_from_file_location("score_merge_reference", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _perturbed(rows: list[dict], seed: int) -> list[dict]:
    """Mentions made from gold lines, grouped partly right: some event ids kept, some
    swapped for another line's, some missing; some lines dropped or repeated."""
    rnd = random.Random(seed)
    events = sorted({g.get("event") or "" for g in rows})
    out = []
    for g in rows:
        if rnd.random() < 0.15:
            continue
        actor = g["actor"][0] if isinstance(g["actor"], list) else g["actor"]
        rec = g["recipient"][0] if isinstance(g["recipient"], list) else g["recipient"]
        roll = rnd.random()
        event_id = g.get("event") if roll < 0.6 else rnd.choice(events) if roll < 0.9 else None
        s = {"doc": g["doc"], "type": g["type"], "actor": {"country": actor},
             "recipient": {"country": rec} if rec not in (None, "*") else None,
             "status": g["status"] if isinstance(g["status"], str) else "fact",
             "source": None, "date": {"value": g["date"][0]} if rnd.random() < 0.6 else None,
             "location": None, "event_id": event_id}
        out.append(s)
        if rnd.random() < 0.1:
            out.append(dict(s, event_id=rnd.choice(events)))
    return out


@pytest.mark.parametrize("name", ["seeds", "voa-dev"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_merge_scores_match_the_reference_scorer(shared, name, seed):
    reference = _reference(shared)
    gold_rows = [r.fields for r in read_records(shared / "gold" / f"{name}.jsonl")]
    sys_rows = _perturbed(gold_rows, seed)
    assert merge_scores(gold_rows, sys_rows) == reference.score(gold_rows, sys_rows)
