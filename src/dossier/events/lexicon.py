"""The trigger lexicon and status cues, read from YAML into typed rules once.

``data/triggers.yaml`` says which lemmas express which event and where the arguments sit;
``data/cues.yaml`` lists the words that decide status and attribution. Both are checked
against ``events/schema.py`` when read. Extending coverage means editing those files, not
the code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from dossier.errors import ConfigError
from dossier.events.ontology import Ontology, load_ontology
from dossier.events.schema import TriggerSpec, read_checked

_RULE_KEYS = set(TriggerSpec.model_fields)


@dataclass(frozen=True)
class TriggerRule:
    """One way a word can express an event."""

    key: str  # the lexicon key: "meet", "pull out", "air strike"
    pos: str  # "verb", "noun" or "adj" (a predicate adjective: "willing to", "opposed to")
    type: str
    mode: str | None = None
    cameo: str | None = None
    recipient: tuple[str, ...] = ()
    object: tuple[str, ...] = ("dobj",)
    actor: tuple[str, ...] = ()
    with_swap: bool = False
    needs: tuple[str, ...] = ()
    modes_by_object: tuple[tuple[str, str], ...] = ()
    types_by_object: tuple[tuple[str, str], ...] = ()
    path: tuple[tuple[str, frozenset[str]], ...] = ()
    speech: bool = False
    status: str | None = None
    confidence: float = 0.6
    place_recipient: bool = False
    default_recipient: str | None = None
    plural_only: bool = False
    future_type: str | None = None  # the type when the act is only planned ("will sign": AGREE)
    intent: bool = False  # a commitment whose complement decides AGREE or THREATEN ("vowed to")
    # the act a negation states ("does not allow agencies to reach X" refuses access: REJECT)
    negated_type: str | None = None
    negated_mode: str | None = None

    @property
    def head(self) -> str:
        """The word the rule is indexed by: a verb's first word, a noun's last."""
        words = self.key.split("|")[0].split()
        return words[-1] if self.pos == "noun" else words[0]

    @property
    def rest(self) -> tuple[str, ...]:
        """The other words: a verb's particle/preposition/object, a noun's compounds."""
        words = self.key.split("|")[0].split()
        return tuple(words[:-1]) if self.pos == "noun" else tuple(words[1:])


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[TriggerRule, ...]]  # head lemma -> rules
    nouns: dict[str, tuple[TriggerRule, ...]]
    classes: dict[str, frozenset[str]]
    light_verbs: frozenset[str]
    inverse_light_verbs: frozenset[str]
    subject_preps: frozenset[str]
    target_nouns: frozenset[str]
    unary_types: frozenset[str] = frozenset()
    relational_nouns: frozenset[str] = frozenset()
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    ontology: Ontology | None = None
    adjectives: dict[str, tuple[TriggerRule, ...]] = field(default_factory=dict)
    frame_nouns: frozenset[str] = frozenset()

    def in_class(self, lemma: str, cls: str) -> bool:
        return lemma.lower() in self.classes.get(cls, frozenset())

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(name, frozenset())


def _rule(key: str, pos: str, spec: dict, ontology: Ontology) -> TriggerRule:
    unknown = set(spec) - _RULE_KEYS
    if unknown:
        raise ConfigError(f"triggers.yaml entry {key!r} has unknown keys {sorted(unknown)}",
                          fix=f"use only {sorted(_RULE_KEYS)}")
    type_ = spec.get("type")
    if type_ not in ontology.types:
        raise ConfigError(f"triggers.yaml entry {key!r} names unknown type {type_!r}",
                          fix="use one of the 16 PLOVER types in ontology.yaml")
    for name in ("recipient", "object", "actor", "needs"):
        if any(not isinstance(x, str) for x in spec.get(name, ())):
            raise ConfigError(f"triggers.yaml entry {key!r}: {name} holds a non-word {spec[name]!r}",
                              fix='quote YAML words such as "on", "no", "off", "yes"')
    path = tuple((dep, frozenset(lemmas)) for dep, lemmas in spec.get("path", []))
    return TriggerRule(
        key=key, pos=pos, type=type_, mode=spec.get("mode"), cameo=spec.get("cameo"),
        recipient=tuple(spec.get("recipient", ())),
        object=tuple(spec.get("object", ("of",) if pos == "noun" else ("dobj",))),
        actor=tuple(spec.get("actor", ())), with_swap=bool(spec.get("with_swap", False)),
        needs=tuple(spec.get("needs", ())),
        modes_by_object=tuple((spec.get("modes_by_object") or {}).items()),
        types_by_object=tuple((spec.get("types_by_object") or {}).items()),
        path=path, speech=bool(spec.get("speech", False)), status=spec.get("status"),
        confidence=float(spec.get("confidence", 0.6)),
        place_recipient=bool(spec.get("place_recipient", False)),
        default_recipient=spec.get("default_recipient"),
        plural_only=bool(spec.get("plural_only", False)),
        future_type=spec.get("future_type"), intent=bool(spec.get("intent", False)),
        negated_type=spec.get("negated_type"), negated_mode=spec.get("negated_mode"),
    )


def _index(entries: dict, pos: str, ontology: Ontology) -> dict[str, tuple[TriggerRule, ...]]:
    out: dict[str, list[TriggerRule]] = {}
    for key, spec in (entries or {}).items():
        rule = _rule(str(key), pos, spec, ontology)
        out.setdefault(rule.head, []).append(rule)
    # Longer keys first: "pull out" is tried before "pull"; a rule for one kind of object
    # ("meet|demand") before the word's general rule; a rule with conditions before an
    # unconditioned one.
    return {k: tuple(sorted(v, key=lambda r: (-len(r.rest), -len(r.path), -("|" in r.key),
                                               -bool(r.needs))))
            for k, v in out.items()}


def parse_lexicon(triggers: dict, cues: dict, ontology: Ontology) -> Lexicon:
    """Build a Lexicon from the parsed YAML mappings."""
    classes = {k: frozenset(v) for k, v in triggers.get("object_classes", {}).items()}
    return Lexicon(
        verbs=_index(triggers.get("verbs"), "verb", ontology),
        nouns=_index(triggers.get("nouns"), "noun", ontology),
        adjectives=_index(triggers.get("adjectives"), "adj", ontology),
        frame_nouns=frozenset(triggers.get("frame_nouns", ())),
        classes=classes,
        light_verbs=frozenset(triggers.get("light_verbs", ())),
        inverse_light_verbs=frozenset(triggers.get("inverse_light_verbs", ())),
        subject_preps=frozenset(triggers.get("subject_preps", ())),
        target_nouns=frozenset(triggers.get("target_nouns", ())),
        unary_types=frozenset(triggers.get("unary_types", ())),
        relational_nouns=frozenset(triggers.get("relational_nouns", ())),
        cues={k: frozenset(str(x) for x in v) for k, v in cues.items()},
        ontology=ontology,
    )


def with_derived_verbs(triggers: dict, derived: dict) -> dict:
    """``triggers`` with the verb entries of a derived lexicon (``petrarch_verbs.yaml``) added
    where the hand-written file says nothing: a hand entry owns its head lemma, so a derived
    "give up" never joins a hand-written "give" whose conditions were chosen with care."""
    hand = dict(triggers.get("verbs") or {})
    owned = {str(key).split("|")[0].split()[0] for key in hand}
    for key, spec in (derived.get("verbs") or {}).items():
        key = str(key)
        if key not in hand and key.split()[0] not in owned:
            hand[key] = spec
    return {**triggers, "verbs": hand}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped lexicon (cached): hand-written triggers, then derived verbs below them."""
    triggers = with_derived_verbs(read_checked("triggers.yaml"), read_checked("petrarch_verbs.yaml"))
    return parse_lexicon(triggers, read_checked("cues.yaml"), load_ontology())
