"""Status and attribution: is an event stated as fact, claimed, denied, planned or negated,
and who says so.

Walks up from the trigger's clause through the clauses that govern it (complements,
conjuncts, control verbs), reading auxiliaries, negation, hearsay adverbs, conditions,
reporting and denial verbs on the way. Returns what it found and the path it took, or a
reason to drop the event (hypotheticals, speculation, aspirations, a speech act that is
itself the event).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.events.arguments import subject_tokens
from dossier.events.lexicon import Lexicon
from dossier.events.tokens import child, has_lemma, prep_objects, with_conjuncts

# A trigger of these types under which a complement is the content of the act, not a second
# event ("threatened to strike", "urged X to withdraw", "agreed to meet").
SPEECH_TYPES = {"REQUEST", "THREATEN", "AGREE", "REJECT", "SUPPORT", "CONCEDE", "ACCUSE"}
# Speech acts whose prepositional object is what they ask, threaten or accept.
CONTENT_TYPES = {"REQUEST", "THREATEN", "AGREE"}
# Material acts whose attempt already counts (CAMEO 185: attempt to assassinate).
ATTEMPT_TYPES = {"ASSAULT", "COERCE"}


@dataclass
class Assessment:
    status: str = "fact"
    source_tokens: list = field(default_factory=list)
    drop: str | None = None  # why the event is not coded
    accuser: object = None  # an accusing verb governing the event ("charged that …")
    path: list[str] = field(default_factory=list)
    intent: bool = False  # the future is a will or a plan ("will", "would", "plans to"), not a forecast
    ultimatum: bool = False  # the act hangs on a condition the recipient must meet ("unless")
    voice: list = field(default_factory=list)  # whose words or thoughts the clause reports
    reporter: object = None  # the reporting verb the status came from ("announced")

    def explain(self) -> str:
        base = f"status: {self.status}"
        return base + (f" ({'; '.join(self.path)})" if self.path else "")


def _same_line(tok):
    """The tokens of ``tok``'s sentence on its own line (headlines parse into the body)."""
    text = tok.doc.text
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    end = len(text) if end == -1 else end
    return [t for t in tok.sent if start <= t.idx < end]


def _according_to(tok, lex: Lexicon) -> list:
    for tok in _same_line(tok):
        if tok.lower_ in lex.cue("according_heads"):
            objs = prep_objects(tok, "to")
            if objs:
                return objs
    return []


def _local(tok, a: Assessment, lex: Lexicon, modal: list) -> None:
    """Auxiliaries, negation and adverbs attached to one clause head."""
    for c in tok.children:
        low = c.lower_
        if c.dep_ in ("aux", "auxpass"):
            if low in lex.cue("future_aux") or has_lemma(c, lex.cue("future_aux")):
                a.status = "future"
                a.intent = True
                a.path.append(f"aux {c.text!r}")
            elif low in lex.cue("modal_aux"):
                modal.append(low)
        elif c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and low in ("never", "no")):
            a.status = "negated"
            a.path.append(f"negation {c.text!r}")
        elif c.dep_ == "advmod" and low in lex.cue("hearsay_adverbs"):
            if a.status == "fact":
                a.status = "claim"
            a.path.append(f"hearsay {c.text!r}")
        elif c.dep_ == "advmod" and low in lex.cue("speculation_adverbs"):
            a.drop = a.drop or f"speculation {c.text!r}"
        elif c.dep_ == "mark" and low in lex.cue("condition_marks"):
            a.drop = a.drop or f"condition {c.text!r}"
        elif c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in lex.cue("ultimatum_marks")
                                       for g in c.children):
            a.ultimatum = True
            a.path.append("unless …")
        elif c.dep_ == "npadvmod" and low in lex.cue("future_time_words"):
            a.status = "future" if a.status == "fact" else a.status
        elif c.dep_ == "prep" and c.lower_ == "without" and a.status == "fact":
            pass


def _nominal(tok, a: Assessment, lex: Lexicon) -> None:
    for c in tok.children:
        low = c.lower_
        if c.dep_ in ("amod", "compound", "nmod"):
            if low in lex.cue("future_adjectives"):
                a.status = "future"
                a.path.append(f"adjective {c.text!r}")
            elif low in lex.cue("hypothetical_adjectives"):
                a.drop = f"hypothetical {c.text!r}"
            elif low in lex.cue("hearsay_adjectives") and a.status == "fact":
                a.status = "claim"
                a.path.append(f"adjective {c.text!r}")
        elif c.dep_ == "det" and low == "no":
            a.status = "negated"
            a.path.append("determiner 'no'")


def _hypothetical_ancestor(tok, lex: Lexicon) -> str | None:
    for anc in tok.ancestors:
        if anc.pos_ in ("NOUN",) and has_lemma(anc, lex.cue("hypothetical_nouns")):
            return anc.text
        if anc.dep_ == "ROOT":
            break
    return None


def _claimed(noun, a: Assessment, lex: Lexicon) -> bool:
    """A clause on a claim noun ("reports that …", "the charges that …"): denied when the
    noun is rejected or denied, else a claim. True when it decided."""
    if noun.pos_ != "NOUN" or not has_lemma(noun, lex.cue("denial_nouns")):
        return False
    gov = noun.head
    if has_lemma(gov, lex.cue("denial_verbs")) or gov.lemma_ in ("reject", "refute"):
        a.status, a.source_tokens = "denial", subject_tokens(gov)[0]
        a.path.append(f"denied {noun.text!r}")
    else:
        a.status = "claim"
        a.path.append(f"{noun.text!r} that")
    return True


def _conditional_ancestor(tok, lex: Lexicon) -> str | None:
    """A clause under "if"/"unless" that a phrase hangs in ("could face … if they are added
    to the lists of prisoners pardoned by the king")."""
    for anc in tok.ancestors:
        mark = next((c for c in anc.children if c.dep_ == "mark"
                     and c.lower_ in lex.cue("condition_marks")), None)
        if mark is not None:
            return f"{mark.text} {anc.text}"
        if anc.dep_ == "ROOT":
            break
    return None


def assess(trigger, lex: Lexicon, trigger_heads: dict[int, object]) -> Assessment:
    """The status of one trigger, its source tokens and the path that decided it."""
    a = Assessment()
    tok = trigger.token
    modal: list[str] = []
    inherited = False  # a nominal takes the status of the clause it hangs in
    if trigger.rule.status:
        a.status = trigger.rule.status
    if trigger.pos == "noun":
        if trigger.light is None:  # a light verb asserts the act: "mounted its long-threatened invasion"
            _nominal(tok, a, lex)
        if trigger.light is not None:
            if trigger.light.lemma_ == "announce":
                a.status = "fact"
            cur = trigger.light
        else:
            hyp = _hypothetical_ancestor(tok, lex)
            if hyp:
                a.drop = a.drop or f"under {hyp!r}"
            gov = next((x for x in tok.ancestors if x.pos_ in ("VERB", "AUX")), None)
            if gov is not None and any(c.dep_ == "aux" and c.lower_ in lex.cue("modal_aux")
                                       for c in gov.children):
                a.drop = a.drop or f"modal under {gov.text!r}"
            cur = tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else None
            if cur is not None and tok.dep_ == "dobj":
                rep = _reporting(cur, tok, a, lex, modal)
                if rep:
                    return _finish(a, modal, tok, lex)
            if cur is not None and has_lemma(cur, lex.cue("aspiration_heads")):
                a.drop = a.drop or f"aspiration {cur.text!r}"
            if cur is not None and has_lemma(cur, lex.cue("future_heads")):
                a.status = "future"
            if cur is None:
                cur = _governing_verb(tok)
                inherited = cur is not None and cur.i not in trigger_heads
                gov_trig = trigger_heads.get(cur.i) if cur is not None else None
                if gov_trig is not None and tok.dep_ == "pobj" and gov_trig.type in CONTENT_TYPES:
                    # "called for talks with X", "threatened X with sanctions": what is
                    # asked or threatened is no second event; "agreed to talks" plans one
                    if gov_trig.type == "AGREE":
                        a.status = "future"
                        a.path.append(f"agreed by {cur.text!r}")
                    else:
                        a.drop = a.drop or f"content of {cur.text!r}"
                if cur is None:
                    return _finish(a, modal, tok, lex)
    else:
        cur = tok
    steps = 0
    while cur is not None and steps < 8:
        steps += 1
        if cur is not tok or trigger.pos != "noun":
            _local(cur, a, lex, modal)
        dep, head = cur.dep_, cur.head
        if head is cur:
            break
        if dep == "conj":
            if child(cur, "nsubj", "nsubjpass") is not None:
                break  # its own clause: "X is not believed to …, but Y has accused …"
            cur = head
            continue
        if dep in ("ccomp", "parataxis") or (dep == "advcl" and has_lemma(head, lex.cue("reporting_verbs"))
                                             and not child(cur, "mark")):
            if _reporting(head, cur, a, lex, modal):
                break
            if not a.voice:  # "analysts expect that X will …": not X's own plan
                a.voice = subject_tokens(head)[0] or [head]
            if head.i in trigger_heads and trigger_heads[head.i].type in SPEECH_TYPES:
                a.drop = a.drop or f"content of {head.text!r}"
                break
            if has_lemma(head, lex.cue("aspiration_heads")):
                a.drop = a.drop or f"aspiration {head.text!r}"
                break
            if _claimed(head, a, lex):
                break
            cur = head
            continue
        if dep in ("xcomp", "pcomp") or (dep == "advcl" and child(cur, "aux") is not None
                                        and child(cur, "aux").lower_ == "to"):
            gov = head.head if (dep == "pcomp" and head.dep_ == "prep") else head
            if dep == "pcomp" and not (has_lemma(gov, lex.cue("denial_verbs"))
                                       or has_lemma(gov, lex.cue("accusing_verbs"))
                                       or gov.i in trigger_heads):
                hyp = _hypothetical_ancestor(cur, lex)
                if hyp:
                    a.drop = a.drop or f"under {hyp!r}"
                break  # "with X sending …": a clause of its own
            if has_lemma(gov, lex.cue("denial_verbs")):
                a.status, a.source_tokens = "denial", subject_tokens(gov)[0]
                a.path.append(f"denied by {gov.text!r}")
                break
            if has_lemma(gov, lex.cue("accusing_verbs")):
                a.status, a.source_tokens, a.accuser = "claim", subject_tokens(gov)[0], gov
                a.path.append(f"accused by {gov.text!r}")
                break
            if gov.i in trigger_heads and trigger_heads[gov.i].type in SPEECH_TYPES \
                    and trigger_heads[gov.i] is not trigger:
                a.drop = a.drop or f"content of {gov.text!r}"
                break
            if has_lemma(gov, lex.cue("pass_heads")) or (
                    has_lemma(gov, lex.cue("attempt_heads")) and trigger.type in ATTEMPT_TYPES):
                cur = gov  # an attempted attack or arrest is itself an act
                continue
            if has_lemma(gov, lex.cue("future_heads")) or gov.lower_ in lex.cue("future_heads"):
                if a.status == "fact":
                    a.status = "future"
                a.intent = a.intent or has_lemma(gov, lex.cue("intent_heads"))
                a.path.append(f"under {gov.text!r}")
                if has_lemma(gov, lex.cue("reporting_verbs")) or gov.lemma_ == "expect":
                    pass
                cur = gov
                continue
            if has_lemma(gov, lex.cue("aspiration_heads")) or gov.lower_ in lex.cue("aspiration_heads"):
                a.drop = a.drop or f"aspiration {gov.text!r}"
                break
            if has_lemma(gov, lex.cue("reporting_verbs")) and dep == "xcomp":
                # "is believed to have provided", "X is said to have …"
                a.status = "claim" if a.status == "fact" else a.status
                neg = child(gov, "neg")
                if neg is not None:
                    a.status = "negated"
                a.source_tokens = subject_tokens(gov)[0] if not any(
                    c.dep_ == "nsubjpass" for c in gov.children) else []
                a.path.append(f"reported by {gov.text!r}")
                _local(gov, Assessment(), lex, modal)
                break
            if gov.pos_ == "NOUN":
                if has_lemma(gov, lex.cue("hypothetical_nouns")):
                    a.drop = a.drop or f"under {gov.text!r}"  # "its reluctance to endorse"
                break
            cur = gov
            continue
        if dep == "acomp" and head.pos_ in ("AUX", "VERB"):
            # "might be willing to make concessions": the modal sits on the copula
            cur = head
            continue
        if dep in ("acl", "relcl") and child(cur, "mark") is not None and _claimed(head, a, lex):
            break  # "rejected the claims that X attacked Y": parsed as a clause on the noun
        if dep in ("relcl", "acl", "advcl", "prep", "pobj"):
            hyp = _hypothetical_ancestor(cur, lex) or _conditional_ancestor(cur, lex)
            if hyp:
                a.drop = a.drop or f"under {hyp!r}"
            break
        break
    if inherited:
        # "withdrew ambassadors over X's crackdown", "could not say when the attack on X
        # began": a clause's plan or attribution carries over to the nominal, its negation
        # and modality do not (the crackdown, the attack still happened)
        modal.clear()
        if a.status == "negated":
            a.status = "fact"
    if not a.source_tokens and a.status in ("fact", "claim", "future"):
        acc = _according_to(trigger.token, lex)
        if acc:
            a.status = "claim" if a.status == "fact" else a.status
            a.source_tokens = acc
            a.path.append("according to")
    return _finish(a, modal, tok, lex)


def _governing_verb(tok):
    """The verb of the clause a nominal sits in ("is expected to travel … for talks with X":
    "travel"), or None."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head  # only the verb's own phrase: "a target of US sanctions" is background
    return None


def _reporting(head, clause, a: Assessment, lex: Lexicon, modal: list) -> bool:
    """Handle a reporting or denial verb governing ``clause``; True when it decided."""
    if has_lemma(head, lex.cue("denial_verbs")):
        a.status, a.source_tokens = "denial", subject_tokens(head)[0]
        a.path.append(f"denied by {head.text!r}")
        return True
    if has_lemma(head, lex.cue("reporting_verbs")):
        src = subject_tokens(head)[0]
        negated = child(head, "neg") is not None
        if modal and modal[-1] in ("would", "'d") and a.status == "negated":
            a.intent = True  # "said it would not …": a refusal
            modal.clear()
        elif modal and modal[-1] in ("would", "'d") or a.status == "future":
            a.intent = a.intent or bool(modal and modal[-1] in ("would", "'d"))
            a.status = "future"
            modal.clear()
        elif negated and not src:
            a.status = "negated"
        elif a.status in ("fact",):
            a.status = "claim"
        a.source_tokens = src
        a.reporter = head
        a.voice = a.voice or src or [head]
        if has_lemma(head, lex.cue("accusing_verbs")):
            a.accuser = head
        a.path.append(f"reported by {head.text!r}")
        hyp_modal: list[str] = []
        _local(head, Assessment(), lex, hyp_modal)
        return True
    return False


def _finish(a: Assessment, modal: list, tok, lex: Lexicon) -> Assessment:
    if modal and not a.drop:
        a.drop = f"modal {modal[0]!r}"
    return a


def source_of(a: Assessment) -> list:
    return with_conjuncts(a.source_tokens[0]) if a.source_tokens else []
