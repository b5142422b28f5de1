"""Small pure helpers over spaCy tokens shared by triggers, arguments and status.

Nothing here knows about events: children by dependency, prepositional objects,
conjuncts, passives, quantity heads, and the lemma forms a word may stand for (the small
English model mislemmatises inflected verbs: "staged" -> "stag", "shelled" -> "shel").
"""

from __future__ import annotations

SUBJ = ("nsubj", "csubj")
PASSIVE_SUBJ = ("nsubjpass", "csubjpass")
QUANTITY_HEADS = {"hundred", "hundreds", "thousand", "thousands", "million", "millions",
                  "dozen", "dozens", "unit", "units", "number", "batch", "lot", "lots",
                  "shipment", "shipments", "range", "array", "kind", "type", "variety",
                  "consignment", "supply", "supplies", "amount", "quantity", "score", "scores",
                  "part", "parts", "some", "most", "all", "much", "many", "portion", "series",
                  "group", "total", "couple", "pair", "handful", "wave", "worth", "tons",
                  "ton", "tonnes", "tonne", "any", "none", "each", "several", "few",
                  # fractions: "one third of the guerrillas", "half of the troops"
                  "half", "third", "thirds", "quarter", "quarters", "percent", "majority"}
VERB_SUFFIXES = (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                 ("es", ""), ("s", ""), ("d", ""))


def hyphenated(tok) -> str:
    """The hyphenated word a token ends ("build-up" parsed as build / - / up), lower-cased."""
    start = tok.i
    while start >= 2 and tok.doc[start - 1].text == "-" and not tok.doc[start - 2].whitespace_ \
            and not tok.doc[start - 1].whitespace_:
        start -= 2
    return tok.doc[start:tok.i + 1].text.lower()


def lemma_forms(tok) -> tuple[str, ...]:
    """The lemma, then the lower-cased word, then base forms guessed from its suffix."""
    lemma, low = tok.lemma_.lower(), tok.text.lower()
    forms = [lemma, low]
    if tok.tag_.startswith("VB") or tok.tag_ in ("NNS", "NNPS", "JJ"):
        for suffix, repl in VERB_SUFFIXES:
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                stem = low[: -len(suffix)]
                forms.append(stem + repl)
                if not repl and len(stem) > 2 and stem[-1] == stem[-2]:  # "shelled" -> "shell"/"shel"
                    forms.append(stem[:-1])
    seen: list[str] = []
    for f in forms:
        if f not in seen:
            seen.append(f)
    return tuple(seen)


def has_lemma(tok, words) -> bool:
    """Does ``tok`` stand for one of ``words`` (a set of lemmas)?"""
    return any(f in words for f in lemma_forms(tok))


def is_verb(tok) -> bool:
    return tok.pos_ == "VERB" or (tok.tag_.startswith("VB") and tok.pos_ != "AUX")


def is_passive(tok) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True
    return tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") and not any(
        c.dep_ in SUBJ for c in tok.children)


def with_conjuncts(tok) -> list:
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return sorted(out, key=lambda t: t.i)


def prep_objects(tok, word: str) -> list:
    """pobj tokens of ``tok``'s preposition ``word`` ("with", "to" …), with their conjuncts."""
    if tok is None:
        return []
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == word:
            # "tariffs on German cars and on European pork": the repeated preposition too
            for prep in (c, *(g for g in c.children if g.dep_ == "conj" and g.lower_ == word)):
                for p in prep.children:
                    if p.dep_ in ("pobj", "pcomp"):
                        out.extend(with_conjuncts(p))
    return out


# The prepositions that introduce what an accusing verb charges ("accused X of", "charged X
# with", "blamed X for").
CHARGE_PREPS = ("of", "with", "for")


def accusing_verb(tok, verbs, carriers=frozenset()):
    """The accusing verb (lemma in ``verbs``) an event noun is the charge of ("accused X of
    genocide", "charged X with war crimes", "blamed X for the bombing"), or None. The charge
    may be carried by a verb or noun of taking part (lemma in ``carriers``): "accused X of
    plotting the attack", "of involvement in the bombing", "of being behind the attack"."""
    carried = _charge_carrier(tok, carriers) if carriers else None
    if carried is not None:
        tok = carried
    prep = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or prep.lower_ not in CHARGE_PREPS or prep.dep_ != "prep":
        return None
    return prep.head if has_lemma(prep.head, verbs) else None


def _charge_carrier(tok, carriers):
    """The word that carries a charged act into the accusation: the gerund whose object it
    is ("plotting the attack"), the noun it is "in"/"behind" ("involvement in the attack",
    "role in the bombing"), or "being" before "behind" ("being behind the attack")."""
    head = tok.head
    if tok.dep_ == "dobj" and head.dep_ == "pcomp" and has_lemma(head, carriers):
        return head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "behind", "for"):
        gov = head.head
        if gov.lemma_ == "be" and gov.dep_ == "pcomp" and head.lower_ == "behind":
            return gov
        if gov.dep_ == "pobj" and has_lemma(gov, carriers):
            return gov
    return None


def destination_objects(tok) -> list:
    """Where ``tok`` sends someone: its "to" objects, also under "back" ("sent them back to
    X", where the parse hangs "to X" on the adverb)."""
    backs = [c for c in tok.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back"]
    return prep_objects(tok, "to") + [p for b in backs for p in prep_objects(b, "to")]


def infinitive_complements(tok) -> list:
    """The clauses ``tok`` governs as what is said, wanted or committed to: its xcomp and
    ccomp, and a to-infinitive after it that the parser hangs as an adverbial clause
    ("have sworn to fight until …", "vowed on Sunday to fight on")."""
    comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    if any(c.dep_ in ("xcomp", "dobj") for c in tok.children):
        return comps  # "offered its troops to help X": an infinitive after an object is a purpose
    # not a purpose clause ("in order to", "so as to" hang a marker on the verb)
    comps += [c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i
              and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
              and not any(g.dep_ == "mark" or g.dep_ == "advmod" and g.i < c.i
                          and g.lower_ in ("so", "order") for g in c.children)]
    return comps


def child(tok, *deps):
    if tok is None:
        return None
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def real_object(tok):
    """Skip quantity heads: "hundreds of missiles" -> missiles (and the quantity text)."""
    quantity = None
    for _ in range(2):  # "part of a batch of shells"
        if tok is not None and (tok.lower_ in QUANTITY_HEADS or tok.lemma_ in QUANTITY_HEADS
                                or tok.like_num):
            inner = prep_objects(tok, "of")
            if inner:
                quantity = quantity or tok.text
                tok = inner[0]
    if tok is not None:
        num = child(tok, "nummod")
        if num is not None and quantity is None:
            quantity = " ".join(t.text for t in num.subtree)
    return tok, quantity


def clause_subject(tok):
    """The subject of a finite clause hanging under ``tok`` ("demanded that X leave",
    "its demand that X ease …"), or None."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "acl", "advcl") and any(g.dep_ == "mark" and g.lower_ == "that"
                                                       for g in c.children):
            s = child(c, *SUBJ, *PASSIVE_SUBJ)
            if s is not None:
                return s
        if c.dep_ == "ccomp":
            s = child(c, *SUBJ, *PASSIVE_SUBJ)
            if s is not None:
                return s
    return None


def for_clause_subject(tok):
    """The X of "for X to V" under ``tok`` ("a proposal for the Council to lift sanctions"),
    whether the parser marks the clause ("for" as its mark) or hangs "for X" on ``tok`` with
    the infinitive beside it; or None."""
    for c in tok.children:
        mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ == "for"), None)
        if c.dep_ in ("advcl", "acl", "ccomp", "xcomp", "relcl") and mark is not None:
            s = child(c, *SUBJ)
            if s is None:  # the parser may hang the subject on the mark ("for/mark X/pobj")
                s = child(mark, "pobj")
            if s is not None:
                return s
    asked = prep_objects(tok, "for")
    verbs = [c for c in tok.children if c.dep_ in ("acl", "advcl", "relcl")
             and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    if asked and verbs and verbs[0].i > asked[0].i:
        return asked[0]
    return None


def object_in_class(tok, cls: str, lex) -> bool:
    """Is the object phrase headed by ``tok`` of a lexicon class (its head, a compound or
    adjective on it, or what it is "of")?"""
    if tok is None:
        return False
    cands = [tok] + [c for c in tok.children if c.dep_ in ("compound", "amod")]
    cands += prep_objects(tok, "of")
    for conj in with_conjuncts(tok)[1:]:  # "photographs and other military intelligence"
        cands += [conj] + [c for c in conj.children if c.dep_ in ("compound", "amod")]
    return any(lex.in_class(c.lemma_, cls) or lex.in_class(c.lower_, cls) for c in cands)


def objects_all_in_class(tok, cls: str, lex) -> bool:
    """Is every conjunct of the object phrase headed by ``tok`` of a lexicon class ("tear gas
    and rubber bullets", not "tear gas and grenades")?"""
    if tok is None:
        return False
    return all(any(lex.in_class(c.lemma_, cls) or lex.in_class(c.lower_, cls)
                   for c in [conj] + [m for m in conj.children if m.dep_ in ("compound", "amod")])
               for conj in with_conjuncts(tok))


def layout_participles(noun, lex) -> list:
    """The participles that lay an exercise out ("drills encircling Taiwan"; cue
    layout_participles): an acl on the noun, or the clause a parser made of the phrase
    ("conducted the drills encircling Taiwan" read as "[drills] encircling Taiwan")."""
    words = lex.cue("layout_participles")
    found = [c for c in noun.children if c.dep_ == "acl" and has_lemma(c, words)]
    head = noun.head
    if noun.dep_ == "nsubj" and head.tag_ == "VBG" and head.dep_ in ("ccomp", "xcomp") \
            and has_lemma(head, words):
        found.append(head)
    return found


def no_longer(c) -> bool:
    """"no longer supports": the act stopped, a negation of the clause."""
    return c.dep_ == "advmod" and c.lower_ == "longer" and any(
        g.lower_ == "no" and g.dep_ in ("neg", "det", "advmod") for g in c.children)
