"""A weekday named for a past event is the latest such day on or before publication, and no
event told in the past tense is dated after its article."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dossier.time import event_date, find_times
from dossier.time.calendar import NEAREST, PAST, resolve_weekday

MONDAY = date(2025, 3, 10)
SATURDAY = date(2025, 3, 15)
NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@pytest.mark.parametrize("anchor", [MONDAY + timedelta(days=n) for n in range(7)])
@pytest.mark.parametrize("weekday", range(7))
def test_past_weekday_is_within_the_week_up_to_publication(anchor, weekday):
    day = resolve_weekday(anchor, weekday, PAST)
    assert day.weekday() == weekday
    assert anchor - timedelta(days=6) <= day <= anchor


def test_sunday_in_a_monday_story_is_the_day_before():
    assert resolve_weekday(MONDAY, 6, PAST) == MONDAY - timedelta(days=1)
    assert resolve_weekday(MONDAY, 6, NEAREST) == MONDAY - timedelta(days=1)


def _weekday_value(nlp, sentence, anchor):
    doc = nlp(sentence)
    times = [w for w in find_times(doc, anchor) if w.text.split()[-1] in NAMES]
    assert len(times) == 1, times
    return times[0].value[:10]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, anchor, expected", [
    # finite past verbs
    ("Rebels shelled the northern town on Sunday, officials said.", MONDAY, "2025-03-09"),
    ("The two ministers met in Geneva on Sunday.", SATURDAY, "2025-03-09"),
    ("The border crossing was closed Sunday after the clashes.", SATURDAY, "2025-03-09"),
    # a bare -ing form takes the tense of the verb it hangs from
    ("Farmers blocked the roads leading to the capital on Sunday.", SATURDAY, "2025-03-09"),
    ("Gunmen attacked a police post, killing four officers on Sunday.", SATURDAY, "2025-03-09"),
    # a report cited is already out
    ("The army is regrouping, according to a newspaper report Sunday.", SATURDAY, "2025-03-09"),
])
def test_past_events_take_the_weekday_before_publication(nlp, sentence, anchor, expected):
    assert _weekday_value(nlp, sentence, anchor) == expected


@pytest.mark.slow
@pytest.mark.parametrize("sentence, anchor, expected", [
    ("The foreign minister will travel to Cairo on Sunday.", SATURDAY, "2025-03-16"),
    ("Parliament is set to vote on the budget on Thursday.", MONDAY, "2025-03-13"),
])
def test_future_events_still_look_ahead(nlp, sentence, anchor, expected):
    assert _weekday_value(nlp, sentence, anchor) == expected


@pytest.mark.slow
def test_days_later_count_from_the_day_last_named(nlp):
    doc = nlp("The tanker docked at the port on March 8. Two days later, it sailed for the gulf.")
    values = {w.text: w.value for w in find_times(doc, date(2025, 3, 14))}
    assert values["Two days later"] == "2025-03-10"


@pytest.mark.slow
@pytest.mark.parametrize("sentence, trigger", [
    # a past-tense account cannot be dated after the story; the date is dropped, not pushed
    ("The troops withdrew from the town on March 20.", "withdrew"),
    ("The rebels seized the airport in April.", "seized"),
])
def test_no_past_tense_event_is_dated_after_publication(nlp, sentence, trigger):
    anchor = date(2025, 3, 14)
    doc = nlp(sentence)
    index = next(t.i for t in doc if t.text == trigger)
    when = event_date(doc, index, find_times(doc, anchor), anchor)
    assert when is None or when.value[:10] <= anchor.isoformat()


@pytest.mark.slow
def test_past_tense_event_keeps_a_past_date(nlp):
    anchor = date(2025, 3, 14)
    doc = nlp("The troops withdrew from the town on March 2.")
    index = next(t.i for t in doc if t.text == "withdrew")
    when = event_date(doc, index, find_times(doc, anchor), anchor)
    assert when is not None and when.value == "2025-03-02"
