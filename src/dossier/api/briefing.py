"""GET /api/briefing?actor=A[&actor2=B]: the briefing `dossier briefing` writes, as JSON with
numbered citations (or as its Markdown or standalone HTML with ``format``)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse

from dossier import briefing as brief
from dossier.api.actors import knowledge_base
from dossier.api.common import ApiError, ApiState, day, link, state
from dossier.api.common import DAY_PATTERN
from dossier.api.models import BriefingOut
from dossier.briefing_store import briefing_sources, event_key
from dossier.kb.names import place_namer

router = APIRouter(tags=["briefing"])


def _name(description: str):
    return Query(min_length=1, max_length=200, description=description)


@router.get("/briefing", response_model=BriefingOut,
            summary="A briefing on one actor or a dyad, written only from the stored events, "
                    "with numbered citations to the articles and their evidence",
            responses={200: {"content": {"text/markdown": {}, "text/html": {}}}})
def briefing(
    request: Request, st: Annotated[ApiState, Depends(state)],
    actor: Annotated[str, _name("an actor: code (IRN) or name")],
    actor2: Annotated[str | None, _name("the other side of the dyad")] = None,
    since: Annotated[str | None, Query(pattern=DAY_PATTERN, description="from this day")] = None,
    until: Annotated[str | None, Query(pattern=DAY_PATTERN, description="up to this day")] = None,
    format: Annotated[Literal["json", "md", "html"],  # noqa: A002 - the CLI's option name
                      Query(description="json, md (Markdown) or html (a standalone page)")
                      ] = "json",
):
    from dossier.events.ontology import load_ontology

    actors = [a for a in (actor, actor2) if a]
    kb = knowledge_base(st.settings.kb)
    keys = [event_key(kb, a) for a in actors]
    events, articles = briefing_sources(st.db, keys, since=day(since, "since", last=False),
                                        until=day(until, "until", last=True))
    if not events:
        raise ApiError(404, f"no stored events of {' and '.join(actors)}",
                       "check the names with /api/actors?q=NAME")
    title = "Briefing: " + " and ".join(actors)
    period = f"{since or 'start'} to {until or 'end'}" if since or until else None
    b = brief.compose(title, events, articles, load_ontology().score, period=period,
                      place=place_namer(st.settings.kb))
    if format == "md":
        return PlainTextResponse(brief.markdown(title, b.sections, b.references),
                                 media_type="text/markdown; charset=utf-8")
    if format == "html":
        return HTMLResponse(brief.page(title, b.sections, b.references))
    return {"title": title, "actors": actors, "keys": keys,
            "sections": [{"title": s.title,
                          "lines": [{"text": text, "citations": [{"n": n, "sentence": sentence}
                                                                 for n, sentence in cites]}
                                    for text, cites in s.lines]} for s in b.sections],
            "references": [{"n": n, "doc": doc, "text": ref.split("] ", 1)[1],
                            "article_url": link(request, "article", doc=doc)}
                           for n, (doc, ref) in enumerate(zip(b.docs, b.references), 1)]}
