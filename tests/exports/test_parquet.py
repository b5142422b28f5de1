"""`dossier export mentions|actors --format parquet`: typed columns that read back as they
were written, whole or one folder per month."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from exports_support import run

from dossier.exports.table import MENTION_COLUMNS


def test_mentions_round_trip_with_typed_columns(store, tmp_path):
    out = tmp_path / "out" / "mentions.parquet"
    result = run(store, "mentions", "--format", "parquet", "-o", str(out))
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.num_rows == 5
    assert table.column_names == [name for name, _ in MENTION_COLUMNS]
    schema = table.schema
    for name in ("date_first", "date_last", "reported"):
        assert schema.field(name).type == pa.date32(), name
    assert schema.field("confidence").type == pa.float64()
    assert schema.field("location_lat").type == pa.float64()
    assert schema.field("trigger_start").type == pa.int64()
    assert schema.field("location_geonameid").type == pa.int64()
    assert schema.field("rules").type == pa.list_(pa.string())
    assert schema.field("others").type == pa.list_(pa.string())
    assert schema.field("actor_code").type == pa.string()


def test_mentions_values_survive_the_round_trip(store, tmp_path):
    out = tmp_path / "mentions.parquet"
    run(store, "mentions", "--format", "parquet", "-o", str(out))
    rows = {r["trigger_text"]: r for r in pq.read_table(out).to_pylist()}
    aid = rows["sent"]  # full_mention: a week, a claim, a place, rules
    assert (aid["actor_code"], aid["actor_name"], aid["actor_kind"], aid["actor_text"]) == \
        ("EST", "Estonia", "country", "Tallinn")
    assert aid["recipient_code"] == "UKR" and aid["source_code"] == "UKR"
    assert (aid["date_value"], aid["date_first"], aid["date_last"]) == \
        ("2024-W09", date(2024, 2, 26), date(2024, 3, 3))
    assert aid["reported"] == date(2024, 3, 4) and aid["month"] == "2024-02"
    assert aid["confidence"] == pytest.approx(0.8125)
    assert aid["rules"] == ["trigger.verb", "actor.nsubj", "recipient.dobj", "status.claim"]
    assert aid["others"] == ["Latvia", "Vladimir Putin"]
    assert (aid["location_lat"], aid["location_geonameid"]) == (59.437, 588409)
    consult = rows["met"]  # Putin: a person whose code is his country's
    assert (consult["actor_code"], consult["actor_kind"], consult["actor_entity_id"]) == \
        ("RUS", "person", "putin")
    assert consult["date_first"] is None and consult["month"] is None
    assert rows["gave"]["recipient_code"] is None


def test_partition_by_month_writes_hive_folders(store, tmp_path):
    out = tmp_path / "by-month"
    result = run(store, "mentions", "--format", "parquet", "--partition-by", "month",
                 "-o", str(out))
    assert result.exit_code == 0, result.output
    folders = sorted(p.name for p in out.iterdir())
    assert folders == ["month=2024-02", "month=2024-03", "month=2024-04", "month=unknown"]
    dataset = ds.dataset(out, format="parquet", partitioning="hive")
    table = dataset.to_table()
    assert table.num_rows == 5
    assert table.schema.field("date_first").type == pa.date32()
    march = dataset.to_table(filter=ds.field("month") == "2024-03").to_pylist()
    assert sorted(r["trigger_text"] for r in march) == ["struck", "warned"]


def test_partitioned_export_refuses_a_folder_with_files(store, tmp_path):
    out = tmp_path / "by-month"
    out.mkdir()
    (out / "old.parquet").write_text("old")
    result = run(store, "mentions", "--format", "parquet", "--partition-by", "month",
                 "-o", str(out))
    assert result.exit_code == 1
    assert "already holds files" in result.output and "fix:" in result.output


def test_actors_parquet(store, tmp_path):
    out = tmp_path / "actors.parquet"
    assert run(store, "actors", "--format", "parquet", "-o", str(out)).exit_code == 0
    table = pq.read_table(out)
    assert table.schema.field("mentions").type == pa.int64()
    rows = table.to_pylist()
    assert {r["name"]: r["mentions"] for r in rows}["Russia"] == 2
    assert {(r["name"], r["kind"]) for r in rows} >= {("Vladimir Putin", "person"),
                                                      ("France", "country")}


def test_an_empty_store_gives_empty_typed_exports(tmp_path):
    from dossier.store import Database

    db = str(tmp_path / "empty.db")
    Database.open(db).close()
    single, folder = tmp_path / "m.parquet", tmp_path / "by-month"
    assert run(db, "mentions", "--format", "parquet", "-o", str(single)).exit_code == 0
    assert run(db, "mentions", "--format", "parquet", "--partition-by", "month",
               "-o", str(folder)).exit_code == 0
    table = pq.read_table(single)
    assert table.num_rows == 0 and table.schema.field("date_first").type == pa.date32()
    assert folder.is_dir() and not list(folder.iterdir())


def test_batches_keep_every_row(store, tmp_path, monkeypatch):
    from dossier.exports import parquet

    monkeypatch.setattr(parquet, "BATCH_ROWS", 2)  # five mentions: three batches
    out = tmp_path / "m.parquet"
    result = run(store, "mentions", "--format", "parquet", "-o", str(out))
    assert "wrote 5 mention(s)" in result.output
    assert pq.ParquetFile(out).metadata.num_row_groups == 3
    assert sorted(pq.read_table(out)["trigger_text"].to_pylist()) == \
        ["gave", "met", "sent", "struck", "warned"]


def test_mention_and_event_ids_match_the_contract_export(store, tmp_path):
    import json

    out = tmp_path / "m.parquet"
    run(store, "mentions", "--format", "parquet", "-o", str(out))
    contract = run(store, "mentions", "--format", "jsonl")
    expected = {(r["mention_id"], r["event_id"]) for r in map(json.loads, contract.stdout.splitlines())}
    got = {(r["mention_id"], r["event_id"]) for r in pq.read_table(out).to_pylist()}
    assert got == expected and all(mention_id for mention_id, _ in got)
