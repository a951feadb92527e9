"""Readings taken from a block's scan (archive.enrich.scanner) instead of a regex give what the
regex gives."""

from archive.enrich import load_vocabulary
from archive.enrich.context import ArticleContext
from archive.enrich.dates import festival_date

FESTIVAL_TEXTS = [
    ["2023年春节前夕,奉化区总工会开展走访慰问"],
    ["新春将至,职工的冷暖牵动着工会", "元宵节当天"],
    ["奖品涵盖五一广场运动券", "荣获全国五一劳动奖章", "五一假期"],
    ["除夕夜,工会干部来到工地", "2022年 春节"],
    ["没有节日", "端午节前夕，2024年中秋节"],
]


def scanned_blocks(texts: list[str]) -> list:
    blocks = ArticleContext.from_text([texts[0]], texts[1:], load_vocabulary()).blocks
    assert [b.spans for b in blocks] == [b.scanned for b in blocks]  # (scanned by a facet)
    return blocks


def test_festival_words_read_from_the_scan_give_the_regexs_date():
    for texts in FESTIVAL_TEXTS:
        blocks = scanned_blocks(texts)
        for year in (None, 2021, 2023):
            assert festival_date(texts, year, blocks) == festival_date(texts, year), (texts, year)
    texts = ["奖品涵盖五一广场运动券", "五一假期"]
    assert festival_date(texts, 2023, scanned_blocks(texts)) == "2023-05-01"
