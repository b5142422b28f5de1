"""Within-document coreference for actors: a small, precise rule-based resolver.

Resolves pronouns (he, she, his, her, it, its, they, their, them), definite descriptions
("the country", "the regime", "the two countries", "the government") and bare titles
("the president", "the minister") to an actor already named in the document. Pronouns follow
the agreement, binding, topic and salience rules in ``coref_salience.py``; descriptions take
the nearest agreeing mention. Antecedents are looked for within the current and the two
previous sentences only (one for a bare "it"): a wrong antecedent costs more than a missing
one. An "it" that reads as a thing ("It sank", a ceasefire named since the last actor) is left
alone (``coref_things.py``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from dossier.coref.mentions import Found, Pending
from dossier.coref.salience import (
    IT_PRONOUNS,
    PERSON_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    THEY_PRONOUNS,
    WINDOW,
    agrees,
    is_subject,
    pronoun_antecedents,
    resolved_actor,
)
from dossier.coref.kinds import (
    counted_head,
    listed_states,
    organisation_antecedent,
    organisation_head,
)
from dossier.coref.things import thing_it
from dossier.kb import KnowledgeBase
from dossier.model import Actor, ActorRef

_PRONOUNS = PERSON_PRONOUNS | IT_PRONOUNS | THEY_PRONOUNS
_COUNTRY_NOUNS = frozenset({"country", "nation"})  # not "state": US states are not countries
_GOVERNMENT_NOUNS = frozenset({"regime", "government", "authorities", "administration",
                               "leadership", "cabinet", "junta"})
# "the army": the state most recently named
_STATE_BODIES = frozenset({"army", "military", "armed forces", "navy", "air force", "police",
                           "security forces", "foreign ministry", "defence ministry",
                           "defense ministry", "state media", "parliament", "cabinet",
                           "court", "supreme court", "constitutional court", "high court",
                           "judiciary", "legislature", "senate", "national assembly",
                           "congress", "coast guard", "embassy", "consulate", "junta"})
_PAIR_WORDS = frozenset({"countries", "nations", "sides", "states", "governments", "leaders",
                         "neighbours", "neighbors", "allies", "presidents"})
_NON_REFERRING_IT_HEADS = frozenset({"be", "seem", "appear", "take", "happen", "mean", "remain",
                                     "rain", "matter", "turn", "look", "sound", "feel"})
# Adjectives of will or readiness that only a party can be: "it is prepared to impose martial
# law", "it was ready to talk" refer ("it is likely to", "it is important to" do not).
_WILLING_IT_ADJECTIVES = frozenset({"prepared", "ready", "willing", "unwilling", "determined",
                                    "committed", "poised", "eager", "keen", "reluctant",
                                    "resolved"})


def resolve_coref(doc, found: list[Found], pending: Iterable[Pending],
                  kb: KnowledgeBase) -> list[Found]:
    """New mentions (basis ``coref``) for pronouns and descriptions that point back."""
    sent_of = _sentence_index(doc)
    taken = {i for f in found for i in range(f.start, f.end)}
    ordered = sorted(found, key=lambda f: f.start)
    out: list[Found] = []
    resolved: dict[int, list[Found]] = {}  # token -> what a pronoun/description there means
    for item in pending:
        target = _resolve_pending(doc, item, ordered, sent_of, kb)
        if target is not None:
            out.append(_ref(doc, target, item.start, item.end, item, kb))
            taken.update(range(item.start, item.end))  # not again as "the government" below
        elif item.default is not None:
            start = item.start + (doc[item.start].lower_ in ("the", "a", "an"))
            ref = replace(_make(doc, item.default, start, item.end), basis="context")
            out.append(Found(ref, start, item.end))
            taken.update(range(item.start, item.end))
    for i, tok in enumerate(doc):
        if i in taken:
            continue
        lower = tok.lower_
        if lower in ("the", "both"):
            if i + 1 < len(doc):
                _descriptions(doc, i, ordered, sent_of, taken, out, kb, resolved)
            continue
        if lower not in _PRONOUNS or (lower == "it" and not _referring_it(tok)):
            continue
        if lower == "it" and _thing(doc, i, ordered, sent_of, resolved):
            continue
        targets = pronoun_antecedents(doc, i, ordered, sent_of,
                                      lambda f, p=lower: agrees(p, f, doc)
                                      or _grouping_they(p, f, kb), resolved=resolved,
                                      window=1 if lower == "it" else WINDOW)
        resolved[i] = targets
        for target in targets:
            actor = resolved_actor(target, doc, lambda a: _as_country(a, kb))
            out.append(Found(_make(doc, actor, i, i + 1), i, i + 1, target.office_kind))
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if len(targets) == 1 and lower in POSSESSIVE_PRONOUNS and nxt is not None and \
                nxt.lower_ in _COUNTRY_NOUNS and nxt.i not in taken:
            # "his country": the state of the person (or body) the pronoun is
            state = _as_country(targets[0].ref.actor, kb)
            if state.kind == "country":
                out.append(Found(_make(doc, state, i + 1, i + 2), i + 1, i + 2))
    return out


def _grouping_they(pronoun: str, found: Found, kb: KnowledgeBase) -> bool:
    """"The G7 statement said …; they called on China": a grouping of states with listed
    members (``members:`` in organizations.yaml) is its members, a "they"."""
    entity = found.ref.actor.entity_id
    return pronoun in THEY_PRONOUNS and found.ref.actor.kind == "organization" \
        and entity is not None and bool(kb.members_on(entity, None))


def _descriptions(doc, i: int, ordered: list[Found], sent_of: list[int], taken: set[int],
                  out: list[Found], kb: KnowledgeBase,
                  resolved: dict[int, list[Found]]) -> None:
    """"the country", "the regime", "the two countries", "both sides". Records in
    ``resolved`` what the description's head word points to, for later pronouns."""
    nxt = doc[i + 1]
    if nxt.i in taken:
        return
    if doc[i].lower_ == "the" and nxt.lower_ in _COUNTRY_NOUNS and nxt.dep_ != "compound":
        # a state, a state's office holder ("the prime minister … the country's
        # intelligence service": his state, not another named in passing) or its
        # government ("the Somali government's actions would divide the country")
        target = _antecedent(ordered, i, sent_of, lambda a: a.kind == "country" or (
            a.kind == "person" and a.sector in ("GOV", "MIL") and a.role is not None
            or a.kind == "group" and a.sector == "GOV")
            and _as_country(a, kb).kind == "country", doc)
        if target:
            out.append(Found(_make(doc, _as_country(target.ref.actor, kb), i + 1, i + 2),
                             i, i + 2))
            resolved[i + 1] = [target]
        return
    if doc[i].lower_ == "the" and nxt.lower_ in _GOVERNMENT_NOUNS and nxt.dep_ != "compound":
        target = _antecedent(ordered, i, sent_of, lambda a: a.kind == "country"
                             and a.sector in (None, "GOV"), doc)
        if target:
            actor = replace(_as_country(target.ref.actor, kb), sector="GOV")
            out.append(Found(_make(doc, actor, i + 1, i + 2), i, i + 2))
            resolved[i + 1] = [target]
        return
    if doc[i].lower_ == "the" and _statement_head(doc, i + 1) is not None:
        head = _statement_head(doc, i + 1)
        target = _speaker(doc, head, ordered, sent_of)
        if target is not None and head not in taken:
            out.append(Found(_make(doc, target.ref.actor, i + 1, head + 1), i + 1, head + 1,
                             target.office_kind))
            taken.update(range(i + 1, head + 1))
            resolved[head] = [target]
        return
    if doc[i].lower_ == "the":
        head = _group_head(doc, i + 1)
        if head is not None and head not in taken:
            target = _named_group(ordered, i, sent_of, kb, armed=head > i + 1)
            if target is not None:
                out.append(Found(_make(doc, target.ref.actor, i + 1, head + 1), i + 1,
                                 head + 1))
                taken.update(range(i + 1, head + 1))
                resolved[head] = [target]
            return
    if doc[i].lower_ == "the" and _kind_description(doc, i, ordered, sent_of, taken, out,
                                                    kb, resolved):
        return
    # "the two countries", "both sides"
    pair = i + 1
    bare = False  # "Kenya and Uganda met. Both said …": "both" alone as the subject
    if doc[i].lower_ == "the" and nxt.lower_ == "two":
        pair = i + 2
    elif doc[i].lower_ != "both":
        return
    elif nxt.lower_ not in _PAIR_WORDS and doc[i].dep_ in ("nsubj", "nsubjpass"):
        pair, bare = i, True
    if pair >= len(doc) or (doc[pair].lower_ not in _PAIR_WORDS and not bare):
        return
    countries: list[Found] = []
    for f in reversed(ordered):
        if f.start >= i or sent_of[f.start] < sent_of[i] - WINDOW:
            continue
        code = f.ref.actor.country
        if code and f.ref.actor.kind in ("country", "person", "group") and \
                code not in {c.ref.actor.country for c in countries}:
            countries.append(f)
        if len(countries) == 2:
            break
    if len(countries) == 2:
        resolved[pair] = countries
        for f in reversed(countries):
            actor = f.ref.actor if bare else _as_country(f.ref.actor, kb)
            out.append(Found(_make(doc, actor, i + (doc[i].lower_ == "the"), pair + 1),
                             i, pair + 1, f.office_kind if bare else None))


def _kind_description(doc, i: int, ordered: list[Found], sent_of: list[int],
                      taken: set[int], out: list[Found], kb: KnowledgeBase,
                      resolved: dict[int, list[Found]]) -> bool:
    """"the bloc", "the regional body", "the three nations", "the trio" (``kinds.py``):
    whether the phrase after "the" at ``i`` is one (resolved or not)."""
    head = organisation_head(doc, i + 1)
    if head is not None:
        if head in taken:
            return True
        target = organisation_antecedent(doc, ordered, i, sent_of, kb)
        if target is not None:
            out.append(Found(_make(doc, target.ref.actor, i + 1, head + 1), i + 1, head + 1))
            taken.update(range(i + 1, head + 1))
            resolved[head] = [target]
        return True
    counted = counted_head(doc, i + 1)
    if counted is None or counted[0] in taken or (counted[1] == 2 and counted[0] == i + 2):
        return False  # "the two countries": any two states, below
    head, n = counted
    members = listed_states(doc, ordered, i, sent_of, n, lambda a: _as_country(a, kb))
    if members:
        resolved[head] = members
        for f in members:
            out.append(Found(_make(doc, _as_country(f.ref.actor, kb), i + 1, head + 1),
                             i + 1, head + 1))
        taken.update(range(i + 1, head + 1))
    return True


_GROUP_HEADS = frozenset({"group", "outfit", "organization", "organisation", "movement"})
# What "the … group" may say of the group: an armed group's ("the banned separatist outfit").
_ARMED_WORDS = frozenset({"separatist", "militant", "armed", "rebel", "insurgent", "extremist",
                          "terrorist", "jihadist", "islamist", "banned", "outlawed", "proscribed",
                          "terror", "guerrilla", "paramilitary"})
# How far back "the group" looks for the group: background paragraphs name it once.
_GROUP_WINDOW = 8


def _group_head(doc, j: int) -> int | None:
    """The head of "the group", "the separatist group", "the banned militant outfit" after
    "the" at ``j``: armed-group words, then a group noun (not "the group of …")."""
    while j < len(doc) and doc[j].lower_ in _ARMED_WORDS:
        j += 1
    if j >= len(doc) or doc[j].lower_ not in _GROUP_HEADS or doc[j].pos_ not in ("NOUN", "PROPN"):
        return None
    if j + 1 < len(doc) and doc[j + 1].lower_ in ("of", "'s", "’s"):
        return None  # "the group of seven", "the group's leader" (its own mention)
    return j


def _named_group(ordered: list[Found], i: int, sent_of: list[int], kb: KnowledgeBase,
                 armed: bool) -> Found | None:
    """The non-state group or organisation named last before token ``i`` (a known one: the
    knowledge base's), when it is an armed group or the phrase says nothing of arms; not a
    state's body or a news outlet."""
    for f in reversed(ordered):
        if f.end > i:
            continue
        if sent_of[i] - sent_of[f.start] > _GROUP_WINDOW:
            return None
        actor = f.ref.actor
        entity = kb.entities.get(actor.entity_id or "")
        if entity is None or entity.kind not in ("group", "organization") or \
                actor.sector in ("MED", "GOV", "MIL", "LEG", "JUD", "COP") and \
                entity.country != entity.id:
            continue
        return f if not armed or actor.sector == "REB" else None
    return None


_STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqu\u00e9", "declaration"})
_ISSUE_VERBS = frozenset({"issue", "release", "publish", "sign", "adopt", "put", "make"})


def _statement_head(doc, j: int) -> int | None:
    """"the statement", "the joint statement" as the subject of a verb ("The statement
    threatened sanctions"): the noun's index."""
    if j < len(doc) and doc[j].lower_ == "joint":
        j += 1
    if j >= len(doc) or doc[j].lower_ not in _STATEMENT_NOUNS or \
            doc[j].dep_ not in ("nsubj", "nsubjpass"):
        return None
    return j


def _speaker(doc, head: int, ordered: list[Found], sent_of: list[int]) -> Found | None:
    """Who issued the statement "the statement" points back to: the subject of "issued a
    statement" / "said in a statement", or the statement's owner ("the ministry's
    statement"), in this or the previous sentence (the nearest such statement)."""
    for j in range(head - 1, -1, -1):
        if sent_of[head] - sent_of[j] > 1:
            return None
        if doc[j].lower_ not in _STATEMENT_NOUNS:
            continue
        tok = doc[j]
        owner = next((c for c in tok.children if c.dep_ in ("poss", "compound")
                      and c.pos_ in ("PROPN", "NOUN")), None)
        if owner is None and tok.dep_ == "dobj" and tok.head.lemma_ in _ISSUE_VERBS:
            owner = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        elif owner is None and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            owner = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if owner is None:
            return None
        return next((f for f in ordered if f.start <= owner.i < f.end), None)
    return None


def _as_country(actor: Actor, kb: KnowledgeBase) -> Actor:
    """The state behind an actor: "the two countries" after "Putin and Raisi"."""
    if actor.kind == "country":
        return actor
    state = kb.entities.get(actor.country or "")
    if state is None or state.kind != "country":
        return actor
    return Actor(name=state.name, kind="country", country=state.id, entity_id=state.id,
                 wikidata=state.wikidata)


def _resolve_pending(doc, item: Pending, ordered: list[Found], sent_of: list[int],
                     kb: KnowledgeBase) -> Found | None:
    if item.kind == "title":
        words = item.label.split()
        head = words[-1]

        def same_title(actor: Actor) -> bool:
            role = (actor.role or "").lower()
            return actor.kind == "person" and bool(role) and \
                (item.label in role or role.endswith(head) and len(words) == 1)
        if not _definite(doc, item.start) and not doc[item.start].is_title:
            return None
        return _antecedent(ordered, item.start, sent_of, same_title, doc, window=6)
    if item.label in _GOVERNMENT_NOUNS and _definite(doc, item.start):
        return _antecedent(ordered, item.start, sent_of,
                           lambda a: a.kind == "country" and a.sector in (None, "GOV"), doc)
    if item.label in _STATE_BODIES and (_definite(doc, item.start) or doc[item.start].is_title):
        # "the army", "the court", "Parliament": a body of the state last named, whether by
        # its name or through its people ("Chilean officials … the court said")
        def of_a_state(actor: Actor) -> bool:
            # not a news outlet or journalist: "told VOA as the military …" is not the
            # outlet's state's military
            home = kb.entities.get(actor.country or "")
            return home is not None and home.kind == "country" and actor.sector != "MED" and \
                (actor.kind != "country" or actor.sector in (None, "GOV"))
        target = _antecedent(ordered, item.start, sent_of, of_a_state, doc)
        if item.label in _DIPLOMATIC_BODIES and target is not None and \
                sent_of[target.start] != sent_of[item.start]:
            # "the foreign ministry said" sentences after another state was named: the
            # story's own state, when one clearly leads the story
            main = _main_state(ordered, item.start, kb)
            if main is not None and main.ref.actor.country != target.ref.actor.country:
                return main
        return target
    return None


_DIPLOMATIC_BODIES = frozenset({"embassy", "consulate", "foreign ministry"})


def _main_state(ordered: list[Found], before: int, kb: KnowledgeBase) -> Found | None:
    """The last mention before token ``before`` of the state the story names most, when it
    is named at least twice and more often than any other state."""
    counts: dict[str, int] = {}
    last: dict[str, Found] = {}
    for f in ordered:
        code = f.ref.actor.country
        home = kb.entities.get(code or "")
        if f.end > before or home is None or home.kind != "country" or \
                f.ref.actor.kind == "person":
            continue
        counts[code] = counts.get(code, 0) + 1
        last[code] = f
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return last[ranked[0][0]]


def _definite(doc, start: int) -> bool:
    """"the president", "the army": a definite description that can point back."""
    return doc[start].lower_ == "the" or (start > 0 and doc[start - 1].lower_ == "the")


def _thing(doc, i: int, ordered: list[Found], sent_of: list[int],
           resolved: dict[int, list[Found]]) -> bool:
    """"It sank", "it expires", or a ship or deal named since the last actor (a name or a
    pronoun already resolved to one): a thing."""
    ends = [f.end for f in ordered if f.end <= i and agrees("it", f, doc)]
    ends += [j + 1 for j, targets in resolved.items() if targets and j < i]
    return thing_it(doc, i, sent_of, max(ends) if ends else None)


def _referring_it(tok) -> bool:
    """"It is unclear whether …" is not Iran; "it launched drones" may be."""
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in _WILLING_IT_ADJECTIVES for c in tok.head.children):
        return True
    if tok.dep_ in ("expl",) or tok.head.lemma_ in _NON_REFERRING_IT_HEADS:
        return False
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")


def _antecedent(ordered: list[Found], i: int, sent_of: list[int], agree, doc,
                window: int = WINDOW) -> Found | None:
    """The most salient earlier mention that agrees: in the same sentence the nearest,
    before it subjects first, then the nearest."""
    here = sent_of[i]
    best: tuple[tuple, Found] | None = None
    for f in ordered:
        if f.end > i or not agree(f.ref.actor):
            continue
        distance = here - sent_of[f.start]
        if distance > window:
            continue
        key = (distance, 0 if (distance > 0 and is_subject(f, doc)) else 1, -f.start)
        if distance == 0:
            key = (0, 0, -f.start)
        if best is None or key < best[0]:
            best = (key, f)
    return best[1] if best else None


def _sentence_index(doc) -> list[int]:
    index = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = n
    return index


def _make(doc, actor: Actor, start: int, end: int) -> ActorRef:
    first, last = doc[start], doc[end - 1]
    return ActorRef(actor=actor, text=_span_text(first, last),
                    start=first.idx, end=last.idx + len(last.text), basis="coref")


def _span_text(first, last) -> str:
    """The text from one token to another, without reading Doc.text (rebuilt per call)."""
    doc = first.doc
    return "".join(t.text_with_ws for t in doc[first.i:last.i]) + last.text


def _ref(doc, target: Found, start: int, end: int, item: Pending, kb: KnowledgeBase) -> Found:
    while start < end - 1 and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    actor = target.ref.actor
    if item.kind == "group":
        state = _as_country(actor, kb)
        actor = Actor(name=f"{state.name} ({item.label})", kind="group", country=state.country,
                      sector=item.sector or "GOV") if item.label in _STATE_BODIES else \
            replace(state, sector="GOV")
    return Found(_make(doc, actor, start, end), start, end, target.office_kind)
