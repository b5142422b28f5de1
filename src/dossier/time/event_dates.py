"""The date of one event: the time expression the parse attaches to its trigger, else one
in the same clause, else the time of the report or coordinated verb its clause hangs from,
else (for a present-progressive account of the article's main event) that event's date.
Never the publication date by default: only an undated fact a headline reports in the
present or past tense takes it (``headline_date``), a headline being the day's news.

Only calendar values count as event dates: durations, sets and the vague references
(PRESENT_REF, PAST_REF, FUTURE_REF) say nothing a user can put on a timeline, so an event
whose only time is "in recent weeks" gets no date. Times of day give their day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from dossier.model import When
from dossier.time.calendar import FUTURE, NEAREST, PAST
from dossier.nlp.text import doc_text
from dossier.time.tense import governing_verb, headline_verb, verb_direction

_CALENDAR = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}(?:-WE)?|-Q\d|-H\d|-(?:SP|SU|FA|WI))?|\d{3}")
_MAX_HOPS = 6
# the links along which a clause takes the time of the clause above it: reported speech
# (ccomp), a coordinated verb (conj), an open complement ("agreed to meet": xcomp)
_CARRYING = ("ccomp", "conj", "xcomp")
_MAX_CLIMB = 3
_SIMULTANEOUS = frozenset({"when", "while", "as"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})


def as_event_date(when: When) -> When | None:
    """``when`` as an event date, or None when it is not one (a duration, a set, a vague
    reference, or a value with no year)."""
    if when.timex_type not in ("DATE", "TIME"):
        return None
    value = when.value
    if when.timex_type == "TIME" or "T" in value:
        value = value.split("T", 1)[0]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return None
        return replace(when, value=value, granularity="day", timex_type="DATE")
    if not _CALENDAR.fullmatch(value):
        return None
    return when


def _begins_after(value: str, anchor: date) -> bool:
    """Whether the calendar value ``value`` (day, ISO week, month or year) starts after
    ``anchor``; other values (quarters, seasons, decades) are never judged."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            first = date.fromisoformat(value)
        elif m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value):
            first = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        elif re.fullmatch(r"\d{4}-\d{2}", value):
            first = date(int(value[:4]), int(value[5:]), 1)
        elif re.fullmatch(r"\d{4}", value):
            first = date(int(value), 1, 1)
        else:
            return False
    except ValueError:
        return False
    return first > anchor


def _span(doc, when: When):
    if when.start is None or when.end is None:
        return None
    return doc.char_span(when.start, when.end, alignment_mode="expand")


def _owned_by_other_noun(root, trigger) -> bool:
    """A possessive time ("September's delivery", "Tuesday's attack") dates the noun it
    modifies, never the clause around that noun."""
    return root.dep_ == "poss" and root.head.i != trigger.i


def _hops_to(token, target) -> int | None:
    """How many steps up the tree from ``token`` reach ``target`` without passing through
    another verb (which would put the time in a different clause)."""
    current, hops = token, 0
    while hops <= _MAX_HOPS:
        if current.i == target.i:
            return hops
        if hops and current.pos_ in ("VERB", "AUX") and current.i != target.i:
            return None
        if current.head is current:
            return None
        current, hops = current.head, hops + 1
    return None


def event_date(doc, trigger_index: int, times: Sequence[When], anchor: date | None, *,
               main_event: When | None = None,
               light_verbs: frozenset[str] | None = None,
               occasion_verbs: frozenset[str] = frozenset()) -> When | None:
    """The date of the event whose trigger is token ``trigger_index`` of ``doc``.

    ``times`` are the document's expressions from :func:`find_times`; ``anchor`` is the
    publication date (only used through ``times``, which were resolved against it);
    ``main_event`` is the date of the article's main event, inherited by present-tense
    descriptions of it (basis ``inherited``); ``light_verbs`` (lemmas), when given, are the
    verbs whose time an event noun they take as object shares ("held talks on Monday");
    other verbs speak about the event ("in 2019, Trump praised the summit"), except verbs
    of coming together for an occasion (``occasion_verbs``) whose "for" names it ("began
    gathering on Tuesday for a rally": the rally's time).
    """
    trigger = doc[trigger_index]
    sentence = trigger.sent
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    reported_past = clause is not None and verb_direction(clause) == PAST
    usable = []
    for when in times:
        event_when = as_event_date(when)
        span = _span(doc, when) if event_when else None
        if span is None or span.start < sentence.start or span.end > sentence.end \
                or _owned_by_other_noun(span.root, trigger):
            continue
        if reported_past and anchor is not None and _begins_after(event_when.value, anchor):
            continue  # what a story tells in the past tense happened by its publication
        usable.append((event_when, span))

    attached = [(hops, abs(span.start - trigger_index), when) for when, span in usable
                if (hops := _hops_to(span.root, trigger)) is not None]
    if attached:
        return min(attached, key=lambda item: (item[0], item[1]))[2]

    if clause is not None and not _spoken_about(trigger, clause, light_verbs, occasion_verbs):
        same_clause = [(abs(span.start - trigger_index), when) for when, span in usable
                       if _clause_of(span) == clause.i]
        if same_clause:
            return min(same_clause, key=lambda item: item[0])[1]

    if trigger.pos_ in ("NOUN", "PROPN") and (described := _described_by(trigger, usable)):
        return described

    # A noun tells its own time only as the object of its verb ("signed an agreement"); as
    # a subject ("the delivery ... marked") it names an earlier act. A predicate adjective
    # ("said on Sunday that X was willing to …") is its clause's own act.
    if clause is not None and (clause is trigger or trigger.dep_ in ("dobj", "acomp")) \
            and not _spoken_about(trigger, clause, light_verbs, occasion_verbs) \
            and (inherited := _from_governing_clause(clause, usable)) is not None:
        return inherited

    # A progressive ("Putin is meeting ...") tells the story's event as it unfolds; a simple
    # present ("the group accuses", "X routinely denies") tells a standing state, undated.
    # A headline takes its publication date instead (``headline_date``).
    if clause is not None and _present_progressive(clause) and not headline_verb(clause):
        # under way when a dated report tells it ("said Sunday that talks are progressing")
        if (reported := _from_governing_clause(clause, usable)) is not None:
            return reported
        if main_event is not None:
            return replace(main_event, basis="inherited")
    return None


def _clause_of(span) -> int | None:
    """The index of the verb governing a time expression, if any."""
    verb = governing_verb(span.root)
    return verb.i if verb is not None else None


def _spoken_about(trigger, clause, light_verbs: frozenset[str] | None,
                  occasion_verbs: frozenset[str] = frozenset()) -> bool:
    """Is the event noun ``trigger`` the object of a verb that is an act of its own (praise,
    recall, condemn), not a light verb that performs it (hold, sign), nor a verb of coming
    together whose "for" names the occasion ("gathered for a rally", "arrived for talks";
    not "arrested for the attack": an act done because of another)?"""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.head.i == clause.i \
            and clause.lemma_ in occasion_verbs:
        return False
    return light_verbs is not None and trigger is not clause \
        and trigger.dep_ in ("dobj", "pobj") and clause.lemma_ not in light_verbs


def _carries(clause) -> bool:
    """Does ``clause`` take the time of the clause above it? A "when"/"as"/"while" clause,
    a bare participle and a purpose infinitive share the main clause's time; other
    adverbial clauses ("after talks on Monday") do not."""
    if clause.dep_ == "advcl":
        if clause.tag_ == "VBG" and not any(c.dep_ in ("mark", "advmod") for c in clause.children):
            return True  # a participle of result: "shelled the town on Monday, killing six"
        if clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
                and not any(c.dep_ == "mark" for c in clause.children):
            return True  # a purpose: "met officials in late September to lobby the EU"
        if any(c.dep_ == "advmod" and c.lower_ in _SIMULTANEOUS for c in clause.children):
            return True
        # "as" and "while" parse as markers: "began on Friday, as thousands marched" tells
        # the march at the beginning's time; one in another tense is a background ("met on
        # Friday, as Tehran is expected to seek …")
        return verb_direction(clause) == PAST and any(
            c.dep_ == "mark" and c.lower_ in _SIMULTANEOUS for c in clause.children)
    return clause.dep_ in _CARRYING


def _described_by(trigger, usable) -> When | None:
    """The time of a participle describing a noun trigger: "a proposal made on Monday"."""
    for child in trigger.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for when, span in usable:
                if _clause_of(span) == child.i:
                    return when
    return None


def _present_progressive(verb) -> bool:
    """"is meeting", "are gathering": not "has been fighting" (a standing state) nor "to be
    holding" (an infinitive under another verb)."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in _PRESENT_BE for c in verb.children)


def _from_governing_clause(clause, usable) -> When | None:
    """The time of a clause the event's verb hangs from: the report that carries it ("On
    Thursday, officials said troops were deployed"), or the first verb of a coordination
    ("visited Europe in late September and met officials"). A story tells a reported act
    close to when it was reported, and coordinated verbs share their time. Climbs only
    through such links, so a time in a relative or adverbial clause stays there."""
    current = clause
    for _ in range(_MAX_CLIMB):
        if current.dep_ == "relcl":  # "in 2015, when the two sides negotiated"
            return next((when for when, span in usable if span.start <= current.head.i < span.end),
                        None)
        if not _carries(current) or current.head is current:
            return None
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in current.children):
            return None  # "said last week that Iran had sent": the act came before the saying
        current = governing_verb(current.head)
        if current is None:
            return None
        own = [when for when, span in usable if _clause_of(span) == current.i]
        if own:
            return own[0]
    return None


# Adverbs that make a lead's verb tell a standing pattern, not the day's news
_HABITUAL = frozenset({"repeatedly", "often", "long", "routinely", "frequently", "always",
                       "regularly", "usually", "increasingly", "never", "ever"})


def lead_date(doc, trigger_index: int, anchor: date | None, body_start: int) -> When | None:
    """The publication date for an undated event the story's lead (its first sentence after
    the headline) reports in the past or present: like a headline, a lead tells the day's
    news ("Security forces say they killed six attackers", "officials are pleading with
    civilians"). Not a perfect ("have long called"), a future, a habit or a simple present
    ("accuses": a standing state) (basis ``published``)."""
    trigger = doc[trigger_index]
    sentence = trigger.sent
    first = next((s for s in doc.sents if s.end_char > body_start
                  and doc_text(doc)[s.start_char:s.end_char].strip()), None)
    if anchor is None or first is None or sentence.start != first.start:
        return None
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    if clause is None or _simple_present(clause):
        return None  # "Uganda accuses Kenya of …": a standing state (but "say they killed")
    for verb in _up_the_clauses(clause):
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if auxes & {"has", "have", "had", "'ve"} or verb_direction(verb) == FUTURE \
                or any(c.lower_ in _HABITUAL for c in verb.children if c.dep_ in ("advmod", "neg")):
            return None
    return When(anchor.isoformat(), "day", "published", "")


def _simple_present(verb) -> bool:
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _up_the_clauses(verb):
    """``verb`` and the verbs it hangs from, up to the sentence's root."""
    out, current = [verb], verb
    while current.head is not current and len(out) < 8:
        current = governing_verb(current.head)
        if current is None or current in out:
            break
        out.append(current)
    return out


_DEFINITE = frozenset({"the", "this", "that"})


def antecedent_date(doc, trigger_index: int, times: Sequence[When], anchor: date | None,
                    sentences_back: int = 2) -> When | None:
    """The date of what a definite noun refers back to: "The statement threatened
    sanctions" after "Blinken issued a statement on Tuesday", "the meeting ended" after
    "Friday's meeting". The noun is the trigger itself or its clause's subject; the
    antecedent is the nearest earlier use of the same noun, a sentence or two before,
    dated there: a thing made or held there, or (the sentence before) a party acting on
    the same occasion (basis ``inherited``)."""
    trigger = doc[trigger_index]
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    nouns = [trigger] if trigger.pos_ == "NOUN" else []
    if clause is not None:
        nouns += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    if clause is not None and (verb_direction(clause) == FUTURE or any(
            c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in clause.children)):
        return None  # a plan, or a perfect that tells no time of its own
    sents = list(doc.sents)
    here = next(i for i, x in enumerate(sents) if x.start <= trigger_index < x.end)
    # a party acting again in the very next sentence, told in the simple past, acts on the
    # same occasion ("The government reported on March 31 … The government demanded …")
    told_on = clause is not None and clause.tag_ == "VBD"
    for noun in nouns:
        if not any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in noun.children):
            continue
        for back, sent in enumerate(reversed(sents[max(0, here - sentences_back):here])):
            for tok in reversed(list(sent)):
                if tok.lemma_ == noun.lemma_ and tok.pos_ == "NOUN" \
                        and (_introduced(tok) or (back == 0 and told_on)):
                    when = event_date(doc, tok.i, times, anchor)
                    if when is not None:
                        return replace(when, basis="inherited")
                    break
    return None


def _introduced(noun) -> bool:
    """Is ``noun`` a thing made or held where it is dated ("issued a statement on Monday",
    "Monday's summit"), not a party acting (whose other acts have times of their own)?"""
    return noun.dep_ in ("dobj", "nsubjpass") or any(
        c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in noun.children)


def headline_date(doc, trigger_index: int, anchor: date | None) -> When | None:
    """The publication date for an event a headline reports in the present or past tense
    (basis ``published``): a headline tells the day's news, so the event is no later."""
    trigger = doc[trigger_index]
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
    if anchor is None or clause is None or not headline_verb(clause) \
            or verb_direction(clause) == FUTURE:
        return None
    return When(anchor.isoformat(), "day", "published", "")


# What may stand between two coordinated dates of one act: "in 2013 and 2015", "in 2023 and
# again in January", "on May 3, and once more on June 9". A range ("between 2013 and 2015",
# "from May to June") or words of another clause ("in 2013 and Kenya in 2015") never match.
_DATE_COORDINATION = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:(?:then|later)\s+)?"
    r"(?:(?:again|once\s+more)\s*,?\s+)?(?:(?:in|on|during)\s+)?(?:the\s+)?", re.IGNORECASE)
_CONJUNCTION = re.compile(r"\b(?:and|as\s+well\s+as)\b", re.IGNORECASE)
_RANGE_OPENERS = frozenset({"between", "from"})
_MAX_LIST_CHARS = 80
_AGAIN = re.compile(r"\b(?:again|once\s+more)\b", re.IGNORECASE)


def coordinated_dates(doc, when: When, times: Sequence[When]) -> list[When]:
    """The other calendar dates coordinated with an event's date ``when``: "two attacks in
    2013 and 2015", "sanctioned in 2023 and again in January" (``when`` may be any of them).
    Each date tells an occasion of the act of its own, so each gives its own mention.
    ``times`` are the document's expressions (in text order). Not a range ("between 2013
    and 2015"), nor the date of another clause ("in 2013, and in 2015 the rebels signed")."""
    if _span(doc, when) is None:
        return []
    earlier = [t for t in times if t.end is not None and t.end <= when.start
               and when.start - t.end < _MAX_LIST_CHARS]
    for first in earlier:  # the earliest date whose list reaches ``when``
        chain = _date_list(doc, first, times)
        if any(d.start == when.start for d in chain) and as_event_date(first) is not None:
            return [as_event_date(first)] + [d for d in chain if d.start != when.start]
    return _date_list(doc, when, times)


def _date_list(doc, when: When, times: Sequence[When]) -> list[When]:
    """The dates listed after ``when`` ("in 2013, 2015 and 2018"), as event dates."""
    text = doc_text(doc)
    first = _span(doc, when)
    if first is None or _range_opened(text, when.start):
        return []
    out, last, joined = [], when, 0
    for other in times:
        if other.start is None or other.end is None or other.start < last.end:
            continue
        between = text[last.end:other.start]
        dated, span = as_event_date(other), _span(doc, other)
        if not _DATE_COORDINATION.fullmatch(between) or dated is None or span is None \
                or dated.value == (out[-1] if out else when).value \
                or _clause_of(span) != _clause_of(first) \
                or (_next_day(last.value, dated.value) and not _AGAIN.search(between)):
            break  # "talks on Monday and Tuesday" are one occasion over two days
        out.append(replace(dated, start=other.start, end=other.end))
        last = other
        if _CONJUNCTION.search(between):
            joined = len(out)
    # a comma alone joins only inside a list that "and" closes ("in 2013, 2015 and 2018"):
    # "Last week, on Tuesday" is one date told twice
    return out[:joined]


def _next_day(first: str, second: str) -> bool:
    try:
        return (date.fromisoformat(second) - date.fromisoformat(first)).days == 1
    except ValueError:
        return False


def _range_opened(text: str, start: int) -> bool:
    words = text[max(0, start - 20):start].split()
    return bool(words) and words[-1].lower() in _RANGE_OPENERS
