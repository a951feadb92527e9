"""The flows against a temporary Prefect API and the real Elasticsearch node (stand-in pipeline)."""

from __future__ import annotations

import pytest

from archive.io import elastic
from archive.io.deadletters import DeadLetterStore

pytestmark = pytest.mark.es


def ids_in(es, alias: str) -> set[str]:
    return {doc["id"] for doc in elastic.scan_documents(es, alias)}


def test_ingest_indexes_good_files_and_dead_letters_the_broken_one(es, fresh_archive, prefect_api, stub_pipeline, tmp_path):
    from flows.ingest import ingest

    (tmp_path / "a.txt").write_text("标题甲\n第一段 暖心\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("标题乙\n第二段\n", encoding="utf-8")
    (tmp_path / "broken.bin").write_bytes(b"\xff\xfe\x00\x81" * 64)
    counts = ingest(sources=[str(tmp_path / n) for n in ("a.txt", "b.txt", "broken.bin")], batch_size=2)
    assert counts == {"sources": 3, "articles": 2, "created": 2, "updated": 0, "unchanged": 0, "failed": 1}
    assert elastic.count(es, fresh_archive.alias) == 2
    [letter] = DeadLetterStore(es, fresh_archive.dead_letter_index).open_letters()
    assert (letter["location"], letter["stage"], letter["reason"]) == (
        str(tmp_path / "broken.bin"), "decode", "not UTF-8 text")


def test_a_second_ingest_of_the_same_files_skips_them_as_unchanged(es, fresh_archive, prefect_api, stub_pipeline, tmp_path):
    from flows.ingest import ingest

    (tmp_path / "a.txt").write_text("标题甲\n第一段\n", encoding="utf-8")
    first = ingest(sources=[str(tmp_path)])
    ids = ids_in(es, fresh_archive.alias)
    second = ingest(sources=[str(tmp_path)])
    assert (first["created"], second["created"], second["unchanged"]) == (1, 0, 1)
    assert ids_in(es, fresh_archive.alias) == ids


def test_the_inbox_flow_moves_files_to_processed_or_failed_after_storing_them(es, fresh_archive, prefect_api,
                                                                               stub_pipeline, inbox_folder):
    from flows.ingest import inbox

    (inbox_folder / "good.txt").write_text("好标题\n正文\n", encoding="utf-8")
    (inbox_folder / "empty.txt").write_bytes(b"")
    (inbox_folder / "half-written.txt.part").write_text("未写完", encoding="utf-8")
    counts = inbox(folder=str(inbox_folder))
    assert (counts["created"], counts["failed"]) == (1, 1)
    assert sorted(p.name for p in inbox_folder.iterdir() if p.is_file()) == ["half-written.txt.part"]
    assert [p.name for p in (inbox_folder / "processed").iterdir()] == ["good.txt"]
    assert [p.name for p in (inbox_folder / "failed").iterdir()] == ["empty.txt"]
    assert elastic.count(es, fresh_archive.alias) == 1


def test_a_file_put_back_into_the_inbox_is_not_indexed_twice(es, fresh_archive, prefect_api, stub_pipeline,
                                                            inbox_folder):
    from flows.ingest import inbox

    (inbox_folder / "good.txt").write_text("好标题\n正文\n", encoding="utf-8")
    inbox(folder=str(inbox_folder))
    (inbox_folder / "processed" / "good.txt").rename(inbox_folder / "again.txt")  # as after a crash before the move
    counts = inbox(folder=str(inbox_folder))
    assert (counts["created"], counts["unchanged"]) == (0, 1)
    assert elastic.count(es, fresh_archive.alias) == 1
    assert sorted(p.name for p in (inbox_folder / "processed").iterdir()) == ["again.txt"]


def test_reprocess_builds_the_next_index_version_and_moves_the_alias(es, fresh_archive, prefect_api, stub_pipeline,
                                                                     tmp_path):
    from flows.ingest import ingest
    from flows.maintenance import reprocess

    (tmp_path / "a.txt").write_text("标题甲\n第一段 暖心\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("标题乙\n第二段\n", encoding="utf-8")
    ingest(sources=[str(tmp_path)])
    ids = ids_in(es, fresh_archive.alias)
    stub_pipeline.version = "stub.2"
    result = reprocess(source=str(tmp_path / "a.txt"), reason="vocabulary v2")
    alias = fresh_archive.alias
    assert result == {"reenriched": 1, "copied": 1, "caught_up": 0, "failed": 0, "rejected": 0,
                      "new_index": f"{alias}-v2", "old_index": f"{alias}-v1"}
    assert elastic.alias_target(es, alias) == f"{alias}-v2"
    assert ids_in(es, alias) == ids
    versions = {d["source"]["location"]: d["pipeline_version"] for d in elastic.scan_documents(es, alias)}
    assert versions == {str(tmp_path / "a.txt"): "stub.2", str(tmp_path / "b.txt"): "stub.1"}


def test_retry_failed_resolves_a_dead_letter_once_its_file_reads(es, fresh_archive, prefect_api, stub_pipeline,
                                                                 tmp_path):
    from flows.ingest import ingest
    from flows.maintenance import retry_failed

    page = tmp_path / "page.txt"
    page.write_bytes(b"")
    assert ingest(sources=[str(page)], return_state=True).is_failed()
    page.write_text("修好了\n正文\n", encoding="utf-8")  # the fix: the file now has text
    assert retry_failed() == {"sources": 1, "articles": 1, "created": 1, "updated": 0, "unchanged": 0, "failed": 0}
    assert list(DeadLetterStore(es, fresh_archive.dead_letter_index).open_letters()) == []


def test_a_run_with_dead_letters_ends_completed_with_failures_and_is_named_for_its_sources(
        es, fresh_archive, prefect_api, stub_pipeline, tmp_path):
    from prefect import get_client

    from flows.ingest import ingest
    from flows.summary import COMPLETED_WITH_FAILURES

    (tmp_path / "a.txt").write_text("标题甲\n第一段\n", encoding="utf-8")
    (tmp_path / "broken.bin").write_bytes(b"\xff\xfe\x00\x81" * 64)
    state = ingest(sources=[str(tmp_path / "a.txt"), str(tmp_path / "broken.bin")], return_state=True)
    assert (state.type.value, state.name) == ("COMPLETED", COMPLETED_WITH_FAILURES)
    assert state.result()["failed"] == 1
    with get_client(sync_client=True) as client:
        run = client.read_flow_run(state.state_details.flow_run_id)
    assert run.name == "ingest a.txt and 1 more"


def test_a_run_where_every_source_failed_ends_failed(es, fresh_archive, prefect_api, stub_pipeline, tmp_path):
    from flows.ingest import ingest

    (tmp_path / "broken.bin").write_bytes(b"\xff\xfe\x00\x81" * 64)
    state = ingest(sources=[str(tmp_path / "broken.bin")], return_state=True)
    assert (state.type.value, state.name) == ("FAILED", "Failed")
    assert "1 failure(s)" in state.message


def test_a_clean_run_ends_completed(es, fresh_archive, prefect_api, stub_pipeline, tmp_path):
    from flows.ingest import ingest

    (tmp_path / "a.txt").write_text("标题甲\n第一段\n", encoding="utf-8")
    state = ingest(sources=[str(tmp_path / "a.txt")], return_state=True)
    assert (state.type.value, state.name) == ("COMPLETED", "Completed")


def test_an_ingest_run_can_carry_the_date_the_operator_knows(es, fresh_archive, prefect_api, pipeline, monkeypatch,
                                                             tmp_path):
    """A backfill from the UI: the flow's `published` parameter dates pages that print none (the real pipeline)."""
    import flows.ingest
    from archive.pipeline import PipelineSpec
    from tests.conftest import SEED_PAGE

    monkeypatch.setenv("ARCHIVE_TASK_RUNNER", "thread")
    monkeypatch.setattr(flows.ingest, "default_pipeline", lambda: pipeline)
    monkeypatch.setattr(PipelineSpec, "build", lambda spec: pipeline)
    page = tmp_path / "seed.txt"
    page.write_bytes(SEED_PAGE.read_bytes())
    flows.ingest.ingest(sources=[str(page)], published="2023-01-20")
    dates = {(doc["timeline_date"], doc["date_source"]) for doc in elastic.scan_documents(es, fresh_archive.alias)}
    assert dates == {("2023-01-20", "operator")}
