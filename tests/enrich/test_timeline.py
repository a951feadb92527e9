"""Every article on the timeline: printed date, else an estimate from the page, else the ingest date."""

from __future__ import annotations

import pytest

from archive.enrich.dates import estimated_date, festival_date, lead_date, load_festivals, timeline


def test_a_festival_the_text_is_written_around_gives_that_years_date():
    assert festival_date(["2023年春节前夕,奉化区总工会开展走访慰问"], None) == "2023-01-22"
    assert festival_date(["新春将至,职工的冷暖牵动着工会"], 2023) == "2023-01-22"
    assert festival_date(["除夕夜,工会干部来到工地"], 2021) == "2021-02-11"
    assert festival_date(["端午节前夕"], 2025) == "2025-05-31"
    assert festival_date(["清明假期"], 2024) == "2024-04-04"
    assert festival_date(["新春将至"], None) is None  # no year, no guess
    assert festival_date(["奖品涵盖五一广场运动券", "荣获全国五一劳动奖章"], 2023) is None  # names, not the holiday


def test_a_dated_lead_comes_before_the_programme_and_the_festival():
    paragraphs = ["本报讯 1月17日,南京市鼓楼区总工会走进快递网点,送上新春礼包。"]
    assert lead_date(paragraphs, 2024) == "2024-01-17"
    assert estimated_date("新春送温暖", paragraphs, 2024, {"gte": "2024-01-20", "lte": "2024-02-01"}) == "2024-01-17"
    assert estimated_date("新春送温暖", ["活动持续到月底。"], 2024, {"gte": "2024-01-20", "lte": "2024-02-01"}) == "2024-01-20"


def test_the_date_source_says_where_the_timeline_date_came_from():
    assert timeline("2023-01-20", None, "2026-12-06T10:00:00", []) == ("2023-01-20", "printed")
    assert timeline("2023-01-20", None, "2026-12-06T10:00:00", ["published_from_url"]) == ("2023-01-20", "estimated")
    assert timeline("2023-01-20", None, "2026-12-06T10:00:00", ["published_given"]) == ("2023-01-20", "operator")
    assert timeline(None, "2023-01-22", "2026-12-06T10:00:00", []) == ("2023-01-22", "estimated")
    assert timeline(None, None, "2026-12-06T10:00:00", []) == ("2026-12-06", "ingested")


def test_the_festival_table_rejects_unknown_keys(tmp_path):
    bad = tmp_path / "festivals.yaml"
    bad.write_text("not_followed_by: []\nfestivals:\n  spring:\n    lunar: [1, 1]\n    word: [春节]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown key"):
        load_festivals.__wrapped__(bad)
    assert {f.name for f in load_festivals()} >= {"spring_festival", "mid_autumn", "qingming"}


def test_every_article_of_the_seed_page_is_placed_in_2023(pipeline_and_seed):
    pipeline, source = pipeline_and_seed
    documents = [pipeline.document(a) for a in pipeline.process(source).articles]
    assert {(d["date_source"], d["timeline_date"][:4]) for d in documents} == {("estimated", "2023")}
    assert all(d["published"] is None for d in documents)


def test_the_operator_date_fills_pages_that_print_none(pipeline_and_seed):
    pipeline, source = pipeline_and_seed
    source.published = "2023-01-20"
    documents = [pipeline.document(a) for a in pipeline.process(source).articles]
    assert {(d["date_source"], d["timeline_date"]) for d in documents} == {("operator", "2023-01-20")}


@pytest.fixture
def pipeline_and_seed():
    from archive.model import Source
    from archive.pipeline import default_pipeline
    from tests.conftest import SEED_PAGE

    return default_pipeline(), Source(key="seed", kind="file", location=str(SEED_PAGE), data=SEED_PAGE.read_bytes())
