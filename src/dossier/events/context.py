"""Where a mention sits and when and where its event happened: evidence and trigger spans,
the event's date and place from the time and place stages (optional imports: a failing or
missing stage never loses the event)."""

from __future__ import annotations

import logging
from dataclasses import replace

from dossier.events.triggers import Trigger
from dossier.model import Analysis, Mention, Span, When, Where

log = logging.getLogger(__name__)


def inherit_main_date(mentions: list[Mention], analysis: Analysis) -> list[Mention]:
    """Undated present-tense reports of the article's main event take its date."""
    dated = [m for m in mentions if m.date is not None and m.date.granularity == "day"
             and m.status == "fact"]
    if not dated:
        return mentions
    main = min(dated, key=lambda m: m.trigger.start).date
    out = []
    for m in mentions:
        if m.date is None:
            d = event_date(analysis, _token_at(analysis.doc, m.trigger.start), main_event=main)
            if d is not None:
                m = replace(m, date=d)
        out.append(m)
    return out


def _token_at(doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0



def evidence_span(sent, tok) -> Span:
    """The sentence, cut at line breaks (headlines and bullets parse into their neighbours)."""
    doc = sent.doc
    text = doc.text
    start, end = sent.start_char, sent.end_char
    ls = text.rfind("\n", start, tok.idx)
    if ls != -1:
        start = ls + 1
    le = text.find("\n", tok.idx, end)
    if le != -1:
        end = le
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(text[start:end], start, end)


def trigger_span(trig: Trigger, doc) -> Span:
    toks = [doc[i] for i in trig.tokens]
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return Span(doc.text[start:end], start, end)



def event_date(analysis: Analysis, index: int, main_event: When | None = None) -> When | None:
    try:
        from dossier.resolve import time as time_mod
    except ImportError:  # pragma: no cover - the time stage is optional
        return None
    fn = getattr(time_mod, "event_date", None)
    if fn is None:
        return None
    try:
        return fn(analysis.doc, index, analysis.times, analysis.article.published,
                  main_event=main_event)
    except Exception:  # a failing date stage must not lose the event
        log.exception("event_date failed for %s at token %d", analysis.article.doc, index)
        return None


def event_location(analysis: Analysis, index: int) -> Where | None:
    try:
        from dossier.resolve import places as places_mod
    except ImportError:  # pragma: no cover
        return None
    fn = getattr(places_mod, "event_location", None)
    if fn is None:
        return None
    try:
        return fn(analysis.doc, index, analysis.places)
    except Exception:
        log.exception("event_location failed for %s at token %d", analysis.article.doc, index)
        return None

