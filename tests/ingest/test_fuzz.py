"""Fuzzing the readers and ingest with generated folders of good and nasty inputs
(``nasty_inputs``): nothing raises, every good record becomes an article, every bad input is
skipped with the file (and line) it came from."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from nasty_inputs import Folder, folders

from dossier.ingest import PassedOver, read_inputs
from dossier.model import Article, Skipped

FAST = settings(max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _read(folder: Folder) -> list:
    with tempfile.TemporaryDirectory() as tmp:
        folder.write(Path(tmp))
        items = list(read_inputs([tmp]))
        names = set(folder.files)
    for item in items:
        assert isinstance(item, (Article, Skipped, PassedOver))
        if isinstance(item, Skipped):
            where = Path(item.origin.split(":")[0] if ":" in Path(item.origin).name
                         else item.origin).name
            assert where.split(":")[0] in names and item.reason, item
    return items


@FAST
@given(folders())
def test_reading_never_raises_and_keeps_every_good_record(folder):
    items = _read(folder)
    read = {item.doc for item in items if isinstance(item, Article)}
    assert folder.good_ids <= read


@pytest.mark.slow
@settings(max_examples=12, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(folder=folders())
def test_ingest_stores_every_good_record_and_names_every_skip(folder, nlp):
    from dossier.service import ingest_paths
    from dossier.settings import Settings
    from dossier.store import Database

    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        folder.write(inputs)
        db = str(Path(tmp) / "f.db")
        report = ingest_paths([str(inputs)], Settings(db=db, processes=1))
        with Database.open(db) as store:
            stored = {article.doc for article in store.articles()}
    assert folder.good_ids <= stored
    assert all(s.origin.startswith(str(inputs)) and s.reason for s in report.skipped)


def test_a_record_whose_text_is_not_a_string_is_skipped_with_the_reason(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a", "text": 5}\n{"id": "b", "text": "Talks resumed on Monday."}\n')
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["Skipped", "Article"]
    assert items[0].origin == f"{path}:1" and "'text' is a JSON int" in items[0].reason


def test_a_stray_nul_byte_costs_its_line_not_the_file(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"id": "a", "text": "bad\x00line"}\n{"id": "b", "text": "Talks resumed."}\n')
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["Skipped", "Article"]
    assert items[0].origin == f"{path}:1"
