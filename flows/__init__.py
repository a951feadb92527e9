"""Prefect flows over the archive's plain functions (archive.ingest, archive.operations).

When things run: flows/deployments.py (schedules, event triggers, parameters), served by
`archive serve`. Where tasks run: flows/runners.py (ARCHIVE_TASK_RUNNER).
"""
