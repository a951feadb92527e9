"""Stories in a real node: copies of a seed article from three sites become one story, counted
once and summed once; a resaved seed does not double 宁波's money; every seed article is dated."""

from __future__ import annotations

import pytest

from archive.ingest import ingest
from archive.io import elastic
from archive.operations import direct_reprocess_steps, reprocess
from archive.query import Filters, search_body, stats_body, stats_rows, stats_summary
from archive.text.script import _converter
from archive.versions import vocabulary_of
from archive.io.elastic import ensure_archive
from tests.conftest import SEED_PAGE, delete_indices

pytestmark = pytest.mark.es

ROUND_UP = "情系归乡人 爱满“浙”里年"
NINGBO_MONEY = 3_830_000.0  # tests/integration/test_archive_index.py: SEED_MONEY_BY_CITY


def seed_article() -> list[str]:
    """The seed round-up's paragraphs (title line excluded), as the page prints them."""
    lines = [line for line in SEED_PAGE.read_text(encoding="utf-8").split("\n") if line.strip()]
    start = lines.index(ROUND_UP)
    end = lines.index("临海连续10年 向外来职工 发放暖心红包")
    return lines[start + 2:end]  # after the headline and its subtitle


def three_sites(folder) -> list[str]:
    """The round-up as a portal (HTML, other chrome and headline), a mirror (traditional script)
    and an aggregator (another headline and chrome, plain text)."""
    body = seed_article()
    portal = folder / "portal.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    portal.write_text(
        "<html><head><meta charset='utf-8'><title>宁波各地工会新春送温暖_工会新闻_职工网</title></head><body>"
        "<div class='nav'>首页 &gt; 工会新闻 &gt; 正文</div><h1>宁波各地工会新春送温暖</h1>"
        f"<div class='content'>{paragraphs}</div><div class='editor'>责任编辑：李明</div>"
        "<div class='footer'>版权所有 职工网</div></body></html>", encoding="utf-8")
    mirror = folder / "mirror.txt"
    mirror.write_text(_converter("s2tw").convert("\n\n".join(["寧波工會關懷保障及時送達", *body, "來源：浙江工人日報"])),
                      encoding="utf-8")
    aggregator = folder / "aggregator.txt"
    aggregator.write_text("\n\n".join(["首页 > 资讯 > 正文", "宁波：工会关怀送到职工心坎上", *body,
                                       "分享到：微信 微博", "相关新闻", "全省工会系统部署年度重点工作"]), encoding="utf-8")
    return [str(portal), str(mirror), str(aggregator)]


def documents(es, settings) -> dict[str, dict]:
    return {d["id"]: d for d in elastic.scan_documents(es, settings.alias)}


def ningbo(es, settings) -> dict:
    body = stats_body("city", Filters(city="宁波"), sum_of="money", count="stories")
    response = elastic.facet_stats(es, settings.alias, body)
    row = next(row for row in stats_rows(response, "money") if row["key"] == "宁波市")
    return row | {"summary": stats_summary(response, "money")}


@pytest.fixture
def seed_and_copies(es, fresh_archive, pipeline, tmp_path):
    page = tmp_path / "seed.txt"
    page.write_bytes(SEED_PAGE.read_bytes())
    ingest([str(page)], pipeline=pipeline, es=es, settings=fresh_archive, workers=1)
    ingest(three_sites(tmp_path), pipeline=pipeline, es=es, settings=fresh_archive, workers=1)
    return documents(es, fresh_archive)


def test_copies_from_three_sites_become_one_story_with_one_primary(es, fresh_archive, seed_and_copies):
    docs = seed_and_copies
    original = next(d for d in docs.values() if d["title"] == ROUND_UP)
    story = [d for d in docs.values() if d["story_id"] == original["story_id"]]
    assert len(docs) == 13 and len(story) == 4
    assert original["story_id"] == min(d["id"] for d in story)
    assert {d["story_size"] for d in story} == {4}
    assert sum(d["story_primary"] for d in story) == 1
    others = [d for d in docs.values() if d not in story]
    assert all(d["story_id"] == d["id"] and d["story_size"] == 1 and d["story_primary"] for d in others)


def test_stats_count_the_story_once_and_its_money_once(es, fresh_archive, seed_and_copies):
    row = ningbo(es, fresh_archive)
    assert (row["articles"], row["stories"], row["money"]) == (5, 2, NINGBO_MONEY)
    assert row["summary"]["copies_not_summed"] == 3


def test_search_by_story_shows_one_hit_with_its_copies(es, fresh_archive, seed_and_copies):
    body = search_body(None, [], Filters(city="宁波"), size=10, stories=True)
    found = elastic.search_stories(es, fresh_archive.alias, body)
    assert (found["total"], found["stories"], len(found["hits"])) == (5, 2, 2)
    assert sorted(len(hit["copies"]) for hit in found["hits"]) == [1, 4]


def test_ingest_order_does_not_change_the_stories(es, fresh_archive, pipeline, tmp_path, seed_and_copies):
    before = {i: d["story_id"] for i, d in seed_and_copies.items()}
    delete_indices(es, f"{fresh_archive.alias}-v*")
    ensure_archive(es, fresh_archive)
    story = min(before.values(), key=lambda s: -sum(1 for v in before.values() if v == s))  # the 4-copy story
    members = sorted((i for i, s in before.items() if s == story), reverse=True)
    locations = [seed_and_copies[i]["source"]["location"] for i in members]
    for location in locations:  # largest id first: every new copy renames the stored story
        ingest([location], pipeline=pipeline, es=es, settings=fresh_archive, workers=1)
    after = documents(es, fresh_archive)
    assert {i: d["story_id"] for i, d in after.items()} == before
    assert {(d["story_size"], d["story_primary"]) for i, d in after.items() if i in members} == {(4, True), (4, False)}


def test_reprocess_keeps_the_story_ids(es, fresh_archive, pipeline, seed_and_copies):
    reprocess(es, fresh_archive, direct_reprocess_steps(es, fresh_archive, pipeline), vocabulary=vocabulary_of(pipeline))
    after = documents(es, fresh_archive)
    assert {i: (d["story_id"], d["story_size"], d["story_primary"]) for i, d in after.items()} == {
        i: (d["story_id"], d["story_size"], d["story_primary"]) for i, d in seed_and_copies.items()}


def test_the_seed_saved_with_one_extra_newline_does_not_double_ningbos_money(es, fresh_archive, pipeline, tmp_path):
    first, second = tmp_path / "seed.txt", tmp_path / "seed-again.txt"
    first.write_bytes(SEED_PAGE.read_bytes())
    second.write_bytes(SEED_PAGE.read_bytes() + b"\n")
    ingest([str(first), str(second)], pipeline=pipeline, es=es, settings=fresh_archive, workers=1)
    row = ningbo(es, fresh_archive)
    assert elastic.count(es, fresh_archive.alias) == 20
    assert (row["articles"], row["stories"], row["money"]) == (4, 2, NINGBO_MONEY)


def test_every_seed_article_carries_an_estimated_2023_date(es, fresh_archive, pipeline, tmp_path):
    page = tmp_path / "seed.txt"
    page.write_bytes(SEED_PAGE.read_bytes())
    ingest([str(page)], pipeline=pipeline, es=es, settings=fresh_archive, workers=1)
    docs = documents(es, fresh_archive).values()
    assert {(d["published"], d["date_source"], d["timeline_date"][:4]) for d in docs} == {(None, "estimated", "2023")}
    found, _ = elastic.search_articles(es, fresh_archive.alias,
                                       search_body(None, [], Filters(date_from="2023-01-01", date_to="2023-12-31")))
    assert found == 10
