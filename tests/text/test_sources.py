"""Files and directories become Sources keyed by content; kinds are sniffed from bytes, not suffixes."""

from __future__ import annotations

import codecs
import gzip
import hashlib

import pytest

from archive.io.sources import iter_files, read_path
from archive.text.errors import InputTooLargeError
from archive.text.sniff import sniff_kind


def test_a_file_source_is_keyed_by_the_sha256_of_its_bytes(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes("工会新闻".encode())
    source = read_path(path)
    assert (source.key, source.kind, source.location, source.data, source.content_type) == (
        "sha256:" + hashlib.sha256("工会新闻".encode()).hexdigest(), "file", str(path), "工会新闻".encode(), "text/plain")


def test_a_moved_file_keeps_its_key(tmp_path):
    (tmp_path / "inbox").mkdir()
    (tmp_path / "done").mkdir()
    first = tmp_path / "inbox" / "a.txt"
    first.write_bytes(b"same bytes")
    moved = tmp_path / "done" / "b.txt"
    moved.write_bytes(b"same bytes")
    assert read_path(first).key == read_path(moved).key


def test_html_saved_with_a_txt_suffix_is_recognised_as_html(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text("<!DOCTYPE html><html><head><title>工会</title></head><body><p>正文</p></body></html>", encoding="utf-8")
    assert read_path(path).content_type == "text/html"


def test_sniffing_tells_empty_binary_html_and_text_apart():
    assert [sniff_kind(b""), sniff_kind(b"\x89PNG\r\n\x1a\n...."), sniff_kind(b"<html><body>x</body></html>"),
            sniff_kind("本报讯 记者".encode("gb18030")), sniff_kind("\ufeff<p>正文</p>".encode())] == [
        "empty", "binary", "html", "text", "html"]


def test_utf16_and_utf32_with_a_byte_order_mark_are_text_not_binary():
    page = "<html><body><p>本报讯 区总工会送温暖</p></body></html>"
    marked = [page.encode("utf-16"), codecs.BOM_UTF16_BE + page.encode("utf-16-be"), page.encode("utf-32")]
    assert [sniff_kind(data) for data in marked] == ["html", "html", "html"]
    assert sniff_kind(" \n\u3000".encode("utf-16")[:2] + " \n".encode("utf-16-le")) == "empty"


def test_a_few_control_bytes_in_utf8_are_text_but_mostly_control_bytes_are_binary():
    text = "本报讯 区总工会为快递小哥送去新春礼包,发放慰问金30万元。"
    assert sniff_kind(f"{text}\x00\x07{text}\x1b[31m{text}".encode()) == "text"
    assert sniff_kind(b"\x00\x01\x02\x03" * 100 + text.encode()) == "binary"
    assert sniff_kind(b"\x00" * 50 + text.encode() * 3) == "binary"


def test_a_directory_walk_is_sorted_and_skips_hidden_files_and_directories(tmp_path):
    for name in ("b.txt", "a.html", ".DS_Store", ".git/config", "sub/c.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])] == ["a.html", "b.txt", "sub/c.txt"]


def test_a_gzipped_file_is_read_as_its_content_and_keyed_by_its_own_bytes(tmp_path):
    page = "<html><body><p>本报讯 区总工会送温暖</p></body></html>".encode()
    path = tmp_path / "saved.html"
    path.write_bytes(gzip.compress(page[:20]) + gzip.compress(page[20:]))  # two members back to back
    source = read_path(path)
    assert (source.data, source.content_type, source.key) == (
        page, "text/html", "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest())


def test_gzip_that_expands_past_the_limit_is_refused_and_damaged_gzip_stays_binary(tmp_path):
    bomb, damaged = tmp_path / "bomb.gz", tmp_path / "damaged.gz"
    bomb.write_bytes(gzip.compress(b" " * 200_000))
    damaged.write_bytes(gzip.compress("正文".encode() * 100)[:-30])
    with pytest.raises(InputTooLargeError, match="bomb.gz"):
        read_path(bomb, max_bytes=100_000)
    assert read_path(damaged).content_type == "application/octet-stream"
