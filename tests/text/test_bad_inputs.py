"""Bad inputs give a clear error naming the source, or a flagged result: never a crash."""

from __future__ import annotations

import pytest

from archive.io.sources import iter_sources, read_path, source_from_bytes
from archive.model import Source
from archive.text import articles_from_source
from archive.text.errors import (
    BinaryInputError, DecodeError, EmptyInputError, InputTooLargeError, SourceError,
)

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def test_an_empty_file_is_an_empty_input_error_naming_the_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n")
    with pytest.raises(EmptyInputError, match="empty.txt"):
        articles_from_source(read_path(path))


def test_a_binary_file_with_a_text_suffix_is_a_binary_input_error(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(PNG)
    source = read_path(path)
    assert source.content_type == "application/octet-stream"
    with pytest.raises(BinaryInputError, match="photo.txt"):
        articles_from_source(source)


def test_bytes_no_chinese_encoding_reads_are_a_decode_error_not_mojibake():
    source = source_from_bytes(b"\xff\xfe\xfd\xfc \xfe\xff" * 200, "garbled.txt")
    with pytest.raises(DecodeError, match="garbled.txt"):
        articles_from_source(source)


def test_a_50_mb_text_file_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "huge.txt"
    line = "市总工会开展送温暖活动,慰问困难职工。\n".encode()
    with path.open("wb") as out:
        for _ in range(50 * 1024 * 1024 // (len(line) * 1000) + 1):
            out.write(line * 1000)
    assert path.stat().st_size >= 50 * 1024 * 1024
    with pytest.raises(InputTooLargeError, match="huge.txt"):
        read_path(path)


def test_an_oversize_source_built_in_memory_is_refused_by_the_text_stage():
    source = source_from_bytes(b"a" * (21 * 1024 * 1024), "memory")
    with pytest.raises(InputTooLargeError):
        articles_from_source(source)


def test_every_input_error_is_a_source_error():
    for error in (DecodeError, BinaryInputError, EmptyInputError, InputTooLargeError):
        assert issubclass(error, SourceError)


def test_html_with_no_text_is_an_empty_input_error():
    with pytest.raises(EmptyInputError):
        articles_from_source(source_from_bytes(b"<html><body><div></div></body></html>", "blank.html"))


def test_a_page_without_headline_or_byline_is_kept_and_flagged():
    text = "近日,区总工会为新就业形态劳动者送去防暑物品,慰问骑手和快递员一百余人,活动还开展了健康体检和法律咨询等服务,受到职工欢迎。"
    [article] = articles_from_source(source_from_bytes(text.encode(), "untitled.txt"))
    assert (article.title, article.paragraphs, article.quality_flags) == ("", [text], ["no_title"])


def test_a_directory_walk_reports_bad_files_and_carries_on(tmp_path):
    (tmp_path / "a.txt").write_text("标题一行\n正文。", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("不读", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "big.txt").write_bytes(b"x" * 2000)
    items = list(iter_sources([tmp_path], max_bytes=1000))
    read = [item.location.split("/")[-1] for item in items if isinstance(item, Source)]
    failed = [(item[0].name, type(item[1])) for item in items if not isinstance(item, Source)]
    assert (read, failed) == (["a.txt"], [("big.txt", InputTooLargeError)])
