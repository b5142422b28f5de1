"""Event extraction behind the ``Extractor`` interface.

``RuleExtractor.default().extract(analysis)`` finds PLOVER event mentions in an analysed
article: triggers from a YAML lexicon (``triggers``), arguments from the dependency parse
(``arguments``, over ``refs`` and ``tokens``), status and attribution (``status``), PLOVER
coding conventions (``conventions``), applied as an ordered list of named rules (``rules``:
``act_rules``, ``parties``, ``claim_rules``) over frozen candidates (``candidate``) and
wired together in ``extractor``; each mention records the ids of the rules that made it, and
its confidence weighs them (``confidence``); repeated reports of one event merge (``merge``).
"""

from __future__ import annotations

from dossier.events.extractor import Extractor, RuleExtractor
from dossier.events.merge import merge_mentions
from dossier.events.ontology import load_ontology

__all__ = ["Extractor", "RuleExtractor", "load_ontology", "merge_mentions"]
