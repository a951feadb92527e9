"""One adjustment to Prefect's flow engine, applied when the flows package is imported.

A sync flow run keeps a heartbeat thread (crash detection, every 180 s by default) that sleeps
in 1-second steps; on exit the engine joins it, so every sync flow call returned 0–1 s (≈ 0.5 s
on average) after its run had already reached its final state. We keep the heartbeats and only
skip that join, as Prefect's own async engine does (``join_on_exit=False``): the daemon thread
sees the stop event within a second and ends by itself without emitting again.
"""

from __future__ import annotations

import inspect
from contextlib import AbstractContextManager
from typing import Any

from prefect import flow_engine

_original = getattr(flow_engine, "_send_heartbeats", None)


def _heartbeats_without_join(engine: Any, join_on_exit: bool = True) -> AbstractContextManager[None]:
    """Prefect's heartbeat context, not waiting for the thread's current 1-second sleep on exit."""
    return _original(engine, join_on_exit=False)  # type: ignore[misc]


def skip_heartbeat_join() -> bool:
    """Installs the adjustment if this Prefect has the hook it expects; True when installed."""
    if _original is None or "join_on_exit" not in inspect.signature(_original).parameters:
        return False  # another Prefect version: leave its engine alone
    flow_engine._send_heartbeats = _heartbeats_without_join
    return True
