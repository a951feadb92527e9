"""An archive indexed under an older mapping (band keys as strings, mapping version 1): an ingest
refuses with what to do, and a reprocess rebuilds every document into the current mapping, even
when asked for a part only (the rest cannot be copied as it is). Real node, real pipeline."""

from __future__ import annotations

import shutil

import pytest

from archive.cli import main
from archive.ingest import process_sources, read_sources
from archive.io import elastic
from archive.versions import mapping_version
from tests.conftest import SEED_PAGE

pytestmark = pytest.mark.es


def old_archive(es, alias: str, documents: list[dict]) -> None:
    """``<alias>-v1`` as mapping version 1 made it, holding ``documents`` with string band keys."""
    elastic.delete_index_pair(es, f"{alias}-v1")
    es.indices.delete_index_template(name=f"{alias}-articles")
    template = elastic.article_template(alias)["template"]
    mappings = template["mappings"]
    mappings["properties"]["story_bands"] = {"type": "keyword", "doc_values": False}
    del mappings["properties"]["story_signature"]
    mappings["_meta"]["mapping_version"] = 1
    es.indices.create(index=f"{alias}-v1", mappings=mappings, settings=template["settings"])
    es.indices.create(index=elastic.figures_index(f"{alias}-v1"))
    es.indices.put_alias(index=f"{alias}-v1", name=alias)
    es.indices.put_alias(index=elastic.figures_index(f"{alias}-v1"), name=elastic.figures_index(alias))
    old = [{**{k: v for k, v in doc.items() if k != "story_signature"},
            "story_bands": [f"{band:02d}:{key & 0xFFFFFFFFFFFFFFFF:016x}" for band, key in enumerate(doc["story_bands"])]}
           for doc in documents]
    assert elastic.BulkIndexer(es, f"{alias}-v1", refresh=True).index_documents(old).created == len(old)


def test_an_archive_of_string_band_keys_is_refused_until_a_reprocess_rebuilds_it_whole(
        fresh_archive, es, capsys, tmp_path, pipeline):
    page = tmp_path / "seed.txt"
    shutil.copy(SEED_PAGE, page)
    documents = process_sources(pipeline, read_sources([str(page)]).sources).documents
    alias = fresh_archive.alias
    old_archive(es, alias, documents)

    assert main(["ingest", str(page), "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert f"({alias}-v1) was made with mapping version 1" in err and "`archive reprocess`" in err

    assert main(["reprocess", "--from", "2100-01-01"]) == 0  # a part that holds nothing: every document all the same
    assert (elastic.alias_target(es, alias), mapping_version(es, f"{alias}-v2")) == (f"{alias}-v2", 2)
    stored = list(elastic.scan_documents(es, alias))
    assert sorted(doc["id"] for doc in stored) == sorted(doc["id"] for doc in documents) and len(stored) == 10
    assert all(doc["story_bands"] == list(built["story_bands"]) and doc["story_signature"] == built["story_signature"]
               for doc, built in zip(sorted(stored, key=lambda d: d["id"]), sorted(documents, key=lambda d: d["id"])))

    capsys.readouterr()
    assert main(["ingest", str(page), "--workers", "1"]) == 0
    assert "unchanged=10" in capsys.readouterr().out
