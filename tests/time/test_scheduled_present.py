"""A simple present with a coming day, in body text, is a scheduled act: the weekday lies
ahead and the event is planned. Not a headline's present (the news), a habit ("every
Monday"), a stance or report ("says Monday"), nor a past tense. Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest
from events_support import hand_analysis

from dossier.events import RuleExtractor
from dossier.time import find_times
from dossier.time.tense import planned_time, scheduled_present

FRIDAY = date(2024, 10, 11)
NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

pytestmark = pytest.mark.slow


def _weekday(nlp, text, anchor=FRIDAY):
    doc = nlp(text)
    times = [w for w in find_times(doc, anchor) if any(n in w.text for n in NAMES)]
    assert len(times) == 1, times
    return times[0].value[:10]


@pytest.mark.parametrize("text, expected", [
    # body text, simple present: the coming Monday
    ("The two foreign ministers meet Monday in Oslo to discuss fishing rights.", "2024-10-14"),
    ("The envoy meets separately on Tuesday with the rebel commanders.", "2024-10-15"),
    ("Parliament votes Wednesday night on the new budget.", "2024-10-16"),
    # a past tense: the Monday gone
    ("The two foreign ministers met Monday in Oslo.", "2024-10-07"),
    # a report in the simple present is no plan
    ("The ministry says Monday's talks ended without a deal.", "2024-10-07"),
    ("The ministry says Tuesday that the talks ended without a deal.", "2024-10-08"),
])
def test_body_present_with_a_weekday_looks_ahead(nlp, text, expected):
    assert _weekday(nlp, text) == expected


def test_headline_present_tells_the_news(nlp):
    assert _weekday(nlp, "Army Shells Border Villages Tuesday\n\nThe shelling went on for hours.") \
        == "2024-10-08"


@pytest.mark.parametrize("text, verb, planned", [
    ("The two ministers meet Monday in Oslo.", "meet", True),
    ("She visits the capital next week.", "visits", True),
    ("The council meets every Monday in the old town hall.", "meets", False),
    ("The council usually meets on Monday.", "meets", False),
    ("The government opposes the plan, its spokesman says Monday.", "says", False),
    ("The council met last Monday.", "met", False),
    ("The council meets on Mondays.", "meets", False),
])
def test_planned_only_for_a_single_coming_day(nlp, text, verb, planned):
    doc = nlp(text)
    v = next(t for t in doc if t.text == verb)
    assert (scheduled_present(v) and planned_time(v) is not None) == planned


ACTORS = {"Kenyan President": ("person", "KEN"), "Ugandan officials": ("group", "UGA"),
          "Kenya": ("country", "KEN"), "Uganda": ("country", "UGA")}


def _statuses(nlp, text, title=None):
    found = RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS, title=title))
    return {(m.type, m.status) for m in found}


def test_scheduled_meeting_is_future(nlp):
    found = _statuses(nlp, "A quiet week in the region. The Kenyan President meets Ugandan "
                           "officials on Monday in Nairobi.")
    assert ("CONSULT", "future") in found


def test_headline_present_meeting_is_the_news(nlp):
    found = _statuses(nlp, "The talks went on into the night.",
                      title="Kenyan President Meets Ugandan Officials Monday")
    assert found == {("CONSULT", "fact")}


@pytest.mark.parametrize("text", [
    "A quiet week in the region. The Kenyan President met Ugandan officials on Monday.",
    "A quiet week in the region. The Kenyan President meets Ugandan officials every Monday.",
])
def test_past_and_habitual_meetings_are_no_plan(nlp, text):
    assert _statuses(nlp, text) == {("CONSULT", "fact")}
