"""Speech acts done in a quoted sentence that has no speech verb of its own.

A quotation often runs over several sentences and names its speaker once: 'X said, "There
is unity. It is now for Y to accept it."' or '"Y must stop the drills. …," X told
reporters.' An analyst reads each sentence of it as X's words, and codes what X does in
saying it: a demand of another party ("Y must stop …", "it is for Y to …") is REQUEST X -> Y.
Sentences that carry their own speech verb are left to the sentence rules (``say|obligation``
…), which read the same demand from "X said Y must …".

The reading is kept narrow, for real news is full of quotes that are no act: the quotation
must name its speaker by a speech verb outside it (in a sentence the quotation shares), the
speaker must be a coded party, the one asked must be named and be another party, and the
sentence must state an obligation, not ask a question or describe.
An article-level pass over the parse.
"""

from __future__ import annotations

from dossier.events.confidence import load_weights
from dossier.events.context import event_date, event_location, evidence_span
from dossier.events.lexicon import Lexicon
from dossier.events.refs import ActorIndex, refs_for_all
from dossier.events.speech_needs import needs_to
from dossier.events.subjects import subject_tokens
from dossier.events.tokens import child, has_lemma, is_passive, with_conjuncts
from dossier.events.triggers import for_clause_mark
from dossier.model import ActorRef, Analysis, Mention, Span
from dossier.nlp.text import doc_text

RULE_ID = "type.quoted_demand"
CONFIDENCE = 0.5  # as the sentence rules' "X said Y must …"


def quoted_demands(analysis: Analysis, index: ActorIndex, lex: Lexicon,
                   quotes: list[tuple[int, int]]) -> list[Mention]:
    """REQUEST mentions for the demands made in quoted sentences without a speech verb."""
    doc = analysis.doc
    sents = list(doc.sents)
    speech = lex.cue("reporting_verbs")
    out: list[Mention] = []
    for sent in sents:
        quote = _enclosing(sent, quotes)
        if quote is None or any(has_lemma(t, speech) for t in sent) \
                or sent.text.rstrip().rstrip("\"'\u201d").endswith("?"):
            continue
        said, speakers = _speakers(quote, sents, index, lex)
        if not speakers:
            continue
        found = _demand(sent.root, index, lex)
        if found is None:
            continue
        verb, asked = found
        own = {s.actor.code for s in speakers}
        asked = [r for r in asked if r.actor.country and r.actor.code not in own]
        for speaker in speakers[:1]:
            for recipient in asked:
                out.append(_mention(analysis, lex, verb, said, sent, speaker, recipient))
    return out


def _enclosing(sent, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation the whole sentence stands in (its quote marks may sit in the sentence)."""
    words = [t for t in sent if not t.is_punct]
    if not words:
        return None
    first, last = words[0].idx, words[-1].idx
    return next(((a, b) for a, b in quotes if a < first and last < b), None)


def _speakers(quote: tuple[int, int], sents, index: ActorIndex, lex: Lexicon):
    """(the speech verb, the coded party whose words the quotation is): the subject of a
    speech verb outside the quotation, in a sentence that shares it ('…," X said', 'X said,
    "…'); (None, []) if there is none."""
    a, b = quote
    speech = lex.cue("reporting_verbs")
    for sent in sents:
        if sent.end_char <= a or sent.start_char > b:
            continue
        for tok in sent:
            if (tok.idx < a or tok.idx > b) and tok.pos_ == "VERB" and has_lemma(tok, speech):
                refs = [r for r in refs_for_all(subject_tokens(tok)[0], index, lex)
                        if r.actor.country]
                if refs:
                    return tok, refs
    return None, []


def _demand(root, index: ActorIndex, lex: Lexicon):
    """(the verb, the parties asked) when the clause asks a named party to act: "Y must / should
    stop …", "Y needs to withdraw", "it is (now) for Y to accept it"; else None."""
    first_person = lex.cue("first_person_pronouns")
    subj = child(root, "nsubj")
    if subj is not None and subj.lower_ not in first_person and not is_passive(root) \
            and root.lemma_ not in lex.cue("non_request_verbs") and root.lemma_ != "be" \
            and (any(c.dep_ == "aux" and c.lower_ in lex.cue("obligation_aux")
                     for c in root.children) or needs_to(root, lex, index)):
        # a pronoun ("they must …") is not resolved across the quotation: no guess
        asked = refs_for_all(with_conjuncts(subj), index, lex) if subj.pos_ != "PRON" else []
        return (root, asked) if asked else None
    mark = for_clause_mark(root) if root.lemma_ == "be" else None
    if mark is not None and subj is not None and subj.lower_ == "it":  # "it is for Y to …"
        act = mark.head
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children) or is_passive(act):
            return None
        asked = refs_for_all(with_conjuncts(child(act, "nsubj")), index, lex)
        return (act, asked) if asked else None
    return None


def _mention(analysis: Analysis, lex: Lexicon, verb, said, sent, speaker: ActorRef,
             recipient: ActorRef) -> Mention:
    """The demand, dated when it was said (the speech verb's date, else the quoted verb's)."""
    text = doc_text(analysis.doc)
    rules = ("trigger.verb", RULE_ID, "status.fact", "pairs.directed")
    return Mention(
        doc=analysis.article.doc, type="REQUEST", mode=None,
        trigger=Span(text[verb.idx:verb.idx + len(verb.text)], verb.idx, verb.idx + len(verb.text)),
        evidence=evidence_span(sent, verb), actor=speaker, recipient=recipient,
        cameo=lex.ontology.cameo("REQUEST", None),
        date=event_date(analysis, said.i) or event_date(analysis, verb.i), reported=analysis.article.published,
        location=event_location(analysis, verb.i), status="fact", source=None,
        confidence=load_weights().score(CONFIDENCE, rules),
        explain=(f"trigger: quoted demand {verb.text!r} -> REQUEST",
                 f"actor: the quotation's speaker -> {speaker.text}",
                 f"recipient: the party asked -> {recipient.text}", "status: fact"),
        rules=rules)
