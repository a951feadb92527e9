"""Search answers what analysts type: short place names, abbreviations, trigger words,
traditional script, loose dates; it says what it matched and how many hits it did not show."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest

from archive.cli import main
from archive.ingest import ingest
from tests.conftest import SEED_PAGE

pytestmark = pytest.mark.es

HANGZHOU_TITLES = 2  # the seed's two Hangzhou articles (tests/integration/test_archive_index stats)


@pytest.fixture
def seed_archive(es, fresh_archive, pipeline, tmp_path):
    page = tmp_path / "seed.txt"
    shutil.copy(SEED_PAGE, page)
    ingest([str(page)], pipeline=pipeline, es=es, settings=fresh_archive)
    return fresh_archive


def run_json(capsys, *argv) -> dict:
    assert main(["search", *argv, "--json", "--size", "50"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_city_short_form_ending_in_zhou_finds_its_articles(seed_archive, capsys):
    found = run_json(capsys, "--city", "杭州")
    assert found["total"] == HANGZHOU_TITLES
    assert all("杭州市" in hit["venue_city"] for hit in found["hits"])
    assert found["matched"] == ["city: 杭州 → 杭州市"]


def test_the_papers_abbreviation_and_the_code_find_the_same_articles_as_the_official_name(seed_archive, capsys):
    official = {hit["id"] for hit in run_json(capsys, "--city", "宁波市")["hits"]}
    assert official
    assert {hit["id"] for hit in run_json(capsys, "--city", "甬")["hits"]} == official
    assert {hit["id"] for hit in run_json(capsys, "--city", "330200")["hits"]} == official


def test_a_trigger_word_finds_the_group_it_stands_for(seed_archive, capsys):
    found = run_json(capsys, "--city", "宁波", "--group", "快递员")
    assert [hit["title"] for hit in found["hits"]] == ["情系归乡人 爱满“浙”里年"]
    assert "new_employment_forms" in found["matched"][1]


def test_a_programme_by_its_everyday_word_finds_articles(seed_archive, capsys):
    assert run_json(capsys, "--programme", "送温暖")["total"] > 0
    assert run_json(capsys, "--programme", "返乡")["total"] > 0


def test_a_traditional_query_finds_simplified_articles(seed_archive, capsys):
    simplified = run_json(capsys, "慰问")["total"]
    assert simplified > 0
    assert run_json(capsys, "慰問")["total"] == simplified


def test_the_table_says_how_many_hits_were_not_shown(seed_archive, capsys):
    assert main(["search", "--size", "3"]) == 0
    out = capsys.readouterr().out
    assert "showing 3 of 10 article(s), --size N for more" in out


def test_search_writes_csv(seed_archive, capsys):
    assert main(["search", "--city", "杭州", "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == HANGZHOU_TITLES
    assert all("杭州市" in row["venue_city"].split("|") for row in rows)


def test_slashed_and_chinese_dates_are_read(seed_archive, capsys):
    for value in ("2023/01/01", "2023年1月", "2023"):
        assert main(["search", "--from", value, "--json"]) == 0
        capsys.readouterr()
