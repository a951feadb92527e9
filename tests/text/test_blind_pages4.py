"""Fourth blind gate: pages from sites and papers of kinds the earlier sets did not have, expectations written first.

tests/data/html/blind4 holds 12 HTML article pages, each built the way its CMS builds pages, with its real chrome: a
county 融媒体中心 site (a 语音播报 audio box before the body, the 编辑/审核/终审 line inside the body div), a city union
site with a contest <table> in the body and an 附件 download list after it, a news app's Nuxt page (visible time
without a year, the body again as an escaped string in window.__NUXT__), a union site reposting its WeChat article by
paste (follow banner, the copied WeChat header line, 来源/编辑/审核 lines and QR inside the body div), a Weibo 头条文章
(免责声明, 转发/评论/赞 bar, reader comments), a Discuz! portal article (a 摘要 box repeating the first sentence), an old
DedeCMS site in GBK, a WordPress blog (published and updated <time>s both in the text), a workers' daily e-paper with
引题/主题/副题 in h3/h1/h2, an industry union site whose sidebar (dated news list, contacts) comes before the article in
the source, a print view (one table, <title> 打印页面), and a company site with the headline and its ——副题 in one <h1>.
tests/data/text/blind4 holds 6 newspaper page texts, 25 articles: a provincial workers' daily copied from its e-paper
(blank lines, 引题/主题/副题, an own-line byline, a 工人时评 label over a signed commentary, a caption), a city daily's
PDF text cut at 22 characters (page number and 版名 on lines of their own, a head over two lines, 引题, sub-heads, a
caption cut over two lines), a county paper's front page (masthead with 准印证号 and weather, a 下转 jump line, 副题,
imprint), an industry paper cut at 18 characters (□ bylines, '…账：' sub-heads, a 数说 data box, a 一线来信 label, a
signature), an enterprise paper with space indents (padded header lines, a head over two lines, a 图为 caption, a
职工说事 label) and a literary supplement (□/◎/■ bylines, a ——读《…》 副题, a poem group, 作者单位 note, 插图 credit).
Each folder's expected.json says what a reader finds on each page; see its "_about". The checks are those of the
second and third sets (test_blind_pages2's html_check/text_check over this set's pages).

A case the extractor fails is marked xfail(strict=True) with what came out: the gate holds what passes and flags a
fix when it lands (the mark must then go). Expectations are never changed to match output; none was changed after
the first run (no plain mistakes were found in expected.json).

First run, at fdb0583 (session 10 start), before anyone worked on these pages:
- HTML: 79 of 82 checks pass; 10 of 12 pages pass every check (one_article 12/12, title 12/12, heads 2/2, date 11/12,
  first 12/12, last 11/12, kept 8/8, chrome 11/12). Failure kinds: a date given only in an app page's server-rendered
  state script (publishTime in epoch ms, publishTimeStr), the visible time having no year: no date found; reader
  comments (user name, comment, 'M-D hh:mm') inside the article's container, after the disclaimer and the
  转发/评论/赞 bar, taken into the body as its end.
- Newspaper texts: headlines right on 1 of 6 pages, bodies starting right on 6 of 6 (of the articles found), no chrome
  in any body on 1 of 6; headline precision 0.696 (16 of 23 found articles are expected ones), recall 0.640 (16/25).
  Failure kinds: a quoted sub-head inside a story read as a title; a county masthead block (准印证号 line, weather
  line) read as an article with the lead story's head as its subtitle; an own-line □ byline joined to the head above;
  a data box (label and figure lines) read as an article that takes in the next story; a header line padded with
  spaces (paper, page, 版名) joined to the first title; a head over two lines whose first line is a full clause read
  as title + subtitle; a story after an in-text 图为 caption and a column label taken into the story above; on the
  supplement, a poem group and the essay after it taken into the book review above. Chrome kept: a signature line
  closing a commentary and one closing a brief, the 本期责任编辑/版式/校对 line, an in-text 图为 caption with its 摄
  credit, the 投稿/内部资料 footer, a (作者单位：…) note and the 本版插图 credit.
- Right at the first run: 引题/主题/——副题 heads, own-line bylines before a body, the 下转 jump line, a caption cut over
  two lines, the ad footer, a two-line head whose first line is a fragment, the sub-head 'X最多' kept in its story.

Second run, at the end of session 10 (main d0e3cdb; the page engineers worked from blind pages 3's kinds and never
saw these pages, their kinds or this run):
- HTML: 79 of 82 checks, 10 of 12 pages, unchanged (the app-state date and the reader comments still fail).
- Newspaper texts: headline precision 0.773 (17/22), recall 0.680 (17/25); headlines right on 1 of 6 pages, bodies
  starting right 6 of 6, no chrome in any body on 2 of 6 (page 1's commentary signature is now a byline; its strict
  xfail mark was removed). Every other first-run failure kind is still there.

Session 11 (HTML only; the HTML engineer built the two kinds on generated pages, never reading these pages): HTML 82 of
82 checks, 12 of 12 pages: a date from an app page's state script (publishTime in ms/s or a string, the one whose
month and day the page prints), and a readers' comment thread (two or more comments' times on lines of their own
after the article) ends the body; the three strict xfail marks were removed. The Weibo page's comments written as
名：内容 on one line were added to that rule after the engineer saw this page's failure reason: no longer blind.
Newspaper texts, session 11 (the text engineer built seven generated families from the kinds above, never reading
these pages): headline precision 0.826 (19/23), recall 0.760 (19/25); the chrome checks of pages 3, 4, 5 and 6 pass
(staff, credit, permit and 投稿 lines are chrome; a short caption leaves the body; □ bylines), their strict xfail marks
removed. Still failing: the quoted sub-head, the masthead block, the 数说 box, the padded header, the two-line head,
the story after the caption, the poems.
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest

from tests.text.test_blind_pages import extracted, precision_and_recall, tally
from tests.text.test_blind_pages2 import HTML_CHECKS, TEXT_CHECKS, checked_cases, html_pages_for, set_report
from tests.text.test_blind_pages2 import html_check as html_check_of_a_set
from tests.text.test_blind_pages2 import text_check as text_check_of_a_set

DATA = Path(__file__).resolve().parents[1] / "data"
HTML = DATA / "html" / "blind4"
TEXT = DATA / "text" / "blind4"
HTML_PAGES = {page["file"]: page for page in json.loads((HTML / "expected.json").read_text(encoding="utf-8"))["pages"]}
TEXT_PAGES = {page["file"]: page for page in json.loads((TEXT / "expected.json").read_text(encoding="utf-8"))["pages"]}
html_check = partial(html_check_of_a_set, pages=HTML_PAGES, folder=HTML)
text_check = partial(text_check_of_a_set, pages=TEXT_PAGES, folder=TEXT)
# Newspaper headlines over the 6 pages; floors just under the measured figures (moving one is a deliberate act).
PRECISION_FLOOR = 0.82  # measured 0.696 (16/23) at the first run, 0.773 (17/22) at the second, 0.826 (19/23) in session 11
RECALL_FLOOR = 0.75  # measured 0.640 (16/25) at the first run, 0.680 (17/25) at the second, 0.760 (19/25) in session 11

# (page, check) → what the extractor gave at the first run; each is a strict xfail.
HTML_XFAIL: dict[tuple[str, str], str] = {}  # session 11: the three first-run failures pass (see the docstring)
TEXT_XFAIL: dict[tuple[str, str], str] = {
    ("page_02_city_daily_cut22.txt", "headlines"): "6 articles for 5: the sub-head '警惕“培训费”“押金”' of the 暑期工 story is read "
                                                   "as a title (its second part becomes an article)",
    ("page_03_county_front_jumps.txt", "headlines"): "the masthead is an article ('（湘）内部资料准印证号：0712-1036 免费交流') whose "
                                                     "subtitle is the weather line joined to the lead story's head "
                                                     "('今日天气：多云转晴 3℃～12℃县总工会“暖冬行动”慰问困难职工586户')",
    ("page_04_industry_paper_cut18.txt", "headlines"): "the □ bylines join the heads ('“铁军班”的三本账□ 通讯员 邹婷 龙海', '师傅的工具包□ "
                                                       "检修公司 陆明') and the 数说 box is an article ('数说班组建设全公司班组 "
                                                       "1246个…') whose body is the 变电运维三班 story, its head included",
    ("page_05_enterprise_paper_space_indents.txt", "headlines"): "3 articles for 4: the padded header line joins the first title "
                                                                 "('钧港报 第2版 综合新闻集团上半年…'), the two-line head is read as "
                                                                 "'码头工会开展“夏送清凉”' + subtitle '为一线职工送去防暑物资', and "
                                                                 "'食堂早餐能不能再早半小时？' (after the 图为 caption and the 职工说事 "
                                                                 "label) is taken into that story",
    ("page_06_supplement_essays_poems.txt", "headlines"): "2 articles for 4: the poem group '焊花（外一首）' and the essay "
                                                          "'工装上的汗碱' are taken into the book review's body",
}


def html_cases() -> list:
    """Every (check, page) of the HTML folder, each failing one a strict xfail with its reason."""
    return checked_cases(HTML_CHECKS, partial(html_pages_for, pages=HTML_PAGES), HTML_XFAIL)


def text_cases() -> list:
    """Every (check, page) of the newspaper folder, each failing one a strict xfail with its reason."""
    return checked_cases(TEXT_CHECKS, lambda check: TEXT_PAGES, TEXT_XFAIL)


@pytest.mark.parametrize(("check", "name"), html_cases())
def test_a_fourth_blind_html_page_passes_each_check(check, name):
    ok, got = html_check(name, check)
    assert ok, got


@pytest.mark.parametrize(("check", "name"), text_cases())
def test_a_fourth_blind_newspaper_page_passes_each_check(check, name):
    ok, got = text_check(name, check)
    assert ok, got


def test_fourth_blind_newspaper_headlines_hold_their_precision_and_recall():
    tallies = [tally(extracted(TEXT / name), page["articles"]) for name, page in sorted(TEXT_PAGES.items())]
    precision, recall, said = precision_and_recall(tallies, sum(len(p["articles"]) for p in TEXT_PAGES.values()))
    print(report())
    print(f"fourth blind newspaper headlines: {said}")
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR


def report() -> str:
    """Every case's outcome, one line each (for the docstring's record of a run)."""
    return set_report(HTML_PAGES, TEXT_PAGES, html_check, text_check)
