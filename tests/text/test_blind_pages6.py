"""Blind pages 6: twelve HTML article pages and six newspaper page texts nobody working on the archive has read.

Written in session 12 by a writer who read neither the archive's code nor the earlier blind gates'
kinds or data; the expected answers (tests/data/html/blind6/expected.json,
tests/data/text/blind6/expected.json) were written before any code ran on the pages. Do not read the
pages or their per-article output to write rules: fix the kinds listed below in general, on pages of
your own.

HTML (one page per kind of site none of the earlier sets holds): a city union's PHPCMS v9 site in GBK
(Hebei), a district union's 搜狐号 post (Shaanxi), a provincial union portal on Hanweb JCMS (Gansu), an
ASP.NET WebForms site of a steel group's union (Inner Mongolia), a 2012 Sina blog by a township union
chairman (Heilongjiang), a city union's e-mailed bulletin (Guangxi), a provincial union app's H5 share
page built in 135editor sections (Yunnan), a Macau union federation's site in traditional script, a
2010 district union site declaring GB2312 only in its XML prolog (Tianjin), a hospital site's union
news (Hainan), a Xinjiang portal with Uyghur and Kazakh language links, and a Baidu snapshot of a
county-level city union's page (Jilin).

Newspaper pages (25 articles): OCR of a scanned provincial workers' weekly (Hunan), pdftotext -layout of
a city daily page with two columns printed side by side (Shandong), pdftotext of a railway paper with
a vertical head (Henan), a county-level city paper's union special page copied from its e-paper
(Fujian), pdftotext of a city daily's front page in blocks (Guizhou), and a workers' paper copied from
its app reader (Chongqing).

First run (code at 103fd2c, data 6ef2cc0): HTML 74/84 checks (8 of 12 pages pass every check; no
page has a kicker or subtitle), newspaper headlines precision 0.250 (6/24), recall 0.240 (6/25),
headlines right on 0/6 pages, bodies 5/6 pages, chrome 2/6 pages.
Kinds of failure seen at the first run:
- HTML: a <title> holding only an app's name, the headline in an <h3>: the title is the app's name.
- HTML: an e-mailed bulletin in layout tables, its headline on two lines (<br>) in a styled cell: the
  title is the masthead's 编 line, the body opens with the headline's second line and ends with the
  bulletin's 报：/送：/发： distribution lines.
- HTML: an ASP.NET WebForms page (everything inside <form>, paragraphs in Word font spans): empty body.
- HTML: a blog post of &nbsp;-indented paragraphs: the first paragraph is lost.
- Text: heads in big type read by OCR with spaces between the characters, or a head broken over two
  lines: the second line becomes the subtitle, or the 引题 becomes the title.
- Text: a caption's credit line (谭 敏 摄) joined to the head under it.
- Text: pdftotext -layout columns printed side by side: lines read across both columns, two heads on
  one line joined into one title.
- Text: a vertical head extracted one character a line: an empty title.
- Text: a 引题 joined into the title under it.
- Text: a special page's banner (工会专版·第12期, 联合主办) taken as the first head; ● kept in titles.
- Text: a list box (an honour roll of names and employers) and a first-person piece under its own head
  run into the item above; credit, QR and hotline lines kept in it.
- Text: front-page masthead lines (机关报, 导读) taken as a head; a signed commentary (□ 本报评论员) and a
  photo news item run into the story above; a 下转 jump kept in the story.
- Text: an app reader's rows (版面导航, 点赞 N 分享 收藏, 阅读 N) taken as heads, each story split in two.
- Text: ad and open-app lines at the foot of the page kept in the last story.

Second run (session 12's end, main 7eb84eb, after the session's HTML and page-text rules written from blind pages
5's kinds; these pages unread by any engineer): HTML 74/84 → 80/84 checks (the ASP.NET WebForms page's body, read
since a `<form>` holding prose is a page wrapper, and the e-mailed bulletin's 报/送/发 lines now end its body:
their six strict xfails removed); newspaper headlines unchanged at 0.250/0.240. Floors unchanged (just under both
runs).
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
HTML = DATA / "html" / "blind6"
TEXT = DATA / "text" / "blind6"
HTML_PAGES = {page["file"]: page for page in json.loads((HTML / "expected.json").read_text(encoding="utf-8"))["pages"]}
TEXT_PAGES = {page["file"]: page for page in json.loads((TEXT / "expected.json").read_text(encoding="utf-8"))["pages"]}

html_check = partial(html_check_of_a_set, pages=HTML_PAGES, folder=HTML)
text_check = partial(text_check_of_a_set, pages=TEXT_PAGES, folder=TEXT)

# Floors just under the first run's figures (a floor is raised on purpose, never lowered to pass).
PRECISION_FLOOR = 0.24
RECALL_FLOOR = 0.23

# (check, page) → what the code produced at the first run; strict, so a fix shows as XPASS.
HTML_XFAIL: dict[tuple[str, str], str] = {
    ("email_newsletter_city_union_bulletin.html", "title"): "title is the masthead line 柳州市总工会办公室编",
    ("email_newsletter_city_union_bulletin.html", "first"): "the body opens with the headline's second line",
    ("sina_blog_township_union_chair.html", "first"): "the body starts at the second paragraph",
    ("union_app_h5_editor_sections.html", "title"): "title is the app's name 云岭职工 from <title>",
}
TEXT_XFAIL: dict[tuple[str, str], str] = {
    ("page_01_union_weekly_scan_ocr.txt", "headlines"): "引题 as title, spaced head as subtitle; credit joined to next head",
    ("page_01_union_weekly_scan_ocr.txt", "chrome"): "the ad line 湖南工人报社广告部 kept in the last story",
    ("page_02_city_daily_pdftotext_layout.txt", "headlines"): "two heads side by side joined into one title",
    ("page_02_city_daily_pdftotext_layout.txt", "bodies"): "side-by-side columns read across one another",
    ("page_03_railway_paper_vertical_head_pdftotext.txt", "headlines"): "vertical head gives an empty title; 引题 joined",
    ("page_04_county_paper_union_special_page.txt", "headlines"): "专版 banner as a title, ● kept, 口述 piece run in",
    ("page_04_county_paper_union_special_page.txt", "chrome"): "honour roll, 本版图文 and 扫码关注 kept in an item",
    ("page_05_front_page_pdftotext_raw_blocks.txt", "headlines"): "masthead as a title; commentary and photo run in",
    ("page_05_front_page_pdftotext_raw_blocks.txt", "chrome"): "（下转第二版） kept in the 送岗上门 story",
    ("page_06_workers_paper_app_reader_copy.txt", "headlines"): "app rows as titles; each story split in two",
    ("page_06_workers_paper_app_reader_copy.txt", "chrome"): "the open-app line kept in the last story",
}


def html_cases() -> list:
    """Each HTML check on each page it applies to, failing ones marked strict xfail."""
    return checked_cases(HTML_CHECKS, partial(html_pages_for, pages=HTML_PAGES), HTML_XFAIL)


def text_cases() -> list:
    """Each newspaper-page check on each page, failing ones marked strict xfail."""
    return checked_cases(TEXT_CHECKS, lambda check: TEXT_PAGES, TEXT_XFAIL)


@pytest.mark.parametrize(("check", "name"), html_cases())
def test_a_sixth_blind_html_page_passes_each_check(check, name):
    ok, got = html_check(name, check)
    assert ok, got


@pytest.mark.parametrize(("check", "name"), text_cases())
def test_a_sixth_blind_newspaper_page_passes_each_check(check, name):
    ok, got = text_check(name, check)
    assert ok, got


def test_sixth_blind_newspaper_headlines_hold_their_precision_and_recall():
    tallies = [tally(extracted(TEXT / name), page["articles"]) for name, page in sorted(TEXT_PAGES.items())]
    precision, recall, said = precision_and_recall(tallies, sum(len(p["articles"]) for p in TEXT_PAGES.values()))
    print(report())
    print(f"sixth blind newspaper headlines: {said}")
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR


def report() -> str:
    """One line per check and page: ✓, or ✗ with what the code produced."""
    return set_report(HTML_PAGES, TEXT_PAGES, html_check, text_check)
