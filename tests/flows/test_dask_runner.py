"""ARCHIVE_TASK_RUNNER=dask runs the ingest flow on a distributed LocalCluster (2 worker
processes) and indexes exactly the documents the process runner does (real pipeline)."""

from __future__ import annotations

import time
import uuid

import pytest

from archive.config import ElasticSettings
from archive.io import elastic
from tests.conftest import SAMPLES, delete_indices
from tests.faults.helpers import corpus_files

pytestmark = [pytest.mark.es, pytest.mark.timeout(900)]


def stored_documents(es, alias: str) -> dict[str, dict]:
    """id → the stored document, without the one field that differs per run (when it was indexed)."""
    es.indices.refresh(index=alias)
    return {doc["id"]: {k: v for k, v in doc.items() if k != "ingested_at"} for doc in elastic.scan_documents(es, alias)}


def task_names(state) -> set[str]:
    """The names of the tasks a finished flow run ran (e.g. process_batch-3f2 → process_batch)."""
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id])))
    return {run.name.rsplit("-", 1)[0] for run in runs}


def test_the_dask_runner_indexes_the_same_documents_as_the_process_runner(es, es_settings, prefect_api, pipeline,
                                                                          tmp_path, monkeypatch):
    from flows.ingest import ingest

    pages = tmp_path / "pages"
    corpus_files(pipeline, pages, articles=30, per_page=5)
    sources = [str(pages), *(str(p) for p in sorted(SAMPLES.iterdir()))]
    run = uuid.uuid4().hex[:8]
    documents, seconds, tasks = {}, {}, {}
    try:
        for kind in ("process", "dask"):
            monkeypatch.setenv("ARCHIVE_INDEX_PREFIX", f"{es_settings.alias[:-len('news')]}{kind}-{run}-")
            monkeypatch.setenv("ARCHIVE_TASK_RUNNER", kind)
            monkeypatch.setenv("ARCHIVE_WORKERS", "2")
            started = time.monotonic()
            state = ingest(sources=sources, batch_size=4, return_state=True)
            seconds[kind] = time.monotonic() - started
            counts = state.result()
            assert counts["failed"] == 0 and counts["created"] == counts["articles"] > 30
            documents[kind] = stored_documents(es, ElasticSettings.from_env().alias)
            tasks[kind] = task_names(state)
    finally:
        for kind in ("process", "dask"):
            prefix = f"{es_settings.alias[:-len('news')]}{kind}-{run}-"
            delete_indices(es, f"{prefix}*")
            elastic.delete_templates(es, f"{prefix}news")
    print(f"ingest flow wall time: process {seconds['process']:.1f} s, dask {seconds['dask']:.1f} s")

    assert "process_batch" in tasks["dask"] and "process_batch" not in tasks["process"]  # batches ran as Dask tasks
    assert documents["dask"] == documents["process"]  # ids, content hashes, facets, words: all the same
    assert any(doc["groups_served"] for doc in documents["dask"].values())
