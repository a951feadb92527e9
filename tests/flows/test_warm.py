"""Warm served runs (flows/warm.py) without a server: which deployments start warm, and the
vocabulary a long-lived process uses staying the one on disk. tests/e2e runs them for real."""

from __future__ import annotations

import shutil

import pytest

from archive import pipeline as pipeline_module
from archive.vocabulary import DATA_DIR


def test_every_served_deployment_is_started_warm_with_its_own_flow():
    from flows.deployments import deployments
    from flows.ingest import inbox, ingest
    from flows.maintenance import reprocess, retry_failed
    from flows.warm import flow_at, module_entrypoint

    flows = {d.name: flow_at(module_entrypoint(d) or "") for d in deployments()}
    assert flows == {"ingest-source": ingest, "inbox-every-10-minutes": inbox,
                     "reprocess-on-vocabulary-change": reprocess, "retry-dead-letters": retry_failed}


@pytest.fixture
def cheap_loads(monkeypatch):
    """Pipelines built from stand-ins (no jieba, no vocabulary parsing), counted; the cache emptied around."""
    built: list[str | None] = []

    def load(folder):
        built.append(folder)
        return object()

    monkeypatch.setattr(pipeline_module, "load_vocabulary", load)
    monkeypatch.setattr(pipeline_module.Pipeline, "from_vocabulary", classmethod(lambda cls, vocabulary: cls.__new__(cls)))
    pipeline_module.loaded_pipeline.cache_clear()
    yield built
    pipeline_module.loaded_pipeline.cache_clear()


def test_a_process_keeps_its_pipeline_until_a_vocabulary_file_changes_then_loads_the_new_one(tmp_path, cheap_loads):
    folder = tmp_path / "vocabulary"
    shutil.copytree(DATA_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    first = pipeline_module.pipeline_for(str(folder))
    assert pipeline_module.pipeline_for(str(folder)) is first
    with open(folder / "groups_served.yaml", "a", encoding="utf-8") as out:
        out.write("# an analyst's edit\n")
    edited = pipeline_module.pipeline_for(str(folder))
    assert edited is not first
    assert pipeline_module.pipeline_for(str(folder)) is edited
    assert cheap_loads == [str(folder), str(folder)]


def test_the_fork_server_restarts_when_the_active_vocabulary_changed_and_no_run_is_in_flight(monkeypatch):
    from flows import warm

    server = warm.ForkServer()
    events: list[str] = []
    monkeypatch.setattr(server, "stop", lambda: events.append("stop"))
    monkeypatch.setattr(server, "start", lambda: events.append("start"))
    fingerprint = {"now": "a"}
    monkeypatch.setattr(warm, "folder_fingerprint", lambda folder: fingerprint["now"])
    server.fingerprint = "a"
    server.ensure_current()
    assert events == []
    fingerprint["now"] = "b"
    server.in_flight = 1  # a run forked from it still holds it: that run and the next load the new files themselves
    server.ensure_current()
    assert events == []
    server.in_flight = 0
    server.ensure_current()
    assert events == ["stop", "start"]


@pytest.mark.parametrize("value, enabled", [("", True), ("1", True), ("0", False), ("off", False)])
def test_warm_runs_are_on_unless_switched_off(monkeypatch, value, enabled):
    from archive.config import warm_runs

    monkeypatch.setenv("ARCHIVE_WARM_RUNS", value)
    assert warm_runs() is enabled


def test_the_fork_server_forks_runs_and_is_restarted_for_a_changed_vocabulary(monkeypatch, tmp_path):
    import multiprocessing
    import multiprocessing.forkserver
    import os

    from flows import warm

    monkeypatch.setattr(warm, "PRELOAD", [])  # the mechanics, without the seconds of preloading
    folder = tmp_path / "vocabulary"
    shutil.copytree(DATA_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setenv("ARCHIVE_VOCABULARY_DIR", str(folder))

    def fork_server_pid():
        return multiprocessing.forkserver._forkserver._forkserver_pid  # type: ignore[attr-defined]

    def a_run_ends_well() -> bool:
        child = multiprocessing.get_context("forkserver").Process(target=os.getpid)
        child.start()
        child.join(timeout=60)
        return child.exitcode == 0

    server = warm.ForkServer()
    server.start()
    try:
        first = fork_server_pid()
        assert a_run_ends_well()
        server.ensure_current()
        assert fork_server_pid() == first
        with open(folder / "groups_served.yaml", "a", encoding="utf-8") as out:
            out.write("# an analyst's edit\n")
        server.ensure_current()
        assert fork_server_pid() not in (None, first)
        assert a_run_ends_well()
    finally:
        server.stop()
    assert fork_server_pid() is None
