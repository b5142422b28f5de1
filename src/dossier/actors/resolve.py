"""Actor mentions: who each noun phrase that names an actor is, on the article's date.

``resolve_actors(doc, kb, on=date)`` returns one ``ActorRef`` per actor mention, with offsets
into ``doc.text`` and the basis it was resolved on:

    name      a known name ("Iran", "Hezbollah", "Vladimir Putin", "Putin")
    title     a title, with or without a name ("the Russian leader", "Iran's oil minister")
    demonym   a country's people or bodies ("Russian officials", "Ukrainian forces")
    metonym   a capital or seat of power for its government ("Tehran", "the Pentagon")
    org       an organisation, known or not ("NATO", "the Iranian Red Crescent")
    unknown-person   a person the knowledge base does not know ("Javad Owji")
    context   a body whose country the document supplies ("state media")
    coref     a pronoun or description pointing back ("he", "the two countries")

A demonym that only modifies a thing ("Iranian drones") is not a mention: mentions are the
phrases that denote actors; the event extractor decides their roles.
"""

from __future__ import annotations

from datetime import date

from dossier.actors.atoms import find_atoms
from dossier.actors.compose import compose, read_document
from dossier.coref import resolve_coref
from dossier.kb import KnowledgeBase
from dossier.model import ActorRef

__all__ = ["resolve_actors"]


def resolve_actors(doc, kb: KnowledgeBase, *, on: date | None) -> list[ActorRef]:
    """Every actor mention in a parsed Doc, resolved as of ``on`` (the publication date;
    None means today's office holders)."""
    composed = compose(read_document(doc, kb, on, find_atoms(doc, kb)))
    found = list(composed.found)
    found += resolve_coref(doc, found, composed.pending, kb)
    found.sort(key=lambda m: (m.ref.start, m.ref.end))
    return [m.ref for m in found if not speaker_label(doc, m.start, m.end)]


_BEFORE_LABEL = frozenset({".", "?", "!", "\"", "\u201d", "\u2019", "'", ")", "]"})


def speaker_label(doc, start: int, end: int) -> bool:
    """"VOA: During your visit …", "Armitage: That was expected": an interview's speaker
    label (or a topic label before a headline) is no actor of what follows it; it stands
    at the start of a line or after a sentence's end, and a colon follows it."""
    if end >= len(doc) or doc[end].text != ":":
        return False
    if start == 0:
        return True
    before = doc[start - 1]
    return "\n" in before.text_with_ws or before.is_space or before.text in _BEFORE_LABEL
