"""`dossier eval` gives the figures a user gets from `dossier ingest` + `dossier export
mentions` + the team's scorer (shared/tools/score_events.py): there is one evaluation path."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from dossier.cli import cli

pytestmark = pytest.mark.slow

HEADLINE = re.compile(r"docs (\d+)\s+gold (\d+)\s+system (\d+)\s+P ([\d.]+) R ([\d.]+) "
                      r"F1 ([\d.]+)\s+strict F1 ([\d.]+)")
ATTRIBUTES = re.compile(r"status ([\d.]+) source ([\d.]+) date ([\d.]+) "
                        r"\(dated gold ([\d.]+)\) location ([\d.]+)")


def _figures(report: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    headline, attributes = HEADLINE.search(report), ATTRIBUTES.search(report)
    assert headline and attributes, report[-2000:]
    return headline.groups(), attributes.groups()


def _run(args: list[str]) -> str:
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def _ours_and_shared(shared, tmp_path, name: str, scorer_name: str) -> tuple[str, str]:
    """What `dossier eval` prints for a gold set, and what the shared scorer prints for the
    same documents ingested and exported as a user would."""
    gold = shared / "gold" / f"{name}.jsonl"
    documents = shared / "gold" / f"{name}-documents.jsonl"
    scorer = shared / "tools" / scorer_name
    if not scorer.is_file():
        pytest.skip(f"{scorer} is missing")
    evaluated = _run(["eval", str(gold), str(documents)])
    db, exported = tmp_path / "user.db", tmp_path / "mentions.jsonl"
    _run(["--db", str(db), "ingest", str(documents)])
    _run(["--db", str(db), "export", "mentions", "-o", str(exported)])
    scored = subprocess.run([sys.executable, str(scorer), str(gold), str(exported)],
                            capture_output=True, text=True, check=True).stdout
    return evaluated, scored


@pytest.mark.parametrize("name", ["seeds"])
def test_eval_command_matches_ingest_export_and_the_shared_scorer(shared, tmp_path, name):
    evaluated, scored = _ours_and_shared(shared, tmp_path, name, "score_events.py")
    assert _figures(evaluated) == _figures(scored)


MERGE_LINE = re.compile(r"^(system|baseline_alone|baseline_type_dyad_date) +mentions.*$", re.M)


def test_eval_command_merge_scores_match_the_shared_merge_scorer(shared, tmp_path):
    evaluated, scored = _ours_and_shared(shared, tmp_path, "seeds", "score_merge.py")

    ours = [m.group(0) for m in MERGE_LINE.finditer(evaluated)]
    assert len(ours) == 3
    assert ours == [m.group(0) for m in MERGE_LINE.finditer(scored)]
