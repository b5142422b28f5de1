"""The actor network (networkx): who acted on whom, how often, and how cooperatively.

Nodes are entities (``entity_key`` of the store: the knowledge-base id, else kind, code and
name) with ``label``, ``kind``, ``country`` and ``sector``; an edge runs from a mention's actor
to its recipient with ``count`` (mentions), ``weight`` (the same number: the thickness Gephi
draws), one count per PLOVER type (``ASSAULT`` …, 0 when none) and ``score``, the mean
PLOVER conflict/cooperation score (-10 conflict … +10 cooperation, refined by mode) of its
mentions. GraphML and GEXF open in Gephi; neither allows empty values, so a missing
country or sector is written as "".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dossier.errors import ConfigError
from dossier.events.ontology import load_ontology
from dossier.exports import output_file, require
from dossier.exports.table import Item, unpack
from dossier.model import EVENT_TYPES, Actor
from dossier.store.codec import entity_key

if TYPE_CHECKING:
    import networkx as nx

FORMATS = ("graphml", "gexf")


def mention_network(mentions: Iterable[Item]) -> nx.DiGraph:
    """A directed graph of the mentions' actors and recipients (see the module doc).
    A mention without a recipient adds its actor as a node and no edge."""
    rows = []
    for item in mentions:
        m = unpack(item)[0]
        rows.append({**_side("actor", m.actor.actor if m.actor else None),
                     **_side("recipient", m.recipient.actor if m.recipient else None),
                     "type": m.type, "mode": m.mode or "", "n": 1})
    return count_network(rows)


def count_network(rows: Iterable[dict[str, Any]]) -> nx.DiGraph:
    """The graph from mention counts per (actor, recipient, type, mode): the store's
    ``Database.entity_dyad_counts`` rows (each side's ``entity``, ``label``, ``kind``,
    ``country``, ``sector``, '' when missing; ``n`` mentions). A node's label is the name
    its mentions give most often (the first one given, on a tie)."""
    nx_ = require("networkx", "the network export")
    ontology = load_ontology()
    graph = nx_.DiGraph()
    labels: dict[str, Counter] = {}
    for row in rows:
        n = row["n"]
        ends = [side for side in ("actor", "recipient") if row[f"{side}_entity"]]
        for side in ends:
            key = row[f"{side}_entity"]
            if key not in graph:
                graph.add_node(key, label="", kind=row[f"{side}_kind"],
                               country=row[f"{side}_country"], sector=row[f"{side}_sector"],
                               mentions=0)
                labels[key] = Counter()
            graph.nodes[key]["mentions"] += n
            labels[key][row[f"{side}_label"]] += n
        if len(ends) < 2:
            continue
        source, target = row["actor_entity"], row["recipient_entity"]
        if not graph.has_edge(source, target):
            graph.add_edge(source, target, count=0, weight=0, score=0.0, score_sum=0.0,
                           **dict.fromkeys(EVENT_TYPES, 0))
        edge = graph.edges[source, target]
        edge["count"] += n
        edge["weight"] = edge["count"]
        edge[row["type"]] += n
        edge["score_sum"] += ontology.score(row["type"], row["mode"] or None) * n
        edge["score"] = round(edge["score_sum"] / edge["count"], 4)
    for key, seen in labels.items():
        graph.nodes[key]["label"] = seen.most_common(1)[0][0]
    for _, _, edge in graph.edges(data=True):
        del edge["score_sum"]  # a running total, not a figure of its own
    return graph


def _side(side: str, actor: Actor | None) -> dict[str, str]:
    if actor is None:
        return {f"{side}_{part}": "" for part in ("entity", "label", "kind", "country", "sector")}
    return {f"{side}_entity": entity_key(actor), f"{side}_label": actor.name,
            f"{side}_kind": actor.kind, f"{side}_country": actor.country or "",
            f"{side}_sector": actor.sector or ""}


def write_network(graph: nx.DiGraph, fmt: str, path: str | Path) -> tuple[int, int]:
    """Write ``graph`` as ``graphml`` or ``gexf``; return (nodes, edges)."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown network format {fmt!r}", fix=f"use one of: {', '.join(FORMATS)}")
    nx_ = require("networkx", "the network export")
    target = output_file(path)
    try:
        if fmt == "graphml":
            nx_.write_graphml(graph, target)
        else:
            nx_.write_gexf(graph, target)
    except OSError as exc:
        raise ConfigError(f"cannot write {target}: {exc}",
                          fix="give -o a path in a folder you can write") from None
    return graph.number_of_nodes(), graph.number_of_edges()
