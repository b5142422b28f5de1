"""GET /api/network: who acts on whom. Nodes are actors (by the code event ids compare them
by), edges count mentions per type and weigh them by PLOVER's conflict/cooperation score."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from dossier.api.common import ApiState, mention_filter, state
from dossier.api.models import NetworkOut
from dossier.model import UNDIRECTED_TYPES
from dossier.store.filters import MentionFilter

router = APIRouter(tags=["network"])


@router.get("/network", response_model=NetworkOut,
            summary="The actor network: nodes, and edges with counts per type and a "
                    "cooperation/conflict weight (same filters as /api/mentions)")
def network(where: Annotated[MentionFilter, Depends(mention_filter)],
            st: Annotated[ApiState, Depends(state)],
            nodes: Annotated[int | None, Query(ge=1, le=MAX_CAP, description=(
                "only the busiest N nodes, and the edges between them (a store of 100k "
                "events names thousands of actors; the page draws 40)"))] = None,
            edges: Annotated[int | None, Query(ge=1, le=MAX_CAP, description=(
                "only the busiest N edges"))] = None) -> dict:
    return build_network(st.db.dyad_counts(where), nodes=nodes, edges=edges)


MAX_CAP = 100_000


def build_network(rows: list[dict[str, Any]], *, nodes: int | None = None,
                  edges: int | None = None) -> dict[str, Any]:
    """Nodes and edges from the store's counts per (actor, recipient, type, mode), the
    busiest first; with ``nodes``, only the busiest so many nodes and the edges between
    them, with ``edges`` only so many edges (the totals say how many there were)."""
    full = _network(rows)
    kept = full["nodes"][:nodes] if nodes else full["nodes"]
    ids = {n["id"] for n in kept}
    lines = [e for e in full["edges"] if e["source"] in ids and e["target"] in ids] \
        if nodes else full["edges"]
    return {"nodes": kept, "edges": lines[:edges] if edges else lines,
            "total_nodes": len(full["nodes"]), "total_edges": len(full["edges"])}


def _network(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    from dossier.events.ontology import load_ontology

    ontology = load_ontology()
    names: dict[str, Counter] = defaultdict(Counter)  # node -> (name, kind) -> mentions
    degree: Counter = Counter()
    coded: set[str] = set()  # nodes named by a country or group code
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        ends = []
        for side in ("actor", "recipient"):
            node = _node_id(row[f"{side}_code"], row[f"{side}_name"])
            if row[f"{side}_code"]:
                coded.add(node)
            if node is not None:
                names[node][(row[f"{side}_name"], row[f"{side}_kind"])] += row["n"]
                degree[node] += row["n"]
            ends.append(node)
        source, target = ends
        if source is None or target is None or source == target:
            continue
        if row["type"] in UNDIRECTED_TYPES:  # A meets B is B meets A: one edge
            source, target = sorted((source, target))
        edge = edges.setdefault((source, target), {"source": source, "target": target,
                                                   "count": 0, "types": Counter(), "score": 0.0,
                                                   "directed": False})
        edge["directed"] = edge["directed"] or row["type"] not in UNDIRECTED_TYPES
        edge["count"] += row["n"]
        edge["types"][row["type"]] += row["n"]
        edge["score"] += ontology.score(row["type"], row["mode"]) * row["n"]
    linked = {end for pair in edges for end in pair}
    nodes = [{**_node(node, names[node], degree[node], node in coded), "linked": node in linked}
             for node in sorted(degree, key=lambda n: (-degree[n], n))]
    out_edges = [{**e, "types": dict(sorted(e["types"].items())), "score": round(e["score"], 2),
                  "weight": round(e["score"] / e["count"], 2)}
                 for e in sorted(edges.values(),
                                 key=lambda e: (-e["count"], e["source"], e["target"]))]
    return {"nodes": nodes, "edges": out_edges}


def _node_id(code: str | None, name: str | None) -> str | None:
    """An actor's code (``Actor.code``): its country or group code, else its name."""
    return code or name or None


def _node(node: str, seen: Counter, count: int, coded: bool) -> dict[str, Any]:
    """A node's label and kind: its most named state, organisation or group (a state's
    officials share its code), else its most named person."""
    ranked = [key for key, _ in seen.most_common()]
    name, kind = next((k for k in ranked if k[1] != "person"), ranked[0])
    return {"id": node, "label": name or node, "kind": kind,
            "country": node if coded else None, "count": count}
