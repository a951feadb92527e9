"""Blind gate, third set: pages from sites and papers nobody on the team had seen, expectations written before any run.

tests/data/html/blind3 holds 12 HTML article pages of kinds neither tests/data/html nor blind nor blind2 had (a
provincial union portal with a 【字体：大 中 小】【打印】【关闭】 bar; a news platform's 号 page with an author card and a
disclaimer inside the body div; a news app share page with 打开APP prompts between paragraphs and a folded body; a
page whose only date is <meta name=publishdate>; a body split over three divs with ads and a 猜你喜欢 list between;
an e-paper article page with 引题/主题/副题 rows and a 版次/版名/作者/日期 table; captions as centred <p>s under every
image, the body opening and ending with one; an upper-case HTML 3 county site in GBK with <font>, <marquee> and a
bracketed date; 相关阅读 links as plain <p>s inside the content div; the site's slogan in the only <h1> and the
headline in <h2>; a Discuz! forum thread reposting a story, with replies; a theory piece with footnote marks, an
author note, 注释 and 责任编辑 inside the content div). tests/data/text/blind3 holds 6 newspaper page texts with 24
articles (lines cut at 18, 20 and 22 columns mid-word, one line per paragraph, blank-line paragraphs; 本报讯 and
电-dateline leads, own-line 本报记者 bylines, signatures at the end; 引题/副题; 图为/摄 captions; 短讯 and 图片新闻
columns; an 编者按 under a series label; a 记者手记 sidebar; a 维权信箱 letter and answer; a masthead block, page
headers and footers). Each folder's expected.json says what a reader finds on each page; see its "_about".

The checks are blind2's, run by its html_check/text_check on this folder (imported with the helpers of
test_blind_pages.py, not copied): an HTML page for one article, its title, 引题/副题 where printed, its date, the
body's first and last words, words from its middle (past ads, prompts, captions, sub-heads) and no chrome; a text
page for its headlines (in order, nothing else taken for an article), each body's first words, and captions,
labels, signatures and page chrome kept out of every body. A case the extractor fails is a strict xfail saying
what came out; expectations are never changed to match output (none was changed after the first run).

First run, at d04cca1 (session 9 start), before anyone worked on these pages:
- HTML: 71 of 80 checks pass; 7 of 12 pages pass every check (one_article 12/12, title 11/12, heads 0/1, date 12/12,
  first 11/12, last 9/12, kept 6/7, chrome 10/12). Failures: a forum's [转帖] type tag kept in the title; the 引题 row
  of an e-paper heads table lost (kicker None; the 副题 found); captions as centred <p>s under images kept as body
  (the body opening with the first caption and ending with the last); a body split over three divs by ads and a
  猜你喜欢 list cut after the second part (the third lost); 注释 footnotes and their notes kept at a theory piece's end.
  Passed whole: the 【字体：大 中 小】 portal, the 号 page's author card and disclaimer, the app page's 打开APP prompts
  and fold, the date only in <meta name=publishdate>, the upper-case GBK county site, the 相关阅读 <p> links, the
  slogan <h1>.
- Newspaper texts: headlines right on 0 of 6 pages, bodies starting right on 6 of 6, no chrome in bodies on 0 of 6;
  headline precision 0.636 (14 of 22 found articles are expected ones), recall 0.583 (14 of 24). Failures: on
  pages cut at 18 and 22 columns a whole story taken into the story above it (its head read as a body line; the
  photo captions there are dropped, rightly); a 版名 line (县域·民生) joined to the first title; a 【series】 label
  taken for a title (its 编者按 the body); 引题 and 主题 printed as two lines joined into one title (twice); a 记者手记
  sidebar taken into the feature above it; a lawyer's signature line (…律师 孟涛) and an own-line 本报评论员 byline joined to titles; a
  front page's masthead block (CN number, 农历, 今日8版, weather) taken for an article holding the lead story's heads,
  the lead story left with an empty title and the 图片新闻 item run into its body; signatures at a body's end
  ((通讯员 …), (杜鹃), (本报记者 夏雯)), a 摄 credit, and page footers (社址/零售价, 版权, 热线/邮箱) left in bodies.
- Seen but not gated: page 3's first brief carries the 短讯 label as its kicker.

Second run, at the end of session 9 (the pages sat on a branch of their own until then; the session's HTML and
newspaper-text rules were written from blind2's kinds and generated families). A caveat on the HTML side: the
lead's brief to the HTML engineer listed page kinds that overlap this set's (打开APP prompts, a body in several
divs between ads, a date only in a meta tag, captions under pictures, 相关阅读 lists, a slogan <h1>, GBK <font>
pages, footnotes), so those HTML kinds are not blind here; the pages themselves were not seen.
- HTML: 74 of 80 checks; 8 of 12 pages whole. Fixed: the centred captions under every image (first, last, chrome).
  Still failing: the [转帖] tag, the heads table's 引题, the third part of the body split by ads (the session's
  rule for boxes of one kind with an ad between did not carry to this page), the 注释 footnotes.
- Newspaper texts: unchanged, headline precision 0.636, recall 0.583, 0 of 6 pages right, bodies 6/6, chrome-free
  0/6: the session's byline, 导读, colophon and caption rules did not reach these pages' forms.

Third run, at the end of session 10, after HTML and newspaper-text rules written from the failure kinds above
(given to the engineers as kinds; the pages themselves unread; strict xfails that began passing had their marks
removed by script without their output being read):
- HTML: 80 of 80 checks; 12 of 12 pages whole (the forum's type tag, the heads table's 引题, the body in parts, the
  footnotes).
- Newspaper texts: headline precision 0.952 (20/21), recall 0.833 (20/24); headlines right on 2 of 6 pages, bodies
  6/6, chrome-free 3 of 6. Still failing: the heads on the 18- and 22-column pages, chrome on pages 3–5.
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
HTML = DATA / "html" / "blind3"
TEXT = DATA / "text" / "blind3"
HTML_PAGES = {page["file"]: page for page in json.loads((HTML / "expected.json").read_text(encoding="utf-8"))["pages"]}
TEXT_PAGES = {page["file"]: page for page in json.loads((TEXT / "expected.json").read_text(encoding="utf-8"))["pages"]}
html_check = partial(html_check_of_a_set, pages=HTML_PAGES, folder=HTML)
text_check = partial(text_check_of_a_set, pages=TEXT_PAGES, folder=TEXT)
# Newspaper headlines over the 6 pages; floors just under the measured figures (moving one is a deliberate act).
PRECISION_FLOOR = 0.95  # measured 0.636 (14/22) at the first and second runs, 0.952 (20/21) at the third; one less is 0.909
RECALL_FLOOR = 0.83  # measured 0.583 (14/24) at the first and second runs, 0.833 (20/24) at the third; one less is 0.792

# (page, check) → what the extractor gave at the first run; each is a strict xfail.
HTML_XFAIL: dict[tuple[str, str], str] = {}  # session 10: the six HTML strict xfails pass; their marks removed
TEXT_XFAIL: dict[tuple[str, str], str] = {
    ("page_01_cut18_columns.txt", "headlines"): "3 articles for 5: '一线班组长“充电”忙' and its story are read as body lines of the lead "
                                                "story (the photo caption after it is dropped)",
    ("page_02_cut22_datelines.txt", "headlines"): "3 articles for 4: the head '“工会+法院”调解室化解劳动争议1300余件' and its story are "
                                                  "read as body lines of the lead story",
    ("page_04_editors_note_series.txt", "headlines"): "the series label is a title ('【奋斗者·正青春】', the 编者按 its body), the 引题 and 主题 "
                                                      "join ('“95后”女焊工的精度追求焊花里绽放青春') and the 记者手记 sidebar "
                                                      "'让青春在岗位上发光' is taken into the feature",
    ("page_06_front_page_cut20.txt", "headlines"): "the masthead block is an article ('国内统一连续出版物号 CN51-0012农历乙巳年四月初四 今日8版', "
                                                   "holding the lead story's heads), the lead story has an empty title, the 图片新闻 "
                                                   "item runs into it, and the byline joins the commentary's title "
                                                   "('让劳动者更有尊严本报评论员')",
    ("page_03_briefs_photo_news.txt", "chrome"): "the 图片新闻 item keeps its 摄 credit and each brief its signature ((杜鹃), (罗晓), "
                                                 "(税宣))",
    ("page_04_editors_note_series.txt", "chrome"): "the 编者按 is the series label's body; the (本报记者 夏雯) signature, the (晓雯) "
                                                   "signature and the 版权 footer stay in bodies",
    ("page_05_epaper_copy_letters.txt", "chrome"): "a (通讯员 潘悦 章敏) signature and the 热线/邮箱 footer stay in bodies",
}


def html_cases() -> list:
    """Every (check, page) of the HTML folder, each failing one a strict xfail with its reason."""
    return checked_cases(HTML_CHECKS, partial(html_pages_for, pages=HTML_PAGES), HTML_XFAIL)


def text_cases() -> list:
    """Every (check, page) of the newspaper folder, each failing one a strict xfail with its reason."""
    return checked_cases(TEXT_CHECKS, lambda check: TEXT_PAGES, TEXT_XFAIL)


@pytest.mark.parametrize(("check", "name"), html_cases())
def test_a_third_blind_html_page_passes_each_check(check, name):
    ok, got = html_check(name, check)
    assert ok, got


@pytest.mark.parametrize(("check", "name"), text_cases())
def test_a_third_blind_newspaper_page_passes_each_check(check, name):
    ok, got = text_check(name, check)
    assert ok, got


def test_third_blind_newspaper_headlines_hold_their_precision_and_recall():
    tallies = [tally(extracted(TEXT / name), page["articles"]) for name, page in sorted(TEXT_PAGES.items())]
    precision, recall, said = precision_and_recall(tallies, sum(len(p["articles"]) for p in TEXT_PAGES.values()))
    print(report())
    print(f"third blind newspaper headlines: {said}")
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR


def report() -> str:
    """Every case's outcome, one line each (for the docstring's record of a run)."""
    return set_report(HTML_PAGES, TEXT_PAGES, html_check, text_check)
