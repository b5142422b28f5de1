"""The app factory: the routers of each resource under /api, JSON errors, safe headers, and
the OpenAPI schema with a plain documentation page (no CDN: nothing is fetched from
elsewhere at run time)."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from dossier import __version__
from dossier.api import actors, articles, briefing, events, mentions, network, places, timeline
from dossier.api.common import ApiError, ApiState
from dossier.api.models import ErrorOut
from dossier.errors import DossierError
from dossier.model import EVENT_TYPES
from dossier.settings import Settings
from dossier.store import Database

# Served with every answer: no guessing of content types, nothing loaded from elsewhere.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'self'; frame-ancestors 'self'; base-uri 'self'; "
                               "form-action 'self'",
    "Referrer-Policy": "no-referrer",
}
# What the errors look like, for the schema (the handlers below send them).
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": meaning}
    for code, meaning in ((400, "a bad cursor or host"), (404, "nothing there"),
                          (422, "a bad parameter: the message names it"))}
# Every resource module has a ``router``.
RESOURCES = (events, mentions, articles, actors, timeline, network, places, briefing)


def create_app(settings: Settings, *, token: str | None = None, db: Database | None = None,
               allowed_hosts: Sequence[str] | None = None) -> FastAPI:
    """The API over the store ``settings.db`` names (or an open ``db``). With a ``token``
    POST /api/articles ingests for a client that sends it as a bearer token; without one
    the API is read-only, and a store that does not exist is an error, not a new file.
    ``allowed_hosts`` (host names without port) refuses requests for any other Host: a
    server on the loopback answers only to its own names, so that a web page whose name
    was pointed at 127.0.0.1 (DNS rebinding) cannot read it."""
    store = db or Database.open(settings.db, create=token is not None)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        from dossier.kb.names import country_names

        country_names(settings.kb)  # read before the first page asks (its event rows name places)
        yield
        if db is None:  # ours to close
            store.close()

    app = FastAPI(title="dossier", version=__version__, lifespan=lifespan,
                  description="Evidence-backed event data: every mention with its sentence.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.dossier = ApiState(db=store, settings=settings, token=token or None)
    for module in RESOURCES:
        app.include_router(module.router, prefix="/api", responses=ERRORS)
    app.add_api_route("/api", _index, methods=["GET"], include_in_schema=False)
    app.add_api_route("/api/docs", _docs, methods=["GET"], include_in_schema=False)
    _handle_errors(app)
    from dossier.web import mount

    mount(app)  # the pages and their assets
    hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Any:
        host = request.headers.get("host", "").lower()
        if hosts is not None and _host_name(host) not in hosts:
            response = error(400, f"this server does not answer for the host {host!r}",
                             f"ask for {' or '.join(sorted(hosts))}")
        else:
            response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app


def _host_name(host: str) -> str:
    """The name in a Host header, without its port ("[::1]:8000" -> "[::1]")."""
    if host.startswith("["):
        return host.split("]", 1)[0] + "]"
    return host.rsplit(":", 1)[0] if ":" in host else host


def error(status: int, message: str, detail: Any = None,
          headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message, "detail": detail}, status_code=status,
                        headers=headers)


def _handle_errors(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(_request: Request, exc: ApiError) -> JSONResponse:
        return error(exc.status, exc.error, exc.detail, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        for e in exc.errors():
            if tuple(e["loc"]) == ("query", "type"):  # say which types there are
                return error(422, f"unknown event type {e.get('input')!r}",
                             {"types": list(EVENT_TYPES)})
        problems = [{"parameter": ".".join(str(p) for p in e["loc"][1:]) or str(e["loc"][0]),
                     "in": e["loc"][0], "message": e["msg"]} for e in exc.errors()]
        return error(422, "invalid request: " + "; ".join(
            f"{p['parameter']}: {p['message']}" for p in problems), problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = {404: f"nothing at {request.url.path}", 405: "method not allowed"}.get(
            exc.status_code, str(exc.detail))
        return error(exc.status_code, message, "see /api/docs for the endpoints",
                     getattr(exc, "headers", None))

    @app.exception_handler(DossierError)
    async def _dossier(_request: Request, exc: DossierError) -> JSONResponse:
        return error(503, exc.message, exc.fix)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        return error(500, f"unexpected {type(exc).__name__}",
                     "the server log has the traceback (dossier --debug serve); please report it")


async def _index(request: Request) -> JSONResponse:
    """Where to start: the endpoints and the schema."""
    schema = request.app.openapi()
    return JSONResponse({"name": "dossier", "version": __version__,
                         "openapi": "/api/openapi.json", "docs": "/api/docs",
                         "endpoints": [f"{method.upper()} {path}"
                                       for path, ops in schema["paths"].items() for method in ops]})


async def _docs(request: Request) -> HTMLResponse:
    """A plain page listing the endpoints and their parameters from the OpenAPI schema."""
    schema = request.app.openapi()
    parts = [f"<!doctype html><html lang=en><head><meta charset=utf-8>"
             f"<title>dossier API</title></head><body><main>"
             f"<h1>dossier API {html.escape(schema['info']['version'])}</h1>"
             f"<p>{html.escape(schema['info'].get('description', ''))} The machine-readable "
             f"schema: <a href=\"/api/openapi.json\">/api/openapi.json</a>. Errors are JSON: "
             f"<code>{{\"error\": …, \"detail\": …}}</code>.</p>"]
    for path, ops in schema["paths"].items():
        for method, op in ops.items():
            parts.append(f"<section><h2><code>{method.upper()} {html.escape(path)}</code></h2>"
                         f"<p>{html.escape(op.get('summary', ''))}</p>")
            params = op.get("parameters", [])
            if params:
                parts.append("<table><thead><tr><th scope=col>parameter</th><th scope=col>in"
                             "</th><th scope=col>meaning</th></tr></thead><tbody>")
                for p in params:
                    parts.append(f"<tr><td><code>{html.escape(p['name'])}</code></td>"
                                 f"<td>{html.escape(p['in'])}</td>"
                                 f"<td>{html.escape(p.get('description', ''))}</td></tr>")
                parts.append("</tbody></table>")
            parts.append("</section>")
    parts.append("</main></body></html>")
    return HTMLResponse("".join(parts))
