"""One document the node cannot map goes to the dead-letter store with the node's reason; the rest are indexed."""

from __future__ import annotations

import pytest

from archive.ingest import ingest
from archive.io import elastic
from archive.io.deadletters import DeadLetterStore
from tests.conftest import SAMPLES
from tests.faults.helpers import HookedPipeline, expected_ids, stored_ids

pytestmark = pytest.mark.es

SAMPLE_PAGE = SAMPLES / "zhejiang-workers-daily-2023-spring-festival.txt"


def test_a_malformed_date_sends_one_document_to_the_dead_letters_and_the_rest_are_indexed(
        faults_settings, pipeline):
    broken: list[str] = []

    def damage_third_date(built: int, doc) -> None:
        if built == 3:
            doc["published"] = "2023-13-45"  # no such month: the date field refuses it
            broken.append(doc["id"])

    es = elastic.connect(faults_settings)
    report = ingest([str(SAMPLE_PAGE)], pipeline=HookedPipeline(pipeline, damage_third_date), es=es,
                    settings=faults_settings)

    expected = expected_ids(pipeline, [SAMPLE_PAGE])
    assert sorted(stored_ids(es, faults_settings.alias)) == sorted(expected - set(broken))
    assert [(l.stage, l.error_type, l.article_id) for l in report.failures] == [("index", "http_400", broken[0])]
    letters = list(DeadLetterStore(es, faults_settings.dead_letter_index).open_letters())
    assert [(r["article_id"], r["stage"], r["status"]) for r in letters] == [(broken[0], "index", "failed")]
    reason = letters[0]["reason"]
    assert "published" in reason and "2023-13-45" in reason
    assert letters[0]["location"] == str(SAMPLE_PAGE) and letters[0]["input"]
