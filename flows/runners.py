"""Where the CPU-bound tasks (segmentation, enrichment) run, chosen by ARCHIVE_TASK_RUNNER when a
flow run starts, so the same flows and deployments scale without code changes:

- ``process`` (default): a process pool on this machine, one worker per core
  (ARCHIVE_WORKERS caps it). jieba is CPU-bound Python: threads would not use a second core.
  The ingest flows then run their CPU stage as one task over the CLI path's own pool
  (``local_pool_workers``): its workers fork from the flow run with the pipeline already
  loaded, and a task per batch would cost the Prefect server more CPU than it saves.
- ``thread``: a thread pool (debugging; tests).
- ``dask``: a Dask cluster (``pip install '.[dask]'``): the scheduler at ARCHIVE_DASK_ADDRESS
  (e.g. ``tcp://10.0.0.5:8786``), or a LocalCluster of ARCHIVE_WORKERS (default: one per core)
  single-threaded worker processes when that is unset. Sources are read in the flow process and
  shipped to the workers as bytes, with the Elasticsearch settings and the ``PipelineSpec`` as
  task arguments: every worker needs this package installed and must reach Elasticsearch and
  the Prefect API, but reads no settings of its own.
"""

from __future__ import annotations

import os
from typing import Any

from prefect.futures import PrefectFuture
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from archive.workers import exit_with_parent

KINDS = ("process", "thread", "dask")


def configured_kind() -> str:
    return os.environ.get("ARCHIVE_TASK_RUNNER", "process").strip().lower()


def configured_workers() -> int | None:
    return int(os.environ["ARCHIVE_WORKERS"]) if os.environ.get("ARCHIVE_WORKERS") else None


def local_pool_workers() -> int | None:
    """With the ``process`` runner: how many local processes the CPU stage gets; None for the others
    (``thread`` for tests and debugging, ``dask`` to spread batches over machines as tasks)."""
    return (configured_workers() or os.cpu_count() or 1) if configured_kind() == "process" else None


def configured_task_runner() -> TaskRunner:
    """$ARCHIVE_TASK_RUNNER (+ $ARCHIVE_WORKERS, $ARCHIVE_DASK_ADDRESS) → a task runner."""
    kind, workers = configured_kind(), configured_workers()
    if kind == "process":
        return ProcessPoolTaskRunner(max_workers=workers or os.cpu_count() or 1,
                                     initializer=exit_with_parent, initargs=(os.getpid(),))
    if kind == "thread":
        return ThreadPoolTaskRunner(max_workers=workers)
    if kind == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError as error:
            raise RuntimeError("ARCHIVE_TASK_RUNNER=dask needs prefect-dask: pip install -e '.[dask]'") from error
        address = os.environ.get("ARCHIVE_DASK_ADDRESS")
        if address:
            return DaskTaskRunner(address=address)
        # a LocalCluster on this machine: one single-threaded worker process per core (jieba holds the GIL)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers or os.cpu_count() or 1, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    raise ValueError(f"ARCHIVE_TASK_RUNNER={kind!r}: expected one of {', '.join(KINDS)}")


class ArchiveTaskRunner(TaskRunner[PrefectFuture[Any]]):
    """A task runner that becomes the configured one when its flow run starts (not at import),
    so a served deployment follows the environment of the process that runs it."""

    def __init__(self) -> None:
        super().__init__()
        self._inner: TaskRunner | None = None

    def duplicate(self) -> ArchiveTaskRunner:
        return type(self)()

    def __enter__(self) -> ArchiveTaskRunner:
        super().__enter__()
        self._inner = configured_task_runner()
        self._inner.__enter__()
        self.logger.debug("tasks run on %s", type(self._inner).__name__)
        return self

    def __exit__(self, *exc_info: Any) -> None:
        try:
            if self._inner is not None:
                self._inner.__exit__(*exc_info)
        finally:
            self._inner = None
            super().__exit__(*exc_info)

    def submit(self, task, parameters, wait_for=None, dependencies=None):
        assert self._inner is not None, "the task runner must be started before submitting work"
        return self._inner.submit(task, parameters, wait_for=wait_for, dependencies=dependencies)
