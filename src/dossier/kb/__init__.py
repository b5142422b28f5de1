"""The knowledge base: who the actors are and which offices they hold, when.

Takes the bundled YAML in ``data/`` (states, organisations, groups, office holders with dated
terms; ``data/README.md`` gives the formats) plus a user's own files, and gives a
``KnowledgeBase``: names and aliases found in text, entities by id, and office holders on a
date ("Iran's president" on 2022-07-19). Lowest stage: imports no other stage.
"""

from dossier.kb.describe import describe_entity
from dossier.kb.knowledge import KnowledgeBase, term_on
from dossier.kb.records import Entity, Office, Term
from dossier.kb.text import Alias, fold

__all__ = ["Alias", "Entity", "KnowledgeBase", "Office", "Term", "describe_entity", "fold",
           "term_on"]
