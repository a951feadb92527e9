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
from archive.pipeline import default_pipeline

# Imported by every run on first use (sys.modules after a forked run, less before it): ≈ 50 ms per run.
RUN_TIME_IMPORTS = ("prefect.task_engine", "prefect.utilities.visualization", "prefect.concurrency.sync",
                    "anyio._backends._asyncio", "archive.mappings", "multiprocessing.synchronize", "rich._emoji_codes")

for name in RUN_TIME_IMPORTS:
    try:
        importlib.import_module(name)
    except ImportError:  # another prefect version: its runs import what they need themselves
        pass

try:
    default_pipeline().warm_up()  # the active pipeline loaded and one page taken through every stage
except Exception:  # a broken vocabulary: each run loads it again and reports the error in its own logs
    logging.getLogger("archive.warm").exception("the warm fork server could not load the pipeline")

# Every forked run shares this heap: freezing it spares their garbage collections walking it
# (and so copying its pages).
gc.freeze()
