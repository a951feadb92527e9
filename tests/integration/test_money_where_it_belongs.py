"""Money where it belongs, on the real node: each summable figure has one figure document,
credited to its own district and programme; sums by county or programme add figures, not
article totals; reruns and rewrites never leave a figure twice."""

from __future__ import annotations

import json
import shutil

import pytest

from archive.cli import main
from archive.document import build_document
from archive.ingest import ingest
from archive.io import elastic
from archive.model import Article, Figure, Place
from tests.conftest import SEED_PAGE

pytestmark = pytest.mark.es


@pytest.fixture
def seed_archive(es, fresh_archive, pipeline, tmp_path):
    page = tmp_path / "seed.txt"
    shutil.copy(SEED_PAGE, page)
    ingest([str(page)], pipeline=pipeline, es=es, settings=fresh_archive)
    return fresh_archive, page


def stats(capsys, *argv) -> dict[str, dict]:
    capsys.readouterr()
    assert main(["stats", *argv, "--json"]) == 0
    return {row["key"]: row for row in json.loads(capsys.readouterr().out)}


def test_money_by_county_credits_each_district_its_own_figures(seed_archive, capsys):
    rows = stats(capsys, "--by", "county", "--sum", "money", "--city", "宁波")
    assert rows["海曙区"]["money"] == 300000.0  # 30余万元 (近30万元 is its part)
    assert rows["奉化区"]["money"] == 1280000.0  # 48万元 + 近80万元
    assert rows["余姚市"]["money"] == 0.0 and rows["北仑区"]["money"] == 0.0  # held there, no money there


def test_money_by_programme_adds_up_and_skips_programmes_without_money(seed_archive, capsys):
    by_city = stats(capsys, "--by", "city", "--sum", "money")
    assert by_city["宁波市"]["money"] == 3830000.0  # unchanged: every figure of 宁波 once
    by_programme = stats(capsys, "--by", "programme", "--sum", "money")
    assert by_programme["childcare"]["money"] == 0.0  # 子女托管 is mentioned without money
    total = sum(row["money"] for row in stats(capsys, "--by", "province", "--sum", "money").values())
    assert sum(row["money"] for row in by_programme.values()) <= total


def test_a_rerun_leaves_each_figure_document_once(es, pipeline, seed_archive):
    settings, page = seed_archive
    figures = elastic.figures_index(settings.alias)
    before = elastic.count(es, figures)
    assert before > 20
    ingest([str(page)], pipeline=pipeline, es=es, settings=settings)
    assert elastic.count(es, figures) == before


def test_an_article_rewritten_with_fewer_figures_loses_the_old_figure_documents(es, fresh_archive):
    place = Place("浙江省", "宁波市", "海曙区", "330203")

    def doc(values):
        figures = [Figure("money", v, "元", text=f"{v}元", summable=True, place=place) for v in values]
        article = Article("sha256:x", "file", "/x.txt", id="a1", title="标题", paragraphs=["正文。"],
                          venue_places=[place], figures=figures)
        return build_document(article, labels={}, pipeline_version="t", ingested_at="2026-01-01T00:00:00Z")

    figures = elastic.figures_index(fresh_archive.alias)
    elastic.BulkIndexer(es, fresh_archive.alias, refresh=True).index_documents([doc([1.0, 2.0, 3.0])])
    assert elastic.count(es, figures) == 3
    elastic.BulkIndexer(es, fresh_archive.alias, refresh=True).index_documents([doc([5.0])])
    assert elastic.count(es, figures) == 1
