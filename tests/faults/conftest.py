"""A node of its own for fault injection (port 9250), so stopping it never touches the shared node."""

from __future__ import annotations

import uuid

import pytest

from archive.config import ElasticSettings
from archive.io import elastic
from archive.io.es_node import LocalNode, cluster_health
from tests.conftest import delete_indices

FAULTS_PORT = 9250


@pytest.fixture(scope="package")
def faults_node():
    node = LocalNode(name="faults", port=FAULTS_PORT)
    if cluster_health(node.url) and node.pid() is None:
        pytest.fail(f"a node this launcher did not start answers at {node.url}; the fault tests must be able "
                    "to stop their node: stop that one first")
    node.start(timeout=180)
    yield node
    node.stop()


def faults_settings_for(url: str, prefix: str) -> ElasticSettings:
    return ElasticSettings(url=url, alias=f"{prefix}news", dead_letter_index=f"{prefix}news-dead-letters")


@pytest.fixture
def faults_settings(faults_node):
    """Settings for an empty archive on the faults node, removed after the test."""
    prefix = f"faults-{uuid.uuid4().hex[:8]}-"
    settings = faults_settings_for(faults_node.url, prefix)
    yield settings
    if faults_node.pid() is None:  # a test left the node stopped
        faults_node.start(timeout=180)
    es = elastic.connect(settings)
    delete_indices(es, f"{prefix}*")
    es.options(ignore_status=404).indices.delete_index_template(name=f"{settings.alias}-articles")
