"""The DataFrame route: ``dossier.open(db)`` and its typed DataFrames."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

import dossier
from dossier.errors import ConfigError, StoreError
from dossier.exports.table import MENTION_COLUMNS


def test_mentions_frame_has_typed_columns(store):
    with dossier.open(store) as reader:
        df = reader.mentions()
    assert len(df) == 5 and list(df.columns) == [name for name, _ in MENTION_COLUMNS]
    assert str(df["date_first"].dtype) == "datetime64[s]"
    assert str(df["reported"].dtype) == "datetime64[s]"
    assert df["confidence"].dtype == "float64"
    assert str(df["trigger_start"].dtype) == "Int64"
    assert isinstance(df["rules"].iloc[0], list)
    assert sorted(df["mention_id"]) == ["a1#0", "a1#1", "a1#2", "a2#0", "a3#0"]
    assert df.groupby(df["date_first"].dt.to_period("M")).size().to_dict() == {
        pd.Period("2024-02", "M"): 1, pd.Period("2024-03", "M"): 2, pd.Period("2024-04", "M"): 1}


def test_mentions_frame_takes_the_events_filters(store):
    with dossier.open(store) as reader:
        assert reader.mentions(type="ASSAULT")["trigger_text"].tolist() == ["struck"]
        # Putin counts as RUS, as in `dossier events --actor RUS`
        assert sorted(reader.mentions(actor="RUS")["trigger_text"]) == ["met", "struck", "warned"]
        assert len(reader.mentions(since="2024-04")) == 1
        empty = reader.mentions(type="PROTEST")
    assert empty.empty and str(empty["date_first"].dtype) == "datetime64[s]"


def test_actors_frame(store):
    with dossier.open(store) as reader:
        df = reader.actors()
        assert reader.actors("putin")["name"].tolist() == ["Vladimir Putin"]
    assert {"code", "name", "kind", "country", "mentions"} <= set(df.columns)
    assert str(df["mentions"].dtype) == "Int64"
    assert df.set_index("name").loc["Russia", "mentions"] == 2


def test_open_defaults_to_the_db_setting(store, monkeypatch):
    monkeypatch.setenv("DOSSIER_DB", store)
    with dossier.open() as reader:
        assert reader.counts()["mentions"] == 5


def test_open_refuses_a_missing_store(tmp_path):
    with pytest.raises(StoreError):
        dossier.open(tmp_path / "none.db")
    assert not (tmp_path / "none.db").exists()


def test_open_without_pandas_names_the_extra(store, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ConfigError) as caught:
        dossier.open(store)
    assert "pandas" in caught.value.message and "pip install -e '.[analysis]'" in caught.value.fix
