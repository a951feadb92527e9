"""Pool workers end when the process that started them is killed (archive.workers)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from tests.conftest import REPO
from tests.faults.helpers import descendants, survivors

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

# A parent that starts a two-worker pool the way archive.ingest does, says so, then hangs.
PARENT = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
from archive.workers import exit_with_parent
with ProcessPoolExecutor(2, initializer=exit_with_parent, initargs=(os.getpid(),)) as pool:
    list(pool.map(abs, range(4)))
    print("ready", flush=True)
    time.sleep(600)
"""


def test_pool_workers_exit_when_their_parent_is_killed():
    parent = subprocess.Popen([sys.executable, "-c", PARENT], cwd=REPO, stdout=subprocess.PIPE, text=True)
    workers: set[int] = set()
    try:
        assert parent.stdout.readline().strip() == "ready"
        workers = descendants(parent.pid)
        # the pool's two workers (a loaded machine once showed a third, short-lived descendant: every one must go)
        assert len(workers) >= 2
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        assert survivors(workers, timeout=10) == set()
    finally:
        parent.kill()
        parent.wait()
        for pid in survivors(workers, timeout=0):  # a failed run leaves nothing behind either
            os.kill(pid, signal.SIGKILL)


def _parts_built_on_first_use() -> tuple[int, int, bool]:
    """In a pool worker: the stage parts a first page builds (the story text's fold table, the
    script converters' character classes, lunar-python for festival dates) → what it holds already."""
    from archive import stories
    from archive.text import script

    return stories._fold_table.cache_info().currsize, script._changing.cache_info().currsize, "lunar_python" in sys.modules


def test_pool_workers_start_with_the_pipeline_their_parent_warmed_up(pipeline):
    # the stages build regexes, cue tables and converters on first use (≈ 0.35 CPU s): the parent does it
    # once before forking (ingest.index_batches with workers > 1) instead of every worker
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from archive.ingest import warm_workers_pipeline

    warm_workers_pipeline(pipeline)
    with ProcessPoolExecutor(1, mp_context=get_context("fork")) as pool:
        fold_table, converters, lunar = pool.submit(_parts_built_on_first_use).result()
    assert fold_table == 1 and converters == 2 and lunar


def test_a_pipeline_is_warmed_up_once(pipeline, monkeypatch):
    # the process-wide pipeline is warmed by the warm fork server, then handed to every ingest that forks
    # workers: later warm-ups take nothing through the stages again
    pipeline.warm_up()
    assert pipeline.warmed

    def stage_run(*args, **kwargs):
        raise AssertionError("a warmed pipeline took a page through its stages again")

    monkeypatch.setattr(pipeline, "process", stage_run)
    pipeline.warm_up()
