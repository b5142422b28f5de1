"""Status and attribution: is an event stated as fact, claimed, denied, planned or negated,
and who says so.

``assess`` runs the rules of ``STEPS`` in order over a frozen ``Walk``: first what an event
noun's own words and position say, then the walk up the clauses that govern the trigger
(``status_walk``), then what holds for the whole sentence ("according to X") and the modals
met on the way. It returns the ``Assessment``: the status, its source, the path that decided
it, the ids of the rules that changed it, or a reason to drop the event (hypotheticals,
speculation, aspirations, a speech act that is itself the event).
"""

from __future__ import annotations

from dataclasses import replace

from dossier.events.assessment import (
    Assessment,
    Context,
    Walk,
    changed,
    dropped,
    first,
    read_children,
    run,
)
from dossier.events.lexicon import Lexicon
from dossier.events.status_walk import REPORTED, hypothetical_ancestor, walk_clauses
from dossier.events.subjects import accuser_tokens, subject_tokens
from dossier.events.tokens import accusing_verb, has_lemma, prep_objects, with_conjuncts
from dossier.nlp.text import doc_text

__all__ = ["STEPS", "Assessment", "assess", "source_of"]


def assess(trigger, lex: Lexicon, trigger_heads: dict[int, object]) -> Assessment:
    """The status of one trigger, its source tokens, the path that decided it and the ids
    of the rules that changed it. ``trigger_heads`` holds the sentence's non-noun triggers
    by token index (a clause under another speech act is that act's content)."""
    ctx = Context(trigger, lex, trigger_heads)
    return run(STEPS, Walk(Assessment(), cur=_start(trigger)), ctx).a


def source_of(a: Assessment) -> list:
    return with_conjuncts(a.source_tokens[0]) if a.source_tokens else []


def _start(trigger):
    """Where the walk starts: a verb's own clause, an event noun's light verb ("mounted an
    invasion"), the verb an event noun is the object or subject of, else nothing yet."""
    if trigger.pos != "noun":
        return trigger.token
    if trigger.light is not None:
        return trigger.light
    tok = trigger.token
    return tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else None


def _bare_noun(w: Walk, ctx: Context) -> bool:
    """An event noun with no light verb, not yet decided."""
    return ctx.trigger.pos == "noun" and ctx.trigger.light is None and not w.done


# ------------------------------------------------------------------ the trigger's own words


def _rule_status(w: Walk, ctx: Context) -> Walk:
    """A status the trigger's rule forces ("invited X for a visit": future)."""
    status = ctx.trigger.rule.status
    return changed(w, status=status) if status else w


def _planned_noun(w: Walk, ctx: Context, c) -> Walk | None:
    if c.dep_ not in ("amod", "compound", "nmod") or c.lower_ not in ctx.lex.cue("future_adjectives"):
        return None
    return changed(w, f"adjective {c.text!r}", status="future")


def _hypothetical_noun(w: Walk, ctx: Context, c) -> Walk | None:
    if c.dep_ not in ("amod", "compound", "nmod") \
            or c.lower_ not in ctx.lex.cue("hypothetical_adjectives"):
        return None
    return changed(w, drop=f"hypothetical {c.text!r}")


def _hearsay_noun(w: Walk, ctx: Context, c) -> Walk | None:
    if c.dep_ not in ("amod", "compound", "nmod") or c.lower_ not in ctx.lex.cue("hearsay_adjectives"):
        return None
    return changed(w, f"adjective {c.text!r}", status="claim") if w.a.status == "fact" else w


def _no_determiner(w: Walk, ctx: Context, c) -> Walk | None:
    if c.dep_ != "det" or c.lower_ != "no":
        return None
    return changed(w, "determiner 'no'", status="negated")


# Read for each modifier of a bare event noun, the first that applies.
NOUN_CUES = (
    ("status.planned_noun", _planned_noun),  # "the planned talks"
    ("status.hypothetical_noun", _hypothetical_noun),  # "a possible attack"
    ("status.hearsay_noun", _hearsay_noun),  # "the alleged attack"
    ("status.no_determiner", _no_determiner),  # "no talks"
)


def _noun_modifiers(w: Walk, ctx: Context) -> Walk:
    return read_children(NOUN_CUES, w, ctx, ctx.trigger.token) if _bare_noun(w, ctx) else w


def _asserting_light_verb(w: Walk, ctx: Context) -> Walk:
    """"announced a visit": the light verb states the act, whatever the rule forces."""
    light = ctx.trigger.light
    if ctx.trigger.pos != "noun" or light is None \
            or light.lemma_ not in ctx.lex.cue("asserting_light_verbs"):
        return w
    return changed(w, status="fact")


def _under_hypothetical(w: Walk, ctx: Context) -> Walk:
    """"the debate about an attack"."""
    hyp = hypothetical_ancestor(ctx.trigger.token, ctx) if _bare_noun(w, ctx) else None
    return dropped(w, f"under {hyp!r}") if hyp else w


def _modal_governor(w: Walk, ctx: Context) -> Walk:
    """"could face sanctions": the verb an event noun hangs under is only possible."""
    if not _bare_noun(w, ctx):
        return w
    gov = next((x for x in ctx.trigger.token.ancestors if x.pos_ in ("VERB", "AUX")), None)
    modal = ctx.lex.cue("modal_aux")
    if gov is None or not any(c.dep_ == "aux" and c.lower_ in modal for c in gov.children):
        return w
    return dropped(w, f"modal under {gov.text!r}")


def _accused_noun(w: Walk, ctx: Context) -> Walk:
    """"X accused Y of genocide": the act charged is X's claim (as "accused Y of shelling")."""
    verb = accusing_verb(ctx.trigger.token, ctx.lex.cue("accusing_verbs"),
                         ctx.lex.cue("charge_carriers")) if _bare_noun(w, ctx) else None
    if verb is None:
        return w
    return replace(changed(w, f"charged by {verb.text!r}", status="claim",
                           source_tokens=tuple(accuser_tokens(verb))), done=True)


def _reported_object(w: Walk, ctx: Context) -> Walk:
    """"denied the attack", "reported the attack": the noun is what is reported."""
    if not _bare_noun(w, ctx) or w.cur is None or ctx.trigger.token.dep_ != "dobj":
        return w
    reported = first(REPORTED, w, ctx, w.cur)
    return replace(reported, done=True) if reported is not None else w


def _deliberated_object(w: Walk, ctx: Context) -> Walk:
    """"is considering sanctions": an act under deliberation is planned, not an aspiration."""
    if not _bare_noun(w, ctx) or w.cur is None \
            or not has_lemma(w.cur, ctx.lex.cue("deliberation_heads")):
        return w
    return replace(changed(w, f"under {w.cur.text!r}", status="future"), done=True)


def _aspired_object(w: Walk, ctx: Context) -> Walk:
    """"sought talks"."""
    if not _bare_noun(w, ctx) or w.cur is None \
            or not has_lemma(w.cur, ctx.lex.cue("aspiration_heads")):
        return w
    return dropped(w, f"aspiration {w.cur.text!r}")


def _planned_object(w: Walk, ctx: Context) -> Walk:
    """"planned talks" as a verb and its object. "Going" plans only with an infinitive
    ("is going to hold talks"): "talks are going well" are under way."""
    if not _bare_noun(w, ctx) or w.cur is None \
            or not has_lemma(w.cur, ctx.lex.cue("future_heads")):
        return w
    if w.cur.lemma_.lower() == "go" and not any(c.dep_ == "xcomp" for c in w.cur.children):
        return w
    return changed(w, status="future")


def _governing_verb(w: Walk, ctx: Context) -> Walk:
    """An event noun in a verb's own prepositional phrase reads through that verb ("is
    expected to travel … for talks with X"), which passes on its plan or attribution but
    not its negation or modality; with no such verb the noun is decided here."""
    if not _bare_noun(w, ctx) or w.cur is not None:
        return w
    tok = ctx.trigger.token
    head = tok.head
    if not (tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX")):
        asked = _asked_for(tok, ctx)
        if asked is not None:  # "requested $50 million in aid for X": asked for, not given
            return replace(dropped(w, f"asked for by {asked.text!r}"), done=True)
        return replace(w, done=True)  # "a target of US sanctions" is background
    verb = head.head
    return replace(w, cur=verb, inherited=verb.i not in ctx.heads)


def _asked_for(tok, ctx: Context):
    """The request verb ("requested", "sought") that an event noun deep in its object
    phrase depends on ("requested 50 million dollars in emergency aid"), or None."""
    if tok.dep_ != "pobj":
        return None
    gov = next((x for x in tok.ancestors if x.pos_ in ("VERB", "AUX")), None)
    if gov is None or not any(a.dep_ == "dobj" and a.i < tok.i and tok in a.subtree
                              for a in gov.children):
        return None
    speech = ctx.heads.get(gov.i)
    if has_lemma(gov, ctx.lex.cue("aspiration_heads")) \
            or speech is not None and speech.type == "REQUEST":
        return gov
    return None



def _subject_noun(w: Walk, ctx: Context) -> Walk:
    """"the raid is not linked to the probe", "the strike could have killed more": an event
    noun that is the subject of a verb that is no trigger of its own and does not say
    whether it happens (cue ``occurrence_verbs``: "the talks did not take place") keeps
    the verb's plan or attribution, not its negation or modality."""
    tok = ctx.trigger.token
    if not _bare_noun(w, ctx) or w.cur is None or tok.dep_ not in ("nsubj", "nsubjpass") \
            or w.cur.i != tok.head.i or w.cur.i in ctx.heads or w.cur.pos_ != "VERB" \
            or has_lemma(w.cur, ctx.lex.cue("occurrence_verbs")) \
            or any(has_lemma(w.cur, words) for words in (
                ctx.lex.cue("future_heads"), ctx.lex.cue("aspiration_heads"),
                ctx.lex.cue("reporting_verbs"), ctx.lex.cue("denial_verbs"),
                ctx.lex.cue("deliberation_heads"))):
        return w  # "an attack is not expected", "the talks did not resume": said of the act
    return replace(w, inherited=True)


def _content_of_speech(w: Walk, ctx: Context) -> Walk:
    """"called for talks with X", "threatened X with sanctions": what is asked or
    threatened is no second event; "agreed to talks" plans one."""
    if not _bare_noun(w, ctx) or w.cur is None or ctx.trigger.token.dep_ != "pobj":
        return w  # only a noun read through its governing verb is a "pobj"
    speech = ctx.heads.get(w.cur.i)
    if speech is None or speech.type not in ctx.group("content"):
        return w
    if speech.type == "AGREE":
        return changed(w, f"agreed by {w.cur.text!r}", status="future")
    return dropped(w, f"content of {w.cur.text!r}")


# ------------------------------------------------------------------ after the walk


def _walk(w: Walk, ctx: Context) -> Walk:
    return w if w.done else walk_clauses(w, ctx)


def _inherited(w: Walk, ctx: Context) -> Walk:
    """"withdrew ambassadors over X's crackdown", "could not say when the attack on X
    began": a clause's plan or attribution carries over to the nominal, its negation and
    modality do not (the crackdown, the attack still happened)."""
    if w.done or not w.inherited:
        return w
    status = "fact" if w.a.status == "negated" else w.a.status
    return replace(changed(w, status=status), modal=())


def _according_to(w: Walk, ctx: Context) -> Walk:
    """"according to X" on the trigger's line: a claim by X."""
    a = w.a
    if w.done or a.source_tokens or a.status not in ("fact", "claim", "future"):
        return w
    source = _according_to_objects(ctx.trigger.token, ctx)
    if not source:
        return w
    return changed(w, "according to", status="claim" if a.status == "fact" else a.status,
                   source_tokens=tuple(source))


def _modal(w: Walk, ctx: Context) -> Walk:
    """A modal met on the way ("could strike") and not resolved by a report: dropped."""
    return changed(w, drop=f"modal {w.modal[0]!r}") if w.modal and not w.a.drop else w


def _same_line(tok) -> list:
    """The tokens of ``tok``'s sentence on its own line (headlines parse into the body)."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    end = len(text) if end == -1 else end
    return [t for t in tok.sent if start <= t.idx < end]


def _according_to_objects(trigger_token, ctx: Context) -> list:
    for tok in _same_line(trigger_token):
        if tok.lower_ in ctx.lex.cue("according_heads"):
            objs = prep_objects(tok, "to")
            if objs:
                return objs
    return []


# The order in which the status rules run. Each takes and returns a frozen Walk; the id is
# what Assessment.steps records when the rule changed the assessment (the walk records the
# ids of its own rules, listed in status_walk).
STEPS = (
    ("status.rule_status", _rule_status),
    ("status.noun_modifiers", _noun_modifiers),
    ("status.asserting_light_verb", _asserting_light_verb),
    ("status.under_hypothetical", _under_hypothetical),
    ("status.modal_governor", _modal_governor),
    ("status.accused_noun", _accused_noun),
    ("status.reported_object", _reported_object),
    ("status.deliberated_object", _deliberated_object),
    ("status.aspired_object", _aspired_object),
    ("status.planned_object", _planned_object),
    ("status.governing_verb", _governing_verb),
    ("status.subject_noun", _subject_noun),
    ("status.content_of_speech", _content_of_speech),
    ("status.walk", _walk),
    ("status.inherited", _inherited),
    ("status.according_to", _according_to),
    ("status.modal", _modal),
)
