"""One end-to-end ingest of a corpus folder in a fresh process, so its memory is its own.

`python -m bench.e2e cli|flow FOLDER --workers N` prints one JSON line: seconds, counts,
RSS (MB) after the first 1,000 and after all documents were built, and peak RSS.
Pipeline loading, the Prefect harness start-up and one empty warm-up flow run are outside
the timed part. The CLI path also reports where the CPU went: this process (reading,
indexing, story look-ups), its pool workers (split, segment, enrich, build documents) and
the local Elasticsearch node, and the node's index operations, refreshes and merges in the run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    """Current resident set of this process, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def es_cpu_seconds() -> float | None:
    """CPU seconds used so far by the local node that ELASTICSEARCH_URL points at, when a
    LocalNode launched it (`archive es start`, or one on another port); None otherwise."""
    from urllib.parse import urlsplit

    from archive.config import ElasticSettings, cache_dir
    from archive.io.es_node import LocalNode

    port = urlsplit(ElasticSettings.from_env().url.split(",")[0].strip()).port
    names = [p.name.rsplit("-", 1)[0] for p in (cache_dir() / "nodes").glob(f"*-{port}")]
    pid = next((pid for name in names if (pid := LocalNode(port=port or 0, name=name).pid())), None)
    if pid is None:
        return None
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def cpu_marks() -> dict[str, float | None]:
    """This process's, its (ended) children's and the local node's CPU seconds so far."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"main": time.process_time(), "workers": children.ru_utime + children.ru_stime, "elasticsearch": es_cpu_seconds()}


def node_marks(es) -> dict[str, int]:
    """Counters of the node(s) ELASTICSEARCH_URL points at: index operations, refreshes, merges
    (on a shared node, other clients' work counts too)."""
    marks = {"index_ops": 0, "refreshes": 0, "merges": 0}
    for node in es.nodes.stats(metric="indices", index_metric="indexing,refresh,merge")["nodes"].values():
        indices = node["indices"]
        marks["index_ops"] += indices["indexing"]["index_total"]
        marks["refreshes"] += indices["refresh"]["total"]
        marks["merges"] += indices["merges"]["total"]
    return marks


def cpu_used(before: dict[str, float | None], after: dict[str, float | None]) -> dict[str, float | None]:
    """Two cpu_marks → CPU seconds each consumer used in between."""
    return {k: None if before[k] is None or after[k] is None else round(after[k] - before[k], 2)  # type: ignore[operator]
            for k in before}


def sampling_pipeline(marks: dict[str, float], every: int = 1000):
    """The default pipeline, sampling RSS after each ``every`` built documents."""
    from archive.pipeline import Pipeline, default_pipeline

    base = default_pipeline()

    class Sampling(Pipeline):
        built = 0

        def document(self, article, ingested_at=None):
            doc = super().document(article, ingested_at)
            Sampling.built += 1
            if Sampling.built % every == 0:
                marks[str(Sampling.built)] = round(rss_mb(), 1)
            return doc

    pipeline = Sampling(base.vocabulary, base.segmenter)
    pipeline.version = base.version
    return pipeline


def run_cli(files: list[str], workers: int, batch_size: int) -> dict:
    from archive.config import ElasticSettings
    from archive.ingest import ingest
    from archive.io import elastic

    settings = ElasticSettings.from_env()
    es = elastic.connect(settings)
    marks: dict[str, float] = {}
    pipeline = sampling_pipeline(marks)
    node = node_marks(es)
    started, cpu = time.perf_counter(), cpu_marks()
    report = ingest(files, pipeline=pipeline, es=es, settings=settings, batch_size=batch_size, workers=workers)
    seconds = time.perf_counter() - started
    node_after = node_marks(es)
    return {"seconds": seconds, "counts": report.counts(), "rss_marks_mb": marks, "cpu_seconds": cpu_used(cpu, cpu_marks()),
            "node": {name: node_after[name] - node[name] for name in node}}


def run_flow(files: list[str], workers: int, batch_size: int) -> dict:
    sys.path.insert(0, str(REPO))  # flows/ lives beside src/
    os.environ["ARCHIVE_WORKERS"] = str(workers)  # the same pool size as the CLI run it is compared with
    from prefect.testing.utilities import prefect_test_harness

    from archive.pipeline import default_pipeline
    from flows.ingest import ingest as ingest_flow

    default_pipeline()  # forked workers inherit it, as the CLI run's do
    with prefect_test_harness(server_startup_timeout=120):
        # A served deployment talks to a long-running server; the first flow run against a
        # freshly started one pays its warm-up (migrations, caches), which is not per-run overhead.
        ingest_flow(sources=[], batch_size=batch_size)
        started = time.perf_counter()
        counts = ingest_flow(sources=files, batch_size=batch_size)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "counts": counts, "rss_marks_mb": {}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", choices=("cli", "flow"))
    parser.add_argument("folder")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=50)
    args = parser.parse_args(argv)
    files = sorted(str(p) for p in Path(args.folder).iterdir() if p.is_file())
    if args.path == "cli":
        result = run_cli(files, args.workers, args.batch_size)
    else:
        result = run_flow(files, args.workers, args.batch_size)
    result.update(peak_rss_mb=round(peak_rss_mb(), 1), peak_rss_children_mb=round(peak_rss_mb(resource.RUSAGE_CHILDREN), 1),
                  rss_end_mb=round(rss_mb(), 1))
    print("BENCH-RESULT " + json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
