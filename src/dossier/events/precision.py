"""Precision guards for real news: readings of a trigger that look like an event but are not.

Each guard is a pure function over the trigger's tokens (and, where needed, the other
triggers of the sentence) and returns why the reading is dropped or changed, or None. They
encode what an analyst checking the output against the text rejects most often: a speaker
concurring with an opinion ("'…,' agreed X"), a characterisation ("are a reminder of …"),
travellers who are not officials (tourists, refugees, a ship), the destination of deportees
taken as the deportees, and acts with no second party coded as the actor's own state.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.events.arguments import subject_tokens
from dossier.events.lexicon import Lexicon, load_lexicon
from dossier.events.ontology import load_ontology
from dossier.events.schema import read_checked
from dossier.events.tokens import child, infinitive_complements, layout_participles, lemma_forms
from dossier.events.triggers import Trigger

# Groups of types and modes from data/ontology.yaml (which says what each is for).
_ONTOLOGY = load_ontology()
DOMESTIC_ACT_TYPES = _ONTOLOGY.group("domestic_act")
DOMESTIC_RETREAT_MODES = _ONTOLOGY.mode_groups["domestic_retreat"]
CHARACTERISING_TYPES = _ONTOLOGY.group("characterising")
PRESUPPOSING_TYPES = _ONTOLOGY.group("presupposing")
STANCE_TYPES = _ONTOLOGY.group("stance")


def domestic_fallback_ok(trig: Trigger, triggers: list[Trigger], lex: Lexicon) -> bool:
    """May an act that names no second party be coded as the actor's own state? Only acts
    that are domestic by nature, or commitments whose complement is one ("agreed to resign",
    "threatened to ban the opposition"); "denied the request", "refused to meet" or "vowed to
    make the region climate neutral" have a party the sentence leaves out."""
    if trig.type in DOMESTIC_ACT_TYPES and trig.rule.type in DOMESTIC_ACT_TYPES \
            and (trig.type != "RETREAT" or trig.mode in DOMESTIC_RETREAT_MODES):
        return True  # "rebels retreated" has a party the sentence leaves out
    obj = trig.object_token
    if obj is not None and trig.type in ("REQUEST", "AGREE", "REJECT") and any(
            lex.in_class(f, "domestic_demand") for f in lemma_forms(obj)):
        return True  # "demanded the resignation of", "promised elections"
    if domestic_commitment(trig, lex):
        return True  # "promised to democratize the country", "agreed to postpone the rally"
    comps = [c for c in trig.token.children if c.dep_ in ("xcomp", "ccomp")]
    inner = {t.i for c in comps for t in c.subtree}
    return any(t is not trig and t.token.i in inner and t.type in DOMESTIC_ACT_TYPES
               and (t.type != "RETREAT" or t.mode in DOMESTIC_RETREAT_MODES) for t in triggers)


def home_challenger_threat(trig: Trigger, actors, lex: Lexicon) -> bool:
    """"Ethnic Albanians have sworn to fight until …", "the rebels vowed to fight on": a group
    that challenges its own state (rebels, the opposition, a people: ``home_challenger_sectors``)
    vowing force with no target named threatens that state. Not a state or its forces
    ("Ukraine vowed to fight on" has a foreign enemy the sentence leaves out)."""
    if trig.type != "THREATEN" or not trig.rule.intent or not actors or not all(
            a.actor.kind == "group" and a.actor.sector in lex.cue("home_challenger_sectors")
            for a in actors):
        return False
    # force with no target at all: "vowed to attack foreign troops" or "to fight the result
    # in court" names what is hit, so its party is not guessed
    verbs = list(infinitive_complements(trig.token))
    verbs += [x for v in verbs for x in v.children if x.dep_ == "xcomp"]  # "to keep fighting"
    return bool(verbs) and not any(
        x.i > v.i and (x.dep_ == "dobj" or x.dep_ == "prep" and x.lower_ in ("against", "on", "at")
                       and any(o.dep_ == "pobj" for o in x.children))
        for v in verbs for x in v.children)


def domestic_commitment(trig: Trigger, lex: Lexicon) -> bool:
    """Is the act a commitment (AGREE) whose complement ("to democratize X", "to opening up
    the economy") has a verb or an object of ``domestic_commitment``?"""
    if trig.type != "AGREE" or not trig.rule.intent:
        return False
    tok = trig.token
    comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    comps += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
              for p in c.children if p.dep_ == "pcomp"]
    for comp in comps:
        words = [comp] + [o for o in comp.children if o.dep_ in ("dobj", "nsubjpass")]
        if any(lex.in_class(f, "domestic_commitment") for w in words for f in lemma_forms(w)):
            return True
    return False


def concurring_agree(trig: Trigger) -> bool:
    """"'The danger is not over,' agreed X" or "X agreed": concurring with a view, not an
    agreement. An agreement names what is agreed (to do, on, with, a deal)."""
    tok = trig.token
    if trig.pos != "verb" or trig.rule.key != "agree":
        return False
    subj = child(tok, "nsubj")
    if subj is not None and subj.i > tok.i:
        return True  # quotation inversion
    if tok.dep_ in ("parataxis",):
        return True
    kept = [c for c in tok.children if c.dep_ in ("xcomp", "dobj", "prep", "ccomp")
            and not (c.dep_ == "ccomp" and c.i < tok.i)]
    return not kept


def accused_subject(trig: Trigger) -> bool:
    """"X stands accused of …", "remains accused": X is the accused; the accuser is unnamed."""
    tok = trig.token
    return trig.type == "ACCUSE" and trig.pos == "verb" and tok.tag_ == "VBN" \
        and tok.dep_ in ("acomp", "oprd", "xcomp", "advcl") \
        and not any(c.dep_ in ("agent", "aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children)


def characterisation(trig: Trigger) -> bool:
    """A speech-act noun as the predicate of "be" describes something, it is no act."""
    return trig.pos == "noun" and trig.type in CHARACTERISING_TYPES \
        and trig.light is not None and trig.light.lemma_ == "be"


def visitor(trig: Trigger, lex: Lexicon) -> str | None:
    """Who arrives or visits: "official" (a visit), "military" (troops or peacekeepers
    arriving: aid to the host), or None (tourists, refugees, a ship, a vaccine: no event).
    Nominal visits ("Putin's visit") and non-visit modes are not judged here."""
    if trig.pos != "verb" or trig.mode != "visit":
        return "official"
    subj, _ = subject_tokens(trig.token)
    if not subj:
        return "official"
    head = subj[0]
    of = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
          for p in c.children if p.dep_ == "pobj"]
    if of and head.pos_ == "NOUN" and not any(lex.in_class(f, "officials") for f in lemma_forms(head)):
        head = of[0]  # "a first contingent of peacekeeping troops"
    forms = lemma_forms(head)
    if any(lex.in_class(f, "troops") for f in forms) and head.pos_ == "NOUN":
        return "military"
    if head.pos_ == "PRON":
        return "official" if head.lower_ in ("he", "she", "they", "we", "i") else None
    if head.ent_type_ in ("PERSON", "ORG", "GPE"):
        return "official"
    if head.ent_type_ == "NORP" and trig.rule.key in ("visit", "tour"):
        return "official"  # "Russians visited Iran": a state's people on a visit, not arrivals
    if any(lex.in_class(f, "officials") for f in forms):
        return "official"
    return None


def party_named(toks, lex: Lexicon) -> bool:
    """Does an unresolved target phrase name a party ("accused the company", "called on all
    warring parties") rather than a thing ("rejected calls by X", "refused admittance")? A
    named party that is not resolved must not be replaced by an actor found deeper."""
    for t in toks[:1]:
        if t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"):
            return True
        if any(lex.in_class(f, c) for f in lemma_forms(t) for c in ("parties", "people", "officials")):
            return True
    return False


def event_noun_subject(trig: Trigger, triggers: list[Trigger], lex: Lexicon) -> bool:
    """"the attack on a French base that killed nine soldiers": the relative clause's
    subject is the event noun or the place hit, whose own actor (often unnamed) is the doer,
    not the names inside its phrase."""
    tok = trig.token
    if trig.pos == "noun" or tok.dep_ != "relcl":
        return False
    subj = child(tok, "nsubj")
    if subj is None or subj.lower_ not in ("that", "which"):
        return False
    if any(lex.in_class(f, "territory") for f in lemma_forms(tok.head)):
        return True  # a base or a town does not kill
    return any(t.pos == "noun" and t.token.i == tok.head.i for t in triggers)


def exercise_layout(trig: Trigger, triggers: list[Trigger], lex: Lexicon) -> bool:
    """"drills encircling Taiwan": the participle places an exercise; the exercise is the
    act (MOBILIZE aimed at Taiwan), not an attack of its own."""
    return trig.pos != "noun" and any(
        t.pos == "noun" and t.type == "MOBILIZE"
        and any(p.i == trig.token.i for p in layout_participles(t.token, lex)) for t in triggers)


# Pronouns (grammar, not event vocabulary: they stay here).
OPAQUE_PRONOUNS = {"he", "she", "him", "her", "it", "they", "them", "his", "its", "their", "we", "us"}


def unanchored(actor, recipient) -> bool:
    """Nothing an analyst can code: neither side names a state or organisation, or one side
    is a pronoun that coreference left without any code ("banned her book")."""
    codes = [r.actor.country for r in (actor, recipient) if r is not None]
    if not any(codes):
        return True
    return any(r is not None and not r.actor.country and r.text.lower() in OPAQUE_PRONOUNS
               for r in (actor, recipient))


def measure_subject(trig: Trigger, lex: Lexicon) -> bool:
    """"legislation targeting Turkey", "the tariffs hit exporters": a measure that targets
    someone is no assault (a sanction noun, where there is one, codes the act)."""
    tok = trig.token
    if trig.type != "ASSAULT" or trig.pos == "noun":
        return False
    doer = tok.head if tok.dep_ in ("acl", "relcl") else child(tok, "nsubj")
    if doer is not None and doer.lower_ in ("that", "which") and tok.dep_ == "relcl":
        doer = tok.head
    return doer is not None and any(lex.in_class(f, "measures") for f in lemma_forms(doer))


def deportation(trig: Trigger) -> bool:
    """Deportees are the recipient, never the place they are sent to or the actor's state."""
    return trig.type == "COERCE" and trig.mode == "deport"


def alternative(tok) -> bool:
    """"instead of calling for …", "rather than sending …": an act not taken."""
    for anc in [tok, *tok.ancestors]:
        if anc.dep_ == "pcomp" and anc.head.dep_ == "prep":
            prep = anc.head
            before = prep.doc[prep.i - 1] if prep.i > 0 else None
            if prep.lower_ == "instead" or (before is not None and (
                    before.lower_ == "instead" and prep.lower_ == "of"
                    or before.lower_ == "rather" and prep.lower_ == "than")):
                return True
        if anc.dep_ in ("ROOT", "ccomp"):
            break
    return False


def habitual_negation(tok, lex: Lexicon) -> str | None:
    """"seldom criticized", "rarely meets": no particular act is reported."""
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in lex.cue("habitual_negators"):
            return c.text
    return None


def presupposed_object(trig: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """The act a nominal trigger is the object of when that act presupposes it
    ("condemned the invasion", "praised the withdrawal")."""
    tok = trig.token
    if trig.pos != "noun" or trig.light is not None or tok.dep_ != "dobj":
        return None
    return next((t for t in triggers if t.token.i == tok.head.i and t.type in PRESUPPOSING_TYPES
                 and t.pos != "noun"), None)


# Pronouns (grammar).
SELF_PRONOUNS = {"they", "we", "he", "she", "it", "i"}


def spoken_stance(trig: Trigger, source_code: str | None, actor_codes: set[str]) -> bool:
    """"Putin said Russia supports the proposal": a stance the speaker takes for its own
    state, in the present tense, is the act itself (a fact), not a claim about it."""
    tok = trig.token
    if trig.pos == "adj":  # "remains concerned about", "is ready to": the copula's tense
        tok = tok.head
    return trig.type in STANCE_TYPES and trig.pos in ("verb", "adj") \
        and tok.tag_ in ("VBZ", "VBP") and source_code is not None and source_code in actor_codes


def self_reported(trig: Trigger) -> bool:
    """"officials said they arrested …": the doer reports its own act; the report stays a
    claim whose source is the doer, however generic the speakers are."""
    subj, how = subject_tokens(trig.token)
    return how == "nsubj" and bool(subj) and subj[0].lower_ in SELF_PRONOUNS


def military_backing(trig: Trigger, actor_text: str, lex: Lexicon) -> bool:
    """"soldiers backed by the U.S. military": material military help (AID), not a
    statement of support."""
    if trig.type != "SUPPORT" or trig.pos != "verb" or trig.rule.key not in ("support", "back"):
        return False
    words = actor_text.lower().replace("-", " ").split()
    return bool(words) and (words[-1] in lex.cue("military_words")
                            or lex.in_class(words[-1].rstrip("s"), "troops")
                            or lex.in_class(words[-1], "troops"))


def sanction_means(trig: Trigger, triggers: list[Trigger]) -> bool:
    """"retaliated by announcing tariffs": the sanction named as the means is the act; the
    retaliation is no assault of its own."""
    if trig.type != "ASSAULT" or trig.pos != "verb":
        return False
    inner = {t.i for c in trig.token.children if c.dep_ == "prep" and c.lower_ in ("by", "with")
             for t in c.subtree}
    return any(t.type == "SANCTION" and t.token.i in inner for t in triggers)


def celebration(trig: Trigger, lex: Lexicon | None = None) -> bool:
    """Crowds marching or rallying in celebration are not protesting."""
    if trig.type != "PROTEST":
        return False
    words = (lex or load_lexicon()).cue("celebration_words")
    return any(t.lemma_.lower() in words for t in trig.token.sent)


# A match score ("2-1", "3 - 0"); not a date range or a year ("2023-24").
_SCORE = re.compile(r"(?<![\d.,/-])\d{1,2} ?- ?\d{1,2}(?![\d/-])")


def _phrases(words) -> re.Pattern:
    words = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(
        r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", w))) for w in words) + r")(?![\w-])",
        re.IGNORECASE)


@lru_cache(maxsize=1)
def _discards() -> tuple[re.Pattern, re.Pattern, frozenset[str], frozenset[str]]:
    data = read_checked("discards.yaml")
    return _phrases(data["phrases"]), _phrases(data["sport_words"]), \
        frozenset(data["result_words"]), frozenset(data["count_words"])


def sports_copy(text: str) -> bool:
    """Is a sentence sports or entertainment copy ("Russia beat Croatia 2-1", "… in the World
    Cup final")? A phrase only such copy holds (data/discards.yaml); or a word of a result
    with a word of sports or a score, and no word of a vote count ("the House voted 368-7"
    is politics, "a basketball star called for limits" is news)."""
    phrases, sports, results, counts = _discards()
    if phrases.search(text):
        return True
    words = set(re.findall(r"[a-z]+", text.lower()))
    if not words & results or words & counts:
        return False
    return bool(_SCORE.search(text) or sports.search(text))
