"""Maintenance flows: re-enrich the archive into a new index version (after a vocabulary or
mapping change) and retry the dead letters (after a fix)."""

from __future__ import annotations

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from archive.config import ElasticSettings
from archive.ingest import IngestReport
from archive.io import elastic
from archive.operations import (ReprocessReport, chunked, finish_reprocess, others_query, reprocess_batch,
                                reprocess_query, retry_dead_letters, scan_ids)
from archive.pipeline import default_pipeline
from flows.runners import ArchiveTaskRunner
from flows.summary import Progress, log_failures, publish_summary


@task(retries=3, retry_delay_seconds=[2, 10, 30], cache_policy=NO_CACHE)
def create_new_index(settings: ElasticSettings) -> str:
    """The archive in place → a new, empty index version (the alias stays on the current one)."""
    es = elastic.connect(settings)
    elastic.ensure_archive(es, settings)
    return elastic.create_next_index(es, settings.alias)


@task(retries=1, timeout_seconds=1800, cache_policy=NO_CACHE)
def reprocess_ids(ids: list[str], new_index: str, settings: ElasticSettings, reenrich: bool) -> ReprocessReport:
    """Ids in the current index → re-enriched (or copied) into the new index (CPU: runs in the pool)."""
    return reprocess_batch(elastic.connect(settings), default_pipeline(), settings.alias, new_index, ids, reenrich)


@task(retries=3, retry_delay_seconds=[2, 10, 30], cache_policy=NO_CACHE)
def swap_to_new_index(report: ReprocessReport, settings: ElasticSettings) -> str | None:
    """A complete new index → the alias points at it (one atomic call); returns the index it left."""
    from archive.io.deadletters import DeadLetterStore

    es = elastic.connect(settings)
    store = DeadLetterStore(es, settings.dead_letter_index)
    for letter in report.failures + report.rejected:
        store.put(letter)
    return finish_reprocess(es, settings, report.new_index, report.rejected)


@task(cache_policy=NO_CACHE)
def drop_index(settings: ElasticSettings, index: str) -> None:
    """A half-built index of a failed reprocess → deleted (the alias never pointed at it)."""
    elastic.connect(settings).indices.delete(index=index, ignore_unavailable=True)


@flow(name="reprocess", task_runner=ArchiveTaskRunner(), log_prints=True)
def reprocess(date_from: str | None = None, date_to: str | None = None, source: str | None = None,
              batch_size: int = 200, reason: str = "") -> dict[str, int | str | None]:
    """Stored articles → enriched again from their cleaned text (no refetch) into a new index
    version; the alias moves when it is complete. Filters (published date range, a source key or
    location) choose what is re-enriched; the other articles are copied as they are."""
    settings = ElasticSettings.from_env()
    es = elastic.connect(settings)
    query = reprocess_query(date_from or None, date_to or None, source or None)
    new_index = create_new_index(settings)
    get_run_logger().info("building %s for %s (%s)", new_index, settings.alias, reason or "no reason given")
    try:
        futures = [reprocess_ids.submit(ids, new_index, settings, True)
                   for ids in chunked(scan_ids(es, settings.alias, query), batch_size)]
        if query is not None:
            futures += [reprocess_ids.submit(ids, new_index, settings, False)
                        for ids in chunked(scan_ids(es, settings.alias, others_query(query)), batch_size)]
        report = ReprocessReport(new_index=new_index)
        progress = Progress(len(futures), f"{len(futures)} batch(es) of up to {batch_size} articles into {new_index}")
        for future in futures:
            report.add(future.result())
            progress.advance()
        report.old_index = swap_to_new_index(report, settings)
    except BaseException:
        drop_index(settings, new_index)
        raise
    log_failures(get_run_logger(), report.failures + report.rejected)
    publish_summary("reprocess", report.counts(), report.failures, f"reprocess into {new_index}")
    get_run_logger().info("alias %s: %s → %s", settings.alias, report.old_index, new_index)
    return {**report.counts(), "new_index": new_index, "old_index": report.old_index}


@task(retries=2, retry_delay_seconds=[5, 30], cache_policy=NO_CACHE)
def retry_open_dead_letters(settings: ElasticSettings) -> IngestReport:
    """Open dead letters → ingested again; returns what happened."""
    return retry_dead_letters(elastic.connect(settings), settings, default_pipeline())


@flow(name="retry-failed", log_prints=True)
def retry_failed() -> dict[str, int]:
    """Open dead letters → their sources ingested again (re-read from where they are, else from the
    stored input); records that now go through are marked resolved."""
    settings = ElasticSettings.from_env()
    report = retry_open_dead_letters(settings)
    log_failures(get_run_logger(), report.failures)
    publish_summary("retry-failed", report.counts(), report.failures, "retry of the dead letters")
    return report.counts()
