"""The pure half of the store: date ranges and row encoding."""

from __future__ import annotations

from datetime import date

import pytest
from store_support import PUTIN, full_mention, mention

from dossier.store import codec


@pytest.mark.parametrize("value, first, last", [
    ("2024-09-17", date(2024, 9, 17), date(2024, 9, 17)),
    ("2024-09-17T14:30", date(2024, 9, 17), date(2024, 9, 17)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    ("2024-W38", date(2024, 9, 16), date(2024, 9, 22)),
    ("2024-Q4", date(2024, 10, 1), date(2024, 12, 31)),
    ("2024-H1", date(2024, 1, 1), date(2024, 6, 30)),
    ("2023-WI", date(2023, 12, 1), date(2024, 2, 29)),
    ("2023", date(2023, 1, 1), date(2023, 12, 31)),
    ("201", date(2010, 1, 1), date(2019, 12, 31)),
    ("19", date(1900, 1, 1), date(1999, 12, 31)),
])
def test_day_range_covers_value(value, first, last):
    assert codec.day_range(value) == (first, last)


@pytest.mark.parametrize("value", [None, "", "PAST_REF", "P3D", "2024-13", "2024-W60", "XXXX-09"])
def test_day_range_unusable_value_is_none(value):
    assert codec.day_range(value) is None


def test_mention_row_falls_back_to_reported_day():
    row = codec.mention_row(mention(when=None, reported=date(2024, 5, 6)), 1)
    assert (row["day_from"], row["day_to"]) == (date(2024, 5, 6), date(2024, 5, 6))
    row = codec.mention_row(mention(when="PAST_REF", reported=date(2024, 5, 6)), 1)
    assert row["day_from"] == date(2024, 5, 6)


def test_mention_row_filter_keys():
    row = codec.mention_row(mention(actor=PUTIN, recipient=None), 1)
    assert (row["actor_code"], row["actor_name"], row["recipient_code"]) == ("RUS", "vladimir putin", None)


def test_event_id_of_stored_json_matches_model():
    m = full_mention()
    row = codec.mention_row(m, 1)
    assert codec.event_id_of(m.type, row["actor_json"], row["recipient_json"], row["date_json"]) == m.event_id


def test_decoding_ignores_fields_the_model_no_longer_has():
    row = {**codec.mention_row(full_mention(), 1)}
    row["date_json"] = row["date_json"].replace("{", '{"retired_field": 1, ', 1)
    assert codec.mention_from_row(row, "a1") == full_mention()
