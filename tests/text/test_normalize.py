"""Normalisation folds only full-width letters/digits and U+3000, keeps Chinese punctuation, drops pinyin glosses."""

from __future__ import annotations

from archive.text.normalize import (
    fold_width, normalize_text, normalize_whitespace, strip_controls, strip_pinyin_glosses,
)


def test_full_width_letters_digits_and_ideographic_space_fold_but_chinese_punctuation_stays():
    assert fold_width("ＡＰＰ２０２３年　５·１卡，（一）：①") == "APP2023年 5·1卡，（一）：①"


def test_whitespace_is_unified_per_line():
    assert normalize_whitespace("  记者\u00a0\u00a0张三\u200b \r\n\t正文  ") == "记者 张三\n正文"


def test_pinyin_glosses_from_mirror_sites_are_removed_and_counted():
    assert strip_pinyin_glosses("總工會(huì)在社區(qū)舉辦活動(dòng),近日（rì）") == ("總工會在社區舉辦活動,近日", 4)


def test_bracketed_latin_that_is_not_pinyin_stays():
    assert strip_pinyin_glosses("位于中央商务区(CBD)的写字楼(de)") == ("位于中央商务区(CBD)的写字楼(de)", 0)


def test_normalising_reports_the_gloss_flag():
    assert normalize_text("工會(huì)") == ("工會", ["pinyin_glosses"])


def test_control_characters_and_colour_codes_are_removed_and_counted_but_a_final_ctrl_z_is_not():
    assert strip_controls("市总\x07工会为500名\x0b快递小哥\x1b[31m送去\x00礼包\x7f\t。\r\n\x1a") == (
        "市总工会为500名快递小哥送去礼包\t。\r\n", 5)
    assert normalize_text("正文。\x1a") == ("正文。", [])
    assert normalize_text("正\x00文。") == ("正文。", ["control_characters"])


def test_the_gloss_pattern_finds_what_its_plain_spelling_finds():
    # PINYIN_GLOSS leads with the bracket and looks back for the Han character (for speed); same glosses
    import re

    from archive.text.normalize import PINYIN_GLOSS, PINYIN_SYLLABLE_CHARS
    from tests.patterns import assert_same_matches, random_texts

    plain = re.compile(rf"(?<=[\u4e00-\u9fff])[(（]([{PINYIN_SYLLABLE_CHARS} ]{{1,40}})[)）]")
    texts = random_texts("會总a ìǒ(（)）x1", seed=3, longest=20) + ["總工會(zǒnggōnghuì)", "近日（rì）", "(huì)", "a(huì)"]
    assert_same_matches(PINYIN_GLOSS, plain, texts)


def test_squeezing_only_what_changes_gives_every_inline_space_run_squeezed():
    from archive.text.normalize import INLINE_SPACE, INLINE_SPACE_TO_SQUEEZE
    from tests.patterns import random_texts

    texts = random_texts("记a \t\u3000\u00a0\u2009\n", seed=9, longest=16)
    for text in texts + ["a b", "a  b", "a\tb", "a\u3000\u3000b", " "]:
        assert INLINE_SPACE_TO_SQUEEZE.sub(" ", text) == INLINE_SPACE.sub(" ", text), repr(text)
