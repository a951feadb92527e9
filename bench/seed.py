"""Stage throughput on the seed page, in one run: plain jieba.lcut (the anchor), our segmenter,
the text stage (decode + clean + split) and enrichment, each over the page repeated.

    .venv/bin/python bench/seed.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "samples" / "zhejiang-workers-daily-2023-spring-festival.txt"


def best_of(rounds: int, func) -> float:
    """Seconds of the fastest of ``rounds`` calls (the least disturbed by other load)."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20, help="copies of the page per round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    import jieba

    from archive.io.sources import read_path
    from archive.pipeline import default_pipeline

    jieba.setLogLevel(60)
    pipeline = default_pipeline()
    source = read_path(SEED)
    articles = pipeline.split(source)
    bodies = [a.body for a in articles] * args.repeat
    chars = sum(len(b) for b in bodies)
    jieba.lcut(bodies[0])  # load jieba's dictionary outside the timing

    def enrich_all() -> None:
        fresh = [copy.deepcopy(a) for a in articles for _ in range(args.repeat)]
        started = time.perf_counter()
        for article in fresh:
            pipeline.enrich(article)
        return time.perf_counter() - started

    timings = {
        "jieba.lcut (anchor)": best_of(args.rounds, lambda: [jieba.lcut(b) for b in bodies]),
        "segmenter (archive.text.segment)": best_of(args.rounds, lambda: [pipeline.segmenter.cut(b) for b in bodies]),
        "text stage (decode+clean+split)": best_of(args.rounds, lambda: [pipeline.split(source) for _ in range(args.repeat)]),
        "segment + enrich (Pipeline.enrich)": min(enrich_all() for _ in range(args.rounds)),
    }
    anchor = chars / timings["jieba.lcut (anchor)"]
    print(f"seed page ×{args.repeat}: {chars:,} characters of article text, best of {args.rounds}")
    for name, seconds in timings.items():
        rate = chars / seconds
        print(f"  {name:<36} {rate:>12,.0f} chars/s  {rate / anchor:5.2f}× anchor")


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
