"""429s from a loaded node (whole bulk requests or single items) are retried with backoff, never dropped."""

from __future__ import annotations

import pytest

from archive.ingest import ingest
from archive.io import elastic
from tests.faults.conftest import faults_settings_for
from tests.faults.helpers import corpus_files, expected_ids, stored_ids
from tests.faults.proxy import RejectingProxy, RejectionPlan

pytestmark = [pytest.mark.es, pytest.mark.timeout(300)]


def run_through_proxy(plan: RejectionPlan, faults_settings, pipeline, files):
    prefix = faults_settings.alias[: -len("news")]
    with RejectingProxy(faults_settings.url, plan) as proxy:
        settings = faults_settings_for(proxy.url, prefix)
        report = ingest([str(f) for f in files], pipeline=pipeline, es=elastic.connect(settings),
                        settings=settings, batch_size=4)
    return report


def test_rejected_bulk_requests_are_retried_until_every_document_is_in(faults_settings, pipeline, tmp_path):
    files = corpus_files(pipeline, tmp_path / "inbox", articles=80)
    plan = RejectionPlan(reject_requests=6)  # more than the client's own retries: the bulk helper backs off
    report = run_through_proxy(plan, faults_settings, pipeline, files)

    es = elastic.connect(faults_settings)
    assert plan.rejected_requests == 6 and plan.bulk_requests > 6
    assert (report.created, report.failed) == (80, 0)
    assert sorted(stored_ids(es, faults_settings.alias)) == sorted(expected_ids(pipeline, files))


def test_rejected_items_are_retried_and_none_is_dropped_or_doubled(faults_settings, pipeline, tmp_path):
    files = corpus_files(pipeline, tmp_path / "inbox", articles=80)
    plan = RejectionPlan(rewrite_responses=2, every_nth_item=3)
    report = run_through_proxy(plan, faults_settings, pipeline, files)

    es = elastic.connect(faults_settings)
    assert plan.rejected_items > 0
    assert report.failed == 0 and report.created + report.updated == 80
    ids = stored_ids(es, faults_settings.alias)
    assert sorted(ids) == sorted(expected_ids(pipeline, files))
    assert elastic.count(es, faults_settings.alias) == 80
