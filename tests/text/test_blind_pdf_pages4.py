"""Blind PDF pages 4: does the PDF page reader carry to six newspaper makeups it has never seen?

`tests/data/pdf/blind4` holds six one-page PDFs from a generator of their own (`make_pages.py`: every block placed
by hand on the page's own grid; body in STSong-Light, heads in WenQuanYi Zen Hei) and `expected.json`, written
before the archive's code was first run on them: per article in reading order the headline, kicker (引题),
subtitle (副题), lead (本报讯/电头 or a byline printed under the head), first and last words and printed
signature; per page the phrases that belong to no article body. 29 articles:

- b4p1: a provincial party daily's union special page (陇原工会, Gansu), broadsheet 8-column grid: banner lead
  (kicker, head, dash subtitle) over four text columns and a photo; a 时评 commentary (reversed label, byline
  under the head) in the left two columns; a kicker-headed story; a boxed 工会动态 column of three briefs with
  two-line heads and bracketed signatures; a craftsman feature (label, byline line, photo); a public-service ad.
- b4p2: a metro evening paper's A06 城事·职工 (Heilongjiang), tabloid 5-column grid, heads set left: two-line lead
  head with subtitle and a ■ byline line, wide photo, three text columns; a boxed 维权课堂 Q&A with a hotline under
  the box; a kicker-headed story; a short story signed (记者 …); a clinic ad.
- b4p3: a county-level city weekly's page 2 综合新闻 (Hebei), A3 4-column grid: a story continued from page 1 (head
  repeated, text opening （上接第一版）); a story with a vertical head in the right column; a kicker-headed story
  jumping to page 4 （下转第四版）; a 图片新闻 (head over the photo, text under it with the photographer's credit);
  a 本报讯 story; a subscription notice box and a bank ad.
- b4p4: an energy-industry workers' paper's 职工之家 page (Xinjiang, Inner Mongolia, Shanxi), broadsheet 6-column
  grid: a side head (kicker and three-line head standing left of four text columns, two-line byline under it); a
  kicker-headed story in four columns beside a tinted 职工心声 first-person essay ending with （作者单位：…）; a
  story beside a large photo; a six-column strip story; a subscription notice.
- b4p5: a steel group's enterprise paper, page 3 工会园地 (Guangxi), A3 three wide columns under a reversed band:
  kicker-headed lead with a byline line; a story in two columns beside a 图片新闻 whose head runs down the left of
  the photo; a brief signed (…); a 职工文苑 prose piece (label, unit and name under the head); a photo strip with
  titled credits; a safety slogan strip.
- b4p6: a city daily's May Day special page T04 (Yunnan), A3 4-column grid: a series banner over a wide photo; a
  feature (two-line head, dash subtitle, 文/图 byline) in three columns broken by centred subheads; a right-hand
  column with a 数说 data box, a pull quote and a 记者手记 sidebar; a profile under a two-line vertical head set at
  the right (right line first); a sponsor ad.

First run (session 12, on main at 103fd2c, before any change aimed at these pages): headlines precision 0.893
(25/28), recall 0.862 (25/29); 12 of 24 page checks pass, no page whole. Kinds of failure seen:

- a row of three blocks (a side-column commentary, a centre story, a boxed briefs column) read by head rather than
  left to right, and the boxed column at a row's right read after the row below;
- a narrow side-column story runs on into the columns of the story set under it; a story's last column goes to
  the story beside it (which then opens mid-text);
- two text columns with a one-character gutter read line by line across (their lines interleaved);
- lines set under a box (a hotline, a duty note) or at the foot of an ad join the article above them;
- a side head (kicker and head standing left of the text columns) gives the article an empty title;
- a 图片新闻 (head over or beside its photo, its text under the photo) is lost with its text;
- a vertical head in a side column is read after the story under the lead; a two-line vertical head is lost and
  its text split between the stories around it;
- a series banner over a photo is read as a headline (taking text from the feature under it), and a display ad
  with the page foot as an article;
- (not gated) a column's last line read after the next column: the continued story keeps its first and last words
  but reads '…第一名选手还将“平时在车间干活…岗位练兵,这代表滦州参加唐山市…'.

Second run (session 12's end, main 86a073b, after the session's PDF rules written from blind PDF pages 3's kinds;
these pages unread by any engineer): headline precision 0.893 → 0.926 (25/27), recall 0.862 (25/29); p1's chrome
check now passes (the ad's hotline no longer ends the welder feature), and two checks that passed at the first run
fail: on p4 a story opens inside another's text and three stories end elsewhere (from 66e6f03, a boxed story read
where its box starts and keeping its columns): strict xfails saying so. 10 of 24 page checks pass (11 at the first run), 0/6 pages whole.
Floors just under the second run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.text.test_blind_pages import cases, extracted, precision_and_recall, tally
from tests.text.test_blind_pdf_pages import page_check, pages_report

PDF = Path(__file__).resolve().parents[1] / "data" / "pdf" / "blind4"
PAGES = {page["file"]: page for page in json.loads((PDF / "expected.json").read_text(encoding="utf-8"))["pages"]}

PRECISION_FLOOR = 0.92  # measured 0.926 (25/27) at the second run (0.893 at the first); one less is 0.889
RECALL_FLOOR = 0.86  # measured 0.862 (25/29) at the first and second runs; one less is 0.828

P1, P2, P3 = ("b4p1_provincial_daily_union_special_8col.pdf", "b4p2_metro_evening_A06_city_workers.pdf",
              "b4p3_county_weekly_p2_continued_vertical_head.pdf")
P4, P5, P6 = ("b4p4_energy_industry_paper_side_head_6col.pdf", "b4p5_steel_enterprise_paper_union_garden_3col.pdf",
              "b4p6_city_daily_mayday_special_T04.pdf")

# (page, check) → what the extractor gave at the first run; each is a strict xfail.
XFAIL: dict[tuple[str, str], str] = {
    (P1, "headlines"): "7 articles for 7 out of order: the riders story (row centre) before the commentary at the row's "
                       "left, and the welder feature (next row) before the 工会动态 briefs boxed at the row's right",
    (P3, "headlines"): "4 articles for 5: the 图片新闻 '环卫工人有了“歇脚点”' (head over its photo, text under it) is lost "
                       "with its text; the vertical-head '职工书屋飘书香' (right column) comes after the story under the lead",
    (P4, "headlines"): "the side-head lead '戈壁深处建起“职工小家”' (kicker and three-line head left of its text) has an "
                       "empty title; its body is right",
    (P5, "headlines"): "4 articles for 5: the 图片新闻 '冬日暖心姜茶站' (vertical head left of its photo, text under it) "
                       "is lost with its text",
    (P6, "headlines"): "the series banner '劳动者之歌' is an article (the feature's later columns and the profile's text), "
                       "the two-line vertical head '方向盘上的二十年' is lost, the sponsor ad is an article '致敬每一位劳动者'",
    (P1, "bodies"): "the welder feature opens with its first two columns' lines interleaved "
                    "('凌晨5点,金川集团镍冶长青攻克了高温合金管道焊炼厂的检修车间')",
    (P2, "bodies"): "the 暑托班 story opens with the 骑手餐 story's last column ('附近的爱心餐馆吃一顿热乎饭。区总工会…')",
    (P1, "ends"): "the commentary runs on into the welder feature under it ('…越来越壮大。裂的管道反复打磨、施焊,…从事焊接"
                  "工作26年,刘'); the welder feature ends with the ad's hotline ('…解放出来。职工服务热线:12351')",
    (P2, "ends"): "the Q&A ends with the lines under its box ('…申请法律援助。职工维权热线:12351工会法律援助律师每周三…值班'); "
                  "the 骑手餐 story stops mid-sentence ('…他会专门绕到'), its last column given to the story beside it",
    (P6, "ends"): "the feature keeps its first column and runs into the profile ('…五一劳动奖章等荣誉。在车队,李春梅…“春梅'); "
                  "the 记者手记 sidebar ends with the profile's end and signature ('…放心的驾驶员。(本报记者王晶)')",
    (P4, "bodies"): "second run, a regression since the first (66e6f03): '“心灵驿站”帮职工解压' opens inside its text "
                    "('国家二级心理咨询师定期驻站服务。“迎峰度夏期间,抢修任务重,')",
    (P4, "ends"): "second run, a regression since the first (66e6f03): '父亲的安全帽', '“心灵驿站”帮职工解压' and "
                  "'“鹊桥”搭到了变电站旁' end elsewhere ('…企业工会每季度举办一次联谊活动。', '…工会今年将联合周边', "
                  "'…公司工会负责人说,不少青年职')",
    (P2, "chrome"): "the 职工维权热线：12351 and 工会法律援助律师每周三… lines under the Q&A box in its body",
    (P6, "chrome"): "the sponsor-ad 'article' holds the ad (滇中农村商业银行, 服务热线) and the page foot (滇中日报社出版, "
                    "本版图片除署名外均由受访者提供)",
}


def check(name: str, what: str) -> tuple[bool, str]:
    """Page file name and check in → (passed, what came out)."""
    return page_check(PDF / name, PAGES[name], what)


def page_cases(what: str) -> list:
    return cases(PAGES, XFAIL, what)


@pytest.mark.parametrize("name", page_cases("headlines"))
def test_a_blind_pdf_page_4_gives_its_headlines_in_reading_order_and_nothing_else(name):
    ok, got = check(name, "headlines")
    assert ok, got


@pytest.mark.parametrize("name", page_cases("bodies"))
def test_each_article_found_on_a_blind_pdf_page_4_starts_at_its_first_words(name):
    ok, got = check(name, "bodies")
    assert ok, got


@pytest.mark.parametrize("name", page_cases("ends"))
def test_each_article_found_on_a_blind_pdf_page_4_ends_at_its_last_words(name):
    ok, got = check(name, "ends")
    assert ok, got


@pytest.mark.parametrize("name", page_cases("chrome"))
def test_no_article_on_a_blind_pdf_page_4_keeps_captions_labels_notices_or_page_chrome(name):
    ok, got = check(name, "chrome")
    assert ok, got


def test_blind_pdf_4_headlines_hold_their_precision_and_recall():
    precision, recall, said = precision_and_recall(
        [tally(extracted(PDF / name), PAGES[name]["articles"]) for name in sorted(PAGES)],
        sum(len(p["articles"]) for p in PAGES.values()),
    )
    print(report())
    print(f"blind PDF 4 headlines: {said}")
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR


def report() -> str:
    """Every case's outcome, one line each, and the pages passing every check (the record of a run)."""
    return pages_report(sorted(PAGES), check)
