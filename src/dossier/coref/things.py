"""When "it" is a thing, not an actor: "The tanker was hit. It sank", "They agreed a ceasefire.
It expires on Friday", "Parliament debated the bill. It passed by ten votes".

The resolver's agreement rules let "it" take any state or organisation in the last sentences;
a ship, a truce, a deal or a bill named in between is invisible to it because things are not
actor mentions. Resolving such an "it" to a state invents an actor for the event ("Israel
expires"), so ``thing_it`` leaves it unresolved when:

1. its verb suits a thing: it sank, capsized, expired, lapsed, took effect; it was seized,
   sunk, ratified, signed; intransitive "it passed", "it held";
2. a thing noun (ship, ceasefire, deal, bill, plan …) stands as a subject or object between the
   nearest actor and the pronoun, and the pronoun's verb is not one only actors do (say,
   warn, deny …: "Russia seized a tanker. It said …" is still Russia).

Distance is handled by the caller: a non-possessive "it" looks back one sentence at most.
"""

from __future__ import annotations

# Things the news often calls "it" right after naming them.
THING_NOUNS = frozenset({
    "ship", "vessel", "tanker", "boat", "ferry", "freighter", "submarine", "warship",
    "frigate", "destroyer", "carrier", "plane", "aircraft", "jet", "helicopter", "drone",
    "missile", "rocket", "satellite", "convoy", "train", "truck", "car", "bomb",
    "ceasefire", "cease-fire", "truce", "deal", "agreement", "accord", "treaty", "pact",
    "bill", "law", "measure", "amendment", "budget", "resolution", "motion", "decree",
    "plan", "proposal", "initiative", "offer", "sanction", "sanctions", "embargo", "ban",
    "program", "programme", "project", "pipeline", "reactor", "plant", "dam", "bridge",
    "building", "embassy", "hospital", "report", "statement", "letter", "vote", "referendum",
    "election", "attack", "strike", "operation", "offensive", "war", "conflict", "crisis",
    "storm", "earthquake", "fire", "explosion", "blast"})
# Intransitive verbs whose subject is a thing ("it sank", "it expires").
_THING_VERBS = frozenset({
    "sink", "capsize", "expire", "lapse", "crash", "explode", "collapse", "dock", "sail",
    "berth", "founder", "overturn", "detonate", "last", "erupt", "burn", "cost",
    "stipulate", "envisage", "envision", "contain", "include"})
# Verbs whose subject is a thing only when they take no object ("it passed", "it held").
_INTRANSITIVE_THING_VERBS = frozenset({"pass", "hold", "fail", "run", "break", "end"})
# Passives that happen to things ("it was seized", "it was ratified").
_THING_PASSIVES = frozenset({
    "seize", "sink", "impound", "hijack", "board", "tow", "sign", "ratify", "approve",
    "pass", "adopt", "veto", "extend", "violate", "breach", "broker", "draft", "table",
    "launch", "fire", "shoot", "intercept", "down", "scuttle", "torpedo", "implement",
    "enact", "amend", "renew", "suspend", "scrap", "unveil", "repeal"})
# Verbs only actors do: their "it" is an actor even after a thing was named.
_ACTOR_VERBS = frozenset({
    "say", "tell", "announce", "deny", "warn", "accuse", "vow", "threaten", "insist", "reject",
    "urge", "demand", "claim", "add", "respond", "retaliate", "want", "seek", "condemn",
    "call", "agree", "refuse", "send", "pledge", "promise", "decide", "confirm", "blame",
    "invade", "attack", "recognize", "recognise", "protest", "summon", "expel", "report"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos"})
_LINKS = frozenset({"take", "come", "enter", "go"})  # "it took effect", "came into force"
_LINK_OBJECTS = frozenset({"effect", "force"})


def thing_it(doc, i: int, sent_of: list[int], last_actor_end: int | None) -> bool:
    """Whether the "it" at token ``i`` is better read as a thing than as an actor.
    ``last_actor_end`` is the token after the nearest earlier actor mention (None: none)."""
    tok = doc[i]
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.dep_ == "nsubj":
        objects = [c for c in verb.children if c.dep_ in ("dobj", "pobj", "prep")]
        if lemma in _THING_VERBS:
            return True
        if lemma in _INTRANSITIVE_THING_VERBS and not any(c.dep_ == "dobj" for c in verb.children):
            return True
        if lemma in _LINKS and any(o.lower_ in _LINK_OBJECTS or any(
                g.lower_ in _LINK_OBJECTS for g in o.children) for o in objects):
            return True
    if tok.dep_ == "nsubjpass" and lemma in _THING_PASSIVES:
        return True
    if lemma in _ACTOR_VERBS or last_actor_end is None:
        return False
    # a thing named as an argument after the nearest actor and before the pronoun
    lo = last_actor_end
    return any(t.lower_ in THING_NOUNS and t.pos_ == "NOUN" and t.dep_ in _ARGUMENT_DEPS
               and sent_of[t.i] >= sent_of[i] - 1 for t in doc[lo:i])
