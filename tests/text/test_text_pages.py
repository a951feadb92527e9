"""Quality gate: plain-text pages generated from the dev corpus (archive.scoring.textgen) through the
splitter. Floors sit just under the measured scores (issue 10 targets: titles ≥ 0.98, breaks ≥ 0.95,
every page's count); raising or lowering one is a deliberate act, recorded in the commit that does it."""

from __future__ import annotations

import pytest

from archive.scoring import text_pages
from archive.scoring.textgen import corpus_articles, make_pages

from tests.conftest import SHARED

# Session 6: d017's expected body now starts at its first paragraph (its headline line carries a list marker, "• 标题";
# the old expectation started after a repeat of the headline further down), which redraws the 120 pages: the same
# splitter scored 0.986 / 0.997 / 0.992 on the new pages (0.998 / 0.998 / 1.000 on the old), then 0.991 / 0.998 / 1.000
# once a slogan's phrases were Han only and a line opening "近日, …" was a lead, not a head. Titles' floor lowered to match.
TITLES_OWNED_FLOOR = 0.988  # measured 0.991 (0.967 before two-line titles were read by their grammar)
BREAKS_REJOINED_FLOOR = 0.997  # measured 0.998 (0.995 before)
COUNTS_RIGHT_FLOOR = 0.99  # measured 1.000: every one of the 120 pages (issue 10: every page); one page of slack

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (SHARED / "dev-corpus" / "articles.jsonl").exists(), reason="dev corpus not present at ../shared"),
]


@pytest.fixture(scope="module")
def report():
    return text_pages.report(SHARED)


def test_generated_pages_are_the_same_for_the_same_seed_and_vary_in_layout():
    articles = corpus_articles(SHARED)
    first, again = make_pages(articles, 30, seed=5), make_pages(articles, 30, seed=5)
    assert [p.text for p in first] == [p.text for p in again]
    layouts = {(p.layout.wrap, p.layout.paragraph_gap, p.layout.bylines) for p in first}
    assert {w for w, _, _ in layouts} == {"none", "width", "sparse"} and {g for _, g, _ in layouts} == {0, 1}
    assert all(4 <= len(p.articles) <= 7 for p in first)


def test_titles_on_generated_pages_are_each_owned_by_one_article(report):
    print(report.format())
    assert report.scores["titles_owned"] >= TITLES_OWNED_FLOOR, report.format()


def test_lines_broken_mid_sentence_on_generated_pages_are_rejoined(report):
    assert report.scores["breaks_rejoined"] >= BREAKS_REJOINED_FLOOR, report.format()


def test_generated_pages_give_their_number_of_articles(report):
    assert report.scores["article_counts_right"] >= COUNTS_RIGHT_FLOOR, report.format()


def test_a_record_whose_headline_line_carries_a_list_marker_gives_the_body_under_it_not_under_a_later_repeat():
    from archive.scoring.textgen import corpus_article

    lead = ("青年婚恋,既是个人家事,亦是城市发展之要事。11月16日下午,一场别开生面的联谊活动在杭州浪漫上演,"
            "100名在杭温州籍单身青年职工齐聚一堂,在工会“红娘”的精心策划下,共赴一场寻觅真爱的盛宴。")
    later = "活动现场,剧本杀、抢麦猜歌名、咖啡画制作等趣味横生的互动环节轮番上演,让青年职工们拉近了彼此的距离。"
    text = f"• 首页 > 情感文章\n  • 杭州温州青年职工联谊会浪漫启幕\n\n{lead}\n\n杭州温州青年职工联谊会浪漫启幕\n\n{later}"
    article = corpus_article({"id": "x", "title": "杭州温州青年职工联谊会浪漫启幕", "text": text})
    assert article is not None and article.paragraphs[0] == lead
