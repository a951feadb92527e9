"""Bylines split into reporters and correspondents in the forms Chinese papers use."""

from __future__ import annotations

import pytest

from archive.text import markers
from archive.text.byline import parse_byline, parse_credit_line


@pytest.mark.parametrize("paragraph, byline, reporters, correspondents, rest", [
    ("本报讯 记者张浩呈 通讯员郑轶文、王飞、郑颖思、徐剑报道 新春将至,",
     "本报讯 记者张浩呈 通讯员郑轶文、王飞、郑颖思、徐剑报道", ["张浩呈"], ["郑轶文", "王飞", "郑颖思", "徐剑"], "新春将至,"),
    ("本报讯 通讯员朱霄霄 记者潘仙德报道 近日,", "本报讯 通讯员朱霄霄 记者潘仙德报道", ["潘仙德"], ["朱霄霄"], "近日,"),
    ("本报讯(记者 杨翼荣 高阳 通讯员 支懿祺)春节将至,", "本报讯(记者 杨翼荣 高阳 通讯员 支懿祺)", ["杨翼荣", "高阳"], ["支懿祺"], "春节将至,"),
    ("苏报讯(记者 晓亮)昨天,", "苏报讯(记者 晓亮)", ["晓亮"], [], "昨天,"),
    ("羊城晚报讯 记者赵映光、通讯员黄山河报道:回家过年,", "羊城晚报讯 记者赵映光、通讯员黄山河报道:", ["赵映光"], ["黄山河"], "回家过年,"),
    ("某某新闻讯(记者 周明 通讯员 张青 陈芳/文 记者 蔡伟/图)近日,", "某某新闻讯(记者 周明 通讯员 张青 陈芳/文 记者 蔡伟/图)",
     ["周明", "蔡伟"], ["张青", "陈芳"], "近日,"),
    ("本報訊(記者 錢文)昨天,", "本報訊(記者 錢文)", ["錢文"], [], "昨天,"),
    ("本报讯 近日,", "本报讯", [], [], "近日,"),
    ("某某社浙江2月5日电 “真要感谢", "某某社浙江2月5日电", [], [], "“真要感谢"),
    # an agency's own reporters in brackets with no role word (人民网, 新华社): names that open with a surname
    ("某某网柳州5月6日电 （陈思远）“以前中午", "某某网柳州5月6日电 （陈思远）", ["陈思远"], [], "“以前中午"),
    ("某某社北京5月6日电（王明 李华）今天，", "某某社北京5月6日电（王明 李华）", ["王明", "李华"], [], "今天，"),
    ("某某社北京5月6日电（新华视点）记者", "某某社北京5月6日电", [], [], "（新华视点）记者"),
])
def test_agency_bylines_split_into_names_and_body(paragraph, byline, reporters, correspondents, rest):
    parsed, remainder = parse_byline(paragraph)
    assert (parsed.text, parsed.reporters, parsed.correspondents, remainder) == (byline, reporters, correspondents, rest)


@pytest.mark.parametrize("paragraph", ["据了解,六大暖心行动", "通讯员郑轶文报道", "记者了解到,去年12月"])
def test_ordinary_paragraphs_have_no_byline(paragraph):
    assert parse_byline(paragraph) == (None, paragraph)


def test_a_line_that_is_only_a_credit_is_read_as_a_byline():
    parsed = parse_credit_line("某某客户端 通讯员 张海娟 吴倩 记者 方力")
    assert (parsed.reporters, parsed.correspondents) == (["方力"], ["张海娟", "吴倩"])
    assert parse_credit_line("记者了解到,去年") is None


@pytest.mark.parametrize("line, writer", [
    ("文/李明", "李明"), ("□ 本报评论员 王伟", "王伟"), ("本报评论员 何晓秀", "何晓秀"), ("■ 徐伟霞", "徐伟霞"), ("◎李明", "李明"),
    ("■案说工会", None), ("■记者手记", None),  # a column's label: its first character is no surname
])
def test_a_writers_line_under_a_head_is_a_credit_and_a_column_label_is_not(line, writer):
    credit = parse_credit_line(line)
    assert (credit.reporters[0] if credit else None) == writer


def test_a_marked_name_alone_under_a_head_is_a_writer_with_the_vocabularys_surnames():
    # The bare writer line reads its surnames from people.yaml (邬 was missing from the text stage's own copy).
    assert markers.WRITER_LINE.match("■ 邬海峰")
    assert markers.WRITER_LINE.match("■ 马丽")
    assert not markers.WRITER_LINE.match("■ 案说工会")


@pytest.mark.parametrize("line", ["本报评论员", "□本报评论员", "本报特约评论员", "青禾市总工会法律援助中心律师 孟强", "劳动争议仲裁院仲裁员 李静"])
def test_a_role_alone_or_an_experts_sign_off_is_a_credit_line(line):
    # 本报评论员 under a commentary's head, its name left out; "…律师 孟强" under a letter's answer
    assert parse_credit_line(line) is not None


@pytest.mark.parametrize("line", ["青禾市律师协会举办培训", "律师进园区 送法到车间"])
def test_a_head_naming_a_role_is_no_credit_line(line):
    assert parse_credit_line(line) is None


@pytest.mark.parametrize(("line", "rest"), [
    ("本报5月6日讯 近日，青禾市总工会开展培训。", "近日，青禾市总工会开展培训。"),
    ("本报杭州 5月6日电 近日，青禾市总工会开展培训。", "近日，青禾市总工会开展培训。"),
    ("本报杭州电（记者 王伟）近日，青禾市总工会开展培训。", "近日，青禾市总工会开展培训。"),
])
def test_a_papers_dateline_with_its_date_inside_spaced_or_left_out_is_a_byline(line, rest):
    byline, after = parse_byline(line)
    assert byline is not None and after == rest


def test_a_sidebar_label_opening_like_a_credit_is_no_credit_line():
    assert parse_credit_line("记者手记") is None and parse_credit_line("记者 王伟") is not None
