"""`archive demo` (the Quick start's first command) runs end to end against the real node."""

import pytest

from archive.cli import main

pytestmark = pytest.mark.es


def test_the_demo_ingests_the_samples_and_shows_what_analysts_find(fresh_archive, capsys):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "sources=4 articles=15" in out and "failed=0" in out
    assert "情系归乡人 爱满“浙”里年" in out  # the city, word and city+group searches
    assert "雲嶺市總工會為新就業形態勞動者送健康" in out  # simplified text finds the traditional page
    assert "3,830,000" in out  # 宁波市's money by the summing rule
    assert "温州市总工会“夏送清凉”走进一线工地" in out  # an article cut from the bundled newspaper PDF page, by city


def test_the_demo_outside_a_checkout_says_where_it_looked(monkeypatch, tmp_path, capsys):
    import archive.cli

    monkeypatch.setattr(archive.cli, "SAMPLE_DIR", tmp_path / "samples")
    assert main(["demo"]) == 2
    assert f"no sample pages at {tmp_path / 'samples'}" in capsys.readouterr().err
