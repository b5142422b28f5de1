"""Rules on the act itself: is the trigger an event at all, what are its arguments, and how
does the text present it (status)?

Each rule takes the ``Sentence`` and a ``Candidate`` and returns the candidate, a new one,
or None to drop it. The guards wrap the predicates of ``precision``; retyping is a rule of
its own, never a side effect of a predicate.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from dossier.events.arguments import noun_arguments, verb_arguments
from dossier.events.candidate import Candidate, Sentence, with_args, with_status
from dossier.events.context import quoted
from dossier.events.precision import (
    accused_subject,
    alternative,
    celebration,
    characterisation,
    concurring_agree,
    event_noun_subject,
    exercise_layout,
    habitual_negation,
    measure_subject,
    presupposed_object,
    sanction_means,
    visitor,
)
from dossier.events.refs import refs_for, refs_for_all
from dossier.events.status import assess
from dossier.events.subjects import subject_tokens
from dossier.events.tokens import has_lemma, prep_objects

log = logging.getLogger(__name__)


def concurring(s: Sentence, c: Candidate) -> Candidate | None:
    """"'The danger is not over,' agreed X": concurring with a view, not an agreement."""
    return None if concurring_agree(c.trigger) else c


def characterising(s: Sentence, c: Candidate) -> Candidate | None:
    """"X is a threat": a characterisation ('is a …'), not an act."""
    return None if characterisation(c.trigger) else c


def accused(s: Sentence, c: Candidate) -> Candidate | None:
    """"X stands accused of …": its subject is the accused, not the accuser."""
    return None if accused_subject(c.trigger) else c


def celebrating(s: Sentence, c: Candidate) -> Candidate | None:
    """Crowds rallying in celebration are not protesting."""
    return None if celebration(c.trigger, s.lexicon) else c


def alternative_act(s: Sentence, c: Candidate) -> Candidate | None:
    """"instead of calling for …": an act not taken."""
    return None if alternative(c.trigger.token) else c


def by_measure(s: Sentence, c: Candidate) -> Candidate | None:
    """"legislation targeting X": done by a measure, not by force."""
    return None if measure_subject(c.trigger, s.lexicon) else c


def habitual(s: Sentence, c: Candidate) -> Candidate | None:
    """"seldom criticized": no particular act is reported."""
    return None if habitual_negation(c.trigger.token, s.lexicon) else c


def civilian_traveller(s: Sentence, c: Candidate) -> Candidate | None:
    """A visit needs an official or a delegation as traveller (not tourists or refugees)."""
    trig = c.trigger
    return None if trig.rule.place_recipient and visitor(trig, s.lexicon) is None else c


def military_visit(s: Sentence, c: Candidate) -> Candidate:
    """Troops arriving somewhere are military aid, not a visit."""
    trig = c.trigger
    if trig.rule.place_recipient and visitor(trig, s.lexicon) == "military":
        return replace(c, trigger=replace(trig, type="AID", mode="military"))
    return c


def done_by_event_noun(s: Sentence, c: Candidate) -> Candidate | None:
    """"the bombing that killed …": the relative clause is done by an event noun; "drills
    encircling Taiwan": the participle places the exercise, it is no attack of its own."""
    found = s.triggers_with(c)
    if event_noun_subject(c.trigger, found, s.lexicon) \
            or exercise_layout(c.trigger, found, s.lexicon):
        return None
    return c


def sanction_as_means(s: Sentence, c: Candidate) -> Candidate | None:
    """"retaliated by imposing tariffs": the sanction is the act, not an assault."""
    return None if sanction_means(c.trigger, s.triggers_with(c)) else c


def find_arguments(s: Sentence, c: Candidate) -> Candidate:
    """Actor, recipient and object from the parse; their rule ids join the candidate's."""
    trig = c.trigger
    find = noun_arguments if trig.pos == "noun" else verb_arguments
    args = find(trig, s.index, s.lexicon)
    return replace(c, args=args, paths=c.paths + args.paths, rules=c.rules + args.rules)


def _reception(noun, lex) -> tuple[str, str | None] | None:
    """What a hostile reception is coded as: a rejection, or disapproval."""
    if has_lemma(noun, lex.cue("rejecting_receptions")):
        return "REJECT", None
    if has_lemma(noun, lex.cue("critical_receptions")):
        return "ACCUSE", "disapprove"
    return None


def hostile_reception(s: Sentence, c: Candidate) -> Candidate | None:
    """"The plan met with opposition from X": no meeting, but X rejecting the plan (its
    owner, the subject's possessor or the subject itself); "met with criticism from X" is X
    accusing it. With no party named on either side nothing is coded."""
    trig, lex = c.trigger, s.lexicon
    if trig.pos != "verb" or trig.type != "CONSULT" or not has_lemma(trig.token, ("meet",)):
        return c
    noun = next((o for o in prep_objects(trig.token, "with") if _reception(o, lex)), None)
    if noun is None:
        return c
    type_, mode = _reception(noun, lex)
    # the party each "from" phrase names first: "China's U.N. mission" is China's
    actors = [refs[0] for t in prep_objects(noun, "from") + prep_objects(noun, "by")
              for refs in [refs_for(t, s.index, lex)] if refs]
    subject = subject_tokens(trig.token)[0]
    owners = [p for t in subject for p in t.children if p.dep_ == "poss"]
    recipients = refs_for_all(owners, s.index, lex) or refs_for_all(subject, s.index, lex)
    if not actors or not recipients:
        return None
    out = with_args(c, f"parties: a reaction {noun.text!r} from the other side",
                    actors=tuple(actors), recipients=tuple(recipients))
    return replace(out, coded=(type_, mode),
                   notes=c.notes + (f"type: met with {noun.text!r} -> {type_}",))


def assess_status(s: Sentence, c: Candidate) -> Candidate | None:
    """The status the clause's cues give (``status.assess``), recorded as the ids of the
    status rules that decided it, then ``status.<status>``;
    dropped where the cues say the event is not coded (a condition, an aspiration …).
    A status an earlier rule settled (a harm held over a party: ``speech_rules``) stays."""
    if c.status is not None:
        return c
    status = assess(c.trigger, s.lexicon, s.heads_with(c))
    if status.drop:
        log.debug("dropped %s %r: %s", c.trigger.type, c.trigger.token.text, status.drop)
        return None
    return replace(c, status=status, rules=c.rules + status.steps + (f"status.{status.status}",))


def inside_quotation(s: Sentence, c: Candidate) -> Candidate:
    """"'The army keeps defying the council,' she said": a quoted speaker's words are a
    claim; the speaker's own act ("'We will retaliate'") stays the speaker's fact."""
    first_person = s.lexicon.cue("first_person_pronouns")
    if c.status.status == "fact" and quoted(c.trigger.token.idx, s.quotes) \
            and not all(a.text.lower() in first_person for a in c.args.actors or [None] if a):
        return with_status(c, "inside a quotation", status="claim")
    return c


def presupposed(s: Sentence, c: Candidate) -> Candidate:
    """"has never condemned the invasion": the invasion itself happened."""
    naming = presupposed_object(c.trigger, s.triggers_with(c))
    if naming is not None and c.status.status in ("negated", "future"):
        return with_status(c, f"named as done by {naming.token.text!r}", status="fact")
    return c
