"""Every command the CLI offers is documented in the README."""

import argparse

from archive.cli import build_parser
from tests.conftest import REPO


def test_every_cli_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    missing = [name for name in sub.choices if f"`archive {name}" not in readme]
    assert missing == []
