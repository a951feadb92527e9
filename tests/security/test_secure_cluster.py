"""A node with security on: the right credentials ingest and search, wrong ones get a clear 401 message.

Runs its own node (port 9260, name "secure") with a node-specific config folder, so the
bootstrap password lands in that node's keystore and not in the distribution's shared one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest

from archive.config import ElasticSettings, cache_dir
from archive.ingest import ingest
from archive.io import elastic
from archive.io.es_node import LocalNode
from tests.conftest import REPO, SAMPLES, delete_indices

pytestmark = pytest.mark.es

BOOTSTRAP_PASSWORD = f"Bootstrap-{uuid.uuid4().hex[:12]}"
SECURE_SETTINGS = {"xpack.security.enabled": "true", "xpack.security.http.ssl.enabled": "false",
                   "xpack.security.transport.ssl.enabled": "false"}
SAMPLE_PAGE = SAMPLES / "zhejiang-workers-daily-2023-spring-festival.txt"


@pytest.fixture(scope="module")
def secure_node():
    node = LocalNode(name="secure", port=9260, settings=SECURE_SETTINGS,
                     config_dir=cache_dir() / "nodes" / "secure-9260" / "config")
    node.stop()  # a node left over from an interrupted run still has the old password
    node.keystore_add("bootstrap.password", BOOTSTRAP_PASSWORD)
    node.start(timeout=180, password=BOOTSTRAP_PASSWORD)
    yield node
    node.stop()


def settings_for(node: LocalNode, password: str) -> ElasticSettings:
    prefix = f"secure-{uuid.uuid4().hex[:8]}-"
    return ElasticSettings(url=node.url, username="elastic", password=password, alias=prefix + "news",
                           dead_letter_index=prefix + "news-dead-letters")


def test_the_node_config_is_its_own_and_the_shared_keystore_is_untouched(secure_node):
    shared = secure_node.home / "config" / "elasticsearch.keystore"
    own = secure_node.config_dir / "elasticsearch.keystore"
    assert own.exists()
    assert not shared.exists() or shared.read_bytes() != own.read_bytes()


def test_ingest_and_search_work_with_the_right_credentials(secure_node, pipeline):
    settings = settings_for(secure_node, BOOTSTRAP_PASSWORD)
    es = elastic.connect(settings)
    try:
        report = ingest([str(SAMPLE_PAGE)], pipeline=pipeline, es=es, settings=settings)
        assert report.created > 0 and report.failed == 0
        total, hits = elastic.search_articles(es, settings.alias, {"query": {"match": {"body": "工会"}}, "size": 5})
        assert total > 0 and all(hit["source"]["location"] == str(SAMPLE_PAGE) for hit in hits)
    finally:
        delete_indices(es, f"{settings.alias}*")
        es.options(ignore_status=404).indices.delete_index_template(name=f"{settings.alias}-articles")


def test_wrong_credentials_fail_with_a_clear_message(secure_node, pipeline):
    settings = settings_for(secure_node, "not-the-password")
    es = elastic.connect(settings, max_retries=0)
    with pytest.raises(Exception) as raised:
        ingest([str(SAMPLE_PAGE)], pipeline=pipeline, es=es, settings=settings)
    message = str(elastic.explain(raised.value, settings))
    assert "rejected the credentials (401)" in message
    assert "not-the-password" not in message


def test_the_cli_reports_rejected_credentials_without_echoing_them(secure_node):
    env = dict(os.environ, ELASTICSEARCH_URL=secure_node.url, ELASTICSEARCH_USERNAME="elastic",
               ELASTICSEARCH_PASSWORD="wrong-Pw-5150", ARCHIVE_INDEX_PREFIX="secure-cli-")
    env.pop("ELASTICSEARCH_API_KEY", None)
    proc = subprocess.run([sys.executable, "-m", "archive.cli", "ingest", str(SAMPLE_PAGE)], env=env,
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert proc.returncode == 1
    assert "rejected the credentials (401)" in proc.stderr
    assert "wrong-Pw-5150" not in proc.stdout + proc.stderr
