"""Injected advertising goes (whole spam sentences, contact blocks, keywords glued into sentences); news text stays."""

from __future__ import annotations

from importlib.resources import files

from archive.text.spam import clean_paragraph, is_spam_line, load_signals, remove_spam
from archive.text.split import split_page

NEWS = "日前,宁波市总工会为500名快递小哥送去新春礼包,发放慰问金30万元。"
MORE = "据了解,今年市总工会安排关爱专项资金80万元,慰问困难职工1600余名。"


def test_a_contact_block_glued_to_a_paragraph_goes_and_the_news_stays():
    assert clean_paragraph(NEWS + "【加微信 vx:abc123 领取福利】") == (NEWS, 1)


def test_a_line_of_gambling_keywords_with_a_web_address_is_spam():
    assert is_spam_line("澳门赌场 线上娱乐 注册送888元 www.bet-example.com")
    assert is_spam_line("QQ:12345678 贷款秒批 无抵押")


def test_a_keyword_list_line_is_spam_even_with_some_words_left_over():
    assert is_spam_line("日本久久午夜不卡免费,99热最新免费获取网址,精品熟女少妇免费久久,久久高清国内影视,黄色无码久久一区二区")


def test_a_spam_term_glued_into_a_real_sentence_is_cut_out_of_it():
    assert clean_paragraph("宁波桑拿按摩鄞州区总工会还向木里县总工会捐赠了20万元帮扶资金,用于职工活动。") == (
        "宁波鄞州区总工会还向木里县总工会捐赠了20万元帮扶资金,用于职工活动。", 1)


def test_traditional_script_spam_is_found_from_the_simplified_list():
    assert clean_paragraph("由湖州市總工會主辦的職工包養網閱讀示範活動在書店舉辦。") == (
        "由湖州市總工會主辦的職工閱讀示範活動在書店舉辦。", 1)


def test_news_that_uses_words_spam_also_uses_is_left_alone():
    for text in ("市体育彩票管理中心工会为一线销售员送去清凉,职工可登录www.zjlottery.com查询。",
                 "职工可加入QQ群123456789咨询维权事宜,工会将安排律师解答。",
                 "区总工会开展送清凉活动,为环卫工人提供免费按摩理疗服务。",
                 "原文链接:http://www.acftu.org/news/1.html"):
        assert clean_paragraph(text) == (text, 0), text


def test_paragraphs_left_empty_by_spam_removal_are_dropped():
    assert remove_spam([NEWS, "【加微信 vx:abc123 领取福利】澳门赌场 注册送888元", MORE]) == ([NEWS, MORE], 2)


def test_a_page_with_injected_spam_keeps_its_paragraphs_and_is_flagged():
    page = (f"宁波工会送温暖到一线\n\n本报讯 记者张浩呈报道 {NEWS}【加微信 vx:abc123 领取福利】\n\n"
            f"【加微信 vx:abc123 领取福利】澳门赌场 线上娱乐 注册送888元 www.bet-example.com\n\n{MORE}\n")
    [article] = split_page(page)
    assert (article.title, article.paragraphs, article.quality_flags) == (
        "宁波工会送温暖到一线", [NEWS, MORE], ["spam_removed"])


def test_spam_injected_into_a_headline_stays_in_the_title_but_leaves_the_body():
    title = "宁波桑拿按摩宁波鄞州区总工会职工疗养落户木里"
    [article] = split_page(f"{title}\n本报讯 {NEWS}宁波桑拿按摩\n{MORE}\n")
    assert (article.title, article.paragraphs) == (title, [NEWS, MORE])


def test_a_term_added_to_the_data_file_takes_effect_without_code(tmp_path):
    path = tmp_path / "spam.yaml"
    shipped = files("archive.text").joinpath("spam.yaml").read_text(encoding="utf-8")
    path.write_text(shipped.replace("[贷款秒批,", "[网贷速批, 贷款秒批,"), encoding="utf-8")
    line = "网贷速批 当天到账 加v详聊"
    assert (is_spam_line(line), is_spam_line(line, load_signals(str(path)))) == (False, True)


def test_the_contact_pattern_finds_what_its_plain_alternation_finds():
    # CONTACT is spelt for speed (a class of first characters, then look-behinds); this is what it means
    import re

    from archive.text.spam import CONTACT
    from tests.patterns import assert_same_matches, random_texts

    plain = re.compile(r"(?:微信|威信|薇信|[vV]信|[vV][xX]|[wW][xX]|QQ|qq|扣扣)(?:号|群)?\s*[:：]?\s*[A-Za-z0-9_-]{5,20}")
    texts = random_texts("微威薇信vVwWxXQq扣号群 :：ab12_-。", seed=11, longest=30)
    texts += ["加微信:abc12345", "VX号 abcde_1", "扣扣群：12345678", "qq 1234567", "Qq1234567", "wx-abcdef"]
    assert_same_matches(CONTACT, plain, texts)
