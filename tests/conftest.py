"""Shared fixtures. Integration tests run against a real Elasticsearch node: the local one
(started here if it is not running) or the cluster ELASTICSEARCH_URL names. Each test session
works under its own index prefix, so runs never see each other's documents."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = REPO / "samples"
# The seed page (shared/seeds/000_5f622d1ce22f044b.txt), bundled so tests and the demo never depend on shared/.
SEED_PAGE = SAMPLES / "zhejiang-workers-daily-2023-spring-festival.txt"
DATA = Path(__file__).resolve().parent / "data"


def delete_indices(es, pattern: str) -> list[str]:
    """Delete the indices matching ``pattern`` by name (9.x refuses wildcard deletes by default)."""
    names = list(es.indices.get(index=pattern, allow_no_indices=True, expand_wildcards="all"))
    if names:
        es.indices.delete(index=",".join(names), ignore_unavailable=True)
    return names


@pytest.fixture(scope="session")
def es_node_url() -> str:
    """The URL of a running node; starts the local one when none is configured."""
    if os.environ.get("ELASTICSEARCH_URL"):
        return os.environ["ELASTICSEARCH_URL"]
    from archive.io.es_node import LocalNode

    node = LocalNode()
    print(node.start())
    return node.url


@pytest.fixture(scope="session")
def es_settings(es_node_url):
    from archive.config import ElasticSettings

    os.environ.setdefault("ARCHIVE_INDEX_PREFIX", f"test-{uuid.uuid4().hex[:8]}-")
    settings = ElasticSettings.from_env()
    yield settings
    from archive.io.elastic import connect, delete_templates

    es = connect(settings)
    delete_indices(es, f"{settings.alias}*")
    delete_templates(es, settings.alias)


@pytest.fixture(scope="session")
def es(es_settings):
    from archive.io.elastic import connect

    return connect(es_settings)


@pytest.fixture
def fresh_archive(es, es_settings):
    """An empty archive (alias, first index, dead-letter index) for one test."""
    delete_indices(es, f"{es_settings.alias}-v*")
    delete_indices(es, f"{es_settings.alias}-figures-v*")
    es.indices.delete(index=es_settings.dead_letter_index, ignore_unavailable=True)
    from archive.io.elastic import ensure_archive

    ensure_archive(es, es_settings)
    return es_settings


@pytest.fixture(scope="session")
def pipeline():
    from archive.pipeline import default_pipeline

    return default_pipeline()
