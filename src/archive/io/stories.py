"""Stories in the index: documents about to be indexed → their story fields, found through the
index itself (no side store), so it holds across runs, processes, the Dask runner and a cluster.

A ``Session`` is what one process knows of the documents it indexed into one index in a run (an
ingest's batches, one after the other): their shingle hashes, signatures and keys, their lengths,
the story fields they were written with and who joined whom. It is memory that spares work, not a
store: everything it knows is in the index too.

``assign`` (before each bulk): the batch's candidates are the session's own documents sharing a
key (looked up in memory: they need not be searchable yet, so the index is refreshed once per
session, not once per batch) and, once the index holds documents the session did not write (other
runs, other processes), every such stored document sharing one, found by one ``terms`` query on
``story_bands`` that leaves the session's own out. All the pairs of a batch are screened by their
MinHash estimates at once; each pair that may match gets the verdict of ``archive.stories``
(nearest first, at most CLOSEST per document, none for a pair already in one story); matched
documents and the stored stories they touch are joined (single linkage: a copy that matches two
stories joins them), and every document of the batch gets ``story_id`` = the smallest id of its
story. A document alone in its story is written at once; a copy (its story has other members
when it comes) waits in the session, so that it is written once, with its story's fields for the
run (an update of a written document costs the node as much as writing it afresh).

``settle`` (at the end of the session: ``Session.settle``, sent by ``ingest.settle_stories``; right after the bulk when
``index_documents`` runs without a session): every touched story's ``story_id``, ``story_size`` and
``story_primary`` are recomputed, once per run however often the story grew, and written where
they changed (one bulk of updates; only a member written before its story's first copy came): from
memory for a story whose members this session wrote all, else from its members as stored (scan),
stored members of a story that was joined into another relabelled; the waiting copies are handed
to the caller with their final fields, to be written. Until then a story's older members keep the
size (and a joined story its id) they had, and its copies are not in the index: a run that dies
before its settle has not written them (rerun, they are ingested again).

Two processes indexing copies of one story at the same moment (before either batch is
refreshed; for a run that began on an empty index, until the other's documents outnumber its own
unrefreshed ones) do not see each other and make two stories; a later copy that matches both
joins them. A reprocess keeps story fields as they are (it does not look for copies again).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np

from elasticsearch import Elasticsearch, helpers

from archive import stories
from archive.io import elastic

log = logging.getLogger(__name__)

MAX_TERMS = 60_000  # under index.max_terms_count (65,536)
CLOSEST = 8  # candidates read per new document, nearest first by the MinHash estimate
# a key held by this many documents pairs no more: shared that widely it is boilerplate, and its
# pairs grow with the square of its holders. A bound on the work whatever comes in, not a filter:
# the bench corpus's busiest key has 283 (below it, which documents pair does not depend on order)
SHARED = 1000
HELD = 20_000  # documents a session keeps in memory (about 5 KB each, measured on the bench corpus) before it settles and starts afresh
_KEY_FIELDS = ["id", "story_id", "story_size", "story_bands", "story_signature"]
_FIELDS = [*_KEY_FIELDS, "body", "body_simplified", "script", "quality_flags"]
_MEMBER_FIELDS = [*_KEY_FIELDS, "script", "quality_flags", "story_primary"]  # what a recount reads, text aside


class Settled(NamedTuple):
    """What a settle makes right: the updates of written members (``send_updates``) and the waiting
    copies, their story fields final, to be written."""

    updates: list[dict[str, Any]]
    waiting: list[dict[str, Any]]


@dataclass
class Assignment:
    """What a settle does: story ids to fold into others, stories to recount."""

    relabel: dict[str, str] = field(default_factory=dict)  # old story_id → new story_id
    touched: set[str] = field(default_factory=set)  # story ids whose size/primary must be recomputed
    batch: dict[str, dict[str, Any]] = field(default_factory=dict)  # the batch as indexed: not yet searchable
    waiting: dict[str, dict[str, Any]] = field(default_factory=dict)  # copies not written yet: their fields are set in place

    @property
    def needed(self) -> bool:
        return bool(self.relabel or self.touched)


class TextCache:
    """The StoryTexts this process read of stored documents lately, by id and band keys (so a
    changed text is a miss).

    Only spares work: a stored candidate read for one batch is often read again for the next, so
    its text need not be fetched (mget) again. Bounded by shingles held (about 5 bytes each), least
    recently used out first.
    """

    def __init__(self, max_shingles: int = 2_000_000) -> None:
        self.max_shingles = max_shingles
        self.held = 0  # shingles held
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
        self.held += text.shingles.size
        while self.held > self.max_shingles and self.items:
            _, old = self.items.popitem(last=False)
            self.held -= old.shingles.size


TEXTS = TextCache()


def _body(doc: dict[str, Any]) -> str:
    return doc.get("body_simplified") or doc.get("body") or ""


def _signature(doc: dict[str, Any], text: stories.StoryText | None = None) -> np.ndarray | None:
    """A document → its signature: carried by its band keys when this run made them, else as the
    index stores it, else (a document from elsewhere) made from its ``text``."""
    values = getattr(doc.get("story_bands"), "values", None)
    if values is None:
        values = stories.unpacked_signature(doc.get("story_signature"))
    if values is None and text is not None:
        values = stories.signature(text)
    return values


def _stored_text(doc: dict[str, Any]) -> stories.StoryText:
    found = TEXTS.get(doc)
    if found is None:
        found = stories.story_text(doc["id"], _body(doc))
        TEXTS.put(doc, found)
    return found


class Session:
    """What this process knows of the documents it indexed into ``index`` in one run (see the module
    docstring). Without ``settle`` at its end, the stories it touched keep their interim sizes.

    Every document it has screened (its own and the stored candidates it found) has a slot: a row
    of ``signatures`` (the low byte of each value: a pair of unequal values passes for equal one
    time in 256, which raises an estimate by 0.004 at most, on the side of reading the pair; a
    quarter of the memory each pair's screen reads) and an entry of ``sizes``, so a batch's
    candidate pairs are screened in one pass. Its own (held) documents also keep their StoryText,
    their Member and the story fields they were written with (a settle recounts a story of held
    documents without reading the index), and their keys point to their slots."""

    def __init__(self, es: Elasticsearch, index: str) -> None:
        self.es = es
        self.index = index
        self._reset()

    def _reset(self) -> None:
        self.clusters = stories.Clusters()  # documents and story ids seen: who joined whom
        self.ids: list[str] = []  # slot → document id
        self.slots: dict[str, int] = {}
        self.signatures = np.zeros((0, stories.BINS), dtype=np.uint8)
        self.sizes = np.zeros(0)
        self.texts: dict[str, stories.StoryText] = {}  # held documents (the keys: what is held)
        self.members: dict[str, stories.Member] = {}
        self.written: dict[str, tuple[str, int, bool]] = {}  # story_id, story_size, story_primary
        self.waiting: dict[str, dict[str, Any]] = {}  # copies assigned, not written yet: the settle hands them out
        self.bands = stories.BandIndex(SHARED)  # the held documents' band keys (as numbers) → their slots
        # hash of an opening key → its held document's slot, or a tuple of them (most keys have one; a
        # hash, not the key: a third of the memory, and a collision only adds a pair to screen)
        self.openings: dict[int, int | tuple[int, ...]] = {}
        self.stored: set[str] = set()  # ids of documents and stories found in the index (not this session's)
        self.touched: set[str] = set()  # stories to recount at the settle (any id of theirs)
        self.searchable = False  # the index refreshed since this session began or last settled
        self.others = False  # the index holds documents this session did not write (``others_stored``)

    def slot(self, doc_id: str, sketch: stories.Sketch) -> int:
        """A document and its sketch → its slot (the same one when it is seen again)."""
        found = self.slots.get(doc_id)
        if found is None:
            found = self.slots[doc_id] = len(self.ids)
            self.ids.append(doc_id)
            if found >= len(self.sizes):  # grow by half again: amortised, few copies
                grown = max(1024, found * 3 // 2)
                self.signatures = np.resize(self.signatures, (grown, stories.BINS))
                self.sizes = np.resize(self.sizes, grown)
        self.signatures[found] = sketch.values & 0xFF
        self.sizes[found] = sketch.size
        return found

    def hold(self, batch: dict[str, dict[str, Any]], texts: dict[str, stories.StoryText],
             sketches: dict[str, stories.Sketch]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Documents about to be written (with their StoryTexts and Sketches) → held; the pairs of
        slots sharing a key (a batch document's first, and the one held before it), and the batch's
        band hashes (documents × BANDS)."""
        slots = np.empty(len(batch), dtype=np.int64)
        left: list[int] = []
        right: list[int] = []
        openings = self.openings
        for row, (doc_id, doc) in enumerate(batch.items()):
            if doc_id in self.texts:  # written again in this session: its old keys go
                self.bands.drop(self.slots[doc_id])
            slot = slots[row] = self.slot(doc_id, sketches[doc_id])
            self.texts[doc_id] = texts[doc_id]
            self.members[doc_id] = _member(doc, texts[doc_id].length)
            opening = stories.openings(doc["story_bands"])
            if not opening:
                continue
            last = opening[0]
            for key in stories.opening_lookups(last):  # looked up as its kind says
                found = openings.get(hash(key))
                holders = () if found is None else (found,) if isinstance(found, int) else found
                left.extend([slot] * len(holders))
                right.extend(holders)
            found = openings.get(hash(last))
            if found is None or isinstance(found, int) or len(found) < SHARED:
                openings[hash(last)] = slot if found is None else ((found,) if isinstance(found, int) else found) + (slot,)
        hashes = stories.band_hashes(np.stack([sketches[doc_id].values for doc_id in batch]))
        band_left, band_right = self.bands.add(hashes.ravel(), np.repeat(slots, stories.BANDS))
        return (np.concatenate((band_left, np.array(left, dtype=np.int64))),
                np.concatenate((band_right, np.array(right, dtype=np.int64))), hashes)

    def others_stored(self) -> bool:
        """Whether the index holds documents this session did not write, as far as it can tell
        (then it is asked for candidates; else everything is in memory). Once true, always true:
        one ``count`` a batch until then."""
        if not self.others:
            with_keys = self.es.count(index=self.index, query={"exists": {"field": "story_bands"}})["count"]
            self.others = with_keys > len(self.written)
        return self.others

    @property
    def full(self) -> bool:
        """Whether it holds more than HELD documents: time to settle and start afresh (the index knows it all)."""
        return len(self.texts) > HELD

    def length(self, doc_id: str) -> int | None:
        """A held document → the length of its normalised text (None when not held)."""
        text = self.texts.get(doc_id)
        return text.length if text is not None else None

    def settle(self, batch: dict[str, dict[str, Any]] | None = None) -> Settled:
        """The touched stories recounted: joined ones relabelled, sizes and primaries → what makes
        them right in the index (``Settled``: the updates of written members, for ``send_updates``,
        and the copies this session held back, with their final story fields, to be written; the two
        touch other documents, so the caller may send them at once). A story all of whose members
        this session indexed is recounted from memory; one with members from before it is read from
        the index (``batch``: the documents of the bulk just written, when settling right after it:
        they are read from memory; otherwise the index is refreshed first)."""
        settled = Settled([], list(self.waiting.values()))
        if self.touched:
            clusters = self.clusters
            roots = {clusters.find(story) for story in self.touched}
            outside = {clusters.find(item) for item in clusters.parent if item not in self.texts or item in self.stored}
            if roots - outside:
                settled.updates.extend(self._recount(roots - outside))
            if roots & outside:
                if batch is None:
                    self.es.indices.refresh(index=self.index)
                relabel = {item: root for item in clusters.parent
                           if (root := clusters.find(item)) != item and root in roots & outside}
                settled.updates.extend(recount(self.es, self.index, Assignment(relabel, roots & outside, batch or {},
                                                                               self.waiting), self.length))
        self._reset()
        return settled

    def _recount(self, roots: set[str]) -> list[dict[str, Any]]:
        """Stories whose every member is held → the updates of the members whose fields change."""
        members: dict[str, list[str]] = {}
        for doc_id in self.texts:
            if (root := self.clusters.find(doc_id)) in roots:
                members.setdefault(root, []).append(doc_id)
        updates = []
        for root, ids in members.items():
            chosen = stories.primary(self.members[doc_id] for doc_id in ids)
            for doc_id in ids:
                fields = (root, len(ids), doc_id == chosen)
                if doc_id in self.waiting:  # not written yet: written once, as it is now
                    self.waiting[doc_id].update(zip(stories.STORY_FIELDS, fields))
                elif fields != self.written[doc_id]:
                    changed = {name: value for name, value, old in zip(stories.STORY_FIELDS, fields, self.written[doc_id])
                               if value != old}
                    updates.append({"_op_type": "update", "_index": self.index, "_id": doc_id, "doc": changed})
        return updates


def stored_candidates(es: Elasticsearch, index: str, keys: set[int], held: set[str]) -> list[dict[str, Any]]:
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


def _distinct(values: np.ndarray) -> np.ndarray:
    """Integers → the distinct ones, sorted (np.unique's hash table took ten times as long here)."""
    values = np.sort(values)
    if values.size > 1:
        values = values[np.concatenate(([True], values[1:] != values[:-1]))]
    return values


def _closest(session: Session, batch: dict[str, dict[str, Any]], a: np.ndarray, b: np.ndarray) -> list[tuple[str, str]]:
    """Pairs of slots sharing a key (a batch document's first) → the pairs worth reading: passing
    the MinHash screen (``stories.screen``), and for each document of the batch only its CLOSEST
    nearest, ties to the smallest id (one match is enough to join a story; the rest follow it).
    All pairs of the batch at once."""
    if not a.size:
        return []
    count = len(session.ids)
    in_batch = np.zeros(count, dtype=bool)
    in_batch[[session.slots[doc_id] for doc_id in batch]] = True
    both = in_batch[b]  # a pair inside the batch counts for both of its documents
    a, b = np.divmod(_distinct(np.concatenate([a, b[both]]) * count + np.concatenate([b, a[both]])), count)
    estimates = stories.screen(session.signatures.take(a, axis=0), session.signatures.take(b, axis=0), session.sizes[a], session.sizes[b])
    passing = np.flatnonzero(estimates)
    a, b, estimates = a[passing], b[passing], estimates[passing]
    ids = session.ids
    others = _distinct(b)
    rank = np.empty(count, dtype=np.int64)
    rank[others] = np.argsort(np.argsort([ids[slot] for slot in others.tolist()], kind="stable"))
    order = np.lexsort((rank[b], -estimates, a))
    a, b, estimates = a[order], b[order], estimates[order]
    starts = np.flatnonzero(np.diff(a, prepend=-1))
    place = np.arange(a.size) - np.repeat(starts, np.diff(starts, append=a.size))
    near = place < CLOSEST
    kept: dict[tuple[str, str], float] = {}
    for first, second, estimate in zip(a[near].tolist(), b[near].tolist(), estimates[near].tolist()):
        pair = (ids[first], ids[second]) if ids[first] < ids[second] else (ids[second], ids[first])
        kept[pair] = -estimate
    # nearest first: the likeliest copies join first, and a pair already in one story needs no verdict
    return sorted(kept, key=lambda pair: (kept[pair], pair))


def assign(session: Session, documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Documents about to be indexed → their ``story_id`` (and interim size and primary) set in
    place; the stories they touch noted in the session for its settle → the documents to write now.

    A copy (a document whose story has other members when it comes) waits in the session and is
    handed out by its settle, to be written once with its story's fields for the run: its story may
    grow again before then, and updating a written document costs the node as much as writing it
    afresh (only a member written before its first copy came is updated). The caller settles the
    session when it holds more than HELD documents, once what it wrote has landed."""
    es, index = session.es, session.index
    texts: dict[str, stories.StoryText] = {}
    sketches: dict[str, stories.Sketch] = {}
    batch: dict[str, dict[str, Any]] = {}
    for doc in documents:
        if not doc.get("story_bands"):
            continue  # too short to match
        body = _body(doc)
        text = stories.made_text(doc["story_bands"], doc["id"], body) or stories.story_text(doc["id"], body)
        if (sketch := stories.sketch(_signature(doc, text), text)) is not None:
            batch[doc["id"]], texts[doc["id"]], sketches[doc["id"]] = doc, text, sketch
    if not batch:
        return documents
    if not session.searchable:  # everything written before this session (or its last settle) becomes searchable
        es.indices.refresh(index=index)
        session.searchable = True
    rewritten = {doc_id for doc_id in batch if doc_id in session.written}  # re-ingested in this session
    left, right, hashes = session.hold(batch, texts, sketches)
    stored = []
    if session.others_stored():
        held = {session.ids[slot] for slot in np.unique(right).tolist()} - set(batch) | rewritten
        stored = stored_candidates(es, index, _lookup_keys(session, batch, hashes), held)
    clusters = session.clusters
    stored_by_id: dict[str, dict[str, Any]] = {}
    by_key: dict[int, list[str]] = {}  # the batch's band keys → its documents, for the stored ones to pair with
    for doc_id, doc in batch.items() if stored else ():
        for key in stories.lookups(doc["story_bands"]):
            by_key.setdefault(key, []).append(doc_id)
    stored_left: list[int] = []
    stored_right: list[int] = []
    for doc in stored:
        session.stored.update((doc["id"], str(doc.get("story_id") or doc["id"])))
        if doc["id"] in session.texts or (sketch := stories.sketch(_signature(doc))) is None:
            continue  # a re-ingested document is judged by its new text (the batch's are held already)
        stored_by_id[doc["id"]] = doc
        slot = session.slot(doc["id"], sketch)
        for key in doc["story_bands"]:
            for doc_id in by_key.get(key, ()):
                stored_left.append(session.slots[doc_id])
                stored_right.append(slot)
        clusters.union(doc["id"], doc.get("story_id") or doc["id"])  # a stored document stands for its whole story
    for doc_id in batch:
        clusters.add(doc_id)
    if stored_left:
        left = np.concatenate((left, np.array(stored_left, dtype=np.int64)))
        right = np.concatenate((right, np.array(stored_right, dtype=np.int64)))
    pairs = _closest(session, batch, left, right)
    unread = []
    for doc_id in sorted({doc_id for pair in pairs for doc_id in pair} - session.texts.keys()):
        if (cached := TEXTS.get(stored_by_id[doc_id])) is not None:
            texts[doc_id] = cached
        else:
            unread.append(stored_by_id[doc_id])
    texts |= {d["id"]: _stored_text(d) for d in with_text(es, index, unread)}
    for a, b in pairs:
        if clusters.find(a) != clusters.find(b):
            first, second = texts.get(a) or session.texts.get(a), texts.get(b) or session.texts.get(b)
            if first is not None and second is not None and stories.verdict(first, second):
                clusters.union(a, b)
    _interim_fields(session, batch, list(stored_by_id.values()))
    for doc_id, doc in batch.items():
        if doc["story_size"] > 1 or doc_id in session.waiting:  # a copy: held until the settle
            session.waiting[doc_id] = doc
        else:
            session.written[doc_id] = (doc["story_id"], doc["story_size"], doc["story_primary"])
    # a story a re-ingested copy may have left
    session.touched |= {str(doc["story_id"]) for doc in stored
                        if doc["id"] in batch and doc.get("story_id") and (doc.get("story_size") or 1) > 1}
    return [doc for doc in documents if doc["id"] not in session.waiting]


def _lookup_keys(session: Session, batch: dict[str, dict[str, Any]], hashes: np.ndarray) -> set[int]:
    """The batch's documents and band hashes (documents × BANDS) → the keys to look up in the index:
    their bands (but boilerplate ones) and their openings' lookups."""
    keys = {key for doc in batch.values() for key in stories.lookups(doc["story_bands"])}
    if session.bands.boilerplate.size:
        boilerplate = session.bands.is_boilerplate(hashes)
        for row, doc in enumerate(batch.values()):
            keys -= {key for band, key in enumerate(doc["story_bands"][:stories.BANDS]) if boilerplate[row, band]}
    return keys


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
        chosen = stories.primary(session.members[m] for m in members) if known == len(members) > 1 else None
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


def recount(es: Elasticsearch, index: str, assignment: Assignment,
            length_of: Callable[[str], int | None] = lambda doc_id: None) -> list[dict[str, Any]]:
    """Relabel joined stories, recompute size and primary of touched ones: one read of their
    members → one update per written member whose fields change (for ``send_updates``: a bulk of
    updates, as update_by_query needs the reindex module, not every node has it); a waiting copy's
    fields are set in place.

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
    stored |= assignment.batch | assignment.waiting  # the batch as indexed (searchable or not yet), the copies held
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
            lengths[doc["id"]] = cached.length
        else:
            unread.append(doc)
    lengths |= {d["id"]: _member(d).length for d in with_text(es, index, unread)}
    updates = []
    for story, docs in members.items():
        chosen = stories.primary(_member(d, lengths.get(d["id"], 0)) for d in docs)
        for doc in docs:
            fields = {"story_id": story, "story_size": len(docs), "story_primary": doc["id"] == chosen}
            if doc["id"] in assignment.waiting:  # not written yet: written once, as it is now
                assignment.waiting[doc["id"]].update(fields)
                continue
            changed = {k: v for k, v in fields.items() if doc.get(k) != v}
            if changed:
                updates.append({"_op_type": "update", "_index": index, "_id": doc["id"], "doc": changed})
    return updates


# An article's id and its changed story fields → its figure documents as they are now ((id, JSON)
# each, to be written whole), or None when the caller does not hold them.
Rewrite = Callable[[str, dict[str, Any]], list[tuple[str, bytes]] | None]


def send_updates(es: Elasticsearch, index: str, updates: list[dict[str, Any]], rewrite: Rewrite | None = None) -> None:
    """Story-field updates → the articles and their figure documents. The index is refreshed first:
    an update reads its document, and the node refreshes the shard for each one written since the
    last refresh (refresh_interval 30 s: bench.stories' 10k documents with stories took 21.4 s to
    index, 6.2 s with one refresh first; plain 5.3-6.9 s). The figure documents of an article whose
    JSON ``rewrite`` gives are written again whole (no refresh, search or read of them: the node's
    CPU for 748 bench articles' figures, 1.0 s less in a replay); the others are updated (``mirror_to_figures``)."""
    if not updates:
        return
    es.indices.refresh(index=index)
    _bulk(es, updates)
    changes = {update["_id"]: update["doc"] for update in updates}
    whole: dict[str, list[tuple[str, bytes]]] = {}
    if rewrite is not None:
        for article, changed in changes.items():
            if any(name in changed for name in elastic.FIGURE_STORY_FIELDS) and (figures := rewrite(article, changed)) is not None:
                whole[article] = figures
    if any(whole.values()):
        outcome = elastic.BulkIndexer(es, elastic.figures_index(index)).write([f for figures in whole.values() for f in figures])
        if outcome.failed:
            log.warning("%d figure document(s) not written again, e.g. %s", len(outcome.failed), outcome.failed[0])
    mirror_to_figures(es, index, {article: changed for article, changed in changes.items() if article not in whole})


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
