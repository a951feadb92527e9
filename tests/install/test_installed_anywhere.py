"""Works from anywhere: `pip install .` into a fresh virtualenv outside the repository, then
`archive setup`, `archive ingest` and `archive serve` (a served deployment run included) from
another directory, with PREFECT_HOME and the server port honoured.

To stay fast the new venv gets only this package (`pip --python <venv> install --no-deps .`) and
sees its dependencies through a .pth line naming the test venv's site-packages (a directory added
that way has its own .pth files ignored, so the checkout's editable install stays invisible)."""

from __future__ import annotations

import os
import shutil
import signal
import site
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import REPO, SEED_PAGE, delete_indices

pytestmark = [pytest.mark.e2e, pytest.mark.es, pytest.mark.timeout(600)]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, dict[str, float]]:
    """A venv outside the repository with archive installed from a wheel → its bin folder and timings."""
    root = tmp_path_factory.mktemp("elsewhere")
    venv, timings = root / "venv", {}
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    purelib = next((venv / "lib").glob("python3*/site-packages"))
    (purelib / "dependencies.pth").write_text(site.getsitepackages()[0] + "\n")
    timings["venv (s)"] = time.monotonic() - started
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
                    "--no-deps", str(REPO)], check=True, cwd=root, timeout=300, capture_output=True)
    timings["pip install . (s)"] = time.monotonic() - started
    shutil.rmtree(REPO / "build", ignore_errors=True)
    return venv / "bin", timings


def run(bin_dir: Path, *args: str, env: dict[str, str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    """The installed `archive` command, run in ``cwd``."""
    return subprocess.run([str(bin_dir / "archive"), *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=timeout, check=False)


def test_an_installed_archive_sets_up_ingests_and_serves_from_any_directory(installed, es, tmp_path):
    bin_dir, timings = installed
    elsewhere = tmp_path / "work"
    elsewhere.mkdir()
    page = shutil.copy(SEED_PAGE, elsewhere / "page.txt")
    prefix = f"anywhere-{uuid.uuid4().hex[:8]}-"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "ARCHIVE_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(ARCHIVE_INDEX_PREFIX=prefix, PREFECT_HOME=str(tmp_path / "prefect-home"),
               PREFECT_SERVER_API_PORT=str(port), ARCHIVE_TASK_RUNNER="thread")
    serve = None
    try:
        # the package comes from the new venv, not from the checkout
        where = subprocess.run([str(bin_dir / "python"), "-c", "import archive, flows; print(archive.__file__, flows.__file__)"],
                               env=env, cwd=elsewhere, capture_output=True, text=True, check=True).stdout
        assert str(REPO) not in where and str(bin_dir.parent) in where

        started = time.monotonic()
        setup = run(bin_dir, "setup", env=env, cwd=elsewhere)
        assert setup.returncode == 0, setup.stderr[-2000:]
        ingest = run(bin_dir, "ingest", str(page), env=env, cwd=elsewhere)
        assert ingest.returncode == 0, ingest.stderr[-2000:]
        assert "created=" in ingest.stdout and "failed=0" in ingest.stdout
        timings["setup + ingest (s)"] = time.monotonic() - started
        stored = es.count(index=f"{prefix}news")["count"]
        assert stored > 0

        # serve: a local server on the given port and PREFECT_HOME; a submitted file runs the served deployment
        started = time.monotonic()
        log = open(tmp_path / "serve.log", "wb")
        serve = subprocess.Popen([str(bin_dir / "archive"), "serve"], env=env, cwd=elsewhere,
                                 stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        api = f"http://127.0.0.1:{port}/api"
        assert wait_until(lambda: deployments_ready(api), 240), (tmp_path / "serve.log").read_text()[-3000:]
        assert (tmp_path / "prefect-home" / "server.log").exists()
        other = elsewhere / "other.txt"
        other.write_bytes(page.read_bytes().replace("工会".encode(), "总工会".encode(), 1))
        submit = run(bin_dir, "submit", str(other), env={**env, "PREFECT_API_URL": api}, cwd=elsewhere)
        assert submit.returncode == 0, submit.stderr[-2000:]
        assert wait_until(lambda: documents_from(es, prefix, str(other)) > 0, 240), (tmp_path / "serve.log").read_text()[-3000:]
        timings["serve until a submitted file is stored (s)"] = time.monotonic() - started
    finally:
        if serve is not None:
            os.killpg(serve.pid, signal.SIGINT)
            try:
                serve.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(serve.pid, signal.SIGKILL)
                serve.wait()
        delete_indices(es, f"{prefix}*")
        es.options(ignore_status=404).indices.delete_index_template(name=f"{prefix}news-articles")
        es.options(ignore_status=404).indices.delete_index_template(name=f"{prefix}news-figures")
    print("installed anywhere:", {k: round(v, 1) for k, v in timings.items()})


def wait_until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(1)
    return False


def deployments_ready(api: str) -> bool:
    import json
    import urllib.request

    request = urllib.request.Request(f"{api}/deployments/filter", data=b"{}", method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return len(json.loads(response.read())) >= 4
    except OSError:
        return False


def documents_from(es, prefix: str, location: str) -> int:
    try:
        es.indices.refresh(index=f"{prefix}news")
        return es.count(index=f"{prefix}news", query={"term": {"source.location": location}})["count"]
    except Exception:
        return 0
