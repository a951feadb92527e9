"""Publication dates come from page furniture (labelled lines first), URLs and years in the text."""

from __future__ import annotations

from archive.text.dates import date_from_url, first_date, published_from_lines, year_apart_date, year_from_text, year_from_url


def test_a_labelled_date_wins_over_a_today_widget():
    lines = ["欢迎访问 今天是:2026年03月03日 星期二", "来源:市总工会 时间:2025年07月23日 浏览次数:244"]
    assert published_from_lines(lines) == "2025-07-23"


def test_footer_and_timestamp_forms_are_read():
    assert [published_from_lines([line]) for line in (
        "某某日报 工会 00002 标题 2021-08-16 2 2021年08月16日 星期一", "2025/11/29 21:09 来源:某网", "2014-01",
    )] == ["2021-08-16", "2025-11-29", None]


def test_dates_and_years_are_read_from_urls():
    assert [date_from_url(u) for u in (
        "https://epaper.example.com/html/2021-08/16/content_1.htm", "http://x.cn/content/202201/24/c.html",
        "http://x.cn/2025/bmzx/0704/a.html", "http://x.cn/news/201608/1471.shtml",
    )] == ["2021-08-16", "2022-01-24", None, None]
    assert year_from_url("http://x.cn/2025/bmzx/0704/a.html") == 2025


def test_the_year_a_text_talks_about_most_is_its_year_hint():
    assert year_from_text("2023年春节前夕……结合2023年“两节”……自2016年以来") == 2023
    assert year_from_text("1月21日—1月30日") is None


def test_a_year_is_four_digits_of_their_own_before_年():
    assert year_from_text("编号12019年 20190年 1948年 2100年") is None  # longer digit runs and years out of range
    assert year_from_text("2019 年, 2020年与2020年") == 2020


def test_the_full_date_pattern_reads_what_its_plain_spelling_reads():
    # FULL_DATE looks back for a digit after the century instead of before it (for speed); same dates
    import re

    from archive.text.dates import FULL_DATE
    from tests.patterns import assert_same_matches, random_texts

    plain = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
    texts = random_texts("0129 -/.年月日x", seed=5, longest=24)
    texts += ["2021年8月16日", "12021-08-16", "1999/1/2", "x2020.12.31", "2020 年 1 月 2 日", "202012-1-1"]
    assert_same_matches(FULL_DATE, plain, texts)


def test_a_date_printed_day_first_reads_day_first_unless_only_the_second_number_can_be_a_day():
    # Hong Kong, Macau and British-templated sites: 發佈日期：15/12/2012, 07/12/2026
    assert [first_date(line) for line in ("發佈日期：15/12/2012", "07/12/2026", "12/15/2012", "05.03.2026 10:21", "v1.2.2020")] == [
        "2012-12-15", "2026-12-07", "2012-12-15", "2026-03-05", None]


def test_a_year_set_apart_from_its_month_and_day_reads_as_one_date():
    # 新华网: <span class="year">2026</span><span class="day">03/05</span><span class="time">10:21:33</span>
    assert year_apart_date("2026 03/05 10:21:33") == "2026-03-05"
    assert year_apart_date("2026 13/45") is None
