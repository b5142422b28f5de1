"""Which way a time expression points, read from the verb that governs it in the parse.

Past tense and the perfect point back; will / shall / going to / is to, and verbs of planning
("plans to visit on Friday") point forward; the present and verbless fragments give no
direction (the calendar then takes the nearest occurrence, preferring the past).

In body text a simple present with a weekday or "next week" is a scheduled act ("the two
leaders meet Monday": the coming Monday), unless the verb tells a stance or a report ("says
Monday") or a habit ("meets every Monday"); see :func:`scheduled_present`.

Headlines have a grammar of their own: the present tense reports what has happened ("Iran
Seizes Tanker Friday": the Friday before publication) and a bare infinitive with a subject
announces what is to come ("India to Host Summit Friday").
"""

from __future__ import annotations

from dossier.nlp.text import doc_text
from dossier.time.calendar import FUTURE, NEAREST, PAST
from dossier.time.lexicon import (
    HABITUAL_ADVERBS,
    PARTS_OF_DAY,
    RECURRING_DETERMINERS,
    STANCE_LEMMAS,
    WEEKDAYS,
)

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


_AHEAD_UNITS = frozenset({"week", "weekend", "month"})
_AHEAD_WORDS = frozenset({"next", "coming"})
_BACK_WORDS = frozenset({"last", "past", "previous"})


def _finite_present(verb) -> bool:
    """A simple present with no auxiliary: "meets", "meet" (the tagger often gives a plural
    subject's "meet" the bare VB tag, so a VB with its own subject and no "to" counts)."""
    if any(c.dep_ in ("aux", "auxpass") or c.tag_ == "TO" for c in verb.children):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VB" and verb.dep_ in ("ROOT", "conj") \
        and any(c.dep_ == "nsubj" for c in verb.children)


def scheduled_present(verb) -> bool:
    """A body-text simple present that tells an act ("they meet", "she visits"), not a
    headline's present (the news), a stance or report ("says", "opposes") or a habit
    ("usually meets"). With a weekday it is a plan (:func:`planned_time`)."""
    return _finite_present(verb) and not headline_verb(verb) \
        and verb.lemma_.lower() not in STANCE_LEMMAS \
        and not any(c.dep_ in ("advmod", "neg") and c.lower_ in HABITUAL_ADVERBS
                    for c in verb.children)


def _ahead(token) -> bool:
    """A single weekday ("Monday", "early Monday", "Monday night"), not "last Monday",
    "every Monday" or "Mondays"; or "next week", "the coming month"."""
    words = {c.lower_ for c in token.children if c.dep_ in ("amod", "det", "advmod", "compound")}
    if words & (_BACK_WORDS | RECURRING_DETERMINERS):
        return False
    if token.lower_ in WEEKDAYS:
        return True
    if token.lower_ in PARTS_OF_DAY:  # "Monday night"
        return any(c.dep_ == "compound" and c.lower_ in WEEKDAYS and _ahead(c)
                   for c in token.children)
    return token.lower_ in _AHEAD_UNITS and bool(words & _AHEAD_WORDS)


def planned_time(verb):
    """The child of ``verb`` that places a scheduled present ahead ("meet Monday", "meet on
    Monday", "visits next week"), or None; None too when the clause also tells a recurrence
    ("every Monday")."""
    found = None
    for c in verb.children:
        times = [c] if c.dep_ == "npadvmod" else \
            [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "on" else []
        for t in times:
            if any(g.lower_ in RECURRING_DETERMINERS for g in t.children) or (
                    t.lower_.rstrip("s") in WEEKDAYS and t.lower_ not in WEEKDAYS):
                return None
            if found is None and _ahead(t):
                found = c
    return found


def direction_at(doc, start: int, end: int) -> int:
    """The direction of the clause holding the characters ``start:end`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return NEAREST
    verb = governing_verb(span.root)
    direction = verb_direction(verb) if verb is not None else NEAREST
    if direction == NEAREST and verb is not None and scheduled_present(verb) \
            and (planned := planned_time(verb)) is not None \
            and any(start <= t.idx < end for t in planned.subtree):
        return FUTURE  # "the leaders meet Monday": the coming Monday
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ in _UNTIL_PREPS and direction != PAST:
        return FUTURE  # "through January", "by February": a deadline ahead
    return direction
