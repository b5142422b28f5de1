"""Fuzz benchmark: generated inputs (tests/support/nasty_inputs.py: broken, mis-encoded,
empty, huge-lined and wrongly typed files beside good articles) through dossier's readers,
and every Nth folder through the whole ingest into a real SQLite file. Counts crashes (an
exception reaching the caller) and lost good records; prints one `name value` per line.

usage: python bench/fuzz.py [--inputs 10000] [--ingest-every 200]
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "support"))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from nasty_inputs import Folder, folders  # noqa: E402

from dossier.ingest import read_inputs  # noqa: E402
from dossier.model import Article  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000, help="generated folders")
    parser.add_argument("--ingest-every", type=int, default=200,
                        help="every Nth folder also goes through the whole ingest (0: none)")
    args = parser.parse_args(argv)
    logging.getLogger("dossier").setLevel(logging.ERROR)  # each skip is expected here
    tally = {"folders": 0, "files": 0, "good_records": 0, "crashes": 0, "lost_good_records": 0,
             "ingested_folders": 0, "ingest_crashes": 0, "ingest_lost_good_records": 0}
    pipeline = None

    @settings(max_examples=args.inputs, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(folders())
    def run(folder: Folder) -> None:
        nonlocal pipeline
        tally["folders"] += 1
        tally["files"] += len(folder.files)
        tally["good_records"] += len(folder.good_ids)
        with tempfile.TemporaryDirectory() as tmp:
            inputs = Path(tmp) / "in"
            inputs.mkdir()
            folder.write(inputs)
            try:
                read = {i.doc for i in read_inputs([str(inputs)]) if isinstance(i, Article)}
            except Exception as exc:  # noqa: BLE001 - what the benchmark counts
                tally["crashes"] += 1
                print(f"crash reading: {type(exc).__name__}: {exc}", file=sys.stderr)
                return
            tally["lost_good_records"] += len(folder.good_ids - read)
            if not args.ingest_every or tally["folders"] % args.ingest_every:
                return
            pipeline = pipeline or _pipeline()
            tally["ingested_folders"] += 1
            tally["ingest_lost_good_records"] += _ingest(inputs, Path(tmp) / "f.db", folder,
                                                         pipeline, tally)

    started = time.perf_counter()
    run()
    for name, value in tally.items():
        print(f"{name} {value}")
    print(f"seconds {time.perf_counter() - started:.0f}")
    return 1 if tally["crashes"] or tally["ingest_crashes"] or tally["lost_good_records"] \
        or tally["ingest_lost_good_records"] else 0


def _pipeline():
    from dossier.pipeline import Pipeline
    from dossier.settings import Settings

    return Pipeline(Settings(processes=1)).load()


def _ingest(inputs: Path, db: Path, folder: Folder, pipeline, tally: dict) -> int:
    from dataclasses import replace

    from dossier.service import ingest_paths
    from dossier.store import Database

    try:
        ingest_paths([str(inputs)], replace(pipeline.settings, db=str(db)), pipeline=pipeline)
    except Exception as exc:  # noqa: BLE001 - what the benchmark counts
        tally["ingest_crashes"] += 1
        print(f"crash ingesting: {type(exc).__name__}: {exc}", file=sys.stderr)
        return len(folder.good_ids)
    with Database.open(str(db)) as store:
        return len(folder.good_ids - {a.doc for a in store.articles()})


if __name__ == "__main__":
    sys.exit(main())
