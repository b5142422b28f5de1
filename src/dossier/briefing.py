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
Namer = Callable[[str | None], str | None]  # a place code -> its name ("UKR" -> "Ukraine")


def _same(place: str | None) -> str | None:
    return place


def count(n: int, word: str) -> str:
    """ "1 event", "3 events": a number with its noun in the right number."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@dataclass
class _Citations:
    """Articles numbered in the order the briefing first cites them."""

    articles: dict[str, Article | None]
    numbers: dict[str, int] = field(default_factory=dict)  # in first-cited order

    @property
    def order(self) -> list[str]:
        return list(self.numbers)

    def cite(self, doc: str) -> int:
        # a dict: a busy dyad's briefing cites tens of thousands of times
        return self.numbers.setdefault(doc, len(self.numbers) + 1)

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
    parts = [f"asserted by {count(c.asserted, 'article')}"] if c.asserted else []
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
          scorer: Scorer, *, period: str | None = None, place: Namer = _same
          ) -> tuple[list[Section], list[str]]:
    """The briefing's sections and its numbered reference list."""
    b = compose(title, events, articles, scorer, period=period, place=place)
    return b.sections, b.references


def compose(title: str, events: Sequence[Event], articles: dict[str, Article | None],
            scorer: Scorer, *, period: str | None = None, place: Namer = _same) -> Briefing:
    """The briefing's sections, its numbered references and the articles they cite;
    ``place`` names the events' places (codes by default)."""
    cites = _Citations(articles)
    docs = len({r.independent_doc for e in events for r in e.reports})
    summary = [(f"Period: {period or _period(events)}; {count(len(events), 'event')} from "
                f"{count(docs, 'article')}.", ())]
    by_type = Counter(e.type for e in events)
    summary.append(("Events by type: " + ", ".join(f"{t} {n}" for t, n in by_type.most_common())
                    + ".", ()))
    summary.append((_score_note(scorer), ()))
    monthly: dict[str, list[float]] = defaultdict(list)
    for e in events:
        if _happened(e):
            monthly[_month(e)].append(_score(e, scorer))
    for month in sorted(monthly):
        scores = monthly[month]
        done = "1 event reported as done" if len(scores) == 1 else \
            f"{len(scores)} events reported as done"
        summary.append((f"{month}: score {sum(scores):+.1f} over {done} "
                        f"(mean {sum(scores) / len(scores):+.1f}).", ()))
    sections = [Section("Summary", tuple(summary)), _strongest(events, scorer, place)]
    months: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        months[_month(e)].append(e)
    for month in sorted(months):
        sections.append(Section(f"Timeline: {month}",
                                tuple(_entry(e, cites, scorer, place) for e in months[month])))
    disputed = [e for e in events if e.corroboration and e.corroboration.contested]
    sections.append(Section("Contested claims", tuple(_entry(e, cites, scorer, place) for e in disputed)
                            or (("No event is disputed in the stored articles.", ()),)))
    return Briefing(sections, [f"[{n}] {cites.line(doc)}" for n, doc in enumerate(cites.order, 1)],
                    list(cites.order))


def _score_note(scorer: Scorer) -> str:
    return (f"Score: how hostile or friendly an act is on PLOVER's conflict/cooperation scale, "
            f"from -10 (an armed assault is {scorer('ASSAULT', None):+.1f}) to +10 (aid is "
            f"{scorer('AID', None):+.1f}), added up per month over the events reported as done.")


STRONGEST = 5


def _period(events: Sequence[Event]) -> str:
    """From the first to the last day the events happened or, undated, were reported on,
    saying how many are undated: an undated event still falls in the period covered."""
    dated = sorted(e.date[:10] for e in events if e.date)
    undated = [e for e in events if not e.date]
    reported = sorted(e.corroboration.first_reported.isoformat() for e in undated
                      if e.corroboration and e.corroboration.first_reported)
    days = sorted(dated + reported)
    if not days:
        return "undated"
    span = days[0] if days[0] == days[-1] else f"{days[0]} to {days[-1]}"
    if not undated:
        return span
    return (f"{span} ({count(len(events) - len(undated), 'dated event')}, {len(undated)} "
            f"undated placed by the day they were reported)")


def _strongest(events: Sequence[Event], scorer: Scorer, place: Namer = _same) -> Section:
    """The events reported as done that weigh most: the largest scores, then the most
    reported. When all score alike the score ranks nothing: the reports do, and it says so.
    One line each; their evidence is cited once, under the timeline."""
    done = [e for e in events if _happened(e)]

    def support(e: Event) -> tuple[int, int, int]:
        c = e.corroboration
        return (c.mentions, c.articles, c.sources) if c else (0, 0, 0)

    ranked = sorted(done, key=lambda e: (-abs(_score(e, scorer)),
                                         tuple(-n for n in support(e)), e.event_id))
    lines = [(_headline(e, scorer, place), ()) for e in ranked[:STRONGEST]]
    scores = {round(_score(e, scorer), 1) for e in done}
    if len(done) > 1 and len(scores) == 1:
        note = (f"Every reported event scores {scores.pop():+.1f}, so they are ranked by their "
                "reports, then articles and named sources.")
        return Section("Most reported events", ((note, ()), *lines))
    note = "Ranked by the size of the score, then by reports, articles and named sources."
    return Section("Strongest events", ((note, ()), *lines) if lines else
                   (("No event is reported as done.", ()),))


def _headline(e: Event, scorer: Scorer, place: Namer = _same) -> str:
    c = e.corroboration
    support = (f"{count(c.mentions, 'report')} in {count(c.articles, 'article')}, "
               f"{count(c.sources, 'named source')}") if c else ""
    return (f"{e.date or 'undated'}: {e.type} {_who(e)}"
            + (f" in {place(e.location)}" if e.location else "")
            + f" (score {_score(e, scorer):+.1f}); {support}; see Timeline: {_month(e)}.")


def _entry(e: Event, cites: _Citations, scorer: Scorer, place: Namer = _same
           ) -> tuple[str, tuple[tuple[int, str], ...]]:
    text = (f"{e.date or 'undated'}: {e.type} {_who(e)}"
            + (f" in {place(e.location)}" if e.location else "")
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
