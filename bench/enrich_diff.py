"""Enrichment output and CPU time on a fixed corpus: the check that a speed-up changes nothing.

~2,000 bench-corpus articles, the seed page and the dev corpus texts (when /work/shared is
present) are split and enriched; their facets go to a JSON file, and the CPU time
(time.process_time, robust on a loaded machine) of plain jieba.lcut, the text split and
enrichment is printed with the ratios.

    .venv/bin/python bench/enrich_diff.py --out /tmp/before.json
    .venv/bin/python bench/enrich_diff.py --out /tmp/after.json --compare /tmp/before.json
    .venv/bin/python bench/enrich_diff.py --profile 600      # cProfile of enrichment only
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "samples" / "zhejiang-workers-daily-2023-spring-festival.txt"
DEV = REPO.parent / "shared" / "dev-corpus" / "articles.jsonl"
FACETS = ("venue_places", "places_mentioned", "groups_served", "programme_types", "evidence", "figures",
          "organisations", "people", "programme_dates", "date_estimated")


def sources(n_articles: int, pipeline) -> list:
    from bench.corpus import generate
    from bench.sources import source_for_page

    pages = [source_for_page(p.name, p.data) for p in generate(n_articles, pipeline, include_seeds=False)]
    pages.append(source_for_page(SEED.name, SEED.read_bytes()))
    if DEV.is_file():
        for line in DEV.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            pages.append(source_for_page(f"dev-{row['id']}.txt", row["text"].encode("utf-8")))
    return pages


def cpu(func) -> tuple[float, object]:
    started = time.process_time()
    result = func()
    return time.process_time() - started, result


def facets(article) -> dict:
    data = article.to_dict()
    return {name: data.get(name) for name in FACETS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", type=Path, help="an earlier --out to compare with")
    parser.add_argument("--profile", type=int, default=0, help="cProfile enrichment of the first N articles")
    args = parser.parse_args()

    import jieba

    from archive.enrich import enrich_article
    from archive.pipeline import default_pipeline

    jieba.setLogLevel(60)
    pipeline = default_pipeline()
    pages = sources(args.articles, pipeline)
    split_s, split = cpu(lambda: [pipeline.split(s) for s in pages])
    articles = [a for page in split for a in page]
    texts = [pipeline.search_text(a) for a in articles]
    chars = sum(len(t) for t in texts)
    jieba.initialize()
    enrich_article(copy.deepcopy(articles[0]), pipeline.vocabulary)  # load the vocabulary outside the timing

    if args.profile:
        import cProfile
        import pstats

        sample = articles[: args.profile]
        profiler = cProfile.Profile()
        profiler.enable()
        for article in sample:
            enrich_article(article, pipeline.vocabulary)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(35)
        return 0

    anchor_s, _ = cpu(lambda: [jieba.lcut(t) for t in texts])
    enrich_s, _ = cpu(lambda: [enrich_article(a, pipeline.vocabulary) for a in articles])
    print(f"{len(articles)} articles, {chars:,} chars (CPU seconds)")
    print(f"  jieba.lcut (anchor) {anchor_s:6.2f} s")
    print(f"  text split          {split_s:6.2f} s  {anchor_s / split_s:5.2f}× anchor")
    print(f"  enrichment          {enrich_s:6.2f} s  {anchor_s / enrich_s:5.2f}× anchor")

    out = {f"{a.source_key}#{a.ordinal}": facets(a) for a in articles}
    if args.out:
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        now = json.loads(json.dumps(out, ensure_ascii=False, sort_keys=True))
        differ = [k for k in sorted(set(before) | set(now)) if before.get(k) != now.get(k)]
        print(f"output: {len(differ)} of {len(now)} articles differ from {args.compare}")
        for key in differ[:10]:
            for name in FACETS:
                old, new = (before.get(key) or {}).get(name), (now.get(key) or {}).get(name)
                if old != new:
                    print(f"  {key} {name}: {old!r} → {new!r}")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
