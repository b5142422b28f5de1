"""Corroboration and dispute of one event, from its reports. Pure.

Articles stored as copies of another (same text, new id) count as their original; outlets
are those the articles name (JSON Lines ``outlet``, the HTML page's site name, else the
URL's host)."""

from __future__ import annotations

from collections.abc import Sequence

from dossier.model import ActorRef, Corroboration, Report


def source_name(ref: ActorRef | None) -> str | None:
    if ref is None:
        return None
    actor = ref.actor
    if actor.kind == "person" and actor.country:
        return f"{actor.name} ({actor.country})"
    return actor.name


def _who(report: Report) -> str:
    """Who says it: the named source, else the article's writer (by its outlet: what a
    reader knows the article by; an article id means nothing to them)."""
    named = source_name(report.mention.source)
    if named:
        return named
    return f"the writer ({report.outlet})" if report.outlet else "an article's writer"


def corroborate(reports: Sequence[Report]) -> Corroboration:
    by: dict[str, set[str]] = {s: set() for s in ("fact", "claim", "denial", "negated", "future")}
    asserted: set[str] = set()
    for r in reports:
        m = r.mention
        if m.status == "fact" and m.source is None:
            asserted.add(r.independent_doc)
        else:
            by[m.status].add(_who(r))
    sources = {source_name(r.mention.source) for r in reports} - {None}
    reported = sorted(d for d in (r.published or r.mention.reported for r in reports) if d)
    against = by["denial"] or by["negated"]
    for_it = asserted or by["claim"] or by["fact"]
    return Corroboration(
        mentions=len(reports), articles=len({r.independent_doc for r in reports}),
        outlets=len({r.outlet for r in reports if r.outlet}), sources=len(sources),
        first_reported=reported[0] if reported else None,
        last_reported=reported[-1] if reported else None,
        asserted=len(asserted), claimed_by=tuple(sorted(by["claim"] | by["fact"])),
        denied_by=tuple(sorted(by["denial"])), negated_by=tuple(sorted(by["negated"])),
        planned_by=tuple(sorted(by["future"])), contested=bool(against and for_it))
