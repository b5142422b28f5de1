"""The walk up the clauses that govern a trigger, and what each clause head says.

From the trigger's clause the walk climbs through the clauses that govern it: conjuncts,
complements of reporting and denial verbs, control verbs ("plans to", "tried to"),
copulas. At each clause head it reads the auxiliaries, negation, hearsay adverbs and
conditions (``CLAUSE_CUES``); at each step up, the first hop of ``HOPS`` that fits the
clause's dependency decides whether to climb, stop, or drop the event. Every rule is a pure
function over a frozen ``Walk`` and has a stable id that the assessment records.
"""

from __future__ import annotations

from dataclasses import replace

from dossier.events.lexicon import Lexicon
from dossier.events.arguments import subject_tokens
from dossier.events.subjects import accuser_tokens
from dossier.events.assessment import (
    Context,
    Walk,
    changed,
    dropped,
    first,
    read_children,
    record,
)
from dossier.events.tokens import child, has_lemma, no_longer
from dossier.time.tense import planned_time, scheduled_present

MAX_HOPS = 8  # clauses climbed at most
AUX = ("aux", "auxpass")
# Grammar, not event vocabulary: modifiers that negate a clause besides "not", and the
# modals of a will ("said it would …").
NEGATING_MODIFIERS = ("never", "no")
WILL_MODALS = ("would", "'d")
# The preposition of a means ("could provoke X by testing a missile"): the act done by way
# of another shares that act's status (planned, possible, reported) instead of standing alone.
MEANS_PREPS = ("by",)


def walk_clauses(w: Walk, ctx: Context) -> Walk:
    """Read the clause at ``w.cur``, take the first hop that fits, and go on up."""
    for _ in range(MAX_HOPS):
        if w.cur is None:
            break
        w = read_children(CLAUSE_CUES, w, ctx, w.cur)
        w = first(HOPS, w, ctx) or _stop(w)
    return w


def _stop(w: Walk) -> Walk:
    return replace(w, cur=None)


def _climb(w: Walk, to) -> Walk:
    return replace(w, cur=to)


# ------------------------------------------------------------------ what a clause head says


def _future_aux(w: Walk, ctx: Context, c) -> Walk | None:
    future = ctx.lex.cue("future_aux")
    if c.dep_ not in AUX or not (c.lower_ in future or has_lemma(c, future)):
        return None
    return changed(w, f"aux {c.text!r}", status="future", intent=True)


def _headline_infinitive(w: Walk, ctx: Context, c) -> Walk | None:
    """"India to host talks": a bare infinitive with a subject and nothing above it is a
    headline's plan."""
    cur = w.cur
    if c.dep_ != "aux" or c.lower_ != "to" or cur.tag_ != "VB" or cur.head != cur \
            or child(cur, "nsubj", "nsubjpass") is None:
        return None
    return changed(w, "headline 'to'", status="future", intent=True)


def _modal_aux(w: Walk, ctx: Context, c) -> Walk | None:
    if c.dep_ not in AUX or c.lower_ not in ctx.lex.cue("modal_aux"):
        return None
    return replace(w, modal=w.modal + (c.lower_,))


def _negation(w: Walk, ctx: Context, c) -> Walk | None:
    if not (c.dep_ == "neg" or c.dep_ in ("advmod", "det") and c.lower_ in NEGATING_MODIFIERS
            or no_longer(c)):
        return None
    return changed(w, f"negation {c.text!r}", status="negated")


def _hearsay(w: Walk, ctx: Context, c) -> Walk | None:
    if c.dep_ != "advmod" or c.lower_ not in ctx.lex.cue("hearsay_adverbs"):
        return None
    return changed(w, f"hearsay {c.text!r}", status="claim" if w.a.status == "fact" else w.a.status)


def _speculation(w: Walk, ctx: Context, c) -> Walk | None:
    if c.dep_ != "advmod" or c.lower_ not in ctx.lex.cue("speculation_adverbs"):
        return None
    return dropped(w, f"speculation {c.text!r}")


def _condition(w: Walk, ctx: Context, c) -> Walk | None:
    if c.dep_ != "mark" or c.lower_ not in ctx.lex.cue("condition_marks"):
        return None
    return dropped(w, f"condition {c.text!r}")


def _pending(w: Walk, ctx: Context, c) -> Walk | None:
    """"sanctions will stay until Iraq withdraws", "until it has left": a present-tense
    clause under "until" names what has not happened yet (dropped); "fought until they
    retreated" tells of the past."""
    if c.dep_ != "mark" or c.lower_ not in ctx.lex.cue("pending_marks"):
        return None
    cur = w.cur
    present = cur.tag_ in ("VBZ", "VBP") or any(
        a.dep_ in AUX and a.tag_ in ("VBZ", "VBP") for a in cur.children)
    return dropped(w, f"pending {c.text!r}") if present else None


def _conditional_consequent(w: Walk, ctx: Context, c) -> Walk | None:
    """"would visit X if the weather allows": an act that would follow from a
    circumstance is a hypothetical, not a plan (dropped). A condition put to a party ("would
    meet X if he gave them a veto") makes a conditional offer, a harm that would follow is a
    threat ("would retaliate if attacked"), and "unless" is an ultimatum: all left to their
    rules."""
    if c.dep_ != "advcl" or ctx.trigger.type in ctx.group("harm") or not any(
            g.dep_ == "mark" and g.lower_ in ctx.lex.cue("condition_marks")
            and g.lower_ not in ctx.lex.cue("ultimatum_marks") for g in c.children):
        return None
    subj = child(c, "nsubj", "nsubjpass")
    if subj is not None and (subj.pos_ == "PROPN" or
                             (subj.pos_ == "PRON" and subj.lower_ not in ("it", "there"))):
        return None  # a party's own act is the condition
    if not any(a.dep_ in AUX and a.lower_ in ctx.lex.cue("conditional_aux")
               for a in c.head.children):
        return None
    return dropped(w, f"consequent of {c.text!r}")


def _ultimatum(w: Walk, ctx: Context, c) -> Walk | None:
    marks = ctx.lex.cue("ultimatum_marks")
    if c.dep_ != "advcl" or not any(g.dep_ == "mark" and g.lower_ in marks for g in c.children):
        return None
    return changed(w, "unless …", ultimatum=True)


def _future_time(w: Walk, ctx: Context, c) -> Walk | None:
    if c.dep_ != "npadvmod" or c.lower_ not in ctx.lex.cue("future_time_words"):
        return None
    return changed(w, status="future" if w.a.status == "fact" else w.a.status)


def _scheduled(w: Walk, ctx: Context, c) -> Walk | None:
    """"the leaders meet Monday", "she visits Kenya next week": in body text a simple
    present with a coming day is a scheduled act (a headline's present is the news; a
    habit, "meets every Monday", or a stance, "says Monday", is no plan)."""
    if w.a.status != "fact" or c.dep_ not in ("npadvmod", "prep") \
            or not scheduled_present(w.cur):
        return None
    planned = planned_time(w.cur)
    if planned is None or planned.i != c.i:
        return None
    return changed(w, f"scheduled {c.text!r}", status="future")


# Read for each child of a clause head, the first that applies.
CLAUSE_CUES = (
    ("status.future_aux", _future_aux),  # "will strike"
    ("status.headline_infinitive", _headline_infinitive),  # "India to host talks"
    ("status.modal_aux", _modal_aux),  # "could strike": dropped at the end unless reported
    ("status.negation", _negation),  # "did not strike", "never struck"
    ("status.hearsay", _hearsay),  # "reportedly struck"
    ("status.speculation", _speculation),  # "possibly struck"
    ("status.condition", _condition),  # "if they strike"
    ("status.pending", _pending),  # "until they withdraw"
    ("status.conditional_consequent", _conditional_consequent),  # "would meet if …"
    ("status.ultimatum", _ultimatum),  # "will strike unless …"
    ("status.future_time", _future_time),  # "strike tomorrow"
    ("status.scheduled", _scheduled),  # body text "meet Monday"
)


def modals_of(head, ctx: Context) -> tuple[str, ...]:
    """The modal auxiliaries of one clause head ("could be believed to")."""
    future, modal = ctx.lex.cue("future_aux"), ctx.lex.cue("modal_aux")
    return tuple(c.lower_ for c in head.children if c.dep_ in AUX
                 and not (c.lower_ in future or has_lemma(c, future)) and c.lower_ in modal)


# ------------------------------------------------------------------ reporting and denial


def answered(w: Walk, ctx: Context, verb) -> Walk | None:
    """"X accuses Y of Z; Y denies", "Y denies that X accused it": the denial answers what
    the accusation says (Z), not that it was made; the accusation keeps its status. Only
    when the accusation has a speaker of its own other than the denier ("Y denied accusing
    X" denies the accusation itself)."""
    trig = ctx.trigger
    if trig.type not in ctx.group("answered") or not has_lemma(verb, ctx.lex.cue("denial_verbs")):
        return None
    speaker = child(trig.token, "nsubj", "poss")
    denier = {t.i for t in subject_tokens(verb)[0]}
    if speaker is None or speaker.i in denier:
        return None
    return _stop(changed(w, f"answered by {verb.text!r}"))


def denied_by(w: Walk, ctx: Context, verb) -> Walk | None:
    """"X denied sending troops", "X denies that …": a denial by the verb's subject."""
    if not has_lemma(verb, ctx.lex.cue("denial_verbs")):
        return None
    return _stop(changed(w, f"denied by {verb.text!r}", status="denial",
                         source_tokens=tuple(subject_tokens(verb)[0])))


def reported_speech(w: Walk, ctx: Context, verb) -> Walk | None:
    """"X said that …": a claim by the verb's subject, a plan when it was said with "would"
    or in the future, a refusal when "would not"."""
    if not has_lemma(verb, ctx.lex.cue("reporting_verbs")):
        return None
    a, modal = w.a, w.modal
    src = tuple(subject_tokens(verb)[0])
    will = bool(modal) and modal[-1] in WILL_MODALS
    possible = bool(modal) and modal[-1] in ctx.lex.cue("possibility_modals") \
        and a.status in ("fact", "future")
    status, intent = a.status, a.intent
    if possible:  # "said it could retaliate": a threat by its own actor, else speculation
        status, modal = "future", ()
    elif will and a.status == "negated":
        intent, modal = True, ()  # "said it would not …": a refusal
    elif will or a.status == "future":
        status, intent, modal = "future", a.intent or will, ()
    elif child(verb, "neg") is not None and not src:
        status = "negated"
    elif a.status == "fact":
        status = "claim"
    w = changed(w, f"reported by {verb.text!r}", status=status, intent=intent, source_tokens=src,
                reporter=verb, voice=a.voice or src or (verb,), possible=possible)
    return _stop(replace(w, modal=modal))


def _scant_grounds(noun, ctx: Context) -> bool:
    """"little reason", "no evidence", "few signs": grounds said to be lacking."""
    return noun.pos_ == "NOUN" and has_lemma(noun, ctx.lex.cue("grounds_nouns")) and any(
        c.dep_ in ("det", "amod") and c.lower_ in ctx.lex.cue("scant_words") for c in noun.children)


def doubted(w: Walk, ctx: Context, verb) -> Walk | None:
    """"there is little reason to think X will …": a belief said to lack grounds states
    nothing, neither a fact nor a plan (dropped)."""
    if verb.dep_ not in ("relcl", "acl") or not _scant_grounds(verb.head, ctx):
        return None
    return _stop(dropped(w, f"little {verb.head.text!r} to {verb.text!r}"))


# A reporting or denial verb governing the clause: it decides the status.
REPORTED = (
    ("status.doubted", doubted),
    ("status.answered", answered),
    ("status.denied_by", denied_by),
    ("status.reported_speech", reported_speech),
)


def claimed(noun, w: Walk, ctx: Context) -> Walk | None:
    """A clause on a claim noun ("reports that …", "the charges that …"): denied when the
    noun is rejected or denied, else a claim."""
    lex = ctx.lex
    if noun.pos_ != "NOUN" or not has_lemma(noun, lex.cue("denial_nouns")):
        return None
    gov = noun.head
    if has_lemma(gov, lex.cue("denial_verbs")) or gov.lemma_ in lex.cue("rejecting_verbs"):
        return _stop(changed(w, f"denied {noun.text!r}", status="denial",
                             source_tokens=tuple(subject_tokens(gov)[0])))
    return _stop(changed(w, f"{noun.text!r} that", status="claim"))


def hypothetical_ancestor(tok, ctx: Context) -> str | None:
    """The hypothetical noun a phrase hangs under ("the debate about X striking Y")."""
    for anc in tok.ancestors:
        if anc.pos_ == "NOUN" and has_lemma(anc, ctx.lex.cue("hypothetical_nouns")):
            return anc.text
        if anc.dep_ == "ROOT":
            break
    return None


def _conditional_ancestor(tok, ctx: Context) -> str | None:
    """A clause under "if"/"unless" that a phrase hangs in ("could face … if they are added
    to the lists of prisoners pardoned by the king")."""
    for anc in tok.ancestors:
        mark = next((c for c in anc.children if c.dep_ == "mark"
                     and c.lower_ in ctx.lex.cue("condition_marks")), None)
        if mark is not None:
            return f"{mark.text} {anc.text}"
        if anc.dep_ == "ROOT":
            break
    return None


# ------------------------------------------------------------------ complement clauses


def _speech_content(w: Walk, ctx: Context, head) -> Walk | None:
    """"urged X to withdraw", "threatened that …": the clause is what the act says."""
    trig = ctx.heads.get(head.i)
    if trig is None or trig.type not in ctx.group("speech"):
        return None
    return _stop(dropped(w, f"content of {head.text!r}"))


def _aspired(w: Walk, ctx: Context, head) -> Walk | None:
    if not has_lemma(head, ctx.lex.cue("aspiration_heads")):
        return None
    return _stop(dropped(w, f"aspiration {head.text!r}"))


def _claim_noun(w: Walk, ctx: Context, head) -> Walk | None:
    return claimed(head, w, ctx)


COMPLEMENT = (
    ("status.content_of_speech", _speech_content),
    ("status.aspiration", _aspired),
    ("status.claim_noun", _claim_noun),
)


def _complement(w: Walk, ctx: Context) -> Walk | None:
    """A complement clause ("said that …", "hopes that …") or a reporting verb's unmarked
    adverbial clause."""
    cur, head = w.cur, w.cur.head
    if not (cur.dep_ in ("ccomp", "parataxis") or cur.dep_ == "advcl"
            and has_lemma(head, ctx.lex.cue("reporting_verbs")) and not child(cur, "mark")
            and not _speaking_participle(cur, ctx)):
        return None
    reported = first(REPORTED, w, ctx, head)
    if reported is not None:
        return reported
    if not w.a.voice:  # "analysts expect that X will …": not X's own plan
        w = record("status.voice", w, changed(w, voice=tuple(subject_tokens(head)[0]) or (head,)))
    return first(COMPLEMENT, w, ctx, head) or _climb(w, head)


def _speaking_participle(cur, ctx: Context) -> bool:
    """"…," X said, accusing Y of …" / "condemning the attack": a participle by which the
    speaker acts in speaking is the speaker's own act (an accusation, a demand, a
    rejection), not what is reported."""
    trig = ctx.heads.get(cur.i)
    return cur.tag_ == "VBG" and child(cur, "nsubj", "nsubjpass") is None \
        and trig is not None and trig.type in ctx.group("speech")


# ------------------------------------------------------------------ control verbs


def _own_clause(w: Walk, ctx: Context, gov) -> Walk | None:
    """"with X sending …": a prepositional clause of its own, unless a denial, an
    accusation, a claim of responsibility or another trigger governs it."""
    lex = ctx.lex
    # "In announcing the sanctions, X said Y …": a time or manner adjunct of a reporting
    # verb is no content of what it says, even when the saying is itself an act
    adjunct = w.cur.head.lower_ in lex.cue("adjunct_preps") \
        and has_lemma(gov, lex.cue("reporting_verbs"))
    if w.cur.dep_ != "pcomp" or _means(w.cur, gov, lex) \
            or has_lemma(gov, lex.cue("denial_verbs")) \
            or has_lemma(gov, lex.cue("accusing_verbs")) or gov.i in ctx.heads and not adjunct \
            or _responsibility(w.cur, gov, lex) is not None:
        return None
    hyp = hypothetical_ancestor(w.cur, ctx)
    return _stop(dropped(w, f"under {hyp!r}") if hyp else w)


def _means(cur, gov, lex: Lexicon) -> bool:
    """"could provoke X by testing": a means shares the status of what it is done for, but
    not an aspiration's ("sought peace by promising to withdraw": the promise was made)."""
    return cur.head.lower_ in MEANS_PREPS and not has_lemma(gov, lex.cue("aspiration_heads")) \
        and not has_lemma(gov, lex.cue("attempt_heads"))


def _responsibility(cur, gov, lex: Lexicon):
    """The "responsibility" or "credit" noun a gerund ``cur`` depends on ("claimed
    responsibility for attacking …"); the parser hangs "for …" on the noun or on its verb
    ("took credit | for …")."""
    noun = gov if gov.dep_ == "dobj" else child(gov, "dobj")
    if cur.dep_ != "pcomp" or noun is None or not has_lemma(noun, lex.cue("responsibility_nouns")):
        return None
    return noun


def _owned_up(w: Walk, ctx: Context, gov) -> Walk | None:
    """"X claimed responsibility for attacking Y", "X took credit for …": X's claim of its
    own act, whose source is X; "X denied responsibility for …" is X's denial."""
    noun = _responsibility(w.cur, gov, ctx.lex)
    if noun is None:
        return None
    verb = noun.head
    return denied_by(w, ctx, verb) or _stop(changed(
        w, f"responsibility taken by {verb.text!r}", status="claim",
        source_tokens=tuple(subject_tokens(verb)[0])))


def _accused_by(w: Walk, ctx: Context, gov) -> Walk | None:
    """"X accused Y of attacking Z": a claim by X."""
    if not has_lemma(gov, ctx.lex.cue("accusing_verbs")):
        return None
    return _stop(changed(w, f"accused by {gov.text!r}", status="claim",
                         source_tokens=tuple(accuser_tokens(gov))))


def _controlling_speech(w: Walk, ctx: Context, gov) -> Walk | None:
    """"urged X to withdraw": what another speech act asks is no event of its own."""
    trig = ctx.heads.get(gov.i)
    if trig is None or trig.type not in ctx.group("speech") or trig is ctx.trigger:
        return None
    return _stop(dropped(w, f"content of {gov.text!r}"))


def _passes(w: Walk, ctx: Context, gov) -> Walk | None:
    """"decided to invade", "tried to assassinate": the act itself (attempts only of the
    material acts whose attempt counts)."""
    lex = ctx.lex
    if has_lemma(gov, lex.cue("pass_heads")) or (
            has_lemma(gov, lex.cue("attempt_heads")) and ctx.trigger.type in ctx.group("attempt")):
        return _climb(w, gov)
    return None


def _planned(w: Walk, ctx: Context, gov) -> Walk | None:
    """"is expected to", "plans to": a future, the actor's own will for intent heads."""
    lex = ctx.lex
    if not (has_lemma(gov, lex.cue("future_heads")) or gov.lower_ in lex.cue("future_heads")):
        return None
    a = w.a
    return _climb(changed(w, f"under {gov.text!r}",
                          status="future" if a.status == "fact" else a.status,
                          intent=a.intent or has_lemma(gov, lex.cue("intent_heads"))), gov)


def _deliberated(w: Walk, ctx: Context, gov) -> Walk | None:
    """"is considering imposing sanctions": planned (a future), not an aspiration."""
    if not has_lemma(gov, ctx.lex.cue("deliberation_heads")):
        return None
    return _climb(changed(w, f"under {gov.text!r}",
                          status="future" if w.a.status == "fact" else w.a.status), gov)


def _aspiration(w: Walk, ctx: Context, gov) -> Walk | None:
    heads = ctx.lex.cue("aspiration_heads")
    if not (has_lemma(gov, heads) or gov.lower_ in heads):
        return None
    return _stop(dropped(w, f"aspiration {gov.text!r}"))


def _reported_belief(w: Walk, ctx: Context, gov) -> Walk | None:
    """"is believed to have provided", "X is said to have …": a claim (negated by "is not
    believed to"); a passive leaves the source unnamed."""
    if w.cur.dep_ != "xcomp" or not has_lemma(gov, ctx.lex.cue("reporting_verbs")):
        return None
    status = "negated" if child(gov, "neg") is not None else \
        "claim" if w.a.status == "fact" else w.a.status
    source = () if any(c.dep_ == "nsubjpass" for c in gov.children) else \
        tuple(subject_tokens(gov)[0])
    w = changed(w, f"reported by {gov.text!r}", status=status, source_tokens=source)
    return _stop(replace(w, modal=w.modal + modals_of(gov, ctx)))


def _noun_frame(w: Walk, ctx: Context, gov) -> Walk | None:
    """A noun's complement ("its reluctance to endorse"): hypothetical under some nouns,
    and the walk ends there."""
    if gov.pos_ != "NOUN":
        return None
    if has_lemma(gov, ctx.lex.cue("hypothetical_nouns")):
        w = dropped(w, f"under {gov.text!r}")
    return _stop(w)


CONTROL = (
    ("status.own_clause", _own_clause),
    ("status.denied_by", denied_by),
    ("status.owned_up", _owned_up),
    ("status.accused_by", _accused_by),
    ("status.content_of_speech", _controlling_speech),
    ("status.passes", _passes),
    ("status.planned", _planned),
    ("status.deliberation", _deliberated),
    ("status.aspiration", _aspiration),
    ("status.reported_belief", _reported_belief),
    ("status.noun_frame", _noun_frame),
)


def _control(w: Walk, ctx: Context) -> Walk | None:
    """An open complement ("plans to strike", "accused of striking", "in order to")."""
    cur, head = w.cur, w.cur.head
    aux = child(cur, "aux")
    if not (cur.dep_ in ("xcomp", "pcomp") or cur.dep_ == "advcl"
            and aux is not None and aux.lower_ == "to"):
        return None
    gov = head.head if (cur.dep_ == "pcomp" and head.dep_ == "prep") else head
    return first(CONTROL, w, ctx, gov) or _climb(w, gov)


# ------------------------------------------------------------------ the other hops


def _root(w: Walk, ctx: Context) -> Walk | None:
    # spaCy makes a new Token object per access: compare tokens by value, never by identity
    return _stop(w) if w.cur.head == w.cur else None


def _conjunct(w: Walk, ctx: Context) -> Walk | None:
    """A conjunct shares its head's status unless it has a subject of its own ("X is not
    believed to …, but Y has accused …")."""
    if w.cur.dep_ != "conj":
        return None
    if child(w.cur, "nsubj", "nsubjpass") is None:
        return _climb(w, w.cur.head)
    head = w.cur.head
    if head.dep_ == "ccomp" and child(w.cur, "mark") is not None:
        # "told reporters that A and that he would B": the second clause is reported too
        return first(REPORTED, w, ctx, head.head) or _stop(w)
    return _stop(w)


def _copula(w: Walk, ctx: Context) -> Walk | None:
    """"might be willing to make concessions": the modal sits on the copula."""
    if w.cur.dep_ != "acomp" or w.cur.head.pos_ not in ("AUX", "VERB"):
        return None
    return _climb(w, w.cur.head)


def _claim_clause(w: Walk, ctx: Context) -> Walk | None:
    """"rejected the claims that X attacked Y", parsed as a clause on the noun."""
    if w.cur.dep_ not in ("acl", "relcl") or child(w.cur, "mark") is None:
        return None
    return claimed(w.cur.head, w, ctx)


def _subordinate(w: Walk, ctx: Context) -> Walk | None:
    """A relative, adverbial or prepositional clause: the walk ends, dropping what hangs
    under a hypothetical noun or a condition; "X's failure to sell" is an act not done."""
    if w.cur.dep_ not in ("relcl", "acl", "advcl", "prep", "pobj"):
        return None
    frame = w.cur.head
    if w.cur.dep_ == "acl" and _scant_grounds(frame, ctx):  # "no evidence that X attacked"
        return _stop(dropped(w, f"no {frame.text!r} that"))
    if w.cur.dep_ == "acl" and frame.pos_ == "NOUN" \
            and has_lemma(frame, ctx.lex.cue("negating_nouns")):
        return _stop(changed(w, f"under {frame.text!r}", status="negated"))
    hyp = hypothetical_ancestor(w.cur, ctx) or _conditional_ancestor(w.cur, ctx)
    return _stop(dropped(w, f"under {hyp!r}") if hyp else w)


# One step up from the clause at ``w.cur``: the first that fits; none fitting ends the walk.
HOPS = (
    ("status.walk.root", _root),
    ("status.walk.conjunct", _conjunct),
    ("status.walk.complement", _complement),
    ("status.walk.control", _control),
    ("status.walk.copula", _copula),
    ("status.claim_noun", _claim_clause),
    ("status.walk.subordinate", _subordinate),
)
