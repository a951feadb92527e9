"""End to end: a real Prefect server (subprocess, temp PREFECT_HOME, SQLite), `archive serve` in
a subprocess pointing at it, the real Elasticsearch node under this session's index prefix.

Events start runs through the deployment triggers; the inbox deployment is run as an operator
would from the UI. Every wait is bounded; server and serve process groups are killed at teardown.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from archive.io import elastic
from archive.io.deadletters import DeadLetterStore
from archive.query import Filters, search_body
from tests.conftest import DATA, REPO, SAMPLES, SEED_PAGE, delete_indices

from flows.server import start_server, stop, wait_for, wait_healthy

pytestmark = [pytest.mark.e2e, pytest.mark.es, pytest.mark.timeout(300)]

SEED = SEED_PAGE if SEED_PAGE.exists() else SAMPLES / "zhejiang-workers-daily-2023-spring-festival.txt"
GOOD_PAGE = DATA / "html" / "gov_union_site.html"
DEPLOYMENTS = ["ingest/ingest-source", "inbox/inbox-every-10-minutes", "reprocess/reprocess-on-vocabulary-change",
               "retry-failed/retry-dead-letters"]
RUN_TIMEOUT = 120


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def prefect_url(tmp_path_factory):
    home = tmp_path_factory.mktemp("prefect-home")
    url = f"http://127.0.0.1:{free_port()}/api"
    server = start_server(home, int(url.split(":")[2].split("/")[0]), home / "server.log")
    try:
        wait_healthy(url, timeout=90, process=server)
        yield url
    finally:
        stop(server)


@pytest.fixture(scope="module")
def archive_e2e(es, es_settings):
    """This session's archive, emptied once for the module."""
    delete_indices(es, f"{es_settings.alias}-v*")
    es.indices.delete(index=es_settings.dead_letter_index, ignore_unavailable=True)
    elastic.ensure_archive(es, es_settings)
    return es_settings


@pytest.fixture(scope="module")
def inbox_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("inbox")


@pytest.fixture(scope="module")
def served(prefect_url, archive_e2e, inbox_folder, tmp_path_factory):
    """`archive serve` against the test server, the test process pointed at the same API."""
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    env = {**os.environ, "PREFECT_API_URL": prefect_url, "ARCHIVE_INBOX": str(inbox_folder),
           "ARCHIVE_INDEX_PREFIX": os.environ["ARCHIVE_INDEX_PREFIX"], "PREFECT_RUNNER_POLL_FREQUENCY": "2",
           "PREFECT_HOME": str(tmp_path_factory.mktemp("serve-home"))}
    with open(log, "wb") as out:
        process = subprocess.Popen([str(Path(sys.executable).with_name("archive")), "serve"], env=env, cwd=REPO,
                                   stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    from prefect.settings import PREFECT_API_URL, temporary_settings

    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = prefect_url  # archive.events reads it
    left: set[int] = set()
    try:
        with temporary_settings({PREFECT_API_URL: prefect_url}):
            wait_for(lambda: served_deployments() == sorted(DEPLOYMENTS), 90, "the deployments to be served", log)
            yield log
        below = descendants(process.pid)  # the warm fork server, its resource tracker, any run still going
        process.terminate()  # the serve process alone, as `kill PID` or a supervisor stops it
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            pass
        deadline = time.monotonic() + 20
        while (left := {pid for pid in below if alive(pid)}) and time.monotonic() < deadline:
            time.sleep(0.5)
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous
        stop(process)
        for pid in left:  # this test started them: none may outlive the session
            os.kill(pid, signal.SIGKILL)
    assert not left, f"left behind when `archive serve` stopped: {sorted(left)}"


def descendants(pid: int) -> set[int]:
    """The processes below ``pid`` now (from /proc)."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    """The process exists and is not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def served_deployments() -> list[str]:
    from prefect import get_client

    with get_client(sync_client=True) as client:
        flows = {f.id: f.name for f in client.read_flows()}
        return sorted(f"{flows[d.flow_id]}/{d.name}" for d in client.read_deployments())


def finished_runs(deployment: str) -> list:
    """The runs of a deployment that reached a final state, newest first."""
    from prefect import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId
    from prefect.client.schemas.sorting import FlowRunSort

    with get_client(sync_client=True) as client:
        deployment_id = client.read_deployment_by_name(deployment).id
        runs = client.read_flow_runs(deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id])),
                                     sort=FlowRunSort.START_TIME_DESC)
    return [run for run in runs if run.state and run.state.is_final()]


def artifacts_of(flow_run_id) -> dict[str, object]:
    """A run's artifacts: table data by key, and the progress reached."""
    import json

    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))
    found: dict[str, object] = {}
    for artifact in artifacts:
        data = json.loads(artifact.data) if isinstance(artifact.data, str) and artifact.type == "table" else artifact.data
        found[artifact.key or artifact.type] = data
    return found


def run_deployment_and_wait(name: str, parameters: dict | None = None):
    from prefect.deployments import run_deployment

    run = run_deployment(name, parameters=parameters or {}, timeout=RUN_TIMEOUT, poll_interval=1)
    assert run.state.is_completed(), f"{name}: {run.state}"
    return run


def titles(es, alias: str) -> set[str]:
    return {doc["title"] for doc in elastic.scan_documents(es, alias)}


def test_a_source_event_starts_an_ingest_run_and_the_seed_articles_become_searchable(es, served, tmp_path):
    from archive.events import emit_source_received

    page = tmp_path / "seed.txt"
    shutil.copy(SEED, page)
    emit_source_received(str(page))
    [run] = wait_for(lambda: finished_runs("ingest/ingest-source"), RUN_TIMEOUT, "the triggered ingest run", served)
    assert run.state.is_completed(), run.state
    assert run.parameters["sources"] == [str(page)]
    assert re.search(rf"flow run {run.id} .* forked warm", served.read_text(errors="replace"))
    settings = _settings()
    assert elastic.count(es, settings.alias) == 10
    _, hits = elastic.search_articles(es, settings.alias, search_body("快递", ["快递"], Filters(), size=50))
    with_word = {doc["title"] for doc in elastic.scan_documents(es, settings.alias) if "快递" in doc["body"]}
    assert with_word and {hit["title"] for hit in hits} == with_word


def test_an_inbox_run_indexes_a_dropped_file_and_moves_it_to_processed(es, served, inbox_folder):
    shutil.copy(GOOD_PAGE, inbox_folder / "dropped.html")
    run_deployment_and_wait("inbox/inbox-every-10-minutes")
    settings = _settings()
    assert [p.name for p in (inbox_folder / "processed").iterdir()] == ["dropped.html"]
    assert not (inbox_folder / "dropped.html").exists()
    assert "青川市总工会开展“冬日暖阳”户外劳动者关爱行动" in titles(es, settings.alias)
    assert elastic.count(es, settings.alias) == 11


def test_running_the_inbox_again_on_the_same_file_leaves_the_count_unchanged(es, served, inbox_folder):
    shutil.copy(GOOD_PAGE, inbox_folder / "dropped-again.html")  # the same bytes: the same source and ids
    run_deployment_and_wait("inbox/inbox-every-10-minutes")
    assert elastic.count(es, _settings().alias) == 11
    assert sorted(p.name for p in (inbox_folder / "processed").iterdir()) == ["dropped-again.html", "dropped.html"]


def test_a_broken_file_becomes_a_dead_letter_while_the_good_file_of_the_run_is_indexed(es, served, inbox_folder):
    (inbox_folder / "broken.bin").write_bytes(bytes(range(256)) * 8)
    shutil.copy(DATA / "html" / "epaper_gbk.html", inbox_folder / "epaper.html")
    run = run_deployment_and_wait("inbox/inbox-every-10-minutes")
    settings = _settings()
    assert [p.name for p in (inbox_folder / "failed").iterdir()] == ["broken.bin"]
    assert "epaper.html" in {p.name for p in (inbox_folder / "processed").iterdir()}
    assert "援企稳岗 工会在行动" in titles(es, settings.alias)
    assert elastic.count(es, settings.alias) == 12
    letters = list(DeadLetterStore(es, settings.dead_letter_index).open_letters())
    assert [(Path(l["location"]).name, l["stage"]) for l in letters] == [("broken.bin", "decode")]
    assert letters[0]["reason"]
    shown = artifacts_of(run.id)
    assert shown["inbox-counts"] == [{"sources": 2, "articles": 1, "created": 1, "updated": 0, "unchanged": 0,
                                      "failed": 1}]
    assert [(Path(row["source"]).name, row["stage"], row["dead letter"]) for row in shown["inbox-failures"]] == [
        ("broken.bin", "decode", letters[0]["id"])]
    assert shown["progress"] == 100.0
    assert (run.state.name, run.name) == ("Completed with failures", "ingest 2 file(s) from inbox")
    listed = subprocess.run([str(Path(sys.executable).with_name("prefect")), "flow-run", "ls", "--state",
                             "Completed with failures", "-o", "json"], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PREFECT_API_URL": os.environ["PREFECT_API_URL"]})
    assert str(run.id) in listed.stdout, listed.stderr


def test_a_warm_run_whose_process_is_killed_ends_crashed_and_the_next_event_is_still_ingested(es, served, tmp_path):
    """The fork server is not the run: a forked run killed mid-read is marked Crashed (retryable from the
    UI), and the next run is forked from the same warm server."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from prefect import get_client
    from prefect.deployments import run_deployment

    from archive.events import emit_source_received

    class Hang(BaseHTTPRequestHandler):
        def do_GET(self):
            time.sleep(30)  # the run sits in its read step until it is killed

    hanging = ThreadingHTTPServer(("127.0.0.1", 0), Hang)
    threading.Thread(target=hanging.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{hanging.server_address[1]}/slow.html"
        started = run_deployment("ingest/ingest-source", parameters={"sources": [url], "allow_hosts": ["127.0.0.1"]},
                                 timeout=0)
        pid = wait_for(lambda: re.search(rf"flow run {started.id} .* forked warm: pid (\d+)", served.read_text()),
                       RUN_TIMEOUT, "the run to be forked", served).group(1)
        os.kill(int(pid), signal.SIGKILL)

        def final_state():
            with get_client(sync_client=True) as client:
                state = client.read_flow_run(started.id).state
            return state if state and state.is_final() else None

        assert wait_for(final_state, RUN_TIMEOUT, "the killed run's final state", served).is_crashed()
    finally:
        hanging.shutdown()
    page = tmp_path / "after-the-crash.html"
    shutil.copy(DATA / "html" / "epaper_gbk.html", page)
    emit_source_received(str(page))
    [run] = wait_for(lambda: [r for r in finished_runs("ingest/ingest-source") if r.parameters["sources"] == [str(page)]],
                     RUN_TIMEOUT, "the next run", served)
    assert run.state.is_completed(), run.state  # the same bytes as epaper.html before: unchanged, the count too
    assert re.search(rf"flow run {run.id} .* forked warm", served.read_text(errors="replace"))


def test_a_vocabulary_event_reprocesses_with_the_folder_it_names_into_a_new_index_and_moves_the_alias(
        es, served, tmp_path):
    from archive.events import emit_vocabulary_updated
    from archive.pipeline import folder_fingerprint
    from archive.versions import index_vocabulary
    from archive.vocabulary import DATA_DIR

    edited = tmp_path / "vocabulary"  # the serving process was started without ARCHIVE_VOCABULARY_DIR
    shutil.copytree(DATA_DIR, edited, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    with open(edited / "groups_served.yaml", "a", encoding="utf-8") as out:
        out.write("# an analyst's edit\n")
    settings = _settings()
    before = elastic.alias_target(es, settings.alias)
    ids = {doc["id"] for doc in elastic.scan_documents(es, settings.alias)}
    emit_vocabulary_updated(note="e2e: new vocabulary", vocabulary_dir=str(edited))
    [run] = wait_for(lambda: finished_runs("reprocess/reprocess-on-vocabulary-change"), RUN_TIMEOUT,
                     "the triggered reprocess run", served)
    assert run.state.is_completed(), run.state
    assert run.name == "reprocess all (e2e: new vocabulary)"
    assert (before, elastic.alias_target(es, settings.alias)) == (f"{settings.alias}-v1", f"{settings.alias}-v2")
    assert {doc["id"] for doc in elastic.scan_documents(es, settings.alias)} == ids
    fingerprint = folder_fingerprint(edited)
    assert (index_vocabulary(es, f"{settings.alias}-v2").fingerprint,
            index_vocabulary(es, f"{settings.alias}-v2").folder) == (fingerprint, str(edited))
    assert {doc["pipeline_version"][-8:] for doc in elastic.scan_documents(es, settings.alias)} == {fingerprint[:8]}


def _settings():
    from archive.config import ElasticSettings

    return ElasticSettings.from_env()
