"""Which earlier mention a pronoun points back to: agreement, then grammatical salience.

The rules, in order (each cheap, over spaCy's dependency parse):

1. Agreement. "he/she/him/his/her" take persons only; "it/its" take states, organisations and
   named groups, and a state's body named through its state ("Russia's navy" -> Russia);
   "they/them/their" take collective groups ("Iranian officials", "the Houthis") or the
   members of a coordinated phrase ("Iran and Iraq ... they").
2. Binding. A non-possessive object pronoun is never the subject of its own clause, nor the
   controller of a non-finite one: in "X is not believed to ..., but Y has accused it", "it"
   is not Y; in "Y will press X to prevent it from …", not Y either.
3. Topic. A possessive ("its", "his", "their") in a list of nouns takes the possessor of the
   noun before it ("China's navy and its air force"); after a verb of judgement, the judged
   object ("X accused Y of abuses over its policy" -> Y); otherwise the subject of the
   clause it sits in, climbing to the governing clause when it sits inside that subject
   ("Iran said its position ..."), and to the possessor of that subject ("Russia's navy lost
   ships in its war"). The subject may follow a possessive in a fronted phrase ("In its
   reply, Iran said …") and may be a pronoun or description already resolved. A singular
   possessive never takes a member of a coordinated subject ("Iran and North Korea became
   suppliers for Russia's war and its ..." -> not Iran): it looks further. When the subject
   cannot be the owner ("Iranian officials … its"), the nearest mention in the sentence is.
4. Salience. In the pronoun's own sentence, subjects of earlier clauses before other mentions
   ("after A traveled to B for talks with C, and after he met ..." -> A), the nearest first;
   in the previous sentences (at most ``window`` back), the nearest sentence first, subjects
   first, then the nearest mention.
"""

from __future__ import annotations

from typing import Callable

from dossier.coref.mentions import Found
from dossier.kb.text import POSSESSIVE
from dossier.model import Actor

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
IT_PRONOUNS = frozenset({"it", "its", "itself"})
THEY_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_JUDGEMENT_VERBS = frozenset({
    "accuse", "blame", "condemn", "criticize", "criticise", "sanction", "punish", "praise",
    "thank", "fault", "rebuke", "denounce", "chastise", "reprimand", "commend", "congratulate",
    "applaud", "slam", "censure", "fine", "penalize", "penalise", "reward", "castigate"})
WINDOW = 2  # previous sentences searched


def agrees(pronoun: str, found: Found, doc) -> bool:
    """Gender-neutral agreement between a pronoun and a candidate mention."""
    actor = found.ref.actor
    if pronoun in PERSON_PRONOUNS:
        return actor.kind == "person"
    if pronoun in IT_PRONOUNS:
        return actor.kind in ("country", "organization") or \
            (actor.kind == "group" and actor.entity_id is not None) or \
            state_possessor(found, doc) or _singular_body(found, doc)
    if pronoun in THEY_PRONOUNS:
        # "G7 foreign ministers", "NATO allies": an organisation's people are a "they"
        return actor.kind == "group" and not _singular_body(found, doc) or \
            actor.kind == "organization" and doc[found.end - 1].tag_ == "NNS" \
            and doc[found.end - 1].is_lower
    return False


def _singular_body(found: Found, doc) -> bool:
    """"the Russian military", "the Iraqi government": one body of a state (an "it"), unlike
    "Russian officials" (a "they")."""
    actor = found.ref.actor
    return actor.kind == "group" and actor.entity_id is None and actor.country is not None \
        and doc[found.end - 1].tag_ in ("NN", "NNP") and doc[found.end - 1].lower_ != "police"


def state_possessor(found: Found, doc) -> bool:
    """"Russia's navy", "Egypt's army": a body named through its state, whose "its" is the
    state's."""
    actor = found.ref.actor
    return actor.kind == "group" and actor.entity_id is None and actor.country is not None \
        and found.end - found.start >= 3 and doc[found.start + 1].lower_ in POSSESSIVE


def pronoun_antecedents(doc, i: int, ordered: list[Found], sent_of: list[int],
                        agree: Callable[[Found], bool], *, window: int = WINDOW,
                        resolved: dict[int, list[Found]] | None = None) -> list[Found]:
    """The mention(s) the pronoun at token ``i`` points back to; two or more only for a plural
    pronoun whose antecedent is a coordinated phrase. ``resolved`` maps the tokens of earlier
    pronouns and descriptions ("it", "the country") to what they were resolved to, so that
    they count as the subjects they are."""
    tok = doc[i]
    lower = tok.lower_
    plural = lower in THEY_PRONOUNS
    here = sent_of[i]
    resolved = resolved or {}
    candidates = [f for f in ordered if f.end <= i and here - sent_of[f.start] <= window]
    if lower in POSSESSIVE_PRONOUNS:
        parallel = _parallel_possessor(tok, ordered, agree)
        if parallel is not None:  # "China's aggression and its …"
            return [parallel]
        topic = _judged_object(tok) or _clause_subject(tok)
        if topic is not None:
            # the topic may follow a possessive in a fronted phrase ("In its reply, Iran …")
            members = _mentions_at(_conjuncts(topic), ordered, resolved, here, sent_of)
            if len(members) >= 2 and plural:
                return members
            if len(members) >= 2:
                candidates = [f for f in candidates if f not in members]  # rule 3
            elif members and agree(members[0]):
                return members
            elif members:
                # "Iranian officials … for supporting its invasion": a topic that cannot be
                # "its" leaves the nearest mention in the sentence as the likeliest owner
                nearest = [f for f in candidates if sent_of[f.start] == here and agree(f)]
                nearest = [f for f in nearest if not _coordinated(f, ordered, doc)] or nearest
                if nearest:
                    return [nearest[-1]]
    elif tok.dep_ not in _SUBJECT_DEPS:
        own = _clause_subject(tok)
        if own is not None:  # rule 2, through non-finite verbs to their controller
            bound = _mentions_at(_conjuncts(own), ordered, resolved, here, sent_of)
            candidates = [f for f in candidates if f not in bound]
    elif plural:
        group = _coordinated_before(doc, i, candidates, sent_of)
        if group:
            return group
    agreeing = [f for f in candidates if agree(f)]
    if not plural:
        # "its" is not one of "the United States and Europe" while a single owner is named
        single = [f for f in agreeing if not _coordinated(f, ordered, doc)]
        agreeing = single or agreeing
    best = _most_salient(agreeing, doc, here, sent_of)
    return [best] if best is not None else []


def _mentions_at(indices: set[int], ordered: list[Found], resolved: dict[int, list[Found]],
                 here: int, sent_of: list[int]) -> list[Found]:
    """The mentions in this sentence at these tokens, and what pronouns there stand for."""
    found = [f for f in ordered if sent_of[f.start] == here and _covers_any(f, indices)]
    for j in sorted(indices):
        found.extend(t for t in resolved.get(j, ()) if t not in found)
    return found


def _parallel_possessor(tok, ordered: list[Found], agree: Callable[[Found], bool]) -> Found | None:
    """"China's aggression in the region and its …": a possessive in a list of nouns takes
    the possessor of the noun it is coordinated with."""
    noun = tok.head
    if noun.dep_ != "conj" and not any(c.dep_ == "conj" for c in noun.children):
        return None
    for sibling in noun.conjuncts:
        if sibling.i >= tok.i:
            continue
        for child in sibling.children:
            if child.dep_ == "poss" and child.lower_ not in POSSESSIVE_PRONOUNS:
                hit = next((f for f in ordered if f.start <= child.i < f.end), None)
                if hit is not None and agree(hit):
                    return hit
    return None


def resolved_actor(found: Found, doc, as_country: Callable[[Actor], Actor]) -> Actor:
    """What an "it" that points at ``found`` stands for: the state for "Russia's navy"."""
    return as_country(found.ref.actor) if state_possessor(found, doc) else found.ref.actor


def _most_salient(candidates: list[Found], doc, here: int, sent_of: list[int]) -> Found | None:
    best: tuple[tuple, Found] | None = None
    for f in candidates:
        distance = here - sent_of[f.start]
        key = (distance, 0 if is_subject(f, doc) else 1, -f.start)
        if best is None or key < best[0]:
            best = (key, f)
    return best[1] if best else None


def is_subject(found: Found, doc) -> bool:
    """A mention whose head is the subject of a clause (or conjoined with one)."""
    for t in doc[found.start:found.end]:
        if not (found.start <= t.head.i < found.end) or t.head.i == t.i:
            if t.dep_ in _SUBJECT_DEPS:
                return True
            if t.dep_ == "conj" and t.head.dep_ in _SUBJECT_DEPS:
                return True
    return False


def _clause_subject(tok):
    """The subject of the nearest clause above ``tok`` that does not contain ``tok``."""
    path = {tok.i}
    node = tok
    while node.head.i != node.i:
        node = node.head
        path.add(node.i)
        if node.pos_ not in ("VERB", "AUX") and node.dep_ != "ROOT":
            continue
        for child in node.children:
            if child.dep_ in _SUBJECT_DEPS and child.i not in path:
                if child.tag_ in ("WP", "WDT") and node.dep_ == "relcl":
                    return node.head  # "… de Klerk, who is breaking his …": the noun
                return child
    return None


def _judged_object(tok):
    """"The US accused Beijing of abuses over its policy", "X praised Y for its help": after
    a verb of judgement the possessive in the verb's phrase is the judged object's."""
    path = {tok.i}
    node = tok
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
        path.add(node.i)
    if node.lemma_ not in _JUDGEMENT_VERBS:
        return None
    return next((c for c in node.children if c.dep_ == "dobj" and c.i not in path), None)


def _conjuncts(tok) -> set[int]:
    """The subject token and every token coordinated with it ("Iran and North Korea")."""
    out = {tok.i}
    for conj in tok.conjuncts:
        out.add(conj.i)
    return out


def _coordinated(found: Found, ordered: list[Found], doc) -> bool:
    """A mention coordinated with another mention ("the United States and Europe")."""
    partners = {c.i for t in doc[found.start:found.end] for c in t.conjuncts
                if not found.start <= c.i < found.end}
    if not partners:
        return False
    low, high = min(partners), max(partners)
    return any(f is not found and f.start <= high and f.end > low and _covers_any(f, partners)
               for f in ordered)


def _covers_any(found: Found, indices: set[int]) -> bool:
    return any(found.start <= j < found.end for j in indices)


def _coordinated_before(doc, i: int, candidates: list[Found], sent_of: list[int]) -> list[Found]:
    """"Russia and Iran signed a deal, and they said …": the conjoined subject's members."""
    subjects = [f for f in candidates if sent_of[f.start] >= sent_of[i] - 1 and is_subject(f, doc)]
    if not subjects:
        return []
    last = subjects[-1]
    head = next((t for t in doc[last.start:last.end] if t.dep_ in _SUBJECT_DEPS), None)
    if head is None:
        head = next((t.head for t in doc[last.start:last.end] if t.dep_ == "conj"), None)
    if head is None:
        return []
    members = [f for f in candidates if _covers_any(f, _conjuncts(head))]
    return members if len(members) >= 2 else []
