"""Stories in the index: documents about to be indexed → their story fields, found through the
index itself (no side store), so it holds across runs, processes, the Dask runner and a cluster.

A ``Session`` is what one process knows of the documents it indexed into one index in a run (an
ingest's batches, one after the other): their MinHash values by band key, their lengths and who
joined whom. It is memory that spares work, not a store: everything it knows is in the index too.

``assign`` (before each bulk): the batch's candidates are the session's own documents sharing a
band key (looked up in memory: they need not be searchable yet, so the index is refreshed once per
session, not once per batch) and every other stored document sharing one (other runs, other
processes), found by one ``terms`` query on ``story_bands`` that leaves the session's own out.
Each pair that shares a key and whose MinHash estimate may match gets the verdict of
``archive.stories`` (nearest first, at most CLOSEST per document, none for a pair already in one
story); matched documents and the stored stories they touch are joined (single linkage: a copy
that matches two stories joins them), and every document of the batch gets ``story_id`` = the
smallest id of its story. A document that joins a stored story is written as a copy (the story's
stored primary stays its primary until the settle), a story made inside the batch gets its primary.

``settle`` (at the end of the session: ``Session.settle``; right after the bulk when
``index_documents`` runs without a session): stored members of a story that was joined into
another are relabelled (scan + bulk update), then every touched story's ``story_size`` and
``story_primary`` are recomputed from its members as stored, once per run however often the story
grew. Until then a story's older members keep the size (and a joined story its id) they had.

Two processes indexing copies of one story at the same moment (before either batch is
refreshed) do not see each other and make two stories; a later copy that matches both joins
them. A reprocess keeps story fields as they are (it does not look for copies again).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from elasticsearch import Elasticsearch, helpers

from archive import stories
from archive.io import elastic

log = logging.getLogger(__name__)

MAX_TERMS = 60_000  # under index.max_terms_count (65,536)
CLOSEST = 8  # candidates read per new document, nearest first by the MinHash estimate
HELD = 20_000  # documents a session keeps in memory (about 3 KB each) before it settles and starts afresh
_KEY_FIELDS = ["id", "story_id", "story_size", "story_bands"]
_FIELDS = [*_KEY_FIELDS, "body", "body_simplified", "script", "quality_flags"]
_MEMBER_FIELDS = [*_KEY_FIELDS, "script", "quality_flags", "story_primary"]  # what a recount reads, text aside


@dataclass
class Assignment:
    """What a settle does: story ids to fold into others, stories to recount."""

    relabel: dict[str, str] = field(default_factory=dict)  # old story_id → new story_id
    touched: set[str] = field(default_factory=set)  # story ids whose size/primary must be recomputed
    batch: dict[str, dict[str, Any]] = field(default_factory=dict)  # the batch as indexed: not yet searchable

    @property
    def needed(self) -> bool:
        return bool(self.relabel or self.touched)


class TextCache:
    """The StoryTexts this process made lately, by id and band keys (so a changed text is a miss).

    Only spares work: a candidate read for one batch is often read again for the next, so its
    text need not be fetched (mget) nor shingled again. Bounded by shingles held (about 70 bytes
    each), least recently used out first.
    """

    def __init__(self, max_shingles: int = 1_000_000) -> None:
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


class Session:
    """What this process knows of the documents it indexed into ``index`` in one run (see the module
    docstring). Without ``settle`` at its end, the stories it touched keep their interim sizes."""

    def __init__(self, es: Elasticsearch, index: str) -> None:
        self.es = es
        self.index = index
        self._reset()

    def _reset(self) -> None:
        self.clusters = stories.Clusters()  # documents and story ids seen: who joined whom
        self.sketches: dict[str, stories.Sketch] = {}  # held documents → what the screen reads
        self.keys: dict[str, list[str]] = {}  # held documents → their band keys
        # band key → its held document, or a tuple of them (most keys have one: strings, no work for the GC)
        self.by_key: dict[str, str | tuple[str, ...]] = {}
        # held documents → their normalised text when it was made, else their simplified body (never fetched)
        self.texts: dict[str, str] = {}
        self.bodies: dict[str, str] = {}
        self.touched: set[str] = set()  # stories to recount at the settle (any id of theirs)
        self.searchable = False  # the index refreshed since this session began or last settled

    def sharing(self, keys: set[str]) -> set[str]:
        """Band keys → the held documents that have one."""
        return {doc_id for key in keys for doc_id in self.holders(key)}

    def holders(self, key: str) -> tuple[str, ...]:
        """A band key → the held documents that have it."""
        found = self.by_key.get(key, ())
        return (found,) if isinstance(found, str) else found

    def hold(self, doc: dict[str, Any], sketch: stories.Sketch, text: stories.StoryText | None) -> None:
        """A document just assigned (and its StoryText, when one was made) → held."""
        doc_id = doc["id"]
        for key in self.keys.pop(doc_id, []):  # written again in this session: its old keys go
            self.by_key[key] = tuple(i for i in self.holders(key) if i != doc_id)
        self.keys[doc_id] = doc["story_bands"]
        self.sketches[doc_id] = sketch
        self.texts.pop(doc_id, None)
        self.bodies.pop(doc_id, None)
        if text is not None:
            self.texts[doc_id] = text.text
        else:
            self.bodies[doc_id] = doc.get("body_simplified") or doc.get("body") or ""
        for key in doc["story_bands"]:
            found = self.by_key.get(key)
            self.by_key[key] = doc_id if found is None else self.holders(key) + (doc_id,)

    def text(self, doc_id: str) -> stories.StoryText:
        """A held document → its StoryText (made again when the cache has let it go)."""
        doc = {"id": doc_id, "story_bands": self.keys[doc_id]}
        found = TEXTS.get(doc)
        if found is None:
            if doc_id not in self.texts:
                self.texts[doc_id] = stories.normalise(self.bodies.pop(doc_id))
            found = stories.story_text(doc_id, self.texts[doc_id], normalised=True)
            TEXTS.put(doc, found)
        return found

    def length(self, doc_id: str) -> int | None:
        """A held document → the length of its normalised text (None when not held)."""
        if doc_id in self.texts:
            return len(self.texts[doc_id])
        return stories.body_length(self.bodies[doc_id]) if doc_id in self.bodies else None

    def settle(self, batch: dict[str, dict[str, Any]] | None = None) -> None:
        """The touched stories made right in the index: joined ones relabelled, sizes and primaries
        recounted. ``batch``: the documents of the bulk just written, when settling right after it
        (they need no refresh: they are read from memory); otherwise the index is refreshed first."""
        if self.touched:
            if batch is None:
                self.es.indices.refresh(index=self.index)
            roots = {self.clusters.find(story) for story in self.touched}
            relabel = {item: root for item in self.clusters.parent
                       if (root := self.clusters.find(item)) != item and root in roots}
            settle(self.es, self.index, Assignment(relabel, roots, batch or {}), self.length)
        self._reset()


def stored_candidates(es: Elasticsearch, index: str, keys: set[str], held: set[str]) -> list[dict[str, Any]]:
    """Band keys → the stored documents sharing at least one of them, the ``held`` ones (already
    known) left out (story fields and keys, no text)."""
    found: dict[str, dict[str, Any]] = {}
    ordered = sorted(keys)
    skip = [{"ids": {"values": sorted(held)[:MAX_TERMS]}}] if held else []
    for start in range(0, len(ordered), MAX_TERMS):
        query = {"bool": {"filter": [{"terms": {"story_bands": ordered[start:start + MAX_TERMS]}}], "must_not": skip}}
        response = es.search(index=index, query=query, source_includes=_KEY_FIELDS, size=1000, track_total_hits=False)
        hits = response["hits"]["hits"]
        if len(hits) == 1000:  # more than one page: read them all
            hits = helpers.scan(es, index=index, query={"query": query, "_source": _KEY_FIELDS}, size=1000)
        for hit in hits:
            found[hit["_id"]] = hit["_source"]
    return [doc for doc_id, doc in found.items() if doc_id not in held]


def with_text(es: Elasticsearch, index: str, documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stored candidates → the same with their text (one mget for those worth reading)."""
    if not documents:
        return []
    response = es.mget(index=index, ids=[doc["id"] for doc in documents], source_includes=_FIELDS)
    return [doc["_source"] for doc in response["docs"] if doc.get("found")]


def _closest(session: Session, batch: dict[str, dict[str, Any]], by_key: dict[str, list[str]],
             sketches: dict[str, stories.Sketch]) -> list[tuple[str, str]]:
    """Batch documents → the pairs worth reading: sharing a band key (with the batch, the held or
    the stored documents), passing the MinHash screen (``stories.may_match``), and for each document
    of the batch only its CLOSEST nearest (one match is enough to join a story; the rest follow it)."""
    kept: dict[tuple[str, str], float] = {}
    for doc_id, doc in batch.items():
        others = {other for key in doc["story_bands"] for other in by_key.get(key, ())}
        others.update(other for key in doc["story_bands"] for other in session.holders(key))
        others.discard(doc_id)
        mine = sketches[doc_id]
        nearest = []
        for other in others:
            estimate = stories.may_match(mine, sketches[other])
            if estimate:
                nearest.append((-estimate, other))
        for estimate, other in sorted(nearest)[:CLOSEST]:
            kept[(min(doc_id, other), max(doc_id, other))] = estimate
    # nearest first: the likeliest copies join first, and a pair already in one story needs no verdict
    return sorted(kept, key=lambda pair: (kept[pair], pair))


def assign(session: Session, documents: list[dict[str, Any]]) -> None:
    """Documents about to be indexed → their ``story_id`` (and interim size and primary) set in
    place; the stories they touch noted in the session for its settle."""
    es, index = session.es, session.index
    sketches = {doc["id"]: sketch for doc in documents if (sketch := stories.sketch(doc.get("story_bands") or []))}
    batch = {doc["id"]: doc for doc in documents if doc["id"] in sketches}
    if not batch:
        return
    if len(session.sketches) > HELD:  # settle what is known, and start afresh: the index knows it all
        session.settle()
    if not session.searchable:  # everything written before this session (or its last settle) becomes searchable
        es.indices.refresh(index=index)
        session.searchable = True
    keys = {key for doc in batch.values() for key in doc["story_bands"]}
    held = session.sharing(keys)
    stored = stored_candidates(es, index, keys, held)
    # a re-ingested document is judged by its new text
    others = [doc for doc in stored if doc["id"] not in batch and (sketch := stories.sketch(doc["story_bands"]))
              and sketches.setdefault(doc["id"], sketch)]
    sketches |= {doc_id: session.sketches[doc_id] for doc_id in held if doc_id not in sketches}
    by_key: dict[str, list[str]] = {}
    for doc_id, doc in batch.items():
        for key in doc["story_bands"]:
            by_key.setdefault(key, []).append(doc_id)
    for doc in others:
        for key in doc["story_bands"]:
            if key in keys:
                by_key.setdefault(key, []).append(doc["id"])
    held -= set(batch)  # re-ingested in this session: the held copy is the old text
    clusters = session.clusters
    for doc in others:  # a stored document stands for its whole story
        clusters.union(doc["id"], doc.get("story_id") or doc["id"])
    for doc_id in batch:
        clusters.add(doc_id)
    pairs = _closest(session, batch, by_key, sketches)
    texts: dict[str, stories.StoryText] = {}
    unread = []
    stored_by_id = {doc["id"]: doc for doc in others}
    for doc_id in sorted({doc_id for pair in pairs for doc_id in pair}):
        if doc_id in batch:
            texts[doc_id] = _text(batch[doc_id])
        elif doc_id in held:
            texts[doc_id] = session.text(doc_id)
        elif (cached := TEXTS.get(stored_by_id[doc_id])) is not None:
            texts[doc_id] = cached
        else:
            unread.append(stored_by_id[doc_id])
    texts |= {d["id"]: _text(d) for d in with_text(es, index, unread)}
    for a, b in pairs:
        if clusters.find(a) != clusters.find(b) and a in texts and b in texts and stories.verdict(texts[a], texts[b]):
            clusters.union(a, b)
    _interim_fields(session, batch, others)
    for doc_id, doc in batch.items():
        session.hold(doc, sketches[doc_id], texts.get(doc_id))
    # a story a re-ingested copy may have left
    session.touched |= {str(doc["story_id"]) for doc in stored
                        if doc["id"] in batch and doc.get("story_id") and (doc.get("story_size") or 1) > 1}


def _interim_fields(session: Session, batch: dict[str, dict[str, Any]], others: list[dict[str, Any]]) -> None:
    """The batch's story fields as far as this batch knows them: the story id is final (until a later
    copy joins it to another story); a copy joining a stored story is not its primary (the stored one
    stays primary until the settle: money is never summed twice), a story of batch documents only
    gets its fullest copy as primary; the size counts the members seen."""
    clusters = session.clusters
    groups: dict[str, list[str]] = {}
    for doc_id in batch:
        groups.setdefault(clusters.find(doc_id), []).append(doc_id)
    stored_sizes: dict[str, dict[str, int]] = {}  # story → the stored stories it holds → their stored sizes
    for doc in others:
        stored_sizes.setdefault(clusters.find(doc["id"]), {})[doc.get("story_id") or doc["id"]] = doc.get("story_size") or 1
    for root, members in groups.items():
        known = clusters.sizes[root]  # the members seen: this batch's, held ones, stored ones and their story ids
        size = max(known, len(members) + sum(stored_sizes.get(root, {}).values()))
        chosen = stories.primary(_member(batch[m]) for m in members) if known == len(members) > 1 else None
        for doc_id in members:
            doc = batch[doc_id]
            doc["story_id"], doc["story_size"] = root, size
            doc["story_primary"] = size == 1 or doc_id == chosen
        if size > 1:
            session.touched.add(root)


def _member(doc: dict[str, Any], length: int | None = None) -> stories.Member:
    """A document (with its body, or its body's ``length``) → what choosing a primary reads of it."""
    if length is None:
        length = stories.body_length(doc.get("body_simplified") or doc.get("body") or "")
    return stories.Member(doc["id"], length, doc.get("script") or "simplified", tuple(doc.get("quality_flags") or []))


def settle(es: Elasticsearch, index: str, assignment: Assignment,
           length_of: Callable[[str], int | None] = lambda doc_id: None) -> None:
    """Relabel joined stories, recompute size and primary of touched ones: one read of their
    members, one update per member whose fields change (scan + bulk update: update_by_query needs
    the reindex module, not every node has it).

    No refresh: stored members are read as searchable (the caller refreshed, or ``assign`` did
    before its look-up), the batch's own documents from memory, and the relabels are applied to what
    is read. ``length_of``: a document's normalised length when this process knows it (its text
    need not be read).
    """
    relabel = assignment.relabel
    wanted = (assignment.touched - set(relabel)) | set(relabel.values())
    read = sorted(wanted | set(relabel))  # members of a joined story still carry its old id
    stored: dict[str, dict[str, Any]] = {}
    for start in range(0, len(read), MAX_TERMS):  # nothing is written while this reads
        query = {"terms": {"story_id": read[start:start + MAX_TERMS]}}
        for hit in helpers.scan(es, index=index, query={"query": query, "_source": _MEMBER_FIELDS}, size=1000):
            stored[hit["_id"]] = hit["_source"]
    stored |= assignment.batch  # the batch as indexed (searchable or not yet)
    members: dict[str, list[dict[str, Any]]] = {}
    for doc in stored.values():
        story = relabel.get(doc.get("story_id") or doc["id"], doc.get("story_id") or doc["id"])
        if story in wanted:
            members.setdefault(story, []).append(doc)
    # the text is read only for members whose body this process has not got (the length ranks copies)
    lengths: dict[str, int] = {}
    unread = []
    for doc in (doc for docs in members.values() for doc in docs):
        cached = TEXTS.get(doc)
        if (length := length_of(doc["id"])) is not None:
            lengths[doc["id"]] = length
        elif doc["id"] in assignment.batch:
            lengths[doc["id"]] = _member(assignment.batch[doc["id"]]).length
        elif cached is not None:
            lengths[doc["id"]] = len(cached.text)
        else:
            unread.append(doc)
    lengths |= {d["id"]: _member(d).length for d in with_text(es, index, unread)}
    updates = []
    for story, docs in members.items():
        chosen = stories.primary(_member(d, lengths.get(d["id"], 0)) for d in docs)
        for doc in docs:
            fields = {"story_id": story, "story_size": len(docs), "story_primary": doc["id"] == chosen}
            changed = {k: v for k, v in fields.items() if doc.get(k) != v}
            if changed:
                updates.append({"_op_type": "update", "_index": index, "_id": doc["id"], "doc": changed})
    if updates:
        _bulk(es, updates)
        mirror_to_figures(es, index, {update["_id"]: update["doc"] for update in updates})


def _bulk(es: Elasticsearch, actions: list[dict[str, Any]]) -> None:
    """Story-field updates → the index (a 429 is retried with backoff; a failure is logged, the next
    settle of the story corrects it)."""
    _, errors = helpers.bulk(es, actions, raise_on_error=False, max_retries=8, initial_backoff=1)
    if isinstance(errors, list) and errors:
        log.warning("%d story-field update(s) failed, e.g. %s", len(errors), errors[0])


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
        helpers.bulk(es, moves, refresh=True, raise_on_error=False, max_retries=8, initial_backoff=1)
