"""Refresh the Prefect UI screenshots in docs/: the deployments page and one ingest run's artifacts.

Starts a throw-away Prefect server (temp PREFECT_HOME, port 4290), serves the archive's
deployments against the local Elasticsearch node under the index prefix `docs-`, emits the
source event for the bundled sample page, waits for the ingest run, then photographs the UI
with headless Chromium (Debian package `chromium`). Everything it started is stopped.

    .venv/bin/python docs/screenshots.py
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from flows.server import start_server, stop, wait_for, wait_healthy  # noqa: E402

PORT = 4290
UI = f"http://127.0.0.1:{PORT}"
API = f"{UI}/api"
SAMPLE = REPO / "samples" / "zhejiang-workers-daily-2023-spring-festival.txt"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--window-size=1440,1000", "--virtual-time-budget=15000"]


def api(path: str, body: dict | None = None) -> dict | list:
    """POST (with a body) or GET one Prefect API path → its JSON."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"{API}{path}", data=data, headers={"Content-Type": "application/json"},
                                     method="POST" if data is not None else "GET")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def completed_ingest_run() -> str | None:
    runs = api("/flow_runs/filter", {"limit": 10})
    done = [r for r in runs if r["state_type"] == "COMPLETED" and r["name"] and "ingest" in r.get("tags", []) + [""]]
    done = done or [r for r in runs if r["state_type"] == "COMPLETED"]
    return done[0]["id"] if done else None


def screenshot(url: str, out: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        raise SystemExit("install Debian's chromium first: apt-get install -y chromium")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={out}", url],
                       check=True, capture_output=True, timeout=120)
    print(f"wrote {out.relative_to(REPO)}")


def drop_docs_indices() -> None:
    """Remove the `docs-` archive so the ingest run shows fresh counts (created, not unchanged)."""
    from archive.config import ElasticSettings
    from archive.io.elastic import connect

    os.environ["ARCHIVE_INDEX_PREFIX"] = "docs-"
    es = connect(ElasticSettings.from_env())
    for name in es.indices.get(index="docs-news*", allow_no_indices=True, expand_wildcards="all"):
        es.indices.delete(index=name)


def main() -> None:
    drop_docs_indices()
    home = Path(tempfile.mkdtemp(prefix="prefect-docs-"))
    env = dict(os.environ, PREFECT_API_URL=API, ARCHIVE_INDEX_PREFIX="docs-",
               ARCHIVE_INBOX=str(home / "inbox"), PREFECT_HOME=str(home))
    os.environ["PREFECT_UI_API_URL"] = API  # the UI's browser side must call this server, not :4200
    server = start_server(home, PORT, home / "server.log")
    serving = None
    try:
        wait_healthy(API, 120, server)
        serving = subprocess.Popen([sys.executable, "-m", "archive.cli", "serve"], env=env, cwd=REPO,
                                   stdout=open(home / "serve.log", "wb"), stderr=subprocess.STDOUT,
                                   start_new_session=True)
        wait_for(lambda: len(api("/deployments/filter", {})) >= 4, 120, "the deployments")
        time.sleep(5)  # let the triggers register with the event system
        subprocess.run([sys.executable, "-m", "archive.cli", "submit", str(SAMPLE)], env=env, cwd=REPO,
                       check=True, timeout=60)
        run_id = wait_for(completed_ingest_run, 240, "a completed ingest run")
        screenshot(f"{UI}/deployments", REPO / "docs" / "prefect-deployments.png")
        screenshot(f"{UI}/runs/flow-run/{run_id}", REPO / "docs" / "prefect-ingest-run.png")
        counts = api("/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [run_id]}, "type": {"any_": ["table"]}}})
        artifact = next(a["id"] for a in counts if a["key"] and a["key"].endswith("counts"))
        screenshot(f"{UI}/artifacts/artifact/{artifact}", REPO / "docs" / "prefect-run-counts-artifact.png")
    finally:
        drop_docs_indices()
        if serving:
            stop(serving)
        stop(server)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
