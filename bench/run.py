"""The benchmark: one corpus, every stage, the bulk path and the end-to-end ingest, against targets.

`make bench` (or `.venv/bin/python bench/run.py --articles 500` while developing). Writes
bench/latest.json. Runs against the node at ELASTICSEARCH_URL (default the local one) under
the index prefix ``bench-`` and deletes its indices at the end.
"""

from __future__ import annotations

import argparse
import functools
import copy
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from collections.abc import Callable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ["ARCHIVE_INDEX_PREFIX"] = "bench-"  # before any settings are read

from bench.corpus import generate, write  # noqa: E402
from bench.e2e import peak_rss_mb, rss_mb  # noqa: E402
from bench.sources import source_for_page  # noqa: E402
from bench.stories import measure_stories  # noqa: E402

TARGETS = {  # metric → (comparison, bound, what it means)
    "e2e_vs_anchor": (">=", 2.0, "end-to-end chars/s ≥ 2× plain jieba.lcut on one core"),
    "enrich_vs_segment": (">=", 1.0, "enrichment no slower than segmentation (our segmenter: rjieba)"),
    # The target was set when segmentation meant jieba; this reads it against plain jieba.
    "enrich_vs_jieba": (">=", 1.0, "enrichment no slower than plain jieba segmentation (the anchor)"),
    # Issue 11's targets, read in CPU time (time.process_time): stable on a loaded machine.
    "enrich_vs_jieba_cpu": (">=", 3.0, "enrichment ≥ 3× plain jieba.lcut chars per CPU second"),
    "split_vs_jieba_cpu": (">=", 3.0, "text split (decode+clean+split) ≥ 3× plain jieba.lcut chars per CPU second"),
    "bulk_ratio": (">=", 0.9, "BulkIndexer ≥ 0.9× raw streaming_bulk"),
    "orchestration_overhead": ("<=", 0.10, "Prefect flow ≤ 10% slower than the CLI path"),
    "rss_growth_1k_to_10k": ("<=", 0.10, "RSS flat (≤ 10% growth) from 1k to 10k articles"),
    "stories_cost": ("<=", 0.10, "story detection (band keys + look-up + recount) ≤ 10% of ingest time"),
}


def _timed(func: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = func()
    return time.perf_counter() - started, result


def delete_bench_indices(es) -> None:
    from archive.io import elastic

    names = list(es.indices.get(index="bench-*", allow_no_indices=True, expand_wildcards="all"))
    if names:
        es.indices.delete(index=",".join(names), ignore_unavailable=True)
    elastic.delete_templates(es, "bench-news")


# -- (a) + (b): the CPU stages in this process -----------------------------------------------


def measure_stages(pipeline, sources, rounds: int = 1) -> dict[str, Any]:
    """Every CPU stage over the corpus → its wall and CPU seconds, plus the built documents.

    The anchor and enrichment, whose ratio is a target, are timed ``rounds`` times in turn and the
    least counts: noise on a shared machine only ever adds time (timeit reports the least for the
    same reason), and both are read the same way. Their caches are small and bounded, so a later
    round gains nothing from the first (measured: enrichment 2.41, 2.29, 2.44 CPU s on 4k
    articles). The other stages keep caches as large as the corpus, so they are timed once."""
    import jieba

    from archive.enrich import enrich_article
    from archive.workers import frozen_heap

    cpu: dict[str, float] = {}
    seconds: dict[str, float] = {}

    def timed(func: Callable[[], Any], name: str) -> Any:
        """The result; the stage's least wall and CPU seconds so far go to ``seconds``/``cpu``. Each
        stage, the anchor too, runs with what is alive before it frozen out of garbage collection,
        as ingest runs its stages (archive.workers.frozen_heap): otherwise every full collection in
        a stage walks the 10k articles the bench keeps (enrichment 9.8 → 7.7 CPU s, same code)."""
        with frozen_heap():
            started = time.process_time()
            took, result = _timed(func)
            used = time.process_time() - started
        seconds[name] = min(seconds.get(name, float("inf")), took)
        cpu[name] = min(cpu.get(name, float("inf")), used)
        return result

    def unenriched() -> tuple[list, list[str]]:
        """The corpus split again (untimed) and segmented, ready for enrichment, and its search texts."""
        articles = [a for s in sources for a in pipeline.split(s)]
        texts = [pipeline.search_text(a) for a in articles]
        for article, text in zip(articles, texts):
            article.tokens = pipeline.segmenter.cut(text)
        return articles, texts

    pages = timed(lambda: [pipeline.split(s) for s in sources], "split")
    articles = [a for page in pages for a in page]
    texts = [pipeline.search_text(a) for a in articles]
    def cut_all(texts: list[str]) -> list[list[str]]:
        return [jieba.lcut(t) for t in texts]

    def enrich_all(articles: list) -> list:
        return [enrich_article(a, pipeline.vocabulary) for a in articles]

    jieba.initialize()
    timed(functools.partial(cut_all, texts), "anchor")
    tokens = timed(lambda: [pipeline.segmenter.cut(t) for t in texts], "segment")
    for article, article_tokens in zip(articles, tokens):
        article.tokens = article_tokens
    enrich_article(copy.deepcopy(articles[0]), pipeline.vocabulary)  # vocabulary tables built outside the timing
    timed(functools.partial(enrich_all, articles), "enrich")
    documents = timed(lambda: [pipeline.document(a) for a in articles], "document")
    for _ in range(rounds - 1):
        again, again_texts = unenriched()
        timed(functools.partial(cut_all, again_texts), "anchor")
        timed(functools.partial(enrich_all, again), "enrich")
    return {
        "articles": len(articles), "chars": sum(len(a.body) for a in articles), "documents": documents,
        "seconds": seconds, "cpu_seconds": cpu, "rounds": rounds,
    }


# -- (c): the bulk path ----------------------------------------------------------------------


def raw_streaming_bulk(es, index: str, documents: list[dict]) -> int:
    from elasticsearch import helpers

    actions = ({"_op_type": "index", "_index": index, "_id": d["id"], "_source": d} for d in documents)
    ok = 0
    for success, _ in helpers.streaming_bulk(es, actions, chunk_size=500, max_retries=8, raise_on_error=False):
        ok += success
    return ok


def project_bulk(es, index: str, documents: list[dict]) -> int:
    from archive.io.elastic import BulkIndexer

    return BulkIndexer(es, index).index_documents(documents).indexed


def measure_bulk(es, settings, documents: list[dict], rounds: int = 2) -> dict[str, float]:
    """Best of ``rounds`` for each, alternating, each into a fresh index made from the article template."""
    from archive.io.elastic import ensure_archive

    ensure_archive(es, settings)
    best = {"raw": float("inf"), "ours": float("inf")}
    runs = {"raw": raw_streaming_bulk, "ours": project_bulk}
    for number in range(rounds):
        for name, run in runs.items():
            index = f"{settings.alias}-v{900 + number * 2 + (name == 'ours')}"
            es.indices.create(index=index)
            seconds, indexed = _timed(functools.partial(run, es, index, documents))
            assert indexed == len(documents), f"{name} bulk indexed {indexed} of {len(documents)}"
            best[name] = min(best[name], seconds)
            es.indices.delete(index=index)
    return best


# -- (d) + (e): end to end in fresh processes -----------------------------------------------------


def run_e2e(path: str, folder: Path, workers: int, batch_size: int, timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.e2e", path, str(folder), "--workers", str(workers),
           "--batch-size", str(batch_size)]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False,
                          env=dict(os.environ, PYTHONPATH=str(REPO)))
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH-RESULT "):
            return json.loads(line[len("BENCH-RESULT "):])
    raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-3000:]}")


def has_ingest_flow() -> bool:
    try:
        from flows.ingest import ingest  # noqa: F401
    except Exception:
        return False
    return True


# -- report -------------------------------------------------------------------------------------


def verdict(metric: str, value: float | None) -> str:
    if value is None:
        return "not measured"
    op, bound, _ = TARGETS[metric]
    met = value >= bound if op == ">=" else value <= bound
    return f"{'MET' if met else 'MISSED'} ({op} {bound})"


def print_report(results: dict[str, Any]) -> None:
    rows = results["rows"]
    width = max(len(name) for name, _, _ in rows)
    cpu = results.get("cpu", {})
    print(f"\n{'stage':<{width}}  {'seconds':>9}  {'chars/s':>12}  {'CPU s':>7}")
    for name, seconds, rate in rows:
        used = cpu.get(name)
        print(f"{name:<{width}}  {seconds:>9.2f}  {rate:>12,.0f}  {'' if used is None else f'{used:7.2f}'}")
    print()
    for metric, (_, _, meaning) in TARGETS.items():
        value = results["ratios"].get(metric)
        shown = "—" if value is None else f"{value:.3f}"
        print(f"{metric:<24} {shown:>8}  {verdict(metric, value):<16} {meaning}")
    for label, run in results["latest"]["e2e_runs"].items():
        if run.get("cpu_seconds"):  # where the cores went: the pipeline in the workers, indexing here, the node
            used = ", ".join(f"{who} {sec:.1f}" for who, sec in run["cpu_seconds"].items() if sec is not None)
            print(f"end to end {label}: CPU seconds {used} (wall {run['seconds']:.1f} s × {os.cpu_count()} cores)")
    print(f"\nRSS: {results['latest']['rss_mb_1k']} MB after 1k articles, {results['latest']['rss_mb_10k']} MB after "
          f"{results['articles']:,}; peak {results['latest']['peak_rss_mb']} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=50, help="pages per ingest batch")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--stage-rounds", type=int, default=3, help="the anchor and enrichment timed this many times in turn; the least counts")
    parser.add_argument("--no-flow", action="store_true", help="skip the Prefect flow path")
    parser.add_argument("--output", default=str(REPO / "bench" / "latest.json"))
    args = parser.parse_args(argv)

    from archive.config import ElasticSettings
    from archive.io import elastic
    from archive.pipeline import default_pipeline

    settings = ElasticSettings.from_env()
    es = elastic.connect(settings, request_timeout=120)
    pipeline = default_pipeline()
    pages = generate(args.articles, pipeline)
    sources = [source_for_page(p.name, p.data) for p in pages]
    print(f"corpus: {len(pages)} pages, {sum(len(p.data) for p in pages) / 1e6:.1f} MB", flush=True)

    stages = measure_stages(pipeline, sources, rounds=args.stage_rounds)
    chars, secs, cpu = stages["chars"], stages["seconds"], stages["cpu_seconds"]
    print(f"stages done: {stages['articles']} articles, {chars:,} chars", flush=True)

    delete_bench_indices(es)
    bulk = measure_bulk(es, settings, stages["documents"])
    cpu_seconds = sum(v for k, v in secs.items() if k != "anchor")
    story_cost = measure_stories(es, settings, stages["documents"], cpu_seconds)
    print(f"stories done: detection {story_cost['detection_seconds']:.2f}s of {story_cost['ingest_seconds']:.2f}s", flush=True)
    documents = len(stages.pop("documents"))
    print(f"bulk done: raw {bulk['raw']:.2f}s, ours {bulk['ours']:.2f}s", flush=True)

    timeout = max(600.0, args.articles * 0.5)
    e2e: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        folder = Path(tmp)
        write(pages, folder)
        for label, path, workers in (("cli_1", "cli", 1), (f"cli_{args.workers}", "cli", args.workers)) + (
                () if args.no_flow or not has_ingest_flow() else (("flow", "flow", args.workers),)):
            delete_bench_indices(es)
            e2e[label] = run_e2e(path, folder, workers, args.batch_size, timeout)
            print(f"{label} done: {e2e[label]['seconds']:.1f}s {e2e[label]['counts']}", flush=True)
    delete_bench_indices(es)

    parallel = e2e[f"cli_{args.workers}"]
    serial = e2e["cli_1"]
    marks = serial["rss_marks_mb"]
    rss_1k = marks.get("1000")
    rss_10k = marks.get(str(max((int(k) for k in marks), default=0))) if marks else None
    rate = lambda seconds: chars / seconds if seconds else 0.0
    best_e2e = min(serial["seconds"], parallel["seconds"])
    latest = {
        "articles": stages["articles"], "chars": chars, "documents": documents,
        "anchor_chars_per_s": rate(secs["anchor"]),
        "split_chars_per_s": rate(secs["split"]),
        "segment_chars_per_s": rate(secs["segment"]),
        "enrich_chars_per_s": rate(secs["enrich"]),
        "document_chars_per_s": rate(secs["document"]),
        "end_to_end_chars_per_s": rate(best_e2e),
        "end_to_end_1_worker_chars_per_s": rate(serial["seconds"]),
        f"end_to_end_{args.workers}_workers_chars_per_s": rate(parallel["seconds"]),
        "flow_chars_per_s": rate(e2e["flow"]["seconds"]) if "flow" in e2e else None,
        "raw_bulk_docs_per_s": documents / bulk["raw"], "bulk_indexer_docs_per_s": documents / bulk["ours"],
        "bulk_ratio": bulk["raw"] / bulk["ours"],
        "orchestration_overhead": e2e["flow"]["seconds"] / parallel["seconds"] - 1 if "flow" in e2e else None,
        "rss_mb_1k": rss_1k, "rss_mb_10k": rss_10k,
        "peak_rss_mb": max([serial["peak_rss_mb"], parallel["peak_rss_mb"], parallel["peak_rss_children_mb"],
                            round(peak_rss_mb(), 1)]),
        "bench_process_rss_mb": round(rss_mb(), 1),
        "e2e_runs": e2e, "stage_seconds": secs, "stage_cpu_seconds": cpu, "stage_rounds": stages["rounds"], "bulk_seconds": bulk, "stories": story_cost,
        "machine": {"cpus": os.cpu_count()},
    }
    ratios = {
        "e2e_vs_anchor": latest["end_to_end_chars_per_s"] / latest["anchor_chars_per_s"],
        "enrich_vs_segment": latest["enrich_chars_per_s"] / latest["segment_chars_per_s"],
        "enrich_vs_jieba": latest["enrich_chars_per_s"] / latest["anchor_chars_per_s"],
        "enrich_vs_jieba_cpu": cpu["anchor"] / cpu["enrich"] if cpu["enrich"] else None,
        "split_vs_jieba_cpu": cpu["anchor"] / cpu["split"] if cpu["split"] else None,
        "bulk_ratio": latest["bulk_ratio"],
        "orchestration_overhead": latest["orchestration_overhead"],
        "rss_growth_1k_to_10k": (rss_10k / rss_1k - 1) if rss_1k and rss_10k else None,
        "stories_cost": story_cost["stories_cost"],
    }
    latest["ratios"] = ratios
    latest["targets"] = {metric: verdict(metric, ratios[metric]) for metric in TARGETS}
    least = f" (least of {stages['rounds']})" if stages["rounds"] > 1 else ""
    rows = [(f"jieba.lcut (anchor){least}", secs["anchor"], rate(secs["anchor"])),
            ("decode+clean+split", secs["split"], rate(secs["split"])),
            ("segment", secs["segment"], rate(secs["segment"])),
            (f"enrich{least}", secs["enrich"], rate(secs["enrich"])),
            ("build document", secs["document"], rate(secs["document"])),
            ("bulk raw streaming_bulk", bulk["raw"], rate(bulk["raw"])),
            ("bulk BulkIndexer", bulk["ours"], rate(bulk["ours"])),
            ("story band keys", story_cost["bands_seconds"], rate(story_cost["bands_seconds"])),
            ("index with stories", story_cost["index_with_stories_seconds"], rate(story_cost["index_with_stories_seconds"])),
            ("index without stories", story_cost["index_plain_seconds"], rate(story_cost["index_plain_seconds"]))]
    rows += [(f"end to end {label}", run["seconds"], rate(run["seconds"])) for label, run in e2e.items()]
    stage_rows = dict(zip(("anchor", "split", "segment", "enrich", "document"), (r[0] for r in rows)))
    print_report({"rows": rows, "ratios": ratios, "latest": latest, "articles": stages["articles"],
                  "cpu": {stage_rows[k]: v for k, v in cpu.items()}})
    Path(args.output).write_text(json.dumps(latest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
