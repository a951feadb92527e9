"""Blind PDF pages 3: six newspaper pages the archive's code had never seen, with answers written first.

`tests/data/pdf/blind3` holds six one-page PDFs from a generator of their own (`make_pages.py`: every block
placed by hand on a column grid, body in 宋体, heads, kickers, captions and labels in 黑体) and
`expected.json`, written before any run: per page, the articles in reading order with their headline,
引题 (kicker), 副题 (subtitle), lead (a 本报讯 or 电头 line, or a byline under the head), first and last words,
the printed signature, and phrases that must stay out of every body. 30 articles:

- 陕西工人报 p.2 综合新闻 (broadsheet, 5 columns in bands): lead with kicker, photo and a 下转 jump line; a
  two-line head with a byline under it; a commentary under a 工会观察 label; a 基层传真 label over three
  briefs with signatures; a story with a subtitle; a story across the page; a tip box, an ad strip.
- 南国早报 A06 南宁·民生 (A3 metro page): banner with kicker and subtitle over a photo, the 文/图 byline
  opening the text, ■ intertitles; a 记者手记 box with its own head; a two-part head; a table box; a bank ad.
- 石狮日报 p.3 (4开 tabloid): lead with kicker; a vertical head in col 4 with its signature; a 工会简讯 box of
  briefs whose heads start with ■; a photo news item; a story with a subtitle; an ad strip.
- 人民铁道 p.3 职工之家 (broadsheet, 6 columns): lead with kicker, subtitle, byline and two numbered photos; a
  数说 data box; a story signed at its end; a boxed 劳模风采 profile; a 电头 story; a story under a photo.
- 鞍钢日报 p.3 (A3 enterprise daily): lead with kicker and signature; a signed story; a 职工风采 profile; a
  short signed story beside a boxed 通知; a slogan strip.
- 南方工报 周末·人物 (large broadsheet): a long feature with kicker, two-line head, subtitle, intertitles, a
  pull quote and a 人物名片 box; a 相关新闻 story; a reader's letter with salutation and signature line.

First run (session 11, main at 42fabc1, data committed before it in 6e6a74e): headline precision 0.897 (26/29),
recall 0.867 (26/30); pages whole 0 of 6; 20 of 24 per-page checks fail (each a strict xfail below). Kinds of
failure seen:
- the head of a boxed tip or notice (防暑小贴士, 通知) is taken for an article's headline;
- brief heads led by ■ inside a boxed 简讯 column, and a photo-news head over its photo, are not found: their
  text runs on in the article above;
- a pull quote and a 人物名片 box come out as an article with an empty title;
- two stories side by side in one band come out right before left when the left one sits in a box under a label;
- a subtitle, or a byline line (文/图 …, 图/受访者提供) and a photo caption, open the body; a 文/图 byline is cut
  so that 图 stays at the start;
- one story's last column is read into the story or box beside it (a commentary into a brief, a lead into a
  boxed profile, a feature's last columns lost), so bodies end mid-sentence or on another story's words;
- the rows of a table box, an ad's hotline and the page footer are appended to the nearest article;
- photo captions (numbered captions, a portrait caption, a caption after the signature) stay in bodies.

Second run, at the end of session 11 (main b15b70f, with the session's PDF rules, written from blind PDF pages 2's
kinds in a generated family; nobody working on PDF pages saw these pages, their kinds or the first run): identical
to the first, headlines 0.897 (26/29) / 0.867 (26/30), 0 of 6 pages whole, 20 of 24 page checks failing.
Then (session 11, pdforder, written from blind PDF pages 2's p1 and a generated family, these pages unread: heads
read in rows anchored at the row's highest head, within three text lines, not on a fixed 40-point grid) p4's
headlines check passes (its strict xfail removed): headlines unchanged, 19 of 24 page checks failing.
Session 12 (pdfpages, written from these kinds in a generated family of its own, pdf_make.insert_kinds, these pages
unread: a framed box headed by a tip, a notice or an info box's label is furniture; ■ brief heads in a 简讯 box; a photo
news head over its picture owns the text under it; 文/图 byline lines): headlines 0.963 (26/27) / 0.867 (26/30), p1's
and p5's headlines checks pass (their strict xfails removed), 17 of 24 page checks failing. Then (the family taking in
a subtitle with no dash a little larger than the text, pull quotes, ads with a hotline: such a subtitle joins the head,
a pull quote is furniture, an ad is furniture, a 文/图 line opens its column's row) p3's bodies check passes (its strict
xfail removed): headlines unchanged, 16 of 24 page checks failing. Precision floor raised to just under 0.963.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.text.test_blind_pages import cases, extracted, precision_and_recall, tally
from tests.text.test_blind_pdf_pages import page_check, pages_report

PDF = Path(__file__).resolve().parents[1] / "data" / "pdf" / "blind3"
PAGES = {page["file"]: page for page in json.loads((PDF / "expected.json").read_text(encoding="utf-8"))["pages"]}
PRECISION_FLOOR = 0.96
RECALL_FLOOR = 0.86
P1, P2, P3 = ("b3p1_provincial_workers_daily_p2_5col.pdf", "b3p2_metro_morning_paper_A06_banner.pdf",
              "b3p3_county_city_daily_tabloid_vertical_head.pdf")
P4, P5, P6 = ("b3p4_railway_industry_paper_6col.pdf", "b3p5_enterprise_daily_A3_notice_box.pdf",
              "b3p6_workers_weekly_people_feature.pdf")
XFAIL: dict[tuple[str, str], str] = {
    (P3, "headlines"): "3 of 7 titles: the three ■ brief heads in the 工会简讯 box and the photo-news head are missed",
    (P6, "headlines"): "an extra article with an empty title, made of the pull quote and the 人物名片 box",
    (P1, "bodies"): "the 汉中 brief starts with the commentary's third column (依法督促企业落实防暑降温措施…)",
    (P2, "bodies"): "the banner story starts with 图, left over from the 文/图 byline",
    (P6, "bodies"): "the feature starts with its byline line and the photo caption",
    (P1, "ends"): "the commentary ends mid-sentence (…要把慰问和监督结合起来,): its third column went to a brief",
    (P2, "ends"): "the 记者手记 box ends with the table box's rows; the 凉茶 story ends with the page footer",
    (P3, "ends"): "the lead runs on through the 工会简讯 box to its last brief (…(蔡明杰))",
    (P4, "ends"): "the lead ends with the profile's last words; the profile stops mid-sentence (…常挂在嘴边)",
    (P5, "ends"): "the lead ends with its photo caption after the signature (…(杨帆孙立新)选手在焊接比赛中。)",
    (P6, "ends"): "the feature stops mid-sentence (…在生产线上“找毛): its last columns are not in it",
    (P1, "chrome"): "the tip box's text and the 延安 photo caption kept in the article titled 防暑小贴士",
    (P2, "chrome"): "the table rows kept in the 记者手记 box; the ad's hotline and the footer kept in the 凉茶 story",
    (P4, "chrome"): "the two numbered photo captions and the profile's portrait caption kept in the lead",
    (P5, "chrome"): "photo captions kept in the lead and the profile; the notice kept as an article",
    (P6, "chrome"): "the photo caption kept in the feature; the pull quote and 人物名片 box kept in an untitled article",
}


def check(name: str, what: str) -> tuple[bool, str]:
    """One check ('headlines', 'bodies', 'ends' or 'chrome') on one blind page: (passed, what was produced)."""
    return page_check(PDF / name, PAGES[name], what)


def page_cases(what: str) -> list:
    return cases(PAGES, XFAIL, what)


@pytest.mark.parametrize("name", page_cases("headlines"))
def test_a_blind_pdf_page_3_gives_its_headlines_in_reading_order_and_nothing_else(name):
    ok, got = check(name, "headlines")
    assert ok, got


@pytest.mark.parametrize("name", page_cases("bodies"))
def test_each_article_found_on_a_blind_pdf_page_3_starts_at_its_first_words(name):
    ok, got = check(name, "bodies")
    assert ok, got


@pytest.mark.parametrize("name", page_cases("ends"))
def test_each_article_found_on_a_blind_pdf_page_3_ends_at_its_last_words(name):
    ok, got = check(name, "ends")
    assert ok, got


@pytest.mark.parametrize("name", page_cases("chrome"))
def test_no_article_on_a_blind_pdf_page_3_keeps_captions_labels_notices_or_page_chrome(name):
    ok, got = check(name, "chrome")
    assert ok, got


def test_blind_pdf_3_headlines_hold_their_precision_and_recall():
    precision, recall, said = precision_and_recall(
        [tally(extracted(PDF / name), PAGES[name]["articles"]) for name in sorted(PAGES)],
        sum(len(p["articles"]) for p in PAGES.values()))
    print(report())
    print(f"blind PDF 3 headlines: {said}")
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR


def report() -> str:
    """Every check on every page, ✓ or ✗ with what was produced, and how many pages came out whole."""
    return pages_report(sorted(PAGES), check)
