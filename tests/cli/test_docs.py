"""Docs that cannot rot: every command and setting is in the README."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import click
import pytest

from dossier.cli import cli
from dossier.settings import Settings

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "dossier") -> list[str]:
    names = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            names += _commands(command, f"{prefix} {name}")
        else:
            names.append(f"{prefix} {name}")
    return names


@pytest.mark.parametrize("command", _commands(cli))
def test_readme_documents_command(command):
    assert f"`{command}" in README


@pytest.mark.parametrize("setting", [f.name for f in fields(Settings)])
def test_readme_documents_setting(setting):
    assert f"| `{setting}` |" in README


def test_readme_opens_with_the_two_setup_commands():
    opening = README[:800]
    assert "make run" in opening and "make test" in opening


def test_readme_lists_every_make_target():
    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text(encoding="utf-8")
    phony = next(line for line in makefile.splitlines() if line.startswith(".PHONY:"))
    for target in phony.split(":", 1)[1].split():
        if target not in ("install", "clean"):
            assert f"make {target}" in README, f"make {target} is not in the README"
