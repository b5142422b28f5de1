"""GET /api/articles/{doc}: an article's text with every span as offsets; POST
/api/articles: ingest, only when the server has a token."""

from __future__ import annotations

import hmac
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from starlette.datastructures import UploadFile

from dossier.api.common import ApiError, ApiState, mention_json, state
from dossier.api.models import ArticleOut, IngestOut, TextSpan
from dossier.model import ActorRef, Mention

router = APIRouter(tags=["articles"])

MAX_UPLOAD = 50 * 1024 * 1024  # bytes of one POST; a bigger feed goes through `dossier ingest`


@router.get("/articles/{doc:path}", response_model=ArticleOut, name="article",
            summary="One article: its text, its mentions and every span as offsets")
def one_article(request: Request, doc: str, st: Annotated[ApiState, Depends(state)]) -> dict:
    article = st.db.article(doc)
    if article is None:
        raise ApiError(404, f"no article with id {doc!r}")
    mentions = st.db.article_mentions(doc)
    spans = [_actor_span(r) for r in st.db.actor_refs(doc)]
    for row in mentions:
        spans += _mention_spans(row.id, row.mention)
    spans.sort(key=lambda s: (s["start"], -s["end"], s["kind"]))
    return {"doc": article.doc, "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "dateline": article.dateline, "url": article.url, "outlet": article.outlet,
            "text": article.text, "copy_of": st.db.copy_of(doc), "spans": spans,
            "mentions": [mention_json(request, row) for row in mentions]}


def _actor_span(ref: ActorRef) -> dict[str, Any]:
    code = f" ({ref.actor.country})" if ref.actor.country else ""
    return TextSpan(kind="actor", start=ref.start, end=ref.end, text=ref.text,
                    label=f"{ref.actor.name}{code}").model_dump()


def _mention_spans(row_id: int, m: Mention) -> list[dict[str, Any]]:
    """A mention's evidence sentence and trigger, and its time and place where the text
    names them (a date taken from the publication day has no offsets)."""
    spans = [TextSpan(kind="evidence", start=m.evidence.start, end=m.evidence.end,
                      text=m.evidence.text, label=m.type, mention_id=row_id),
             TextSpan(kind="trigger", start=m.trigger.start, end=m.trigger.end,
                      text=m.trigger.text, label=m.type, mention_id=row_id)]
    if m.date and m.date.start is not None and m.date.end is not None:
        spans.append(TextSpan(kind="time", start=m.date.start, end=m.date.end, text=m.date.text,
                              label=m.date.value, mention_id=row_id))
    if m.location and m.location.start is not None and m.location.end is not None:
        spans.append(TextSpan(kind="place", start=m.location.start, end=m.location.end,
                              text=m.location.text, label=m.location.name, mention_id=row_id))
    return [s.model_dump() for s in spans]


# -- writing ------------------------------------------------------------------------------

def require_token(request: Request, st: ApiState) -> None:
    """401 without a bearer token, 403 with a wrong one or on a read-only server."""
    if st.token is None:
        raise ApiError(403, "this server is read-only",
                       "start `dossier serve` with DOSSIER_TOKEN set to accept articles")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "a bearer token is needed to post articles",
                       "send the header Authorization: Bearer <DOSSIER_TOKEN>",
                       headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), st.token.encode()):
        raise ApiError(403, "wrong token")


@router.post("/articles", response_model=IngestOut, status_code=200,
             summary="Ingest articles (only with DOSSIER_TOKEN): a JSON Lines body, or files "
                     "uploaded as multipart/form-data",
             responses={401: {"description": "no bearer token"},
                        403: {"description": "wrong token, or the server is read-only"}})
async def post_articles(request: Request, st: Annotated[ApiState, Depends(state)]) -> dict:
    require_token(request, st)
    with tempfile.TemporaryDirectory(prefix="dossier-post-") as folder:
        paths = await _save_body(request, Path(folder))
        if not paths:
            raise ApiError(422, "no articles in the request",
                           "send JSON Lines (one article a line) or upload files as form fields")
        from starlette.concurrency import run_in_threadpool

        report = await run_in_threadpool(_ingest, st, paths)
    return {**{k: getattr(report, k) for k in ("articles", "copies", "versions", "duplicates",
                                                "mentions", "actor_refs")},
            "skipped": [{"origin": Path(s.origin).name, "reason": s.reason}
                        for s in report.skipped],
            "summary": report.summary()}


async def _save_body(request: Request, folder: Path) -> list[str]:
    """The request's articles as files ``dossier ingest`` reads: each uploaded file under its
    own name (a text's name is its id), else the body as one JSON Lines file."""
    length = int(request.headers.get("content-length") or 0)
    if length > MAX_UPLOAD:
        raise ApiError(413, f"the request is larger than {MAX_UPLOAD} bytes",
                       "ingest big feeds with `dossier ingest` on the server")
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        paths = []
        async with request.form(max_files=100) as form:
            for _, value in form.multi_items():
                if isinstance(value, UploadFile):
                    name = Path(value.filename or "upload.txt").name or "upload.txt"
                    target = folder / f"{len(paths):03d}" / name
                    target.parent.mkdir()
                    target.write_bytes(await value.read())
                    paths.append(str(target))
        return paths
    target = folder / "posted.jsonl"
    size = 0
    with target.open("wb") as out:  # streamed: a body without a length is held to the limit too
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_UPLOAD:
                raise ApiError(413, f"the request is larger than {MAX_UPLOAD} bytes",
                               "ingest big feeds with `dossier ingest` on the server")
            out.write(chunk)
    return [str(target)] if target.read_bytes().strip() else []


def _ingest(st: ApiState, paths: list[str]):
    """The same ingest as `dossier ingest`, one request at a time; readers are not blocked
    (SQLite in WAL mode, PostgreSQL's MVCC)."""
    from dossier.pipeline import Pipeline
    from dossier.service import ingest_paths

    with st.ingest_lock:
        if st.pipeline is None:
            # one process: worker processes forked from a server's thread are not worth the risk
            st.pipeline = Pipeline(replace(st.settings, processes=1))
        return ingest_paths(paths, st.settings, pipeline=st.pipeline)
