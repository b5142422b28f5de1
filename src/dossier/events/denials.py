"""Denials of what an accusation charged: "X accused Y of genocide … Y denies the
allegations", "accusing it of arming the rebels, a charge Y rejected". The denial names no
act; it answers the claims made just before it about the denier, so each of those claims is
reported again as denied by it (same type and parties, status denial, source the denier).
An article-level pass over the mentions the sentences gave.
"""

from __future__ import annotations

from dataclasses import replace

from dossier.events.context import evidence_span
from dossier.events.lexicon import Lexicon
from dossier.events.refs import ActorIndex, refs_for_all
from dossier.events.subjects import subject_tokens
from dossier.events.tokens import child, has_lemma
from dossier.model import ActorRef, Mention, Span
from dossier.nlp.text import doc_text

# How far back a denial reaches: its own sentence and the ones just before it.
SENTENCES_BACK = 2


def denied_claims(mentions: list[Mention], doc, index: ActorIndex,
                  lex: Lexicon) -> list[Mention]:
    """The claims in ``mentions`` that a later denial of "the allegations" answers, each
    reported again as that party's denial."""
    claims = [m for m in mentions if m.status == "claim" and m.actor is not None
              and m.type != "ACCUSE"]
    if not claims:
        return []
    sents = list(doc.sents)
    out: list[Mention] = []
    for n, sent in enumerate(sents):
        lo = sents[max(0, n - SENTENCES_BACK)].start_char
        for verb, deniers in _denials(sent, index, lex):
            codes = {r.actor.code: r for r in deniers}
            for claim in claims:
                denier = codes.get(claim.actor.actor.code)
                if denier is None or not lo <= claim.trigger.start < verb.idx \
                        or (claim.source is not None
                            and claim.source.actor.code == denier.actor.code):
                    continue  # the denier's own claim is no allegation against it
                out.append(_denial(claim, verb, denier, sent))
    return out


def _denials(sent, index: ActorIndex, lex: Lexicon) -> list[tuple[object, list[ActorRef]]]:
    """Each verb in ``sent`` that denies an accusation ("denies the allegations", "a charge X
    rejected"), with the parties that deny it."""
    verbs = lex.cue("denial_verbs") | lex.cue("rejecting_verbs")
    found = []
    for tok in sent:
        if not has_lemma(tok, verbs):
            continue
        obj = child(tok, "dobj")
        if obj is None and tok.dep_ == "relcl":
            obj = tok.head  # "a charge New Delhi rejected"
        if obj is None or not lex.in_class(obj.lemma_, "accusation"):
            continue
        deniers = refs_for_all(subject_tokens(tok)[0], index, lex)
        if deniers:
            found.append((tok, deniers))
    return found


def _denial(claim: Mention, verb, denier: ActorRef, sent) -> Mention:
    text = doc_text(verb.doc)
    return replace(claim, status="denial", source=denier,
                   trigger=Span(text[verb.idx:verb.idx + len(verb.text)], verb.idx,
                                verb.idx + len(verb.text)),
                   evidence=evidence_span(sent, verb),
                   explain=(*claim.explain, f"status: denial (denied by {verb.text!r}: "
                                            f"the allegations against {denier.text})"),
                   rules=(*claim.rules, "status.denied_allegation"))
