"""Blind PDF pages 2: six newspaper pages of six kinds of paper, written in session 10 before any run.

`tests/data/pdf/blind2` holds six one-page PDFs from a generator of their own (`make_pages.py`: every block placed by
coordinates, lines justified with character spacing) and `expected.json` (same format as ../blind): 28 articles.
The pages: a provincial workers' daily front page (broadsheet, 6 columns: masthead with 报眼 box, 引题/主题/副题 lead
story set round a picture, two-line heads, a boxed 今日导读, a reversed 时评 label over a commentary with a □ byline
line, a 下转第三版 jump line, a subscription ad, footer); a city daily's union page (A3, 5 columns: header band, a
flush-left head with 副题 and ■ byline line, a 律师说法 Q&A in a full-height side column, a head standing in the first
column above a picture, a reader's letter with its signature on a line of its own, a 上接第一版 continuation); a
county paper's front page (4 unequal columns, bracketed 记者/通讯员 signatures, a boxed 县内简讯 of three items side by
side); an industry paper's safety page (7 narrow columns, 小标题 inside a body, a boxed table and a pull quote set
into the lead story's columns, a head with wide character spacing); a weekend literary supplement (3 columns: essay
with author's unit at its end, a poem of short lines, a book review beside a cover and its bibliographic note, a
serial with 未完待续); a city daily's page of news above 遗失声明/减资/注销 notices, a 招聘启事 and an ad.

Checks per page (strict xfails record what came out): headlines found, nothing else, in reading order; each found
article's body starts at its first words (after an optional lead or byline line) and ends at its last words (or its
printed signature); no body keeps captions, labels, 导读 items, jump lines, tables, pull quotes, notices, ads or page
chrome. Precision and recall of headlines over the six pages hold floors set just under the first run.

First run, at fdb0583 (session 10 start), before anyone worked on these pages: headlines precision 0.962 (25/26),
recall 0.893 (25/28); pages whole 0 of 6; checks passed: headlines 5/6 pages, bodies starting right 2/6 pages (21
of the 25 articles found), bodies ending right 2/6 pages (19/25), chrome-free 2/6 pages (6 of 26 found articles keep
chrome); the test takes about 3 s. Failure kinds (each a strict xfail below):
- items of a boxed 简讯 column set side by side, each with its own small bold head, read as one article titled by
  the box's reversed label (the item heads lost);
- page footers (address, licence, printer, 责任编辑/版式 line) and a classified-ads band's phone line appended to
  the story standing nearest above them, even a story at the top right of the page;
- a boxed table set into a story's columns read into its body (header and numbers, at its end);
- a story below a rule read on into the one above it: a continued (上接第一版) story's first column ends up in the
  story over it, which then opens the lower story mid-text;
- a 副题 line (——记…, ——连载之七——) under a head set with wide character spacing, or centred under a one-line
  head over the whole page, taken as the body's first line;
- the single body line set under a picture's caption in the first column lost from the body's start (it opens at
  the next column).
No expectation has been changed since the data commit.

Second run, at the end of session 10 (main d0e3cdb, with the session's final PDF and page rules; nobody working on
PDF pages saw these pages, their kinds or this run): headlines precision 1.000 (26/26), recall 0.929 (26/28);
pages whole 0 of 6. Better: the 县内简讯 box is no longer one article titled by its label, and its first item's head
is found. Worse, two checks that passed at the first run: on p1 two stories of the lower half are read in the other
order (the session's reading order by rows of regions), and on p3 the other two 简讯 items' heads and texts end the
two stories beside the box (and the first item keeps the footer). Both are strict xfails below, saying so.

Third run, session 11 (the PDF engineer worked from the kinds above in a generated family of their own,
pdf_make.front_page_kinds, not from these pages): headlines precision 1.000 (28/28), recall 1.000 (28/28); pages whole
2 of 6. Now passing (their strict xfails removed): p3 headlines (the 简讯 items side by side each under its own head),
p1, p3 and p6 ends and chrome (footers, staff lines and an ads band's phone line cut off the story above), p4 and p5
bodies (the ——副题 line under the head). Then (a framed table of short cells and figures is furniture): p4 ends and
chrome pass too, pages whole 3 of 6. Still failing: p1's order (the regression above), p2's continued story, p3's
line under the caption. Then (session 11, heads read in rows anchored at their row's highest head, within three text
lines, not on a fixed 40-point grid): p1's order passes again ('让技能人才“香”起来' under its 时评 label, two lines
below the head beside it, is read first, left to right): pages whole 4 of 6.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.text.test_blind_pages import cases, extracted, precision_and_recall, tally
from tests.text.test_blind_pdf_pages import page_check, pages_report

PDF = Path(__file__).resolve().parents[1] / "data" / "pdf" / "blind2"
PAGES = {page["file"]: page for page in json.loads((PDF / "expected.json").read_text(encoding="utf-8"))["pages"]}
# Headlines over the 6 pages; floors just under the first run (moving one is a deliberate act).
PRECISION_FLOOR = 0.99  # measured 0.962 (25/26) at the first run, 1.000 (26/26) at the second, 1.000 (28/28) at the third
RECALL_FLOOR = 0.99  # measured 0.893 (25/28) at the first run, 0.929 (26/28) at the second, 1.000 (28/28) at the third

# (page, check) → what the extractor gave at the first run; each is a strict xfail.
P1, P2, P3 = ("b2p1_province_workers_daily_front.pdf", "b2p2_city_daily_union_page_A3.pdf",
              "b2p3_county_paper_front_4col.pdf")
P4, P5, P6 = ("b2p4_industry_paper_safety_7col.pdf", "b2p5_weekend_supplement_literary.pdf",
              "b2p6_city_daily_notices_ads.pdf")
XFAIL: dict[tuple[str, str], str] = {
    (P2, "bodies"): "the continued story ('职工服务阵地“十五分钟”可达', 上接第一版) opens mid-text ('楼白领200多人次，提供饮水、"
                    "充电…'): its first column went to the 技能大赛 story above the rule",
    (P3, "bodies"): "the lead opens at its second column ('额10.6亿元，同比增长18%…'): the one body line under the "
                    "picture's caption in the first column is lost from its start",
    (P2, "ends"): "the 技能大赛 story runs on into the first column of the continued story under it ('…每天接待外卖骑手、"
                  "快递员和写字')",}


def check(name: str, what: str) -> tuple[bool, str]:
    """Page file name and check in → (passed, what came out)."""
    return page_check(PDF / name, PAGES[name], what)


def page_cases(what: str) -> list:
    return cases(PAGES, XFAIL, what)


@pytest.mark.parametrize("name", page_cases("headlines"))
def test_a_blind_pdf_page_2_gives_its_headlines_in_reading_order_and_nothing_else(name):
    ok, got = check(name, "headlines")
    assert ok, got


@pytest.mark.parametrize("name", page_cases("bodies"))
def test_each_article_found_on_a_blind_pdf_page_2_starts_at_its_first_words(name):
    ok, got = check(name, "bodies")
    assert ok, got


@pytest.mark.parametrize("name", page_cases("ends"))
def test_each_article_found_on_a_blind_pdf_page_2_ends_at_its_last_words(name):
    ok, got = check(name, "ends")
    assert ok, got


@pytest.mark.parametrize("name", page_cases("chrome"))
def test_no_article_on_a_blind_pdf_page_2_keeps_captions_labels_notices_or_page_chrome(name):
    ok, got = check(name, "chrome")
    assert ok, got


def test_blind_pdf_2_headlines_hold_their_precision_and_recall():
    precision, recall, said = precision_and_recall([tally(extracted(PDF / name), PAGES[name]["articles"])
                                                    for name in sorted(PAGES)],
                                                   sum(len(p["articles"]) for p in PAGES.values()))
    print(report())
    print(f"blind PDF 2 headlines: {said}")
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR


def report() -> str:
    """Every case's outcome, one line each, and the pages passing every check (for the docstring's record of a run)."""
    return pages_report(sorted(PAGES), check)
