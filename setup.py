"""The package layout pyproject.toml cannot state, and the compiled build.

flows/, mappings/ and kibana/ stay at the top of the repository, where the layout asks for them,
and install as the packages ``flows``, ``archive.mappings`` and ``archive.kibana_objects``, so an
installed archive (a wheel, a Docker image, a Dask worker) finds its flows, index mappings and
Kibana objects from any directory.

The enrichment modules, the pipeline's hottest Python, are compiled with mypyc (the same typed
source, about 1.4× faster with identical output; README "Speed"). ``ARCHIVE_PURE_PYTHON=1`` at
install time skips it (no C compiler needed); at run time it makes a compiled install run the
sources (archive.compiled).
"""

import os
from pathlib import Path

from setuptools import find_packages, setup

COMPILED_PACKAGES = ["src/archive/enrich"]


def compiled_extensions() -> list:
    if os.environ.get("ARCHIVE_PURE_PYTHON") == "1":
        return []
    from mypyc.build import mypycify  # a build requirement (pyproject.toml [build-system])

    # Each package's __init__ stays Python: it chooses which build runs (archive.compiled).
    modules = sorted(str(p) for package in COMPILED_PACKAGES for p in Path(package).glob("*.py")
                     if p.name != "__init__.py")
    # Modules the compiled ones import (archive.text …) are read for their types but not judged: the build's
    # isolated environment lacks their third-party packages (bs4 …), so a check there reports what `make lint`,
    # run with those packages installed, does not (a None narrowed inside a generator broke a fresh install once).
    return mypycify(["--follow-imports=silent", *modules], opt_level="3", group_name="archive_compiled")


setup(
    packages=[*find_packages("src"), "flows", "archive.mappings", "archive.kibana_objects"],
    package_dir={"": "src", "flows": "flows", "archive.mappings": "mappings", "archive.kibana_objects": "kibana"},
    ext_modules=compiled_extensions(),
)
