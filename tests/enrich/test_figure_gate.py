"""The figure regex's gate (figures._Gate) only moves where a search starts: the figures found
are the ones a search from the start of the text finds."""

import random

from archive.enrich import load_vocabulary
from archive.enrich.figures import SPACES, _figure_table, _Hit, _hits

TRICKY = [
    "共发放慰问金3000元，慰问职工一百余名",
    "不少于 3 000元，近 万人次",
    "3-5万元、两三个、一个、一线职工",
    "资助200名困难职工子女，每人1000元，累计发放20余万元",
    "2023年春节前夕，一共送出近百万专项资金",
    "a1个 B2名 ·3位 :4份 ：5件 １２名 𝟏𝟐人",
    "十百千万亿，三千多人，千千万万",
]
ALPHABET = list("0123456789 ,.一二两三十百千万亿余多-—~至到元名人个位份件辆不少于超过近约逾专项资金经费aA:：·/的在了和职工\u3000\n１")


def found(text: str, gated: bool) -> list[tuple[int, int, str]]:
    pattern, _, gate = _figure_table(load_vocabulary())
    return [(h.start, h.end, h.num_start, h.text) for h in _hits(pattern, text, gate if gated else None)]


def test_a_hit_reads_its_span_and_number_start_as_the_regexs_groups_give_them():
    pattern, _, _ = _figure_table(load_vocabulary())
    checked = 0
    for text in TRICKY + ["共计不少于 300名", "约\u30002万元", "近 百万专项资金"]:
        for m in pattern.finditer(text):
            hit = _Hit(m)
            assert (hit.start, hit.end, hit.num_start) == (*m.span("all"), m.start("num")), text
            checked += 1
    assert checked >= 15
    assert found("共计不少于 300名", gated=False) == [(2, 10, 6, "不少于 300名")]


def test_the_gate_finds_what_a_search_from_the_start_finds():
    rng = random.Random(11)
    texts = TRICKY + ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 24))) for _ in range(3000)]
    assert [found(t, gated=True) for t in texts] == [found(t, gated=False) for t in texts]
    assert found(TRICKY[0], gated=True) == [(6, 11, 6, "3000元"), (16, 20, 16, "一百余名")]


def test_the_gate_skips_a_text_without_a_number_before_a_unit():
    _, _, gate = _figure_table(load_vocabulary())
    assert gate is not None
    assert gate.start("工会一线走访，看望职工", 0) == -1  # 一 is a numeral, but 线 no unit
    # the run 100 starts at 9; up to 不少于 and a space may stand before it (gate.reach: 4)
    assert gate.start("看望职工和会员代表100名", 0) == 5


def test_the_spaces_a_hit_steps_over_are_what_the_regexs_space_class_matches():
    assert SPACES == "".join(ch for ch in map(chr, range(0x110000)) if ch.isspace())
