"""Which build of a compiled package runs: its mypyc extension modules, or its Python sources.

``setup.py`` compiles the hot packages (``archive.enrich``) with mypyc; an install puts each
module's extension (``labels.cpython-311-….so``) beside its source, and Python's importer
prefers the extension. In a checkout that is a trap: edit ``labels.py`` and the old extension
still runs. So a compiled package calls :func:`choose_build` from its (uncompiled)
``__init__`` before importing its modules: the extensions run only when every one of them is
newer than its source; otherwise, or with ``ARCHIVE_PURE_PYTHON=1``, the package imports its
sources and says why once (``make venv`` rebuilds). Both builds give the same output
(tests/enrich/test_compiled.py).
"""

from __future__ import annotations

import logging
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES, SOURCE_SUFFIXES, FileFinder, SourceFileLoader
from pathlib import Path

log = logging.getLogger(__name__)

PURE_PYTHON_ENV = "ARCHIVE_PURE_PYTHON"


def choose_build(package_dir: str) -> bool:
    """A package's folder → True when its compiled modules will be imported; else routes the
    package's imports to its ``.py`` sources and returns False."""
    reason = _reason_for_sources(Path(package_dir))
    if reason is None:
        return True
    if reason != "not compiled":  # a plain source install is normal; a stale or disabled build is news
        log.warning("%s: running the Python sources (%s); `make venv` rebuilds the compiled modules",
                    package_dir, reason)
    # The package's own path entry gets a finder that knows only source files, so its modules'
    # extensions beside them are never picked (sys.path_importer_cache is what the import
    # system consults for each entry of a package's __path__).
    sys.path_importer_cache[package_dir] = FileFinder(package_dir, (SourceFileLoader, SOURCE_SUFFIXES))
    return False


def _reason_for_sources(folder: Path) -> str | None:
    if os.environ.get(PURE_PYTHON_ENV) == "1":
        return f"{PURE_PYTHON_ENV}=1"
    sources = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
    built = {p: _extension_of(p) for p in sources}
    if not any(built.values()):
        return "not compiled"
    for source, extension in built.items():
        if extension is None:
            return f"{source.name} has no compiled module"
        if extension.stat().st_mtime < source.stat().st_mtime:
            return f"{source.name} is newer than its compiled module"
    return None


def _extension_of(source: Path) -> Path | None:
    for suffix in EXTENSION_SUFFIXES:
        candidate = source.with_name(source.stem + suffix)
        if candidate.exists():
            return candidate
    return None
