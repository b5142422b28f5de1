"""The merge data file, read once per process and checked against its schema."""

from __future__ import annotations

from functools import cache
from importlib import resources

from dossier.datafile import load_text
from dossier.merge.schema import Compatibility

_FILE = "compatible.yaml"


@cache
def compatibility() -> Compatibility:
    """The shipped ``merge/data/compatible.yaml``."""
    text = resources.files("dossier.merge").joinpath("data", _FILE).read_text(encoding="utf-8")
    return load_text(text, Compatibility, f"dossier/merge/data/{_FILE}", what="merge data file")


@cache
def type_family(type_: str) -> str:
    """The types that may describe one happening with ``type_``, joined: the blocking key's
    first part (every type of a family shares one)."""
    family = {type_}
    changed = True
    while changed:  # the closure of the pairs: COOPERATE~ASSAULT~… form one family
        changed = False
        for a, b in compatibility().type_pairs:
            if (a in family) != (b in family):
                family |= {a, b}
                changed = True
    return "+".join(sorted(family))


def types_fit(a: str, b: str) -> bool:
    """The same type, or a listed pair (in either order)."""
    return a == b or (a, b) in _pairs() or (b, a) in _pairs()


@cache
def _pairs() -> frozenset[tuple[str, str]]:
    return frozenset(tuple(p) for p in compatibility().type_pairs)
