"""The stored document: deterministic ids, flat totals without double counting, round trip."""

from archive.document import article_from_document, article_id, build_document, content_hash
from archive.model import Article, Figure, Place


def make_article() -> Article:
    return Article(
        source_key="sha256:abc", source_kind="file", source_location="/in/page.txt", id="x1",
        title="海曙区总工会送温暖", paragraphs=["第一段。", "第二段。"], published="2023-01-10",
        venue_places=[Place("浙江省", "宁波市", "海曙区", "330203")],
        groups_served=["new_employment_forms"],
        figures=[Figure("money", 300000, "万元", "over", text="30余万元", summable=True),
                 Figure("money", 300, "元", "at_most", per_unit="person", text="每人不超过300元"),
                 Figure("people", 200, "名", text="200名", summable=True),
                 Figure("money", 3000, "元", per_unit="person", text="3000-5000元", value_max=5000)],
    )


def test_the_same_source_and_headline_always_give_the_same_id():
    assert article_id("sha256:abc", "标题", 0) == article_id("sha256:abc", "标题", 0)
    assert article_id("sha256:abc", "标题", 0) != article_id("sha256:abc", "标题", 1)
    assert article_id("sha256:abc", "标题", 0) != article_id("sha256:abd", "标题", 0)


def test_only_summable_figures_count_towards_the_totals():
    doc = build_document(make_article(), labels={"new_employment_forms": "新就业形态劳动者"},
                         pipeline_version="1", ingested_at="2026-01-01T00:00:00+00:00")
    assert (doc["money_total"], doc["people_total"], doc["items_total"]) == (300000.0, 200.0, None)
    assert doc["venue_city"] == ["宁波市"] and doc["venue_county"] == ["海曙区"]
    assert doc["groups_served_labels"] == ["新就业形态劳动者"]
    assert [(f["value"], f["value_max"]) for f in doc["figures"]] == [(300000, None), (300, None), (200, None), (3000, 5000)]
    assert doc["content_hash"] == content_hash(make_article())


def test_a_stored_document_gives_back_the_cleaned_article():
    doc = build_document(make_article(), labels={}, pipeline_version="1", ingested_at="2026-01-01")
    again = article_from_document(doc)
    assert (again.id, again.title, again.paragraphs, again.published) == (
        "x1", "海曙区总工会送温暖", ["第一段。", "第二段。"], "2023-01-10")
    assert content_hash(again) == doc["content_hash"]
    assert again.venue_places == [] and again.figures == []


def test_the_bulk_writes_each_summable_figure_as_the_figure_document_it_describes():
    import json

    from archive.document import figure_documents
    from archive.io.elastic import figure_sources

    doc = build_document(make_article(), labels={"new_employment_forms": "新就业形态劳动者"},
                         pipeline_version="1", ingested_at="2026-01-01T00:00:00+00:00")
    written = [(figure_id, json.loads(body)) for figure_id, body in figure_sources(doc)]
    assert written == [(figure["id"], figure) for figure in figure_documents(doc)]
    assert [(figure["id"], figure["value"], figure["title"], figure["venue_city"]) for _, figure in written] == [
        ("x1-f0", 300000, "海曙区总工会送温暖", ["宁波市"]), ("x1-f1", 200, "海曙区总工会送温暖", ["宁波市"])]


def test_a_document_serialised_before_its_story_is_known_is_written_with_the_story_it_gets():
    import json

    from archive.document import figure_documents
    from archive.io.elastic import serialise

    doc = build_document(make_article(), labels={"new_employment_forms": "新就业形态劳动者"},
                         pipeline_version="1", ingested_at="2026-01-01T00:00:00+00:00")
    serialised = serialise(doc)  # in a pool worker: story fields as built
    doc.update(story_id="x0", story_size=3, story_primary=False)  # then found by the indexing process
    article, figures = serialised.with_story({"id": "x1", "story_id": "x0", "story_size": 3, "story_primary": False})
    assert json.loads(article) == doc
    assert [(figure_id, json.loads(body)) for figure_id, body in figures] == [
        (figure["id"], figure) for figure in figure_documents(doc)]
    assert {(figure["story_id"], figure["story_primary"]) for figure in figure_documents(doc)} == {("x0", False)}
