"""Groupings and their members as parties: a standing grouping acting is its members
("the G7 agreed": each member), one member acting with the others of a grouping named before,
and the host of a meeting of members."""

from __future__ import annotations

from dataclasses import replace

from dossier.events.candidate import Candidate, Sentence, with_args
from dossier.events.context import event_location
from dossier.events.parties.recipients import recipient_open
from dossier.model import UNDIRECTED_TYPES, ActorRef

# Groupings expanded to their members: small standing ones only (the G7, the Quad …). A
# meeting of NATO's or the EU's 27-32 members is coded as the body itself, as analysts do.
MAX_EXPANDED_MEMBERS = 8


def members(s: Sentence, c: Candidate) -> Candidate:
    """"Quad leaders agreed at a summit", "top diplomats from the G7 gathered in Canada": a
    small grouping's members meeting, agreeing or cooperating among themselves are each a
    party. Analysts code the host (the member whose soil the meeting is on, or named as
    host), else the member the story is about (named first), with each other member. A grouping
    acting as one ("the G7 called on China") keeps its own code; a meeting with an outside
    party ("G7 leaders met Zelensky") is not expanded."""
    args = c.args
    if s.members is None or c.event_type not in UNDIRECTED_TYPES or args.recipients \
            or args.pair_within or len(args.actors) != 1:
        return c
    if c.trigger.pos == "verb" and c.trigger.object_token is not None:
        return c  # "G7 ministers discussed China's role": talk about a topic, not a meeting
    group = args.actors[0]
    if group.actor.entity_id is None or not _members_acting(group, s):
        return c
    states = s.members(group.actor.entity_id, s.analysis.article.published)
    if not 2 <= len(states) <= MAX_EXPANDED_MEMBERS:
        return c
    refs = [replace(group, actor=state, basis="member") for state in states]
    hub = _host(s, c, refs) or _first_named(s, refs)
    if hub is None:
        return c
    others = tuple(r for r in refs if r is not hub)
    return with_args(c, f"actors: the members of {group.text}, {hub.actor.code} with each other",
                     actors=(hub,), recipients=others)


def other_members(s: Sentence, c: Candidate) -> Candidate:
    """"Japan held the exercise with the other three countries" after "the Quad consists of
    Japan, …": the partners are the grouping's other members, where a grouping the actor
    belongs to is named in the sentence or the two before (and has as many other members as
    the text counts)."""
    args = c.args
    if s.members is None or c.event_type not in UNDIRECTED_TYPES or not recipient_open(c) \
            or not args.actors or not args.patient:
        return c
    head = args.patient[0]
    if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in s.lexicon.cue("member_nouns") \
            or not any(m.dep_ == "amod" and m.lower_ == "other" for m in head.children):
        return c
    count = next((int(m.text) if m.text.isdigit() else WORD_NUMBERS.get(m.lower_)
                  for m in head.children if m.dep_ == "nummod"), None)
    own = {a.actor.code for a in args.actors}
    for group in _groupings_before(s, c.trigger.token):
        states = s.members(group.actor.entity_id, s.analysis.article.published)
        others = [st for st in states if st.country not in own]
        if not own <= {st.country for st in states} or not others \
                or (count is not None and len(others) != count):
            continue
        refs = tuple(ActorRef(actor=st, text=head.text, start=head.idx,
                              end=head.idx + len(head.text), basis="member") for st in others)
        return with_args(c, f"recipient: the other members of {group.text}", recipients=refs)
    return c


# Counts written as words ("the other three countries").
WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def _groupings_before(s: Sentence, tok, sentences_back: int = 2) -> list[ActorRef]:
    """Groupings with members named in the token's sentence (first) and the ones before it,
    nearest first."""
    sents = list(tok.doc.sents)
    here = next(i for i, x in enumerate(sents) if x.start <= tok.i < x.end)
    window = [sents[here]] + list(reversed(sents[max(0, here - sentences_back):here]))
    out: list[ActorRef] = []
    for sent in window:
        lo, hi = sent.start_char, sent.end_char
        found = [a for a in s.analysis.actors if lo <= a.start < hi and a.actor.entity_id
                 and s.members(a.actor.entity_id, s.analysis.article.published)]
        out.extend(sorted(found, key=lambda a: a.start))
    return out


def _members_acting(group: ActorRef, s: Sentence) -> bool:
    """Does the mention name the grouping's members (a plural member noun the name modifies,
    or whose "of"/"from" phrase it is: "G7 leaders", "diplomats from the G7")?"""
    span = s.analysis.doc.char_span(group.start, group.end, alignment_mode="expand")
    if span is None:
        return False
    nouns = s.lexicon.cue("member_nouns")
    root = span.root
    heads = [root]
    if root.dep_ in ("compound", "amod", "nmod", "poss"):
        heads.append(root.head)  # "Quad leaders"
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "from"):
        heads.append(root.head.head)  # "top diplomats from the Group of Seven"
    return any(t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in nouns for t in heads)


def _host(s: Sentence, c: Candidate, refs: list[ActorRef]) -> ActorRef | None:
    """The member hosting the meeting: named as host in the sentence ("as host country
    Canada"), else the member whose soil the meeting is on ("gathered in Quebec")."""
    by_code = {r.actor.code: r for r in refs}
    sent = c.trigger.token.sent
    if any(t.lemma_.lower() in s.lexicon.cue("host_words") for t in sent):
        named = [a for t in sent for a in s.index.at(t) if a.actor.code in by_code]
        if len({a.actor.code for a in named}) == 1:
            return by_code[named[0].actor.code]
    where = event_location(s.analysis, c.trigger.token.i)
    return by_code.get(where.country) if where is not None else None


def _first_named(s: Sentence, refs: list[ActorRef]) -> ActorRef | None:
    """The member the story names first (in its headline or lead: the party the story is
    about); None if it names none."""
    codes = {r.actor.code: r for r in refs}
    first = min((a for a in s.analysis.actors if a.actor.code in codes and a.basis != "member"),
                key=lambda a: a.start, default=None)
    return codes[first.actor.code] if first is not None else None
