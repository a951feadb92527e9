"""The compiled enrichment (mypyc, setup.py) and its Python sources give the same facets, and a CI
install runs the compiled build (what `make bench` measures is what production runs)."""

import json
import os
import subprocess
import sys

import pytest

import archive.enrich
from tests.conftest import REPO

# Splits and enriches the bundled samples; prints which build ran and every article's facets.
ENRICH_SAMPLES = """
import json, sys
from pathlib import Path
import archive.enrich
from archive.io.sources import source_from_bytes
from archive.pipeline import default_pipeline

pipeline = default_pipeline()
out = {"compiled": archive.enrich.COMPILED, "articles": []}
for path in sorted(Path(sys.argv[1]).iterdir()):
    for article in pipeline.split(source_from_bytes(path.read_bytes(), path.name)):
        data = pipeline.enrich(article).to_dict()
        out["articles"].append({key: data[key] for key in (
            "title", "venue_places", "places_mentioned", "organisations", "people", "groups_served",
            "programme_types", "evidence", "figures", "programme_dates", "date_estimated")})
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def _enrich_samples(pure_python: bool) -> dict:
    env = {**os.environ, "ARCHIVE_PURE_PYTHON": "1" if pure_python else "0"}
    done = subprocess.run([sys.executable, "-c", ENRICH_SAMPLES, str(REPO / "samples")], env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def test_a_ci_install_runs_the_compiled_enrichment():
    if not os.environ.get("CI"):
        pytest.skip("a checkout may run the sources (edited since the build, or ARCHIVE_PURE_PYTHON=1)")
    assert archive.enrich.COMPILED, "archive.enrich runs its Python sources: see the warning archive.compiled logged"


def test_compiled_and_python_enrichment_give_the_same_facets():
    if not archive.enrich.COMPILED:
        pytest.skip("no current compiled build in this checkout (`make venv` builds it)")
    compiled, python = _enrich_samples(pure_python=False), _enrich_samples(pure_python=True)
    assert (compiled["compiled"], python["compiled"]) == (True, False)
    assert len(compiled["articles"]) >= 10  # the seed page alone has ten
    assert compiled["articles"] == python["articles"]
