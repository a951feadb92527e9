"""Stories in the index: documents about to be indexed → their story fields, found through the
index itself (no side store), so it holds across runs, processes, the Dask runner and a cluster.

``assign`` (before the bulk): one ``terms`` query on ``story_bands`` with every band key of the
batch finds the stored candidates; the batch's own documents are compared with each other in
memory (so copies inside one bulk find each other). Each pair that shares a key gets the
verdict of ``archive.stories``; matched documents and the stored stories they touch are joined
(single linkage: a copy that matches two stories joins them), and every document of the batch
gets ``story_id`` = the smallest id of its story.

``settle`` (after the bulk, index refreshed): stored members of a story that was joined into
another are relabelled (scan + bulk update), then every touched story's ``story_size`` and
``story_primary`` are recomputed from its members as stored.

Two processes indexing copies of one story at the same moment (before either batch is
refreshed) do not see each other and make two stories; a later copy that matches both joins
them. A reprocess keeps story fields as they are (it does not look for copies again).
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from elasticsearch import Elasticsearch, helpers

from archive import stories
from archive.io import elastic

MAX_TERMS = 60_000  # under index.max_terms_count (65,536)
CLOSEST = 8  # candidates read per new document, nearest first by the MinHash estimate
_KEY_FIELDS = ["id", "story_id", "story_size", "story_bands"]
_FIELDS = [*_KEY_FIELDS, "body", "body_simplified", "script", "quality_flags"]
_MEMBER_FIELDS = [*_KEY_FIELDS, "script", "quality_flags", "story_primary"]  # what a recount reads, text aside


@dataclass
class Assignment:
    """What the bulk must be followed by: story ids to fold into others, stories to recount."""

    relabel: dict[str, str] = field(default_factory=dict)  # old story_id → new story_id
    touched: set[str] = field(default_factory=set)  # story ids whose size/primary must be recomputed
    batch: dict[str, dict[str, Any]] = field(default_factory=dict)  # the batch as indexed: not yet searchable

    @property
    def needed(self) -> bool:
        return bool(self.relabel or self.touched)


class TextCache:
    """The StoryTexts this process made lately, by id and band keys (so a changed text is a miss).

    Only spares work: the next batches' candidates are mostly the documents of the last ones, so
    their text need not be fetched (mget) nor shingled again. Bounded by shingles held (about
    70 bytes each), least recently used out first.
    """

    def __init__(self, max_shingles: int = 1_500_000) -> None:
        self.max_shingles = max_shingles
        self.held = 0
        self.items: OrderedDict[tuple[str, int], stories.StoryText] = OrderedDict()

    @staticmethod
    def key(doc: dict[str, Any]) -> tuple[str, int] | None:
        bands = doc.get("story_bands")
        return (doc["id"], hash(tuple(bands))) if bands else None

    def get(self, doc: dict[str, Any]) -> stories.StoryText | None:
        key = self.key(doc)
        if key is None or key not in self.items:
            return None
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, doc: dict[str, Any], text: stories.StoryText) -> None:
        key = self.key(doc)
        if key is None or key in self.items:
            return
        self.items[key] = text
        self.held += len(text.shingle_set)
        while self.held > self.max_shingles and self.items:
            _, old = self.items.popitem(last=False)
            self.held -= len(old.shingle_set)


TEXTS = TextCache()


def _text(doc: dict[str, Any]) -> stories.StoryText:
    found = TEXTS.get(doc)
    if found is None:
        found = stories.story_text(doc["id"], doc.get("body_simplified") or doc.get("body") or "")
        TEXTS.put(doc, found)
    return found


def stored_candidates(es: Elasticsearch, index: str, keys: set[str]) -> list[dict[str, Any]]:
    """Band keys → the stored documents sharing at least one of them (story fields and keys, no text)."""
    found: dict[str, dict[str, Any]] = {}
    ordered = sorted(keys)
    for start in range(0, len(ordered), MAX_TERMS):
        query = {"terms": {"story_bands": ordered[start:start + MAX_TERMS]}}
        for hit in helpers.scan(es, index=index, query={"query": query, "_source": _KEY_FIELDS}, size=1000):
            found[hit["_id"]] = hit["_source"]
    return list(found.values())


def with_text(es: Elasticsearch, index: str, documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stored candidates → the same with their text (one mget for those worth reading)."""
    if not documents:
        return []
    response = es.mget(index=index, ids=[doc["id"] for doc in documents], source_includes=_FIELDS)
    return [doc["_source"] for doc in response["docs"] if doc.get("found")]


def _pairs(batch: dict[str, dict[str, Any]], others: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """Pairs sharing a band key with at least one side in the batch (stored pairs were judged before)."""
    by_key: dict[str, list[str]] = {}
    for doc_id, doc in batch.items():
        for key in doc["story_bands"]:
            by_key.setdefault(key, []).append(doc_id)
    pairs = stories.candidate_pairs({doc_id: doc["story_bands"] for doc_id, doc in batch.items()})
    for doc in others:
        for key in doc.get("story_bands") or []:
            for doc_id in by_key.get(key, ()):
                pairs.add((min(doc_id, doc["id"]), max(doc_id, doc["id"])))
    return pairs


def _closest(batch: dict[str, dict[str, Any]], pairs: set[tuple[str, str]],
             values: dict[str, array]) -> list[tuple[str, str]]:
    """Candidate pairs → those worth reading: estimate ≥ SCREEN_JACCARD, and for each document of
    the batch only its CLOSEST nearest (one match is enough to join a story; the rest follow it)."""
    nearest: dict[str, list[tuple[float, str, tuple[str, str]]]] = {}
    for a, b in pairs:
        estimate = stories.estimated_jaccard(values[a], values[b])
        if estimate < stories.SCREEN_JACCARD:
            continue
        for side, other in ((a, b), (b, a)):
            if side in batch:
                nearest.setdefault(side, []).append((-estimate, other, (a, b)))
    kept = {pair for found in nearest.values() for _, _, pair in sorted(found)[:CLOSEST]}
    return sorted(kept)


def assign(es: Elasticsearch, index: str, documents: list[dict[str, Any]]) -> Assignment:
    """Documents about to be indexed → their ``story_id`` set in place; what to settle afterwards."""
    batch = {doc["id"]: doc for doc in documents if doc.get("story_bands")}
    out = Assignment(batch={doc["id"]: doc for doc in documents})
    if not batch:
        return out
    es.indices.refresh(index=index)  # the last batch and its recount (written without a refresh) become searchable
    keys = {key for doc in batch.values() for key in doc["story_bands"]}
    stored = stored_candidates(es, index, keys)
    others = [doc for doc in stored if doc["id"] not in batch]  # a re-ingested document is judged by its new text
    values = {doc_id: stories.minhash_values(doc["story_bands"]) for doc_id, doc in batch.items()}
    values |= {doc["id"]: stories.minhash_values(doc["story_bands"]) for doc in others}
    # screen by the MinHash estimate first: only pairs that may match have their text read
    pairs = _closest(batch, _pairs(batch, others), values)
    wanted = {doc_id for pair in pairs for doc_id in pair}
    texts = {doc_id: _text(doc) for doc_id, doc in batch.items() if doc_id in wanted}
    unread = []
    for doc in others:
        if doc["id"] in wanted:
            cached = TEXTS.get(doc)
            if cached is None:
                unread.append(doc)
            else:
                texts[doc["id"]] = cached
    texts |= {d["id"]: _text(d) for d in with_text(es, index, unread)}
    clusters = stories.Clusters()
    for doc in others:  # a stored document stands for its whole story
        clusters.union(doc["id"], doc.get("story_id") or doc["id"])
    for doc_id in batch:
        clusters.add(doc_id)
    for a, b in pairs:
        if a in texts and b in texts and stories.verdict(texts[a], texts[b]):
            clusters.union(a, b)
    groups = clusters.groups()
    for doc_id, doc in batch.items():
        doc["story_id"] = clusters.find(doc_id)
        if len(groups[doc["story_id"]]) > 1:  # a story of one keeps the document's own fields
            out.touched.add(doc["story_id"])
    for doc in others:
        old, new = doc.get("story_id") or doc["id"], clusters.find(doc["id"])
        if old != new and new in out.touched:
            out.relabel[old] = new
    # a story a re-ingested copy may have left
    out.touched |= {str(doc["story_id"]) for doc in stored
                    if doc["id"] in batch and doc.get("story_id") and (doc.get("story_size") or 1) > 1}
    return out


def settle(es: Elasticsearch, index: str, assignment: Assignment) -> None:
    """After the bulk: relabel joined stories, recompute size and primary of touched ones.

    No refresh: stored members are read as searchable (``assign`` refreshed before its look-up),
    the batch's own documents from memory, and the relabels are applied to what is read; the next
    ``assign`` (or the end of the run) refreshes.
    """
    relabel = assignment.relabel
    if relabel:  # scan + bulk update: update_by_query needs the reindex module, not every node has it
        olds = sorted(relabel)
        moves = [{"_op_type": "update", "_index": index, "_id": hit["_id"],
                  "doc": {"story_id": relabel[hit["_source"]["story_id"]]}}
                 for start in range(0, len(olds), 1000)
                 for hit in helpers.scan(es, index=index, query={"query": {"terms": {"story_id": olds[start:start + 1000]}},
                                                                 "_source": ["story_id"]})
                 if hit["_id"] not in assignment.batch]
        helpers.bulk(es, moves, raise_on_error=False)
        mirror_to_figures(es, index, {move["_id"]: move["doc"] for move in moves})
    touched = sorted((assignment.touched - set(relabel)) | set(relabel.values()))
    wanted = set(touched)
    read = sorted(wanted | set(relabel))  # members not yet relabelled as searchable still carry an old id
    current: dict[str, dict[str, Any]] = {}
    for start in range(0, len(read), 1000):
        query = {"terms": {"story_id": read[start:start + 1000]}}
        for hit in helpers.scan(es, index=index, query={"query": query, "_source": _MEMBER_FIELDS}):
            doc = hit["_source"]
            current[doc["id"]] = doc | {"story_id": relabel.get(doc["story_id"], doc["story_id"])}
    current |= assignment.batch  # the batch as indexed (searchable or not yet)
    members: dict[str, list[dict[str, Any]]] = {}
    for doc in current.values():
        if doc.get("story_id") in wanted:
            members.setdefault(doc["story_id"], []).append(doc)
    # the text is read only for members this process has not shingled lately (the length ranks copies)
    unread = [doc for docs in members.values() for doc in docs if TEXTS.get(doc) is None]
    lengths = {d["id"]: len(_text(d).text) for d in with_text(es, index, unread)}
    lengths |= {d["id"]: len(_text(d).text) for docs in members.values() for d in docs if d["id"] not in lengths}
    updates = []
    for docs in members.values():
        chosen = stories.primary(stories.Member(d["id"], lengths[d["id"]], d.get("script") or "simplified",
                                                tuple(d.get("quality_flags") or [])) for d in docs)
        for doc in docs:
            fields = {"story_size": len(docs), "story_primary": doc["id"] == chosen}
            if any(doc.get(k) != v for k, v in fields.items()):
                updates.append({"_op_type": "update", "_index": index, "_id": doc["id"], "doc": fields})
    if updates:
        helpers.bulk(es, updates, raise_on_error=False)
        mirror_to_figures(es, index, {update["_id"]: update["doc"] for update in updates})


def mirror_to_figures(es: Elasticsearch, index: str, changes: dict[str, dict[str, Any]]) -> None:
    """Story fields changed on articles → the same on their figure documents (money is summed once
    per story from the figures index too)."""
    figures = elastic.figures_index(index)
    fields = {article: {k: v for k, v in doc.items() if k in ("story_id", "story_primary")} for article, doc in changes.items()}
    fields = {article: doc for article, doc in fields.items() if doc}
    if not fields or not es.indices.exists(index=figures):
        return
    ids = sorted(fields)
    es.indices.refresh(index=figures)  # figure documents written by the bulk just before
    moves = [{"_op_type": "update", "_index": hit["_index"], "_id": hit["_id"], "doc": fields[hit["_source"]["article_id"]]}
             for start in range(0, len(ids), 1000)
             for hit in helpers.scan(es, index=figures, query={"query": {"terms": {"article_id": ids[start:start + 1000]}},
                                                               "_source": ["article_id"]})]
    if moves:
        helpers.bulk(es, moves, refresh=True, raise_on_error=False)
