"""Prefect events the archive emits: a source arrived, the vocabulary changed.

Deployment triggers (flows/deployments.py) start the ingest and reprocess flows on them. Events
go to the Prefect API in PREFECT_API_URL, or to the local server `archive serve` starts.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SOURCE_RECEIVED = "archive.source.received"
VOCABULARY_UPDATED = "archive.vocabulary.updated"
LOCAL_API_URL = "http://127.0.0.1:4200/api"  # where `archive serve` starts its server


def prefect_api_url() -> str:
    """The Prefect API events go to: $PREFECT_API_URL, else the local `archive serve` server."""
    from archive import config

    return config.prefect_api_url() or LOCAL_API_URL


def source_location(location: str) -> str:
    """A path or URL → what the ingest flow can open anywhere on this machine (absolute paths)."""
    if location.startswith(("http://", "https://")):
        return location
    return str(Path(location).expanduser().resolve())


def check_api(url: str) -> None:
    """Raise a message an operator can act on when the Prefect API does not answer (events
    are sent in the background, so a dead server would otherwise drop them silently)."""
    import urllib.request

    try:
        with urllib.request.urlopen(f"{url}/health", timeout=5):
            return
    except OSError as error:
        raise RuntimeError(f"no Prefect API at {url} ({error}): start `archive serve` or set PREFECT_API_URL") from None


def _emit(event: str, resource: dict[str, str], payload: dict[str, Any]) -> str:
    """Send one event now (not through Prefect's background worker: a CLI exits right after,
    and the worker keeps the first API URL it saw)."""
    from prefect.events import Event
    from prefect.events.clients import PrefectEventsClient
    from prefect.utilities.asyncutils import run_coro_as_sync

    url = prefect_api_url()
    check_api(url)
    message = Event(event=event, resource=resource, payload=payload)  # type: ignore[arg-type]  # pydantic coerces

    async def send() -> None:
        async with PrefectEventsClient(api_url=url) as client:
            await client.emit(message)

    run_coro_as_sync(send())
    return str(message.id)


def emit_source_received(location: str) -> str:
    """A path or URL → an `archive.source.received` event (returns the event id)."""
    location = source_location(location)
    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:16]
    return _emit(SOURCE_RECEIVED, {"prefect.resource.id": f"archive.source.{digest}",
                                   "prefect.resource.name": location}, {"location": location})


def emit_vocabulary_updated(note: str = "", date_from: str | None = None, date_to: str | None = None,
                            source: str | None = None, vocabulary_dir: str | None = None) -> str:
    """A vocabulary or mapping change → an `archive.vocabulary.updated` event (starts reprocess).

    ``vocabulary_dir`` is where the new vocabulary is (made absolute): the reprocess enriches with
    exactly that folder, whatever the serving process was started with."""
    folder = str(Path(vocabulary_dir).expanduser().resolve()) if vocabulary_dir else None
    return _emit(VOCABULARY_UPDATED, {"prefect.resource.id": "archive.vocabulary"},
                 {"note": note, "date_from": date_from, "date_to": date_to, "source": source, "vocabulary_dir": folder})


def watch_inbox(folder: str | None = None, interval: float = 0.5, rounds: int | None = None,
                sleep: Callable[[float], None] = time.sleep, emit: Callable[[str], str] | None = None) -> int:
    """The inbox folder, looked at every ``interval`` s → one `archive.source.received` per new file
    once it is complete: the same size and modification time as at the previous look, so a file
    still being copied in is not ingested half-written (a file lands within about 1.5 intervals).
    A file that changes or leaves and comes back is announced again. Returns the number of events sent."""
    from archive.operations import inbox_dir, inbox_files

    emit = emit or emit_source_received
    inbox = inbox_dir(folder)
    announced: set[tuple[str, int, float]] = set()
    previous: set[tuple[str, int, float]] = set()
    sent = 0
    while rounds is None or rounds > 0:
        try:
            seen = {(str(p), p.stat().st_size, p.stat().st_mtime) for p in inbox_files(inbox)}
        except FileNotFoundError:  # a file moved away while we looked: look again next round
            seen = previous
        complete = seen & previous
        for path, _, _ in sorted(complete - announced):
            print(f"{path} → {emit(path)}", flush=True)
            sent += 1
        announced = (announced | complete) & seen
        previous = seen
        rounds = None if rounds is None else rounds - 1
        if rounds != 0:
            sleep(interval)
    return sent
