"""`python -m archive.scoring [SHARED_DIR]`: print every page corpus's scores."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from archive.scoring import CORPORA, default_shared_dir


def main(argv: list[str]) -> int:
    shared = Path(argv[0]) if argv else default_shared_dir()
    if not shared.is_dir():
        print(f"no shared folder at {shared}: nothing to score")
        return 1
    for name in CORPORA:
        module = importlib.import_module(f"archive.scoring.{name}")
        print(module.report(shared).format())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
