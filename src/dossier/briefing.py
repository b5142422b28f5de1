"""A briefing on one actor or a dyad, written only from stored evidence: a summary header
(period, events by type, PLOVER's conflict/cooperation score per month, the strongest
events), the timeline of merged events by month with numbered citations to the articles and
their evidence sentences, and the contested claims. Pure: events and articles in, Markdown or
a standalone HTML page out (no scripts, no network)."""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from dossier.model import UNDIRECTED_TYPES, Article, Event, Report

Scorer = Callable[[str, str | None], float]


@dataclass
class _Citations:
    """Articles numbered in the order the briefing first cites them."""

    articles: dict[str, Article | None]
    order: list[str] = field(default_factory=list)

    def cite(self, doc: str) -> int:
        if doc not in self.order:
            self.order.append(doc)
        return self.order.index(doc) + 1

    def line(self, doc: str) -> str:
        a = self.articles.get(doc)
        if a is None:
            return doc
        parts = [a.outlet or "", a.published.isoformat() if a.published else "",
                 f'"{a.title}"' if a.title else "", a.url or doc]
        return ", ".join(p for p in parts if p)


def _month(e: Event) -> str:
    if e.date and len(e.date) >= 7 and e.date[4] == "-":
        return e.date[:7]
    if e.date and len(e.date) == 4:
        return e.date
    c = e.corroboration
    return f"undated (reported {c.first_reported:%Y-%m})" if c and c.first_reported else "undated"


def _who(e: Event) -> str:
    arrow = "–" if e.type in UNDIRECTED_TYPES else "→"
    actor = e.actor_name or e.actor or "unnamed"
    return f"{actor} {arrow} {e.recipient_name or e.recipient}" if e.recipient else actor


def _picture(e: Event) -> str:
    c = e.corroboration
    if c is None:
        return ""
    parts = [f"asserted by {c.asserted} article(s)"] if c.asserted else []
    for label, who in (("claimed by", c.claimed_by), ("denied by", c.denied_by),
                       ("negated by", c.negated_by), ("expected per", c.planned_by)):
        if who:
            parts.append(f"{label} {', '.join(who)}")
    return "; ".join(parts)


def _score(e: Event, scorer: Scorer) -> float:
    mode = e.mentions[0].mode if e.mentions else None
    return scorer(e.type, mode)


def _happened(e: Event) -> bool:
    """Reported as done (by writers or claims), not only denied, negated or planned."""
    c = e.corroboration
    return bool(c and (c.asserted or c.claimed_by))


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[tuple[str, tuple[tuple[int, str], ...]], ...]  # (text, ((cite, sentence)…))


@dataclass(frozen=True)
class Briefing:
    sections: list[Section]
    references: list[str]  # "[n] outlet, date, "title", url"
    docs: list[str]  # the article id each reference cites, in the same order


def build(title: str, events: Sequence[Event], articles: dict[str, Article | None],
          scorer: Scorer, *, period: str | None = None) -> tuple[list[Section], list[str]]:
    """The briefing's sections and its numbered reference list."""
    b = compose(title, events, articles, scorer, period=period)
    return b.sections, b.references


def compose(title: str, events: Sequence[Event], articles: dict[str, Article | None],
            scorer: Scorer, *, period: str | None = None) -> Briefing:
    """The briefing's sections, its numbered references and the articles they cite."""
    cites = _Citations(articles)
    dated = sorted(e.date for e in events if e.date)
    summary = [(f"Period: {period or (f'{dated[0]} to {dated[-1]}' if dated else 'undated')}; "
                f"{len(events)} event(s) from "
                f"{len({r.independent_doc for e in events for r in e.reports})} article(s).", ())]
    by_type = Counter(e.type for e in events)
    summary.append(("Events by type: " + ", ".join(f"{t} {n}" for t, n in by_type.most_common())
                    + ".", ()))
    monthly: dict[str, list[float]] = defaultdict(list)
    for e in events:
        if _happened(e):
            monthly[_month(e)].append(_score(e, scorer))
    for month in sorted(monthly):
        scores = monthly[month]
        summary.append((f"{month}: PLOVER conflict/cooperation score {sum(scores):+.1f} over "
                        f"{len(scores)} reported event(s) (mean {sum(scores) / len(scores):+.1f}).",
                        ()))
    strongest = sorted((e for e in events if _happened(e)),
                       key=lambda e: (-abs(_score(e, scorer)) * e.corroboration.articles,
                                      e.event_id))[:5]
    sections = [Section("Summary", tuple(summary)),
                Section("Strongest events", tuple(_entry(e, cites, scorer) for e in strongest))]
    months: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        months[_month(e)].append(e)
    for month in sorted(months):
        sections.append(Section(f"Timeline: {month}",
                                tuple(_entry(e, cites, scorer) for e in months[month])))
    disputed = [e for e in events if e.corroboration and e.corroboration.contested]
    sections.append(Section("Contested claims", tuple(_entry(e, cites, scorer) for e in disputed)
                            or (("No event is disputed in the stored articles.", ()),)))
    return Briefing(sections, [f"[{n}] {cites.line(doc)}" for n, doc in enumerate(cites.order, 1)],
                    list(cites.order))


def _entry(e: Event, cites: _Citations, scorer: Scorer) -> tuple[str, tuple[tuple[int, str], ...]]:
    text = (f"{e.date or 'undated'}: {e.type} {_who(e)}"
            + (f" in {e.location}" if e.location else "")
            + f" (score {_score(e, scorer):+.1f}); {_picture(e)}.")
    evidence = tuple(_evidence(r, cites) for r in e.reports)
    return text, evidence


def _evidence(r: Report, cites: _Citations) -> tuple[int, str]:
    m = r.mention
    who = f" (per {m.source.actor.name})" if m.source else ""
    return cites.cite(r.independent_doc), f"{m.status}{who}: \"{' '.join(m.evidence.text.split())}\""


def markdown(title: str, sections: list[Section], references: list[str]) -> str:
    out = [f"# {title}", ""]
    for s in sections:
        out += [f"## {s.title}", ""]
        for text, evidence in s.lines:
            out.append(f"- {text}")
            out += [f"  - [{n}] {sentence}" for n, sentence in evidence]
        out.append("")
    out += ["## Sources", ""] + [f"- {r}" for r in references]
    return "\n".join(out) + "\n"


_STYLE = """body{font-family:Georgia,serif;max-width:54rem;margin:2rem auto;padding:0 1rem;
color:#222;line-height:1.45}h1{border-bottom:2px solid #333}h2{margin-top:2rem;color:#333}
li{margin:.4rem 0}ul.ev{font-size:.92em;color:#444}.cite{color:#06c;font-weight:bold}
ol.refs li{font-size:.9em}"""


def page(title: str, sections: list[Section], references: list[str]) -> str:
    """A standalone HTML page: inline style, no scripts, nothing fetched."""
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>{e(title)}</title><style>{_STYLE}</style></head><body>", f"<h1>{e(title)}</h1>"]
    for s in sections:
        out.append(f"<h2>{e(s.title)}</h2><ul>")
        for text, evidence in s.lines:
            out.append(f"<li>{e(text)}")
            if evidence:
                out.append('<ul class="ev">' + "".join(
                    f'<li><a class="cite" href="#ref{n}">[{n}]</a> {e(sentence)}</li>'
                    for n, sentence in evidence) + "</ul>")
            out.append("</li>")
        out.append("</ul>")
    out.append('<h2>Sources</h2><ol class="refs">')
    for n, ref in enumerate(references, 1):
        out.append(f'<li id="ref{n}">{e(ref.split("] ", 1)[1])}</li>')
    out.append("</ol></body></html>")
    return "\n".join(out) + "\n"
