"""The ingest's writer thread: a batch is bulk-indexed while the next one's stories are assigned,
and every batch has landed before a story settle reads the index."""

from __future__ import annotations

import time

import pytest

from archive import ingest as ingest_module
from archive.ingest import ingest
from archive.io import stories
from tests.conftest import SEED_PAGE
from tests.integration.test_stories import ROUND_UP, documents, seed_article, three_sites

LINHAI = "临海连续10年 向外来职工 发放暖心红包"  # another article of the seed page

pytestmark = pytest.mark.es


def test_a_story_settled_mid_run_counts_the_copy_still_being_written(es, fresh_archive, pipeline, tmp_path,
                                                                          monkeypatch):
    page = tmp_path / "seed.txt"
    page.write_bytes(SEED_PAGE.read_bytes())
    write = ingest_module.write_documents

    def slow_write(*args, **kwargs):  # a slow node: the next batch is ready long before this one lands
        time.sleep(0.5)
        return write(*args, **kwargs)

    monkeypatch.setattr(ingest_module, "write_documents", slow_write)
    monkeypatch.setattr(stories, "HELD", 0)  # the session settles (reading the stored story) before every batch but the first
    ingest([str(page)], pipeline=pipeline, es=es, settings=fresh_archive, workers=1)  # a story stored before the run
    portal = three_sites(tmp_path)[0]  # a copy of the seed's round-up: joins the stored story
    lines = [line for line in SEED_PAGE.read_text(encoding="utf-8").split("\n") if line.strip()]
    start = lines.index(LINHAI)
    other = tmp_path / "other.txt"  # a copy of another seed article: its settle recounts the round-up's story
    other.write_text("\n\n".join(["临海：十年暖心红包", *lines[start + 1:start + 6]]), encoding="utf-8")
    report = ingest([portal, str(other)], pipeline=pipeline, es=es, settings=fresh_archive, batch_size=1, workers=1)
    assert (report.created, report.failed) == (2, 0)
    docs = documents(es, fresh_archive)
    original = next(d for d in docs.values() if d["title"] == ROUND_UP)
    story = [d for d in docs.values() if d["story_id"] == original["story_id"]]
    assert (len(story), {d["story_size"] for d in story}, sum(d["story_primary"] for d in story)) == (2, {2}, 1)


def test_the_bulk_writer_counts_created_and_updated_and_names_the_document_the_mapping_refuses(es, fresh_archive):
    from archive.document import build_document
    from archive.io import elastic
    from archive.model import Article

    def doc(doc_id):
        article = Article("sha256:w", "file", "/w.txt", id=doc_id, title="标题", paragraphs=["正文。"])
        return build_document(article, labels={}, pipeline_version="t", ingested_at="2026-01-01T00:00:00Z")

    refused = {**doc("w2"), "not_in_the_mapping": 1}  # the strict mapping refuses it, the others go in
    first = elastic.BulkIndexer(es, fresh_archive.alias, chunk_size=2).index_documents([doc("w1"), refused, doc("w3")])
    again = elastic.BulkIndexer(es, fresh_archive.alias, refresh=True).index_documents([doc("w1")])

    assert (first.created, first.updated, [(f["id"], f["status"]) for f in first.failed]) == (2, 0, [("w2", 400)])
    assert "not_in_the_mapping" in first.failed[0]["reason"]
    assert (again.created, again.updated, again.failed) == (0, 1, [])
    assert sorted(hit["_id"] for hit in es.search(index=fresh_archive.alias, size=10)["hits"]["hits"]) == ["w1", "w3"]


def test_an_article_written_again_loses_only_the_figure_documents_it_no_longer_has_however_many_are_kept(es, fresh_archive):
    from archive.io import elastic

    figures = elastic.figures_index(fresh_archive.alias)
    for figure_id, article in (("a-f0", "a"), ("a-f1", "a"), ("b-f0", "b"), ("c-f0", "c")):
        es.index(index=figures, id=figure_id, document={"id": figure_id, "article_id": article})
    kept = ["a-f0", "b-f0"] + [f"x{n}-f0" for n in range(10_001)]  # more than an ids query takes
    assert elastic.delete_figures(es, figures, ["a", "b"], keep=kept) == 1
    es.indices.refresh(index=figures)
    assert sorted(hit["_id"] for hit in es.search(index=figures, size=10)["hits"]["hits"]) == ["a-f0", "b-f0", "c-f0"]


def test_a_member_written_before_its_copy_came_gets_its_figure_documents_written_again_with_the_story(
        es, fresh_archive, pipeline, tmp_path, monkeypatch):
    from archive.io import elastic

    page = tmp_path / "seed.txt"
    page.write_bytes(SEED_PAGE.read_bytes())
    mirrored: list[str] = []  # articles whose figure documents were found and updated instead
    mirror = stories.mirror_to_figures
    monkeypatch.setattr(stories, "mirror_to_figures", lambda es_, index, changes: (mirrored.extend(changes), mirror(es_, index, changes)))
    fuller = tmp_path / "fuller.txt"  # a copy with one more paragraph: the fullest copy, the story's primary
    fuller.write_text("\n\n".join(["宁波工会新春送温暖", *seed_article(), "记者从市总工会获悉，相关慰问活动将持续到元宵节前后。"]),
                      encoding="utf-8")
    # one source a batch, in pool workers: the seed's round-up is written before its copies come
    report = ingest([str(page), three_sites(tmp_path)[1], str(fuller)], pipeline=pipeline, es=es, settings=fresh_archive,
                    batch_size=1, workers=2)
    assert (report.created, report.failed) == (12, 0)
    docs = documents(es, fresh_archive)
    original = next(d for d in docs.values() if d["title"] == ROUND_UP)
    assert (original["story_size"], original["story_primary"]) == (3, False)
    figures = [hit["_source"] for hit in es.search(index=elastic.figures_index(fresh_archive.alias), size=1000)["hits"]["hits"]]
    assert {f["article_id"] for f in figures} >= {original["id"]} and not mirrored
    assert all((f["story_id"], f["story_primary"]) == (docs[f["article_id"]]["story_id"], docs[f["article_id"]]["story_primary"])
               for f in figures)
