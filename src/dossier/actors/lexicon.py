"""Word lists for actor phrases: titles of office, collective nouns for a state's bodies, and
the sectors they imply. Lower-case; matched against ``Token.lower_``.

The lists live in ``data/lexicon.yaml`` (what each is for, and the sectors, are described
there); they are read once, at import, against the schema in ``schema.py``, and exported here
under the names and types the actor stage uses.
"""

from __future__ import annotations

from importlib import resources

from dossier.actors.schema import LexiconFile
from dossier.datafile import load_text


def _read() -> LexiconFile:
    source = resources.files("dossier.actors").joinpath("data/lexicon.yaml")
    return load_text(source.read_text("utf-8"), LexiconFile, str(source), what="lexicon file")


_LEXICON = _read()

# Heads of a title phrase ("deputy foreign MINISTER", "army CHIEF", "PRESIDENT"): sector.
TITLE_HEADS: dict[str, str] = dict(_LEXICON.title_heads)
# Honorifics NER includes in a person's name ("Archbishop Desmond Tutu"): no title of office.
HONORIFICS = frozenset(_LEXICON.honorifics)
# Heads that take "of …" as part of the title ("secretary of state", "chief of staff").
OF_TITLES: dict[str, tuple[str, ...]] = {head: tuple(tails)
                                          for head, tails in _LEXICON.of_titles.items()}
# Words that may stand before a title head inside the title ("deputy foreign minister").
TITLE_MODIFIERS = frozenset(_LEXICON.title_modifiers)
MIL_MODIFIERS = frozenset(_LEXICON.mil_modifiers)
NOT_IN_OFFICE = frozenset(_LEXICON.not_in_office)
# Heads of a state's own offices: an unknown holder serves the place's or the story's state.
HOME_OFFICES = frozenset(_LEXICON.home_offices)
HOME_OFFICE_MODIFIERS = frozenset(_LEXICON.home_office_modifiers)
# Heads of a state's diplomats posted to a body: "Chile's U.N. ambassador" is Chile's.
DIPLOMATIC_TITLES = frozenset(_LEXICON.diplomatic_titles)
# Collective nouns for a state's (or group's) bodies: "Russian officials", "Ukrainian forces".
GROUP_NOUNS: dict[str, str] = dict(_LEXICON.group_nouns)
# Group nouns that name one person ("a Saudi businessman"): the actor is a person.
PERSON_NOUNS = frozenset(_LEXICON.person_nouns)
# Sectors of bare collective nouns whose country the document's main country supplies.
CONTEXT_SECTORS = frozenset(_LEXICON.context_sectors)
# Sectors of unnamed bodies ("lawmakers", "activists") that the story's clear state supplies.
HOME_SECTORS = frozenset(_LEXICON.home_sectors)
# Sectors of a region's bodies that speak for its union once the story names it.
UNION_SECTORS = frozenset(_LEXICON.union_sectors)
# Religious communities: they take a state only from a state's name ("Christians in Pakistan").
RELIGIOUS_GROUPS = frozenset(_LEXICON.religious_groups)
# Bare collective nouns worth a mention even with no country ("rebels", "protesters").
BARE_GROUPS = frozenset(_LEXICON.bare_groups)
# Followers of a leader ("supporters of X"): X's state.
FOLLOWER_NOUNS = frozenset(_LEXICON.follower_nouns)
# Phrases after a body that name the state it operates from ("militants based in X").
BASE_PHRASES: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in _LEXICON.base_phrases)
# Adjectives standing for an institution ("congressional"): (sector, the institution's noun).
INSTITUTION_ADJECTIVES: dict[str, tuple[str, str]] = dict(_LEXICON.institution_adjectives)
# Nouns after which such an adjective names no party ("presidential election").
ELECTION_HEADS = frozenset(_LEXICON.election_heads)
# Words after which a capital is the place, not the government ("in Tehran").
LOCATIVE = frozenset(_LEXICON.locative)
# What a capital owns that is part of the city ("Kyiv's suburbs"), not its government's act.
CITY_PARTS = frozenset(_LEXICON.city_parts)
GIVING_VERBS = frozenset(_LEXICON.giving_verbs)
ARTICLES = frozenset(_LEXICON.articles)
# First words of names the small model takes for persons but are not ("Cyclone Jude").
NOT_PERSON_FIRST = frozenset(_LEXICON.not_person_first)
# The sector an organisation's head noun implies ("Iran's Supreme National Security COUNCIL").
ORG_HEADS: dict[str, str] = dict(_LEXICON.org_heads)
# Any word of the name, when the head says nothing ("Tasnim News Agency" is media); in order.
_ORG_WORDS: dict[str, str] = dict(_LEXICON.org_words)


def org_sector(words: list[str], state_owned: bool) -> str | None:
    """The sector of an organisation from its lower-case words: media words anywhere, then,
    for a state's body, the head noun ("Iran's Supreme National Security Council" -> GOV,
    "Court of Appeal" -> JUD), then any telling word. Not the head of a body no state owns:
    "the World Uyghur Congress" is no legislature."""
    if set(words) & {"news", "tv", "television"}:
        return "MED"
    if not state_owned:
        return next((s for w, s in _ORG_WORDS.items() if w in words), None)
    head = words[:words.index("of")] if "of" in words else words
    if len(head) >= 2 and " ".join(head[-2:]) in ORG_HEADS:
        return ORG_HEADS[" ".join(head[-2:])]
    if head and head[-1] in ORG_HEADS:
        return ORG_HEADS[head[-1]]
    return next((s for w, s in _ORG_WORDS.items() if w in words), None)
