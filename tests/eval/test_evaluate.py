"""dossier.evaluate: the scoring rules, and parity with the team's reference scorer."""

from __future__ import annotations

import importlib.util
import random

import pytest
from service_support import require_service

from dossier.evaluate import evaluate, format_report
from dossier.ingest.jsonl import read_records


def gold(**kw) -> dict:
    row = {"doc": "d", "type": "AID", "type_alt": [], "actor": "AAA", "recipient": "BBB",
           "date": [None], "status": "fact", "source": None, "location": None,
           "people": [], "optional": False, "evidence": "x"}
    row.update(kw)
    return row


def system(**kw) -> dict:
    row = {"doc": "d", "type": "AID", "actor": {"country": "AAA"}, "recipient": {"country": "BBB"},
           "date": None, "status": "fact", "source": None, "location": None}
    row.update(kw)
    return row


def test_evaluate_exact_match_is_perfect():
    r = evaluate([gold()], [system()])
    assert (r["tp"], r["fp"], r["fn"], r["f1"], r["strict_f1"]) == (1, 0, 0, 1.0, 1.0)


@pytest.mark.parametrize("g, s, loose", [
    (gold(type="CONSULT"), system(type="CONSULT", actor={"country": "BBB"},
                                  recipient={"country": "AAA"}), 1),       # undirected
    (gold(), system(actor={"country": "BBB"}, recipient={"country": "AAA"}), 0),  # directed
    (gold(type="SUPPORT", type_alt=["AID"]), system(), 1),                 # type_alt
    (gold(type="AGREE", status="*"), system(type="AID", status="future"), 1),  # PLOVER future
    (gold(type="AGREE", status="*"), system(type="AID", status="fact"), 0),
    (gold(type="AID", status="future"), system(type="AGREE", status="future"), 1),
    (gold(actor="WST"), system(actor={"name": "the West"}), 1),            # group by name
    (gold(actor="*"), system(actor={"country": "ZZZ"}), 1),
    (gold(actor=["SRB", "YUG"]), system(actor={"country": "YUG"}), 1),
    (gold(recipient=None), system(recipient=None), 1),
    (gold(recipient=None), system(), 0),
])
def test_evaluate_type_and_dyad_rules(g, s, loose):
    assert evaluate([g], [s])["tp"] == loose


def test_evaluate_strict_needs_status_source_and_date():
    g = gold(status="claim", source="CCC", date=["2024-01-02"])
    assert evaluate([g], [system(status="claim", source={"country": "CCC"},
                                 date={"value": "2024-01-02"})])["strict_f1"] == 1.0
    r = evaluate([g], [system(status="claim", source={"country": "CCC"})])
    assert r["f1"] == 1.0 and r["strict_f1"] == 0.0


def test_evaluate_optional_gold_neither_required_nor_penalised():
    r = evaluate([gold(optional=True)], [system()])
    assert (r["tp"], r["fp"], r["fn"]) == (0, 0, 0)
    assert evaluate([gold(optional=True)], [])["fn"] == 0


def test_evaluate_identical_mentions_count_once():
    r = evaluate([gold()], [system(), system()])
    assert (r["tp"], r["fp"]) == (1, 0)


def test_evaluate_per_type_table_and_report():
    r = evaluate([gold(), gold(type="ASSAULT")], [system(), system(type="COERCE")])
    assert r["per_type"]["AID"]["tp"] == 1
    assert r["per_type"]["ASSAULT"]["fn"] == 1 and r["per_type"]["COERCE"]["fp"] == 1
    text = format_report(r)
    assert "MISS" in text and "EXTRA" in text and "ASSAULT" in text


def _reference_scorer(shared):
    path = shared / "tools" / "score_events.py"
    if not path.exists():
        require_service("the reference scorer is not in ../shared")
    spec = importlib.util.spec_from_file_location("score_events_reference", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _perturbed(rows: list[dict], seed: int) -> list[dict]:
    """System rows made from gold rows: some dropped, some altered, some invented."""
    rnd = random.Random(seed)
    out = []
    for g in rows:
        if rnd.random() < 0.2:
            continue
        actor = g["actor"][0] if isinstance(g["actor"], list) else g["actor"]
        rec = g["recipient"][0] if isinstance(g["recipient"], list) else g["recipient"]
        s = {"doc": g["doc"], "type": g["type"] if rnd.random() < 0.85 else "ASSAULT",
             "actor": {"country": actor if rnd.random() < 0.9 else "XXX"},
             "recipient": {"country": rec} if rec not in (None, "*") else None,
             "status": g["status"] if rnd.random() < 0.7 else "claim",
             "source": {"country": g["source"]} if isinstance(g["source"], str) and g["source"] != "*" else None,
             "date": {"value": g["date"][0]} if rnd.random() < 0.6 else None,
             "location": {"country": g.get("location")} if rnd.random() < 0.5 else None}
        if rnd.random() < 0.3:
            s["actor"], s["recipient"] = s["recipient"], s["actor"]
        out.append(s)
        if rnd.random() < 0.15:
            out.append(dict(s))  # a duplicate report
    return out


@pytest.mark.parametrize("name", ["seeds", "plover-gsr"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_evaluate_matches_reference_scorer(shared, name, seed):
    reference = _reference_scorer(shared)
    gold_rows = [r.fields for r in read_records(shared / "gold" / f"{name}.jsonl")]
    sys_rows = _perturbed(gold_rows, seed)
    ours, theirs = evaluate(gold_rows, sys_rows), reference.score(gold_rows, sys_rows)
    for key in ("docs", "gold", "system", "tp", "fp", "fn", "precision", "recall", "f1",
                "strict_f1", "attribute_accuracy", "date_accuracy_when_gold_dated"):
        assert ours[key] == theirs[key], key
    for t, row in theirs["per_type"].items():
        for k, v in row.items():
            assert ours["per_type"][t][k] == v
