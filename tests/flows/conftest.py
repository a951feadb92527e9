"""Flow tests: the real flows on a temporary Prefect API (prefect_test_harness) and the real
Elasticsearch node, with the tasks on threads and a small stand-in pipeline, so the
orchestration (batches, dead letters, inbox moves, reruns, alias swaps) is tested apart from
the text and enrichment stages (tests/e2e runs it all together)."""

from __future__ import annotations

from datetime import datetime, UTC

import pytest




class OneArticlePerFile:
    """A stand-in Pipeline: a UTF-8 text file → one article (first line = title); anything else fails to decode."""

    def __init__(self, version: str = "stub.1"):
        self.version = version

    def split(self, source):
        from archive.document import article_id
        from archive.model import Article
        from archive.text.errors import SourceError

        try:
            lines = [line for line in source.data.decode("utf-8").splitlines() if line.strip()]
        except UnicodeDecodeError:
            raise SourceError(source.location, "not UTF-8 text") from None
        if not lines:
            raise SourceError(source.location, "no text in it")
        return [Article(source_key=source.key, source_kind=source.kind, source_location=source.location,
                        id=article_id(source.key, lines[0], 0), title=lines[0], paragraphs=lines[1:])]

    def is_current(self, article, stored):
        from archive.document import content_hash

        return stored == (content_hash(article), self.version)

    def enrich(self, article):
        article.tokens = list(article.body)
        article.groups_served = ["stub"] if "暖" in article.body else []
        return article

    def enrich_all(self, articles):
        from archive.pipeline import PageResult

        return PageResult(articles=[self.enrich(a) for a in articles])

    def document(self, article, ingested_at=None):
        from archive.document import build_document

        return build_document(article, labels={}, pipeline_version=self.version,
                              ingested_at=ingested_at or datetime.now(UTC).isoformat(timespec="seconds"),
                              title_words=article.title, body_words=" ".join(article.tokens))


@pytest.fixture(scope="session")
def prefect_api():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture
def stub_pipeline(monkeypatch):
    import flows.ingest
    import flows.maintenance
    from archive.pipeline import PipelineSpec

    pipeline = OneArticlePerFile()
    monkeypatch.setenv("ARCHIVE_TASK_RUNNER", "thread")
    monkeypatch.setattr(flows.ingest, "default_pipeline", lambda: pipeline)
    monkeypatch.setattr(flows.maintenance, "default_pipeline", lambda: pipeline)
    monkeypatch.setattr(PipelineSpec, "build", lambda spec: pipeline)  # what tasks on workers build
    return pipeline


@pytest.fixture
def inbox_folder(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder
