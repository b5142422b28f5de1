"""Exports analysts load: typed tables (Parquet), actor counts, the actor network (GraphML,
GEXF), PLOVER event records, and pandas DataFrames (``dossier.open``).

docs/exports.md documents every format field by field. The heavy libraries (pyarrow,
networkx, pandas) are optional extras, imported only by the format that needs them.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from dossier.errors import ConfigError

# which extra of pyproject.toml brings each optional library
EXTRAS: dict[str, str] = {"pyarrow": "exports", "networkx": "exports", "pandas": "analysis"}


def require(module: str, what: str) -> ModuleType:
    """Import an optional library, or say which extra installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        extra = EXTRAS.get(module, "exports")
        raise ConfigError(f"{what} needs {module}, which is not installed",
                          fix=f"pip install -e '.[{extra}]' (or pip install 'dossier[{extra}]')") from None


def output_file(path: str | Path) -> Path:
    """A file to write: its folder is made; a folder in its place is refused."""
    target = Path(path)
    if target.is_dir():
        raise ConfigError(f"cannot write {target}: it is a folder",
                          fix="give a file name with -o, e.g. -o mentions.parquet")
    _make_parent(target)
    return target


def output_folder(path: str | Path) -> Path:
    """A folder to fill (a partitioned dataset): a file in its place, or a folder that
    already holds files, is refused so an export never mixes with older data."""
    target = Path(path)
    if target.exists() and not target.is_dir():
        raise ConfigError(f"cannot write a partitioned dataset to {target}: it is a file",
                          fix="give a new folder name with -o, e.g. -o mentions-by-month")
    if target.is_dir() and any(target.iterdir()):
        raise ConfigError(f"{target} already holds files",
                          fix="give a new or empty folder with -o, or remove the old export")
    _make_parent(target)
    return target


def _make_parent(target: Path) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file where a folder should be, no permission …
        raise ConfigError(f"cannot make the folder of {target}: {exc.strerror or exc}",
                          fix="give -o a path in a folder you can write") from None
