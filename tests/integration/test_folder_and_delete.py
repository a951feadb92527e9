"""A folder with stray files, and taking a source back out, against the real node."""

from __future__ import annotations

import gzip
import shutil

import pytest

from archive.cli import main
from archive.io import elastic
from archive.io.deadletters import DeadLetterStore
from tests.conftest import DATA, SEED_PAGE

pytestmark = pytest.mark.es

GOOD_PAGE = DATA / "html" / "gov_union_site.html"


@pytest.fixture
def folder_with_strays(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(SEED_PAGE, folder / "seed.txt")
    (folder / "page.html.gz").write_bytes(gzip.compress(GOOD_PAGE.read_bytes()))
    (folder / "README.md").write_text("# 说明\n这是一个文件夹。\n", encoding="utf-8")
    (folder / "index.jsonl").write_text('{"city": "宁波市", "money": "24679000013元"}\n', encoding="utf-8")
    (folder / "verify.py").write_text("print('ok')\n", encoding="utf-8")
    return folder


def test_a_folder_ingest_takes_news_files_and_reports_the_strays(fresh_archive, es, capsys, folder_with_strays):
    assert main(["ingest", str(folder_with_strays), "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "sources=2 articles=11" in out
    assert "skipped 3 file(s)" in out and all(name in out for name in ("README.md", "index.jsonl", "verify.py"))
    locations = {doc["source"]["location"].rsplit("/", 1)[-1] for doc in elastic.scan_documents(es, fresh_archive.alias)}
    assert locations == {"seed.txt", "page.html.gz"}


def test_the_file_types_are_a_setting(fresh_archive, es, capsys, folder_with_strays, monkeypatch):
    monkeypatch.setenv("ARCHIVE_INGEST_SUFFIXES", ".md")
    assert main(["ingest", str(folder_with_strays), "--workers", "1"]) == 0
    assert "sources=1 " in capsys.readouterr().out


def test_delete_takes_a_source_out_with_a_dry_run_first_and_closes_its_dead_letters(fresh_archive, es, capsys,
                                                                                   tmp_path):
    page = tmp_path / "seed.txt"
    shutil.copy(SEED_PAGE, page)
    other = tmp_path / "other.html"
    shutil.copy(GOOD_PAGE, other)
    assert main(["ingest", str(page), str(other), "--workers", "1"]) == 0
    store = DeadLetterStore(es, fresh_archive.dead_letter_index)
    from archive.io.deadletters import DeadLetter

    key = next(doc["source"]["key"] for doc in elastic.scan_documents(es, fresh_archive.alias)
               if doc["source"]["location"] == str(page))
    store.put(DeadLetter(key, "file", str(page), "enrich", "ValueError", "one article failed", article_id="x1"))
    capsys.readouterr()
    assert main(["delete", str(page), "--dry-run"]) == 0
    assert "would delete 10 article(s)" in capsys.readouterr().out
    assert elastic.count(es, fresh_archive.alias) == 11
    assert main(["delete", key]) == 0
    assert "deleted 10 article(s)" in capsys.readouterr().out
    assert elastic.count(es, fresh_archive.alias) == 1
    assert list(store.open_letters()) == []
    [remaining] = list(elastic.scan_documents(es, fresh_archive.alias))
    assert main(["delete", "--id", remaining["id"]]) == 0
    assert elastic.count(es, fresh_archive.alias) == 0
    assert main(["delete", str(page)]) == 2  # nothing left to match
