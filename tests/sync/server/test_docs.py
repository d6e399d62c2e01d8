"""docs/server.md names every command, option and setting the server has."""

from __future__ import annotations

import argparse
from pathlib import Path

from sync.server import settings
from sync.server.cli import build_parser

DOC = (Path(__file__).resolve().parents[3] / "docs" / "server.md").read_text(encoding="utf-8")


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_command_and_option_is_documented() -> None:
    for name, command in _subcommands(build_parser()).items():
        assert f"`{name}" in DOC, name
        for action in command._actions:
            for option in action.option_strings:
                if option not in {"-h", "--help"}:
                    assert option in DOC, f"{name} {option}"
        for action_name in _subcommands(command):
            assert f"{name} {action_name}" in DOC, f"{name} {action_name}"


def test_every_setting_is_documented() -> None:
    names = [value for key, value in vars(settings).items() if key.startswith("ENV_")]
    assert len(names) == 3
    for name in names:
        assert f"`{name}`" in DOC, name
