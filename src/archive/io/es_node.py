"""A local Elasticsearch for development, tests and CI: one node, or a few forming a cluster.

Fetches Elastic's own test distribution (``org.elasticsearch.distribution.integ-test-zip``,
no bundled JDK) with Maven into the cache, picks an installed JDK new enough for it, and
runs one node on 127.0.0.1 with a capped heap and its data under the cache. Elasticsearch
refuses to run as root, so as root the node runs as a dedicated system user.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from archive.config import ES_PORT, ES_VERSION, cache_dir

ARTIFACT = "org.elasticsearch.distribution.integ-test-zip:elasticsearch"
NODE_USER = "archive-es"
MIN_JAVA = {9: 21, 8: 17}  # server major → lowest JDK it runs on
JVM_DIRS = ("/usr/lib/jvm", "/usr/local/lib/jvm", "/opt/java", "/opt/jdk")


class NodeError(RuntimeError):
    """The local node could not be fetched, started or stopped."""


@dataclass
class LocalNode:
    """One local node: its version, port, name (its data folder) and extra settings."""

    version: str = ES_VERSION
    port: int = ES_PORT
    name: str = "default"
    # extra -E settings; a value of None drops a default (discovery.type for a cluster's nodes)
    settings: dict[str, str | None] = field(default_factory=lambda: {"xpack.security.enabled": "false"})
    heap: str = "-Xms512m -Xmx1g"
    # a node-specific copy of the distribution's config folder (its own keystore); None shares it
    config_dir: Path | None = None

    @property
    def home(self) -> Path:
        return cache_dir() / f"elasticsearch-{self.version}"

    @property
    def node_dir(self) -> Path:
        return cache_dir() / "nodes" / f"{self.name}-{self.port}"

    @property
    def pid_file(self) -> Path:
        return self.node_dir / "es.pid"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- distribution ------------------------------------------------------------------

    def ensure_distribution(self) -> Path:
        """Fetch (once) and unpack the test distribution; return its home folder."""
        if (self.home / "bin" / "elasticsearch").exists():
            return self.home
        zip_path = cache_dir() / "dist" / f"elasticsearch-{self.version}.zip"
        if not zip_path.exists():
            fetch_distribution(self.version, zip_path.parent)
        unpack_distribution(zip_path, self.home)
        return self.home

    def prepare_config(self) -> Path:
        """The config folder this node reads: copied once from the distribution into ``config_dir``."""
        home = self.ensure_distribution()
        if self.config_dir is None:
            return home / "config"
        if not (self.config_dir / "elasticsearch.yml").exists():
            shutil.copytree(home / "config", self.config_dir, dirs_exist_ok=True)
        return self.config_dir

    def keystore_add(self, key: str, value: str) -> None:
        """Put a secure setting (e.g. ``bootstrap.password``) into this node's keystore."""
        if self.config_dir is None:
            raise NodeError("keystore_add needs a node-specific config_dir (the distribution's is shared)")
        config = self.prepare_config()
        java_home = find_java_home(int(self.version.split(".")[0]))
        env = dict(os.environ, ES_JAVA_HOME=str(java_home), ES_PATH_CONF=str(config))
        env.pop("JAVA_HOME", None)
        tool = [str(self.home / "bin" / "elasticsearch-keystore")]
        # the keystore tool refuses to change the file's owner: run it as the node's user
        run_as = _prepare_unprivileged_user([self.home, config])
        if run_as:
            tool = ["runuser", "-u", run_as, "--", "env", f"ES_JAVA_HOME={java_home}", f"ES_PATH_CONF={config}", *tool]
        if not (config / "elasticsearch.keystore").exists():
            subprocess.run([*tool, "create"], env=env, check=True, capture_output=True, timeout=120)
        proc = subprocess.run([*tool, "add", "-x", "-f", key], input=value, text=True, env=env,
                              capture_output=True, timeout=120)
        if proc.returncode != 0:
            raise NodeError(f"elasticsearch-keystore add {key} failed: {proc.stderr[-2000:]}")

    # -- lifecycle ---------------------------------------------------------------------

    def pid(self) -> int | None:
        """The pid of the node this launcher started, if it is still alive."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return pid

    def start(self, timeout: float = 180.0, password: str | None = None, wait: bool = True) -> str:
        """Start the node unless it already runs; wait until it answers (``wait=False``: only launch
        it, as a cluster's nodes answer only once enough of them run). Returns a status line."""
        if self.pid() and cluster_health(self.url, password=password):
            return f"already running: pid {self.pid()} at {self.url}"
        if cluster_health(self.url, password=password) and not self.pid():
            return f"a node already answers at {self.url} (not started by this launcher); using it"
        fetch_started = time.monotonic()
        fetched = not (self.home / "bin" / "elasticsearch").exists()
        home = self.ensure_distribution()
        fetch_note = f"; fetched and unpacked {self.version} in {time.monotonic() - fetch_started:.1f}s" if fetched else ""
        java_home = find_java_home(int(self.version.split(".")[0]))
        for sub in ("data", "logs"):
            (self.node_dir / sub).mkdir(parents=True, exist_ok=True)
        self.pid_file.unlink(missing_ok=True)
        config = self.prepare_config()
        run_as = _prepare_unprivileged_user([home, self.node_dir, config])
        cmd = [str(home / "bin" / "elasticsearch"), "-d", "-p", str(self.pid_file)]
        for key, value in self._settings().items():
            cmd += ["-E", f"{key}={value}"]
        env = dict(os.environ, ES_JAVA_HOME=str(java_home), ES_JAVA_OPTS=self.heap, ES_PATH_CONF=str(config))
        env.pop("JAVA_HOME", None)
        if run_as:
            cmd = ["runuser", "-u", run_as, "--", "env", f"ES_JAVA_HOME={java_home}",
                   f"ES_JAVA_OPTS={self.heap}", f"ES_PATH_CONF={config}", *cmd]
        started = time.monotonic()
        log = self.node_dir / "logs" / "launcher.out"
        with open(log, "wb") as out:
            proc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=home)
        if proc.returncode != 0:
            raise NodeError(f"elasticsearch exited with {proc.returncode}; see {log}:\n{_tail(log)}")
        if not wait:
            return f"launched: pid {self.pid()} for {self.url}"
        while time.monotonic() - started < timeout:
            if cluster_health(self.url, password=password):
                took = time.monotonic() - started
                return f"started: pid {self.pid()} at {self.url} in {took:.1f}s (java {java_home}{fetch_note})"
            if self.pid_file.exists() and not self.pid():
                break
            time.sleep(0.5)
        raise NodeError(f"node did not answer at {self.url} within {timeout:.0f}s; see {log}:\n{_tail(log)}")

    def stop(self, timeout: float = 60.0) -> str:
        """Stop the node this launcher started (by its pid)."""
        pid = self.pid()
        if not pid:
            self.pid_file.unlink(missing_ok=True)
            return "not running"
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.3)
        else:
            os.kill(pid, signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)
        return f"stopped pid {pid}"

    def status(self) -> str:
        pid = self.pid()
        health = cluster_health(self.url)
        if pid and health:
            return f"running: pid {pid} at {self.url}, cluster {health.get('status')}"
        if health:
            return f"a node answers at {self.url} (not started by this launcher)"
        return f"not running{f' (pid {pid} alive but not answering)' if pid else ''}"

    def _settings(self) -> dict[str, str]:
        base: dict[str, str | None] = {
            "discovery.type": "single-node",
            "network.host": "127.0.0.1",
            "http.port": str(self.port),
            "transport.port": str(self.port + 100),
            "path.data": str(self.node_dir / "data"),
            "path.logs": str(self.node_dir / "logs"),
            "cluster.name": f"archive-{self.name}",
            "node.name": self.name,
            # a dev box's disk may be fuller than a server's; don't let watermarks block writes
            "cluster.routing.allocation.disk.threshold_enabled": "false",
        }
        base.update(self.settings)
        return {key: value for key, value in base.items() if value is not None}


# Small heaps, and the JIT's quick tier only: three nodes share a laptop's (or CI's) two cores,
# and start-up, not throughput, is what a test cluster spends its time on.
CLUSTER_JVM = "-Xms256m -Xmx256m -XX:TieredStopAtLevel=1"


def local_cluster(name: str, ports: list[int], heap: str = CLUSTER_JVM) -> list[LocalNode]:
    """Nodes on loopback ``ports`` that form one cluster (each master-eligible, seeded with the
    others' transport ports); start each with ``wait=False``, then wait for the cluster."""
    names = [f"{name}-{index}" for index in range(len(ports))]
    seeds = ",".join(f"127.0.0.1:{port + 100}" for port in ports)
    return [LocalNode(port=port, name=node_name, heap=heap, settings={
        "xpack.security.enabled": "false",
        "discovery.type": None,
        "discovery.seed_hosts": seeds,
        "cluster.initial_master_nodes": ",".join(names),
        "cluster.name": f"archive-{name}",
    }) for port, node_name in zip(ports, names, strict=True)]


def fetch_distribution(version: str, dest: Path) -> Path:
    """Download the test distribution zip with Maven into ``dest``."""
    if not shutil.which("mvn"):
        raise NodeError("Maven (mvn) is needed to fetch Elasticsearch; install it (apt-get install maven)")
    dest.mkdir(parents=True, exist_ok=True)
    cmd = ["mvn", "-q", "-B", "dependency:copy", f"-Dartifact={ARTIFACT}:{version}:zip",
           f"-DoutputDirectory={dest}", "-Dmdep.overWriteIfNewer=true"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    target = dest / f"elasticsearch-{version}.zip"
    if proc.returncode != 0 or not target.exists():
        raise NodeError(f"could not fetch {ARTIFACT}:{version} with Maven:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return target


def unpack_distribution(zip_path: Path, home: Path) -> None:
    """Unpack the zip so that ``home`` is the Elasticsearch folder, keeping file modes."""
    staging = home.with_name(home.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(staging)
        for info in archive.infolist():
            mode = info.external_attr >> 16
            if mode:
                os.chmod(staging / info.filename, mode)
    inner = next(staging.iterdir())
    shutil.rmtree(home, ignore_errors=True)
    inner.rename(home)
    shutil.rmtree(staging, ignore_errors=True)


def find_java_home(server_major: int) -> Path:
    """The newest installed JDK that can run this server major (ES_JAVA_HOME wins if set)."""
    if os.environ.get("ES_JAVA_HOME"):
        return Path(os.environ["ES_JAVA_HOME"])
    need = MIN_JAVA.get(server_major, 21)
    candidates = []
    for root in JVM_DIRS:
        if os.path.isdir(root):
            candidates += [Path(root) / d for d in os.listdir(root)]
    if os.environ.get("JAVA_HOME"):
        candidates.append(Path(os.environ["JAVA_HOME"]))
    found = []
    for home in {c.resolve() for c in candidates if (c / "bin" / "java").exists()}:
        major = java_major(home)
        if major and major >= need:
            found.append((major, str(home)))
    if not found:
        raise NodeError(f"Elasticsearch {server_major}.x needs Java {need}+; none found under {JVM_DIRS}. "
                        "Install one (e.g. apt-get install openjdk-21-jdk-headless) or set ES_JAVA_HOME")
    return Path(max(found)[1])


def java_major(home: Path) -> int | None:
    """Major version of the JDK at ``home`` (from its release file, else `java -version`)."""
    release = home / "release"
    text = release.read_text(errors="replace") if release.exists() else ""
    if not text:
        proc = subprocess.run([str(home / "bin" / "java"), "-version"], capture_output=True, text=True)
        text = proc.stderr
    match = re.search(r'(?:JAVA_VERSION=|version )"(\d+)(?:\.(\d+))?', text)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2)) if major == 1 and match.group(2) else major


def cluster_health(url: str, password: str | None = None, timeout: float = 2.0) -> dict | None:
    """The cluster health document, or None when nothing answers (the test build has no GET /)."""
    request = urllib.request.Request(f"{url}/_cluster/health")
    if password:
        import base64

        token = base64.b64encode(f"elastic:{password}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read())
    except (urllib.error.URLError, OSError, ValueError):
        return None


def _prepare_unprivileged_user(paths: list[Path]) -> str | None:
    """As root, make sure the node user exists and owns ``paths``; return its name (else None)."""
    if os.geteuid() != 0:
        return None
    if subprocess.run(["id", "-u", NODE_USER], capture_output=True).returncode != 0:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", NODE_USER],
                       check=True)
    for path in paths:
        subprocess.run(["chown", "-R", f"{NODE_USER}:", str(path)], check=True)
    # the user must be able to reach the folders (the cache may sit under /root)
    for path in paths:
        for parent in path.parents:
            if parent == Path("/"):
                break
            mode = parent.stat().st_mode
            if not mode & 0o001:
                os.chmod(parent, mode | 0o001)
    return NODE_USER


def _tail(path: Path, lines: int = 25) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""
