"""A small on-disk cache for data that is slow to build and cheap to unpickle (the parsed
knowledge base, the gazetteer). Entries are keyed by everything they were built from, so a
changed input simply misses; a broken entry is rebuilt, never fatal."""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
KEEP = 8  # entries kept per name: every edit of a data file leaves an old one behind


def cache_dir() -> Path | None:
    """$DOSSIER_CACHE_DIR (an empty value switches caching off), else the user cache dir."""
    configured = os.environ.get("DOSSIER_CACHE_DIR")
    if configured == "":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dossier"


def mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return -1.0


def cached(name: str, key: object, build: Callable[[], T], *, kind: type | None = None) -> T:
    """The value ``build()`` returns, from the cache when an entry for ``(name, key)`` exists.
    ``key`` must be a repr-stable value covering every input (paths, mtimes, versions)."""
    root = cache_dir()
    if root is None:
        return build()
    digest = hashlib.sha1(repr((key, sys.version_info[:2])).encode("utf-8")).hexdigest()[:16]
    path = root / f"{name}-{digest}.pickle"
    if path.is_file():
        try:
            with open(path, "rb") as handle:
                value = pickle.load(handle)
            if kind is None or isinstance(value, kind):
                return value
        except Exception as exc:  # noqa: BLE001 - a stale or truncated entry is rebuilt
            log.debug("ignoring cache entry %s: %s", path, exc)
    value = build()
    try:
        root.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for stale in sorted(root.glob(f"{name}-*.pickle"), key=mtime, reverse=True)[KEEP:]:
            stale.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("cannot write cache entry %s: %s", path, exc)
    return value
