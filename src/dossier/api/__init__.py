"""The read-only HTTP API over a store (``dossier serve``): one module per resource, each with
a FastAPI ``router``; ``create_app`` puts them together.

    from dossier.api import create_app
    app = create_app(settings, token=None)    # an ASGI app: uvicorn, or a TestClient
"""

from dossier.api.app import create_app

__all__ = ["create_app"]
