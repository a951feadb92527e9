"""Elasticsearch adapter: connect, set up the versioned index behind its alias, bulk-index,
search and aggregate. The app reads and writes only the alias (``news``); a mapping change
makes ``news-vN+1``, fills it, and moves the alias in one atomic call.
"""

from __future__ import annotations

import copy
import json
import logging
import re
import time
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any
from collections.abc import Iterable, Iterator, Mapping, Sequence

import orjson
from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout, TlsError, Transport, TransportApiResponse
from elasticsearch import ApiError, Elasticsearch, TransportError, helpers
from elasticsearch.serializer import NdjsonSerializer, OrjsonSerializer

from archive.config import ElasticSettings
from archive.document import FIGURE_ARTICLE_FIELDS, figure_parts
from archive.stories import STORY_FIELDS

# The repository's mappings/ folder, installed as the package archive.mappings (setup.py).
MAPPINGS = "archive.mappings"


class ElasticError(RuntimeError):
    """Elasticsearch refused or could not be reached; the message says what to check."""


log = logging.getLogger(__name__)

# Statuses that say "not now" rather than "no": overload and a node or shard that is (re)starting.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
BACKOFF_FIRST, BACKOFF_MAX = 0.5, 10.0


def backoff_delays() -> Iterator[float]:
    """0.5, 1, 2, 4, 8, 10, 10 … seconds: the waits between attempts."""
    delay = BACKOFF_FIRST
    while True:
        yield delay
        delay = min(delay * 2, BACKOFF_MAX)


class RetryingTransport(Transport):
    """A transport that rides out a restart: a request that meets connection loss, 429 or 5xx
    is sent again with bounded backoff until ``retry_seconds`` have passed, then the last error
    (or response) goes to the caller as usual. Every write the archive makes is an index by id
    or an idempotent setup call, so sending one again is safe. TLS errors are not retried."""

    retry_seconds: float = 0.0
    sleep = staticmethod(time.sleep)

    def perform_request(self, method: str, target: str, **kwargs: Any) -> TransportApiResponse:
        deadline = time.monotonic() + self.retry_seconds
        started, waited = time.monotonic(), False
        for delay in backoff_delays():
            try:
                response = super().perform_request(method, target, **kwargs)
            except (TransportConnectionError, ConnectionTimeout) as error:
                if isinstance(error, TlsError) or not self._wait(deadline, delay, f"unreachable ({type(error).__name__})", waited):
                    raise
            else:
                if response.meta.status not in RETRY_STATUSES or not self._wait(
                        deadline, delay, f"answered {response.meta.status}", waited):
                    if waited and response.meta.status not in RETRY_STATUSES:
                        log.warning("Elasticsearch answers again after %.0f s", time.monotonic() - started)
                    return response
            waited = True
        raise AssertionError("unreachable")  # backoff_delays() never ends

    def _wait(self, deadline: float, delay: float, reason: str, waited: bool) -> bool:
        """Sleep before the next attempt; False when the retry window is used up."""
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        if not waited:
            log.warning("Elasticsearch %s; retrying for up to %.0f s (ARCHIVE_ES_RETRY_SECONDS)", reason, left)
        self.sleep(min(delay, left))
        return True


def connect(settings: ElasticSettings | None = None, *, retry_seconds: float | None = None,
            **options: Any) -> Elasticsearch:
    """Settings → a client with credentials from the environment (never logged) that retries
    connection loss, 429 and 5xx for ``settings.retry_seconds`` (``retry_seconds`` overrides it;
    ``max_retries=0`` asks for no retry at all)."""
    settings = settings or ElasticSettings.from_env()
    # orjson: the bulk body of 3,000 bench documents serialises in 0.13 s instead of 0.42 s
    kwargs: dict[str, Any] = {"request_timeout": 30, "retry_on_timeout": True, "max_retries": 3,
                              "transport_class": RetryingTransport,
                              "serializers": {OrjsonSerializer.mimetype: OrjsonSerializer(),
                                              NdjsonSerializer.mimetype: NdjsonBytesSerializer()}}
    if settings.api_key:
        kwargs["api_key"] = settings.api_key
    elif settings.username:
        kwargs["basic_auth"] = (settings.username, settings.password or "")
    if settings.ca_certs:
        kwargs["ca_certs"] = settings.ca_certs
    kwargs.update(options)
    es = Elasticsearch([url.strip() for url in settings.url.split(",")], **kwargs)  # a cluster: url,url,…
    if isinstance(es.transport, RetryingTransport):
        window = settings.retry_seconds if retry_seconds is None else retry_seconds
        es.transport.retry_seconds = 0.0 if kwargs["max_retries"] == 0 else window
    return es


def retry_window(es: Elasticsearch) -> float:
    """How long this client keeps retrying a failing request (0 for a plain client)."""
    return getattr(es.transport, "retry_seconds", 0.0)


def explain(exc: Exception, settings: ElasticSettings) -> ElasticError:
    """Turn a client exception into a message an operator can act on."""
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "meta", None), "status", None)
    if status == 401:
        return ElasticError(f"Elasticsearch at {settings.url} rejected the credentials (401): check "
                            "ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME/ELASTICSEARCH_PASSWORD")
    if status == 403:
        return ElasticError(f"Elasticsearch at {settings.url}: the user lacks privileges (403): {exc}")
    if isinstance(exc, TransportError) and not isinstance(exc, ApiError):
        return ElasticError(f"cannot reach Elasticsearch at {settings.url} ({type(exc).__name__}); "
                            "start the local node with `archive es start` or set ELASTICSEARCH_URL")
    return ElasticError(f"Elasticsearch at {settings.url}: {exc}")


# -- index layout ---------------------------------------------------------------------


def load_mapping_file(name: str) -> dict[str, Any]:
    """A JSON file from mappings/ without its ``_comment``."""
    data = json.loads((files(MAPPINGS) / name).read_text(encoding="utf-8"))
    data.pop("_comment", None)
    return data


def article_template(alias: str, shards: int | None = None, replicas: int | None = None) -> dict[str, Any]:
    """The index template for ``<alias>-v*`` (the alias may carry a test prefix), with the
    settings' shard and replica counts (None keeps the file's single-node ones)."""
    template = with_layout(load_mapping_file("news-template.json"), shards, replicas)
    template["index_patterns"] = [f"{alias}-v*"]
    template["_meta"] = dict(template.get("_meta", {}), alias=alias)
    return template


def with_layout(template: dict[str, Any], shards: int | None, replicas: int | None) -> dict[str, Any]:
    """An index template with the given shard and replica counts (None keeps the file's)."""
    layout = template["template"].setdefault("settings", {})
    if shards is not None:
        layout["number_of_shards"] = shards
    if replicas is not None:
        layout["number_of_replicas"] = replicas
    return template


def figures_template(alias: str, shards: int | None = None, replicas: int | None = None) -> dict[str, Any]:
    """The index template for the figure indices paired with ``<alias>-v*``."""
    figures = figures_index(alias)
    template = with_layout(load_mapping_file("figures-template.json"), shards, replicas)
    template["index_patterns"] = [f"{figures}-v*"]
    template["_meta"] = dict(template.get("_meta", {}), alias=figures)
    return template


def figures_index(name: str) -> str:
    """An article index or alias → its paired figures index or alias (news-v3 → news-figures-v3,
    news → news-figures): one figure document per summable figure, versioned with the articles."""
    match = re.search(r"-v(\d+)$", name)
    return f"{name[: match.start()]}-figures-v{match.group(1)}" if match else f"{name}-figures"


def put_templates(es: Elasticsearch, settings: ElasticSettings) -> None:
    """Save the article and figure index templates with the settings' shards and replicas
    (every deploy; they only apply to new indices)."""
    alias, shards, replicas = settings.alias, settings.shards, settings.replicas
    es.indices.put_index_template(name=f"{alias}-articles", **article_template(alias, shards, replicas))
    es.indices.put_index_template(name=f"{alias}-figures", **figures_template(alias, shards, replicas))


def delete_templates(es: Elasticsearch, alias: str) -> None:
    """Remove the article and figure index templates ``put_templates`` saves for ``alias`` (a test's or a
    bench's scratch archive; a missing one is no error)."""
    for name in (f"{alias}-articles", f"{alias}-figures"):
        es.options(ignore_status=404).indices.delete_index_template(name=name)


def article_mapping() -> dict[str, Any]:
    """The article mapping, as the template defines it."""
    return copy.deepcopy(load_mapping_file("news-template.json")["template"]["mappings"])


def index_name(alias: str, version: int) -> str:
    return f"{alias}-v{version}"


def alias_target(es: Elasticsearch, alias: str) -> str | None:
    """The concrete index the alias points at (None when the alias does not exist)."""
    if not es.indices.exists_alias(name=alias):
        return None
    return next(iter(es.indices.get_alias(name=alias)))


def index_version(name: str) -> int:
    match = re.search(r"-v(\d+)$", name)
    return int(match.group(1)) if match else 0


def ensure_archive(es: Elasticsearch, settings: ElasticSettings) -> str:
    """Save the templates, create ``<alias>-v1`` + alias, its figures index + alias and the
    dead-letter index if missing.

    Returns the index the alias points at. Safe to call on every run.
    """
    alias = settings.alias
    put_templates(es, settings)
    target = alias_target(es, alias)
    if target is None:
        target = index_name(alias, 1)
        if not es.indices.exists(index=target):
            es.indices.create(index=target)
        es.indices.put_alias(index=target, name=alias)
    if alias_target(es, figures_index(alias)) is None:  # also an archive made before figure indices
        if not es.indices.exists(index=figures_index(target)):
            es.indices.create(index=figures_index(target))
        es.indices.put_alias(index=figures_index(target), name=figures_index(alias))
    if not es.indices.exists(index=settings.dead_letter_index):
        body = load_mapping_file("dead-letters.json")
        body.setdefault("settings", {})["number_of_replicas"] = settings.replicas  # one shard: it stays small
        es.indices.create(index=settings.dead_letter_index, **body)
    return target


def create_next_index(es: Elasticsearch, settings: ElasticSettings) -> str:
    """Create the next versioned index from the current template; the alias stays put."""
    alias = settings.alias
    put_templates(es, settings)
    existing = es.indices.get(index=f"{alias}-v*", allow_no_indices=True, expand_wildcards="all")
    version = max((index_version(name) for name in existing), default=0) + 1
    name = index_name(alias, version)
    es.indices.create(index=name)
    es.indices.create(index=figures_index(name))
    return name


def swap_alias(es: Elasticsearch, alias: str, new_index: str) -> str | None:
    """Point the alias (and its figures alias) at ``new_index`` (and its figures index) in one
    atomic call; return the index it left."""
    old = alias_target(es, alias)
    old_figures = alias_target(es, figures_index(alias))
    actions: list[dict[str, Any]] = [{"add": {"index": new_index, "alias": alias}}]
    if es.indices.exists(index=figures_index(new_index)):
        actions.append({"add": {"index": figures_index(new_index), "alias": figures_index(alias)}})
        if old_figures and old_figures != figures_index(new_index):
            actions.insert(0, {"remove": {"index": old_figures, "alias": figures_index(alias)}})
    if old and old != new_index:
        actions.insert(0, {"remove": {"index": old, "alias": alias}})
    es.indices.update_aliases(actions=actions)
    return old


def refresh(es: Elasticsearch, alias: str) -> None:
    """Make what was written searchable: the articles behind the alias and their figures."""
    es.indices.refresh(index=f"{alias},{figures_index(alias)}", ignore_unavailable=True)


def delete_index_pair(es: Elasticsearch, index: str) -> None:
    """An article index and its figures index → deleted (missing ones are fine)."""
    es.indices.delete(index=f"{index},{figures_index(index)}", ignore_unavailable=True)


# -- writing --------------------------------------------------------------------------


@dataclass
class BulkResult:
    """What one bulk run did, per item outcome."""

    created: int = 0
    updated: int = 0
    failed: list[dict[str, Any]] = field(default_factory=list)  # {"id", "status", "reason"}

    @property
    def indexed(self) -> int:
        return self.created + self.updated

    def add(self, other: BulkResult) -> None:
        self.created += other.created
        self.updated += other.updated
        self.failed += other.failed


Writable = dict[str, Any] | tuple[str, bytes]  # a document to write, or its id and its JSON


class BulkIndexer:
    """Index documents by their ``id`` in bulk requests of ready JSON: 429s are retried with backoff,
    items refused with 5xx (a shard not yet recovered after a restart) are sent again for the
    client's retry window, other per-item failures are collected (never raised), so one bad
    document cannot sink a run."""

    def __init__(self, es: Elasticsearch, index: str, chunk_size: int = 500, max_retries: int = 8,
                 refresh: bool = False):
        self.es = es
        self.index = index
        self.chunk_size = chunk_size
        self.max_retries = max_retries
        self.refresh = refresh
        self._has_figures: bool | None = None  # does the paired figures index exist (asked once)

    def index_documents(self, documents: Iterable[dict[str, Any]],
                        serialised: Mapping[str, Serialised] | None = None) -> BulkResult:
        """Documents in → counts of created/updated and the failures with the node's reason.

        ``serialised``: documents already serialised (by id: ``serialise``, in a pool worker); the
        dict of such a document need only hold its id and its story fields (and what a dead letter reads).
        """
        written = list(documents)
        bodies: dict[str, tuple[bytes, list[tuple[str, bytes]]]] = {}
        if serialised:
            bodies = {doc["id"]: serialised[doc["id"]].with_story(doc) for doc in written if doc["id"] in serialised}
        pending: list[Writable] = [(doc["id"], bodies[doc["id"]][0]) if doc["id"] in bodies else doc for doc in written]
        result = BulkResult()
        deadline = time.monotonic() + retry_window(self.es)
        for delay in backoff_delays():
            attempt = self.write(pending)
            again = {f["id"] for f in attempt.failed if f["status"] in RETRY_STATUSES}
            if not again or time.monotonic() + delay > deadline:
                result.add(attempt)
                break
            result.add(BulkResult(attempt.created, attempt.updated, [f for f in attempt.failed if f["id"] not in again]))
            pending = [doc for doc in pending if _id(doc) in again]
            log.warning("Elasticsearch refused %d documents for now (5xx); sending them again", len(pending))
            time.sleep(delay)
        self._index_figures(written, result, bodies)
        if self.refresh:
            self.es.indices.refresh(index=self.index)
        return result

    def _index_figures(self, documents: list[dict[str, Any]], result: BulkResult,
                       bodies: Mapping[str, tuple[bytes, list[tuple[str, bytes]]]]) -> None:
        """The figure documents of the articles just written → the paired figures index (when the
        archive has one); an article written again loses the figure documents it no longer has.
        A refused figure document fails its article, so nothing half-counted goes unnoticed."""
        figures = figures_index(self.index)
        if self._has_figures is None:
            self._has_figures = bool(self.es.indices.exists(index=figures))
        if not self._has_figures:
            return
        refused = {f["id"] for f in result.failed}
        written = [doc for doc in documents if doc["id"] not in refused]
        docs = [figure for doc in written
                for figure in (bodies[doc["id"]][1] if doc["id"] in bodies else figure_sources(doc))]
        if docs:
            outcome = BulkIndexer(self.es, figures, self.chunk_size, self.max_retries).write(docs)
            for failure in outcome.failed:
                article = failure["id"].rsplit("-f", 1)[0]
                result.failed.append({**failure, "id": article, "reason": f"figure document: {failure['reason']}"})
        if result.updated:  # articles written before may have had more figures than now
            delete_figures(self.es, figures, [doc["id"] for doc in written], keep=[figure_id for figure_id, _ in docs])
        if self.refresh:
            self.es.indices.refresh(index=figures)

    def write(self, documents: Sequence[Writable]) -> BulkResult:
        """Documents → the index in chunks of ``chunk_size``, each one bulk request whose body is the
        documents' JSON as it is (no action dicts, no re-serialising) and whose answer holds only each
        item's status and outcome (``BULK_ANSWER``). Items refused with 429 are sent again with backoff
        (1, 2, 4 … 30 s, up to ``max_retries`` times); other refusals are collected."""
        result = BulkResult()
        dumps = self.es.transport.serializers.get_serializer("application/json").dumps
        lines = [(doc_id, _action_line(doc_id), body if isinstance(body, bytes) else dumps(body))
                 for doc_id, body in map(_writable, documents)]
        for start in range(0, len(lines), self.chunk_size):
            self._send(lines[start:start + self.chunk_size], result)
        return result

    def _send(self, chunk: list[tuple[str, bytes, bytes]], result: BulkResult) -> None:
        """One chunk of (id, action line, JSON) → one bulk request, its 429s sent again; outcomes into ``result``."""
        for attempt in range(self.max_retries + 1):
            if attempt:
                time.sleep(min(BULK_BACKOFF_MAX, BULK_BACKOFF_FIRST * 2 ** (attempt - 1)))
            last = attempt == self.max_retries
            try:
                body: Any = _ndjson(chunk)  # ready-made bytes: NdjsonBytesSerializer sends them as they are
                answer = self.es.bulk(index=self.index, operations=body, filter_path=BULK_ANSWER).body
            except ApiError as error:  # the whole request refused: every item shares its status
                if error.meta.status == 429 and not last:
                    continue
                raise
            again = []
            for (doc_id, action, body), item in zip(chunk, answer.get("items", ()), strict=True):
                outcome = item.get("index", {})
                status = outcome.get("status", 0)
                if status < 300:
                    if outcome.get("result") == "created":
                        result.created += 1
                    else:
                        result.updated += 1
                elif status == 429 and not last:
                    again.append((doc_id, action, body))
                else:
                    refusal = outcome.get("error", {})
                    reason = refusal.get("reason") if isinstance(refusal, dict) else str(refusal)
                    caused = refusal.get("caused_by", {}).get("reason") if isinstance(refusal, dict) else None
                    result.failed.append({"id": doc_id, "status": status,
                                          "reason": f"{reason}{f' ({caused})' if caused else ''}"})
            if not again:
                return
            chunk = again


# What a bulk answer keeps of each item (the node leaves out its index, id, version, shards and
# sequence numbers): the items come back in the order they were sent, so the id is known already.
BULK_ANSWER = "errors,items.*.status,items.*.result,items.*.error"
BULK_BACKOFF_FIRST, BULK_BACKOFF_MAX = 1.0, 30.0  # the waits before a refused (429) item is sent again


def _ndjson(chunk: list[tuple[str, bytes, bytes]]) -> bytes:
    """(id, action line, JSON) → the bulk body, joined in one copy."""
    parts: list[bytes] = []
    for _, action, body in chunk:
        parts += (action, body, b"\n")
    return b"".join(parts)


class NdjsonBytesSerializer(NdjsonSerializer):
    """The bulk body as it is when it is ready-made bytes (the stock serializer copies it twice)."""

    def dumps(self, data: Any) -> bytes:
        return data if isinstance(data, bytes) and data.endswith(b"\n") else super().dumps(data)


def _writable(document: Writable) -> tuple[str, dict[str, Any] | bytes]:
    return (document["id"], document) if isinstance(document, dict) else document


def _action_line(doc_id: str) -> bytes:
    """An id → the bulk action line that indexes the next line under it."""
    return b'{"index":{"_id":' + orjson.dumps(doc_id) + b"}}\n"


# What a document's story makes of it (archive.stories.STORY_FIELDS, set by archive.io.stories.assign
# in the indexing process); the rest of it can be serialised before (in a pool worker).
FIGURE_STORY_FIELDS = tuple(name for name in STORY_FIELDS if name in FIGURE_ARTICLE_FIELDS)  # those a figure document carries


@dataclass(frozen=True)
class Serialised:
    """A document as JSON, all but its story fields: made where the document is built (a pool worker),
    so the indexing process neither unpickles nor serialises the whole document; ``with_story`` adds
    the story fields once they are known. ``article``: the stored document, less its story fields;
    ``figures``: each figure document's id and its own members (an object left open); ``shared``: the
    members of the article's part every figure document carries (archive.document.figure_parts), less
    its story fields."""

    article: bytes
    figures: tuple[tuple[str, bytes], ...]
    shared: bytes

    def with_story(self, document: dict[str, Any]) -> tuple[bytes, list[tuple[str, bytes]]]:
        """The story fields as ``document`` holds them → (the article's JSON, (id, JSON) of each figure document)."""
        return self.article[:-1] + b"," + _members(document, STORY_FIELDS) + b"}", self.figures_with_story(document)

    def figures_with_story(self, document: dict[str, Any]) -> list[tuple[str, bytes]]:
        """The story fields as ``document`` holds them → (id, JSON) of each figure document."""
        if not self.figures:
            return []
        shared = b"," + self.shared + b"," + _members(document, FIGURE_STORY_FIELDS) + b"}"
        return [(figure_id, own + shared) for figure_id, own in self.figures]

    def figures_only(self) -> Serialised:
        """The same without the article's JSON (what a story settle may write again: a tenth of the size)."""
        return Serialised(b"", self.figures, self.shared)


def _members(document: dict[str, Any], names: tuple[str, ...]) -> bytes:
    """These fields of a document as JSON object members (``"a":1,"b":2``)."""
    return orjson.dumps({name: document.get(name) for name in names}, option=orjson.OPT_SERIALIZE_NUMPY)[1:-1]


def serialise(document: dict[str, Any]) -> Serialised:
    """A built document (its story not yet known) → its JSON parts (``Serialised``)."""
    article, figures = figure_parts(document)
    rest = orjson.dumps({name: value for name, value in document.items() if name not in STORY_FIELDS},
                        option=orjson.OPT_SERIALIZE_NUMPY)
    shared = orjson.dumps({name: value for name, value in article.items() if name not in FIGURE_STORY_FIELDS},
                          option=orjson.OPT_SERIALIZE_NUMPY)[1:-1]
    return Serialised(rest, tuple((figure["id"], orjson.dumps(figure, option=orjson.OPT_SERIALIZE_NUMPY)[:-1])
                                  for figure in figures), shared)


def _id(document: Writable) -> str:
    return document["id"] if isinstance(document, dict) else document[0]


def figure_sources(document: dict[str, Any]) -> list[tuple[str, bytes]]:
    """An article document → (id, JSON body) of each of its figure documents
    (archive.document.figure_documents, serialised): the article's part is serialised once and
    shared by its figures (bench, the 52k figure documents of 10k articles built and chunked for
    the bulk: 0.9 → 0.5 CPU s)."""
    article, figures = figure_parts(document)
    if not figures:
        return []
    shared = b"," + orjson.dumps(article, option=orjson.OPT_SERIALIZE_NUMPY)[1:]  # its members and the closing brace
    return [(figure["id"], orjson.dumps(figure, option=orjson.OPT_SERIALIZE_NUMPY)[:-1] + shared) for figure in figures]


def delete_figures(es: Elasticsearch, figures: str, article_ids: list[str], keep: Sequence[str] = ()) -> int:
    """The figure documents of these articles (but those in ``keep``) → deleted; returns how many.
    The node's core has no delete-by-query (it is in the reindex module): scan, then bulk-delete by id.
    ``keep`` is left out here, not in the query: an ``ids`` query takes at most 10,000 (a settle's
    copies re-ingested carry more figures than that)."""
    if not article_ids:
        return 0
    kept = set(keep)
    es.indices.refresh(index=figures)
    stale = [{"_op_type": "delete", "_index": hit["_index"], "_id": hit["_id"]}
             for start in range(0, len(article_ids), MAX_IDS)
             for hit in helpers.scan(es, index=figures, query={"query": {"terms": {"article_id": article_ids[start:start + MAX_IDS]}}},
                                     _source=False, size=1000)
             if hit["_id"] not in kept]
    if stale:
        helpers.bulk(es, stale, raise_on_error=False)
    return len(stale)


MAX_IDS = 10_000  # article ids per terms query (index.max_terms_count is 65,536)


def stored_fingerprints(es: Elasticsearch, index: str, ids: list[str]) -> dict[str, tuple[str, str]]:
    """ids → (content_hash, pipeline_version) of documents already in the index."""
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(ids), 1000):
        chunk = ids[start:start + 1000]
        if not chunk:
            continue
        response = es.mget(index=index, ids=chunk, source_includes=["content_hash", "pipeline_version"])
        for doc in response["docs"]:
            if doc.get("found"):
                src = doc["_source"]
                found[doc["_id"]] = (src.get("content_hash", ""), src.get("pipeline_version", ""))
    return found


def scan_documents(es: Elasticsearch, index: str, query: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """Every stored document (``_source``) matching the query, in index order."""
    for hit in helpers.scan(es, index=index, query={"query": query or {"match_all": {}}}, size=500):
        yield hit["_source"]


def count(es: Elasticsearch, index: str, query: dict[str, Any] | None = None) -> int:
    es.indices.refresh(index=index)
    return es.count(index=index, query=query or {"match_all": {}})["count"]


# -- reading --------------------------------------------------------------------------


def search_articles(es: Elasticsearch, alias: str, body: dict[str, Any]) -> tuple[int, list[dict[str, Any]]]:
    """A search body (archive.query.search_body) → (total hits, hit sources)."""
    response = es.search(index=alias, **body)
    return response["hits"]["total"]["value"], [hit["_source"] for hit in response["hits"]["hits"]]


def search_stories(es: Elasticsearch, alias: str, body: dict[str, Any]) -> dict[str, Any]:
    """A collapsed search body (archive.query.search_body(stories=True)) → {total, stories, hits with copies}."""
    response = es.search(index=alias, **body)
    hits = []
    for hit in response["hits"]["hits"]:
        copies = hit.get("inner_hits", {}).get("copies", {}).get("hits", {}).get("hits", [])
        hits.append(dict(hit["_source"], copies=[copy["_source"] for copy in copies]))
    return {"total": response["hits"]["total"]["value"], "stories": response["aggregations"]["stories"]["value"],
            "hits": hits}


def facet_stats(es: Elasticsearch, alias: str, body: dict[str, Any]) -> dict[str, Any]:
    """An aggregation body (archive.query.stats_body) → the raw response (rows via query.stats_rows)."""
    return dict(es.search(index=alias, **body))
