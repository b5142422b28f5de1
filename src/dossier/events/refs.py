"""Which resolved actors a phrase names: token -> ``ActorRef`` mapping for the extractor.

The actor stage resolves mentions to character spans; ``ActorIndex`` maps them onto tokens,
and ``refs_for`` reads a noun phrase: its head, modifiers, coordinated modifiers,
appositions and "X of/in/from Y". A state-coded actor is preferred to one the actor stage
could only name ("security forces in Guinea": Guinea).
"""

from __future__ import annotations

from dataclasses import replace

from dossier.events.tokens import child, prep_objects, with_conjuncts
from dossier.model import Actor, ActorRef
from dossier.places import where_of_country

MODIFIERS = ("compound", "amod", "poss", "nmod", "npadvmod")
RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose"}
PLACE_PREPS = ("of", "in", "from", "inside", "throughout", "across")


class ActorIndex:
    """Which resolved actor mentions cover which tokens of a Doc."""

    def __init__(self, doc, refs: tuple[ActorRef, ...], modifier_lookup=None,
                 union_lookup=None, region_heads: frozenset[str] = frozenset()) -> None:
        """``modifier_lookup(text) -> Actor | None`` names the state behind a modifier the
        actor stage leaves alone ("Ukrainian" in "Ukrainian towns"); ``union_lookup(code)``
        the union a region's adjective stands for when the story names it ("European" in
        "tariffs on European products" in a story about the EU), except before
        ``region_heads`` ("European countries", "European consumers")."""
        self._lookup = modifier_lookup
        self._union_lookup = union_lookup
        self._region_heads = region_heads
        self._named = frozenset(c for r in refs for c in (r.actor.country, r.actor.entity_id) if c)
        self._made: dict[int, list[ActorRef]] = {}
        self._by_token: dict[int, list[ActorRef]] = {}
        for ref in refs:
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self._by_token.setdefault(tok.i, []).append(ref)

    def at(self, tok) -> list[ActorRef]:
        return self._by_token.get(tok.i, [])

    def modifier(self, tok) -> list[ActorRef]:
        """An actor named by a modifier word ("Iranian" in "Iranian missiles")."""
        if self._lookup is None or tok.pos_ not in ("ADJ", "PROPN", "NOUN"):
            return []
        head = tok
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        if head.dep_ in ("amod", "compound", "nmod") and head.head.lemma_.lower() in CULTURAL_HEADS:
            return []  # "the Russian language", "Turkish cuisine": no state acts or is acted on
        if _opposed(tok):
            return []  # "an anti-Syria journalist" is no Syrian (as in actors.compose)
        if tok.i not in self._made:
            words = [t for t in tok.subtree if t.dep_ in ("compound", "amod") or t is tok]
            words = [t for t in words if abs(t.i - tok.i) <= 2]
            left, right = min(t.i for t in words), max(t.i for t in words)
            span = tok.doc[left:right + 1]
            actor = self._lookup(span.text) or (self._lookup(tok.text) if len(span) > 1 else None)
            actor = self._union(actor, head)
            self._made[tok.i] = [] if actor is None else [
                ActorRef(actor=actor, text=span.text, start=span.start_char, end=span.end_char,
                         basis="modifier")]
        return self._made[tok.i]

    def _union(self, actor: Actor | None, modifier) -> Actor | None:
        """The union ``actor`` (a region) stands for when the story names that union and the
        ``modifier`` describes no place or people of the region, else ``actor``."""
        if actor is None or self._union_lookup is None or not actor.country:
            return actor
        union = self._union_lookup(actor.country)
        if union is None or not ({union.country, union.entity_id} & self._named):
            return actor
        if modifier.dep_ in ("amod", "compound", "nmod") and \
                modifier.head.lemma_.lower() in self._region_heads:
            return actor
        return union

    def named(self, tok, text: str, offset: int = 0) -> list[ActorRef]:
        """The state a part of ``tok``'s text names ("U.N." in "U.N.-organized", at
        ``offset`` in the token), as a modifier reference spanning that part."""
        actor = self._lookup(text) if self._lookup is not None and text else None
        start = tok.idx + offset
        return [] if actor is None else [ActorRef(actor=actor, text=text, start=start,
                                                  end=start + len(text), basis="modifier")]

    def __bool__(self) -> bool:
        return bool(self._by_token)


# Nouns a demonym describes as a culture, not as its state.
CULTURAL_HEADS = {"language", "speaker", "dialect", "alphabet", "script", "culture", "cuisine",
                  "literature", "music", "art", "film", "poetry", "heritage", "ancestry", "descent",
                  "origin", "tradition", "folklore"}


def coded(refs: list[ActorRef]) -> bool:
    """Does any of ``refs`` carry a state or grouping code (not just a name)?"""
    return any(r.actor.country for r in refs)


def refs_for(tok, index: ActorIndex, lex, depth: int = 0) -> list[ActorRef]:
    """The actors a phrase headed by ``tok`` names (head, then its modifiers, appositions,
    then "X of Y" / "X in Y" places)."""
    if tok is None or depth > 2:
        return []
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ in ("relcl", "acl"):
        return refs_for(tok.head.head, index, lex, depth + 1)
    found = list(index.at(tok)) or _speaker(tok, index, lex, depth) \
        or _adjunct_object_antecedent(tok, index, lex, depth)
    if found:
        # "US and Ukrainian officials": coordinated modifiers name more actors
        for c in tok.children:
            if c.dep_ in MODIFIERS and any(g.dep_ == "conj" for g in c.children):
                for cc in with_conjuncts(c):
                    found.extend(index.at(cc) or index.modifier(cc))
        if not coded(found):  # "Security forces in Guinea": the place names the state
            better = _attached(tok, index, lex, depth)
            if coded(better):
                return better
        return _unique(found)
    relational = tok.lemma_.lower() in lex.relational_nouns
    for c in tok.children:
        if c.dep_ in MODIFIERS and not (relational and c.dep_ in ("poss", "amod", "compound", "nmod")):
            for cc in with_conjuncts(c):
                found.extend(index.at(cc))
                if not index.at(cc):
                    found.extend(r for g in cc.children if g.dep_ in ("compound", "poss")
                                 for r in index.at(g))
    if not found and not relational:  # "Chinese rivals" are China's rivals, not China
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod"):
                for cc in with_conjuncts(c):
                    found.extend(index.modifier(cc))
    if not found:  # "a Saudi-led coalition", "a U.N.-run camp": the party that leads or runs it
        found = owner_refs(tok, index, lex)
    if found:
        return _unique(found)
    found = _attached(tok, index, lex, depth)
    if found:
        return found
    if _modifier_dep(tok):
        return index.modifier(tok)
    return []


def _modifier_dep(tok) -> bool:
    """Is ``tok`` a modifier, or a conjunct of one ("Russian" in "a Chinese and Russian
    proposal")?"""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("amod", "compound", "nmod")


# Which kinds of actor a pronoun left unresolved may stand for.
PRONOUN_KINDS = {"it": ("country", "organization"), "he": ("person",), "she": ("person",),
                 "they": ("country", "organization", "group"), "we": ("country", "organization", "group")}


def _speaker(tok, index: ActorIndex, lex, depth: int) -> list[ActorRef]:
    """A pronoun subject of what someone says is most often the speaker ("Syria says it is
    willing to …", "the rebels said they would …"); used only when coreference left it."""
    kinds = PRONOUN_KINDS.get(tok.lower_)
    if kinds is None or tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    clause = tok.head
    while clause.dep_ in ("conj", "xcomp", "acomp") and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in lex.cue("reporting_verbs"):
        return []
    subj = child(clause.head, "nsubj")
    if subj is None or subj.lower_ in PRONOUN_KINDS:
        return []
    refs = refs_for(subj, index, lex, depth + 1)
    # "'We reject …,' the ministry's spokesperson told reporters": "we" is the spokesperson's
    # side, coded by the state the speaker serves
    return [r for r in refs if r.actor.kind in kinds
            or tok.lower_ == "we" and r.actor.kind == "person" and r.actor.country][:1]


# Object pronouns a participial adjunct uses for a party its main clause has just named,
# with the number the party's noun must have.
ADJUNCT_OBJECT_PRONOUNS = {"it": ("NN", "NNP"), "them": ("NNS", "NNPS")}


def _adjunct_object_antecedent(tok, index: ActorIndex, lex, depth: int) -> list[ActorRef]:
    """"waged an insurgency against the Pakistani state, accusing it of …", "marched on the
    Kenyan parliament, urging it to …": the object pronoun of a participle hung on a clause
    is the party that clause has just named as its object: the last object phrase before the
    pronoun, never the clause's subject (the participle's own subject). The object's own
    head must name the party ("the Pakistani state"), agreeing in number; "measures against
    women in Afghanistan, barring them" means the women, not Afghanistan. Used only when
    coreference left the pronoun alone."""
    tags = ADJUNCT_OBJECT_PRONOUNS.get(tok.lower_)
    verb = tok.head
    if tags is None or tok.dep_ != "dobj" or verb.tag_ != "VBG" or verb.dep_ != "advcl" \
            or verb.i < verb.head.i:
        return []
    clause = verb.head
    skip = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "advcl", "ccomp")
            for t in c.subtree}
    # the objects of the clause and its phrases, but not a place or owner hung on a noun
    # ("women in Afghanistan": the women are the object)
    objects = [t for t in clause.subtree if t.i < verb.i and t.i not in skip
               and t.dep_ in ("dobj", "pobj") and t.pos_ in ("NOUN", "PROPN")
               and not (t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS
                        and t.head.head.pos_ in ("NOUN", "PROPN"))]
    if not objects or objects[-1].tag_ not in tags:
        return []
    head = objects[-1]
    refs = list(index.at(head)) or [r for c in head.children if c.dep_ in MODIFIERS
                                    for r in index.at(c) or index.modifier(c)]
    return [r for r in refs if r.actor.country][:1]


def _attached(tok, index: ActorIndex, lex, depth: int) -> list[ActorRef]:
    """Actors in an apposition or an "of/in/from" phrase; a coded one wins over a name
    ("a member of the Syrian parliament, Mohammed Mamoun")."""
    app = child(tok, "appos")
    app_refs = refs_for(app, index, lex, depth + 1) if app is not None else []
    if coded(app_refs):
        return app_refs
    found: list[ActorRef] = []
    named = tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "LOC")
    for word in PLACE_PREPS:
        if named and word in ("in", "inside", "throughout", "across"):
            continue  # "the Zorro Brigade in Peru" is where the group is, not who it is
        for p in prep_objects(tok, word):
            # "aid workers in Garbatulla": a name the gazetteer leaves without a state is a
            # place of no known state, not who the phrase is
            found.extend(r for r in refs_for(p, index, lex, depth + 1)
                         if word == "of" or r.actor.country)
        if found:
            break
    if coded(found) or not app_refs:
        return _unique(found)
    return app_refs


def owner_refs(tok, index: ActorIndex, lex) -> list[ActorRef]:
    """The party named before an owner participle on ``tok`` ("a Saudi-led coalition", "a
    U.N.-organized meeting", "a Chinese-funded pipeline"; lex.cue("owner_participles"))."""
    owners = lex.cue("owner_participles")
    for c in tok.children:
        if c.dep_ not in ("amod", "compound", "nmod"):
            continue
        prefix, _, suffix = c.text.rpartition("-")
        if prefix and suffix.lower() in owners:  # one token: "U.N.-organized"
            refs = index.at(c) or index.named(c, prefix)
        elif c.lower_ in owners:  # "Saudi - led": the party hangs under the participle
            refs = [r for g in c.children if g.dep_ in ("npadvmod", "compound", "amod", "nmod")
                    for r in index.at(g) or index.modifier(g) or index.named(g, g.text)]
        else:
            continue
        if refs:
            return refs[:1]
    return []


def _unique(refs: list[ActorRef]) -> list[ActorRef]:
    seen, out = set(), []
    for r in sorted(refs, key=lambda r: r.start):
        key = (r.actor.code, r.start)
        if r.actor.code in {x.actor.code for x in out}:
            continue
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def coordinated_refs(tok, index: ActorIndex) -> list[ActorRef]:
    """Every actor inside a coordinated noun phrase, however the parser attached its parts
    ("UK Prime Minister Keir Starmer and US President Joe Biden")."""
    toks = []
    stack = [tok]
    while stack:
        t = stack.pop()
        toks.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("prep", "relcl", "acl", "punct"))
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in toks):
        return []
    # a possessor names someone else ("Tehran's rivals"), unless it heads its own name
    return _unique([r for t in toks if t.dep_ != "poss" for r in index.at(t)])


def refs_for_all(toks, index: ActorIndex, lex) -> list[ActorRef]:
    out: list[ActorRef] = []
    for t in toks:
        for r in refs_for(t, index, lex) + coordinated_refs(t, index):
            if r.actor.code not in {x.actor.code for x in out}:
                out.append(r)
    return out


def place_refs(toks, index: ActorIndex) -> list[ActorRef]:
    """State actors named anywhere inside the phrases of ``toks`` ("refugees fleeing the
    war in Liberia")."""
    out = []
    for t in toks:
        for s in _phrase(t):
            out.extend(r for r in index.at(s) if r.actor.kind == "country")
    return _unique(out)


def _phrase(tok, clauses: int = 0) -> list:
    """``tok``'s subtree up to one embedded clause deep, without "by" agents: "a vehicle
    securing a convoy for a company operated by China" names no place of the vehicle."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "agent":
            continue
        depth = clauses + (c.dep_ in ("acl", "relcl", "advcl", "ccomp", "xcomp"))
        if depth <= 1:
            out.extend(_phrase(c, depth))
    return out


def _opposed(tok) -> bool:
    """Is the word the "X" of "anti-X" or "counter-X"?"""
    doc = tok.doc
    return tok.i > 1 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("anti", "counter")


def is_state(ref: ActorRef, non_state: frozenset[str]) -> bool:
    """Does this actor belong to a state (whose domestic politics an act can be)?"""
    code = ref.actor.country
    return bool(code) and len(code) == 3 and code.isupper() and code not in non_state


def state_ref(ref: ActorRef) -> ActorRef | None:
    """The state the actor belongs to, as a party of its own (None if no state is known)."""
    where = where_of_country(ref.actor.country)
    if where is None:
        return None
    return replace(ref, actor=Actor(name=where.name, kind="country", country=ref.actor.country))
