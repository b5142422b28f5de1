"""Shared by the web tests: `dossier serve` started as a user starts it (a real process on a
free port), and the requirements of the page (its npm libraries, a browser). Holds no tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from service_support import require_service

CHROMIUM = Path("/usr/bin/chromium")  # Debian's; Playwright's own browsers are never fetched
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def require_assets() -> None:
    from dossier.web import assets

    if assets.missing():
        require_service("the web page's libraries are not installed (`make assets`: npm ci)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: str, **env: str) -> Iterator[str]:
    """`dossier --db DB serve --port N` until the block ends; yields its base URL."""
    port = free_port()
    full = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), **env}
    proc = subprocess.Popen([sys.executable, "-c", "from dossier.cli import main; main()",
                             "--db", db, "serve", "--port", str(port)],
                            env=full, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/api", timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    proc.kill()
                    _, err = proc.communicate(timeout=5)
                    pytest.fail(f"dossier serve did not start: {err.decode()}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def launch_chromium(playwright):
    """Debian's Chromium, headless; skipped without it (failed under CI=true)."""
    if not CHROMIUM.exists():
        require_service(f"no browser at {CHROMIUM} (apt-get install chromium; `make test` "
                        "does it as root)")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
