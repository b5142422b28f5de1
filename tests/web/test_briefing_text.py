"""The briefing's summary, as a reader needs it: what the score means and its range, a
period that counts undated events too, and a ranking that says what it ranks by and does not
repeat the evidence the timeline cites. Pure: hand-built events."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from store_support import RUS, UKR, mention

from dossier.briefing import compose
from dossier.model import Corroboration, Event, Report


def _event(n: int, when: str | None, reports: int, type_: str = "ASSAULT") -> Event:
    m = mention(f"doc-{n}", type_, trigger=f"hit{n}", when=when)
    members = tuple(Report(f"doc-{n}#{i}", replace(m, doc=f"doc-{n}"), date(2024, 3, 4 + n))
                    for i in range(reports))
    c = Corroboration(mentions=reports, articles=1, outlets=1, sources=0,
                      first_reported=date(2024, 3, 4 + n), last_reported=date(2024, 3, 4 + n),
                      asserted=1)
    return Event(event_id=f"ev-{n}", type=type_, actor="RUS", recipient="UKR", date=when,
                 mentions=tuple(r.mention for r in members), actor_name=RUS.actor.name,
                 recipient_name=UKR.actor.name, reports=members, corroboration=c)


def score(type_: str, mode: str | None) -> float:
    return {"ASSAULT": -9.3, "AID": 7.4, "CONSULT": 2.1}.get(type_, 0.0)


def _lines(section) -> list[str]:
    return [text for text, _ in section.lines]


def test_the_summary_says_what_the_score_is_and_counts_undated_events():
    b = compose("B", [_event(1, "2024-03-02", 1), _event(2, None, 1)], {}, score)
    summary = " ".join(_lines(b.sections[0]))
    assert "-10" in summary and "+10" in summary and "conflict/cooperation" in summary
    period = _lines(b.sections[0])[0]
    assert period.startswith("Period: 2024-03-02 to 2024-03-06")  # the undated one's report
    assert "1 undated" in period


def test_equal_scores_rank_by_reports_and_say_so():
    b = compose("B", [_event(1, "2024-03-02", 1), _event(2, "2024-03-03", 3)], {}, score)
    ranking = b.sections[1]
    assert ranking.title == "Most reported events"
    lines = _lines(ranking)
    assert "ranked by their reports" in lines[0]
    assert lines[1].startswith("2024-03-03")  # three reports before one
    assert all(not cites for _, cites in ranking.lines)  # cited once, under the timeline


def test_different_scores_rank_by_the_score():
    b = compose("B", [_event(1, "2024-03-02", 3, "CONSULT"), _event(2, "2024-03-03", 1)], {},
                score)
    ranking = b.sections[1]
    assert ranking.title == "Strongest events" and "ASSAULT" in _lines(ranking)[1]


def test_counts_read_as_words_and_places_as_country_names():
    events = [replace(_event(1, "2024-03-02", 1), location="UKR"), _event(2, "2024-03-03", 2)]
    b = compose("B", events, {}, score, place={"UKR": "Ukraine"}.get)
    text = " ".join(t for s in b.sections for t, _ in s.lines)
    assert "(s)" not in text
    assert "2 events from 2 articles" in text and "1 report in 1 article" in text
    assert "2 reports in 1 article" in text and "0 named sources" in text
    assert "in Ukraine" in text and "in UKR" not in text
    # the score is said in one sentence
    note = next(t for t in _lines(b.sections[0]) if t.startswith("Score"))
    assert note.count(". ") == 0 and note.endswith(".")


def test_one_event_is_singular():
    b = compose("B", [_event(1, "2024-03-02", 1)], {}, score)
    assert "1 event from 1 article" in _lines(b.sections[0])[0]
    assert any("over 1 event reported as done" in t for t in _lines(b.sections[0]))
