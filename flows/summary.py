"""What a run shows in the Prefect UI: a name saying what it ran, a final state saying whether
anything failed, a counts table, a failures table (each row with its dead letter's id and the
command that retries it), progress, and a warning in the log for every failure.

Final states: ``Completed`` when nothing failed; ``Completed with failures`` (a Completed state
under that name, so `prefect flow-run ls --state "Completed with failures"` lists them) when some
sources or articles became dead letters and others went through; ``Failed`` when every source
failed and nothing was indexed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import cast
from uuid import UUID

from prefect.artifacts import create_progress_artifact, create_table_artifact, update_progress_artifact
from prefect.client.schemas.objects import State
from prefect.states import Completed, Failed

from archive.io.deadletters import DeadLetter


def failure_rows(letters: Iterable[DeadLetter]) -> list[dict[str, str]]:
    """Dead letters → rows for the failures table."""
    return [{"dead letter": letter.id, "source": letter.location, "article": letter.article_id or "",
             "stage": letter.stage, "error": letter.error_type, "reason": letter.reason[:300],
             "retry": f"archive dead-letters retry {letter.id}"} for letter in letters]


COMPLETED_WITH_FAILURES = "Completed with failures"


class NothingWentThrough(RuntimeError):
    """Every source of the run failed; the counts are on the error and in the run's artifacts."""

    def __init__(self, message: str, counts: dict[str, int]):
        super().__init__(message)
        self.counts = counts


def final_state(counts: dict[str, int], what: str) -> State:
    """A run's counts → the state it ends in (see the module docstring); the counts are its result."""
    failed = counts.get("failed", 0)
    if not failed:
        return Completed(message=f"{what}: no failures", data=counts)
    went_through = sum(counts.get(name, 0) for name in ("created", "updated", "unchanged", "reenriched", "copied"))
    message = f"{what}: {failed} failure(s), see the failures artifact and `archive dead-letters list`"
    if not went_through:
        return Failed(message=message, data=NothingWentThrough(message, counts))
    return Completed(name=COMPLETED_WITH_FAILURES, message=message, data=counts)


def describe_sources(sources: list[str]) -> str:
    """The sources of an ingest → a short run name (`ingest https://…`, `ingest a.txt and 2 more`)."""
    if not sources:
        return "ingest nothing"
    first = sources[0] if sources[0].startswith(("http://", "https://")) else sources[0].rstrip("/").rsplit("/", 1)[-1]
    return f"ingest {first}" + (f" and {len(sources) - 1} more" if len(sources) > 1 else "")


def log_failures(logger: logging.Logger | logging.LoggerAdapter, letters: Iterable[DeadLetter]) -> None:
    for letter in letters:
        logger.warning("%s: article %s failed at %s: %s: %s", letter.location, letter.article_id or "(whole source)",
                       letter.stage, letter.error_type, letter.reason[:300])


def publish_summary(key: str, counts: dict[str, int], letters: list[DeadLetter], what: str) -> None:
    """Counts and failures → two table artifacts on the current run (keyed, so the UI keeps history)."""
    create_table_artifact(key=f"{key}-counts", table=[counts], description=f"{what}: counts")
    create_table_artifact(key=f"{key}-failures", table=failure_rows(letters) or [{"failures": "none"}],
                          description=f"{what}: {len(letters)} failure(s), also in the dead-letter index")


class Progress:
    """A progress artifact advanced as batches finish, in steps of ``every`` percent.

    Each update is a synchronous API call (≈ 16 ms) in the loop that feeds the workers, so a
    run of 200 batches updates 10 times, not 200; the last batch always shows 100%.
    """

    def __init__(self, total: int, what: str, every: float = 10.0):
        self.total = max(total, 1)
        self.done = 0
        self.every = every
        self.shown = 0.0
        self.id = cast(UUID, create_progress_artifact(progress=0.0, description=what))  # sync call: a UUID

    def advance(self, steps: int = 1) -> None:
        self.done += steps
        progress = min(100.0, 100.0 * self.done / self.total)
        if progress - self.shown >= self.every or (progress == 100.0 and self.shown < 100.0):
            update_progress_artifact(self.id, progress=progress)
            self.shown = progress
