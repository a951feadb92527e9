"""`archive dead-letters list|retry|discard` as an operator works them, against the real node."""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import threading

import pytest

from archive.cli import main
from archive.io.deadletters import DeadLetterStore
from tests.conftest import SEED_PAGE

pytestmark = pytest.mark.es


def open_letters(es, settings) -> dict[str, dict]:
    return {letter["id"]: letter for letter in DeadLetterStore(es, settings.dead_letter_index).open_letters()}


def test_a_mistyped_path_says_the_file_does_not_exist_once(fresh_archive, es, capsys, tmp_path):
    missing = tmp_path / "no-such-page.txt"
    assert main(["ingest", str(missing), "--workers", "1"]) == 2
    err = capsys.readouterr().err
    [letter] = open_letters(es, fresh_archive).values()
    assert letter["reason"] == "the file does not exist"
    assert f"failed: {letter['id']} {missing} [read] the file does not exist" in err
    assert err.count(str(missing)) == 1


def test_a_fixed_inbox_file_retried_by_id_is_indexed_and_leaves_failed(fresh_archive, es, capsys, tmp_path):
    failed = tmp_path / "inbox" / "failed"
    failed.mkdir(parents=True)
    page = tmp_path / "inbox" / "page.txt"
    page.write_bytes(b"")  # as the inbox leaves it: the bad file moved to failed/
    assert main(["ingest", str(page), "--workers", "1"]) == 2
    page.rename(failed / "page.txt")
    [letter_id] = open_letters(es, fresh_archive)
    shutil.copy(SEED_PAGE, failed / "page.txt")  # the fix
    capsys.readouterr()
    assert main(["dead-letters", "retry", letter_id]) == 0
    out = capsys.readouterr().out
    assert "failed=0" in out and f"moved to {tmp_path / 'inbox' / 'processed' / 'page.txt'}" in out
    assert open_letters(es, fresh_archive) == {}
    assert not (failed / "page.txt").exists() and (tmp_path / "inbox" / "processed" / "page.txt").exists()


def test_retry_all_leaves_a_binary_file_alone_and_discard_closes_it(fresh_archive, es, capsys, tmp_path):
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert main(["ingest", str(image), "--workers", "1"]) == 2
    [letter_id] = open_letters(es, fresh_archive)
    capsys.readouterr()
    assert main(["dead-letters", "retry", "--all"]) == 0
    out = capsys.readouterr().out
    assert "sources=0" in out and f"left alone: {letter_id}" in out and "retrying cannot help" in out
    assert open_letters(es, fresh_archive)[letter_id]["attempts"] == 1  # not retried again and again
    assert main(["dead-letters", "retry"]) == 1  # neither ids nor --all
    assert main(["dead-letters", "discard", letter_id]) == 0
    assert open_letters(es, fresh_archive) == {}
    assert main(["dead-letters", "discard", "0000nosuchletter"]) == 2


@pytest.fixture
def local_site(tmp_path):
    """A web server on loopback serving one page (a private address the fetcher refuses by default)."""
    (tmp_path / "site").mkdir()
    shutil.copy(SEED_PAGE, tmp_path / "site" / "page.txt")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/page.txt"
    server.shutdown()


def test_a_refused_address_names_allow_host_and_goes_through_when_retried_with_it(fresh_archive, es, capsys,
                                                                                  local_site):
    assert main(["ingest", local_site, "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert "--allow-host 127.0.0.1" in err
    [letter_id] = open_letters(es, fresh_archive)
    assert main(["dead-letters", "retry", "--all"]) == 0  # left alone: it needs the operator's word
    assert main(["dead-letters", "retry", letter_id]) == 2  # named, but still refused
    assert re.search(r"needs a fix: .*--allow-host 127\.0\.0\.1", capsys.readouterr().err)
    assert main(["dead-letters", "retry", letter_id, "--allow-host", "127.0.0.1"]) == 0
    assert open_letters(es, fresh_archive) == {}


def test_an_ipv6_literal_keeps_its_brackets():
    from archive.io.http import canonical_url

    assert canonical_url("http://[2001:DB8::1]:8080/a.html") == "http://[2001:db8::1]:8080/a.html"
    assert canonical_url("http://[2001:db8::1]/a.html") == "http://[2001:db8::1]/a.html"
