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
