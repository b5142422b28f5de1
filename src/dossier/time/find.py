"""Time: find the time expressions of a parsed article, normalise them the TimeML way
(TIMEX3 type and value) against the publication date, and date events.

    find_times(doc, anchor)          every expression, as When(value, granularity, basis, …)
    event_date(doc, i, times, …)     the date of the event whose trigger is token i
    time_records(nlp, records)       JSON-ready rows for ``dossier time``

Expressions are found by the rule table in :mod:`time_rules`, pointed forward or back by the
tense of their clause (:mod:`time_tense`) and resolved by the calendar arithmetic of
:mod:`time_calendar`. Without an anchor, relative expressions keep TIMEX3's underspecified
form (``XXXX-07-19``, ``XXXX-WXX-2``) and say so with ``basis="unresolved"``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from dossier.model import When
from dossier.nlp.text import doc_text
from dossier.time.calendar import granularity_of
from dossier.time.rules import Candidate, Context, candidates
from dossier.time.tense import direction_at

__all__ = ["find_times", "parse_anchor", "time_records"]

log = logging.getLogger(__name__)

_NUMBER_LABELS = ("MONEY", "PERCENT", "QUANTITY")


def find_times(doc, anchor: date | None) -> list[When]:
    """Every time expression in ``doc``, in text order, with offsets into ``doc.text``."""
    text = doc_text(doc)
    number_spans = _number_spans(doc)

    def accept(cand: Candidate) -> bool:
        probe = Context(anchor, text=text, number_spans=number_spans)
        return cand.rule.normalise(cand.match, probe) is not None

    ctx = Context(anchor, text=text, number_spans=number_spans)
    found: list[When] = []
    for cand in candidates(text, accept):
        ctx.direction = direction_at(doc, cand.start, cand.end)
        norm = cand.rule.normalise(cand.match, ctx)
        if norm is None:
            continue
        granularity = granularity_of(norm.value) if norm.timex_type in ("DATE", "TIME") else None
        if granularity == "day" and norm.value[:4].isdigit():
            ctx.ref_day = date.fromisoformat(norm.value[:10])
        found.append(When(value=norm.value, granularity=granularity, basis=norm.basis,
                          text=text[cand.start:cand.end], start=cand.start, end=cand.end,
                          timex_type=norm.timex_type))
    return found


def _number_spans(doc) -> list[tuple[int, int]]:
    """Where the text holds amounts rather than times: money, percentages, quantities, and
    counts of things ("2000 rockets"), so a year-like number there is not read as a year."""
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NUMBER_LABELS]
    for token in doc:
        if token.like_num and token.dep_ == "nummod" and token.head.tag_ == "NNS" and not any(
                c.dep_ in ("det", "poss") and c.i < token.i for c in token.head.children):
            # "fired 2000 rockets" is a count; "the 2022 elections" is a year
            spans.append((token.idx, token.idx + len(token.text)))
    return spans


def parse_anchor(published) -> date | None:
    """A publication date from a record: a date, or an ISO string (a time part is ignored)."""
    if published is None or isinstance(published, date) and not isinstance(published, datetime):
        return published
    if isinstance(published, datetime):
        return published.date()
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        log.warning("publication date %r is not ISO (YYYY-MM-DD); relative times stay unresolved",
                    published)
        return None


def time_records(nlp, records: Iterable[dict]) -> Iterator[dict]:
    """For each record ``{"id", "published", "text"}``, one row per time expression:
    ``{"doc", "start", "end", "text", "type", "value"}`` with offsets into ``text``."""
    pairs = ((record.get("text") or "", record) for record in records)
    for doc, record in nlp.pipe(pairs, as_tuples=True):
        anchor = parse_anchor(record.get("published"))
        for when in find_times(doc, anchor):
            yield {"doc": record.get("id"), "start": when.start, "end": when.end,
                   "text": when.text, "type": when.timex_type, "value": when.value}
