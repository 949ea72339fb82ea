"""The README and the code agree: commands, options, packaging."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import click
import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_and_option_is_in_the_readme(name: str) -> None:
    command = main.commands[name]
    assert f"`kg {name}" in README, f"kg {name} is not documented"
    for param in command.params:
        if isinstance(param, click.Option):
            for opt in param.opts:
                if opt.startswith("--"):
                    assert opt in README, f"kg {name} {opt} is not documented"


def test_readme_test_command_is_what_ci_runs() -> None:
    command = re.search(r"^(pip install -e '\.\[test\]' && python -m pytest)$", README, re.M)
    assert command, "README lost its test command"
    assert command.group(1) in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_subpackage_is_packaged() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "kg").rglob("__init__.py")}
    assert found <= listed
