"""Shards and replicas come from the settings (single-node defaults) into the index template."""

from __future__ import annotations

import pytest

from archive.config import ElasticSettings
from archive.io.elastic import article_template


def test_a_single_node_gets_one_shard_and_no_replica_by_default(monkeypatch):
    monkeypatch.delenv("ARCHIVE_INDEX_SHARDS", raising=False)
    monkeypatch.delenv("ARCHIVE_INDEX_REPLICAS", raising=False)
    settings = ElasticSettings.from_env()
    layout = article_template(settings.alias, settings.shards, settings.replicas)["template"]["settings"]
    assert (layout["number_of_shards"], layout["number_of_replicas"]) == (1, 0)


def test_a_cluster_sets_shards_and_replicas_in_the_environment(monkeypatch):
    monkeypatch.setenv("ARCHIVE_INDEX_SHARDS", "3")
    monkeypatch.setenv("ARCHIVE_INDEX_REPLICAS", "1")
    settings = ElasticSettings.from_env()
    layout = article_template(settings.alias, settings.shards, settings.replicas)["template"]["settings"]
    assert (layout["number_of_shards"], layout["number_of_replicas"]) == (3, 1)


@pytest.mark.parametrize("name, value", [("ARCHIVE_INDEX_SHARDS", "0"), ("ARCHIVE_INDEX_REPLICAS", "one")])
def test_a_wrong_count_is_a_clear_error(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=f"{name}='{value}': expected a whole number"):
        ElasticSettings.from_env()


def test_whole_number_settings_refuse_what_is_not_one(monkeypatch):
    from archive.config import PdfSettings, keep_versions

    monkeypatch.setenv("ARCHIVE_PDF_MAX_PAGES", "0")
    with pytest.raises(ValueError, match="ARCHIVE_PDF_MAX_PAGES='0': expected a whole number ≥ 1"):
        PdfSettings.from_env()
    monkeypatch.setenv("ARCHIVE_PDF_MAX_PAGES", "12")
    assert PdfSettings.from_env().max_pages == 12
    monkeypatch.setenv("ARCHIVE_KEEP_VERSIONS", "two")
    with pytest.raises(ValueError, match="ARCHIVE_KEEP_VERSIONS='two'"):
        keep_versions()
