"""The page in a real browser (Debian's Chromium driven by Playwright, headless), on a server
`dossier serve` runs over the demo corpus, as an analyst uses it: load it, filter by an
actor, brush the timeline, click a network node, open an event and see its evidence
highlighted; the contested view and a briefing. Every request must stay on the server (the
network is cut: anything else is aborted and recorded) and no console error may appear.
A screenshot of each view goes to tests/artifacts/ (git-ignored) for a reader to look at."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from web_support import ARTIFACTS, launch_chromium, require_assets, serving

FIRST_RENDER_S = 1.0  # the demo store's page, first contentful paint


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory, nlp):
    """The demo corpus ingested as `dossier ingest --demo` does, served."""
    from click.testing import CliRunner

    from dossier.cli import cli

    require_assets()
    db = str(tmp_path_factory.mktemp("browser") / "demo.db")
    done = CliRunner().invoke(cli, ["--db", db, "ingest", "--demo"])
    assert done.exit_code == 0, done.output
    with serving(db) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


class Watched:
    """A page whose requests off the server are aborted and recorded, and whose console
    errors and uncaught exceptions are recorded."""

    def __init__(self, browser, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1300, "height": 950})
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.errors: list[str] = []
        host = urlparse(base).netloc
        self.context.route("**/*", lambda route: self._route(route, host))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route, host: str) -> None:
        url = route.request.url
        if urlparse(url).netloc == host or url.startswith("data:"):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort("internetdisconnected")

    def open(self, path: str) -> None:
        self.page.goto(self.base + path)

    def charts_ready(self) -> None:
        for chart in ("network", "map"):
            self.page.wait_for_selector(f"#{chart}[data-ready=true]", timeout=15_000)
        self.page.wait_for_selector("#timeline svg", timeout=15_000)

    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlparse(self.page.url).query)

    def shot(self, name: str, selector: str | None = None) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        target = self.page.locator(selector).first if selector else self.page
        target.screenshot(path=str(ARTIFACTS / f"{name}.png"))

    def clean(self) -> None:
        assert self.outside == [], f"requests left the server: {self.outside}"
        assert self.errors == [], f"console errors: {self.errors}"
        self.context.close()


@pytest.fixture
def watched(browser, demo_server):
    w = Watched(browser, demo_server)
    yield w
    w.clean()


def test_first_render_is_fast_and_every_view_draws_offline(watched):
    watched.open("/")
    watched.charts_ready()
    paint = watched.page.evaluate(
        "performance.getEntriesByName('first-contentful-paint')[0].startTime")
    assert paint / 1000 < FIRST_RENDER_S, f"first contentful paint {paint:.0f} ms"
    assert watched.page.locator("#timeline svg rect").count() > 3
    assert watched.page.locator("#map path.leaflet-interactive").count() > 100  # countries
    assert watched.page.locator("details[data-event]").count() > 10
    watched.shot("explore")
    page = watched.page
    # the timeline: a 0 baseline, gridlines, a unit, dates regularly under their bars
    assert "0" in page.locator("#timeline svg text.count").all_text_contents()
    assert page.locator("#timeline svg line.grid").count() >= 1
    assert "reports per" in page.locator("#timeline svg text.unit").text_content()
    ticks = page.evaluate("[...document.querySelectorAll('#timeline svg line.tick')]"
                          ".map(l => +l.getAttribute('x1'))")
    gaps = {round(b - a) for a, b in zip(ticks, ticks[1:])}
    assert len(ticks) >= 3 and max(gaps) - min(gaps) <= 1, ticks  # a regular step
    # a tick centred under every bar, and each bar's month named under it
    bars = page.evaluate("[...document.querySelectorAll('#timeline svg g[data-start]')]"
                         ".map(g => { const r = g.getBBox(); return [g.dataset.start, r.x + r.width / 2, r.width]; })"
                         ".filter(b => b[2] > 0)")
    for start, middle, _ in bars:
        assert any(abs(middle - x) <= 1 for x in ticks), (start, middle)
    months = page.locator("#timeline svg text.date").all_text_contents()
    assert len(months) == len(ticks) and "Jan" in months
    assert page.locator("#timeline svg text.year").count() >= 2
    assert page.locator("#timeline-hint").is_visible()
    assert "drag" in page.locator("#timeline-hint").inner_text()
    # each type its own fill; hatched where the colour alone could be confused
    fills = page.evaluate("[...document.querySelectorAll('#timeline svg rect.bar')]"
                          ".reduce((m, r) => (m[r.dataset.type] = r.getAttribute('fill'), m), {})")
    assert len(set(fills.values())) == len(fills), fills
    # the network's labels: on a white box, drawn above every line; few crossed by a line
    assert page.evaluate("window.dossierNetwork.nodes().every(n => +n.style('text-background-opacity') >= 0.8"
                         " && +n.style('z-index') > +window.dossierNetwork.edges()[0].style('z-index'))")
    crossed = page.evaluate("window.dossierLabelCrossings(window.dossierNetwork)")
    below = page.evaluate("(() => { const cy = window.dossierNetwork, placed = cy.nodes().map(n => n.classes());"
                          " cy.nodes().removeClass('label-top label-right label-left');"
                          " const n = window.dossierLabelCrossings(cy);"
                          " cy.nodes().forEach((x, i) => x.classes(placed[i])); return n; })()")
    assert crossed <= below / 2, (crossed, below)  # each label placed where fewest lines cross
    # the network: labels on screen at 11 px at least, whole names, a key
    sizes = page.evaluate("window.dossierNetwork.nodes().map("
                          "n => parseFloat(n.style('font-size')) * window.dossierNetwork.zoom())")
    assert sizes and min(sizes) >= 11, sizes
    assert page.evaluate("window.dossierNetwork.nodes().every(n => n.style('text-wrap') !== 'ellipsis')")
    key = page.locator("#network-key").inner_text()
    assert all(w in key for w in ("conflict", "cooperation", "arrow", "circle size"))
    # no actor drawn without a line; those left out are named, with why
    assert page.evaluate("window.dossierNetwork.nodes().every(n => n.degree() > 0)")
    assert "own state" in page.locator("#network-alone").inner_text()
    # the map: a key, names not codes, one chip per shaded country or place at sea
    assert "shading" in page.locator("#map-key").inner_text()
    chips = page.locator("#map-list button").all_inner_texts()
    assert chips and not any(c[:4].isupper() and c[3] == " " for c in chips), chips
    assert any(c.startswith("Ukraine") for c in chips), chips
    watched.shot("timeline", ".timeline-panel")
    watched.shot("network", ".network-panel")
    watched.shot("map", ".map-panel")


def test_filter_by_an_actor_from_the_filter_bar(watched):
    watched.open("/")
    everything = watched.page.locator("details[data-event]").count()
    watched.page.get_by_label("Actor (either side)").fill("Iran")
    watched.page.get_by_role("button", name="Filter").click()
    watched.page.wait_for_url("**/?*party=Iran*")
    watched.charts_ready()
    dyads = watched.page.locator("details[data-event] .dyad").all_inner_texts()
    assert 0 < len(dyads) < everything
    assert all("Iran" in d for d in dyads), dyads
    assert watched.page.get_by_label("Actor (either side)").input_value() == "Iran"


def test_brushing_the_timeline_sets_the_date_range(watched):
    watched.open("/")
    watched.charts_ready()
    box = watched.page.locator("#timeline svg").bounding_box()
    y = box["y"] + box["height"] / 2
    mouse = watched.page.mouse
    mouse.move(box["x"] + box["width"] * 0.1, y)
    mouse.down()
    mouse.move(box["x"] + box["width"] * 0.5, y, steps=8)
    mouse.up()
    watched.page.wait_for_url("**/?*since=*")
    q = watched.query()
    since, until = q["since"][0], q["until"][0]
    assert since < until
    watched.charts_ready()
    dates = watched.page.locator("details[data-event] .date").all_inner_texts()
    dated = [d for d in dates if d[:1].isdigit()]
    assert dated and all(since[:4] <= d[:4] <= until[:4] for d in dated), (since, until, dated)
    assert watched.page.get_by_label("From").input_value() == since


def test_clicking_a_network_node_filters_by_that_actor(watched):
    watched.open("/")
    watched.charts_ready()
    node = watched.page.evaluate(
        "(() => { const n = window.dossierNetwork.nodes().max(x => x.data('count')).ele;"
        " const p = n.renderedPosition(); return {id: n.id(), x: p.x, y: p.y}; })()")
    box = watched.page.locator("#network").bounding_box()
    watched.page.mouse.click(box["x"] + node["x"], box["y"] + node["y"])
    watched.page.wait_for_url("**/?*party=*")
    assert watched.query()["party"] == [node["id"]]
    watched.charts_ready()


def test_opening_an_event_shows_its_evidence_highlighted(watched):
    watched.open("/?party=RUS&type=ASSAULT&sort=-mentions")
    first = watched.page.locator("details[data-event]").first
    first.locator("summary").click()
    report = first.locator(".report").first
    report.locator(".text .m-trigger").first.wait_for()
    trigger = report.locator(".who .m-trigger").inner_text()
    marked = report.locator(".text .m-trigger").first.inner_text()
    assert marked == trigger
    assert report.locator(".text .m-evidence").count() >= 1
    assert report.locator(".text .m-actor, .text .m-recipient").count() >= 1
    # the sentence once (highlighted in its text), and no internal ids shown
    assert report.locator(".sentence").count() == 0
    assert "#" not in report.locator("header").inner_text()
    # "place" and "acted on" look different
    colours = watched.page.evaluate(
        "['m-place', 'm-recipient'].map(c => { const e = document.createElement('mark');"
        " e.className = c; document.body.append(e); const s = getComputedStyle(e);"
        " const v = s.backgroundColor + s.borderBottomStyle; e.remove(); return v; })")
    assert colours[0] != colours[1]
    # the keyboard opens events too
    second = watched.page.locator("details[data-event] summary").nth(1)
    second.focus()
    watched.page.keyboard.press("Enter")
    watched.page.locator("details[data-event]").nth(1).locator(".report").first.wait_for()
    watched.shot("event-evidence", "details[data-event][open]")


def test_contested_view_and_briefing_with_citations(watched):
    watched.open("/contested")
    watched.page.locator(".dispute").first.wait_for()
    assert watched.page.locator(".dispute .side").count() >= 2
    # a denial stands against the act it denies (the supply), not against the accusation,
    # and its own word is highlighted
    heads = watched.page.locator(".dispute h2").all_inner_texts()
    assert not any("ACCUSE" in h for h in heads), heads
    against = watched.page.locator(".dispute .side").nth(1)
    assert against.locator(".text .m-cue").first.inner_text().lower().startswith("den")
    assert watched.page.locator("#f-contested").count() == 0  # the view is contested only
    assert _contrast(watched.page, ".dispute .type") >= 4.5
    watched.shot("contested")
    watched.open("/briefing")
    watched.page.get_by_label("Actor", exact=True).fill("Russia")
    watched.page.get_by_label("and actor (optional)").fill("Ukraine")
    watched.page.get_by_role("button", name="Write the briefing").click()
    watched.page.wait_for_url("**/briefing?actor=Russia&actor2=Ukraine")
    cite = watched.page.locator("a.cite").first
    target = cite.get_attribute("href")
    assert watched.page.locator(target).count() == 1
    assert watched.page.locator("ol.refs li").count() >= 1
    text = watched.page.locator("main").inner_text()
    assert "-10" in text and "+10" in text and "undated" in text.split("Events by type")[0]
    ranking = watched.page.locator("section.brief").nth(1)
    assert ranking.locator("ul.cites").count() == 0  # the evidence is cited once, below
    watched.shot("briefing")
    watched.page.locator("ol.refs a").first.click()
    watched.page.wait_for_url("**/articles/**")
    assert watched.page.locator(".article-text .m-trigger").count() >= 1


def _contrast(page, selector: str) -> float:
    """WCAG contrast ratio of an element's text on its own background."""
    return page.evaluate("""sel => {
      const s = getComputedStyle(document.querySelector(sel));
      const lum = c => { const v = c.match(/[\\d.]+/g).slice(0, 3).map(x => {
        x = x / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
      const a = lum(s.color), b = lum(s.backgroundColor);
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); }""", selector)
