"""`dossier serve` as a user runs it: a real server process on a free port, asked over HTTP;
and POST /api/articles through the real ingest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from api_support import BULK, fill
from web_support import free_port, require_assets, serving

from dossier.api import create_app
from dossier.settings import Settings
from dossier.store import Database

TOKEN = "t0ken-for-tests"


def _get(url: str, **headers: str) -> tuple[int, dict, dict]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, dict(r.headers), json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), json.loads(e.read())


@pytest.fixture
def server(tmp_path):
    """`dossier --db FILE serve --port N` with DOSSIER_TOKEN set, until the test ends."""
    require_assets()  # serve refuses to start without its page's libraries
    db = str(tmp_path / "dossier.db")
    fill(db)
    with serving(db, DOSSIER_TOKEN=TOKEN) as base:
        yield base


def test_dossier_serve_answers_over_http(server):
    status, headers, body = _get(f"{server}/api/mentions?limit=500")
    assert status == 200 and body["count"] == BULK + 3
    assert headers["x-content-type-options"] == "nosniff"
    assert "server" not in {k.lower() for k in headers}
    status, _, body = _get(f"{server}/api/mentions?type=nope")
    assert status == 422 and "types" in body["detail"]
    assert _get(f"{server}/api/mentions?limit=501")[0] == 422
    assert _get(f"{server}/api/mentions", Host="rebound.example")[0] == 400
    request = urllib.request.Request(f"{server}/api/articles", data=b'{"text": "x"}\n',
                                     method="POST")
    with pytest.raises(urllib.error.HTTPError) as no_token:
        urllib.request.urlopen(request, timeout=10)
    assert no_token.value.code == 401
    request.add_header("Authorization", "Bearer nope")
    with pytest.raises(urllib.error.HTTPError) as wrong:
        urllib.request.urlopen(request, timeout=10)
    assert wrong.value.code == 403


def test_serve_refuses_a_store_that_does_not_exist(tmp_path):
    require_assets()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop("DOSSIER_TOKEN", None)
    done = subprocess.run([sys.executable, "-c", "from dossier.cli import main; main()",
                           "--db", str(tmp_path / "none.db"), "serve", "--port",
                           str(free_port())], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1 and "there is no database" in done.stderr


STORY = ("Border clash\n\nThe Republic of Valdoria said on Monday that Russia had shelled "
         "Ukrainian positions near Kharkiv overnight.")


def test_post_ingests_json_lines_and_uploads_while_readers_read(nlp, tmp_path):
    from fastapi.testclient import TestClient

    db = str(tmp_path / "posted.db")
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(Settings(db=db, processes=1), token=TOKEN)) as client:
        assert client.get("/api/mentions").json()["count"] == 0  # a new store, writable
        line = json.dumps({"id": "posted-1", "published": "2024-06-03",
                           "text": STORY.replace("Valdoria", "Ostland")})
        r = client.post("/api/articles", content=line + "\n", headers=headers)
        assert r.status_code == 200, r.text
        assert r.json()["articles"] == 1 and r.json()["mentions"] >= 1
        story = tmp_path / "upload-story.txt"
        story.write_text(STORY, encoding="utf-8")
        with story.open("rb") as f:
            r = client.post("/api/articles", files={"file": ("upload-story.txt", f, "text/plain")},
                            headers=headers)
        assert r.status_code == 200, r.text
        assert r.json()["articles"] == 1
        again = client.post("/api/articles", content=line + "\n", headers=headers).json()
        assert again["duplicates"] == 1 and again["articles"] == 0
        assert client.get("/api/articles/posted-1").json()["mentions"]
        assert client.get("/api/articles/upload-story")  # a text file's id: its name.status_code == 200
    with Database.open(db, create=False) as store:
        assert store.counts()["articles"] == 2
