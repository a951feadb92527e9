"""Each summable figure is credited to its own place, groups and programme, not to all of the
article's (archive.enrich.attribution)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from archive.enrich import enrich_article
from archive.enrich.attribution import attribute_figures
from archive.enrich.context import ArticleContext
from archive.io.sources import read_path
from archive.model import Article, Figure, Place
from archive.text import articles_from_source
from archive.vocabulary import load_vocabulary
from tests.enrich.corpus import SEED

NINGBO_ROUND_UP = "情系归乡人 爱满“浙”里年"


def money_by(article: Article, key) -> dict:
    sums: dict = defaultdict(float)
    for figure in article.figures:
        if figure.summable and figure.kind == "money":
            sums[key(figure)] += figure.value
    return dict(sums)


@pytest.fixture(scope="module")
def ningbo():
    return enrich_article(next(a for a in articles_from_source(read_path(SEED)) if a.title == NINGBO_ROUND_UP))


def test_the_ningbo_round_ups_money_goes_to_the_district_each_sentence_names(ningbo):
    by_county = money_by(ningbo, lambda f: f.place.county)
    assert by_county == {"海曙区": 300000.0, "奉化区": 1280000.0}  # 30余万元; 48万元 + 近80万元; 余姚 none
    assert {f.attributed_by for f in ningbo.figures if f.summable and f.kind == "money"} == {"sentence"}


def test_money_is_credited_to_one_programme_each_and_never_to_one_without_money(ningbo):
    by_programme = money_by(ningbo, lambda f: f.programme)
    assert sum(by_programme.values()) == 1580000.0  # programme sums add up to the article's total
    assert "childcare" not in by_programme  # 子女托管 is mentioned without money
    assert by_programme.get("condolence_visits") == 1280000.0  # 使用“送温暖”资金48万元, 慰问金…近80万元


def test_groups_come_from_the_figures_sentence():
    vocabulary = load_vocabulary()
    article = Article("k", "file", "x", title="区总工会慰问环卫工人",
                      paragraphs=["海曙区总工会向200名环卫工人发放慰问金10万元。", "奉化区总工会为快递小哥送去礼包。"],
                      venue_places=[Place("浙江省", "宁波市", "海曙区", "330203"), Place("浙江省", "宁波市", "奉化区", "330213")],
                      groups_served=["outdoor_workers", "new_employment_forms"], programme_types=["condolence_visits"],
                      figures=[Figure("money", 100000, "元", text="10万元", summable=True)])
    attribute_figures(article, ArticleContext.of(article, vocabulary))
    (figure,) = article.figures
    assert (figure.place.county, figure.groups, figure.programme) == ("海曙区", ["outdoor_workers"], "condolence_visits")


def test_a_figure_whose_text_names_no_venue_goes_to_the_place_the_venues_share():
    vocabulary = load_vocabulary()
    article = Article("k", "file", "x", title="春节慰问", paragraphs=["共发放慰问金20万元。"],
                      venue_places=[Place("浙江省", "宁波市", "海曙区", "330203"), Place("浙江省", "宁波市", "奉化区", "330213")],
                      figures=[Figure("money", 200000, "元", text="20万元", summable=True)])
    attribute_figures(article, ArticleContext.of(article, vocabulary))
    (figure,) = article.figures
    assert (figure.place.province, figure.place.city, figure.place.county, figure.attributed_by) == (
        "浙江省", "宁波市", None, "article")
    assert figure.groups == [] and figure.programme is None
