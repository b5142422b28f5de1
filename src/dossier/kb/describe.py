"""What the knowledge base says about one entity, as plain data (``dossier actor NAME``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.kb.records import Entity, Office

if TYPE_CHECKING:
    from dossier.kb.knowledge import KnowledgeBase


def describe_entity(kb: KnowledgeBase, entity: Entity) -> dict:
    """Everything the KB says about an entity, for ``dossier actor NAME``: names, code,
    sector, and the offices held over time (persons) or the office holders (states)."""
    out: dict = {"id": entity.id, "name": entity.name, "kind": entity.kind,
                 "country": entity.country, "sector": entity.sector,
                 "wikidata": entity.wikidata,
                 "aliases": sorted(set(entity.aliases) - {entity.name}),
                 "origin": entity.origin}
    if entity.kind == "country":
        out["demonyms"] = list(entity.demonyms) + list(entity.plurals)
        out["metonyms"] = {text: sector for text, sector in entity.metonyms}
        out["offices"] = [_office_dict(kb, o) for o in kb.offices.values()
                          if o.country == entity.id]
    elif entity.kind == "person":
        out["offices"] = [{"office": o.id, "title": o.title, "country": o.country,
                           "start": t.start.isoformat(),
                           "end": t.end.isoformat() if t.end else None,
                           "acting": t.acting} for o, t in kb.offices_of(entity.id)]
    else:
        out["offices"] = [_office_dict(kb, o) for o in kb.offices.values()
                          if o.country == entity.id]
    return out


def _office_dict(kb: KnowledgeBase, office: Office) -> dict:
    return {"office": office.id, "title": office.title, "kind": office.kind,
            "holders": [{"person": (kb.entities[t.person].name if t.person in kb.entities
                                    else t.person),
                         "start": t.start.isoformat(),
                         "end": t.end.isoformat() if t.end else None}
                        for t in office.terms]}
