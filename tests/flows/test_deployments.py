"""The deployments an operator sees, and the switch that picks where tasks run."""

from __future__ import annotations

import pytest
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from archive.io.deadletters import DeadLetter


def test_the_four_deployments_have_their_schedule_and_triggers():
    from flows.deployments import deployments

    declared = {d.name: d for d in deployments()}
    assert sorted(declared) == ["inbox-every-10-minutes", "ingest-source", "reprocess-on-vocabulary-change",
                                "retry-dead-letters"]
    assert [s.schedule.cron for s in declared["inbox-every-10-minutes"].schedules] == ["*/10 * * * *"]
    [on_source] = declared["ingest-source"].triggers
    assert (on_source.expect, on_source.parameters) == (
        {"archive.source.received"}, {"sources": ["{{ event.payload.get('location') }}"]})
    [on_vocabulary] = declared["reprocess-on-vocabulary-change"].triggers
    assert on_vocabulary.expect == {"archive.vocabulary.updated"}
    assert all(d.description for d in declared.values())


@pytest.mark.parametrize("kind, runner", [("process", ProcessPoolTaskRunner), ("thread", ThreadPoolTaskRunner),
                                          ("", ProcessPoolTaskRunner)])
def test_archive_task_runner_picks_the_runner_when_the_flow_starts(monkeypatch, kind, runner):
    from flows.runners import configured_task_runner

    monkeypatch.setenv("ARCHIVE_TASK_RUNNER", kind or "process")
    if not kind:
        monkeypatch.delenv("ARCHIVE_TASK_RUNNER")
    assert type(configured_task_runner()) is runner


def test_an_unknown_task_runner_is_refused_with_the_choices(monkeypatch):
    from flows.runners import configured_task_runner

    monkeypatch.setenv("ARCHIVE_TASK_RUNNER", "ray")
    with pytest.raises(ValueError, match="process, thread, dask"):
        configured_task_runner()


@pytest.mark.parametrize("error_type, reason, transient", [
    ("ConnectionError", "connection refused", True),
    ("FetchError", "http://x/: connection failed after 3 attempts: timed out", True),
    ("HTTPStatusError", "http://x/: HTTP 503", True),
    ("HTTPStatusError", "http://x/: HTTP 404", False),
    ("HTTPError", "503 Server Error: Service Unavailable for url", True),
    ("HTTPError", "429 Too Many Requests", True),
    ("HTTPError", "404 Client Error: Not Found for url", False),
    ("SourceError", "http://x/: not a news page", False),
])
def test_network_and_server_errors_are_retried_and_the_rest_dead_lettered(error_type, reason, transient):
    from archive.operations import is_transient

    letter = DeadLetter("http://x/", "url", "http://x/", "fetch", error_type, reason)
    assert is_transient(letter) is transient
