"""Within one article: mentions that one trigger makes for several parties of one act ("the
minister visited Belgium, Germany and Italy"; "Japan held the exercise with India and
Australia") follow the first of them into its event. Two actors doing the same thing ("both
Pakistan and China reject the claims") remain two acts. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from dossier.merge.data import compatibility, types_fit
from dossier.merge.features import block_key, party, period
from dossier.model import UNDIRECTED_TYPES, Mention


def mention_key(doc: str, ordinal: int) -> str:
    """A mention's identity in the store: its article and its place among the article's
    mentions (the extractor's order is deterministic)."""
    return f"{doc}#{ordinal}"


def _one_act(a: Mention, b: Mention) -> bool:
    if a.trigger.start != b.trigger.start or a.status != b.status or not types_fit(a.type, b.type):
        return False
    pa = (party(a.actor).code, party(a.recipient).code)
    pb = (party(b.actor).code, party(b.recipient).code)
    if a.type in UNDIRECTED_TYPES and b.type in UNDIRECTED_TYPES:
        return bool(set(pa) & set(pb) - {None})
    return pa[0] is not None and pa[0] == pb[0]


def leads(mentions: Sequence[Mention]) -> list[int | None]:
    """For each mention, the index of the earlier mention it follows (None: it leads):
    mentions of one act whose trigger names at least ``multilateral_min_parties`` parties."""
    out: list[int | None] = []
    for n, m in enumerate(mentions):
        lead = next((k for k in range(n) if out[k] is None and _one_act(mentions[k], m)), None)
        out.append(lead)
    groups: dict[int, set[str]] = {}
    dyads: dict[int, set[frozenset[str]]] = {}
    for n, lead in enumerate(out):
        head = n if lead is None else lead
        codes = {c for c in (party(mentions[n].actor).code, party(mentions[n].recipient).code) if c}
        groups.setdefault(head, set()).update(codes)
        dyads.setdefault(head, set()).add(frozenset(codes))
    least = compatibility().multilateral_min_parties

    def one_act(head: int) -> bool:
        # enough parties, or an undirected act between every two of three or more ("an
        # agreement among A, B and C": A-B, A-C, B-C), which no set of separate acts is
        parties = groups[head]
        every_pair = mentions[head].type in UNDIRECTED_TYPES and len(parties) >= 3 and all(
            frozenset(p) in dyads[head] for p in combinations(sorted(parties), 2))
        return len(parties) >= least or every_pair

    return [lead if lead is not None and one_act(lead) else None for lead in out]


def blocks(mentions: Sequence[Mention]) -> list[str]:
    """Each mention's block key; a follower shares its lead's."""
    own = [block_key(m.type, party(m.actor), party(m.recipient), period(m)) for m in mentions]
    return [own[lead] if lead is not None else own[n] for n, lead in enumerate(leads(mentions))]
