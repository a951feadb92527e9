"""One active vocabulary: the index records the one it was built with, an ingest with another
refuses (or, told to, proceeds and records the mix), a reprocess records the one it used, and
`archive status` shows it all. Real node, real pipeline."""

from __future__ import annotations

import json
import shutil

import pytest

from archive.cli import main
from archive.io import elastic
from archive.pipeline import folder_fingerprint
from archive.versions import index_vocabulary
from archive.vocabulary import DATA_DIR
from tests.conftest import SEED_PAGE

pytestmark = pytest.mark.es


@pytest.fixture
def edited_vocabulary(tmp_path):
    """A copy of the vocabulary with one more analyst's comment (another fingerprint, same labels)."""
    folder = tmp_path / "vocabulary"
    shutil.copytree(DATA_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    with open(folder / "groups_served.yaml", "a", encoding="utf-8") as out:
        out.write("# edited for the test\n")
    return folder


def status(capsys) -> dict:
    capsys.readouterr()
    assert main(["status", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_an_ingest_with_another_vocabulary_refuses_until_told_and_reprocess_records_the_new_one(
        fresh_archive, es, capsys, tmp_path, edited_vocabulary, monkeypatch):
    page = tmp_path / "seed.txt"
    shutil.copy(SEED_PAGE, page)
    assert main(["ingest", str(page), "--workers", "1"]) == 0
    packaged = folder_fingerprint(None)
    first = status(capsys)
    assert (first["index"], first["vocabulary_fingerprint"], first["vocabulary_dir"], first["documents"]) == (
        f"{fresh_archive.alias}-v1", packaged, None, 10)

    monkeypatch.setenv("ARCHIVE_VOCABULARY_DIR", str(edited_vocabulary))
    assert main(["ingest", str(page), "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert f"was built with vocabulary {packaged[:12]}" in err and "ARCHIVE_VOCABULARY_DIR=" in err
    assert main(["ingest", str(page), "--workers", "1", "--allow-vocabulary-change"]) == 0
    edited = folder_fingerprint(edited_vocabulary)
    assert status(capsys)["vocabulary_mixed"] == [edited]

    monkeypatch.delenv("ARCHIVE_VOCABULARY_DIR")
    assert main(["reprocess", "--vocabulary", str(edited_vocabulary)]) == 0
    after = status(capsys)
    assert (after["index"], after["vocabulary_fingerprint"], after["vocabulary_dir"], after["vocabulary_mixed"],
            after["documents"]) == (f"{fresh_archive.alias}-v2", edited, str(edited_vocabulary), [], 10)
    assert {doc["pipeline_version"][-8:] for doc in elastic.scan_documents(es, fresh_archive.alias)} == {edited[:8]}
    assert main(["ingest", str(page), "--workers", "1"]) == 1  # the packaged one no longer matches the alias
    monkeypatch.setenv("ARCHIVE_VOCABULARY_DIR", str(edited_vocabulary))
    assert main(["ingest", str(page), "--workers", "1"]) == 0
    assert index_vocabulary(es, f"{fresh_archive.alias}-v2").fingerprint == edited
