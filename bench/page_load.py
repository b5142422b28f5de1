"""The web page at 100k events: build a store of synthetic merged events (or take --db), start
`dossier serve` on it, and measure what an analyst waits for, with Playwright driving Debian's
Chromium headless: first contentful paint and the time until every view is drawn, for the
explorer (`/`, filtered by a busy party and by a busy actor), one event opened in the list,
its own page, the contested view and the briefing of the busiest dyad; then the server's
response times (p95 over --repeat calls, over HTTP on the loopback) for the API calls and
pages the browser makes. Prints one `name value` line per figure (times in ms).

usage: python bench/page_load.py [--mentions N] [--db PATH] [--repeat N] [--loads N]

The store is bench/scale.py's synthetic bulk load (skewed dyads over 40 codes, PLOVER
types, three years of dates; an event is the reports of one type, dyad and date: 160,000
mentions make about 97,000 events), with a third of the mentions located in one of 30
countries and 3% of them denials (their events contested), so that the map and the
contested view have something to draw. Timings on a shared machine are noisy: read them as
such. Needs the page's libraries (`make assets`), /usr/bin/chromium and Playwright.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import build_store, synthetic_rows  # noqa: E402 - the same synthetic store

CHROMIUM = "/usr/bin/chromium"
BUSY, OTHER = "C00", "C01"  # the busiest party and its busiest partner in the synthetic feed
# (ISO alpha-3 code, place name, latitude, longitude): where located mentions happen
PLACES = [(c, f"Place {i}", lat, lon) for i, (c, lat, lon) in enumerate([
    ("UKR", 50.4, 30.5), ("RUS", 55.8, 37.6), ("ISR", 31.8, 35.2), ("IRN", 35.7, 51.4),
    ("CHN", 39.9, 116.4), ("USA", 38.9, -77.0), ("SYR", 33.5, 36.3), ("YEM", 15.4, 44.2),
    ("SDN", 15.6, 32.5), ("TUR", 39.9, 32.9), ("IND", 28.6, 77.2), ("PAK", 33.7, 73.1),
    ("AFG", 34.5, 69.2), ("IRQ", 33.3, 44.4), ("LBN", 33.9, 35.5), ("EGY", 30.0, 31.2),
    ("ETH", 9.0, 38.7), ("SOM", 2.0, 45.3), ("NGA", 9.1, 7.5), ("MLI", 12.6, -8.0),
    ("VEN", 10.5, -66.9), ("COL", 4.7, -74.1), ("MEX", 19.4, -99.1), ("BRA", -15.8, -47.9),
    ("FRA", 48.9, 2.4), ("DEU", 52.5, 13.4), ("GBR", 51.5, -0.1), ("POL", 52.2, 21.0),
    ("JPN", 35.7, 139.7), ("PRK", 39.0, 125.8)])]


Chunk = tuple[list[dict], list[dict], list[dict]]  # articles, mentions, events


def located_rows(mentions: int, seed: int = 13) -> Iterator[Chunk]:
    """``synthetic_rows`` with places (a third of the mentions) and denials (3%, their
    events contested)."""
    rnd = random.Random(seed)
    contested: set[str] = set()
    located: dict[str, str] = {}
    for arts, rows, evs in synthetic_rows(mentions):
        for row in rows:
            if rnd.random() < 1 / 3:
                code, name, lat, lon = PLACES[min(int(rnd.paretovariate(1.0)) - 1, len(PLACES) - 1)]
                row["location_json"] = json.dumps({"name": name, "country": code, "text": name,
                                                   "lat": lat, "lon": lon, "geonameid": None,
                                                   "start": None, "end": None})
                located.setdefault(row["event_id"], code)
            if rnd.random() < 0.03:
                row["status"] = "denial"
                contested.add(row["event_id"])
        for ev in evs:
            ev["location"] = located.get(ev["event_id"])
            if ev["event_id"] in contested:
                ev["contested"] = 1
                ev["asserted"] = max(0, ev["asserted"] - 1)
        yield arts, rows, evs


def say(name: str, value: float | int | str) -> None:
    print(f"{name} {value:.0f}" if isinstance(value, float) else f"{name} {value}", flush=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: str) -> Iterator[str]:
    """`dossier --db DB serve --port N` (this checkout's code) until the block ends."""
    port = _free_port()
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-c", "from dossier.cli import main; main()",
                             "--db", db, "serve", "--port", str(port)], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(f"{base}/api", timeout=2).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("dossier serve did not start") from None
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# -- the browser --------------------------------------------------------------------------

# every view of the explorer drawn (or saying why not): the timeline's chart, the network's
# and the map's ready flags
VIEWS_DRAWN = """() => {
  const done = el => el && (el.dataset.ready === 'true' || el.querySelector('p.empty, p.problem'));
  const t = document.getElementById('timeline');
  return t && (t.querySelector('svg') || t.querySelector('p.empty, p.problem'))
    && done(document.getElementById('network')) && done(document.getElementById('map'));
}"""
PROBLEMS = "[...document.querySelectorAll('p.problem')].map(p => p.textContent)"
FCP = "performance.getEntriesByName('first-contentful-paint')[0]"
LOADED = "performance.getEntriesByType('navigation')[0].loadEventEnd"


def browse(base: str, loads: int, event_id: str) -> dict[str, float]:
    """Median figures over ``loads`` loads, each in a fresh browser context (no cache)."""
    from playwright.sync_api import sync_playwright

    runs: dict[str, list[float]] = {}

    def note(name: str, value: float) -> None:
        runs.setdefault(name, []).append(value)

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:
            for _ in range(loads):
                for label, path in (("explore", "/"), ("explore_party", f"/?party={BUSY}"),
                                    ("explore_actor", f"/?actor={BUSY}"),
                                    ("explore_dyad_type", f"/?actor={BUSY}&recipient={OTHER}"
                                                          "&type=CONSULT")):
                    page, ctx = _page(browser)
                    page.goto(base + path, timeout=180_000)
                    page.wait_for_function(VIEWS_DRAWN, timeout=180_000, polling=50)
                    note(f"views_ms[{label}]", page.evaluate("performance.now()"))
                    note(f"first_paint_ms[{label}]", _first_paint(page))
                    for text in page.evaluate(PROBLEMS):
                        print(f"problem[{label}] {text}", file=sys.stderr)
                    if label == "explore_party":  # open the first event in the list
                        t0 = page.evaluate("performance.now()")
                        page.locator("details[data-event] summary").first.click()
                        page.wait_for_selector("details[data-event] .reports article.report",
                                               timeout=60_000)
                        note("event_open_ms", page.evaluate("performance.now()") - t0)
                    ctx.close()
                for label, path in (("event", f"/events/{event_id}"),
                                    ("contested", "/contested"),
                                    ("briefing", f"/briefing?actor={BUSY}&actor2={OTHER}")):
                    page, ctx = _page(browser)
                    page.goto(base + path, timeout=600_000, wait_until="load")
                    note(f"views_ms[{label}]", page.evaluate(LOADED))
                    note(f"first_paint_ms[{label}]", _first_paint(page))
                    ctx.close()
        finally:
            browser.close()
    return {name: statistics.median(values) for name, values in runs.items()}


def _first_paint(page) -> float:
    """First contentful paint (ms after navigation); the entry can land after `load`."""
    page.wait_for_function(f"!!{FCP}", timeout=30_000, polling=50)
    return page.evaluate(f"{FCP}.startTime")


def _page(browser):
    ctx = browser.new_context(viewport={"width": 1300, "height": 950})
    return ctx.new_page(), ctx


# -- the server ---------------------------------------------------------------------------

def _get(url: str) -> float:
    t0 = time.perf_counter()
    with urllib.request.urlopen(url, timeout=600) as r:
        r.read()
    return (time.perf_counter() - t0) * 1000


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def server_times(base: str, repeat: int, event_id: str) -> dict[str, float]:
    """p95 of each call the page makes; a call slower than 2 s is timed three times."""
    party = f"party={BUSY}"
    routes = {
        "timeline": "/api/timeline?interval=month",
        "timeline_party": f"/api/timeline?{party}&interval=month",
        "timeline_party_day": f"/api/timeline?{party}&interval=day",
        "network": "/api/network", "network_party": f"/api/network?{party}",
        "places": "/api/places", "places_party": f"/api/places?{party}",
        "events_actor_type": f"/api/events?actor={BUSY}&type=CONSULT&sort=date&limit=50",
        "events_party": f"/api/events?{party}&limit=50",
        "events_party_newest": f"/api/events?{party}&sort=-date&limit=50",
        "event": f"/api/events/{event_id}",
        "page_explore": "/", "page_explore_party": f"/?{party}",
        "page_reports": f"/events/{event_id}?part=reports",
        "page_contested": "/contested",
        "page_briefing": f"/briefing?actor={BUSY}&actor2={OTHER}",
    }
    out = {}
    for name, path in routes.items():
        first = _get(base + path)  # also warms the page cache
        times = [_get(base + path) for _ in range(repeat if first < 2000 else 3)]
        out[f"api_p95_ms[{name}]"] = _p95(times)
    return out


def _an_event(base: str) -> str:
    with urllib.request.urlopen(f"{base}/api/events?party={BUSY}&sort=-mentions&limit=1",
                                timeout=600) as r:
        return json.load(r)["events"][0]["event_id"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=160_000)
    parser.add_argument("--db", help="a store to measure (built here when the file is absent)")
    parser.add_argument("--repeat", type=int, default=20, help="calls per API figure")
    parser.add_argument("--loads", type=int, default=3, help="browser loads per page")
    parser.add_argument("--skip-browser", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "page.db")
        if not Path(db).exists():
            spent, rows = build_store(db, args.mentions, located_rows)
            say("build_s", spent)
        import sqlite3

        with sqlite3.connect(db) as conn:
            for table in ("events", "mentions"):
                say(table, conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        with serving(db) as base:
            event_id = _an_event(base)
            figures = {} if args.skip_browser else browse(base, args.loads, event_id)
            figures.update(server_times(base, args.repeat, event_id))
        for name, value in figures.items():
            say(name, value)
    return 0


if __name__ == "__main__":
    sys.exit(main())
