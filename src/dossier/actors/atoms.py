"""The pieces actor phrases are built from, found in one pass over a Doc.

An *atom* is a stretch of tokens that is one of: a knowledge-base name (``ent``: country, its
demonym or capital, organisation, group, known person), a title of office (``title``), a
collective noun for a state's body (``group``), or a name spaCy's NER found that the knowledge
base does not know (``person``, ``org``). ``compose.py`` composes atoms into actor
phrases: ``Found`` mentions and the ``Pending`` descriptions coreference resolves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.actors.headline import keep_ner_atom, line_sentence
from dossier.actors.lexicon import (
    GROUP_NOUNS,
    HONORIFICS,
    NOT_PERSON_FIRST,
    OF_TITLES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from dossier.kb import Alias, KnowledgeBase, fold
from dossier.kb.text import POSSESSIVE
from dossier.nlp.text import doc_text
from dossier.nlp.words import headline_like

_HYPHEN_TAILS = frozenset({"general", "in", "chief", "elect", "designate", "president"})


@dataclass
class Atom:
    start: int  # token index
    end: int  # exclusive token index
    kind: str  # ent, title, group, person, org
    aliases: list[Alias] = field(default_factory=list)  # ent: same-length candidates
    label: str = ""  # title/group: the lower-case phrase
    sector: str | None = None
    country: str | None = None  # org: a state its name ends with ("… Free Indonesia")


def find_atoms(doc, kb: KnowledgeBase) -> list[Atom]:
    """Every atom in the doc, sorted, non-overlapping (names beat titles beat NER)."""
    atoms = _name_atoms(doc, kb)
    taken = _covered(atoms)
    atoms += _misspelt_states(doc, kb, taken)
    taken = _covered(atoms)
    atoms += _plausible_ner(doc, _ner_atoms(doc, taken))
    taken = _covered(atoms)
    atoms += _repeated_names(doc, atoms, taken)
    taken = _covered(atoms)
    atoms += _lexicon_atoms(doc, taken)
    atoms.sort(key=lambda a: a.start)
    return atoms


def _covered(atoms: list[Atom]) -> set[int]:
    return {i for a in atoms for i in range(a.start, a.end)}


def _name_atoms(doc, kb: KnowledgeBase) -> list[Atom]:
    text = doc_text(doc)
    folded = fold(text)
    end_at = {tok.idx + len(tok.text): tok.i for tok in doc}
    atoms: list[Atom] = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if tok.is_punct or tok.is_space or not (tok.text[0].isalnum() or tok.text[0] == "'"):
            i += 1
            continue
        best: list[Alias] = []
        best_end = -1
        for alias in kb.aliases_at(folded, tok.idx):
            end_char = tok.idx + len(alias.folded)
            last = end_at.get(end_char)
            if last is None or (best and len(alias.folded) < len(best[0].folded)):
                continue
            if not alias.case_ok(text[tok.idx:end_char]):
                continue
            if alias.needs_the and (i == 0 or doc[i - 1].lower_ != "the"):
                continue
            best.append(alias)
            best_end = last
        if best and _compass_of_name(doc, i, best_end):
            i = best_end + 1  # "West Darfur", "West Africans": not the West
        elif best and not _inside_larger_name(doc, i, best_end):
            lo = _longer_org_start(doc, i, best_end, best, kb, atoms)
            if lo is None:
                atoms.append(Atom(i, best_end + 1, "ent", best))
            else:  # "the World Uyghur Congress" is not the US Congress
                country = kb.entities[best[0].entity_id]
                atoms.append(Atom(lo, best_end + 1, "org", label=doc[lo:best_end + 1].text,
                                  country=country.id if country.kind == "country" else None))
            i = best_end + 1
        else:
            i += 1
    return atoms


_COMPASS = frozenset({"west", "east", "north", "south", "central", "western", "eastern",
                      "northern", "southern"})


def _compass_of_name(doc, start: int, last: int) -> bool:
    """A one-word compass alias ("West") directly before a capitalised word is part of a
    place or people's name ("West Darfur", "West Africans"), not the grouping."""
    if start != last or doc[start].lower_ not in _COMPASS or last + 1 >= len(doc):
        return False
    nxt = doc[last + 1]
    return nxt.is_alpha and nxt.text[:1].isupper()


def _longer_org_start(doc, start: int, last: int, aliases: list[Alias], kb: KnowledgeBase,
                      atoms: list[Atom]) -> int | None:
    """Where a longer organisation name ending in a known alias begins ("World Uyghur
    Congress", "Dog Meat Free Indonesia"), or None: the words before the alias are
    capitalised, belong to no other name, and NER reads them and the alias as one ORG (or
    there are at least two of them)."""
    entity = kb.entities[aliases[0].entity_id]
    if entity.kind == "person" or any(a.basis != "name" for a in aliases):
        return None
    prev_end = atoms[-1].end if atoms else 0
    lo = start
    while lo > prev_end and not doc[lo].is_sent_start and _name_word(doc[lo - 1]):
        lo -= 1
    if lo == start:
        return None
    one_org = doc[start].ent_type_ == "ORG" and doc[start].ent_iob_ == "I" and \
        doc[last].ent_iob_ != "B" and (last + 1 >= len(doc) or doc[last + 1].ent_iob_ != "I")
    if entity.kind == "country":
        return lo if one_org and start - lo >= 2 else None
    return lo if one_org or start - lo >= 2 else None


def _name_word(tok) -> bool:
    return tok.is_alpha and (tok.is_title or tok.is_upper) and tok.pos_ == "PROPN"


def _misspelt_states(doc, kb: KnowledgeBase, taken: set[int]) -> list[Atom]:
    """"Ethopia", "Quatar": a capitalised word that is not a person's name and misspells
    one state's name (``KnowledgeBase.similar_state``) is that state."""
    atoms = []
    for tok in doc:
        if tok.i in taken or len(tok.text) < 5 or not tok.is_title or \
                tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON":
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN" \
                or tok.i > 0 and doc[tok.i - 1].is_title and doc[tok.i - 1].pos_ not in (
                    "DET", "ADP", "CCONJ", "SCONJ", "PRON", "PART", "AUX", "VERB"):
            continue  # part of a longer name
        state = kb.similar_state(tok.text)
        if state is not None:
            alias = Alias(tok.text, fold(tok.text), state.id, "name")
            atoms.append(Atom(tok.i, tok.i + 1, "ent", [alias]))
    return atoms


def _inside_larger_name(doc, start: int, last: int) -> bool:
    """"Jordan" in "Michael Jordan", "Georgia" in "Georgia Tech": a name inside a longer
    PERSON/ORG entity that is not itself a known name is not this entity."""
    tok = doc[start]
    if tok.ent_type_ not in ("PERSON", "ORG", "FAC", "WORK_OF_ART"):
        return False
    ent_start = start
    while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
        ent_start -= 1
    ent_end = start + 1
    while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
        ent_end += 1
    if ent_start == start and ent_end == last + 1:
        return False
    if tok.ent_type_ == "ORG":
        return False  # "Iranian Foreign Ministry": the demonym still counts
    if headline_like(line_sentence(doc, start)):
        return False  # "Museveni Meets Ruto": NER runs names together in a headline
    # A person entity wider than the name: keep only when the extra words are titles.
    lo, hi = _line_bounds(doc, ent_start, ent_end, start)
    extra = [t for t in doc[lo:hi] if not (start <= t.i <= last)]
    return not all(t.lower_ in TITLE_HEADS or t.lower_ in TITLE_MODIFIERS or t.is_punct
                   or t.lower_ in POSSESSIVE or t.lower_ in HONORIFICS or t.lower_ == "the"
                   for t in extra)


def _repeated_names(doc, atoms: list[Atom], taken: set[int]) -> list[Atom]:
    """"Owji" later in the text when NER found only "Javad Owji": the parts of a person's
    full name count as the name wherever they recur capitalised."""
    parts = {t.text for a in atoms if a.kind == "person" and a.end - a.start > 1
             for t in doc[a.start:a.end] if t.is_title and len(t.text) > 2}
    return [Atom(t.i, t.i + 1, "person", label=t.text) for t in doc
            if t.text in parts and t.i not in taken] if parts else []


def _line_bounds(doc, start: int, end: int, anchor: int) -> tuple[int, int]:
    """The part of an entity on the same line as ``anchor``: NER runs across captions."""
    lo = anchor
    while lo > start and "\n" not in doc[lo - 1].text:
        lo -= 1
    hi = anchor
    while hi < end and "\n" not in doc[hi].text:
        hi += 1
    return lo, hi


_CONFIRMERS = frozenset(TITLE_HEADS) | HONORIFICS


def _plausible_ner(doc, atoms: list[Atom]) -> list[Atom]:
    """NER names that are not capitalised common words or headline words
    (``actor_headline``)."""
    parts = {t.text for a in atoms if a.end - a.start > 1 for t in doc[a.start:a.end]}
    parts |= {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    parts |= {t.text for t in doc[:-1] if t.ent_type_ == "PERSON" and doc[t.i + 1].is_alpha
              and doc[t.i + 1].text[0].isupper() and not doc[t.i + 1].is_sent_start}
    return [a for a in atoms if keep_ner_atom(doc, a.start, a.end, a.kind == "person", _CONFIRMERS, parts)]


def _ner_atoms(doc, taken: set[int]) -> list[Atom]:
    atoms = []
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        start, end = _line_bounds(doc, ent.start, ent.end, ent.start)
        while start < end and (doc[start].lower_ in TITLE_HEADS or doc[start].lower_ in
                               TITLE_MODIFIERS or doc[start].lower_ in ("the", "-")):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in POSSESSIVE
                               or doc[end - 1].lower_ in ("of", "and", "the", "for")):
            end -= 1
        while start < end and doc[start].lower_ in ("of", "and", "for"):
            start += 1
        if start >= end or any(i in taken for i in range(start, end)):
            if ent.label_ == "ORG" and start < end:
                atoms.extend(_org_with_country(doc, start, end, taken))
            continue
        if ent.label_ == "PERSON" and not any(t.text[:1].isupper() for t in doc[start:end]):
            continue
        if ent.label_ == "ORG" and any(c.isdigit() for c in doc[start:end].text):
            continue  # "S-400", "Su-35": weapons the small model calls organisations
        words = " ".join(t.lower_ for t in doc[start:end])
        if ent.label_ == "ORG" and (words in GROUP_NOUNS or words in ("office", "department")):
            continue  # "Parliament", "the Army": the lexicon decides whose
        if ent.label_ == "PERSON" and doc[start].lower_ in NOT_PERSON_FIRST:
            continue
        if ent.label_ == "ORG" and not _plausible_org(doc[start:end]):
            continue
        person = ent.label_ == "PERSON" or _titled_name(doc, start, end)
        atoms.append(Atom(start, end, "person" if person else "org", label=doc[start:end].text))
    return atoms


def _titled_name(doc, start: int, end: int) -> bool:
    """An ORG right after a title of office ("ICJ judge Julia Sebutinde", "senator Ali
    Ndume"): the small model's misreading of a person's two or three name words."""
    if start == 0 or doc[start - 1].lower_ not in TITLE_HEADS or not 2 <= end - start <= 3:
        return False
    return all(t.is_alpha and t.is_title and t.lower_ not in _GENERIC_ORG_WORDS
               and t.lower_ not in GROUP_NOUNS for t in doc[start:end])


def _tagged_verb_title(doc, i: int, head_i: int, taken: set[int]) -> bool:
    """"ICJ judge Julia Sebutinde": a title head the tagger read as a verb, between a name
    that modifies it and a name (which "Voters judge Biden" lacks: its subject is no
    compound)."""
    if head_i + 1 >= len(doc) or head_i + 1 not in taken or not doc[head_i + 1].is_title:
        return False
    if head_i > i:
        return True
    prev = doc[head_i - 1] if head_i > 0 else None
    return prev is not None and (head_i - 1) in taken and prev.dep_ == "compound" \
        and prev.head.i == head_i


_GENERIC_ORG_WORDS = frozenset({
    "council", "ministry", "agency", "committee", "commission", "court", "party", "office",
    "department", "service", "institute", "university", "center", "centre", "group", "union",
    "assembly", "senate", "house", "government", "administration", "mission", "coordinator"})


def _plausible_org(span) -> bool:
    """Filters the small model's ORG mistakes: "U.S.-U.K.", "Senkaku/Diaoyu", a title-case
    headline ("Kabul Bombing Death Toll Soars"), a lone generic word ("Council")."""
    text = span.text
    if "/" in text or text.endswith("-"):
        return False
    if not any(c.islower() for c in text) and ("-" in text or "." in text):
        return False
    last = span[-1]
    if not (last.is_title or last.is_upper or not last.is_alpha):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    return not (len(span) == 1 and span[0].lower_ in _GENERIC_ORG_WORDS)


def _org_with_country(doc, start: int, end: int, taken: set[int]) -> list[Atom]:
    """"Iranian Red Crescent": a country word then unknown words: an org atom for the rest
    (the composer gives it the country)."""
    rest = start
    while rest < end and (rest in taken or doc[rest].lower_ in POSSESSIVE):
        rest += 1
    if rest == start:
        # "Supreme Court of Kenya" read as one ORG: the words before "of <state>" are the
        # organisation; the composer gives it the state that follows
        of = next((i for i in range(start + 1, end - 1) if doc[i].lower_ == "of"), None)
        if of is None or of in taken or not all(i in taken for i in range(
                of + 1 + (doc[of + 1].lower_ == "the"), end)):
            return []
        rest, end = start, of
        if any(i in taken for i in range(rest, end)):
            return []
    elif rest >= end or any(i in taken for i in range(rest, end)):
        return []
    words = [t.lower_ for t in doc[rest:end]]
    if not any(t.is_title for t in doc[rest:end]) or not _plausible_org(doc[rest:end]):
        return []
    if " ".join(words) in GROUP_NOUNS or words[-1] in GROUP_NOUNS or words[-1] in TITLE_HEADS:
        return []  # "Foreign Ministry", "Armed Forces": the lexicon handles these
    return [Atom(rest, end, "org", label=doc[rest:end].text)]


_GROUP_FIRST = frozenset(p.split()[0] for p in GROUP_NOUNS)
_TITLE_WORDS = frozenset(TITLE_HEADS) | TITLE_MODIFIERS


def _lexicon_atoms(doc, taken: set[int]) -> list[Atom]:
    atoms: list[Atom] = []
    lowers = [t.lower_ for t in doc]
    i = 0
    n = len(doc)
    while i < n:
        word = lowers[i]
        if i in taken or (word not in _GROUP_FIRST and word not in _TITLE_WORDS):
            i += 1
            continue
        atom = (_group_at(doc, i, taken, lowers) if word in _GROUP_FIRST else None) \
            or (_title_at(doc, i, taken) if word in _TITLE_WORDS else None)
        if atom:
            atoms.append(atom)
            i = atom.end
        else:
            i += 1
    return atoms


def _group_at(doc, i: int, taken: set[int], lowers: list[str]) -> Atom | None:
    for width in (3, 2, 1):
        if i + width > len(doc) or any(j in taken for j in range(i, i + width)):
            continue
        phrase = " ".join(lowers[i:i + width])
        sector = GROUP_NOUNS.get(phrase)
        if sector is None:
            continue
        head = doc[i + width - 1]
        if width == 1 and head.pos_ not in ("NOUN", "PROPN"):
            continue
        if head.dep_ == "compound" and head.head.i > head.i:
            # "army base", "police station": a modifier of another noun, not a body;
            # "government spokesman": the title takes it
            continue
        return Atom(i, i + width, "group", label=phrase, sector=sector)
    return None


def _title_at(doc, i: int, taken: set[int]) -> Atom | None:
    """A title phrase starting at i: modifiers and heads, a hyphen tail, an "of …" complement."""
    j = i
    last_head = -1
    while j < len(doc) and j not in taken and (doc[j].lower_ in TITLE_MODIFIERS
                                               or doc[j].lower_ in TITLE_HEADS):
        if doc[j].lower_ in TITLE_HEADS:
            last_head = j
        j += 1
    if last_head < 0:
        return None
    head = doc[last_head]
    if head.pos_ not in ("NOUN", "PROPN") and head.lower_ not in ("minister", "president",
                                                                   "secretary", "premier") \
            and not (head.lower_ == "leader" and last_head + 1 < len(doc)
                     and doc[last_head + 1].ent_type_ == "PERSON") \
            and not _tagged_verb_title(doc, i, last_head, taken):
        return None  # "head" as a verb, "general"/"official" as adjectives
    end = last_head + 1
    # hyphen tails: secretary-general, commander-in-chief, president-elect
    while end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _HYPHEN_TAILS:
        end += 2
    # "of state", "of staff", "of foreign affairs"
    if end < len(doc) and doc[end].lower_ == "of":
        for tail in OF_TITLES.get(head.lower_, ()):
            words = tail.split()
            span = [t.lower_ for t in doc[end + 1:end + 1 + len(words)]]
            if span == words and not any(x in taken for x in range(end + 1, end + 1 + len(words))):
                end = end + 1 + len(words)
                break
    label = " ".join(t.lower_ for t in doc[i:end]).replace(" - ", "-")
    sector = TITLE_HEADS[head.lower_]
    if head.lower_ == "general" and last_head > i:
        sector = "GOV"  # secretary general, director general, attorney general
    return Atom(i, end, "title", label=label, sector=sector)
