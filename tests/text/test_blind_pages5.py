"""Blind pages 5: 12 HTML pages and 6 newspaper page texts nobody working on the archive has seen.

Written in session 11 on a branch of its own (s11-blindpages5), expectations committed (3ff7ed8)
before any code of the archive ran on the files; the set's writer read no rule code and chose the
kinds of site and paper (none was named in a brief).

HTML (`tests/data/html/blind5`): a TRS city-government portal with a jobs table, a 人民网
provincial channel with 引题/副题, 新华网 with its date split over spans, a 2012 Hong Kong union
site in Big5 with HKSCS characters, a university union on 博达 VSB, a 网易号 post, a Baidu MIP
page, a Wayback Machine capture of a GBK union site, a Word-saved union 简报, a content-farm copy,
a semantic-HTML5 portal with reader comments, a basic-level court site; 12 regions.

Newspaper texts (`tests/data/text/blind5`, 24 articles): an evening tabloid cut at 14 ems with no
blank lines, a provincial daily with a wire story and a signed 短评, a county-level paper as
pdftotext gives it (a jump line, a form feed), a city daily with run-in ■ briefs, a Macau daily in
traditional script, a city daily cut at 24 ems with sub-heads, an 编后 and classified ads.

First run (code at main 42fabc1): HTML 71/83 checks, 6/12 pages whole; newspaper checks 11/18,
1/6 pages whole; headlines precision 0.875 (14/16), recall 0.583 (14/24). Floors sit just under it;
each failing check is a strict xfail saying what the code produced. Kinds of failure seen:
- a date only as dd/mm/yyyy; a date only in a bulletin's masthead line; a date split over spans;
- a 人民网-style dateline half removed (the place/date part gone, the reporter's name kept);
- a CMS body (博达 VSB, paragraphs in styled spans inside a form) read as empty;
- an empty comment box line, and a bulletin's 报/发 distribution lines, kept at the body's end;
- a subtitle line run into the title on a page with no blank lines;
- a photo story (head, caption paragraph, credit) not taken as an article;
- heads broken over two lines in pdftotext output giving an empty title and lost stories;
- briefs whose heads run into their text after ■ not split;
- a traditional-script page with 【本報消息】 leads read as one article under its 引題;
- ads, classifieds, hotline and weather boxes at a page's foot kept in the last story.

Second run, at the end of session 11 (main b15b70f, with the session's final HTML, text and PDF page rules; the page
engineers worked from blind pages 4's and blind PDF pages 2's kinds and never saw these pages, their kinds or the
first run): identical to the first, HTML 71/83, newspaper checks 11/18, headlines 0.875 (14/16) / 0.583 (14/24).

Third run, HTML only (session 12, after rules written from the HTML kinds above on pages of our own, these pages unread):
HTML 83/83 (12/12 pages whole): a date printed day first, a bulletin's masthead and 印发 lines and a date split over
elements read from the page's lines as a reader sees them; a bracketed name after a dateline is its byline; a <form>
holding prose is a CMS's wrapper; an empty comment box and 报/送/发 distribution lines end the body.

Third run, newspaper texts (session 12, page text rules written from the newspaper kinds above on generated families
of our own, these pages unread): newspaper checks 14/18, headlines 0.909 (20/22) / 0.833 (20/24); the run-in briefs
page's headlines and the foot-of-page chrome of pages 1 and 6 pass (their strict xfails removed). Floors: just under
the third run.
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

DATA = Path(__file__).resolve().parents[1] / 'data'
HTML = DATA / 'html' / 'blind5'
TEXT = DATA / 'text' / 'blind5'
HTML_PAGES = {page['file']: page for page in json.loads((HTML / 'expected.json').read_text(encoding='utf-8'))['pages']}
TEXT_PAGES = {page['file']: page for page in json.loads((TEXT / 'expected.json').read_text(encoding='utf-8'))['pages']}

html_check = partial(html_check_of_a_set, pages=HTML_PAGES, folder=HTML)
text_check = partial(text_check_of_a_set, pages=TEXT_PAGES, folder=TEXT)

# First run (3ff7ed8 data, code at main 42fabc1): HTML 71/83 checks, 6/12 pages whole; newspaper
# checks 11/18, 1/6 pages whole (bodies 6/6); headlines precision 0.875 (14/16), recall 0.583 (14/24).
PRECISION_FLOOR = 0.90
RECALL_FLOOR = 0.83

HTML_XFAIL: dict[tuple[str, str], str] = {}  # the 12 first-run failures fixed in session 12 (see the docstring)
TEXT_XFAIL: dict[tuple[str, str], str] = {
    ('page_01_evening_paper_cut14.txt', 'headlines'): 'the subtitle is joined to the title (…1800个现场设“妈妈岗”专区…); the photo story 巧手绣出春天 is not found',
    ('page_03_county_paper_pdftotext.txt', 'headlines'): '3 articles, one with an empty title; 全市新建职工书屋12家 and 劳模工匠进校园 are not found',
    ('page_05_macau_daily_traditional.txt', 'headlines'): 'one article titled with the 引題 工聯職業培訓中心推新課程: the other two heads are not found',
    ('page_05_macau_daily_traditional.txt', 'chrome'): 'the hotline and weather lines at the foot are in the one article\'s body',
}


def html_cases() -> list:
    """Every check on every HTML page it applies to, failing ones marked strict xfail."""
    return checked_cases(HTML_CHECKS, partial(html_pages_for, pages=HTML_PAGES), HTML_XFAIL)


def text_cases() -> list:
    """Every check on every newspaper page text, failing ones marked strict xfail."""
    return checked_cases(TEXT_CHECKS, lambda check: TEXT_PAGES, TEXT_XFAIL)


@pytest.mark.parametrize(('check', 'name'), html_cases())
def test_a_fifth_blind_html_page_passes_each_check(check, name):
    ok, got = html_check(name, check)
    assert ok, got


@pytest.mark.parametrize(('check', 'name'), text_cases())
def test_a_fifth_blind_newspaper_page_passes_each_check(check, name):
    ok, got = text_check(name, check)
    assert ok, got


def test_fifth_blind_newspaper_headlines_hold_their_precision_and_recall():
    tallies = [tally(extracted(TEXT / name), page['articles']) for name, page in sorted(TEXT_PAGES.items())]
    precision, recall, said = precision_and_recall(tallies, sum(len(p['articles']) for p in TEXT_PAGES.values()))
    print(report())
    print(f'fifth blind newspaper headlines: {said}')
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR


def report() -> str:
    """One line per check and page, ✓ or ✗ with what the code produced."""
    return set_report(HTML_PAGES, TEXT_PAGES, html_check, text_check)
