"""Operations on the whole archive: the inbox folder, retrying dead letters, re-enriching into a
new index version. Plain functions over the ingest steps (archive.ingest); the Prefect flows
(flows/) and the CLI call the same code.

Every write is idempotent: document ids come from the source and headline, a file's source key
is the hash of its bytes, so running any of these twice (or after a crash) changes nothing twice.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple
from collections.abc import Callable, Iterable, Iterator

from elasticsearch import Elasticsearch, helpers

from archive.config import ElasticSettings, cache_dir, inbox_setting
from archive.document import article_from_document
from archive.ingest import IngestReport, IngestSteps, Read, chunked, index_documents, record_failures
from archive.io import elastic
from archive.io.deadletters import DeadLetter, DeadLetterStore, needs_fix
from archive.model import Source
from archive.pipeline import Pipeline
from archive.text.errors import MissingInputError, SourceError
from archive.stories import STORY_FIELDS

# -- inbox ------------------------------------------------------------------------------

PROCESSED = "processed"
FAILED = "failed"
# A writer drops a file atomically (write `name.part`, then rename); half-written files are skipped.
PARTIAL_SUFFIXES = (".part", ".tmp", ".crdownload")


def inbox_dir(override: str | None = None) -> Path:
    """The inbox folder: the given path, else $ARCHIVE_INBOX, else <cache>/inbox."""
    return Path(override or inbox_setting() or cache_dir() / "inbox").resolve()


def inbox_files(inbox: Path) -> list[Path]:
    """An inbox folder → the files waiting in it (oldest first; hidden and partial files skipped)."""
    for name in ("", PROCESSED, FAILED):
        (inbox / name).mkdir(parents=True, exist_ok=True)
    waiting = [p for p in inbox.iterdir()
               if p.is_file() and not p.name.startswith(".") and not p.name.endswith(PARTIAL_SUFFIXES)]
    return sorted(waiting, key=lambda p: (p.stat().st_mtime, p.name))


def in_inbox(location: str, inbox: Path) -> bool:
    return not location.startswith(("http://", "https://")) and Path(location).resolve().parent == inbox


def file_away(path: Path, failed: bool, current: Path | None = None) -> Path | None:
    """An inbox file whose outcome is stored → moved to processed/ or failed/ beside it (from
    ``current`` when it is no longer at ``path``, e.g. in failed/ after a retry went through).

    Returns the new path (None when another run moved it first). A name already taken there
    gets a numeric suffix, so nothing is overwritten.
    """
    target_dir = path.parent / (FAILED if failed else PROCESSED)
    target_dir.mkdir(exist_ok=True)
    target = target_dir / path.name
    counter = 1
    while target.exists():
        target = target_dir / f"{path.stem}.{counter}{path.suffix}"
        counter += 1
    try:
        return Path(shutil.move(str(current or path), str(target)))
    except FileNotFoundError:
        return None


def failed_locations(letters: Iterable[DeadLetter]) -> set[str]:
    """Dead letters → the locations (as given) that have at least one failure."""
    return {letter.location for letter in letters}


# -- ingesting read sources -----------------------------------------------------------------


TRANSIENT_ERRORS = {"ConnectionError", "ConnectTimeout", "ReadTimeout", "Timeout", "ChunkedEncodingError",
                    "TimeoutError"}
# archive.io.http retries inside one fetch, then says e.g. "<url>: HTTP 503" or "connection failed after 3 attempts"
TRANSIENT_REASON = re.compile(r"\bHTTP (429|5\d\d)\b|^(429|5\d\d)\b|connection failed")


def is_transient(letter: DeadLetter) -> bool:
    """A fetch failure worth another go later: the network, or a server answering 429/5xx."""
    return letter.stage == "fetch" and (letter.error_type in TRANSIENT_ERRORS
                                        or TRANSIENT_REASON.search(letter.reason) is not None)


# -- retrying dead letters --------------------------------------------------------------


def current_location(location: str) -> str | None:
    """Where a source is now: URLs as they are; a file where it was, or in the processed/ or
    failed/ folder the inbox moved it to; None when it is gone."""
    if location.startswith(("http://", "https://")):
        return location
    path = Path(location)
    for candidate in (path, path.parent / FAILED / path.name, path.parent / PROCESSED / path.name):
        if candidate.is_file():
            return str(candidate)
    return None


def replay_source(record: dict[str, Any], read: Callable[[list[str]], Read]) -> tuple[list[Source], list[DeadLetter]]:
    """A dead-letter record → the source to run again: re-read (with ``read``) from its location
    when it is still there, else rebuilt from the stored input (source-level failures keep the whole input)."""
    location = current_location(record["location"])
    if location is not None:
        sources, letters, _ = read([location])
        return sources, letters
    data = DeadLetterStore.decode_input(record)
    if data is not None and not record.get("article_id"):
        raw = data if isinstance(data, bytes) else data.encode("utf-8")
        return [Source(key=record["source_key"], kind=record["source_kind"], location=record["location"],
                       data=raw)], []
    if data is None:
        gone: SourceError = MissingInputError(record["location"], "the file does not exist (nor in failed/ or "
                                              "processed/ beside it), and no input was stored")
    else:
        gone = MissingInputError(record["location"], "the file is gone and only one article's text was stored")
    return [], [DeadLetter.from_error(record["source_key"], record["source_kind"], record["location"], "retry", gone,
                                      data, article_id=record.get("article_id"))]


@dataclass
class RetryReport:
    """What a retry did: the ingest counts, and the letters it left alone because they need a fix first."""

    report: IngestReport = field(default_factory=IngestReport)
    needs_fix: list[tuple[dict[str, Any], str]] = field(default_factory=list)  # (record, what to do)
    unknown: list[str] = field(default_factory=list)  # ids named that are not in the store
    moved: list[str] = field(default_factory=list)  # inbox files moved from failed/ to processed/

    @property
    def failed(self) -> bool:
        return bool(self.report.failures or self.unknown)


def letters_to_retry(store: DeadLetterStore, ids: list[str] | None) -> tuple[list[dict[str, Any]], list[str]]:
    """Named ids (or every open letter) → (the open records to retry, the ids not found)."""
    if ids is None:
        return list(store.open_letters()), []
    found, unknown = store.letters(ids)
    return [record for record in found if record.get("status") == "failed"], unknown


def retry_dead_letters(steps: IngestSteps, store: DeadLetterStore, ids: list[str] | None = None) -> RetryReport:
    """Open dead letters (the named ``ids``, else all) → their sources through the ingest steps again
    (read → index → record, as ``archive.ingest.run_ingest``), one source at a time; records that
    now go through are resolved, and their inbox file leaves failed/. Without ids, letters that
    retrying alone cannot fix (``needs_fix``) are left alone and listed."""
    steps.prepare()
    records, unknown = letters_to_retry(store, ids)
    out = RetryReport(unknown=unknown)
    records_by_key: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        fix = needs_fix(record.get("error_type", ""), record.get("location", ""))
        if fix and ids is None:
            out.needs_fix.append((record, fix))
            continue
        records_by_key.setdefault(record["source_key"], []).append(record)
    for key, group in records_by_key.items():
        sources, letters = replay_source(group[0], steps.read)
        outcome = IngestReport(sources=len(sources) + len(letters), failures=letters)
        outcome.add(steps.index(sources))
        steps.record(outcome, sources)
        out.report.add(outcome)
        if not outcome.failures:
            for record in group:
                store.resolve(key, record.get("article_id"))
            out.moved += [str(moved) for moved in (leave_failed(Path(s.location)) for s in sources) if moved]
    return out


def leave_failed(path: Path) -> Path | None:
    """An inbox file in failed/ that has now gone through → moved to processed/ beside failed/."""
    if path.parent.name != FAILED or not path.is_file():
        return None
    return file_away(path.parent.parent / path.name, failed=False, current=path)


# -- re-enriching into a new index version --------------------------------------------------


@dataclass
class ReprocessReport:
    """What a reprocess did: the index it built, the one the alias left, and the counts."""

    new_index: str
    old_index: str | None = None
    vocabulary: tuple[str, str | None] | None = None  # (fingerprint, folder) the new version is enriched with
    vocabulary_mixed: tuple[str, ...] = ()  # fingerprints of documents copied as they were
    reenriched: int = 0
    copied: int = 0
    caught_up: int = 0  # written to the old index while the new one was built, re-enriched into it
    failures: list[DeadLetter] = field(default_factory=list)  # kept as they were, reported
    rejected: list[DeadLetter] = field(default_factory=list)  # refused by the new index: no swap
    deleted_versions: list[str] = field(default_factory=list)  # beyond ARCHIVE_KEEP_VERSIONS

    def add(self, other: ReprocessReport) -> None:
        self.reenriched += other.reenriched
        self.copied += other.copied
        self.caught_up += other.caught_up
        self.failures += other.failures
        self.rejected += other.rejected

    def counts(self) -> dict[str, int]:
        return {"reenriched": self.reenriched, "copied": self.copied, "caught_up": self.caught_up,
                "failed": len(self.failures),
                "rejected": len(self.rejected)}


class IncompleteIndex(RuntimeError):
    """The new index refused documents; the alias stays on the old one."""


def reprocess_query(date_from: str | None = None, date_to: str | None = None,
                    source: str | None = None) -> dict[str, Any] | None:
    """Filters → the query for the documents to re-enrich (None = all of them).

    ``source`` matches a source key (``sha256:…`` or URL) or the location it was read from.
    """
    clauses: list[dict[str, Any]] = []
    if date_from or date_to:
        clauses.append({"range": {"published": {k: v for k, v in (("gte", date_from), ("lte", date_to)) if v}}})
    if source:
        clauses.append({"bool": {"should": [{"term": {"source.key": source}}, {"term": {"source.location": source}}],
                                 "minimum_should_match": 1}})
    return {"bool": {"filter": clauses}} if clauses else None


def others_query(query: dict[str, Any] | None) -> dict[str, Any] | None:
    """The documents a reprocess copies as they are (those the filter leaves out)."""
    return None if query is None else {"bool": {"must_not": [query]}}


def scan_ids(es: Elasticsearch, index: str, query: dict[str, Any] | None) -> Iterator[str]:
    """The ids of the documents matching the query (a reprocess hands ids, not documents, to its tasks)."""
    for hit in helpers.scan(es, index=index, query={"query": query or {"match_all": {}}}, _source=False, size=1000):
        yield hit["_id"]


def fetch_documents(es: Elasticsearch, index: str, ids: list[str]) -> list[dict[str, Any]]:
    response = es.mget(index=index, ids=ids)
    return [doc["_source"] for doc in response["docs"] if doc.get("found")]


def reenrich_documents(pipeline: Pipeline, documents: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[DeadLetter]]:
    """Stored documents → documents enriched again from their cleaned text (no refetch).

    A document that fails is kept as it was (so the new index loses nothing) and reported.
    """
    out: list[dict[str, Any]] = []
    letters: list[DeadLetter] = []
    for doc in documents:
        try:
            article = pipeline.enrich(article_from_document(doc))
            renewed = pipeline.document(article, ingested_at=doc.get("ingested_at"))
            out.append(renewed | {k: doc[k] for k in STORY_FIELDS if k in doc})  # a reprocess keeps story ids
        except Exception as error:
            source = doc.get("source") or {}
            letters.append(DeadLetter.from_error(source.get("key", ""), source.get("kind", ""), source.get("location", ""),
                                   "reprocess", error, doc.get("body"), article_id=doc.get("id")))
            out.append(doc)
    return out, letters


def reprocess_batch(es: Elasticsearch, pipeline: Pipeline, alias: str, new_index: str, ids: list[str],
                    reenrich: bool = True) -> ReprocessReport:
    """Ids in the current index → their documents re-enriched (or copied) into the new index."""
    documents = fetch_documents(es, alias, ids)
    letters: list[DeadLetter] = []
    if reenrich:
        documents, letters = reenrich_documents(pipeline, documents)
    result, rejected = index_documents(es, new_index, documents, find_stories=False)
    kept_as_they_were = len(letters)
    return ReprocessReport(new_index=new_index, reenriched=max(result.indexed - kept_as_they_were, 0) if reenrich else 0,
                           copied=0 if reenrich else result.indexed, failures=letters, rejected=rejected)


class Batch(NamedTuple):
    """One reprocess batch: ids read from ``read_from`` (the alias's index, or the old index after
    the alias moved) and re-enriched, or copied as they are."""

    ids: list[str]
    reenrich: bool
    read_from: str


@dataclass(frozen=True)
class ReprocessSteps:
    """How each step of a reprocess runs: directly (the CLI, ``direct_reprocess_steps``) or as
    Prefect tasks (flows/maintenance.py). ``reprocess`` is the one place they are put in order."""

    create: Callable[[], str]
    # (new index, batches) → a report per batch (in a flow: tasks running in parallel)
    batches: Callable[[str, list[Batch]], Iterable[ReprocessReport]]
    finish: Callable[[ReprocessReport], str | None]
    drop: Callable[[str], None]


def direct_reprocess_steps(es: Elasticsearch, settings: ElasticSettings, pipeline: Pipeline) -> ReprocessSteps:
    """The reprocess steps as plain calls in this process."""
    def batches(new_index: str, work: list[Batch]) -> Iterator[ReprocessReport]:
        for batch in work:
            yield reprocess_batch(es, pipeline, batch.read_from, new_index, batch.ids, batch.reenrich)

    def create() -> str:
        elastic.ensure_archive(es, settings)
        return elastic.create_next_index(es, settings)

    return ReprocessSteps(create=create, batches=batches,
                          finish=lambda report: finish_reprocess(es, settings, report),
                          drop=lambda index: drop_index(es, index))


# Ingest times are stored to the second by the ingesting process: look back a little further.
CATCH_UP_MARGIN = timedelta(seconds=2)
CATCH_UP_PASSES = 5


def now() -> datetime:
    return datetime.now(UTC)


def ingested_since_query(since: datetime) -> dict[str, Any]:
    """Documents written (ingested or updated) at or after ``since`` (minus the margin)."""
    return {"range": {"ingested_at": {"gte": (since - CATCH_UP_MARGIN).isoformat(timespec="seconds")}}}


def reprocess(es: Elasticsearch, settings: ElasticSettings, steps: ReprocessSteps, *,
              vocabulary: tuple[str, str | None], date_from: str | None = None, date_to: str | None = None,
              source: str | None = None, batch_size: int = 500) -> ReprocessReport:
    """The current index → a new version with the matching documents re-enriched (with the
    ``vocabulary`` (fingerprint, folder) the steps' pipeline has, recorded in the new version) and
    the rest copied; the alias moves to it only when it is complete, else the new index is dropped.

    Nothing ingested meanwhile is lost: catch-up passes re-enrich what was written to the current
    index since the build (or the previous pass) started, until a pass finds nothing; the alias
    then moves, and a last pass takes what landed in the old index in between (unless the new
    index already holds a newer copy). Versions beyond ARCHIVE_KEEP_VERSIONS are then deleted.
    The CLI and the reprocess flow both run exactly this (the flow's batches run in parallel).
    """
    from archive.versions import index_vocabulary, mapping_version, prune_versions

    query = reprocess_query(date_from, date_to, source)
    new_index = steps.create()
    try:
        current = elastic.alias_target(es, settings.alias) or settings.alias
        if query is not None and mapping_version(es, current) < mapping_version(es, new_index):
            query = None  # documents of an older mapping cannot be copied as they are: every one is re-enriched
        old = index_vocabulary(es, current).fingerprint
        since = now()
        work = [Batch(ids, True, current) for ids in chunked(scan_ids(es, current, query), batch_size)]
        if query is not None:
            work += [Batch(ids, False, current)
                     for ids in chunked(scan_ids(es, current, others_query(query)), batch_size)]
        mixed = (old,) if old and old != vocabulary[0] and any(not batch.reenrich for batch in work) else ()
        report = ReprocessReport(new_index=new_index, vocabulary=vocabulary, vocabulary_mixed=mixed)
        for batch_report in steps.batches(new_index, work):
            report.add(batch_report)
        for _ in range(CATCH_UP_PASSES):
            started = now()
            caught = catch_up(es, steps, current, new_index, since, batch_size)
            since = started
            report.add(caught)
            if not caught.caught_up and not caught.failures:
                break
        report.old_index = steps.finish(report)
    except BaseException:
        steps.drop(new_index)
        raise
    if report.old_index and report.old_index != new_index:  # what landed in the old index as the alias moved
        report.add(catch_up(es, steps, report.old_index, new_index, since, batch_size))
        es.indices.refresh(index=new_index)
    report.deleted_versions = prune_versions(es, settings)
    return report


def catch_up(es: Elasticsearch, steps: ReprocessSteps, read_from: str, new_index: str, since: datetime,
             batch_size: int) -> ReprocessReport:
    """Documents written to ``read_from`` since ``since`` → re-enriched into the new index, unless
    it already holds them from the same or a later ingest (a reprocess keeps each document's ingest time)."""
    es.indices.refresh(index=read_from)
    es.indices.refresh(index=new_index)
    ids = list(scan_ids(es, read_from, ingested_since_query(since)))
    ids = [doc_id for chunk in chunked(ids, 1000) for doc_id in newer_in(es, read_from, new_index, chunk)]
    report = ReprocessReport(new_index=new_index)
    for batch_report in steps.batches(new_index, [Batch(chunk, True, read_from) for chunk in chunked(ids, batch_size)]):
        report.add(batch_report)
    report.caught_up, report.reenriched = report.reenriched, 0
    return report


def newer_in(es: Elasticsearch, old_index: str, new_index: str, ids: list[str]) -> list[str]:
    """Ids whose document in the old index was ingested later than its copy in the new one (or has none)."""
    def times(index: str) -> dict[str, str]:
        docs = es.mget(index=index, ids=ids, source_includes=["ingested_at"])["docs"]
        return {d["_id"]: d["_source"].get("ingested_at") or "" for d in docs if d.get("found")}

    old, new = times(old_index), times(new_index)
    return [doc_id for doc_id in ids if doc_id in old and (doc_id not in new or _later(old[doc_id], new[doc_id]))]


def _later(first: str, second: str) -> bool:
    try:
        return datetime.fromisoformat(first) > datetime.fromisoformat(second)
    except ValueError:
        return first > second


def drop_index(es: Elasticsearch, index: str) -> None:
    """A half-built index of a failed reprocess (and its figures index) → deleted (the alias never pointed at it)."""
    elastic.delete_index_pair(es, index)


def finish_reprocess(es: Elasticsearch, settings: ElasticSettings, report: ReprocessReport) -> str | None:
    """A complete new index → its failures recorded, refreshed and behind the alias; returns the
    index the alias left. Raises IncompleteIndex (alias untouched) when it refused any document.
    """
    from archive.versions import record_vocabulary

    record_failures(DeadLetterStore(es, settings.dead_letter_index), report.failures + report.rejected)
    new_index, rejected = report.new_index, report.rejected
    if rejected:
        raise IncompleteIndex(f"{new_index} refused {len(rejected)} document(s) (see the dead letters, "
                              f"stage index); the alias {settings.alias} stays where it was")
    if report.vocabulary:
        record_vocabulary(es, new_index, *report.vocabulary, mixed=report.vocabulary_mixed)
    es.indices.refresh(index=new_index)
    return elastic.swap_alias(es, settings.alias, new_index)


# -- taking a source back out -------------------------------------------------------------


@dataclass
class DeleteReport:
    """What a delete matched (and removed, unless it was a dry run)."""

    matched: int = 0
    deleted: int = 0
    titles: list[str] = field(default_factory=list)  # the first matches, for the operator to check
    letters_closed: int = 0


def source_keys_for(source: str) -> list[str]:
    """What an operator names → the source keys it may stand for: itself, and for a file that still
    exists the hash of its bytes (so a path finds the articles of a file read from anywhere)."""
    keys = [source]
    path = Path(source)
    if not source.startswith(("http://", "https://")) and path.is_file():
        import hashlib

        keys.append("sha256:" + hashlib.sha256(path.read_bytes()).hexdigest())
    return keys


def delete_query(source: str | None = None, article_id: str | None = None) -> dict[str, Any]:
    """A source (key, URL or location) or one article id → the query for the documents to delete."""
    if article_id:
        return {"ids": {"values": [article_id]}}
    if not source:
        raise ValueError("name a source or an article id")
    keys = source_keys_for(source)
    return {"bool": {"should": [{"terms": {"source.key": keys}}, {"term": {"source.location": source}}],
                     "minimum_should_match": 1}}


def delete_source(es: Elasticsearch, settings: ElasticSettings, *, source: str | None = None,
                  article_id: str | None = None, dry_run: bool = False) -> DeleteReport:
    """A source's articles (or one article) → deleted through the alias, and the source's open dead
    letters closed; with ``dry_run`` only counted and listed."""
    query = delete_query(source, article_id)
    es.indices.refresh(index=settings.alias)
    response = es.search(index=settings.alias, query=query, size=20, source_includes=["title", "source.key"],
                         track_total_hits=True)
    hits = response["hits"]["hits"]
    report = DeleteReport(matched=response["hits"]["total"]["value"], titles=[h["_source"]["title"] for h in hits])
    if dry_run:
        return report
    keys = set(source_keys_for(source)) if source else set()
    targets: list[tuple[str, str]] = []  # (concrete index, id): a bulk delete cannot go through an alias
    # the node's core has no delete-by-query (it is in the reindex module): scan, then bulk-delete by id
    for hit in helpers.scan(es, index=settings.alias, query={"query": query}, _source_includes=["source.key"],
                            size=1000):
        keys.add(hit["_source"]["source"]["key"])
        targets.append((hit["_index"], hit["_id"]))
    deleted, _ = helpers.bulk(es, ({"_op_type": "delete", "_index": index, "_id": doc_id} for index, doc_id in targets),
                              raise_on_error=False, refresh=True)
    report.deleted = int(deleted)
    elastic.delete_figures(es, elastic.figures_index(settings.alias), [doc_id for _, doc_id in targets])
    store = DeadLetterStore(es, settings.dead_letter_index)
    if article_id:
        report.letters_closed = int(store.resolve_article(article_id))
    else:
        report.letters_closed = store.close_sources(sorted(keys), [source] if source else [])
    return report
