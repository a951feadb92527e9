"""Ingest: locations (files, folders, URLs) → documents in the index, failures in the dead-letter store.

The steps are plain functions, put in order once by ``run_ingest``; the CLI calls them directly
(``direct_steps``) and the Prefect flows as tasks: ``read_sources`` → ``index_batches``
(``process_sources`` + ``index_documents``) → ``record_outcome``.
A document that fails at any step becomes a dead letter; the run goes on.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping

from elasticsearch import Elasticsearch

from archive.config import ElasticSettings, ingest_suffixes
from archive.io import elastic, stories
from archive.io.deadletters import DeadLetter, DeadLetterStore
from archive.io.http import fetch_url
from archive.io.sources import iter_sources
from archive.model import Article, Source
from archive.pipeline import Pipeline, PipelineSpec
from archive.stories import STORY_FIELDS
from archive.text.errors import SourceError
from archive.workers import exit_with_parent, frozen_heap

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    """Counts for one run, and the failures with their reasons."""

    sources: int = 0
    articles: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[DeadLetter] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files a folder walk left out (not news file types)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def add(self, other: IngestReport) -> None:
        for name in ("sources", "articles", "created", "updated", "unchanged"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures += other.failures
        self.skipped += other.skipped

    def counts(self) -> dict[str, int]:
        return {"sources": self.sources, "articles": self.articles, "created": self.created,
                "updated": self.updated, "unchanged": self.unchanged, "failed": self.failed}


def is_url(location: str) -> bool:
    return location.startswith(("http://", "https://"))


class Read(NamedTuple):
    """What reading locations gave: sources, dead letters for what could not be read, and the
    files a folder walk left out (not a news file type)."""

    sources: list[Source]
    letters: list[DeadLetter]
    skipped: list[str]


def read_sources(locations: Iterable[str], allow_hosts: Iterable[str] = (),
                 suffixes: Collection[str] | None = None) -> Read:
    """Paths, folders and URLs → Sources; what cannot be read becomes a dead letter. In folders only
    the news file types are taken (``suffixes``, default ``config.ingest_suffixes()``)."""
    suffixes = ingest_suffixes() if suffixes is None else suffixes
    read = Read([], [], [])
    for location in locations:
        if is_url(location):
            try:
                result = fetch_url(location, allow_hosts=tuple(allow_hosts))
                if result.source is not None:
                    read.sources.append(result.source)
            except Exception as error:
                read.letters.append(DeadLetter.from_error(location, "url", location, "fetch", error))
            continue
        skipped: list[Path] = []
        try:
            for item in iter_sources([location], suffixes=suffixes, skipped=skipped):
                if isinstance(item, Source):
                    read.sources.append(item)
                else:  # (path, error) for a file that could not be read
                    path, problem = item
                    read.letters.append(DeadLetter.from_error(f"file:{os.path.abspath(path)}", "file", str(path),
                                                              "read", problem))
        except OSError as error:
            read.letters.append(DeadLetter.from_error(f"file:{os.path.abspath(location)}", "file", location, "read",
                                                      error))
        read.skipped.extend(str(path) for path in skipped)
    return read


@dataclass
class Processed:
    """A batch's documents to index, with counts and failures. From a pool worker the documents
    are their ``WRITER_FIELDS`` only and ``serialised`` holds the rest as JSON (``for_writer``)."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    unchanged: int = 0
    articles: int = 0
    failures: list[DeadLetter] = field(default_factory=list)
    serialised: dict[str, elastic.Serialised] = field(default_factory=dict)


# What the indexing process reads of a document: story detection (archive.io.stories: keys, text,
# script, flags, the story fields it sets) and a dead letter for a refused document (source, body).
WRITER_FIELDS = ("id", "source", "body", "body_simplified", "script", "quality_flags", "story_bands",
                 *STORY_FIELDS)


def for_writer(processed: Processed) -> Processed:
    """Processed documents → the same as their ``WRITER_FIELDS`` and the rest serialised: what a pool
    worker hands the indexing process (10k bench articles are ≈ 120 MB of small objects as dicts;
    unpickling them cost the indexing process ≈ 1 CPU s, serialising them for the bulk more)."""
    processed.serialised = {doc["id"]: elastic.serialise(doc) for doc in processed.documents}
    processed.documents = [{name: doc.get(name) for name in WRITER_FIELDS} for doc in processed.documents]
    return processed


def process_sources(pipeline: Pipeline, sources: list[Source],
                    stored: StoredLookup | None = None) -> Processed:
    """Sources → documents to index; unchanged articles (same text, same pipeline) are skipped
    before enrichment; a source or article that fails becomes a dead letter."""
    out = Processed()
    pages = [_split_source(pipeline, source) for source in sources]
    # one look-up for the whole batch, not one request per source (the node is on the same cores)
    ids = [a.id for articles in pages if isinstance(articles, list) for a in articles]
    fingerprints = stored(ids) if stored and ids else {}
    for source, articles in zip(sources, pages):
        if isinstance(articles, DeadLetter):
            out.failures.append(articles)
            continue
        out.articles += len(articles)
        fresh = [a for a in articles if not pipeline.is_current(a, fingerprints.get(a.id))]
        out.unchanged += len(articles) - len(fresh)
        _enrich_into(out, pipeline, source, fresh)
    return out


def _split_source(pipeline: Pipeline, source: Source) -> list[Article] | DeadLetter:
    """A source → its articles, or the dead letter saying why it could not be split."""
    try:
        return pipeline.split(source)
    except SourceError as error:
        return DeadLetter.from_error(source.key, source.kind, source.location, "decode", error, source.data)
    except Exception as error:  # a bug in a stage: keep the input, report, go on
        return DeadLetter.from_error(source.key, source.kind, source.location, "split", error, source.data)


def _enrich_into(out: Processed, pipeline: Pipeline, source: Source, articles: list[Article]) -> None:
    """One source's fresh articles → enriched documents (or dead letters) added to ``out``."""
    page = pipeline.enrich_all(articles)
    for failure in page.failures:
        out.failures.append(DeadLetter.from_error(source.key, source.kind, source.location, failure.stage, failure.error,
                                    failure.article.body, article_id=failure.article.id))
    for article in page.articles:
        try:
            out.documents.append(pipeline.document(article))
        except Exception as error:
            out.failures.append(DeadLetter.from_error(source.key, source.kind, source.location, "document", error,
                                        article.body, article_id=article.id))


class StoredLookup:
    """ids → (content_hash, pipeline_version) already in the index (for skipping unchanged text)."""

    def __init__(self, es: Elasticsearch, index: str):
        self.es = es
        self.index = index

    def __call__(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        return elastic.stored_fingerprints(self.es, self.index, ids)


def index_documents(es: Elasticsearch, index: str, documents: list[dict[str, Any]],
                    find_stories: bool = True,
                    session: stories.Session | None = None) -> tuple[elastic.BulkResult, list[DeadLetter]]:
    """Documents → the index; a document the node rejects becomes a dead letter with its reason.

    With ``find_stories`` each document joins the story of its copies already stored or in the
    same batch (archive.io.stories); a reprocess keeps the stored story fields instead. Batches of
    one run share a ``session`` (settled by the caller at the end); without one, the stories are
    settled right after the bulk.
    """
    own = stories.Session(es, index) if find_stories and session is None else None
    session = session or own
    now = stories.assign(session, documents) if find_stories and session is not None and documents else documents
    result, letters = write_documents(es, index, now)
    if own is not None:  # no refresh: the batch is read from memory
        settled = own.settle({doc["id"]: doc for doc in now})
        stories.send_updates(es, index, settled.updates)
        waiting, waiting_letters = write_documents(es, index, settled.waiting)
        result.add(waiting)
        letters += waiting_letters
    return result, letters


class WrittenFigures:
    """The figure documents' JSON of what a story session's batches wrote (from pool workers, less
    the article's JSON: about 2 KB an article) and the story fields they were written with, so that
    a settle writes again whole the figure documents of an older member whose story changed, instead
    of finding and updating each one (``stories.send_updates``)."""

    def __init__(self) -> None:
        self.held: dict[str, tuple[elastic.Serialised, dict[str, Any]]] = {}

    def add(self, documents: list[dict[str, Any]], serialised: Mapping[str, elastic.Serialised]) -> None:
        """Documents about to be written (story fields set) and their JSON (by id) → held."""
        for doc in documents:
            if (body := serialised.get(doc["id"])) is not None:
                self.held[doc["id"]] = (body.figures_only(), {name: doc.get(name) for name in elastic.FIGURE_STORY_FIELDS})

    def rewrite(self, article_id: str, changed: dict[str, Any]) -> list[tuple[str, bytes]] | None:
        """An article and its changed story fields → its figure documents as they are now (None when not held)."""
        found = self.held.get(article_id)
        return None if found is None else found[0].figures_with_story({**found[1], **changed})


def settle_stories(es: Elasticsearch, index: str, session: stories.Session,
                   serialised: Mapping[str, elastic.Serialised] | None = None,
                   written: WrittenFigures | None = None) -> tuple[elastic.BulkResult, list[DeadLetter]]:
    """A story session → settled (its stories made right in the index) and the copies it held back
    written with their stories' fields (``serialised``: those made JSON already, by id; ``written``:
    the figure JSON of what the session's batches wrote); call it once what the session's batches
    wrote has landed. The node writes the copies while it updates the older members (at the end of
    a run it has nothing else to do)."""
    settled = session.settle()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="settle") as writer:
        copies = writer.submit(write_documents, es, index, settled.waiting, serialised)
        stories.send_updates(es, index, settled.updates, written.rewrite if written else None)
        return copies.result()


def write_documents(es: Elasticsearch, index: str, documents: list[dict[str, Any]],
                    serialised: Mapping[str, elastic.Serialised] | None = None) -> tuple[elastic.BulkResult, list[DeadLetter]]:
    """Documents (story fields set; ``serialised``: those made JSON already, by id) → the index;
    a document the node rejects becomes a dead letter with its reason."""
    if not documents:
        return elastic.BulkResult(), []
    result = elastic.BulkIndexer(es, index).index_documents(documents, serialised)
    by_id = {doc["id"]: doc for doc in documents}
    letters = []
    for failure in result.failed:
        doc = by_id.get(failure["id"], {})
        source = doc.get("source") or {}
        letters.append(DeadLetter(source_key=source.get("key", ""), source_kind=source.get("kind", ""),
                                  location=source.get("location", ""), stage="index",
                                  error_type=f"http_{failure['status']}", reason=failure["reason"],
                                  input=doc.get("body"), article_id=failure["id"]))
    return result, letters


def record_failures(store: DeadLetterStore, letters: list[DeadLetter]) -> None:
    for letter in letters:
        store.put(letter)


def resolve_succeeded(store: DeadLetterStore, sources: list[Source]) -> None:
    """A source that now went through has its dead letter (if any) marked resolved."""
    store.resolve_all([source.key for source in sources])


def record_outcome(es: Elasticsearch, settings: ElasticSettings, report: IngestReport, sources: list[Source]) -> None:
    """A run's outcome made durable, always in this order: the index refreshed (documents
    searchable), the failures recorded, then the dead letters of the sources that went through resolved."""
    elastic.refresh(es, settings.alias)  # the articles and their figure documents
    store = DeadLetterStore(es, settings.dead_letter_index)
    record_failures(store, report.failures)
    failed_keys = {letter.source_key for letter in report.failures}
    resolve_succeeded(store, [s for s in sources if s.key not in failed_keys])


def processed_batches(pipeline: Pipeline, batches: list[list[Source]], lookup: StoredLookup,
                      settings: ElasticSettings, workers: int = 1) -> Iterator[tuple[list[Source], Processed]]:
    """Batches of sources → (batch, Processed) in order; with workers > 1, in a process pool
    (jieba is CPU-bound Python: threads would not use a second core)."""
    if workers <= 1:
        for batch in batches:
            yield batch, process_sources(pipeline, batch, lookup)
        return
    remaining = iter(batches)
    spec = worker_spec(pipeline)  # forked workers find it built already (and warm: ``warm_workers_pipeline``)
    with ProcessPoolExecutor(max_workers=workers, initializer=exit_with_parent, initargs=(os.getpid(),)) as pool:
        # a bounded window: the pool stays busy while this process indexes, memory stays flat
        pending = deque((batch, pool.submit(_process_in_worker, batch, settings, spec))
                        for batch in islice(remaining, workers * 2))
        while pending:
            batch, future = pending.popleft()
            processed = future.result()
            following = next(remaining, None)
            if following is not None:
                pending.append((following, pool.submit(_process_in_worker, following, settings, spec)))
            yield batch, processed


def worker_spec(pipeline: Pipeline) -> PipelineSpec:
    """The spec pool workers build their pipeline from: ``pipeline``'s own, else the settings'."""
    return pipeline.spec or PipelineSpec.from_env()


def warm_workers_pipeline(pipeline: Pipeline) -> None:
    """The pipeline pool workers will use, built and warmed up here (``Pipeline.warm_up``), before the
    heap is frozen and the pool forks: each worker starts with the parts the stages build on first
    use (≈ 0.35 CPU s a worker otherwise). A failure is left to the workers to meet and report."""
    try:
        worker_spec(pipeline).build().warm_up()
    except Exception:
        log.warning("the pipeline could not be warmed up before forking workers", exc_info=True)


@lru_cache(maxsize=4)
def _worker_lookup(settings: ElasticSettings) -> StoredLookup:
    return StoredLookup(elastic.connect(settings), settings.alias)


def _process_in_worker(batch: list[Source], settings: ElasticSettings, spec: PipelineSpec) -> Processed:
    """One batch in a pool worker, with the pipeline built from its spec and a client (each once per worker)."""
    return for_writer(process_sources(spec.build(), batch, _worker_lookup(settings)))


WRITES_IN_FLIGHT = 1  # batches the writer thread holds while this process prepares the next


def index_batches(sources: list[Source], *, pipeline: Pipeline, es: Elasticsearch, settings: ElasticSettings,
                  batch_size: int = 200, workers: int = 1,
                  on_batch: Callable[[], None] | None = None) -> IngestReport:
    """Sources → documents in the index, batch by batch → the counts and failures (nothing recorded yet).

    With ``workers`` > 1 the CPU stages run in a process pool (each worker builds the pipeline
    from ``pipeline.spec``, or the settings' spec for a pipeline built otherwise) while this process indexes.
    A batch's bulk runs in a writer thread while this process assigns the next batch's stories.
    ``on_batch`` is called after each batch is indexed (progress reporting).
    """
    report = IngestReport()
    batches = [sources[start:start + batch_size] for start in range(0, len(sources), batch_size)]
    session = stories.Session(es, settings.alias)  # the run's stories, settled once at its end
    writing: deque[tuple[Processed, Future[tuple[elastic.BulkResult, list[DeadLetter]]]]] = deque()

    def written() -> None:
        """The oldest batch in flight → written (or its error raised here), counted."""
        processed, future = writing.popleft()
        result, index_letters = future.result()
        report.add(IngestReport(articles=processed.articles, created=result.created, updated=result.updated,
                                unchanged=processed.unchanged, failures=processed.failures + index_letters))
        if on_batch:
            on_batch()

    waiting: dict[str, elastic.Serialised] = {}  # the waiting copies' JSON (documents from pool workers)
    figures = WrittenFigures()  # the figure JSON of what the session's batches wrote

    def settled() -> None:
        """Every batch in flight written, then the session settled and its waiting copies written, counted."""
        while writing:
            written()
        result, letters = settle_stories(es, settings.alias, session, waiting, figures)
        waiting.clear()
        figures.held.clear()
        report.add(IngestReport(created=result.created, updated=result.updated, failures=letters))

    if workers > 1:
        warm_workers_pipeline(pipeline)
    # The pipeline (and a flow's Prefect heap) is walked by no collection here or in the workers.
    # One writer thread: while the node indexes a batch, this process finds the next one's stories
    # (the node and this process each held the other up before: their CPU added up on the critical path).
    with frozen_heap(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="bulk") as writer:
        for _, processed in processed_batches(pipeline, batches, StoredLookup(es, settings.alias), settings, workers):
            if session.full:  # settle what it knows and start afresh: the index knows it all
                settled()
            now = stories.assign(session, processed.documents) if processed.documents else []
            if processed.serialised:  # the copies that wait for the settle keep their JSON till then
                writing_now = {doc["id"] for doc in now}
                waiting.update((doc_id, body) for doc_id, body in processed.serialised.items() if doc_id not in writing_now)
                figures.add(now, processed.serialised)
            writing.append((processed, writer.submit(write_documents, es, settings.alias, now, processed.serialised)))
            while len(writing) > WRITES_IN_FLIGHT:
                written()
        settled()
    return report


@dataclass(frozen=True)
class IngestSteps:
    """How each step of an ingest runs: called directly (the CLI, ``direct_steps``) or as a
    Prefect task (flows/ingest.py). ``run_ingest`` is the one place the steps are put in order."""

    prepare: Callable[[], object]
    read: Callable[[list[str]], Read]
    index: Callable[[list[Source]], IngestReport]
    record: Callable[[IngestReport, list[Source]], None]


# Locations per read step: reading files is quick, and each task run costs the Prefect server CPU.
READ_CHUNK = 200


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Items → lists of at most ``size`` (the batches a flow hands to one task)."""
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_ingest(locations: Iterable[str], steps: IngestSteps, read_chunk: int = READ_CHUNK) -> IngestReport:
    """Locations → report: prepare the archive → read → process and index → record the outcome
    (failures, resolved dead letters, refresh). The CLI and the flows both run exactly this."""
    steps.prepare()
    report = IngestReport()
    sources: list[Source] = []
    for chunk in chunked(locations, read_chunk):
        chunk_sources, letters, skipped = steps.read(chunk)
        report.add(IngestReport(sources=len(chunk_sources) + len(letters), failures=letters, skipped=skipped))
        sources += chunk_sources
    report.add(steps.index(sources))
    steps.record(report, sources)
    return report


def prepare_archive(es: Elasticsearch, settings: ElasticSettings, pipeline: Pipeline,
                    allow_vocabulary_change: bool = False) -> str:
    """Template, alias and dead-letter index in place, and this pipeline's vocabulary the one the
    alias's index was built with (archive.versions.check_vocabulary), and its mapping the one this
    process writes (check_mapping) → the index the alias points at."""
    from archive.versions import check_mapping, check_vocabulary, vocabulary_of

    index = elastic.ensure_archive(es, settings)
    check_mapping(es, settings, index)
    check_vocabulary(es, settings, *vocabulary_of(pipeline), allow_change=allow_vocabulary_change)
    return index


def dated(read: Read, published: str | None) -> Read:
    """Sources read → the same, carrying the operator's date for their pages (when given)."""
    for source in read.sources:
        source.published = published or source.published
    return read


def direct_steps(*, pipeline: Pipeline, es: Elasticsearch, settings: ElasticSettings,
                 allow_hosts: Iterable[str] = (), batch_size: int = 200, workers: int = 1,
                 allow_vocabulary_change: bool = False, published: str | None = None) -> IngestSteps:
    """The ingest steps as plain calls in this process (the CLI, and a retry inside one task)."""
    return IngestSteps(
        prepare=lambda: prepare_archive(es, settings, pipeline, allow_vocabulary_change),
        read=lambda chunk: dated(read_sources(chunk, tuple(allow_hosts)), published),
        index=lambda sources: index_batches(sources, pipeline=pipeline, es=es, settings=settings,
                                            batch_size=batch_size, workers=workers),
        record=lambda report, sources: record_outcome(es, settings, report, sources),
    )


def ingest(locations: Iterable[str], *, pipeline: Pipeline, es: Elasticsearch,
           settings: ElasticSettings, allow_hosts: Iterable[str] = (), batch_size: int = 200,
           workers: int = 1, allow_vocabulary_change: bool = False, published: str | None = None) -> IngestReport:
    """Locations → indexed documents, failures recorded (the CLI path of ``run_ingest``).

    ``published``: the date the operator knows for these pages (used where none is printed).
    """
    return run_ingest(locations, direct_steps(pipeline=pipeline, es=es, settings=settings, allow_hosts=allow_hosts,
                                              batch_size=batch_size, workers=workers,
                                              allow_vocabulary_change=allow_vocabulary_change, published=published))
