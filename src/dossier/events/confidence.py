"""A mention's confidence, from the ids of the rules that made it and weights named in data.

``data/confidence.yaml`` holds a base, bounds and one weight per rule id; it is checked at
load (no unknown key, no unknown rule id), so a misspelt weight fails loudly instead of
weighing nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, ValidationError

from dossier.datafile import parse_yaml
from dossier.errors import ConfigError
from dossier.events.rules import RULE_IDS

SHIPPED = "dossier/events/data/confidence.yaml"


class ConfidenceWeights(BaseModel):
    """The file's schema: confidence = trigger confidence + base + weights of the rule ids,
    kept between floor and ceiling."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    base: float
    floor: float
    ceiling: float
    weights: dict[str, float]

    def score(self, trigger_confidence: float, rules: Iterable[str]) -> float:
        """The confidence of a mention whose trigger rule has ``trigger_confidence`` and
        which the ``rules`` made (each id counts once)."""
        c = trigger_confidence + self.base
        for rule in dict.fromkeys(rules):
            c += self.weights.get(rule, 0.0)
        return round(max(self.floor, min(self.ceiling, c)), 2)


def parse_weights(raw: object, where: str) -> ConfidenceWeights:
    """Check a parsed confidence file; ``where`` names it in errors."""
    try:
        weights = ConfidenceWeights.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        if err["type"] == "extra_forbidden":
            raise ConfigError(f"{where}: unknown key {key!r}",
                              fix=_spelling(key, ConfidenceWeights.model_fields)) from None
        raise ConfigError(f"{where}: {key}: {err['msg']}",
                          fix="give base, floor, ceiling (numbers) and weights "
                              "(rule id: number)") from None
    for rule in weights.weights:
        if rule not in RULE_IDS:
            raise ConfigError(f"{where}: weights name an unknown rule id {rule!r}",
                              fix=_spelling(rule, RULE_IDS, "the rule ids of dossier.events.rules"))
    return weights


def _spelling(key: str, known: Iterable[str], what: str = "") -> str:
    close = get_close_matches(key, sorted(known), n=1)
    if close:
        return f"did you mean {close[0]!r}?"
    return f"use one of {what or ', '.join(sorted(known))}"


@lru_cache(maxsize=1)
def load_weights() -> ConfidenceWeights:
    """The shipped weights (cached)."""
    text = resources.files("dossier.events").joinpath("data", "confidence.yaml") \
        .read_text(encoding="utf-8")
    return parse_weights(parse_yaml(text, SHIPPED, what="confidence file"), SHIPPED)
