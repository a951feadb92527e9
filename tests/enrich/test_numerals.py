import pytest

from archive.enrich.numerals import parse_number, parse_numeral


@pytest.mark.parametrize(
    "text, value",
    [("1,600", 1600), ("583.33", 583.33), ("两", 2), ("兩", 2), ("十", 10), ("三千", 3000), ("两千", 2000),
     ("千", 1000), ("万", 10000), ("百万", 1000000), ("百萬", 1000000), ("一千五", 1500), ("五千一百", 5100)],
)
def test_isolated_numerals_parse_to_their_value(text, value):
    assert parse_numeral(text) == value


@pytest.mark.parametrize("text", ["千千万万", "五六", "两三", "十几", "一线", ""])
def test_rhetoric_vague_estimates_and_words_are_not_numbers(text):
    assert parse_numeral(text) is None


def test_magnitudes_multiply_without_float_noise():
    assert (parse_number("16.4", "亿"), parse_number("75", "万"), parse_number("5.2", "萬")) == (1640000000, 750000, 52000)


def test_a_full_width_decimal_point_is_a_decimal_point():
    assert parse_number("１８．６", "万") == 186000
