"""The web page of ``dossier serve``: server-rendered pages (Jinja2 templates) with light
JavaScript, every asset served from ``static/`` (the page's own files, and the npm libraries
``assets`` copies into ``static/vendor/``). ``mount`` adds them to the API's app."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"


def mount(app: FastAPI) -> None:
    from dossier.web.pages import router

    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
