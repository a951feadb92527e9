"""Shared pieces of the fault tests: a corpus on disk, the ids it must yield, a hookable pipeline."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any
from collections.abc import Callable

from archive.io import elastic
from archive.pipeline import Pipeline
from bench.corpus import generate, write
from bench.sources import source_for_file


def corpus_files(pipeline: Pipeline, folder: Path, articles: int, per_page: int = 10) -> list[Path]:
    """Recombined pages written to ``folder`` (no seed pages: every page is new)."""
    return write(generate(articles, pipeline, per_page=per_page, include_seeds=False), folder)


def expected_ids(pipeline: Pipeline, files: list[Path]) -> set[str]:
    """The document ids the files must give (ids are fixed by the split stage alone)."""
    return {article.id for path in files for article in pipeline.split(source_for_file(path))}


def stored_ids(es, alias: str) -> list[str]:
    es.indices.refresh(index=alias)
    return [doc["id"] for doc in elastic.scan_documents(es, alias)]


class HookedPipeline(Pipeline):
    """The real pipeline with a hook on each built document (to inject a fault at a known point)."""

    def __init__(self, base: Pipeline, on_document: Callable[[int, dict[str, Any]], None]):
        super().__init__(base.vocabulary, base.segmenter)
        self.version = base.version
        self.on_document = on_document
        self.built = 0

    def document(self, article, ingested_at=None):
        doc = super().document(article, ingested_at)
        self.built += 1
        self.on_document(self.built, doc)
        return doc


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (children, their children...), read from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(ppid, []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def running(pid: int) -> bool:
    """Is ``pid`` a live process (not gone, not a zombie waiting to be reaped)?"""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def survivors(pids: set[int], timeout: float = 10.0) -> set[int]:
    """The processes among ``pids`` still running after up to ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    alive = {pid for pid in pids if running(pid)}
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = {pid for pid in alive if running(pid)}
    return alive
