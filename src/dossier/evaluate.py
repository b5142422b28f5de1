"""Score event mentions against gold events (the built-in scorer behind ``dossier eval``).

The rules are those of the team's reference scorer (docs/event-format.md):

* Per document, a system mention can pair with a gold event when the types agree (or the
  system type is one of the gold's ``type_alt``, or a future act is coded the PLOVER way as
  AGREE/CONCEDE) and the dyad agrees (unordered for CONSULT, AGREE, COOPERATE).
* Candidate pairs are taken greedily, best first: a pair scores one point for each of status,
  source, date and location that agrees, plus half a point for the exact type.
* Loose F1 counts a pair when type and dyad agree; strict F1 only when status, source and
  date agree too. Optional gold events are neither required nor held against a system.
* Identical mentions in one document (same type, dyad, status, source, date) count once.

Rows are plain dicts: gold rows as in ``gold/*.jsonl``, system rows as exported mentions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from dossier.model import UNDIRECTED_TYPES

# A future cooperative act coded the PLOVER way: the gold type and the acts it stands for.
PLOVER_FUTURE: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"}),
    "CONCEDE": frozenset({"RETREAT"}),
}
# Names a system may give a grouping instead of its code.
GROUP_ALIASES: dict[str, frozenset[str]] = {
    "WST": frozenset({"west", "the west", "western countries", "western nations",
                      "western powers", "western allies"}),
}
ATTRIBUTES = ("status", "source", "date", "location")


# ---------------------------------------------------------------- comparisons

def actor_key(actor: Any) -> str | None:
    """What an actor is compared by: its country/group code, else its lower-cased name."""
    if actor is None:
        return None
    if isinstance(actor, str):
        return actor.upper() if len(actor) <= 5 else actor.lower()
    code = actor.get("country") or actor.get("code")
    if code:
        return str(code).upper()
    name = actor.get("name")
    return name.lower() if name else None


def actor_matches(gold: Any, system: Any) -> bool:
    """``gold`` is a code, a list of codes, "*" (anyone) or None (nobody)."""
    if isinstance(gold, list):
        return any(actor_matches(g, system) for g in gold)
    if gold == "*":
        return True
    key = actor_key(system)
    if key is None or gold is None:
        return key is None and gold is None
    return key == gold or key in GROUP_ALIASES.get(gold, ())


def dyad_matches(gold: dict, system: dict) -> bool:
    actor, recipient = system.get("actor"), system.get("recipient")
    if actor_matches(gold["actor"], actor) and actor_matches(gold["recipient"], recipient):
        return True
    return (gold["type"] in UNDIRECTED_TYPES and actor_matches(gold["actor"], recipient)
            and actor_matches(gold["recipient"], actor))


def _statuses(gold: dict) -> list:
    s = gold["status"]
    return s if isinstance(s, list) else [s]


def type_matches(gold: dict, system: dict) -> bool:
    t = system.get("type")
    if t == gold["type"] or t in gold.get("type_alt", []):
        return True
    if gold["status"] == "*":
        return system.get("status") == "future" and t in PLOVER_FUTURE.get(gold["type"], ())
    if "future" in _statuses(gold):
        return any(gold["type"] in acts and t == coded for coded, acts in PLOVER_FUTURE.items())
    return False


def _date_value(system: dict) -> Any:
    d = system.get("date")
    return d.get("value") if isinstance(d, dict) else d


def _location_code(system: dict) -> Any:
    loc = system.get("location")
    if isinstance(loc, dict):
        return (loc.get("country") or "").upper() or None
    return loc


def attribute_matches(gold: dict, system: dict) -> dict[str, bool]:
    status = gold["status"]
    source = gold["source"]
    return {
        "status": status == "*" or system.get("status") == status
        or (isinstance(status, list) and system.get("status") in status),
        "source": (actor_key(system.get("source")) is None) if source is None
        else actor_matches(source, system.get("source")),
        "date": "*" in gold["date"] or _date_value(system) in gold["date"],
        "location": gold.get("location") is None or _location_code(system) == gold["location"],
    }


def _identity(m: dict) -> tuple:
    return (m.get("doc"), m.get("type"), actor_key(m.get("actor")), actor_key(m.get("recipient")),
            str(m.get("status")), actor_key(m.get("source")), str(_date_value(m)))


def distinct(rows: Iterable[dict]) -> list[dict]:
    """Identical mentions in one document count once."""
    seen: set[tuple] = set()
    out = []
    for m in rows:
        k = _identity(m)
        if k not in seen:
            seen.add(k)
            out.append(m)
    return out


# ---------------------------------------------------------------- scoring

def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _pair(gold: list[dict], system: list[dict]) -> list[tuple[int, int, dict]]:
    """Greedy best-first pairing of one document's gold and system rows."""
    cands = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if type_matches(g, s) and dyad_matches(g, s):
                attrs = attribute_matches(g, s)
                bonus = 0.5 if s.get("type") == g["type"] else 0.0
                cands.append((sum(attrs.values()) + bonus, gi, si, attrs))
    cands.sort(key=lambda c: -c[0])  # stable: ties keep gold-then-system order
    used_g, used_s, pairs = set(), set(), []
    for _, gi, si, attrs in cands:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gi, si, attrs))
    return pairs


def evaluate(gold_rows: list[dict], system_rows: list[dict],
             docs: Iterable[str] | None = None) -> dict:
    """Loose and strict P/R/F1, attribute accuracies, a per-type table, misses and extras."""
    wanted = set(docs) if docs is not None else {g["doc"] for g in gold_rows}
    gold_by, sys_by = defaultdict(list), defaultdict(list)
    for g in gold_rows:
        if g["doc"] in wanted:
            gold_by[g["doc"]].append(g)
    unknown: Counter = Counter()
    for s in distinct(system_rows):
        if s.get("doc") in wanted:
            sys_by[s["doc"]].append(s)
        else:
            unknown[s.get("doc")] += 1

    tp = fp = fn = strict = dated = dated_ok = 0
    attr_ok: Counter = Counter()
    per_type: dict[Any, Counter] = defaultdict(Counter)
    misses, extras = [], []
    for doc in sorted(wanted):
        gold, system = gold_by[doc], sys_by[doc]
        pairs = _pair(gold, system)
        matched_g = {gi for gi, _, _ in pairs}
        matched_s = {si for _, si, _ in pairs}
        for gi, _si, attrs in pairs:
            g = gold[gi]
            if g.get("optional"):
                continue
            tp += 1
            per_type[g["type"]]["tp"] += 1
            attr_ok.update(k for k, ok in attrs.items() if ok)
            if "*" not in g["date"] and any(d is not None for d in g["date"]):
                dated += 1
                dated_ok += attrs["date"]
            strict += attrs["status"] and attrs["source"] and attrs["date"]
        for gi, g in enumerate(gold):
            if gi not in matched_g and not g.get("optional"):
                fn += 1
                per_type[g["type"]]["fn"] += 1
                misses.append(g)
        for si, s in enumerate(system):
            if si not in matched_s:
                fp += 1
                per_type[s.get("type")]["fp"] += 1
                extras.append(s)

    p, r, f = _prf(tp, fp, fn)
    _, _, sf = _prf(strict, fp + (tp - strict), fn + (tp - strict))
    table = {}
    for t, c in sorted(per_type.items(), key=lambda x: str(x[0])):
        tp_, fp_, fn_ = c["tp"], c["fp"], c["fn"]
        tp_p, tp_r, tp_f = _prf(tp_, fp_, fn_)
        table[t] = {"tp": tp_, "fp": fp_, "fn": fn_, "precision": round(tp_p, 3),
                    "recall": round(tp_r, 3), "f1": round(tp_f, 3)}
    return {
        "docs": len(wanted), "gold": tp + fn, "system": tp + fp, "tp": tp, "fp": fp, "fn": fn,
        "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
        "strict_f1": round(sf, 3),
        "attribute_accuracy": {k: round(attr_ok[k] / tp, 3) if tp else 0.0 for k in ATTRIBUTES},
        "date_accuracy_when_gold_dated": round(dated_ok / dated, 3) if dated else 0.0,
        "per_type": table,
        "unknown_docs": dict(unknown.most_common(5)),
        "misses": [{k: g.get(k) for k in ("doc", "type", "actor", "recipient", "status", "evidence")}
                   for g in misses],
        "extras": [{"doc": s.get("doc"), "type": s.get("type"), "actor": actor_key(s.get("actor")),
                    "recipient": actor_key(s.get("recipient")), "status": s.get("status"),
                    "sentence": (s.get("evidence") or {}).get("sentence", "")[:160]
                    if isinstance(s.get("evidence"), dict) else ""} for s in extras],
    }


def format_report(result: dict, *, misses: bool = True) -> str:
    """A readable report: headline scores, attributes, per-type table, misses and extras."""
    lines = []
    if misses:
        for m in result["misses"]:
            lines.append(f"MISS  {str(m['doc'])[:8]} {m['type']:9} {m['actor']}->{m['recipient']} "
                         f"{str(m['status']):7} | {str(m['evidence'])[:90]}")
        for s in result["extras"]:
            lines.append(f"EXTRA {str(s['doc'])[:8]} {s['type']!s:9} {s['actor']}->{s['recipient']} "
                         f"{s['status']!s:7} | {s['sentence'][:90]}")
    acc = result["attribute_accuracy"]
    lines.append(f"docs {result['docs']}  gold {result['gold']}  system {result['system']}  "
                 f"P {result['precision']:.3f} R {result['recall']:.3f} F1 {result['f1']:.3f}  "
                 f"strict F1 {result['strict_f1']:.3f}")
    lines.append(f"attributes: status {acc['status']:.2f} source {acc['source']:.2f} "
                 f"date {acc['date']:.2f} (dated gold {result['date_accuracy_when_gold_dated']:.2f}) "
                 f"location {acc['location']:.2f}")
    lines.append(f"{'type':10} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for t, row in result["per_type"].items():
        lines.append(f"{str(t):10} {row['tp']:4} {row['fp']:4} {row['fn']:4} "
                     f"{row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f}")
    return "\n".join(lines)


# ---------------------------------------------------------------- events across reports

def _grouping(gold_ids: list[Any], system_ids: list[Any]) -> dict[str, Any]:
    """B³ and pairwise precision/recall/F1 of one grouping of the paired mentions."""
    n = len(gold_ids)
    if n == 0:
        return {"mentions": 0}
    by_gold: dict[Any, set[int]] = defaultdict(set)
    by_sys: dict[Any, set[int]] = defaultdict(set)
    for i, (g, s) in enumerate(zip(gold_ids, system_ids, strict=True)):
        by_gold[g].add(i)
        by_sys[s].add(i)
    shared = [len(by_sys[system_ids[i]] & by_gold[gold_ids[i]]) for i in range(n)]
    p = sum(shared[i] / len(by_sys[system_ids[i]]) for i in range(n)) / n
    r = sum(shared[i] / len(by_gold[gold_ids[i]]) for i in range(n)) / n
    # pairs counted per group, not pair by pair: the same sums, in linear time
    same_gold = sum(len(v) * (len(v) - 1) // 2 for v in by_gold.values())
    same_sys = sum(len(v) * (len(v) - 1) // 2 for v in by_sys.values())
    both_groups: Counter = Counter(zip(gold_ids, system_ids, strict=True))
    both = sum(k * (k - 1) // 2 for k in both_groups.values())
    pp = both / same_sys if same_sys else 1.0
    pr = both / same_gold if same_gold else 1.0
    f = (lambda a, b: 2 * a * b / (a + b) if a + b else 0.0)
    return {"mentions": n, "gold_events": len(by_gold), "system_events": len(by_sys),
            "b3_precision": round(p, 3), "b3_recall": round(r, 3), "b3_f1": round(f(p, r), 3),
            "pairwise_precision": round(pp, 3), "pairwise_recall": round(pr, 3),
            "pairwise_f1": round(f(pp, pr), 3), "gold_pairs": same_gold,
            "system_pairs": same_sys}


def _baseline_key(m: dict) -> tuple:
    a, r = actor_key(m.get("actor")), actor_key(m.get("recipient"))
    pair = tuple(sorted((str(a), str(r)))) if m.get("type") in UNDIRECTED_TYPES else (a, r)
    return (m.get("type"), pair, str(_date_value(m)))


def merge_scores(gold_rows: list[dict], system_rows: list[dict]) -> dict[str, dict[str, Any]]:
    """How exported mentions are grouped by ``event_id`` against the gold ``event`` ids (the
    rules of the team's score_merge.py): mentions are paired with gold lines per document as
    ``evaluate`` pairs them, optional lines left out; the grouping of the paired mentions is
    scored, beside two baselines (every mention alone; type + dyad + date value)."""
    gold_by: dict[str, list[dict]] = defaultdict(list)
    sys_by: dict[Any, list[dict]] = defaultdict(list)
    for g in gold_rows:
        gold_by[g["doc"]].append(g)
    for s in distinct(system_rows):
        sys_by[s.get("doc")].append(s)
    items = []
    for doc, gold in sorted(gold_by.items()):
        system = sys_by.get(doc, [])
        for gi, si, _ in _pair(gold, system):
            if not gold[gi].get("optional"):
                items.append((gold[gi].get("event") or f"{doc}#{gi}", system[si]))
    gold_ids = [g for g, _ in items]
    return {
        "system": _grouping(gold_ids, [m.get("event_id") or f"mention#{i}"
                                       for i, (_, m) in enumerate(items)]),
        "baseline_alone": _grouping(gold_ids, list(range(len(items)))),
        "baseline_type_dyad_date": _grouping(gold_ids, [_baseline_key(m) for _, m in items]),
    }


def format_merge_report(result: dict[str, dict[str, Any]]) -> str:
    """One line per grouping, as score_merge.py prints them."""
    lines = []
    for name, r in result.items():
        if not r.get("mentions"):
            lines.append(f"{name:24} no paired mentions")
            continue
        lines.append(f"{name:24} mentions {r['mentions']:4}  gold events {r['gold_events']:4}  "
                     f"system events {r['system_events']:4}  B3 P {r['b3_precision']:.3f} "
                     f"R {r['b3_recall']:.3f} F1 {r['b3_f1']:.3f}  pairwise P "
                     f"{r['pairwise_precision']:.3f} R {r['pairwise_recall']:.3f} "
                     f"F1 {r['pairwise_f1']:.3f}")
    return "\n".join(lines)
