"""A Prefect server started for `archive serve` never outlives the process that started it."""

import ctypes
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import REPO

# Starts the local server (flows.server.start_server), prints its pid, then waits to be killed.
START_AND_WAIT = """
import sys, time
from pathlib import Path
from flows.server import start_server
home = Path(sys.argv[1])
print(start_server(home, int(sys.argv[2]), home / "server.log").pid, flush=True)
time.sleep(120)
"""


def reap(pid: int) -> None:
    """Collect an exited process re-parented to this one (so it leaves no zombie behind)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.skipif(sys.platform != "linux", reason="the parent-death signal is Linux's prctl")
def test_a_killed_parent_takes_its_server_with_it(tmp_path):
    from tests.install.test_installed_anywhere import free_port

    # The server, orphaned, is re-parented to this process (a child subreaper) so the test reaps it.
    prctl, pr_set_child_subreaper = ctypes.CDLL(None, use_errno=True).prctl, 36
    prctl(pr_set_child_subreaper, 1)
    parent = subprocess.Popen([sys.executable, "-c", START_AND_WAIT, str(tmp_path), str(free_port())],
                              cwd=REPO, stdout=subprocess.PIPE, text=True)
    server = int(parent.stdout.readline())
    try:
        time.sleep(1)
        assert group_alive(server)
        parent.kill()  # no finally, no stop(): what a SIGKILLed `archive serve` gets
        parent.wait()
        deadline = time.monotonic() + 30
        while group_alive(server) and time.monotonic() < deadline:
            reap(server)
            time.sleep(0.2)
        assert not group_alive(server), "the server's process group outlived the killed parent"
    finally:
        if group_alive(server):
            os.killpg(server, signal.SIGKILL)
            time.sleep(0.5)
            reap(server)
        prctl(pr_set_child_subreaper, 0)
