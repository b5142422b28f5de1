"""The pages: the explorer (filter bar, timeline, network, map, event list), one event with
its reports highlighted in their articles, one article with every span, the contested view
and the briefing. Server-rendered from the store with the API's own reads; the charts are
drawn by static/*.js from the JSON API with the page's query string."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from dossier import __version__
from dossier.api.common import ApiError, ApiState, state
from dossier.api.events import DISPUTING, SUPPORTING, decode_cursor, encode_cursor
from dossier.model import Event, Mention
from dossier.render import event_dyad, status_picture
from dossier.web import filters
from dossier.web.highlight import Mark, around, pieces, shift
from dossier.kb.names import place_namer

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
PAGE = 50
# the events a briefing page is written from: the latest, when an actor or dyad has more (a
# busy dyad has thousands: tens of thousands of cited sentences are no page to read)
BRIEFING_EVENTS = 200
State = Annotated[ApiState, Depends(state)]


def _render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"version": __version__, **context},
                                      status_code=status)


def query(values: dict[str, str], **changes: str | None) -> str:
    """A query string with some parameters changed (None removes one)."""
    merged = {**values, **changes}
    return urlencode({k: v for k, v in merged.items() if v})


@router.get("/", response_class=HTMLResponse)
def explore(request: Request, st: State) -> HTMLResponse:
    f = filters.read(request.query_params)
    sort = request.query_params.get("sort", "date")
    sort = sort if sort in ("date", "-date", "-mentions") else "date"
    cursor = request.query_params.get("next")
    try:
        after = decode_cursor(cursor, sort) if cursor else None
    except ApiError as exc:
        f.problems.append(exc.error)
        after = None
    rows = st.db.event_page(f.events, sort=sort, limit=PAGE + 1, cursor=after)
    more = rows[PAGE] if len(rows) > PAGE else None
    rows = rows[:PAGE]
    next_query = query(f.values, sort=sort, next=encode_cursor(sort, rows[-1].key, rows[-1].id)) \
        if more else None
    return _render(request, "explore.html", f=f, events=[_row(r.event, st) for r in rows],
                   sort=sort, next_query=next_query, query=query, paged=bool(cursor),
                   **filters.choices())


def _row(e: Event, st: ApiState) -> dict[str, Any]:
    c = e.corroboration
    return {"id": e.event_id, "type": e.type, "dyad": event_dyad(e), "date": e.date,
            "location": place_namer(st.settings.kb)(e.location), "picture": status_picture(c),
            "contested": bool(c and c.contested), "mentions": c.mentions if c else 0,
            "articles": c.articles if c else 0, "outlets": c.outlets if c else 0}


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str, st: State) -> HTMLResponse:
    found = st.db.event(event_id[:64])
    if found is None:
        return _render(request, "missing.html", 404, what=f"no event with id {event_id!r}")
    part = request.query_params.get("part") == "reports"  # the explorer opens it in place
    return _render(request, "reports.html" if part else "event.html", event=_row(found, st),
                   asked=event_id if event_id != found.event_id else None,
                   reports=[_report(st, r) for r in found.reports])


def _report(st: ApiState, r: Any) -> dict[str, Any]:
    m: Mention = r.mention
    article = st.db.article(m.doc)
    text = article.text if article else m.evidence.text
    base = m.evidence.start if article is None else 0
    lo, hi = around(text, m.evidence.start - base, m.evidence.end - base)
    marks = shift(_marks(m), base + lo)
    cue = status_cue(m)
    return {"key": r.key, "doc": m.doc, "status": m.status, "type": m.type,
            "cue": cue and m.evidence.text[cue.start - m.evidence.start:cue.end - m.evidence.start],
            "source": m.source.actor.name if m.source else None, "outlet": r.outlet,
            "published": r.published, "title": article.title if article else None,
            "sentence": " ".join(m.evidence.text.split()), "trigger": m.trigger.text,
            "actor": m.actor.actor.name if m.actor else None,
            "recipient": m.recipient.actor.name if m.recipient else None,
            "cut_before": lo > 0 and text[lo - 1] != "\n",
            "cut_after": hi < len(text) and text[hi] != "\n",
            "pieces": pieces(text[lo:hi], marks)}


# The status reasons (Mention.explain, "status: denial (denied by 'denied')") that name the
# word making a report a denial or a negation: that word is the denial's own trigger.
_CUE = re.compile(r"(?:denied by|denied|negation|determiner|under) '([^']+)'")


def status_cue(m: Mention) -> Mark | None:
    """Where the sentence denies or negates the act (the nearest occurrence of the word the
    status rules name), for a denial or negation; None otherwise or when not found."""
    if m.status not in ("denial", "negated"):
        return None
    line = next((e for e in m.explain if e.startswith("status:")), "")
    words = _CUE.findall(line)
    if not words:
        return None
    word, sentence = words[-1], m.evidence.text
    at = m.trigger.start - m.evidence.start
    found = [x.start() for x in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", sentence)]
    if not found:
        return None
    best = min(found, key=lambda i: abs(i - at))
    start = m.evidence.start + best
    return Mark("cue", start, start + len(word), "denial" if m.status == "denial" else "negation")


def _marks(m: Mention) -> list[Mark]:
    """What a report highlights: its sentence, trigger, the two sides, its time and place,
    and for a denial or negation the word that denies."""
    out = [Mark("evidence", m.evidence.start, m.evidence.end),
           Mark("trigger", m.trigger.start, m.trigger.end, m.type)]
    cue = status_cue(m)
    if cue is not None:
        out.append(cue)
    for kind, ref in (("actor", m.actor), ("recipient", m.recipient)):
        if ref is not None and ref.end > ref.start:
            out.append(Mark(kind, ref.start, ref.end, ref.actor.name))
    if m.date and m.date.start is not None and m.date.end is not None:
        out.append(Mark("time", m.date.start, m.date.end, m.date.value))
    if m.location and m.location.start is not None and m.location.end is not None:
        out.append(Mark("place", m.location.start, m.location.end, m.location.name))
    return out


@router.get("/articles/{doc:path}", response_class=HTMLResponse)
def article_page(request: Request, doc: str, st: State) -> HTMLResponse:
    article = st.db.article(doc)
    if article is None:
        return _render(request, "missing.html", 404, what=f"no article with id {doc!r}")
    mentions = st.db.article_mentions(doc)
    marks = [Mark("actor", r.start, r.end, r.actor.name) for r in st.db.actor_refs(doc)]
    for row in mentions:
        marks += [Mark("evidence", row.mention.evidence.start, row.mention.evidence.end),
                  Mark("trigger", row.mention.trigger.start, row.mention.trigger.end,
                       row.mention.type)]
    return _render(request, "article.html", article=article, pieces=pieces(article.text, marks),
                   mentions=[{"event_id": row.event_id, "type": row.mention.type,
                              "status": row.mention.status,
                              "sentence": " ".join(row.mention.evidence.text.split())}
                             for row in mentions])


@router.get("/contested", response_class=HTMLResponse)
def contested_page(request: Request, st: State) -> HTMLResponse:
    f = filters.read(request.query_params)
    where = filters.EventFilter(f.events.reports, True)
    rows = st.db.event_page(where, sort="-date", limit=PAGE + 1)
    disputes = []
    whole = {e.event_id: e for e in st.db.events_with_reports(
        [row.event.event_id for row in rows[:PAGE]])}
    for row in rows[:PAGE]:
        full = whole.get(row.event.event_id, row.event)
        reports = [_report(st, r) for r in full.reports]
        disputes.append({"event": _row(full, st),
                         "pro": [r for r in reports if r["status"] in SUPPORTING],
                         "con": [r for r in reports if r["status"] in DISPUTING]})
    return _render(request, "contested.html", f=f, disputes=disputes, more=len(rows) > PAGE,
                   query=query, **filters.choices())


@router.get("/briefing", response_class=HTMLResponse)
def briefing_page(request: Request, st: State) -> HTMLResponse:
    from dossier import briefing as brief
    from dossier.api.actors import knowledge_base
    from dossier.briefing_store import briefing_events, event_key, latest, with_reports
    from dossier.events.ontology import load_ontology

    actors = [a.strip()[:200] for a in (request.query_params.get("actor", ""),
                                        request.query_params.get("actor2", "")) if a.strip()]
    context: dict[str, Any] = {"actors": actors, "briefing": None, "problem": None,
                               "total": 0, "shown": 0}
    if actors:
        kb = knowledge_base(st.settings.kb)
        found = briefing_events(st.db, [event_key(kb, a) for a in actors])
        events, articles = with_reports(st.db, latest(found, BRIEFING_EVENTS))
        context.update(total=len(found), shown=len(events))
        if events:
            title = "Briefing: " + " and ".join(actors)
            b = brief.compose(title, events, articles, load_ontology().score,
                              place=place_namer(st.settings.kb))
            context["briefing"] = {"title": title, "sections": b.sections,
                                   "references": [(n, doc, ref.split("] ", 1)[1]) for n, (doc, ref)
                                                  in enumerate(zip(b.docs, b.references), 1)]}
        else:
            context["problem"] = f"no stored events of {' and '.join(actors)}"
    return _render(request, "briefing.html", 200 if not context["problem"] else 404, **context)
