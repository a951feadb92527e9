"""Imported once by the warm fork server of `archive serve` (flows/warm.py): what every served
flow run needs, loaded before any run arrives; each run is forked with it in memory.

Importing this module imports prefect and the flows, loads the active vocabulary's pipeline and
puts one small page through it (the stages build some of their parts on first use: ≈ 0.14 s that
would otherwise fall on the first article of every forked run).
"""

from __future__ import annotations

import gc
import importlib
import logging

import flows.ingest  # imported for the runs forked from here
import flows.maintenance  # noqa: F401
from archive.model import Source
from archive.pipeline import default_pipeline

# Imported by every run on first use (sys.modules after a forked run, less before it): ≈ 50 ms per run.
RUN_TIME_IMPORTS = ("prefect.task_engine", "prefect.utilities.visualization", "prefect.concurrency.sync",
                    "anyio._backends._asyncio", "archive.mappings", "multiprocessing.synchronize", "rich._emoji_codes")
WARM_UP_PAGE = """宁波市总工会开展新就业形态劳动者关爱行动
本报讯 近日，宁波市总工会走访慰问坚守一线的快递员、外卖骑手，为他们送去米面油等慰问品。
此次活动共慰问职工100余人，发放慰问金1万元。
"""


def warm_up() -> None:
    """The active pipeline loaded and one page, as text and as HTML, taken through every stage (nothing is stored)."""
    pipeline = default_pipeline()
    title, body = WARM_UP_PAGE.split("\n", 1)
    html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>"
    for name, data in (("warm-up.txt", WARM_UP_PAGE), ("warm-up.html", html)):
        source = Source(key="warm-up", kind="file", location=name, data=data.encode("utf-8"))
        for article in pipeline.process(source).articles:
            pipeline.document(article)


for name in RUN_TIME_IMPORTS:
    try:
        importlib.import_module(name)
    except ImportError:  # another prefect version: its runs import what they need themselves
        pass

try:
    warm_up()
except Exception:  # a broken vocabulary: each run loads it again and reports the error in its own logs
    logging.getLogger("archive.warm").exception("the warm fork server could not load the pipeline")

# Every forked run shares this heap: freezing it spares their garbage collections walking it
# (and so copying its pages).
gc.freeze()
