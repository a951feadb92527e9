"""What a run shows in the Prefect UI: a counts table, a failures table, progress, and a
warning in the log for every failure naming its source and article."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import cast
from uuid import UUID

from prefect.artifacts import create_progress_artifact, create_table_artifact, update_progress_artifact

from archive.io.deadletters import DeadLetter


def failure_rows(letters: Iterable[DeadLetter]) -> list[dict[str, str]]:
    """Dead letters → rows for the failures table."""
    return [{"source": letter.location, "article": letter.article_id or "", "stage": letter.stage,
             "error": letter.error_type, "reason": letter.reason[:300]} for letter in letters]


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
