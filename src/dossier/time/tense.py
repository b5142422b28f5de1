"""Which way a time expression points, read from the verb that governs it in the parse.

Past tense and the perfect point back; will / shall / going to / is to, and verbs of planning
("plans to visit on Friday") point forward; the present and verbless fragments give no
direction (the calendar then takes the nearest occurrence, preferring the past).

Headlines have a grammar of their own: the present tense reports what has happened ("Iran
Seizes Tanker Friday": the Friday before publication) and a bare infinitive with a subject
announces what is to come ("India to Host Summit Friday").
"""

from __future__ import annotations

from dossier.nlp.text import doc_text
from dossier.time.calendar import FUTURE, NEAREST, PAST

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}
_UNTIL_PREPS = {"by", "through", "until", "till", "thru"}
_PLAN_LEMMAS = {"plan", "expect", "schedule", "intend", "aim", "prepare", "hope", "due",
                "set", "slate", "vow", "promise", "pledge", "propose", "threaten", "want",
                "seek", "agree", "decide", "announce"}


def governing_verb(token):
    """The nearest verb or auxiliary at or above ``token`` in the dependency tree."""
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head is current:
            return None
        current = current.head
    return None


def headline_verb(verb) -> bool:
    """Whether ``verb`` is on the text's first line, a headline: a blank line follows it and
    it has no full stop (a lead sentence without a headline above it ends in one)."""
    text = doc_text(verb.doc)
    end = text.find("\n")
    return 0 < end and verb.idx < end and text.startswith("\n\n", end) \
        and not text[:end].rstrip().endswith(".")


def verb_direction(verb, _depth: int = 0) -> int:
    """PAST, FUTURE or NEAREST for a verb token, from its tag and auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in auxes}
    if "have" in aux_words and aux_words & {"would", "could", "might", "should", "must"}:
        return PAST  # "would have met"
    if aux_words & (_FUTURE_AUX | {"would"}) or verb.lower_ in _FUTURE_AUX:
        return FUTURE
    if "going" in aux_words and "to" in aux_words:
        return FUTURE
    if verb.tag_ == "VB" and "to" in aux_words and verb.dep_ == "ROOT" \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return FUTURE  # a headline's "India to host talks on Friday"
    if verb.tag_ == "VB" and "to" in aux_words:
        # an infinitive takes its direction from what governs it: "plans to visit" and
        # "is to visit" point forward, "tried to visit" back
        head = verb.head
        if head is verb or _depth > 4:
            return NEAREST
        if head.lemma_ in _PLAN_LEMMAS or head.lemma_ == "be":
            # "plans to visit" points ahead; "decided to invade" may since have happened
            return NEAREST if verb_direction(head, _depth + 1) == PAST else FUTURE
        return verb_direction(head, _depth + 1) if head.pos_ in ("VERB", "AUX") else NEAREST
    if verb.tag_ == "VBG" and not auxes:
        return _participle_direction(verb, _depth)
    if verb.lemma_ in ("plan", "schedule"):
        return FUTURE  # "planned a rally on Saturday": the rally lies ahead of the planning
    if verb.tag_ in ("VBD",) or any(a.tag_ == "VBD" for a in auxes):
        return PAST
    if verb.tag_ == "VBN" and (aux_words & {"has", "have", "had", "'ve", "'s"} or verb.dep_ in ("acl", "amod")):
        return PAST
    if verb.tag_ == "VBN" and not auxes:
        return PAST  # reduced relatives and headlines: "talks held Tuesday"
    if verb.tag_ == "MD":
        return FUTURE if verb.lower_ in _FUTURE_AUX | {"would"} else NEAREST
    if verb.tag_ in ("VBZ", "VBP") and not auxes and headline_verb(verb):
        return PAST  # a headline's present reports the news: "Army Shells Villages Friday"
    return NEAREST


def _participle_direction(verb, depth: int) -> int:
    """A bare -ing form has no tense of its own: "blocked roads leading to the centre on
    Sunday" and "attacked the camp, killing five on Sunday" are as past as the finite verb
    they hang from. "According to a report Sunday" cites a report already out."""
    if verb.lemma_ == "accord" or verb.lower_ == "according":
        return PAST
    head = governing_verb(verb.head) if verb.head is not verb else None
    if head is None or head.i == verb.i or depth > 4:
        return NEAREST
    return PAST if verb_direction(head, depth + 1) == PAST else NEAREST


def direction_at(doc, start: int, end: int) -> int:
    """The direction of the clause holding the characters ``start:end`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return NEAREST
    verb = governing_verb(span.root)
    direction = verb_direction(verb) if verb is not None else NEAREST
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ in _UNTIL_PREPS and direction != PAST:
        return FUTURE  # "through January", "by February": a deadline ahead
    return direction
