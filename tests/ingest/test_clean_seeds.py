"""Cleaning of the four sample articles in ../shared/seeds (read at run time, never copied)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from service_support import require_service

from dossier.ingest import clean_text
from dossier.ingest.clean import _BULLET

BOILERPLATE_LINES = {"DONATE", "SUBSCRIBE", "Total", "7", "Shares", "Related Posts"}


def _seed(shared: Path, prefix: str) -> Path:
    found = sorted((shared / "seeds").glob(f"{prefix}_*.txt"))
    if not found:
        require_service(f"no seed {prefix}_*.txt in {shared / 'seeds'}")
    return found[0]


def _seeds(shared: Path) -> list[Path]:
    found = sorted((shared / "seeds").glob("*.txt"))
    if len(found) < 4:
        require_service("the four seed articles are not in ../shared/seeds")
    return found


def test_clean_seed_first_article_date_and_dateline(shared):
    cleaned = clean_text(_seed(shared, "000").read_text(encoding="utf-8"))
    assert cleaned.published == date(2022, 7, 20)
    assert cleaned.dateline is not None
    assert cleaned.dateline.casefold() in _seed(shared, "000").read_text(encoding="utf-8").casefold()
    # The dateline is no longer at the start of the body.
    assert not cleaned.body.lower().startswith(("date", cleaned.dateline.lower()))


def test_clean_seed_first_article_loses_embedded_post(shared):
    body = clean_text(_seed(shared, "000").read_text(encoding="utf-8")).body
    assert "t.co/" not in body and "pic.twitter.com" not in body


def test_clean_seed_third_article_boilerplate_gone(shared):
    raw = _seed(shared, "002").read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    lines = {line.strip() for line in cleaned.body.splitlines()}
    assert not BOILERPLATE_LINES & lines
    assert not re.search(r"sign up|donate|subscribe|required", cleaned.body, re.IGNORECASE)
    assert cleaned.title is not None and cleaned.title not in cleaned.body
    # The agency byline printed twice under the headline is gone; prose mentioning it may stay.
    assert not any(re.fullmatch(r"[A-Z]{2,6}", line) for line in lines)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_clean_seed_keeps_every_prose_paragraph(shared, prefix):
    raw = _seed(shared, prefix).read_text(encoding="utf-8")
    body = clean_text(raw).body
    prose = [line.replace("\u00a0", " ").strip() for line in raw.splitlines()
             if len(line.split()) >= 25 and line.strip().endswith((".", '"', "”")) and "t.co/" not in line]
    kept = body.split("\n\n")
    assert prose
    for paragraph in prose:
        # Whole, or whole but for a dateline taken off its start.
        assert any(paragraph.endswith(p) and len(p) > 0.8 * len(paragraph) for p in kept), paragraph[:60]


def test_clean_seed_headlines_and_bullets_kept(shared):
    for path in _seeds(shared):
        raw = path.read_text(encoding="utf-8")
        cleaned = clean_text(raw)
        text = f"{cleaned.title}\n\n{cleaned.body}" if cleaned.title else cleaned.body
        for line in raw.splitlines():
            if _BULLET.match(line):
                assert line.strip() in text, f"{path.name}: bullet lost"
        first = raw.splitlines()[0].strip()
        if len(first.split()) >= 6 and not first.endswith("."):
            # A headline-looking first line is the title, and printed once only.
            assert cleaned.title == first
            assert first not in cleaned.body


def test_clean_seed_repeated_headline_printed_once(shared):
    for path in _seeds(shared):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        repeated = {line for line in lines[:10] if lines.count(line) > 1 and len(line.split()) > 3}
        cleaned = clean_text("\n".join(lines))
        for line in repeated:
            assert cleaned.title == line
            assert line not in cleaned.body
