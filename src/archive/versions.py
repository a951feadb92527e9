"""Which vocabulary each index version was built with, and which versions are kept.

The index behind the alias records the fingerprint (and folder) of the vocabulary its documents
were enriched with, in its mapping's ``_meta``. An ingest whose vocabulary differs refuses (a mix
of two vocabularies in one index would go unnoticed), unless told to proceed, which is recorded.
A reprocess records the vocabulary it used in the version it builds. Old versions beyond
``ARCHIVE_KEEP_VERSIONS`` are deleted once the alias has moved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from elasticsearch import Elasticsearch

from archive.config import ElasticSettings, keep_versions
from archive.io import elastic


class ArchiveMismatch(RuntimeError):
    """The alias's index was not built the way this process writes: ingest refuses (a retry cannot help)."""


class VocabularyMismatch(ArchiveMismatch):
    """This process's vocabulary is not the one the alias's index was built with."""


class MappingOutdated(ArchiveMismatch):
    """The alias's index has an older mapping than the one this process writes documents for."""


@dataclass(frozen=True)
class IndexVocabulary:
    """What an index records about the vocabulary of its documents."""

    fingerprint: str | None = None
    folder: str | None = None  # None: the packaged vocabulary
    mixed: tuple[str, ...] = ()  # other fingerprints an operator let in (ingest --allow-vocabulary-change)


def _meta(es: Elasticsearch, index: str) -> dict[str, Any]:
    mapping = es.indices.get_mapping(index=index)[index]["mappings"]
    return dict(mapping.get("_meta") or {})


def index_vocabulary(es: Elasticsearch, index: str) -> IndexVocabulary:
    """An index → the vocabulary it records (all None when it records none yet)."""
    meta = _meta(es, index)
    return IndexVocabulary(meta.get("vocabulary_fingerprint"), meta.get("vocabulary_dir"),
                           tuple(meta.get("vocabulary_mixed") or ()))


def record_vocabulary(es: Elasticsearch, index: str, fingerprint: str, folder: str | None,
                      mixed: tuple[str, ...] = ()) -> None:
    """The vocabulary an index's documents were enriched with → its mapping ``_meta`` (kept beside
    what the template put there)."""
    meta = _meta(es, index)
    meta.update(vocabulary_fingerprint=fingerprint, vocabulary_dir=folder or "")
    if mixed:
        meta["vocabulary_mixed"] = list(mixed)
    else:
        meta.pop("vocabulary_mixed", None)
    es.indices.put_mapping(index=index, meta=meta)


def check_vocabulary(es: Elasticsearch, settings: ElasticSettings, fingerprint: str, folder: str | None,
                     allow_change: bool = False) -> IndexVocabulary:
    """Before an ingest: this process's vocabulary against the alias's index.

    An index that records none (new, or from before this check) or holds no documents takes this
    one. A different one raises VocabularyMismatch naming both folders, unless ``allow_change``:
    then the ingest proceeds and the index records the mix. Returns what the index records now.
    """
    index = elastic.alias_target(es, settings.alias) or elastic.ensure_archive(es, settings)
    recorded = index_vocabulary(es, index)
    if recorded.fingerprint == fingerprint:
        return recorded
    if recorded.fingerprint is None or not es.count(index=index)["count"]:
        record_vocabulary(es, index, fingerprint, folder)
        return index_vocabulary(es, index)
    if not allow_change:
        raise VocabularyMismatch(
            f"{settings.alias} ({index}) was built with vocabulary {recorded.fingerprint[:12]} from "
            f"{recorded.folder or 'the packaged vocabulary'}, this process has {fingerprint[:12]} from "
            f"{folder or 'the packaged vocabulary'}: set ARCHIVE_VOCABULARY_DIR={recorded.folder or ''} (empty = "
            "packaged) for every process, or change the vocabulary by a reprocess "
            "(archive vocabulary-updated DIR), or pass --allow-vocabulary-change to mix them knowingly")
    mixed = tuple(dict.fromkeys((*recorded.mixed, fingerprint)))
    record_vocabulary(es, index, recorded.fingerprint, recorded.folder, mixed)
    return index_vocabulary(es, index)


def mapping_version(es: Elasticsearch, index: str) -> int:
    """An index → the version of the mapping it was created with (its ``_meta``; 1 before it was recorded)."""
    return int(_meta(es, index).get("mapping_version") or 1)


def check_mapping(es: Elasticsearch, settings: ElasticSettings, index: str) -> None:
    """Before an ingest: the alias's index has the mapping this process writes, else MappingOutdated
    saying how to rebuild it (``archive reprocess``: every document re-enriched into the next version)."""
    written = int(elastic.article_mapping()["_meta"]["mapping_version"])
    found = mapping_version(es, index)
    if found < written:
        raise MappingOutdated(
            f"{settings.alias} ({index}) was made with mapping version {found}, this version of the archive writes "
            f"{written} ({MAPPING_CHANGES.get(written, 'see mappings/news-template.json')}): rebuild it once with "
            "`archive reprocess` (every document is re-enriched into the next index version, stories kept), then ingest")


# What each mapping version changed, for the message that asks for a reprocess.
MAPPING_CHANGES = {2: "story band keys stored as numbers, and the signature beside them"}


# -- what is there ----------------------------------------------------------------------------


@dataclass
class ArchiveStatus:
    """The alias, the version it points at, its vocabulary, its documents, the other versions kept."""

    alias: str
    index: str | None
    version: int
    vocabulary: IndexVocabulary
    documents: int
    open_dead_letters: int
    versions: list[str] = field(default_factory=list)


def versions_of(es: Elasticsearch, alias: str) -> list[str]:
    """Every ``<alias>-vN`` index, oldest version first."""
    names = es.indices.get(index=f"{alias}-v*", allow_no_indices=True, expand_wildcards="all")
    return sorted(names, key=elastic.index_version)


def archive_status(es: Elasticsearch, settings: ElasticSettings) -> ArchiveStatus:
    """The archive as it stands (nothing is created)."""
    index = elastic.alias_target(es, settings.alias)
    documents = elastic.count(es, settings.alias) if index else 0
    letters = 0
    if es.indices.exists(index=settings.dead_letter_index):
        letters = es.count(index=settings.dead_letter_index, query={"term": {"status": "failed"}})["count"]
    return ArchiveStatus(alias=settings.alias, index=index, version=elastic.index_version(index) if index else 0,
                         vocabulary=index_vocabulary(es, index) if index else IndexVocabulary(),
                         documents=documents, open_dead_letters=letters, versions=versions_of(es, settings.alias))


def vocabulary_of(pipeline: Any) -> tuple[str, str | None]:
    """A pipeline → (its vocabulary fingerprint, the folder it came from; None = the packaged one)."""
    from archive.vocabulary import DATA_DIR

    fingerprint = getattr(pipeline, "fingerprint", None) or pipeline.version
    source = getattr(getattr(pipeline, "vocabulary", None), "source", "") or None
    return fingerprint, None if source is None or source == str(DATA_DIR) else source


def prune_versions(es: Elasticsearch, settings: ElasticSettings, keep: int | None = None) -> list[str]:
    """Versions beyond the newest ``keep`` (ARCHIVE_KEEP_VERSIONS, default 2) → deleted; the
    alias's index is always kept. Returns the deleted names."""
    keep = keep_versions() if keep is None else keep
    current = elastic.alias_target(es, settings.alias)
    versions = [name for name in versions_of(es, settings.alias) if name != current]
    surplus = versions[:max(len(versions) - max(keep - 1, 0), 0)]  # the alias's index counts as one kept
    for name in surplus:  # each with its figures index
        elastic.delete_index_pair(es, name)
    return surplus
