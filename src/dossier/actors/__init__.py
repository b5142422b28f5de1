"""Actors: the noun phrases of a parsed text that name actors, resolved on the article's date.

Takes a spaCy ``Doc``, a ``KnowledgeBase`` and the publication date; gives one ``ActorRef`` per
mention (offsets, the resolved ``Actor`` and the basis: name, title, demonym, metonym, org,
unknown person, context, coref). Names and titles are composed here; pronouns and
descriptions are handed to ``dossier.coref``.
"""

from dossier.actors.resolve import resolve_actors

__all__ = ["resolve_actors"]
