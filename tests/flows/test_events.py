"""Events need a live Prefect API; without one the CLI says what to start."""

from __future__ import annotations

import pytest


def test_submit_without_a_prefect_server_says_to_start_one(monkeypatch, capsys, tmp_path):
    from archive.cli import main

    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    with pytest.raises(RuntimeError, match="start `archive serve` or set PREFECT_API_URL"):
        main(["submit", str(tmp_path / "page.txt")])


def test_a_submitted_path_is_made_absolute_so_the_served_flow_can_open_it(monkeypatch, tmp_path):
    from archive.events import source_location

    monkeypatch.chdir(tmp_path)
    assert source_location("page.txt") == str(tmp_path / "page.txt")
    assert source_location("https://example.org/a.html") == "https://example.org/a.html"


def test_the_watch_announces_a_file_once_it_has_stopped_growing_and_again_when_it_changes(tmp_path, capsys):
    from archive.events import watch_inbox

    page = tmp_path / "page.txt"
    page.write_text("宁波市总工会", encoding="utf-8")
    sent: list[tuple[str, int]] = []
    copying = ["全文", "完"]  # two more writes land while the watch looks, then the file is complete
    edits = ["宁波市总工会全文完（更正）"]  # once announced, an edit makes a new version

    def sleep(seconds):
        if copying:
            with open(page, "a", encoding="utf-8") as out:
                out.write(copying.pop(0))
        elif sent and edits:
            page.write_text(edits.pop(), encoding="utf-8")

    def emit(path):
        sent.append((path, page.stat().st_size))
        return "event"

    assert watch_inbox(str(tmp_path), interval=0, rounds=6, sleep=sleep, emit=emit) == 2
    complete, corrected = len("宁波市总工会全文完".encode()), len("宁波市总工会全文完（更正）".encode())
    assert sent == [(str(page), complete), (str(page), corrected)]
