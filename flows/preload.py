"""Imported once by the warm fork server of `archive serve` (flows/warm.py): what every served
flow run needs, loaded before any run arrives; each run is forked with it in memory.

Importing this module imports prefect and the flows and loads the active vocabulary's pipeline.
"""

from __future__ import annotations

import gc
import logging

import flows.ingest  # imported for the runs forked from here
import flows.maintenance  # noqa: F401
from archive.pipeline import default_pipeline

try:
    default_pipeline()
except Exception:  # a broken vocabulary: each run loads it again and reports the error in its own logs
    logging.getLogger("archive.warm").exception("the fork server could not load the pipeline")

# Every forked run shares this heap: freezing it spares their garbage collections walking it
# (and so copying its pages).
gc.freeze()
