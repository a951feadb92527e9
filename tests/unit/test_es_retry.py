"""The Elasticsearch client rides out a restart: connection loss, 429 and 5xx are retried with
backoff for the settings' retry window, then the explained error (archive.io.elastic)."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from archive.config import ElasticSettings
from archive.io import elastic


class FakeNode:
    """A loopback HTTP server that answers ``failures`` requests with ``status``, then 200."""

    def __init__(self, status: int, failures: int, port: int = 0):
        self.answers: list[int] = []
        node = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                code = status if len(node.answers) < failures else 200
                node.answers.append(code)
                body = json.dumps({"cluster_name": "fake", "status": "green"} if code == 200
                                  else {"error": {"type": "unavailable"}, "status": code}).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("X-Elastic-Product", "Elasticsearch")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("status", [429, 500, 503])
def test_a_busy_or_restarting_node_costs_a_pause_not_an_error(status):
    node = FakeNode(status, failures=2)
    try:
        es = elastic.connect(ElasticSettings(url=node.url, retry_seconds=30), max_retries=1)
        started = time.monotonic()
        assert es.cluster.health()["status"] == "green"
        # the answers after the transport's own immediate retries are waited for with backoff (0.5 s, 1 s …)
        assert node.answers[-1] == 200 and node.answers.count(status) == 2
        assert 0.4 < time.monotonic() - started < 5
    finally:
        node.close()


def test_a_node_that_comes_back_within_the_window_answers_the_waiting_request():
    port = free_port()
    es = elastic.connect(ElasticSettings(url=f"http://127.0.0.1:{port}", retry_seconds=30))
    nodes: list[FakeNode] = []
    threading.Timer(1.5, lambda: nodes.append(FakeNode(503, failures=0, port=port))).start()
    started = time.monotonic()
    try:
        assert es.cluster.health()["status"] == "green"
        assert 1.5 <= time.monotonic() - started < 8
    finally:
        for node in nodes:
            node.close()


def test_past_the_window_the_run_fails_with_the_explained_message():
    settings = ElasticSettings(url=f"http://127.0.0.1:{free_port()}", retry_seconds=1.5)
    es = elastic.connect(settings)
    started = time.monotonic()
    with pytest.raises(Exception) as raised:
        es.cluster.health()
    assert 1.5 <= time.monotonic() - started < 6
    assert str(elastic.explain(raised.value, settings)).startswith(f"cannot reach Elasticsearch at {settings.url}")


def test_a_refusal_is_not_retried():
    node = FakeNode(401, failures=5)
    try:
        es = elastic.connect(ElasticSettings(url=node.url, retry_seconds=30))
        with pytest.raises(Exception) as raised:
            es.cluster.health()
        assert node.answers == [401]
        assert "rejected the credentials (401)" in str(elastic.explain(raised.value, ElasticSettings(url=node.url)))
    finally:
        node.close()


def test_the_retry_window_is_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("ARCHIVE_ES_RETRY_SECONDS", "7.5")
    assert ElasticSettings.from_env().retry_seconds == 7.5
    monkeypatch.delenv("ARCHIVE_ES_RETRY_SECONDS")
    assert ElasticSettings.from_env().retry_seconds == 120
    monkeypatch.setenv("ARCHIVE_ES_RETRY_SECONDS", "soon")
    with pytest.raises(ValueError, match="ARCHIVE_ES_RETRY_SECONDS='soon'"):
        ElasticSettings.from_env()
