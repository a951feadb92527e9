"""A local Prefect server for `archive serve` and the end-to-end test: started as a subprocess
with its own PREFECT_HOME (SQLite), ready once /api/health answers. Imports no prefect, so the
caller can point PREFECT_API_URL at it before prefect loads its settings."""

from __future__ import annotations

import ctypes
import functools
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from archive.config import prefect_api_url, prefect_home, prefect_server_port

LOCAL_HOST = "127.0.0.1"


def api_url(port: int, host: str = LOCAL_HOST) -> str:
    return f"http://{host}:{port}/api"


def is_healthy(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


def wait_for(condition, timeout: float, what: str, log: Path | None = None, interval: float = 1.0):
    """Poll ``condition()`` until it returns something truthy (returned); TimeoutError naming
    ``what``, with the tail of ``log`` when given, once ``timeout`` seconds have passed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    tail = log.read_text(errors="replace")[-3000:] if log else ""
    raise TimeoutError(f"waited {timeout:.0f} s for {what}\n{tail}")


def wait_healthy(url: str, timeout: float, process: subprocess.Popen | None = None) -> None:
    """Block until the API answers (raises TimeoutError, or RuntimeError when the process died)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if is_healthy(url):
            return
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"prefect server exited with {process.returncode} before {url} answered")
        time.sleep(0.5)
    raise TimeoutError(f"{url}/health did not answer within {timeout:.0f} s")


def start_server(home: Path, port: int, log: Path, host: str = LOCAL_HOST) -> subprocess.Popen:
    """PREFECT_HOME and a port → a `prefect server start` process in its own process group."""
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_UI_ENABLED": os.environ.get("PREFECT_UI_ENABLED", "true")}
    env.pop("PREFECT_API_URL", None)
    # Prefect's `prefect server start`, its deployment create-run transactions begun IMMEDIATE (flows/prefect_server.py)
    with open(log, "ab") as out:
        return subprocess.Popen([sys.executable, "-m", "flows.prefect_server", "server", "start", "--host", host,
                                 "--port", str(port)],
                                env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                                preexec_fn=_terminated_with_parent())  # noqa: PLW1509 (see _terminated_with_parent)


def _terminated_with_parent() -> Callable[[], object] | None:
    """What the server's process runs before it starts (Linux): the kernel sends it SIGTERM when the
    thread that started it ends (prctl PR_SET_PDEATHSIG). ``stop`` ends it on a clean exit; this covers
    a killed `archive serve` (a test's SIGKILL after a slow shutdown left a server running for hours).
    Both callers start it from the main thread. The C function is looked up here, in the parent, so
    the forked child only calls it (no import, no dlopen: what makes a preexec_fn unsafe with threads)."""
    if sys.platform != "linux":
        return None
    pr_set_pdeathsig = 1
    return functools.partial(ctypes.CDLL(None, use_errno=True).prctl, pr_set_pdeathsig, signal.SIGTERM)


def stop(process: subprocess.Popen, timeout: float = 15) -> None:
    """Stop a process started in its own group, children included (TERM, then KILL)."""
    if process.poll() is not None:
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=timeout)
            return
        except subprocess.TimeoutExpired:
            continue


def local_server(timeout: float = 120) -> tuple[str, subprocess.Popen | None]:
    """The API `archive serve` uses: $PREFECT_API_URL as given, else the local server on
    127.0.0.1:$PREFECT_SERVER_API_PORT (4200), started with $PREFECT_HOME (prefect/ under the cache
    dir) when it is not already up. Returns (url, process we started or None)."""
    if prefect_api_url():
        return str(prefect_api_url()), None
    port = prefect_server_port()
    url = api_url(port)
    if is_healthy(url):
        return url, None
    home = prefect_home()
    process = start_server(home, port, home / "server.log")
    try:
        wait_healthy(url, timeout, process)
    except BaseException:
        stop(process)
        raise
    return url, process


def serve_with_local_server() -> int:
    """`archive serve`: a Prefect API (local server unless PREFECT_API_URL is set) → all deployments
    served until Ctrl-C; a server started here is stopped on the way out."""
    url, server = local_server()
    os.environ["PREFECT_API_URL"] = url  # before prefect is imported: its settings come from the environment
    print(f"Prefect API {url} (UI {url.removesuffix('/api')}); serving the archive's deployments", flush=True)
    try:
        from flows.deployments import serve_all

        serve_all()
    except KeyboardInterrupt:
        pass
    finally:
        if server is not None:
            stop(server)
    return 0
