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

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

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
    nx_ = require("networkx", "the network export")
    ontology = load_ontology()
    graph = nx_.DiGraph()
    for item in mentions:
        m = unpack(item)[0]
        ends = [ref.actor for ref in (m.actor, m.recipient) if ref is not None]
        for actor in ends:
            _add_node(graph, actor)
        if m.actor is None or m.recipient is None:
            continue
        source, target = entity_key(m.actor.actor), entity_key(m.recipient.actor)
        if not graph.has_edge(source, target):
            graph.add_edge(source, target, count=0, weight=0, score=0.0, score_sum=0.0,
                           **dict.fromkeys(EVENT_TYPES, 0))
        edge = graph.edges[source, target]
        edge["count"] += 1
        edge["weight"] = edge["count"]
        edge[m.type] += 1
        edge["score_sum"] += ontology.score(m.type, m.mode)
        edge["score"] = round(edge["score_sum"] / edge["count"], 4)
    for _, _, edge in graph.edges(data=True):
        del edge["score_sum"]  # a running total, not a figure of its own
    return graph


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


def _add_node(graph: nx.DiGraph, actor: Actor) -> None:
    key = entity_key(actor)
    if key in graph:
        graph.nodes[key]["mentions"] += 1
        return
    graph.add_node(key, label=actor.name, kind=actor.kind, country=actor.country or "",
                   sector=actor.sector or "", mentions=1)
