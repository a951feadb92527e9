"""`archive ingest` killed with SIGKILL mid-run, then rerun: no process left behind, no document lost, none duplicated."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from archive.io import elastic
from tests.conftest import REPO
from tests.faults.helpers import corpus_files, descendants, expected_ids, stored_ids, survivors

pytestmark = [pytest.mark.es, pytest.mark.timeout(600)]

ARTICLES = 600  # one per file: three batches of 200 sources, so there is a "mid-run" to kill


def ingest_command(folder) -> list[str]:
    return [sys.executable, "-m", "archive.cli", "ingest", str(folder), "--workers", "2"]  # a pool, whatever the cores


def wait_for_documents(es, alias: str, proc: subprocess.Popen, timeout: float = 300) -> int:
    """Poll until the first documents are searchable (or the process ended); return their count."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            es.indices.refresh(index=alias)
            found = es.count(index=alias)["count"]
        except Exception:  # the alias does not exist yet
            found = 0
        if found:
            return found
        time.sleep(0.05)
    return 0


def settled_count(es, alias: str, quiet: float = 1.0, timeout: float = 60) -> int:
    """The document count once the node has finished the bulk request the killed process sent."""
    deadline = time.monotonic() + timeout
    last = -1
    while time.monotonic() < deadline:
        found = len(stored_ids(es, alias))
        if found == last:
            return found
        last = found
        time.sleep(quiet)
    return last


def test_an_ingest_killed_mid_run_and_rerun_loses_and_duplicates_nothing(faults_settings, pipeline, tmp_path):
    folder = tmp_path / "inbox"
    files = corpus_files(pipeline, folder, articles=ARTICLES, per_page=1)
    expected = expected_ids(pipeline, files)
    env = dict(os.environ, ELASTICSEARCH_URL=faults_settings.url,
               ARCHIVE_INDEX_PREFIX=faults_settings.alias[: -len("news")])
    es = elastic.connect(faults_settings)

    proc = subprocess.Popen(ingest_command(folder), env=env, cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    workers: set[int] = set()
    try:
        assert wait_for_documents(es, faults_settings.alias, proc) > 0
        workers = descendants(proc.pid)
        assert workers  # the CPU stage runs in a process pool
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
        # no process outlives the run: the pool workers end with their parent
        assert survivors(workers, timeout=10) == set()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        for pid in survivors(workers, timeout=0):
            os.kill(pid, signal.SIGKILL)
    partial = settled_count(es, faults_settings.alias)
    assert 0 < partial < len(expected)  # it really was killed mid-run

    rerun = subprocess.run(ingest_command(folder), env=env, cwd=REPO, capture_output=True, text=True, timeout=500)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    # what was stored stays (unchanged, or updated if the vocabulary moved meanwhile); the rest is new
    assert f"created={len(expected) - partial} " in rerun.stdout
    ids = stored_ids(es, faults_settings.alias)
    assert sorted(ids) == sorted(expected)
    assert elastic.count(es, faults_settings.alias) == len(expected) == ARTICLES
