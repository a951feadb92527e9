"""Decoding follows the documented order and reads short GBK text as GBK, not Big5."""

from __future__ import annotations

import codecs

import pytest

from archive.text.decode import canonical_encoding, decode_bytes, meta_charset
from archive.text.errors import DecodeError

TEXT = "区总工会为困难职工送去慰问金"


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
    (TEXT.encode("gbk"), "gb18030"),
    (TEXT.encode("gb18030"), "gb18030"),
    ("區總工會為困難職工送去慰問金".encode("big5"), "big5"),
])
def test_each_supported_encoding_decodes_to_the_original_text(data, encoding):
    decoded = decode_bytes(data)
    assert (decoded.text.lstrip("\ufeff"), decoded.encoding) in {(TEXT, encoding), ("區總工會為困難職工送去慰問金", encoding)}


def test_a_short_gbk_text_is_not_mistaken_for_big5():
    assert decode_bytes("工会".encode("gbk")).text == "工会"


def test_a_declared_charset_wins_and_gb2312_is_read_as_gb18030():
    decoded = decode_bytes("镕基".encode("gb18030"), declared="gb2312")  # 镕 is outside GB2312
    assert (decoded.text, decoded.encoding, decoded.method) == ("镕基", "gb18030", "declared")


def test_a_meta_charset_is_used_when_no_header_declares_one():
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body>工会</body></html>'
    assert (meta_charset(page.encode("gbk")), decode_bytes(page.encode("gbk")).method) == ("gb18030", "meta")


def test_unknown_labels_are_ignored():
    assert (canonical_encoding("x-made-up"), canonical_encoding("GBK"), canonical_encoding("UTF8")) == (None, "gb18030", "utf-8")


def test_undecodable_bytes_raise_a_decode_error_naming_the_source():
    with pytest.raises(DecodeError, match="inbox/x.txt"):
        decode_bytes(b"\xff\xfe\xfd" * 50, name="inbox/x.txt")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_text_with_a_utf16_or_utf32_byte_order_mark_decodes_in_the_encoding_it_names(encoding):
    bom = {"utf-16": b"", "utf-32": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[encoding]
    decoded = decode_bytes(bom + TEXT.encode(encoding))
    assert (decoded.text, decoded.method, decoded.flags) == (TEXT, "bom", ())


def test_utf8_cut_inside_its_last_character_loses_that_character_and_is_flagged_truncated():
    decoded = decode_bytes((TEXT + "。").encode("utf-8")[:-1])
    assert (decoded.text, decoded.encoding, decoded.flags) == (TEXT, "utf-8", ("truncated",))


def test_utf8_broken_anywhere_but_at_the_end_is_not_read_as_truncated():
    data = TEXT.encode("utf-8")
    with pytest.raises(DecodeError):
        decode_bytes(data[:4] + data[5:] + "。".encode()[:-1])


def test_control_characters_do_not_stop_valid_utf8_from_decoding():
    assert decode_bytes("区总\x00工会\x1b[31m送去慰问金\x07".encode()).text == "区总\x00工会\x1b[31m送去慰问金\x07"


def test_a_page_labelled_gb2312_that_holds_utf8_is_read_as_utf8():
    page = '<html><head><meta charset="gb2312"></head><body>职工工会慰问工会活动</body></html>'.encode()
    assert page.decode("gb18030") != page.decode("utf-8")  # the label alone would give mojibake without an error
    assert (decode_bytes(page).text, decode_bytes(page, declared="gbk").encoding) == (page.decode("utf-8"), "utf-8")


def test_real_gbk_bytes_labelled_gb2312_stay_gbk():
    page = '<html><head><meta charset="gb2312"></head><body>工会送温暖，职工暖心</body></html>'.encode("gbk")
    assert decode_bytes(page).text == page.decode("gb18030")
