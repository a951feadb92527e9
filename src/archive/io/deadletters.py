"""The dead-letter store: what could not be processed, with its stage, reason and input,
kept in an index where operators can see it (Kibana, `archive dead-letters list`) and retry it.

One record per (source, article): a repeat failure overwrites its record and counts the
attempt; a later success marks it resolved, an operator's discard marks it discarded. Nothing is
ever dropped. Some failures cannot go away by retrying the same input (a refused address, a
binary file, a missing file): ``needs_fix`` says what the operator must do, and a retry of all
open letters leaves them alone until the operator names them.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime, UTC
from typing import Any
from collections.abc import Iterator, Sequence

from urllib.parse import urlsplit

from elasticsearch import Elasticsearch, NotFoundError

from archive.text.errors import SourceError

MAX_INPUT_CHARS = 2_000_000  # keep a huge bad input's head; the original stays in failed/


@dataclass
class DeadLetter:
    source_key: str
    source_kind: str
    location: str
    stage: str  # read | decode | split | enrich | index
    error_type: str
    reason: str
    input: str | bytes | None = None
    article_id: str | None = None

    @classmethod
    def from_error(cls, source_key: str, kind: str, location: str, stage: str, error: BaseException,
                   data: str | bytes | None = None, article_id: str | None = None) -> DeadLetter:
        """What failed, where and why → a dead letter keeping the input."""
        # a SourceError's message starts with the source, which the letter already holds as its location
        reason = error.reason if isinstance(error, SourceError) else str(error) or repr(error)
        return cls(source_key=source_key, source_kind=kind, location=location, stage=stage,
                   error_type=type(error).__name__, reason=reason, input=data, article_id=article_id)

    @property
    def id(self) -> str:
        return hashlib.sha256(f"{self.source_key}\x1f{self.article_id or ''}".encode()).hexdigest()[:24]


def needs_fix(error_type: str, location: str) -> str | None:
    """A failure's error type → what the operator must do first, when retrying the same input
    cannot succeed (None when a retry may go through: the network, a fixed stage, a fixed file)."""
    if error_type == "RefusedURLError":
        host = urlsplit(location).hostname or location
        return f"the address is refused; if {host} is trusted: archive dead-letters retry ID --allow-host {host}"
    if error_type == "BinaryInputError":
        return "not a text page (image, archive or other binary file): retrying cannot help; discard it"
    if error_type == "MissingInputError":
        return "the file does not exist: put it back and retry by id, or discard it"
    return None


def _encode_input(data: str | bytes | None) -> tuple[str | None, str | None]:
    if data is None:
        return None, None
    if isinstance(data, bytes):
        return base64.b64encode(data[:MAX_INPUT_CHARS]).decode("ascii"), "base64"
    return data[:MAX_INPUT_CHARS], "text"


class DeadLetterStore:
    """Dead letters in an Elasticsearch index (created by archive.io.elastic.ensure_archive)."""

    def __init__(self, es: Elasticsearch, index: str):
        self.es = es
        self.index = index

    def put(self, letter: DeadLetter) -> str:
        """Record a failure (or a repeat of it); returns the record id."""
        attempts = 1
        try:
            previous = self.es.get(index=self.index, id=letter.id, source_includes=["attempts"])
            attempts = int(previous["_source"].get("attempts") or 0) + 1
        except NotFoundError:
            pass
        data, encoding = _encode_input(letter.input)
        self.es.index(index=self.index, id=letter.id, refresh="wait_for", document={
            "source_key": letter.source_key,
            "source_kind": letter.source_kind,
            "location": letter.location,
            "article_id": letter.article_id,
            "stage": letter.stage,
            "error_type": letter.error_type,
            "reason": letter.reason[:10_000],
            "input": data,
            "input_encoding": encoding,
            "failed_at": datetime.now(UTC).isoformat(),
            "attempts": attempts,
            "status": "failed",
        })
        return letter.id

    def resolve(self, source_key: str, article_id: str | None = None) -> bool:
        """Mark a source's (or article's) record resolved after it went through."""
        letter_id = DeadLetter(source_key, "", "", "", "", "", article_id=article_id).id
        try:
            self.es.update(index=self.index, id=letter_id, doc={"status": "resolved"}, refresh="wait_for")
            return True
        except NotFoundError:
            return False

    def resolve_all(self, source_keys: list[str]) -> int:
        """Mark the records of these sources resolved → how many there were.

        One look-up per thousand keys, then an update only for the records that exist (usually
        none): a run of thousands of good sources must not cost thousands of requests.
        """
        ids = {DeadLetter(key, "", "", "", "", "").id: key for key in source_keys}
        found = []
        for start in range(0, len(ids), 1000):
            chunk = list(ids)[start:start + 1000]
            try:
                docs = self.es.mget(index=self.index, ids=chunk, source=False)["docs"]
            except NotFoundError:  # no dead-letter index yet: nothing to resolve
                return 0
            found += [ids[doc["_id"]] for doc in docs if doc.get("found")]
        return sum(self.resolve(key) for key in found)

    def discard(self, letter_id: str) -> bool:
        """An operator gives up on a letter → marked discarded (kept, no longer open); False when unknown."""
        try:
            self.es.update(index=self.index, id=letter_id, doc={"status": "discarded"}, refresh="wait_for")
            return True
        except NotFoundError:
            return False

    def letters(self, ids: list[str]) -> tuple[list[dict[str, Any]], list[str]]:
        """Letter ids → (their records with ``id``, the ids not found)."""
        if not ids:
            return [], []
        docs = self.es.mget(index=self.index, ids=ids)["docs"]
        found = [{"id": doc["_id"], **doc["_source"]} for doc in docs if doc.get("found")]
        return found, [doc["_id"] for doc in docs if not doc.get("found")]

    def close_sources(self, source_keys: list[str], locations: Sequence[str] = (), status: str = "deleted") -> int:
        """Every open letter of these sources (by key or location) → closed with ``status`` (a
        deleted source); returns how many."""
        clauses: list[dict[str, Any]] = [{"terms": {"source_key": source_keys}}] if source_keys else []
        clauses += [{"terms": {"location": list(locations)}}] if locations else []
        if not clauses:
            return 0
        return self._close({"bool": {"filter": [{"term": {"status": "failed"}}], "should": clauses,
                                     "minimum_should_match": 1}}, status)

    def resolve_article(self, article_id: str) -> int:
        """Open letters of one article (a deleted article) → closed; returns how many."""
        return self._close({"bool": {"filter": [{"term": {"status": "failed"}}, {"term": {"article_id": article_id}}]}},
                           "deleted")

    def _close(self, query: dict[str, Any], status: str) -> int:
        # one update per letter: there are few, and update-by-query is not in the node's core
        self.es.indices.refresh(index=self.index)
        hits = self.es.search(index=self.index, query=query, size=10_000, source=False)["hits"]["hits"]
        for hit in hits:
            self.es.update(index=self.index, id=hit["_id"], doc={"status": status}, refresh="wait_for")
        return len(hits)

    def open_letters(self, limit: int = 10_000) -> Iterator[dict[str, Any]]:
        """Records still failed, oldest first, with their id."""
        self.es.indices.refresh(index=self.index)
        response = self.es.search(index=self.index, query={"term": {"status": "failed"}}, size=limit,
                                  sort=[{"failed_at": "asc"}])
        for hit in response["hits"]["hits"]:
            yield {"id": hit["_id"], **hit["_source"]}

    @staticmethod
    def decode_input(record: dict[str, Any]) -> bytes | str | None:
        if record.get("input_encoding") == "base64":
            return base64.b64decode(record["input"])
        return record.get("input")
