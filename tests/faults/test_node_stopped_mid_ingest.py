"""Elasticsearch stops in the middle of a bulk ingest. Back within the retry window
(ARCHIVE_ES_RETRY_SECONDS), the run pauses and completes; gone for longer, the run fails with a
clear message and a rerun completes. Either way every document is in the index exactly once."""

from __future__ import annotations

import threading
import time

import pytest

from archive.ingest import ingest
from archive.io import elastic
from tests.faults.helpers import HookedPipeline, corpus_files, expected_ids, stored_ids

pytestmark = [pytest.mark.es, pytest.mark.timeout(600)]

BATCH = 5  # sources per batch: the node goes away while the second batch is being built


def test_a_node_stopped_mid_ingest_fails_clearly_and_a_rerun_stores_each_document_once(
        faults_node, faults_settings, pipeline, tmp_path):
    files = corpus_files(pipeline, tmp_path / "inbox", articles=150)
    expected = expected_ids(pipeline, files)

    stops: list[str] = []

    def stop_node_in_second_batch(built: int, _doc) -> None:
        if built == BATCH * 10 + 3:
            stops.append(faults_node.stop())

    es = elastic.connect(faults_settings, retry_seconds=3, request_timeout=10)  # gives up long before the restart
    with pytest.raises(Exception) as raised:
        ingest([str(f) for f in files], pipeline=HookedPipeline(pipeline, stop_node_in_second_batch), es=es,
               settings=faults_settings, batch_size=BATCH)
    assert stops and stops[0].startswith("stopped pid")
    message = str(elastic.explain(raised.value, faults_settings))
    assert message.startswith(f"cannot reach Elasticsearch at {faults_node.url}")
    assert "archive es start" in message

    faults_node.start(timeout=180)
    es = elastic.connect(faults_settings)
    es.cluster.health(index=faults_settings.alias, wait_for_status="green", timeout="60s")
    done_before = len(stored_ids(es, faults_settings.alias))
    assert done_before == BATCH * 10  # the first batch made it before the node went away

    report = ingest([str(f) for f in files], pipeline=pipeline, es=es, settings=faults_settings, batch_size=BATCH)
    ids = stored_ids(es, faults_settings.alias)
    assert sorted(ids) == sorted(expected)  # every document, none twice
    assert elastic.count(es, faults_settings.alias) == len(expected) == 150
    # the first batch is not indexed again as new (unchanged, or updated if the vocabulary moved meanwhile)
    assert (report.created, report.unchanged + report.updated, report.failed) == (150 - done_before, done_before, 0)


def test_a_node_restarted_within_the_retry_window_costs_a_pause_not_a_rerun(
        faults_node, faults_settings, pipeline, tmp_path):
    files = corpus_files(pipeline, tmp_path / "inbox", articles=150)
    expected = expected_ids(pipeline, files)
    timeline: dict[str, float] = {}
    restart = threading.Thread(target=faults_node.start, kwargs={"timeout": 180})

    def restart_node_in_second_batch(built: int, _doc) -> None:
        if built == BATCH * 10 + 3:
            timeline["stopped"] = time.monotonic()
            faults_node.stop()
            restart.start()  # the node comes back while the run waits

    es = elastic.connect(faults_settings, retry_seconds=150, request_timeout=10)
    started = time.monotonic()
    report = ingest([str(f) for f in files], pipeline=HookedPipeline(pipeline, restart_node_in_second_batch), es=es,
                    settings=faults_settings, batch_size=BATCH)
    finished = time.monotonic()
    restart.join(timeout=180)
    print(f"node stopped at {timeline['stopped'] - started:.1f} s, run finished at {finished - started:.1f} s")

    assert "stopped" in timeline
    assert (report.created, report.failed) == (150, 0)  # one run, nothing left for a rerun
    ids = stored_ids(es, faults_settings.alias)
    assert sorted(ids) == sorted(expected)
    assert elastic.count(es, faults_settings.alias) == 150
