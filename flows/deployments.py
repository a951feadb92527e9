"""Every deployment of the archive, declared in one place, and the function that serves them.

    archive serve          # or: make serve; starts a local Prefect server unless PREFECT_API_URL is set

| deployment                              | starts on                                      | parameters                           |
|-----------------------------------------|------------------------------------------------|--------------------------------------|
| ingest/ingest-source                    | event archive.source.received (archive submit, | sources ← event.payload.location     |
|                                         | archive watch), or Run in the UI               |                                      |
| inbox/inbox-every-10-minutes            | cron */10 * * * *, or Run in the UI            | folder (default $ARCHIVE_INBOX)      |
| reprocess/reprocess-on-vocabulary-change| event archive.vocabulary.updated, or the UI    | date_from, date_to, source, reason,  |
|                                         |                                                | vocabulary_dir                       |
| retry-failed/retry-dead-letters         | Run in the UI after a fix                      | -                                    |

Flow runs execute in the serving process's environment (ELASTICSEARCH_URL, ARCHIVE_INDEX_PREFIX,
ARCHIVE_INBOX, ARCHIVE_TASK_RUNNER ...), each in a process forked from a warm one (flows/warm.py). Schedules stay active when `archive serve` stops
(pause_on_shutdown=False): runs due meanwhile wait as Late and run when it is back.
"""

from __future__ import annotations

from prefect import serve
from prefect.deployments.runner import EntrypointType, RunnerDeployment
from prefect.events import DeploymentEventTrigger
from prefect.schedules import Cron

from archive.events import SOURCE_RECEIVED, VOCABULARY_UPDATED
from flows.ingest import inbox, ingest
from flows.maintenance import reprocess, retry_failed

INBOX_CRON = "*/10 * * * *"
# runs import the flows by module (flows.ingest.ingest), not by a file path relative to where
# `archive serve` started: an installed archive serves from any directory
BY_MODULE = EntrypointType.MODULE_PATH


def payload(name: str) -> str:
    """A trigger parameter taken from the event payload (null when the event lacks it)."""
    return "{{ event.payload.get('%s') }}" % name


def deployments() -> list[RunnerDeployment]:
    """The archive's deployments: schedules, triggers, parameters and descriptions for the UI."""
    return [
        ingest.to_deployment(
            entrypoint_type=BY_MODULE,
            name="ingest-source",
            description="Ingest files, folders or URLs (`sources`): extract, clean, split, segment, enrich, "
                        "index. Starts for each `archive.source.received` event (archive submit / archive "
                        "watch) with exactly that source. Failures go to the dead-letter index.",
            triggers=[DeploymentEventTrigger(
                name="ingest each received source",
                expect={SOURCE_RECEIVED},
                match={"prefect.resource.id": "archive.source.*"},
                parameters={"sources": [payload("location")]},
            )],
            concurrency_limit=2,
            tags=["archive", "ingest"],
        ),
        inbox.to_deployment(
            entrypoint_type=BY_MODULE,
            name="inbox-every-10-minutes",
            description="Ingest the files dropped into the inbox folder, then move each to processed/ or "
                        "failed/ once its documents or dead letter are stored. Re-running is harmless.",
            schedule=Cron(INBOX_CRON),
            concurrency_limit=1,
            tags=["archive", "ingest", "inbox"],
        ),
        reprocess.to_deployment(
            entrypoint_type=BY_MODULE,
            name="reprocess-on-vocabulary-change",
            description="Re-enrich stored articles from their cleaned text into a new index version and move "
                        "the alias when it is complete. Starts on `archive.vocabulary.updated`; from the UI, "
                        "filter by published date range (YYYY-MM-DD) or a source key/location.",
            triggers=[DeploymentEventTrigger(
                name="reprocess when the vocabulary changes",
                expect={VOCABULARY_UPDATED},
                match={"prefect.resource.id": "archive.vocabulary"},
                parameters={"date_from": payload("date_from"), "date_to": payload("date_to"),
                            "source": payload("source"), "reason": payload("note"),
                            "vocabulary_dir": payload("vocabulary_dir")},
            )],
            concurrency_limit=1,
            tags=["archive", "maintenance"],
        ),
        retry_failed.to_deployment(
            entrypoint_type=BY_MODULE,
            name="retry-dead-letters",
            description="After a fix: run every open dead letter again (source re-read from its location, "
                        "else from the stored input); what goes through is marked resolved.",
            concurrency_limit=1,
            tags=["archive", "maintenance"],
        ),
    ]


def serve_all() -> None:
    """Register the deployments with the Prefect API and run their flow runs until stopped."""
    from archive.config import runner_poll_seconds, warm_runs
    from flows.warm import serve_warm

    # looked for every half second (not Prefect's 10 s): an event's run starts within about that
    if warm_runs():  # each run forked from a process with prefect, the flows and the pipeline loaded
        serve_warm(deployments(), query_seconds=runner_poll_seconds())
    else:
        serve(*deployments(), pause_on_shutdown=False, query_seconds=runner_poll_seconds())


if __name__ == "__main__":
    serve_all()
