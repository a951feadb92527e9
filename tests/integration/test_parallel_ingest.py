"""Ingest with a process pool (documents serialised in the workers) stores the same articles and
figure documents as the single-process run."""

from __future__ import annotations

import pytest

from archive.ingest import ingest
from archive.io import elastic
from bench.corpus import generate, write
from tests.conftest import delete_indices

pytestmark = [pytest.mark.es, pytest.mark.timeout(300)]

VOLATILE = ("ingested_at",)


def stored(es, alias: str) -> dict[str, dict]:
    """The articles and the figure documents behind an alias, by id."""
    elastic.refresh(es, alias)
    return {doc["id"]: {k: v for k, v in doc.items() if k not in VOLATILE}
            for index in (alias, elastic.figures_index(alias)) for doc in elastic.scan_documents(es, index)}


def test_two_workers_store_exactly_what_one_process_stores(es, fresh_archive, pipeline, tmp_path):
    files = [str(p) for p in write(generate(60, pipeline, include_seeds=False), tmp_path / "inbox")]
    serial = ingest(files, pipeline=pipeline, es=es, settings=fresh_archive, batch_size=2)
    one_process = stored(es, fresh_archive.alias)

    delete_indices(es, f"{fresh_archive.alias}-v*")  # an empty archive again
    elastic.ensure_archive(es, fresh_archive)
    parallel = ingest(files, pipeline=pipeline, es=es, settings=fresh_archive, batch_size=2, workers=2)

    assert serial.counts() == parallel.counts() == {"sources": 6, "articles": 60, "created": 60, "updated": 0,
                                                    "unchanged": 0, "failed": 0}
    assert stored(es, fresh_archive.alias) == one_process
