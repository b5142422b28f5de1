"""Where a mention sits and when and where its event happened: evidence and trigger spans,
the event's date and place from the time and place stages (a failing stage never loses the
event)."""

from __future__ import annotations

import logging
from dataclasses import replace

from dossier.events.lexicon import load_lexicon
from dossier.events.threatened import RULE_ID as THREATENED_RULE
from dossier.events.triggers import Trigger
from dossier.model import Analysis, Mention, Span, When, Where
from dossier.nlp.text import doc_text
from dossier.places.attach import event_location as place_of_event
from dossier.time.event_dates import event_date as date_of_event
from dossier.time.event_dates import antecedent_date, headline_date, lead_date

log = logging.getLogger(__name__)


# Rules that take a party from the story rather than the sentence: their mentions do not
# set the story's main date (one they fill is often a background event, and the main-date
# reading was made for events the sentence itself reports).
CONTEXT_PARTY_RULES = frozenset({"actor.claimed_responsibility", "recipient.story_subject"})


def inherit_main_date(mentions: list[Mention], analysis: Analysis) -> list[Mention]:
    """Undated present-tense reports of the article's main event take its date; undated
    facts a headline reports, and undated facts and claims its lead reports, the
    publication date."""
    dated = [m for m in mentions if m.date is not None and m.date.granularity == "day"
             and m.status == "fact" and not CONTEXT_PARTY_RULES.intersection(m.rules)]
    main = min(dated, key=lambda m: m.trigger.start).date if dated else None
    out = []
    for m in mentions:
        if m.date is None and THREATENED_RULE not in m.rules:
            # (a sanction a threat holds over its target is not dated by the threat)
            index = _token_at(analysis.doc, m.trigger.start)
            d = event_date(analysis, index, main_event=main) if main else None
            if d is None and m.status == "fact":
                d = _headline_date(analysis, index)
            if d is None and m.status in ("fact", "claim"):
                d = _lead_date(analysis, index)
            if d is None and m.status in ("fact", "claim"):
                d = _antecedent_date(analysis, index)
            if d is not None:
                m = replace(m, date=d)
        out.append(m)
    return out


def _headline_date(analysis: Analysis, index: int) -> When | None:
    try:
        return headline_date(analysis.doc, index, analysis.article.published)
    except Exception:  # a failing date stage must not lose the event
        log.exception("headline_date failed for %s at token %d", analysis.article.doc, index)
        return None


def _lead_date(analysis: Analysis, index: int) -> When | None:
    try:
        return lead_date(analysis.doc, index, analysis.article.published,
                         analysis.article.body_offset)
    except Exception:  # a failing date stage must not lose the event
        log.exception("lead_date failed for %s at token %d", analysis.article.doc, index)
        return None


def _antecedent_date(analysis: Analysis, index: int) -> When | None:
    try:
        return antecedent_date(analysis.doc, index, analysis.times, analysis.article.published)
    except Exception:  # a failing date stage must not lose the event
        log.exception("antecedent_date failed for %s at token %d", analysis.article.doc, index)
        return None


def _token_at(doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def evidence_span(sent, tok) -> Span:
    """The sentence, cut at line breaks (headlines and bullets parse into their neighbours)."""
    doc = sent.doc
    text = doc_text(doc)
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
    return Span(doc_text(doc)[start:end], start, end)


def _light_verbs() -> frozenset[str]:
    """Verbs that perform the event noun they take ("held talks", "received concessions")."""
    lex = load_lexicon()
    return lex.light_verbs | lex.inverse_light_verbs


def event_date(analysis: Analysis, index: int, main_event: When | None = None) -> When | None:
    try:
        return date_of_event(analysis.doc, index, analysis.times, analysis.article.published,
                             main_event=main_event, light_verbs=_light_verbs(),
                             occasion_verbs=load_lexicon().cue("occasion_verbs"))
    except Exception:  # a failing date stage must not lose the event
        log.exception("event_date failed for %s at token %d", analysis.article.doc, index)
        return None


def event_location(analysis: Analysis, index: int) -> Where | None:
    try:
        return place_of_event(analysis.doc, index, analysis.places)
    except Exception:  # a failing place stage must not lose the event
        log.exception("event_location failed for %s at token %d", analysis.article.doc, index)
        return None


MIN_QUOTATION_WORDS = 5  # shorter quoted phrases are names or scare quotes, not statements


def _quote_role(text: str, i: int) -> str | None:
    """"open", "close" or None for the character at ``i``: curly quotes say which they
    are; a straight quote opens after a space and before a word, closes after a word."""
    ch = text[i]
    if ch == "\u201c":
        return "open"
    if ch == "\u201d":
        return "close"
    if ch != '"':
        return None
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in "([—–-") and not after.isspace():
        return "open"
    if not before.isspace():
        return "close"
    return None


def quotations(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted statements in ``text`` (at least a few words between an
    opening and a closing quote, within one paragraph): an event reported inside one is a
    speaker's claim. Unmatched quotes are skipped rather than guessed."""
    spans, open_at = [], None
    for i, ch in enumerate(text):
        if ch == "\n":
            open_at = None  # a quotation running on past its paragraph is not guessed
            continue
        role = _quote_role(text, i) if ch in "\u201c\u201d\"" else None
        if role == "open":
            open_at = i
        elif role == "close" and open_at is not None:
            if len(text[open_at + 1:i].split()) >= MIN_QUOTATION_WORDS:
                spans.append((open_at, i))
            open_at = None
    return spans


def quoted(char: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < char < end for start, end in spans)
