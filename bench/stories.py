"""What story detection costs, against the ingest it is part of.

`python -m bench.stories --articles 3000` times this step alone (make bench runs it too, on the
bench's own documents); under ``ARCHIVE_INDEX_PREFIX=stories-bench-`` it keeps clear of make bench's indices. Detection is (a) the band keys in each document (CPU, in the workers:
shingles + MinHash) and (b) at indexing, in bulks of BATCH with one story session for the run as
ingest.index_batches runs it (a batch's look-ups while the node writes the previous bulk), the
candidate look-ups, the verdicts and the settle at the run's end (archive.io.stories): the wall time
they add, and beside it the CPU they cost this process. The ingest it is measured against is the CPU stages of the same articles
(split, segment, enrich, build the document) plus indexing them without detection, one core.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import sys
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BATCH = 500  # documents per bulk, about one ingest batch of 50 pages


def _index_in_batches(es, index: str, documents: list[dict[str, Any]], find_stories: bool) -> tuple[float, float]:
    """Documents → the index in bulks of BATCH, the way ingest.index_batches runs them: one story
    session for the run, settled at its end; a writer thread writes a bulk while this process
    assigns the next batch's stories (WRITES_IN_FLIGHT); what was alive before left out of garbage
    collection → wall seconds, and this process's CPU seconds."""
    from archive.ingest import WRITES_IN_FLIGHT, settle_stories, write_documents
    from archive.io.stories import Session, assign
    from archive.workers import frozen_heap

    with frozen_heap(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="bulk") as writer:
        started, cpu = time.perf_counter(), time.process_time()
        session = Session(es, index) if find_stories else None
        writing: deque[Future] = deque()
        for start in range(0, len(documents), BATCH):
            batch = documents[start:start + BATCH]
            now = assign(session, batch) if session is not None else batch
            writing.append(writer.submit(write_documents, es, index, now))
            while len(writing) > WRITES_IN_FLIGHT:
                writing.popleft().result()
        while writing:
            writing.popleft().result()
        if session is not None:
            settle_stories(es, index, session)
        es.indices.refresh(index=index)
        return time.perf_counter() - started, time.process_time() - cpu


def measure_stories(es, settings, documents: list[dict[str, Any]], cpu_stage_seconds: float,
                    rounds: int = 3) -> dict[str, Any]:
    """Built documents and the seconds their CPU stages took → detection seconds and its share of
    ingest. Each timing is the best of ``rounds``, the two indexings alternating (the node is shared:
    with two rounds, one run's difference swung 0.8–1.6 s). Beside it, ``lookup_cpu_seconds``: what
    the look-ups and the settle cost this process in CPU (with stories − plain, best of each), the
    part a free core hides from the wall time while the node writes the previous bulk."""
    from archive import stories
    from archive.io.elastic import ensure_archive

    from archive.workers import frozen_heap

    seconds: dict[str, float] = {}
    for _ in range(rounds):
        with frozen_heap():  # as the workers run the stages
            started = time.perf_counter()
            for doc in documents:
                stories.bands_of(doc["id"], doc.get("body_simplified") or doc.get("body") or "")
            seconds["bands"] = min(seconds.get("bands", float("inf")), time.perf_counter() - started)

    ensure_archive(es, settings)
    for _ in range(rounds):
        for label, find in (("plain", False), ("stories", True)):
            index = f"{settings.alias}-v{950 + find}"
            es.indices.create(index=index)
            took, cpu = _index_in_batches(es, index, copy.deepcopy(documents), find)
            seconds[label] = min(seconds.get(label, float("inf")), took)
            seconds[f"{label}_cpu"] = min(seconds.get(f"{label}_cpu", float("inf")), cpu)
            if find:
                stored = es.count(index=index, query={"term": {"story_primary": False}})["count"]
            es.indices.delete(index=index)
    detection = seconds["bands"] + max(seconds["stories"] - seconds["plain"], 0.0)
    ingest = cpu_stage_seconds + seconds["plain"]
    return {"documents": len(documents), "bands_seconds": seconds["bands"], "index_plain_seconds": seconds["plain"],
            "index_with_stories_seconds": seconds["stories"], "copies_found": stored,
            "lookup_cpu_seconds": max(seconds["stories_cpu"] - seconds["plain_cpu"], 0.0),
            "ingest_seconds": ingest, "detection_seconds": detection, "stories_cost": detection / ingest}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=3000)
    args = parser.parse_args(argv)
    prefix = os.environ.setdefault("ARCHIVE_INDEX_PREFIX", "bench-")  # another prefix: runs beside make bench
    sys.path.insert(0, str(REPO))
    from archive.config import ElasticSettings
    from archive.io import elastic
    from archive.pipeline import default_pipeline
    from bench.corpus import generate
    from bench.run import delete_bench_indices, measure_stages
    from bench.sources import source_for_page

    settings = ElasticSettings.from_env()
    es = elastic.connect(settings, request_timeout=120)
    pipeline = default_pipeline()
    sources = [source_for_page(p.name, p.data) for p in generate(args.articles, pipeline)]
    stages = measure_stages(pipeline, sources)
    cpu = sum(v for k, v in stages["seconds"].items() if k != "anchor")
    def delete_indices() -> None:
        if prefix == "bench-":
            delete_bench_indices(es)
            return
        if names := list(es.indices.get(index=f"{prefix}*", allow_no_indices=True, expand_wildcards="all")):
            es.indices.delete(index=",".join(names), ignore_unavailable=True)
        elastic.delete_templates(es, f"{prefix}news")

    delete_indices()
    try:
        result = measure_stories(es, settings, stages["documents"], cpu)
    finally:
        delete_indices()
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in result.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
