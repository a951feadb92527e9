"""The text stage is pure: it imports neither prefect, elasticsearch nor requests (checked in a fresh interpreter)."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys, pkgutil, importlib, archive.text
for module in pkgutil.walk_packages(archive.text.__path__, "archive.text."):
    importlib.import_module(module.name)
bad = sorted(name for name in sys.modules if name.split(".")[0] in {"prefect", "elasticsearch", "requests"})
print(",".join(bad))
"""


def test_the_text_stage_imports_no_io_or_orchestration_library():
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_importing_the_segmenter_prints_nothing_on_stderr():
    code = "from archive.text.segment import Segmenter; Segmenter(['送温暖']).cut('工会送温暖')"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stderr == ""
