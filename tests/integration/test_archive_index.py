"""The archive in a real Elasticsearch node: mapping, ingest, search by city and word, reruns."""

from __future__ import annotations

import shutil

import pytest

from archive.ingest import ingest
from archive.io import elastic
from archive.query import Filters, search_body, stats_body, stats_rows
from tests.conftest import SEED_PAGE

pytestmark = pytest.mark.es

# Titles as the text stage's golden file has them (tests/data/text/seed_000_articles.json).
NINGBO_TITLES = {"情系归乡人 爱满“浙”里年", "致敬你我的“医”靠"}


def titles(es, settings, text=None, **filters) -> set[str]:
    words = text.split() if text else []
    _, hits = elastic.search_articles(es, settings.alias, search_body(text, words, Filters(**filters), size=50))
    return {hit["title"] for hit in hits}


def test_the_index_template_comes_from_the_mappings_folder(es, fresh_archive):
    target = elastic.alias_target(es, fresh_archive.alias)
    assert target == f"{fresh_archive.alias}-v1"
    mapping = es.indices.get_mapping(index=target)[target]["mappings"]
    assert mapping["dynamic"] == "strict"
    assert mapping["properties"]["body_words"]["analyzer"] == "whitespace"
    assert mapping["properties"]["figures"] == {"type": "object", "enabled": False}  # in _source; the figures index searches them
    assert mapping == elastic.article_mapping() | {"dynamic": "strict"}


def test_the_body_is_searchable_by_character_and_the_words_field_by_jieba_token(es, fresh_archive):
    chars = es.indices.analyze(index=fresh_archive.alias, field="body", text="快递小哥")
    words = es.indices.analyze(index=fresh_archive.alias, field="body_words", text="快递 小哥")
    assert [t["token"] for t in chars["tokens"]] == ["快", "递", "小", "哥"]
    assert [t["token"] for t in words["tokens"]] == ["快递", "小哥"]


@pytest.fixture
def seed_ingested(es, fresh_archive, pipeline, tmp_path):
    page = tmp_path / "seed.txt"
    shutil.copy(SEED_PAGE, page)
    report = ingest([str(page)], pipeline=pipeline, es=es, settings=fresh_archive)
    return report, page


def test_the_seed_page_becomes_ten_searchable_articles(es, fresh_archive, seed_ingested):
    report, _ = seed_ingested
    assert report.counts() == {"sources": 1, "articles": 10, "created": 10, "updated": 0, "unchanged": 0,
                               "failed": 0}
    assert elastic.count(es, fresh_archive.alias) == 10


def test_a_city_filter_finds_the_ningbo_articles_and_no_others(es, fresh_archive, seed_ingested):
    found = titles(es, fresh_archive, city="宁波市")
    assert NINGBO_TITLES <= found
    assert "临海连续10年 向外来职工 发放暖心红包" not in found
    assert "浙能集团 工会送出六大福袋" not in found
    assert titles(es, fresh_archive, city="宁波") == found  # the short form works too


def test_a_word_search_finds_the_article_that_contains_it(es, fresh_archive, seed_ingested):
    found = titles(es, fresh_archive, "快递")
    assert "情系归乡人 爱满“浙”里年" in found
    assert "浙能集团 工会送出六大福袋" not in found


def test_ingesting_the_same_page_twice_leaves_the_same_documents(es, fresh_archive, seed_ingested, pipeline):
    _, page = seed_ingested
    ids_before = {d["id"] for d in elastic.scan_documents(es, fresh_archive.alias)}
    again = ingest([str(page)], pipeline=pipeline, es=es, settings=fresh_archive)
    assert again.counts()["unchanged"] == 10 and again.counts()["created"] == 0
    assert elastic.count(es, fresh_archive.alias) == 10
    assert {d["id"] for d in elastic.scan_documents(es, fresh_archive.alias)} == ids_before


def test_the_same_page_under_another_name_is_the_same_source(es, fresh_archive, seed_ingested, pipeline, tmp_path):
    moved = tmp_path / "processed" / "renamed.txt"
    moved.parent.mkdir()
    shutil.copy(seed_ingested[1], moved)
    ingest([str(moved)], pipeline=pipeline, es=es, settings=fresh_archive)
    assert elastic.count(es, fresh_archive.alias) == 10


def test_stats_count_articles_per_city(es, fresh_archive, seed_ingested):
    rows = stats_rows(elastic.facet_stats(es, fresh_archive.alias, stats_body("city", Filters())))
    per_city = {row["key"]: row["articles"] for row in rows}
    assert per_city["宁波市"] >= 2
    assert per_city["台州市"] >= 2  # 临海 and 玉环 are both in 台州


def test_a_city_and_group_search_finds_the_haishu_couriers_article(es, fresh_archive, seed_ingested):
    found = titles(es, fresh_archive, city="宁波市", group="new_employment_forms")
    assert found == {"情系归乡人 爱满“浙”里年"}  # 海曙区's 快递小哥 at 顺丰速运


# Money per city by the documented rule (README, "Money that can be summed"), worked out by
# reading the page: 宁波 30余万 + 48万 + 近80万 (总价近30万 is a part) and 60万 + 165万;
# 台州 近百万 (玉环; 临海's 600多万 is cumulative); 绍兴 不少于60万; per-person amounts
# (每人不超过300元, 每人价值3000元) are never summed.
SEED_MONEY_BY_CITY = [
    {"key": "宁波市", "articles": 2, "money": 3_830_000.0},
    {"key": "台州市", "articles": 2, "money": 1_000_000.0},
    {"key": "杭州市", "articles": 2, "money": 0.0},
    {"key": "湖州市", "articles": 1, "money": 0.0},
    {"key": "绍兴市", "articles": 1, "money": 600_000.0},
    {"key": "舟山市", "articles": 1, "money": 0.0},
]


def test_money_per_city_for_the_seed_page_follows_the_summing_rule(es, fresh_archive, seed_ingested):
    body = stats_body("city", Filters(), sum_of="money")
    rows = stats_rows(elastic.facet_stats(es, fresh_archive.alias, body), "money")
    assert sorted(rows, key=lambda row: row["key"]) == sorted(SEED_MONEY_BY_CITY, key=lambda row: row["key"])
