"""An article's text cut where marked spans begin and end, so that a template can wrap each
piece in the marks over it (evidence, trigger, actor, time, place) without nesting tags
across each other. Pure: text and spans in, pieces out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Mark:
    kind: str  # evidence, trigger, actor, time or place
    start: int
    end: int
    label: str | None = None  # what it stands for (the resolved actor, the TIMEX3 value …)


@dataclass(frozen=True)
class Piece:
    text: str
    kinds: tuple[str, ...]  # the marks over it, outermost (widest) first
    labels: tuple[str, ...] = ()
    first: bool = False  # where a mark of the first kind asked for starts (to scroll to it)


def pieces(text: str, marks: Iterable[Mark], *, anchor: str = "evidence") -> list[Piece]:
    """The text in pieces, each with the kinds of the marks that cover it. A mark reaching
    past the text is cut at its ends; one outside it or empty is left out."""
    kept = [Mark(m.kind, max(0, m.start), min(len(text), m.end), m.label) for m in marks]
    kept = [m for m in kept if m.start < m.end]
    cuts = sorted({0, len(text), *(m.start for m in kept), *(m.end for m in kept)})
    out: list[Piece] = []
    anchored = False
    for start, end in zip(cuts, cuts[1:]):
        over = sorted((m for m in kept if m.start <= start and end <= m.end),
                      key=lambda m: (-(m.end - m.start), m.kind))
        kinds = tuple(dict.fromkeys(m.kind for m in over))
        first = not anchored and anchor in kinds
        anchored = anchored or first
        out.append(Piece(text[start:end], kinds,
                         tuple(m.label for m in over if m.label), first))
    return out


def around(text: str, start: int, end: int, *, context: int = 400) -> tuple[int, int]:
    """A window of the text about a span, widened to paragraph or word boundaries: what a
    report shows of its article (the whole article is one link away)."""
    lo = max(0, start - context)
    hi = min(len(text), end + context)
    para = text.rfind("\n\n", 0, start)
    if para >= lo:
        lo = para + 2
    elif lo > 0:
        space = text.find(" ", lo)
        lo = space + 1 if 0 <= space < start else lo
    para = text.find("\n\n", end)
    if 0 <= para <= hi:
        hi = para
    elif hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space > end else hi
    return lo, hi


def shift(marks: Sequence[Mark], offset: int) -> list[Mark]:
    return [Mark(m.kind, m.start - offset, m.end - offset, m.label) for m in marks]
