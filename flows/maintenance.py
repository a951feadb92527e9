"""Maintenance flows: re-enrich the archive into a new index version (after a vocabulary or
mapping change) and retry the dead letters (after a fix)."""

from __future__ import annotations

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import State
from prefect.runtime import flow_run

from archive.config import ElasticSettings
from archive.ingest import direct_steps
from archive.io import elastic
from archive.io.deadletters import DeadLetterStore
from archive.operations import (Batch, ReprocessReport, ReprocessSteps, RetryReport, drop_index, finish_reprocess, reprocess_batch,
                                retry_dead_letters)
from archive.operations import reprocess as run_reprocess
from archive.pipeline import Pipeline, PipelineSpec, default_pipeline
from archive.versions import vocabulary_of
from flows.runners import ArchiveTaskRunner
from flows.summary import Progress, final_state, log_failures, publish_summary


@task(retries=3, retry_delay_seconds=[2, 10, 30], cache_policy=NO_CACHE)
def create_new_index(settings: ElasticSettings) -> str:
    """The archive in place → a new, empty index version (the alias stays on the current one)."""
    es = elastic.connect(settings)
    elastic.ensure_archive(es, settings)
    return elastic.create_next_index(es, settings)


@task(retries=1, timeout_seconds=1800, cache_policy=NO_CACHE)
def reprocess_ids(ids: list[str], new_index: str, settings: ElasticSettings, reenrich: bool,
                  spec: PipelineSpec, read_from: str) -> ReprocessReport:
    """Ids in the current index (``read_from``) → re-enriched (or copied) into the new index (CPU: runs in the pool,
    on a worker that builds the pipeline from ``spec`` once)."""
    return reprocess_batch(elastic.connect(settings), spec.build(), read_from, new_index, ids, reenrich)


def reprocess_spec(vocabulary_dir: str | None) -> PipelineSpec:
    """The pipeline a reprocess enriches with: the vocabulary folder its event names, else the active one."""
    return PipelineSpec(vocabulary_dir) if vocabulary_dir else PipelineSpec.from_env()


def reprocess_pipeline(vocabulary_dir: str | None) -> Pipeline:
    return reprocess_spec(vocabulary_dir).build()


@task(retries=3, retry_delay_seconds=[2, 10, 30], cache_policy=NO_CACHE)
def swap_to_new_index(report: ReprocessReport, settings: ElasticSettings) -> str | None:
    """A complete new index → the alias points at it (one atomic call); returns the index it left."""
    return finish_reprocess(elastic.connect(settings), settings, report)


@task(cache_policy=NO_CACHE)
def drop_new_index(settings: ElasticSettings, index: str) -> None:
    """A half-built index of a failed reprocess → deleted (the alias never pointed at it)."""
    drop_index(elastic.connect(settings), index)


def task_reprocess_steps(settings: ElasticSettings, batch_size: int, vocabulary_dir: str | None) -> ReprocessSteps:
    """The reprocess steps as Prefect tasks, the batches in parallel; archive.operations.reprocess orders them."""
    def batches(new_index: str, work: list[Batch]) -> list[ReprocessReport]:
        spec = reprocess_spec(vocabulary_dir)  # resolved here, in the flow run; workers are handed it
        futures = [reprocess_ids.submit(batch.ids, new_index, settings, batch.reenrich, spec, batch.read_from)
                   for batch in work]
        progress = Progress(len(futures), f"{len(futures)} batch(es) of up to {batch_size} articles into {new_index}")
        reports = []
        for future in futures:
            reports.append(future.result())
            progress.advance()
        return reports

    return ReprocessSteps(create=lambda: create_new_index(settings), batches=batches,
                          finish=lambda report: swap_to_new_index(report, settings),
                          drop=lambda index: drop_new_index(settings, index))


def reprocess_run_name() -> str:
    """The reprocess run's name in the runs list: which articles it re-enriches."""
    params = flow_run.parameters
    what = params.get("source") or " to ".join(filter(None, (params.get("date_from"), params.get("date_to")))) or "all"
    return f"reprocess {what}" + (f" ({params['reason']})" if params.get("reason") else "")


@flow(name="reprocess", task_runner=ArchiveTaskRunner(), log_prints=True, flow_run_name=reprocess_run_name)
def reprocess(date_from: str | None = None, date_to: str | None = None, source: str | None = None,
              batch_size: int = 200, reason: str = "", vocabulary_dir: str | None = None) -> State:
    """Stored articles → enriched again from their cleaned text (no refetch) into a new index
    version; the alias moves when it is complete. Filters (published date range, a source key or
    location) choose what is re-enriched; the other articles are copied as they are.
    ``vocabulary_dir`` (from the vocabulary-updated event) is the vocabulary to enrich with; the
    new version records it, and ingests must then use the same (ARCHIVE_VOCABULARY_DIR)."""
    settings = ElasticSettings.from_env()
    vocabulary_dir = vocabulary_dir or None
    fingerprint, folder = vocabulary_of(reprocess_pipeline(vocabulary_dir))
    get_run_logger().info("reprocess of %s with vocabulary %s from %s (%s)", settings.alias, fingerprint[:12],
                          folder or "the packaged vocabulary", reason or "no reason given")
    report = run_reprocess(elastic.connect(settings), settings,
                           task_reprocess_steps(settings, batch_size, vocabulary_dir), vocabulary=(fingerprint, folder),
                           date_from=date_from or None, date_to=date_to or None, source=source or None,
                           batch_size=batch_size)
    log_failures(get_run_logger(), report.failures + report.rejected)
    publish_summary("reprocess", report.counts(), report.failures, f"reprocess into {report.new_index}")
    get_run_logger().info("alias %s: %s → %s; %d article(s) ingested meanwhile caught up; deleted %s",
                          settings.alias, report.old_index, report.new_index, report.caught_up,
                          ", ".join(report.deleted_versions) or "no old version")
    state = final_state(report.counts(), f"reprocess into {report.new_index}")
    if state.is_completed():
        state.data = {**report.counts(), "new_index": report.new_index, "old_index": report.old_index}
    return state


@task(retries=2, retry_delay_seconds=[5, 30], cache_policy=NO_CACHE)
def retry_open_dead_letters(settings: ElasticSettings, ids: list[str] | None, allow_hosts: list[str]) -> RetryReport:
    """Open dead letters → ingested again (the library's retry, its steps called in this task)."""
    es = elastic.connect(settings)
    steps = direct_steps(pipeline=default_pipeline(), es=es, settings=settings, allow_hosts=allow_hosts)
    return retry_dead_letters(steps, DeadLetterStore(es, settings.dead_letter_index), ids)


@flow(name="retry-failed", log_prints=True, flow_run_name="retry open dead letters")
def retry_failed(ids: list[str] | None = None, allow_hosts: list[str] | None = None) -> State:
    """Open dead letters (the ids given, else all) → their sources ingested again (re-read from where
    they are, else from the stored input); records that now go through are marked resolved. Letters
    that need a fix first (a refused address, a binary or missing file) are only retried when named."""
    settings = ElasticSettings.from_env()
    retried = retry_open_dead_letters(settings, ids or None, allow_hosts or [])
    logger = get_run_logger()
    log_failures(logger, retried.report.failures)
    for record, fix in retried.needs_fix:
        logger.warning("left alone %s (%s): %s", record["id"], record["location"], fix)
    for letter_id in retried.unknown:
        logger.warning("no dead letter %s", letter_id)
    report = retried.report
    publish_summary("retry-failed", report.counts(), report.failures, "retry of the dead letters")
    counts = {**report.counts(), "failed": report.failed + len(retried.unknown)}
    return final_state(counts, "retry of the dead letters")
