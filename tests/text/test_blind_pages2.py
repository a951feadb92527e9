"""Blind gate, second set: pages from sites and papers nobody on the team had seen, expectations written before any run.

tests/data/html/blind2 holds 12 HTML article pages of kinds neither tests/data/html nor tests/data/html/blind had
(a workers' daily 客户端 share page, a county 融媒体中心 page whose <h1> is the site, a CMS union site in <table>
layout with a data table in the body, a portal repost with a 编者按 box and a 原标题 line, the first page of a
two-page article, 引题/副题 around the headline, a <video> with credits, an AMP page, UTF-8 declared gb2312, a
relative 3天前 beside the absolute time, a bilingual header, a government repost with sub-heads and a list);
tests/data/text/blind2 holds 6 newspaper page texts with 27 articles (blank-line paragraphs, lines cut at the
column width, full-width indents, one line per paragraph, mixed spacing; 简讯 columns of headed items, a 导读 box,
commentaries with bylines, captions, 下转/上接 jump lines). Each folder's expected.json says what a reader finds.

The helpers are test_blind_pages.py's (imported, not copied). Beyond that set's checks an HTML page is checked
for its 引题/副题 (where printed) and for words from the middle of its body (after a table, list, caption or
sub-head); a text page for captions, labels, bylines, jump lines and page chrome kept out of every body.
A case the extractor fails is a strict xfail saying what came out; expectations are never changed to match output.

First run, at 3d0fc87 (session 8 start), before anyone worked on these pages (no expectation changed after it):
- HTML: 75 of 80 checks pass; 9 of 12 pages pass every check (one_article 12/12, title 11/12, heads 1/1, date 12/12,
  first 10/12, last 12/12, kept 7/7, chrome 10/12). Failures: the county 融媒体中心 page's site-name <h1> taken for the
  title (the headline is in div.tit); the 编者按 box at the top of the content kept as the body's start; a <video>'s
  fallback text (您的浏览器不支持HTML5视频播放…) kept as the body's first paragraph.
- Newspaper texts: headlines right on 3 of 6 pages, bodies starting right on 5 of 6, no chrome in bodies on 2 of 6;
  headline precision 0.852 (23 of 27 found articles are expected ones), recall 0.852 (23 of 27). Failures: a byline
  line under a commentary's head (□ 本报评论员 林 平, ■ 周立新) or under a news head (本报通讯员 程亮) merged into the title;
  the 导读 box's last item merged into the lead story's kicker; a □ byline left at a commentary body's start;
  下转第X版 jump lines, a 本报地址/广告热线 footer and a 本版责任编辑 line left in the bodies above them.
- Seen but not gated: on page 1 the 引题 is read as the title and the 主题 and 副题 are joined into one subtitle.

Second run, at 432c410 (session 8, 11:22). The first run's failure kinds were public in main from 10:13 and the
extractor's owners added families for them (site name in <h1>, 编者按/原标题, 引题/副题, 简讯 columns, jump lines), so
these figures are no longer blind ones; the next blind set must be new pages again.
- HTML: 76 of 80 checks; 10 of 12 pages whole (the 融媒体中心 headline now comes from div.tit). Still failing: the
  编者按 box opening the body; the <video>'s fallback text opening the body.
- Newspaper texts: headlines right on 3 of 6 pages, bodies 5 of 6, chrome-free 3 of 6; precision 0.857 (24/28),
  recall 0.889 (24/27). Fixed: the ■ byline joined to page 6's commentary title; 下转 jump lines out of the bodies.
  New failure: on the width-cut page 2 the first line of a two-line photo caption is taken for a title (the jump
  line above it is gone). Still failing: □/本报评论员/本报通讯员 byline lines joined to titles or opening a body, the
  导读 box's last item joined to the lead story's kicker, footers (本报地址, 本版责任编辑) left in the last body.
  Not gated: page 1's first brief now carries the 简讯 label as its kicker.

Third run, at the end of session 9, after fixes written from these kinds on generated pages (the pages unread by the
engineers; one text-footer form guessed from its description and confirmed only by this gate's pass): HTML 80 of 80
checks, 12 of 12 pages whole (the boxed 编者按 and the <video> fallback out of the body); newspaper texts precision
0.963 (26/27), recall 0.963 (26/27). One strict xfail left, page 3's headlines (its reason is the earlier run's; what
  still fails there was not read).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive.model import Article
from tests.text.test_blind_pages import (
    bodies_starting_elsewhere,
    cases,
    extracted,
    outcome_lines,
    precision_and_recall,
    squash,
    starts_with_first_words,
    tally,
)

DATA = Path(__file__).resolve().parents[1] / "data"
HTML = DATA / "html" / "blind2"
TEXT = DATA / "text" / "blind2"
HTML_PAGES = {page["file"]: page for page in json.loads((HTML / "expected.json").read_text(encoding="utf-8"))["pages"]}
TEXT_PAGES = {page["file"]: page for page in json.loads((TEXT / "expected.json").read_text(encoding="utf-8"))["pages"]}
DASHES = "—－-–"
# Newspaper headlines over the 6 pages; floors just under the measured figures (moving one is a deliberate act).
PRECISION_FLOOR = 0.96  # measured 0.963 (26/27) at the third run (0.857 second, 0.852 first); one less is 0.926
RECALL_FLOOR = 0.96  # measured 0.963 (26/27) at the third run (0.889 second, 0.852 first); one less is 0.926

# (page, check) → what the extractor gave at the second run; each is a strict xfail.
# Session 9: the four HTML xfails (the 编者按 box and a <video>'s fallback text opening the body, kept as chrome) passed
# after rules written on generated pages (editor_note, video_player families) and were removed by script: HTML 80/80.
HTML_XFAIL: dict[tuple[str, str], str] = {
}
TEXT_XFAIL: dict[tuple[str, str], str] = {
    ("page_03_indented_front_page.txt", "headlines"): "the 导读 box's last item joins the lead story's kicker ('●法援律师说：加班费"
                                                      "怎么算 6版坚持职工为本…') and a byline line joins a title ('劳模工匠进校园 "
                                                      "讲述奋斗故事本报通讯员 程亮')",
}


# ---- HTML pages -------------------------------------------------------------------------------------

HTML_CHECKS = ("one_article", "title", "heads", "date", "first", "last", "kept", "chrome")


def subtitle_form(text: str | None) -> str:
    """A 副题 in → its squashed form without the leading dash it is printed with."""
    return squash(text).lstrip(DASHES)


def html_check(name: str, check: str, pages: dict[str, dict] = HTML_PAGES, folder: Path = HTML) -> tuple[bool, str]:
    """Page file name and check in (of this set, or of the set that pages and folder give) → (passed, what came out)."""
    expected, articles = pages[name], extracted(folder / name)
    if check == "one_article":
        return len(articles) == 1, f"{len(articles)} articles: {[a.title for a in articles]}"
    if not articles:
        return False, "no article"
    article, body = articles[0], squash(articles[0].body)
    if check == "title":
        return squash(article.title) == squash(expected["title"]), f"title={article.title!r}"
    if check == "heads":
        kicker_ok = squash(article.kicker) == squash(expected.get("kicker"))
        subtitle_ok = subtitle_form(article.subtitle) == subtitle_form(expected.get("subtitle"))
        return kicker_ok and subtitle_ok, f"kicker={article.kicker!r} subtitle={article.subtitle!r}"
    if check == "date":
        return article.published == expected["published"], f"published={article.published}"
    if check == "first":
        return starts_with_first_words(body, expected["first"], expected.get("lead")), f"start={body[:40]!r}"
    if check == "last":
        return body.endswith(squash(expected["last"])), f"end={body[-40:]!r}"
    if check == "kept":
        lost = [phrase for phrase in expected["kept"] if squash(phrase) not in body]
        return not lost, f"lost={lost}"
    kept = [phrase for phrase in expected["absent"] if squash(phrase) in body]
    return bool(body) and not kept, f"chrome kept={kept}"


def html_pages_for(check: str, pages: dict[str, dict] = HTML_PAGES) -> dict[str, dict]:
    """The pages (of this set, or those given) a check applies to: heads only where 引题/副题 are printed, kept only
    where middle words are given."""
    if check == "heads":
        return {name: page for name, page in pages.items() if page.get("kicker") or page.get("subtitle")}
    if check == "kept":
        return {name: page for name, page in pages.items() if page.get("kept")}
    return pages


def html_cases(check: str) -> list:
    return cases(html_pages_for(check), HTML_XFAIL, check)


@pytest.mark.parametrize("name", html_cases("one_article"))
def test_a_second_blind_html_page_is_one_article(name):
    ok, got = html_check(name, "one_article")
    assert ok, got


@pytest.mark.parametrize("name", html_cases("title"))
def test_a_second_blind_html_page_gives_the_headline_a_reader_sees(name):
    ok, got = html_check(name, "title")
    assert ok, got


@pytest.mark.parametrize("name", html_cases("heads"))
def test_a_second_blind_html_page_gives_the_kicker_and_subtitle_printed_around_the_headline(name):
    ok, got = html_check(name, "heads")
    assert ok, got


@pytest.mark.parametrize("name", html_cases("date"))
def test_a_second_blind_html_page_gives_its_publication_date(name):
    ok, got = html_check(name, "date")
    assert ok, got


@pytest.mark.parametrize("name", html_cases("first"))
def test_a_second_blind_html_body_starts_at_the_first_sentence(name):
    ok, got = html_check(name, "first")
    assert ok, got


@pytest.mark.parametrize("name", html_cases("last"))
def test_a_second_blind_html_body_ends_at_the_last_sentence(name):
    ok, got = html_check(name, "last")
    assert ok, got


@pytest.mark.parametrize("name", html_cases("kept"))
def test_a_second_blind_html_body_keeps_its_middle_past_tables_lists_and_captions(name):
    ok, got = html_check(name, "kept")
    assert ok, got


@pytest.mark.parametrize("name", html_cases("chrome"))
def test_a_second_blind_html_body_keeps_no_page_chrome(name):
    ok, got = html_check(name, "chrome")
    assert ok, got


# ---- newspaper page texts ---------------------------------------------------------------------------

TEXT_CHECKS = ("headlines", "bodies", "chrome")


def headline_tally(name: str) -> tuple[int, int, int, bool]:
    """Page file name in → its tally()."""
    return tally(extracted(TEXT / name), TEXT_PAGES[name]["articles"])


def chrome_in_bodies(articles: list[Article], absent: list[str]) -> list[str]:
    """Found articles and chrome phrases in → 'title: phrase' for each phrase some body keeps."""
    return [f"{a.title}: {phrase}" for a in articles for phrase in absent if squash(phrase) in squash(a.body)]


def text_check(name: str, check: str, pages: dict[str, dict] = TEXT_PAGES, folder: Path = TEXT) -> tuple[bool, str]:
    """Page file name and check in (of this set, or of the set that pages and folder give) → (passed, what came out)."""
    page, articles = pages[name], extracted(folder / name)
    expected = page["articles"]
    if check == "headlines":
        right, found, recalled, in_order = tally(articles, expected)
        return (right == found == recalled == len(expected) and in_order), f"titles={[a.title for a in articles]}"
    if check == "chrome":
        kept = chrome_in_bodies(articles, page["absent"])
        return not kept, f"chrome kept={kept}"
    wrong = bodies_starting_elsewhere(articles, expected)
    return not wrong, f"bodies starting elsewhere={wrong}"


def text_cases(check: str) -> list:
    return cases(TEXT_PAGES, TEXT_XFAIL, check)


@pytest.mark.parametrize("name", text_cases("headlines"))
def test_a_second_blind_newspaper_page_gives_its_headlines_in_order_and_nothing_else(name):
    ok, got = text_check(name, "headlines")
    assert ok, got


@pytest.mark.parametrize("name", text_cases("bodies"))
def test_each_article_found_on_a_second_blind_newspaper_page_starts_at_its_first_words(name):
    ok, got = text_check(name, "bodies")
    assert ok, got


@pytest.mark.parametrize("name", text_cases("chrome"))
def test_no_article_on_a_second_blind_newspaper_page_keeps_captions_labels_or_page_chrome(name):
    ok, got = text_check(name, "chrome")
    assert ok, got


def test_second_blind_newspaper_headlines_hold_their_precision_and_recall():
    precision, recall, said = precision_and_recall([headline_tally(name) for name in sorted(TEXT_PAGES)],
                                                   sum(len(p["articles"]) for p in TEXT_PAGES.values()))
    print(report())
    print(f"second blind newspaper headlines: {said}")
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR


def report() -> str:
    """Every case's outcome, one line each (for the docstring's record of a run)."""
    return set_report(HTML_PAGES, TEXT_PAGES, html_check, text_check)


def set_report(html_pages: dict[str, dict], text_pages: dict[str, dict], html_check_of, text_check_of) -> str:
    """A set's pages and its two checks (name, check → passed, what came out) → every case's outcome, one line each."""
    lines = [line for check in HTML_CHECKS
             for line in outcome_lines("html", check, sorted(html_pages_for(check, html_pages)), html_check_of)]
    lines += [line for check in TEXT_CHECKS for line in outcome_lines("text", check, sorted(text_pages), text_check_of)]
    return "\n".join(lines)


def checked_cases(checks: tuple[str, ...] | list[str], pages_of, xfail: dict) -> list:
    """A set's checks, the pages each applies to (``pages_of``: check → pages) and its xfails → every (check, page)
    as a pytest param, each failing one a strict xfail with its reason."""
    return [pytest.param(check, case.values[0], id=f"{check}-{case.id}", marks=case.marks)
            for check in checks for case in cases(pages_of(check), xfail, check)]
