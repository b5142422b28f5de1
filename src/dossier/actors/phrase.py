"""Small tests on the words around an actor phrase, used by ``compose.py``: whether a
word premodifies a later noun, an acronym is a title, a name follows, a state leads or a group
is linked to the noun after it, a grouping's name prefixes an unknown body."""

from __future__ import annotations

from dossier.actors.atoms import Atom
from dossier.kb import Alias, Entity

__all__ = ["acronym_title", "best_alias", "grouping_prefix", "led", "linked", "name_follows",
           "premodifier"]


def premodifier(word) -> bool:
    """A noun or adjective compounded onto a later word ("army" in "army bulldozers")."""
    return word.dep_ in ("compound", "amod", "nmod") and word.head.i > word.i and \
        word.is_alpha and word.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")


def acronym_title(doc, atom: Atom, entity: Entity, adjacent: bool) -> bool:
    """"NSA Ajit Doval", "DG Ahmed Sharif": an all-capitals organisation acronym directly
    before a person's name is a title abbreviation (an adviser, a director general), not the
    organisation's ownership of the person ("CIA Director William Burns" has a title)."""
    text = doc[atom.start:atom.end].text
    return adjacent and entity.kind == "organization" and atom.end - atom.start == 1 and \
        text.isupper() and len(text) <= 4 and entity.country not in ("UN", "EU", "NATO")


def name_follows(doc, tok: int) -> bool:
    """A person's name starts at ``tok``: NER says so, or two capitalised proper nouns."""
    if tok >= len(doc):
        return False
    if doc[tok].ent_type_ == "PERSON":
        return True
    return tok + 1 < len(doc) and all(t.is_title and t.pos_ == "PROPN" and
                                      t.ent_type_ in ("", "PERSON") for t in doc[tok:tok + 2])


_GROUPINGS = frozenset({"UN", "EU", "AU", "NATO", "ECOWAS", "ASEAN", "ARL", "GCC", "SCO",
                        "OPEC", "IGAD", "SADC", "OSCE"})


def grouping_prefix(entity: Entity, alias: Alias, poss: bool, adjacent: bool) -> bool:
    """"UN", "U.N.", "EU" directly before an unknown body's name: the body is the
    grouping's (an agency, office or court the knowledge base does not list)."""
    return adjacent and not poss and entity.kind == "organization" and \
        entity.country in _GROUPINGS and alias.basis == "name"


def led(doc, end: int) -> bool:
    """"Vietnamese-led", "Saudi-led", "U.N.-appointed": a state's or body's leadership of
    the noun that follows, or its appointment of the official who follows."""
    return end + 2 < len(doc) and doc[end].text == "-" and \
        doc[end + 1].lower_ in ("led", "appointed", "nominated", "mandated")


def linked(doc, end: int) -> bool:
    """"al-Shabab-linked", "IS-affiliated": a group's link to the noun that follows."""
    return end + 2 < len(doc) and doc[end].text == "-" and \
        doc[end + 1].lower_ in ("linked", "affiliated", "aligned", "allied")


def best_alias(aliases: list[Alias]) -> Alias:
    order = {"name": 0, "plural": 1, "metonym": 2, "demonym": 3}
    return min(aliases, key=lambda a: order.get(a.basis, 9))
