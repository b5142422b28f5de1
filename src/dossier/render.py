"""Plain-text views of mentions and entities for the terminal. Pure: strings in, strings out."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence

from dossier.model import UNDIRECTED_TYPES, ActorRef, Corroboration, Event, Mention, Report

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


# -- merged events -------------------------------------------------------------------------

def event_dyad(event: Event) -> str:
    arrow = "–" if event.type in UNDIRECTED_TYPES else "→"
    actor = event.actor_name or event.actor or "-"
    if event.recipient is None and event.recipient_name is None:
        return actor
    return f"{actor} {arrow} {event.recipient_name or event.recipient}"


def status_picture(c: Corroboration | None) -> str:
    """Who says what: "asserted by 2 articles; claimed by X; denied by Y"."""
    if c is None:
        return "-"
    parts = []
    if c.asserted:
        parts.append(f"asserted by {c.asserted} article{'s' if c.asserted > 1 else ''}")
    for label, who in (("claimed by", c.claimed_by), ("denied by", c.denied_by),
                       ("negated by", c.negated_by), ("expected per", c.planned_by)):
        if who:
            parts.append(f"{label} {', '.join(who)}")
    return "; ".join(parts) or "-"


def counts_label(c: Corroboration | None) -> str:
    if c is None:
        return "-"
    return f"{c.mentions}m {c.articles}a {c.outlets}o {c.sources}s"


def event_table(events: Sequence[Event]) -> str:
    """One line per event: date, type, dyad, counts (mentions, independent articles,
    outlets, sources), the status picture, and the id to look it up by."""
    if not events:
        return "no events match"
    header = ("date", "type", "actor → recipient", "reports", "status", "event")
    rows = [(e.date or "?", e.type, event_dyad(e), counts_label(e.corroboration),
             ("CONTESTED: " if e.corroboration and e.corroboration.contested else "")
             + status_picture(e.corroboration), e.event_id) for e in events]
    widths = [min(max(len(str(r[i])) for r in [header, *rows]), 60) for i in range(len(header))]
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    out += ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            for row in rows]
    out.append("reports: m mentions, a independent articles, o outlets, s named sources")
    return "\n".join(out)


def _report_line(r: Report) -> str:
    m = r.mention
    where = f"{m.doc}" + (f" ({r.outlet})" if r.outlet else "")
    copy = f" [copy of {r.origin}]" if r.origin else ""
    return (f"{when_label(m):11} {m.type:9} {dyad(m)} [{status_label(m)}] "
            f"{where}{copy}, reported {r.published or '?'}")


def event_lines(event: Event, *, explain: bool = False) -> list[str]:
    """One event: what, who, when, where; its corroboration; then every report with its
    sentence (with ``explain``, why it was merged)."""
    c = event.corroboration
    lines = [f"{event.event_id}  {event.type}  {event_dyad(event)}  date {event.date or '?'}"
             f"  place {event.location or '-'}"]
    if c is not None:
        lines.append(f"{c.mentions} mention(s) in {c.articles} independent article(s) from "
                     f"{c.outlets} outlet(s), {c.sources} named source(s); reported "
                     f"{c.first_reported or '?'} – {c.last_reported or '?'}")
        lines.append(("CONTESTED  " if c.contested else "") + status_picture(c))
    why = {e.key: e for e in event.explanations}
    for r in event.reports:
        lines.append("  " + _report_line(r))
        lines.append(f"      \"{' '.join(r.mention.evidence.text.split())}\"")
        if explain and r.key in why:
            e = why[r.key]
            head = f"joined {e.joined}" if e.joined else "leads the event"
            lines.append(f"      merge ({r.key}): {head}: {'; '.join(e.reasons)}")
    return lines


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(" ".join(text.split()), width) or [""]


def contested_lines(event: Event, width: int = 58) -> list[str]:
    """A disputed event with both sides' evidence side by side: what asserts or claims it
    on the left, what denies or negates it on the right."""
    lines = [f"{event.event_id}  {event.date or '?'}  {event.type}  {event_dyad(event)}",
             f"  {status_picture(event.corroboration)}"]
    pro = [r for r in event.reports if r.mention.status in ("fact", "claim", "future")]
    con = [r for r in event.reports if r.mention.status in ("denial", "negated")]

    def side(reports: list[Report]) -> list[str]:
        out: list[str] = []
        for r in reports:
            m = r.mention
            out += _wrap(f"[{status_label(m)}] {m.doc}"
                         + (f" ({r.outlet})" if r.outlet else "") + ":", width)
            out += _wrap(f"\"{m.evidence.text}\"", width) + [""]
        return out

    left, right = side(pro), side(con)
    lines.append(f"  {'for (fact, claim)':{width}} | against (denial, negation)")
    for n in range(max(len(left), len(right))):
        a = left[n] if n < len(left) else ""
        b = right[n] if n < len(right) else ""
        lines.append(f"  {a:{width}} | {b}".rstrip())
    return lines
