"""Event extraction behind the ``Extractor`` interface.

``RuleExtractor.default().extract(analysis)`` finds PLOVER event mentions in an analysed
article: triggers from a YAML lexicon (``triggers``), arguments from the dependency parse
(``arguments``, over ``refs`` and ``tokens``), status and attribution (``status``), PLOVER
coding conventions (``conventions``), wired together in ``extractor``; repeated reports of
one event merge (``merge``).
"""

from __future__ import annotations

from dossier.events.extractor import Extractor, RuleExtractor
from dossier.events.merge import merge_mentions
from dossier.events.ontology import load_ontology

__all__ = ["Extractor", "RuleExtractor", "load_ontology", "merge_mentions"]
