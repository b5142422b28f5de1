"""Where a parsed article mentions places: spaCy's GPE/LOC/FAC entities, proper nouns after a
locative preposition ("in Kharkiv" when the tagger missed it), widened to the phrase the place
is named in ("central Iran", "the Kursk region", "Tehran's Mehrabad airport", "Paris, Texas").

Pure: reads a spaCy ``Doc``, returns :class:`PlaceSpan` values; resolution is elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities of these labels are never places, even after "in" ("in May", "in 2023").
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
                              "CARDINAL", "EVENT", "LAW", "LANGUAGE", "NORP"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout",
                            "within", "around", "over", "off", "into", "to", "toward",
                            "towards", "on", "from", "via", "through"})
# "the town of Samarra": the name after "of" is the place the settlement noun stands for.
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "port", "capital", "township",
                              "municipality", "hamlet", "suburb", "enclave"})
# "central Iran", "north-eastern Syria": kept in the mention's text, ignored when geocoding.
DIRECTIONS = frozenset({
    "central", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
    "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
    "south-western", "northeast", "northwest", "southeast", "southwest", "north", "south",
    "east", "west", "upper", "lower", "coastal", "rural", "occupied", "mainland", "greater",
})
# "the Kursk region", "Idlib province": the place is the named one's area.
REGION_WORDS = frozenset({"region", "province", "oblast", "governorate", "state", "county",
                          "district", "prefecture", "territory", "regions", "provinces",
                          "area", "border", "countryside", "outskirts"})
# Heads of facility phrases after a possessive place: "Tehran's Mehrabad airport".
FACILITY_WORDS = frozenset({"airport", "airfield", "airbase", "base", "port", "harbour",
                            "harbor", "crossing", "prison", "palace", "embassy", "consulate",
                            "plant", "refinery", "station", "terminal", "headquarters",
                            "compound", "facility", "complex", "square", "stadium", "hospital",
                            "university", "dam", "bridge", "camp", "mosque", "church"})
_DIRECTION_POS = frozenset({"ADJ", "PROPN", "NOUN", "ADV"})
_MONTHS_AND_DAYS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday"})


@dataclass(frozen=True)
class PlaceSpan:
    """A stretch of tokens that names a place, and how to look it up."""

    start: int  # token index of the first token of the whole phrase
    end: int  # token index after the last
    core: str  # the place's name as written ("Kursk", "Iran", "Strait of Hormuz")
    label: str  # GPE, LOC, FAC, or PP (a proper noun after a locative preposition)
    qualifier: str | None = None  # "Texas" in "Paris, Texas"
    region_word: str | None = None  # "region" in "the Kursk region"
    facility: str | None = None  # "Mehrabad airport" in "Tehran's Mehrabad airport"
    phrase: str | None = None  # the entity as tagged, minus a leading "the"
    hint: str | None = None  # "state" after "the state of" / before "state"


def find_place_spans(doc) -> list[PlaceSpan]:
    """Candidate place mentions, longest first (callers resolve greedily, so a phrase that
    fails to resolve leaves its parts to the shorter candidates)."""
    spans: list[PlaceSpan] = []
    for start, end, label in _raw_spans(doc):
        spans.extend(_widen(doc, start, end, label))
    spans.sort(key=lambda s: (-(s.end - s.start), s.start))
    return spans


def _raw_spans(doc) -> Iterator[tuple[int, int, str]]:
    """(start, end, label): GPE/LOC/FAC entities; other entities and untagged proper nouns
    after a locative preposition (PP); elsewhere (NAME), which must then name a country or
    a famous city to count (spaCy's small model tags "Armenia" as a person now and then)."""
    for ent in doc.ents:
        start, end = ent.start, ent.end
        if end - start > 1 and doc[end - 1].tag_ == "POS":
            end -= 1  # "Saudi Arabia's"
        if ent.label_ in PLACE_LABELS:
            yield start, end, ent.label_
        elif ent.label_ == "NORP" and _settlement_name(doc, start, end):
            # The small model tags some Arab towns (Samarra) as peoples; a singular proper
            # noun in a locative phrase ("near the town of Samarra") is a place all the same.
            yield start, end, "PP"
        elif ent.label_ not in NOT_PLACE_LABELS:
            yield start, end, "PP" if _after_locative(doc, start, end) else "NAME"
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.ent_type_ or token.pos_ != "PROPN" or token.lower_ in _MONTHS_AND_DAYS \
                or not (token.is_title or token.is_upper):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
            end += 1
        yield i, end, "PP" if _after_locative(doc, i, end) else "NAME"
        i = end


def _after_locative(doc, start: int, end: int) -> bool:
    """True when the span is the object of a locative preposition ("in Crimea") or names
    a settlement ("the town of Samarra")."""
    root = doc[start:end].root
    while root.dep_ in ("compound", "poss") and root.head.i != root.i:
        root = root.head  # "in the Kursk region", "at Tehran's airport"
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in LOCATIVE_PREPS or (
        prep.lower_ == "of" and prep.head.lower_ in SETTLEMENT_NOUNS)


def _settlement_name(doc, start: int, end: int) -> bool:
    """A NORP entity used as a place: singular proper nouns ("Samarra", not "Iraqis" or
    the adjective "Iraqi") in a locative phrase."""
    tokens = doc[start:end]
    return all(t.tag_ == "NNP" for t in tokens) and _after_locative(doc, start, end)


def _widen(doc, start: int, end: int, label: str) -> list[PlaceSpan]:
    """Grow an entity into the phrase that names the place; with "Paris, Texas" both the
    qualified phrase and the bare name (the comma may only separate items of a list)."""
    if doc[start].lower_ == "the" and end - start > 1:
        start += 1  # "the" is not part of the mention's text
    phrase = doc[start:end].text
    core_start = start
    # A direction word the tagger left in the entity is not part of the name ("northern
    # Gaza"), but may be ("North Korea"): the phrase is looked up first, then the core.
    if core_start < end - 1 and doc[core_start].lower_ in DIRECTIONS:
        core_start += 1
    core = doc[core_start:end].text
    if start > 0 and doc[start - 1].lower_ in DIRECTIONS and doc[start - 1].pos_ in _DIRECTION_POS:
        start -= 1
    region_word = facility = hint = None
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ == "state":
        hint = "state"  # "the US state of Georgia"
    if end < len(doc) and doc[end].lower_ in REGION_WORDS and label != "FAC" \
            and not (doc[end].is_title and end + 1 < len(doc) and doc[end + 1].is_title):
        # "the Kursk region", "Lamu County" (but not "U.S. District Court")
        region_word = doc[end].lower_
        hint = "state" if region_word == "state" else hint
        end += 1
    elif end + 1 < len(doc) and doc[end].tag_ == "POS":
        # "Tehran's Mehrabad airport": a facility named after its city.
        j = end + 1
        while j < len(doc) and j - end <= 4 and doc[j].pos_ in ("PROPN", "NOUN", "ADJ"):
            if doc[j].lower_ in FACILITY_WORDS:
                facility = doc[end + 1:j + 1].text
                end = j + 1
                break
            j += 1
    plain = PlaceSpan(start=start, end=end, core=core, label=label, region_word=region_word,
                      facility=facility, phrase=phrase, hint=hint)
    # "Paris, Texas" / "Kyiv, Ukraine": a comma and another place name may qualify the first.
    if region_word is None and facility is None and end + 1 < len(doc) and doc[end].text == "," \
            and doc[end + 1].ent_iob_ == "B" and doc[end + 1].ent_type_ == "GPE":
        q_end = end + 2
        while q_end < len(doc) and doc[q_end].ent_iob_ == "I":
            q_end += 1
        if doc[q_end - 1].tag_ == "POS":
            q_end -= 1
        qualified = PlaceSpan(start=start, end=q_end, core=core, label=label,
                              qualifier=doc[end + 1:q_end].text, phrase=phrase)
        return [qualified, plain]
    return [plain]
