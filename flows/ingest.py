"""Ingest flows: locations (files, folders, URLs) or the inbox folder → articles in the archive.

read (flow process; retried on network errors) → process and index → record dead letters and
refresh → only then move inbox files to processed/ or failed/. With the default ``process``
runner, processing and indexing are one task over the CLI path's process pool
(``archive.ingest.index_batches``: workers fork with the pipeline loaded, this process bulk-indexes
while they work); with ``thread`` or ``dask`` each batch is a process task and an index task
(retried on ES errors).

Reruns are safe: ids are deterministic (a file's source key is the hash of its bytes), and an
article whose text and pipeline version are already in the index is skipped before enrichment,
so the index itself is the content-keyed cache. A crash before the move leaves the file in the
inbox; the next run re-reads it, finds it unchanged and moves it: nothing lost, nothing doubled.
"""

from __future__ import annotations

import datetime

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.client.schemas.objects import State
from prefect.runtime import flow_run, task_run
from prefect.utilities.annotations import quote

from archive.config import ElasticSettings
from archive.ingest import prepare_archive as prepare
from archive.ingest import (IngestReport, IngestSteps, Processed, StoredLookup, chunked, index_batches,
                            dated, index_documents, process_sources, Read, read_sources, record_outcome, run_ingest)
from archive.io import elastic
from archive.io.deadletters import DeadLetter
from archive.model import Source
from archive.operations import failed_locations, file_away, in_inbox, inbox_dir, inbox_files, is_transient
from archive.pipeline import PipelineSpec, default_pipeline
from archive.versions import ArchiveMismatch
from flows.runners import ArchiveTaskRunner, local_pool_workers
from flows.summary import Progress, describe_sources, final_state, log_failures, publish_summary


class TransientReadError(RuntimeError):
    """A URL failed in a way worth retrying (network, 429, 5xx)."""


@task(retries=3, retry_delay_seconds=[2, 10, 30], retry_condition_fn=lambda task, run, state: not isinstance(
    state.result(raise_on_failure=False), ArchiveMismatch), cache_policy=NO_CACHE)
def prepare_archive(settings: ElasticSettings, allow_vocabulary_change: bool) -> str:
    """Template, alias and dead-letter index in place, the vocabulary the alias's → the index the alias points at."""
    return prepare(elastic.connect(settings), settings, default_pipeline(), allow_vocabulary_change)


@task(retries=2, retry_delay_seconds=[5, 30], cache_policy=NO_CACHE)
def read_batch(locations: list[str], allow_hosts: list[str]) -> Read:
    """Locations → sources; what cannot be read becomes a dead letter (after the retries, for the network)."""
    read = read_sources(locations, allow_hosts)
    transient = [letter for letter in read.letters if is_transient(letter)]
    if transient and task_run.run_count <= (read_batch.retries or 0):  # the last attempt keeps them as dead letters
        raise TransientReadError("; ".join(f"{letter.location}: {letter.reason}" for letter in transient))
    return read


@task(retries=1, timeout_seconds=1800, cache_policy=NO_CACHE)
def process_batch(sources: list[Source], settings: ElasticSettings, spec: PipelineSpec) -> Processed:
    """Sources → documents to index, skipping articles already stored unchanged (CPU: runs in the pool,
    on a worker that builds the pipeline from ``spec`` once)."""
    lookup = StoredLookup(elastic.connect(settings), settings.alias)
    return process_sources(spec.build(), sources, lookup)


@task(retries=3, retry_delay_seconds=[2, 10, 30], cache_policy=NO_CACHE)
def index_batch(documents: list[dict], settings: ElasticSettings) -> tuple[elastic.BulkResult, list[DeadLetter]]:
    """Documents → the index (429s back off inside the bulk helper; other ES errors retry the task)."""
    return index_documents(elastic.connect(settings), settings.alias, documents)


@task(retries=1, timeout_seconds=3600, cache_policy=NO_CACHE)
def process_and_index(sources: list[Source], settings: ElasticSettings, batch_size: int, workers: int) -> IngestReport:
    """Sources → documents in the index, the CPU stages in a local process pool (the CLI path).

    A rerun is safe: ids are deterministic and articles already stored unchanged are skipped;
    429s back off inside the bulk helper.
    """
    pipeline = default_pipeline()  # loaded before the pool forks, so each worker inherits it
    batches = -(-len(sources) // batch_size)
    progress = Progress(batches, f"{batches} batch(es) of up to {batch_size} sources processed")
    return index_batches(sources, pipeline=pipeline, es=elastic.connect(settings), settings=settings,
                         batch_size=batch_size, workers=workers, on_batch=progress.advance)


@task(name="record_outcome", retries=3, retry_delay_seconds=[2, 10, 30], cache_policy=NO_CACHE)
def record_outcome_task(report: IngestReport, sources: list[Source], settings: ElasticSettings) -> None:
    """Index refreshed, dead letters written and resolved: after this the run's outcome is durable."""
    record_outcome(elastic.connect(settings), settings, report, sources)


@task(cache_policy=NO_CACHE)
def file_inbox(paths: list[str], letters: list[DeadLetter]) -> list[dict[str, str]]:
    """Inbox files whose outcome is durable → moved to failed/ (any failure) or processed/."""
    failed = {str(Path(location).resolve()) for location in failed_locations(letters)}
    moves = []
    for path in paths:
        target = file_away(Path(path), failed=str(Path(path).resolve()) in failed)
        moves.append({"file": Path(path).name, "moved_to": str(target) if target else "(already moved)"})
    return moves


def task_steps(settings: ElasticSettings, allow_hosts: list[str], batch_size: int,
               allow_vocabulary_change: bool = False, published: str | None = None) -> IngestSteps:
    """The ingest steps as Prefect tasks (called from a flow); archive.ingest.run_ingest orders them."""
    def index(sources: list[Source]) -> IngestReport:
        workers = local_pool_workers()
        if workers and len(sources) <= batch_size:
            workers = 1  # one batch: a pool would add its start-up to a one-page run and share nothing
        if workers:
            # quoted: Prefect would otherwise walk every Source (≈ 16 MB for 10k articles) twice, looking
            # for futures to track; these come from finished tasks, so there is nothing to find
            return process_and_index(quote(sources), settings, batch_size, workers)
        return process_in_tasks(sources, settings, batch_size)

    return IngestSteps(
        prepare=lambda: prepare_archive(settings, allow_vocabulary_change),
        read=lambda chunk: dated(read_batch(chunk, allow_hosts), published),
        index=index,
        record=lambda report, sources: record_outcome_task(quote(report), quote(sources), settings),
    )


def process_in_tasks(sources: list[Source], settings: ElasticSettings, batch_size: int) -> IngestReport:
    """Sources → indexed, a process task and an index task per batch (thread and dask runners)."""
    report = IngestReport()
    spec = PipelineSpec.from_env()  # read here, in the flow run; workers are handed it
    futures = [process_batch.submit(batch, settings, spec) for batch in chunked(sources, batch_size)]
    progress = Progress(len(futures), f"{len(futures)} batch(es) of up to {batch_size} sources processed")
    for future in as_completed(futures):
        processed = future.result()
        result, index_letters = index_batch(processed.documents, settings)
        report.add(IngestReport(articles=processed.articles, created=result.created, updated=result.updated,
                                unchanged=processed.unchanged, failures=processed.failures + index_letters))
        progress.advance()
    return report


def finish(report: IngestReport, what: str, key: str) -> State:
    """Logs a warning per failure and leaves the summary artifacts → the run's final state (the counts its result)."""
    log_failures(get_run_logger(), report.failures)
    if report.skipped:
        get_run_logger().info("skipped %d file(s) that are not news file types: %s", len(report.skipped),
                              ", ".join(report.skipped[:20]) + (" …" if len(report.skipped) > 20 else ""))
        create_table_artifact(key=f"{key}-skipped", table=[{"file": path} for path in report.skipped],
                              description=f"{what}: files left out (not news file types, ARCHIVE_INGEST_SUFFIXES)")
    publish_summary(key, report.counts(), report.failures, what)
    get_run_logger().info("%s", " ".join(f"{name}={value}" for name, value in report.counts().items()))
    return final_state(report.counts(), what)


def ingest_run_name() -> str:
    """The ingest run's name in the runs list: what it ingests."""
    return describe_sources(list(flow_run.parameters.get("sources") or []))


def rename_run(name: str) -> None:
    """The current flow run gets a name known only once it runs (how many files the inbox held)."""
    from prefect import get_client

    if flow_run.id:
        with get_client(sync_client=True) as client:
            client.update_flow_run(flow_run.id, name=name)


@flow(name="ingest", task_runner=ArchiveTaskRunner(), log_prints=True, flow_run_name=ingest_run_name)
def ingest(sources: list[str], allow_hosts: list[str] | None = None, batch_size: int = 20,
           inbox_folder: str | None = None, allow_vocabulary_change: bool = False,
           published: datetime.date | None = None) -> State:
    """Files, folders and URLs → articles in the archive; a bad document goes to the dead-letter
    index and the run goes on. A source lying in the inbox folder is then moved like the inbox flow does.
    ``published``: the date the operator knows for these pages (a backfill from the UI; used where
    none is printed, as `archive ingest --published`)."""
    settings = ElasticSettings.from_env()
    day = published.isoformat() if published else None
    report = run_ingest(sources, task_steps(settings, allow_hosts or [], batch_size, allow_vocabulary_change, day))
    folder = inbox_dir(inbox_folder)
    file_inbox([s for s in sources if in_inbox(s, folder)], report.failures)
    return finish(report, f"ingest of {len(sources)} location(s)", "ingest")


@flow(name="inbox", task_runner=ArchiveTaskRunner(), log_prints=True)
def inbox(folder: str | None = None, batch_size: int = 20) -> State:
    """New files in the inbox folder (the `folder` parameter, else $ARCHIVE_INBOX) → ingested, then
    each moved to processed/ or failed/ once its documents or dead letter are stored."""
    settings = ElasticSettings.from_env()
    folder_path = inbox_dir(folder)
    files = [str(path) for path in inbox_files(folder_path)]
    get_run_logger().info("%d file(s) waiting in %s", len(files), folder_path)
    rename_run(f"ingest {len(files)} file(s) from inbox")
    report = run_ingest(files, task_steps(settings, [], batch_size)) if files else IngestReport()
    moves = file_inbox(files, report.failures)
    if moves:
        create_table_artifact(key="inbox-moves", table=moves, description=f"files moved out of {folder_path}")
    return finish(report, f"inbox {folder_path}", "inbox")
