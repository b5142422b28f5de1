"""`dossier export network`: GraphML and GEXF that networkx (and so Gephi) reads back, with
actors' kind and country on the nodes and counts per type and a score on the edges."""

from __future__ import annotations

import networkx as nx
import pytest
from exports_support import run
from store_support import mention

from dossier.events.ontology import load_ontology
from dossier.exports.network import mention_network
from dossier.model import EVENT_TYPES

READERS = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}


def _graph(store, tmp_path, fmt: str) -> nx.DiGraph:
    out = tmp_path / f"network.{fmt}"
    result = run(store, "network", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "wrote 5 actor(s) and 3 edge(s)" in result.output
    return READERS[fmt](out)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_reads_back_with_its_attributes(store, tmp_path, fmt):
    graph = _graph(store, tmp_path, fmt)
    assert graph.is_directed()
    assert graph.number_of_nodes() == 5 and graph.number_of_edges() == 3
    rus, ukr = "country|RUS|Russia", "country|UKR|Ukraine"
    nodes = dict(graph.nodes(data=True))
    assert nodes[rus]["kind"] == "country" and nodes[rus]["country"] == "RUS"
    assert nodes["putin"]["kind"] == "person" and nodes["putin"]["country"] == "RUS"
    assert nodes["putin"]["label"] == "Vladimir Putin"
    edge = graph.edges[rus, ukr]
    assert int(edge["count"]) == 2 and float(edge["weight"]) == 2
    assert int(edge["ASSAULT"]) == 1 and int(edge["THREATEN"]) == 1 and int(edge["AID"]) == 0
    ontology = load_ontology()
    expected = (ontology.score("ASSAULT") + ontology.score("THREATEN")) / 2
    assert float(edge["score"]) == pytest.approx(expected, abs=1e-4)
    assert graph.has_edge("putin", "country|FRA|France")


def test_a_mention_without_recipient_adds_a_node_and_no_edge():
    graph = mention_network([mention(recipient=None)])
    assert list(graph.nodes) == ["country|RUS|Russia"] and graph.number_of_edges() == 0


def test_edge_keeps_one_count_per_type_and_the_mean_score():
    graph = mention_network([mention(), mention(), mention(type_="AID", trigger="sent")])
    edge = graph.edges["country|RUS|Russia", "country|UKR|Ukraine"]
    assert set(EVENT_TYPES) <= set(edge)
    assert (edge["count"], edge["ASSAULT"], edge["AID"], edge["CONSULT"]) == (3, 2, 1, 0)
    ontology = load_ontology()
    assert edge["score"] == pytest.approx((2 * ontology.score("ASSAULT") + ontology.score("AID")) / 3,
                                          abs=1e-4)
    assert "score_sum" not in edge
