"""A URL in → a Source (or "not modified"), fetched politely and safely with requests.

Timeouts, retries with backoff on 5xx and connection errors, an honest User-Agent,
conditional GET (the caller passes the validators it stored last time), a size limit,
and refusal of non-http(s) schemes and of private, loopback and link-local addresses
(also after every redirect) unless the caller's allow-list names the host.
The body is returned as bytes with the header charset; decoding is the text stage's job
(requests would assume ISO-8859-1 for Chinese pages without a charset). A body that is still
gzip after transfer decoding (a server compressing without a Content-Encoding header) is
decompressed by its magic number, within the same size limit.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime, UTC
from email.message import Message
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests

from archive import __version__
from archive.io.sources import gunzip_if_gzipped
from archive.model import Source
from archive.text.errors import InputTooLargeError, SourceError

USER_AGENT = f"union-news-archive/{__version__} (news archive of trade-union programmes; python-requests)"
DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_RETRIES = 3
DEFAULT_BACKOFF = 0.5
MAX_REDIRECTS = 5
RETRY_STATUSES = frozenset({500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CHUNK = 64 * 1024


class FetchError(SourceError):
    """A URL that could not be fetched."""


class RefusedURLError(FetchError):
    """A URL with a refused scheme or address (private, loopback, link-local) or too many redirects."""


class HTTPStatusError(FetchError):
    """A final response with an error status."""

    def __init__(self, source: str, status: int):
        super().__init__(source, f"HTTP {status}")
        self.status = status


class ResponseTooLargeError(FetchError):
    """A body over the size limit."""


@dataclass(frozen=True)
class FetchResult:
    url: str  # canonical URL after redirects
    status: int
    source: Source | None  # None when not modified
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.source is None


def canonical_url(url: str) -> str:
    """URL in → canonical form (lower-case scheme and host, no fragment, default port dropped) out."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 literal keeps its brackets, or the address reads as host:port
        host = f"[{host}]"
    port = parts.port
    if port and not ((parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", parts.query, ""))


def _resolve(host: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror as error:
        raise FetchError(host, f"cannot resolve host: {error}") from error
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


def _public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return not (address.is_private or address.is_loopback or address.is_link_local or address.is_multicast
                or address.is_reserved or address.is_unspecified)


def check_url(url: str, allow_hosts: Collection[str] = ()) -> None:
    """URL and allow-list in → None when it may be fetched, RefusedURLError otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise RefusedURLError(url, f"scheme {parts.scheme!r} is not http(s)")
    host = (parts.hostname or "").lower()
    if not host:
        raise RefusedURLError(url, "no host")
    if host in allow_hosts:
        return
    for address in _resolve(host):
        if str(address) in allow_hosts:
            continue
        if not _public(address):
            raise RefusedURLError(url, f"address {address} is private, loopback or link-local "
                                       f"(if {host} is trusted: --allow-host {host})")


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return charset if isinstance(charset, str) else None


def _read_body(response: requests.Response, url: str, max_bytes: int) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise ResponseTooLargeError(url, f"Content-Length {declared} is over the {max_bytes}-byte limit")
    body = bytearray()
    for chunk in response.iter_content(CHUNK):
        body.extend(chunk)
        if len(body) > max_bytes:
            raise ResponseTooLargeError(url, f"body is over the {max_bytes}-byte limit")
    return bytes(body)


def _request(session: requests.Session, url: str, headers: dict[str, str], timeout: float,
             retries: int, backoff: float, sleep: Callable[[float], None]) -> requests.Response:
    """One GET (no redirects) with retries on 5xx and connection errors."""
    for attempt in range(retries + 1):
        try:
            response = session.get(url, headers=headers, timeout=timeout, allow_redirects=False, stream=True)
        except (requests.ConnectionError, requests.Timeout) as error:
            if attempt == retries:
                raise FetchError(url, f"connection failed after {retries + 1} attempts: {error}") from error
        else:
            if response.status_code not in RETRY_STATUSES or attempt == retries:
                return response
            response.close()
        sleep(backoff * 2**attempt)
    raise AssertionError("unreachable")


def fetch_url(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_hosts: Collection[str] = (),
    retries: int = DEFAULT_RETRIES,
    backoff: float = DEFAULT_BACKOFF,
    max_redirects: int = MAX_REDIRECTS,
    session: requests.Session | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> FetchResult:
    """URL (+ stored validators) in → FetchResult (Source, or not-modified) out; FetchError subclasses on failure."""
    session = session or requests.Session()
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = canonical_url(url)
    for _ in range(max_redirects + 1):
        check_url(current, allow_hosts)
        response = _request(session, current, headers, timeout, retries, backoff, sleep)
        if response.status_code in REDIRECT_STATUSES and response.headers.get("Location"):
            response.close()
            current = canonical_url(urljoin(current, response.headers["Location"]))
            continue
        with response:
            return _result(response, current, max_bytes)
    raise RefusedURLError(url, f"more than {max_redirects} redirects")


def _result(response: requests.Response, url: str, max_bytes: int) -> FetchResult:
    validators = {"etag": response.headers.get("ETag"), "last_modified": response.headers.get("Last-Modified")}
    if response.status_code == 304:
        return FetchResult(url=url, status=304, source=None, **validators)
    if response.status_code >= 400:
        raise HTTPStatusError(url, response.status_code)
    try:
        data = gunzip_if_gzipped(_read_body(response, url, max_bytes), url, max_bytes)
    except InputTooLargeError as error:
        raise ResponseTooLargeError(url, error.reason) from error
    content_type = response.headers.get("Content-Type")
    source = Source(
        key=url, kind="url", location=url, data=data, content_type=content_type, charset=_charset(content_type),
        fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    return FetchResult(url=url, status=response.status_code, source=source, **validators)
