"""The act a threat threatens, when it is a sanction: a second event.

The guideline keeps a threat and the act it threatens apart (two events, not one), and the
gold codes a threatened sanction both ways: "threatened sanctions against X", "urged X to
comply or face sanctions", "warned it would impose tariffs on X" are THREATEN by the
threatener to X and SANCTION by it to X, planned (status future, no date of its own). A
threatened attack or arrest stays a threat only: nothing of it has been decided or prepared,
and the gold codes no planned attack for it. Pure functions over the candidate and its
mentions.
"""

from __future__ import annotations

from dataclasses import replace

from dossier.events.candidate import Candidate
from dossier.events.lexicon import Lexicon
from dossier.events.tokens import lemma_forms
from dossier.model import Mention

RULE_ID = "type.threatened_sanction"


def threatened_sanctions(cand: Candidate, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """The planned sanctions behind a threat's mentions (none when the threat holds anything
    else over its target)."""
    if cand.event_type != "THREATEN" or not mentions:
        return []
    trig = cand.trigger
    words = lex.cue("threatened_sanctions")
    if trig.type == "SANCTION" and trig.pos == "noun" \
            and words.intersection(lemma_forms(trig.token)):
        # sanctions their own actor said it would impose, coded as a threat (a threatened
        # withdrawal or expulsion stays a threat: its act is no measure laid on the target)
        mode = trig.mode
    elif trig.type == "THREATEN" and trig.pos == "verb" and _sanction_object(trig.token, lex):
        mode = "embargo"
    else:
        return []
    cameo = lex.ontology.cameo("SANCTION", mode)
    return [replace(m, type="SANCTION", mode=mode, cameo=cameo, status="future", source=None,
                    date=None, explain=m.explain + ("type: the sanction threatened -> SANCTION, "
                                                    "planned",),
                    rules=m.rules + (RULE_ID,))
            for m in mentions if m.recipient is not None]


def _sanction_object(verb, lex: Lexicon) -> bool:
    """Does the threat verb hold a sanction over its target: as its object ("threatened
    sanctions and visa bans"), the object of its infinitive ("threatened to impose tariffs"),
    or what it warns of ("warned of sanctions")?"""
    words = lex.cue("threatened_sanctions")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for x in verb.children if x.dep_ == "xcomp" for o in x.children
                if o.dep_ == "dobj"]
    objects += [p for x in verb.children if x.dep_ == "prep" and x.lower_ == "of"
                for p in x.children if p.dep_ == "pobj"]
    objects += [c for o in objects for c in o.conjuncts]
    return any(f in words for o in objects for f in lemma_forms(o))
