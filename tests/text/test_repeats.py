"""Repeated text on a page is kept once: long paragraphs within an article, and whole articles or pages."""

from __future__ import annotations

from archive.text.split import drop_duplicate_paragraphs, split_page

LEAD = "日前,宁波市总工会为500名快递小哥送去新春礼包,发放慰问金30万元。"
MORE = "据了解,今年市总工会安排关爱专项资金80万元,慰问困难职工1600余名。"
PAGE = f"宁波工会送温暖到一线\n\n本报讯 记者张浩呈报道 {LEAD}\n\n{MORE}\n"


def test_a_long_paragraph_repeated_is_kept_once_at_its_first_place_ignoring_spacing():
    assert drop_duplicate_paragraphs([LEAD, MORE, LEAD.replace(",", ", "), MORE]) == ([LEAD, MORE], 2)


def test_short_repeated_lines_such_as_captions_are_left_alone():
    assert drop_duplicate_paragraphs(["会议现场", LEAD, "会议现场"]) == (["会议现场", LEAD, "会议现场"], 0)


def test_an_article_with_a_paragraph_three_times_keeps_it_once_and_is_flagged():
    [article] = split_page(f"宁波工会送温暖到一线\n\n本报讯 记者张浩呈报道 {LEAD}\n\n{MORE}\n\n{MORE}\n\n{MORE}\n")
    assert (article.paragraphs, article.quality_flags) == ([LEAD, MORE], ["duplicate_paragraphs"])


def test_a_page_saved_twice_gives_one_article_flagged_repeated_page():
    [article] = split_page(PAGE + "\n" + PAGE)
    assert (article.title, article.paragraphs, article.quality_flags) == (
        "宁波工会送温暖到一线", [LEAD, MORE], ["repeated_page"])


OTHER = "区总工会开展金秋助学\n\n本报讯 近日,区总工会为60名困难职工子女发放助学金,每人2000元。\n"


def test_an_article_repeated_further_down_a_page_is_kept_once_where_it_first_appears():
    articles = split_page(PAGE + "\n" + OTHER + "\n" + PAGE)
    assert [(a.title, a.quality_flags) for a in articles] == [
        ("宁波工会送温暖到一线", ["repeated_page"]), ("区总工会开展金秋助学", [])]


def test_two_different_articles_on_one_page_are_both_kept():
    assert [a.title for a in split_page(PAGE + "\n" + OTHER)] == ["宁波工会送温暖到一线", "区总工会开展金秋助学"]
