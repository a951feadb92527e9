"""fetch_url against a local HTTP server on 127.0.0.1 (allow-listed): status codes, conditional GET,
retries, size limit, charset detection and refused redirects."""

from __future__ import annotations

import gzip
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from archive.io.http import (
    USER_AGENT, HTTPStatusError, RefusedURLError, ResponseTooLargeError, canonical_url, fetch_url,
)
from archive.text import articles_from_source

PAGE = "<html><head><meta charset='utf-8'><title>工会送温暖</title></head><body><h1>工会送温暖</h1><p>本报讯 记者王明报道 近日,市总工会开展送温暖活动,慰问困难职工200名。</p></body></html>".encode()
GBK_PAGE = "<html><body><h1>区总工会开展金秋助学</h1><p>近日,区总工会为60名困难职工子女发放助学金,每人2000元。</p></body></html>".encode("gbk")
ETAG = '"v1"'


class Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}
    agents: list[str] = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if "Content-Length" not in (headers or {}):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        Handler.hits[self.path] = Handler.hits.get(self.path, 0) + 1
        Handler.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/page":
            if self.headers.get("If-None-Match") == ETAG:
                return self._send(304, headers={"ETag": ETAG})
            return self._send(200, PAGE, {"Content-Type": "text/html; charset=utf-8", "ETag": ETAG,
                                          "Last-Modified": "Mon, 15 Jan 2024 08:00:00 GMT"})
        if self.path == "/flaky":
            if Handler.hits[self.path] == 1:
                return self._send(500, b"busy")
            return self._send(200, PAGE, {"Content-Type": "text/html; charset=utf-8"})
        if self.path == "/always-500":
            return self._send(503, b"down")
        if self.path == "/big":
            return self._send(200, b"x" * 300_000, {"Content-Type": "text/plain"})
        if self.path == "/big-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"y" * 10_000)
            return None
        if self.path == "/gzip-undeclared":
            return self._send(200, gzip.compress(PAGE), {"Content-Type": "text/html; charset=utf-8"})
        if self.path == "/gzip-bomb":
            return self._send(200, gzip.compress(b" " * 500_000), {"Content-Type": "text/html"})
        if self.path == "/gbk":
            return self._send(200, GBK_PAGE, {"Content-Type": "text/html"})
        if self.path == "/to-metadata":
            return self._send(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
        if self.path == "/to-page":
            return self._send(301, headers={"Location": "/page#top"})
        if self.path == "/loop":
            return self._send(302, headers={"Location": "/loop"})
        return self._send(404, b"not found")


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # the client hangs up on oversize bodies on purpose
        pass


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def fetch(url: str, **options):
    return fetch_url(url, allow_hosts={"127.0.0.1"}, timeout=5, backoff=0.01, **options)


def test_a_200_page_comes_back_as_a_source_keyed_by_its_canonical_url_with_validators(server):
    result = fetch(server + "/page")
    assert (result.status, result.not_modified, result.etag, result.last_modified) == (
        200, False, ETAG, "Mon, 15 Jan 2024 08:00:00 GMT")
    assert (result.source.key, result.source.kind, result.source.charset, result.source.data) == (
        server + "/page", "url", "utf-8", PAGE)
    assert Handler.agents[-1] == USER_AGENT


def test_an_unchanged_page_answers_not_modified_when_its_etag_is_passed(server):
    result = fetch(server + "/page", etag=ETAG)
    assert (result.status, result.not_modified, result.source) == (304, True, None)


def test_a_404_is_an_error_naming_the_url(server):
    with pytest.raises(HTTPStatusError) as error:
        fetch(server + "/missing")
    assert error.value.status == 404 and server + "/missing" in str(error.value)


def test_a_500_is_retried_and_the_second_answer_is_used(server):
    result = fetch(server + "/flaky")
    assert (result.status, Handler.hits["/flaky"]) == (200, 2)


def test_a_server_that_keeps_failing_gives_up_after_the_retries(server):
    with pytest.raises(HTTPStatusError):
        fetch(server + "/always-500", retries=2)
    assert Handler.hits["/always-500"] == 3


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
def test_an_oversize_body_is_refused(server, path):
    with pytest.raises(ResponseTooLargeError):
        fetch(server + path, max_bytes=100_000)


def test_a_gbk_page_without_a_charset_header_decodes_to_the_right_article(server):
    result = fetch(server + "/gbk")
    assert result.source.charset is None
    [article] = articles_from_source(result.source)
    assert article.title == "区总工会开展金秋助学"
    assert article.paragraphs == ["近日,区总工会为60名困难职工子女发放助学金,每人2000元。"]


def test_a_gzip_body_sent_without_content_encoding_is_decompressed(server):
    assert fetch(server + "/gzip-undeclared").source.data == PAGE


def test_a_gzip_body_that_expands_past_the_size_limit_is_refused(server):
    with pytest.raises(ResponseTooLargeError, match="gzip content"):
        fetch(server + "/gzip-bomb", max_bytes=100_000)


def test_a_redirect_into_a_link_local_address_is_refused(server):
    with pytest.raises(RefusedURLError) as error:
        fetch(server + "/to-metadata")
    assert "169.254.169.254" in str(error.value)


def test_a_redirect_to_an_allowed_page_is_followed_and_the_final_url_is_the_key(server):
    result = fetch(server + "/to-page")
    assert (result.url, result.source.key) == (server + "/page", server + "/page")


def test_redirect_loops_are_capped(server):
    with pytest.raises(RefusedURLError):
        fetch(server + "/loop", max_redirects=3)


def test_loopback_is_refused_without_an_allow_list(server):
    with pytest.raises(RefusedURLError):
        fetch_url(server + "/page", timeout=5)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/"])
def test_non_http_schemes_are_refused(url):
    with pytest.raises(RefusedURLError):
        fetch_url(url)


def test_canonical_urls_drop_fragments_default_ports_and_case():
    assert canonical_url("HTTP://News.Example.ORG:80/a/b.html?id=3#top") == "http://news.example.org/a/b.html?id=3"
