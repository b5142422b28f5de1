"""Arguments of a trigger from the dependency parse: actor, recipient, object, others.

Pure functions over spaCy tokens. Argument *tokens* are found from the parse (subject,
agent of a passive, possessor of a nominal, objects and trigger-specific prepositions);
they are then mapped to the resolved ``ActorRef``s by token overlap (``ActorIndex``).
Each argument keeps a readable path for ``Mention.explain``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.events.lexicon import Lexicon
from dossier.model import ActorRef, EventObject

SUBJ = ("nsubj", "csubj")
PASSIVE_SUBJ = ("nsubjpass", "csubjpass")
MODIFIERS = ("compound", "amod", "poss", "nmod", "npadvmod")
RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose"}
QUANTITY_HEADS = {"hundred", "hundreds", "thousand", "thousands", "million", "millions",
                  "dozen", "dozens", "unit", "units", "number", "batch", "lot", "lots",
                  "shipment", "shipments", "range", "array", "kind", "type", "variety",
                  "consignment", "supply", "supplies", "amount", "quantity", "score", "scores"}
OBJECT_CONTROL = {"accuse", "urge", "ask", "tell", "help", "allow", "force", "invite", "order",
                  "persuade", "encourage", "enable", "charge", "blame", "press", "call",
                  "implore", "authorize", "authorise", "instruct", "require", "push"}


class ActorIndex:
    """Which resolved actor mentions cover which tokens of a Doc."""

    def __init__(self, doc, refs: tuple[ActorRef, ...], modifier_lookup=None) -> None:
        """``modifier_lookup(text) -> Actor | None`` names the state behind a modifier the
        actor stage leaves alone ("Ukrainian" in "Ukrainian towns")."""
        self._lookup = modifier_lookup
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
        if tok.i not in self._made:
            words = [t for t in tok.subtree if t.dep_ in ("compound", "amod") or t is tok]
            words = [t for t in words if abs(t.i - tok.i) <= 2]
            left, right = min(t.i for t in words), max(t.i for t in words)
            span = tok.doc[left:right + 1]
            actor = self._lookup(span.text) or (self._lookup(tok.text) if len(span) > 1 else None)
            self._made[tok.i] = [] if actor is None else [
                ActorRef(actor=actor, text=span.text, start=span.start_char, end=span.end_char,
                         basis="modifier")]
        return self._made[tok.i]

    def __bool__(self) -> bool:
        return bool(self._by_token)


@dataclass
class Arguments:
    actors: list[ActorRef] = field(default_factory=list)
    recipients: list[ActorRef] = field(default_factory=list)
    others: list[ActorRef] = field(default_factory=list)
    object: EventObject | None = None
    object_token: object = None
    paths: list[str] = field(default_factory=list)
    pair_within: bool = False  # "talks between A and B": the actors meet each other


# ---------------------------------------------------------------- token helpers

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
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == word:
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    out.extend(with_conjuncts(p))
    return out


def child(tok, *deps):
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def real_object(tok):
    """Skip quantity heads: "hundreds of missiles" -> missiles (and the quantity text)."""
    quantity = None
    if tok is not None and (tok.lower_ in QUANTITY_HEADS or tok.lemma_ in QUANTITY_HEADS
                            or tok.like_num):
        inner = prep_objects(tok, "of")
        if inner:
            quantity = tok.text
            tok = inner[0]
    if tok is not None:
        num = child(tok, "nummod")
        if num is not None and quantity is None:
            quantity = " ".join(t.text for t in num.subtree)
    return tok, quantity


def object_in_class(tok, cls: str, lex: Lexicon) -> bool:
    if tok is None:
        return False
    cands = [tok] + [c for c in tok.children if c.dep_ in ("compound", "amod")]
    cands += prep_objects(tok, "of")
    return any(lex.in_class(c.lemma_, cls) or lex.in_class(c.lower_, cls) for c in cands)


# ---------------------------------------------------------------- actor mapping

def refs_for(tok, index: ActorIndex, lex: Lexicon, depth: int = 0) -> list[ActorRef]:
    """The actors a phrase headed by ``tok`` names (head, then its modifiers, appositions,
    then "X of Y" / "X in Y" places)."""
    if tok is None or depth > 2:
        return []
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ in ("relcl", "acl"):
        return refs_for(tok.head.head, index, lex, depth + 1)
    found = list(index.at(tok))
    if found:
        # "US and Ukrainian officials": coordinated modifiers name more actors
        for c in tok.children:
            if c.dep_ in MODIFIERS and any(g.dep_ == "conj" for g in c.children):
                for cc in with_conjuncts(c):
                    found.extend(index.at(cc) or index.modifier(cc))
        return _unique(found)
    relational = tok.lemma_.lower() in lex.relational_nouns
    for c in tok.children:
        if c.dep_ in MODIFIERS and not (relational and c.dep_ == "poss"):
            for cc in with_conjuncts(c):
                found.extend(index.at(cc))
                if not index.at(cc):
                    found.extend(r for g in cc.children if g.dep_ in ("compound", "poss")
                                 for r in index.at(g))
    if not found:
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod"):
                for cc in with_conjuncts(c):
                    found.extend(index.modifier(cc))
    if found:
        return _unique(found)
    app = child(tok, "appos")
    if app is not None:
        found = refs_for(app, index, lex, depth + 1)
        if found:
            return found
    for word in ("of", "in", "from", "inside"):
        for p in prep_objects(tok, word):
            found.extend(refs_for(p, index, lex, depth + 1))
        if found:
            return _unique(found)
    if tok.dep_ in ("amod", "compound", "nmod"):
        return index.modifier(tok)
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


def refs_for_all(toks, index: ActorIndex, lex: Lexicon) -> list[ActorRef]:
    out: list[ActorRef] = []
    for t in toks:
        for r in refs_for(t, index, lex) + coordinated_refs(t, index):
            if r.actor.code not in {x.actor.code for x in out}:
                out.append(r)
    return out


# ---------------------------------------------------------------- subjects and control

def subject_tokens(verb, depth: int = 0, index_hint: "ActorIndex | None" = None) -> tuple[list, str]:
    """The tokens that do what ``verb`` says, following passives, conjunction and control."""
    if verb is None or depth > 5:
        return [], ""
    if is_passive(verb):
        agents = prep_objects(verb, "by")
        if agents:
            return agents, "agent"
        if verb.dep_ in ("acl", "relcl") and not child(verb, *PASSIVE_SUBJ):
            return [], "passive"
        return [], "passive"
    subj = child(verb, *SUBJ)
    if subj is not None:
        if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return with_conjuncts(verb.head), "relcl-head"
        return with_conjuncts(subj), "nsubj"
    head = verb.head
    if head is verb:
        return [], ""
    if verb.dep_ in ("acomp", "attr", "oprd") and verb.pos_ in ("ADJ", "NOUN", "VERB"):
        toks, how = subject_tokens(head, depth + 1, index_hint)  # "X is willing to …"
        return toks, "predicate>" + how
    if verb.dep_ == "conj":
        toks, how = subject_tokens(head, depth + 1, index_hint)
        return toks, "conj>" + how
    if verb.dep_ in ("xcomp", "advcl", "pcomp", "ccomp") and head.pos_ in ("VERB", "AUX", "ADJ"):
        if verb.dep_ == "pcomp" and head.pos_ != "VERB":
            head = head.head
        if head.lemma_ in OBJECT_CONTROL:
            obj = child(head, "dobj")
            if obj is not None:
                return with_conjuncts(obj), "object-control"
        raised = child(head, *PASSIVE_SUBJ)
        if raised is not None and not prep_objects(head, "by"):
            # "Iran is expected to seek …", "China is not believed to have provided …"
            return with_conjuncts(raised), "raised"
        toks, how = subject_tokens(head, depth + 1, index_hint)
        return toks, "control>" + how
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        gov = head.head
        if gov.pos_ in ("VERB", "AUX"):
            if gov.lemma_ in OBJECT_CONTROL:
                obj = child(gov, "dobj")
                if obj is not None:
                    return with_conjuncts(obj), "object-control"
            toks, how = subject_tokens(gov, depth + 1, index_hint)
            return toks, "prep-control>" + how
        poss = child(gov, "poss")
        if poss is not None:
            return [poss], "noun-possessor"
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBG":
        return with_conjuncts(head), "acl-head"
    if verb.dep_ in ("acl",) and head.pos_ in ("NOUN", "PROPN"):
        poss = child(head, "poss")
        if poss is not None and (index_hint is None or index_hint.at(poss)):
            return [poss], "noun-possessor"
        gov = head.head
        if gov.dep_ == "prep" or gov.pos_ == "ADP":  # "stood united in their efforts to …"
            gov = gov.head
        if gov.pos_ in ("VERB", "AUX"):
            toks, how = subject_tokens(gov, depth + 1, index_hint)
            return toks, "noun-control>" + how
    return [], ""


def patient_tokens(verb) -> list:
    """What a verb is done to: its direct object, or the subject of a passive."""
    if is_passive(verb):
        ps = child(verb, *PASSIVE_SUBJ)
        if ps is not None:
            return with_conjuncts(ps)
        if verb.dep_ in ("acl", "relcl"):
            return [verb.head]
        return []
    obj = child(verb, "dobj")
    return with_conjuncts(obj) if obj is not None else []


# ---------------------------------------------------------------- per trigger

def _recipient_tokens(spec: str, tok, obj, swapped: bool) -> list:
    if spec == "dobj":
        if swapped:
            d = child(tok, "dobj")
            return with_conjuncts(d) if d is not None else []
        return patient_tokens(tok) if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") else []
    if spec == "dative":
        out = []
        for c in tok.children:
            if c.dep_ in ("dative", "iobj"):
                if c.lower_ in ("to", "for"):
                    out.extend(p for g in c.children if g.dep_ == "pobj" for p in with_conjuncts(g))
                else:
                    out.extend(with_conjuncts(c))
        return out
    if spec == "poss_object":
        poss = child(obj, "poss") if obj is not None else None
        return [poss] if poss is not None else []
    if spec == "nsubj":
        return subject_tokens(tok)[0]
    if spec == "ccomp_subject":
        comp = child(tok, "ccomp")
        return subject_tokens(comp)[0] if comp is not None else []
    if spec == "dobj" and not (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")):
        return []
    found = prep_objects(tok, spec)
    if not found and obj is not None and obj is not tok:
        found = prep_objects(obj, spec)
    return found


def _place_refs(toks, index: ActorIndex) -> list[ActorRef]:
    out = []
    for t in toks:
        for s in t.subtree:
            out.extend(r for r in index.at(s) if r.actor.kind == "country")
    return _unique(out)


def verb_arguments(trig, index: ActorIndex, lex: Lexicon) -> Arguments:
    tok, rule = trig.token, trig.rule
    args = Arguments(object_token=trig.object_token)
    swapped = trig.swapped
    if rule.actor:
        actor_toks, how = [], ""
        for spec in rule.actor:
            actor_toks = _recipient_tokens(spec, tok, trig.object_token, swapped)
            if actor_toks:
                how = spec
                break
    else:
        actor_toks, how = subject_tokens(tok, index_hint=index)
    args.actors = refs_for_all(actor_toks, index, lex)
    if args.actors:
        args.paths.append(f"actor: {how} -> {', '.join(r.text for r in args.actors)}")
    for spec in (("dobj",) if swapped else ()) + rule.recipient:
        toks = _recipient_tokens(spec, tok, trig.object_token, swapped)
        refs = refs_for_all(toks, index, lex)
        if refs:
            args.recipients = refs
            args.paths.append(f"recipient: {spec} -> {', '.join(r.text for r in refs)}")
            break
    if not args.recipients and rule.place_recipient:
        toks = [c for c in tok.children if c.dep_ == "dobj"]
        toks += [p for w in ("in", "to") for p in prep_objects(tok, w)]
        args.recipients = _place_refs(toks, index)
        if args.recipients:
            args.paths.append("recipient: place of visit")
    if not args.recipients and trig.object_token is not None and rule.type == "AID":
        # "sold drones that X used", "drones used by X": the user received them
        for c in trig.object_token.children:
            if c.dep_ in ("relcl", "acl"):
                users, how2 = subject_tokens(c)
                refs = [r for r in refs_for_all(users, index, lex)
                        if r.actor.code not in {a.actor.code for a in args.actors}]
                if refs:
                    args.recipients = refs
                    args.paths.append(f"recipient: user of object ({how2})")
                    break
    _set_object(args, trig)
    return args


def _set_object(args: Arguments, trig) -> None:
    obj = trig.object_token
    if obj is not None and obj is not trig.token:
        left = min(t.i for t in obj.subtree if t.dep_ not in ("relcl", "acl", "prep") or t is obj)
        words = [t for t in obj.subtree if t.i >= left and t.i <= obj.i]
        text = " ".join(t.text for t in words if t.dep_ not in ("det",)) or obj.text
        args.object = EventObject(text=text, quantity=trig.quantity)


def noun_arguments(trig, index: ActorIndex, lex: Lexicon) -> Arguments:
    n, rule = trig.token, trig.rule
    args = Arguments(object_token=trig.object_token)
    light, inverse = trig.light, trig.inverse
    actor_toks: list = []
    how = ""
    if rule.actor:
        specs = rule.actor
    elif rule.type == "CONSULT":
        specs = ("poss", "by", "light", "subject_prep", "modifier")
    else:
        specs = ("poss", "by", "modifier", "light")
    if inverse:
        specs = ("from", "by")
    for spec in specs:
        if spec == "poss":
            p = child(n, "poss")
            actor_toks = [p] if p is not None else []
        elif spec in ("by", "from"):
            actor_toks = prep_objects(n, spec) + (prep_objects(light, spec) if light is not None else [])
        elif spec == "modifier":
            mods = [c for c in n.children if c.dep_ in ("amod", "compound", "nmod")]
            mods += [g for c in mods if not index.at(c) for g in c.children
                     if g.dep_ in ("compound", "poss")]  # "the West heaps sanctions" misparsed
            actor_toks = [c for c in mods if index.at(c)]
            actor_toks = [t for c in actor_toks for t in with_conjuncts(c)]
        elif spec == "object_modifier" and trig.object_token is not None:
            actor_toks = [c for c in trig.object_token.children
                          if c.dep_ in ("amod", "compound", "poss", "nmod")]
        elif spec in ("light", "copula_subject") and light is not None and not inverse:
            actor_toks = subject_tokens(light)[0]
        elif spec == "subject_prep" and trig.governor is not None:
            actor_toks = subject_tokens(trig.governor)[0]
        if refs_for_all(actor_toks, index, lex):
            how = spec
            break
        actor_toks = []
    args.actors = refs_for_all(actor_toks, index, lex)
    if args.actors:
        args.paths.append(f"actor: {how} -> {', '.join(r.text for r in args.actors)}")
    rec_toks: list = []
    if inverse and light is not None:
        rec_toks = subject_tokens(light)[0]
        args.paths.append("recipient: subject of receiving verb")
    else:
        for spec in rule.recipient:
            if spec == "between":
                between = prep_objects(n, "between")
                if len(between) >= 2:
                    args.actors = refs_for_all(between, index, lex)
                    args.pair_within = True
                    args.paths.append("actors: between A and B")
                    break
                continue
            rec_toks = prep_objects(n, spec)
            if not rec_toks and light is not None:
                rec_toks = prep_objects(light, spec)
            if refs_for_all(rec_toks, index, lex):
                args.paths.append(f"recipient: {spec}")
                break
            rec_toks = []
        if not rec_toks and n.dep_ == "pobj" and n.head.lower_ == "of" \
                and n.head.head.lemma_ in lex.target_nouns:
            target = n.head.head
            rec_toks = [target.head] if target.dep_ == "appos" else [target]
            args.paths.append("recipient: target of")
    if not args.pair_within:
        args.recipients = refs_for_all(rec_toks, index, lex)
        if not args.recipients and rule.place_recipient:
            args.recipients = _place_refs([p for w in ("to", "in") for p in prep_objects(n, w)], index)
    _set_object(args, trig)
    return args
