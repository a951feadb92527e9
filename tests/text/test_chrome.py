"""Page furniture lines: a page's lines are judged against only the chrome patterns its text holds."""

from __future__ import annotations

import random

from archive.text.split import chrome_patterns_in, is_chrome, separate_chrome
from tests.patterns import random_texts

CHROME = ["浏览次数:244", "阅读: 12", "某某日报数字报纸", "2023年8月电子版", "图为现场.jpg", "<div class=x>", "Copyright 2024",
          "版权所有 某某网", "今天是2024年3月3日", "联系电话:0574-1234567", "当前位置: 首页 > 新闻", "content_123.htm",
          "報料熱線", "新闻热线 1234", "下载电子版", "阅读次数"]
TEXT = ["近日,宁波市总工会为500名快递小哥送去新春礼包。", "暖心慰问送不停", "发放慰问金30万元,惠及20家企业。",
        "他说:“今天是个好日子。”", "图为活动现场", "本报讯 记者张三 通讯员李四报道 近日,"]


def test_the_chrome_patterns_a_page_holds_judge_its_lines_as_all_patterns_do():
    rng = random.Random(2)
    for _ in range(400):
        lines = [rng.choice(CHROME + TEXT) for _ in range(rng.randint(1, 8))]
        page = "\n".join(lines)
        found = chrome_patterns_in(page)
        assert [is_chrome(line, found) for line in lines] == [is_chrome(line) for line in lines], lines
        assert separate_chrome(lines, found) == separate_chrome(lines)


def test_a_page_without_chrome_words_needs_none_of_the_patterns():
    assert chrome_patterns_in("\n".join(TEXT[:3])) == ()
    assert chrome_patterns_in("正文\n浏览次数:244")


def test_a_breadcrumb_is_found_where_the_whole_pattern_finds_one():
    from archive.text.markers import BREADCRUMB
    from archive.text.split import is_breadcrumb

    lines = random_texts("当前位置您的當 :：•·首页頁>›»,。新闻ab", seed=8, longest=40)
    lines += ["当前位置: 首页 > 新闻", "首页 > 工会动态", "· 首页 新闻", "工会新闻 >> 基层动态", "文中提到您的位置:此处"]
    assert any(is_breadcrumb(line) for line in lines)
    for line in lines:
        assert is_breadcrumb(line) == bool(BREADCRUMB.search(line)), line


def test_encoding_damage_is_flagged_from_replacement_characters_and_question_mark_runs():
    from archive.text.split import PageArticle, article_flags

    def damaged(paragraph: str) -> bool:
        return "encoding_damage" in article_flags(PageArticle(title="标题", paragraphs=[paragraph]))

    assert [damaged(p) for p in ("职工\ufffd之家。", "职工???之家。", "职工?!之家。", "职工?之家。", "今天?明天。")] == [
        True, True, True, False, False]
