"""What a user gets for a wrong output path, a missing extra or a format that needs a file:
exit status 1, what happened and a fix, never a traceback."""

from __future__ import annotations

import sys

import pytest
from exports_support import run

from dossier.errors import ConfigError
from dossier.exports import require


def _refused(result, *words: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "fix:" in result.output
    for word in words:
        assert word in result.output


@pytest.mark.parametrize("args", [
    ["mentions", "--format", "parquet"],
    ["actors", "--format", "parquet"],
])
def test_a_file_format_needs_an_output(store, args):
    _refused(run(store, *args), "-o FILE")


def test_network_needs_an_output(store):
    result = run(store, "network")
    assert result.exit_code == 2 and "-o" in result.output


def test_output_that_is_a_folder_is_refused(store, tmp_path):
    _refused(run(store, "mentions", "--format", "parquet", "-o", str(tmp_path)), "is a folder")


@pytest.mark.parametrize("args", [
    ["mentions", "--format", "parquet"], ["mentions", "--format", "plover"],
    ["network", "--format", "gexf"], ["actors", "--format", "csv"],
])
def test_output_below_a_file_is_refused(store, tmp_path, args):
    blocker = tmp_path / "plain.txt"
    blocker.write_text("not a folder")
    _refused(run(store, *args, "-o", str(blocker / "sub" / "out")), "cannot")


def test_partitioned_output_onto_a_file_is_refused(store, tmp_path):
    blocker = tmp_path / "plain.txt"
    blocker.write_text("not a folder")
    _refused(run(store, "mentions", "--format", "parquet", "--partition-by", "month",
                 "-o", str(blocker)), "it is a file")


def test_partition_needs_parquet(store, tmp_path):
    _refused(run(store, "mentions", "--partition-by", "month", "-o", str(tmp_path / "m.jsonl")),
             "--format parquet")


@pytest.mark.parametrize(("module", "args", "extra"), [
    ("pyarrow", ["mentions", "--format", "parquet", "-o", "m.parquet"], "[exports]"),
    ("pyarrow", ["actors", "--format", "parquet", "-o", "a.parquet"], "[exports]"),
    ("networkx", ["network", "-o", "n.graphml"], "[exports]"),
])
def test_missing_extra_is_named(store, tmp_path, monkeypatch, module, args, extra):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    for name in [n for n in sys.modules if n == module or n.startswith(module + ".")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    result = run(store, *args)
    _refused(result, f"needs {module}", f"pip install -e '.{extra}'")
    assert not list(work.iterdir())  # nothing half-written


def test_require_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ConfigError) as caught:
        require("pandas", "DataFrames")
    assert "[analysis]" in caught.value.fix


def test_missing_store_is_not_created(tmp_path):
    db = tmp_path / "none.db"
    result = run(str(db), "network", "-o", str(tmp_path / "n.graphml"))
    assert result.exit_code == 1 and not db.exists()
