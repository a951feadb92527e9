"""The Segmenter keeps the caller's domain words whole, drops punctuation tokens, and loads jieba once."""

from __future__ import annotations

import time
from pathlib import Path

import jieba
import pytest

from archive.text.segment import Segmenter, tokenizer_for

DOMAIN_WORDS = ["新就业形态劳动者", "送温暖", "娘家人", "海曙区总工会", "留甬过年"]
SEED = Path(__file__).resolve().parents[2] / "samples/zhejiang-workers-daily-2023-spring-festival.txt"


@pytest.fixture(scope="module")
def segmenter():
    return Segmenter(DOMAIN_WORDS)


def test_domain_words_stay_whole(segmenter):
    assert segmenter.cut("海曙区总工会为新就业形态劳动者送温暖,当好“娘家人”。") == [
        "海曙区总工会", "为", "新就业形态劳动者", "送温暖", "当好", "娘家人"]


def test_search_mode_adds_the_parts_of_long_words(segmenter):
    tokens = segmenter.cut_for_search("新就业形态劳动者")
    assert {"新就业形态劳动者", "就业", "劳动者"} <= set(tokens)


def test_expanding_cut_tokens_equals_search_mode_on_the_same_text(segmenter):
    text = "海曙区总工会为新就业形态劳动者送温暖,中华人民共和国职工疗休养活动圆满完成。"
    assert segmenter.expand_for_search(segmenter.cut(text)) == segmenter.cut_for_search(text)


def test_whitespace_and_punctuation_tokens_are_dropped(segmenter):
    assert segmenter.cut(" ,。“”!? \n……") == []


def test_remembered_verdicts_and_joined_parts_give_what_the_plain_filter_and_expansion_give(monkeypatch):
    from archive.text import segment
    from archive.text.segment import keep_token

    monkeypatch.setattr(segment, "VERDICT_CACHE_SIZE", 3)  # past the bound, tokens are judged afresh
    monkeypatch.setattr(segment, "PARTS_CACHE_SIZE", 5)
    fresh = Segmenter(DOMAIN_WORDS)
    texts = [SEED.read_text(encoding="utf-8")[:3000], "3.5万元、e-mail:a_b@c.d,2024年;中华人民共和国职工疗休养。", " ,。……"]
    for text in texts + texts:
        raw = fresh._cutter.cut(text)
        assert fresh.cut(text) == [t for t in raw if keep_token(t)]
        tokens = fresh.cut(text)
        assert fresh.search_words(tokens) == " ".join(fresh.expand_for_search(tokens))
    assert len(fresh._verdicts) == 3 and len(fresh._words_cache) == 5


def test_the_module_global_jieba_dictionary_is_left_alone(segmenter):
    segmenter.cut("海曙区总工会")
    assert "海曙区总工会" not in jieba.lcut("海曙区总工会")


def test_the_same_word_list_reuses_one_tokenizer(segmenter):
    assert Segmenter(reversed(DOMAIN_WORDS))._tokenizer is segmenter._tokenizer is tokenizer_for(frozenset(DOMAIN_WORDS))


@pytest.mark.skipif(not SEED.exists(), reason="seed page not present")
def test_segmentation_throughput_on_the_seed_is_reported_against_plain_jieba(segmenter, capsys):
    text = SEED.read_text(encoding="utf-8") * 20  # ~140k characters, one run
    jieba.lcut("预热")  # the global dictionary loads on first use; keep that out of the timing
    start = time.perf_counter()
    ours = segmenter.cut(text)
    ours_rate = len(text) / (time.perf_counter() - start)
    start = time.perf_counter()
    plain = jieba.lcut(text)
    plain_rate = len(text) / (time.perf_counter() - start)
    with capsys.disabled():
        print(f"\nsegmentation on the seed x20 ({len(text)} chars): Segmenter.cut {ours_rate:,.0f} chars/s, "
              f"jieba.lcut {plain_rate:,.0f} chars/s ({ours_rate / plain_rate:.2f}x)")
    assert ours and plain
    assert ours_rate > 0.5 * plain_rate  # the wrapper (filtering, user words) must not cost more than half
