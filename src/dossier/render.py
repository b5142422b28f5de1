"""Plain-text views of mentions and entities for the terminal. Pure: strings in, strings out."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence

from dossier.model import UNDIRECTED_TYPES, ActorRef, Mention

SENTENCE_WIDTH = 110


def _who(ref: ActorRef | None) -> str:
    if ref is None:
        return "-"
    actor = ref.actor
    if actor.kind == "country" or not actor.country or actor.name == actor.country:
        return actor.name
    return f"{actor.name} ({actor.country})"


def when_label(mention: Mention) -> str:
    """The event's date, or the report date marked with '~' when the text gives none."""
    if mention.date is not None:
        return mention.date.value
    if mention.reported is not None:
        return f"~{mention.reported.isoformat()}"
    return "?"


def dyad(mention: Mention) -> str:
    arrow = "–" if mention.type in UNDIRECTED_TYPES else "→"
    if mention.recipient is None:
        return _who(mention.actor)
    return f"{_who(mention.actor)} {arrow} {_who(mention.recipient)}"


def status_label(mention: Mention) -> str:
    if mention.source is not None:
        return f"{mention.status} (per {_who(mention.source)})"
    return mention.status


def timeline_lines(mentions: Iterable[Mention]) -> list[str]:
    """One line per mention: date, type, who, status, document, and the evidence sentence."""
    lines = []
    for m in mentions:
        sentence = " ".join(m.evidence.text.split())
        sentence = textwrap.shorten(sentence, SENTENCE_WIDTH, placeholder=" …")
        lines.append(f"{when_label(m):11} {m.type:9} {dyad(m)} [{status_label(m)}] "
                     f"{m.doc}: \"{sentence}\"")
    return lines


def mention_table(mentions: Sequence[Mention], *, explain: bool = False) -> str:
    """An aligned table of mentions; with ``explain``, the paths behind each one."""
    if not mentions:
        return "no event mentions match"
    header = ("date", "type", "actor → recipient", "status", "doc", "trigger")
    rows = [(when_label(m), m.type, dyad(m), status_label(m), m.doc, m.trigger.text) for m in mentions]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    for m, row in zip(mentions, rows, strict=True):
        out.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if explain:
            out.append(f"    sentence: {' '.join(m.evidence.text.split())}")
            out.append(f"    confidence {m.confidence:.2f}; cameo {m.cameo or '-'}; mode {m.mode or '-'}")
            out.append(f"    rules: {', '.join(m.rules) or '-'}")
            out.extend(f"    {step}" for step in m.explain)
    return "\n".join(out)


def entity_lines(description: dict) -> list[str]:
    """A knowledge-base entity (as ``resolve.kb.describe_entity`` gives it), for reading."""
    head = f"{description['name']}  [{description['kind']}"
    head += f", {description['country']}" if description.get("country") else ""
    head += f", {description['sector']}" if description.get("sector") else ""
    head += f", wikidata {description['wikidata']}" if description.get("wikidata") else ""
    lines = [head + "]"]
    if description.get("aliases"):
        lines.append("aliases: " + ", ".join(description["aliases"]))
    for office in description.get("offices", []):
        if "holders" in office:  # a state or organisation: who held each of its offices
            lines.append(f"{office['title']}:")
            lines += [f"  {h['start']} – {h['end'] or 'now':10}  {h['person']}" for h in office["holders"]]
        else:  # a person: the offices they held
            acting = " (acting)" if office.get("acting") else ""
            lines.append(f"{office['start']} – {office['end'] or 'now':10}  "
                         f"{office['title']}{acting}, {office['country']}")
    return lines
