"""A real cluster: three local nodes of the pinned test distribution on loopback ports form one
cluster; the archive index gets shards and a replica from the settings; a node stops in the
middle of an ingest. Every document is stored exactly once and search answers throughout."""

from __future__ import annotations

import shutil
import threading
import time

import pytest

from archive.config import ElasticSettings
from archive.ingest import ingest
from archive.io import elastic
from archive.io.es_node import NodeError, cluster_health, local_cluster
from tests.faults.helpers import HookedPipeline, corpus_files, expected_ids, stored_ids

pytestmark = [pytest.mark.es, pytest.mark.timeout(900)]

PORTS = [9270, 9271, 9272]  # faults use 9250, security 9260
ARTICLES = 60  # one per file; the node stops once half of them are built


def wait_for_cluster(url: str, nodes: int, timeout: float = 300) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        health = cluster_health(url)
        if health and health.get("number_of_nodes") == nodes:
            return health
        time.sleep(1)
    raise NodeError(f"no cluster of {nodes} nodes at {url} within {timeout:.0f} s")


@pytest.fixture(scope="module")
def cluster():
    nodes = local_cluster("cluster", PORTS)
    for node in nodes:  # a fresh cluster every run: bootstrapping reads cluster.initial_master_nodes once
        node.stop()
        shutil.rmtree(node.node_dir, ignore_errors=True)
    started = time.monotonic()
    try:
        for node in nodes:
            node.start(wait=False)
        wait_for_cluster(nodes[0].url, len(nodes))
        yield nodes, time.monotonic() - started
    finally:
        for node in nodes:
            node.stop()


class SearchProbe(threading.Thread):
    """Searches the alias every 0.2 s; records (seconds since start, total hits or the error)."""

    def __init__(self, settings: ElasticSettings, started: float):
        super().__init__(daemon=True)
        self.es = elastic.connect(settings, request_timeout=10)
        self.alias = settings.alias
        self.started = started
        self.answers: list[tuple[float, int | str]] = []
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            try:
                hits = self.es.search(index=self.alias, size=0, track_total_hits=True)["hits"]["total"]["value"]
                self.answers.append((time.monotonic() - self.started, hits))
            except Exception as error:  # recorded: the test asserts there is none
                self.answers.append((time.monotonic() - self.started, repr(error)))
            time.sleep(0.2)


def test_a_cluster_keeps_every_document_once_and_answers_while_a_node_stops(cluster, pipeline, tmp_path):
    nodes, boot_seconds = cluster
    settings = ElasticSettings(url=",".join(node.url for node in nodes), alias="cluster-news",
                               dead_letter_index="cluster-news-dead-letters", shards=3, replicas=1,
                               retry_seconds=60)
    es = elastic.connect(settings)
    files = corpus_files(pipeline, tmp_path / "inbox", articles=ARTICLES, per_page=1)
    expected = expected_ids(pipeline, files)

    index = elastic.ensure_archive(es, settings)
    layout = es.indices.get_settings(index=index)[index]["settings"]["index"]
    assert (layout["number_of_shards"], layout["number_of_replicas"]) == ("3", "1")
    es.cluster.health(index=settings.alias, wait_for_status="green", timeout="60s")

    master = es.cat.master(format="json")[0]["node"]
    victim = next(node for node in nodes if node.name != master)  # a data node; the master stays
    started = time.monotonic()
    timeline: dict[str, float | int] = {}

    def stop_a_node_half_way(built: int, _doc) -> None:
        if built == ARTICLES // 2:
            es.indices.refresh(index=settings.alias)
            timeline["documents stored when the node stopped"] = es.count(index=settings.alias)["count"]
            timeline["node stopped at (s)"] = round(time.monotonic() - started, 1)
            victim.stop()

    probe = SearchProbe(settings, started)
    probe.start()
    try:
        report = ingest([str(f) for f in files], pipeline=HookedPipeline(pipeline, stop_a_node_half_way), es=es,
                        settings=settings, batch_size=5)
    finally:
        probe.done.set()
        probe.join(timeout=30)
    timeline["ingest finished at (s)"] = round(time.monotonic() - started, 1)
    ids = stored_ids(es, settings.alias)
    health = es.cluster.health()
    timeline.update({"documents stored": len(ids), "expected": len(expected), "lost": len(expected - set(ids)),
                     "doubled": len(ids) - len(set(ids)), "searches": len(probe.answers),
                     "searches after the stop": sum(t > timeline["node stopped at (s)"] for t, _ in probe.answers),
                     "cluster up in (s)": round(boot_seconds, 1), "health after": health["status"]})
    print("cluster timeline:", timeline)

    assert (report.created, report.failed) == (ARTICLES, 0)
    assert sorted(ids) == sorted(expected)  # every document, none twice
    assert es.count(index=settings.alias)["count"] == ARTICLES
    assert 0 < timeline["documents stored when the node stopped"] < ARTICLES  # it stopped mid-run
    assert health["number_of_nodes"] == 2 and health["status"] in ("yellow", "green")
    failures = [answer for _, answer in probe.answers if isinstance(answer, str)]
    assert failures == []  # search answered throughout
    assert timeline["searches after the stop"] > 0
