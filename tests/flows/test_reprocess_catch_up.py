"""Reprocess misses nothing: articles ingested while the next version is built are in it before
the alias moves (and one that lands in the old index as the alias moves is taken after); old
versions beyond ARCHIVE_KEEP_VERSIONS are deleted. Library steps, stand-in pipeline, real node."""

from __future__ import annotations

import dataclasses

import pytest

from archive.io import elastic

pytestmark = pytest.mark.es


def ingest_file(es, settings, pipeline, path, title: str) -> None:
    from archive.ingest import ingest

    path.write_text(f"{title}\n正文 {title}\n", encoding="utf-8")
    ingest([str(path)], pipeline=pipeline, es=es, settings=settings)


def titles(es, index: str) -> set[str]:
    es.indices.refresh(index=index)
    return {doc["title"] for doc in elastic.scan_documents(es, index)}


def test_articles_ingested_while_the_next_version_is_built_are_in_it(es, fresh_archive, stub_pipeline, tmp_path):
    from archive.operations import direct_reprocess_steps, reprocess

    ingest_file(es, fresh_archive, stub_pipeline, tmp_path / "a.txt", "早到的")
    steps = direct_reprocess_steps(es, fresh_archive, stub_pipeline)
    calls = []

    def batches_while_ingesting(new_index, work):
        yield from steps.batches(new_index, work)
        if not calls:  # the main pass is done; an ingest arrives before the catch-up
            calls.append(new_index)
            ingest_file(es, fresh_archive, stub_pipeline, tmp_path / "b.txt", "构建中到的")

    def finish_after_a_late_write(report):
        # a write that lands in the old index after the last catch-up pass, just before the alias moves
        ingest_file(es, fresh_archive, stub_pipeline, tmp_path / "c.txt", "换别名时到的")
        return steps.finish(report)

    racing = dataclasses.replace(steps, batches=batches_while_ingesting, finish=finish_after_a_late_write)
    report = reprocess(es, fresh_archive, racing, vocabulary=("stub", None))
    assert (report.old_index, report.new_index) == (f"{fresh_archive.alias}-v1", f"{fresh_archive.alias}-v2")
    assert (report.reenriched, report.caught_up) == (1, 2)
    assert titles(es, fresh_archive.alias) == {"早到的", "构建中到的", "换别名时到的"}


def test_old_versions_beyond_the_retention_count_are_deleted(es, fresh_archive, stub_pipeline, tmp_path,
                                                             monkeypatch):
    from archive.operations import direct_reprocess_steps, reprocess
    from archive.versions import versions_of

    ingest_file(es, fresh_archive, stub_pipeline, tmp_path / "a.txt", "标题")
    alias = fresh_archive.alias
    steps = direct_reprocess_steps(es, fresh_archive, stub_pipeline)
    assert reprocess(es, fresh_archive, steps, vocabulary=("stub", None)).deleted_versions == []
    assert versions_of(es, alias) == [f"{alias}-v1", f"{alias}-v2"]  # default: keep 2
    assert reprocess(es, fresh_archive, steps, vocabulary=("stub", None)).deleted_versions == [f"{alias}-v1"]
    monkeypatch.setenv("ARCHIVE_KEEP_VERSIONS", "1")
    reprocess(es, fresh_archive, steps, vocabulary=("stub", None))
    assert versions_of(es, alias) == [f"{alias}-v4"]
    assert titles(es, alias) == {"标题"}
