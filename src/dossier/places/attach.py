"""Which place an event happened at: the place its trigger governs in the dependency parse.

Only places that are objects of a locative preposition count ("in Iran", "at Tehran's
Mehrabad airport", "near Kharkiv"): a place named as an actor ("Iran said …") or a target
("sanctions on Iran") is not where the event happened. Searched in order: prepositions on the
trigger itself (or on the verb whose object a noun trigger is), then on the trigger's direct
arguments ("struck an airfield in central Iran"), then on another verb of the trigger's clause.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dossier.model import Where

# Prepositions after which a place is where something happened.
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "within",
                      "around", "over", "off", "into", "on", "to", "toward", "towards",
                      "through", "onto", "along", "beyond", "upon"})
# "to"/"into" a country marks where an event happened only after motion ("travelled to Iran");
# otherwise it is a recipient ("sent drones to Russia"). "on" a country is a target.
MOTION_LEMMAS = frozenset({"travel", "visit", "arrive", "fly", "go", "come", "head", "return",
                           "trip", "journey", "tour", "land", "move", "advance", "push",
                           "march", "drive", "sail", "cross", "incursion", "deploy"})
DIRECTIONAL = frozenset({"to", "toward", "towards", "into", "onto", "on", "upon"})
# Dependency edges that open a new clause: the search does not cross them.
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "parataxis", "acl", "csubj", "csubjpass"})
_CLAUSE_HEAD_DEPS = CLAUSE_DEPS | {"ROOT", "conj", "xcomp"}
# The trigger's own arguments, whose places are the event's ("struck an airfield in Iran").
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "npadvmod"})


def event_location(doc, trigger_index: int, places: Sequence[Where]) -> Where | None:
    """The place attached to the event whose trigger is token ``trigger_index``: first a
    place on the trigger's own prepositions, then one on its direct arguments, then one on a
    verb of the same clause; None when the clause names no place with a locative preposition."""
    trigger = doc[trigger_index]
    located = list(_locative_places(doc, places, trigger))
    if not located:
        return None
    anchors = _anchors(trigger)
    arguments = {child.i for anchor in anchors for child in doc[anchor].children
                 if child.dep_ in ARGUMENT_DEPS}
    clause = _reach(_clause_head(trigger))
    # A place deeper inside a noun phrase is the topic's place, not the event's ("meeting
    # on issues including the conflict in Syria"); so is one hanging from a noun elsewhere.
    for accept in (lambda prep: prep.head.i in anchors,
                   lambda prep: prep.head.i in arguments,
                   lambda prep: prep.i in clause and prep.head.pos_ in ("VERB", "AUX")):
        hits = [(abs(root.i - trigger.i), where) for where, root, prep in located if accept(prep)]
        if hits:
            return min(hits, key=lambda h: h[0])[1]
    return None


def _locative_places(doc, places: Iterable[Where], trigger) -> Iterable[tuple[Where, object, object]]:
    """(place, its root token, the locative preposition governing it) for each place in the
    trigger's sentence that is the object of a locative preposition."""
    sent = trigger.sent
    for where in places:
        if where.start is None or where.end is None:
            continue
        span = doc.char_span(where.start, where.end, alignment_mode="expand")
        if span is None or span.start < sent.start or span.end > sent.end:
            continue
        root = span.root
        while root.dep_ in ("conj", "appos") and root.head.i != root.i:
            root = root.head  # "in Kyiv and Kharkiv": Kharkiv's preposition is Kyiv's
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in LOCATIVE:
            continue
        if prep.lower_ in DIRECTIONAL and _is_country(where) and not _moves(prep.head, trigger):
            continue
        yield where, root, prep


def _anchors(trigger) -> set[int]:
    """The trigger, and for a noun trigger the verb or noun it hangs from ("arrived … for a
    visit", "the start of talks"), and for "went to meet" the verb of motion."""
    anchors = {trigger.i}
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep":
        anchors.add(head.head.i)
    elif trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "xcomp"):
        anchors.add(head.i)
    return anchors


def _reach(head) -> set[int]:
    """Token indices reachable from ``head`` without entering a subordinate clause."""
    seen = {head.i}
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in CLAUSE_DEPS or child.i in seen:
                continue
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                continue  # "struck Kyiv and fired on Odesa": a second event
            seen.add(child.i)
            stack.append(child)
    return seen


def _clause_head(token):
    while token.dep_ not in _CLAUSE_HEAD_DEPS and token.head.i != token.i:
        token = token.head
    return token


def _moves(governor, trigger) -> bool:
    return governor.lemma_.lower() in MOTION_LEMMAS or trigger.lemma_.lower() in MOTION_LEMMAS


def _is_country(where: Where) -> bool:
    from dossier.places.gazetteer import COUNTRY, load_gazetteer

    if where.geonameid is None:
        return False
    place = load_gazetteer().by_id(where.geonameid)
    return place is not None and place.kind == COUNTRY
