"""Served flow runs that start warm: `archive serve` forks each run from a fork server that has
already imported prefect and the flows and loaded the active vocabulary's pipeline.

Prefect's runner starts every served run in a new process (`python -m prefect.engine`), which
imports prefect and the archive (≈ 4 s) and loads the pipeline (≈ 1.2–3 s) before the first
line of the flow: most of an event's wait to become searchable. Here the runner's own steps stay
as they are (Scheduled → Pending → Submitting, cancellation, a Crashed state when the process
dies); only the process is made differently: the same call Prefect's ``run_flow_in_subprocess``
sends to a spawned child (``run_flow`` of the flow run, with the runner's environment and
settings) is sent to a child forked from Python's ``forkserver``, whose preload is
``flows.preload``. Each run is still its own process: a crash, a kill or a cancellation ends that
run only, and the runner marks it as it would any other.

The vocabulary stays the active one: the fork server is restarted when the active vocabulary's
files no longer match the ones it loaded (checked as each run starts, when no forked run is in
flight), and the pipeline cache is keyed by the files' fingerprint (archive.pipeline), so a run
never enriches with a vocabulary that changed under it. The fork server ends with `archive serve`
(it exits when the serve process and the runs forked from it are gone).

ARCHIVE_WARM_RUNS=0 serves with Prefect's own process start.
"""

from __future__ import annotations

import asyncio
import importlib
import multiprocessing
import multiprocessing.forkserver
from multiprocessing.process import BaseProcess
import os
from typing import TYPE_CHECKING, Any
from uuid import UUID

import anyio
import anyio.abc
from prefect.context import SettingsContext, get_settings_context, serialize_context
from prefect.engine import handle_engine_signals
from prefect.exceptions import TerminationSignal
from prefect.flow_engine import _CONTROL_CHANNEL_ENV_KEYS, _run_serialized_call_with_control_bootstrap, run_flow
from prefect.logging import get_logger
from prefect.runner import Runner
from prefect.runner._process_manager import ProcessHandle
from prefect.settings.context import get_current_settings
from prefect.settings.models.root import Settings
from prefect.utilities.callables import cloudpickle_wrapped_call
from prefect.utilities.processutils import sanitize_subprocess_env

from archive.config import vocabulary_dir
from archive.pipeline import folder_fingerprint

if TYPE_CHECKING:
    from prefect.client.schemas.objects import FlowRun
    from prefect.deployments.runner import RunnerDeployment
    from prefect.flows import Flow
    from prefect.runner._control_channel import ControlChannel

PRELOAD = ["__main__", "flows.preload"]
logger = get_logger("archive.warm")


class ForkServer:
    """Python's forkserver with ``flows.preload`` loaded, restarted when the active vocabulary changes."""

    def __init__(self) -> None:
        self.fingerprint: str | None = None
        self.in_flight = 0

    def start(self) -> None:
        """Start it now, so its imports and pipeline load happen before the first run arrives."""
        multiprocessing.set_forkserver_preload(PRELOAD)
        self.fingerprint = folder_fingerprint(vocabulary_dir())
        multiprocessing.forkserver.ensure_running()

    def stop(self) -> None:
        multiprocessing.forkserver._forkserver._stop()  # type: ignore[attr-defined]  # the stdlib's own stop (its tests use it)
        self.fingerprint = None

    def ensure_current(self) -> None:
        """The vocabulary files changed since the fork server loaded them → restart it (when no run
        forked from it is in flight; until then each run loads the new pipeline itself)."""
        if self.fingerprint != folder_fingerprint(vocabulary_dir()) and not self.in_flight:
            logger.info("the active vocabulary changed: restarting the warm fork server")
            self.stop()
            self.start()

    def fork(self, call: tuple[bytes, dict[str, str]], name: str) -> BaseProcess:
        """A flow run's serialized call (``flow_run_call``) → a started child running it (what
        ``run_flow_in_subprocess`` spawns, forked warm). Blocks while the fork server is still preloading."""
        context = multiprocessing.get_context("forkserver")
        process = context.Process(target=_run_serialized_call_with_control_bootstrap, args=call, name=name)
        process.start()
        return process


def flow_run_call(entrypoint: str, flow_run: FlowRun, env: dict[str, str | None]) -> tuple[bytes, dict[str, str]]:
    """The serialized call and control-channel environment Prefect's ``run_flow_in_subprocess`` builds
    for its child (the runner's settings and environment, the run, the serialized context). The flow
    goes by its module path: the child has it imported already (cloudpickle would copy its function
    by value, without the module globals its annotations name)."""
    merged = (get_current_settings().to_environment_variables(exclude_unset=True) | os.environ
              | {"PREFECT__ENABLE_CANCELLATION_AND_CRASHED_HOOKS": "false"} | env)
    sanitized = sanitize_subprocess_env(merged)
    runtime_env = {key: value for key, value in sanitized.items() if key not in _CONTROL_CHANNEL_ENV_KEYS}
    startup_env = {key: value for key, value in sanitized.items() if key in _CONTROL_CHANNEL_ENV_KEYS}
    call = cloudpickle_wrapped_call(run_with_env, env=runtime_env,
                                    remove_env={key for key, value in merged.items() if value is None},
                                    entrypoint=entrypoint, flow_run=flow_run, parameters=None, wait_for=None,
                                    context=serialize_context())
    return call.args[0], startup_env  # type: ignore[attr-defined]  # a partial over the pickled bytes


def run_with_env(entrypoint: str, env: dict[str, str] | None = None, remove_env: set[str] | None = None,
                 **kwargs: Any) -> None:
    """In the forked child: the runner's environment and settings in force, then the flow run
    (the steps of the wrapper ``run_flow_in_subprocess`` sends)."""
    for key in remove_env or ():
        os.environ.pop(key, None)
    os.environ.update(env or {})
    flow_run = kwargs.get("flow_run")
    with SettingsContext(profile=get_settings_context().profile, settings=Settings()):
        with handle_engine_signals(getattr(flow_run, "id", None)):
            outcome = run_flow(flow_at(entrypoint), **kwargs)
            if asyncio.iscoroutine(outcome):
                asyncio.run(outcome)


class ForkedStarter:
    """Prefect's ProcessStarter for a served flow: the run in a child of the warm fork server
    (DirectSubprocessStarter's steps, with ``ForkServer.fork`` for ``run_flow_in_subprocess``)."""

    def __init__(self, *, server: ForkServer, entrypoint: str, deployment_name: str | None,
                 heartbeat_seconds: float | None, control_channel: ControlChannel | None) -> None:
        self.server = server
        self.entrypoint = entrypoint
        self.deployment_name = deployment_name
        self.heartbeat_seconds = heartbeat_seconds
        self.control_channel = control_channel

    async def start(self, flow_run: FlowRun,
                    task_status: anyio.abc.TaskStatus[ProcessHandle] = anyio.TASK_STATUS_IGNORED) -> None:
        env: dict[str, str | None] = {"PREFECT__DEPLOYMENT_NAME": self.deployment_name}
        if self.heartbeat_seconds is not None:
            env["PREFECT_FLOWS_HEARTBEAT_FREQUENCY"] = str(int(self.heartbeat_seconds))
        registered = False
        if self.control_channel is not None:
            try:
                port, token = self.control_channel.register(flow_run.id)
                env |= {"PREFECT__CONTROL_PORT": str(port), "PREFECT__CONTROL_TOKEN": token}
                registered = True
            except RuntimeError:  # no loopback listener: cancellation falls back to the kill
                pass
        handed_off = False
        self.server.ensure_current()  # before counting this run: a restart waits for no run of its own
        self.server.in_flight += 1
        try:
            # in a thread: the fork server answers only once its preload is done (a run arriving just after
            # `archive serve` started, or after a vocabulary change), and the runner's loop must go on meanwhile
            call = flow_run_call(self.entrypoint, flow_run, env)  # here: it reads this context's settings
            process = await anyio.to_thread.run_sync(self.server.fork, call, f"flow run {flow_run.name}")
            logger.info("flow run %s (%s) forked warm: pid %s", flow_run.id, flow_run.name, process.pid)
            task_status.started(ProcessHandle(process))  # type: ignore[arg-type]  # a ForkServerProcess
            handed_off = True
            await anyio.to_thread.run_sync(process.join)
        except BaseException:
            if registered and not handed_off and self.control_channel is not None:
                self.control_channel.unregister(flow_run.id)
            raise
        finally:
            self.server.in_flight -= 1


def module_entrypoint(deployment: RunnerDeployment) -> str | None:
    """A deployment served by module path → that path (``flows.ingest.ingest``); None for a file path."""
    entrypoint = deployment.entrypoint or ""
    return entrypoint if "." in entrypoint and ":" not in entrypoint else None


def flow_at(entrypoint: str) -> Flow[Any, Any]:
    """A module path (``flows.ingest.ingest``) → the flow object (imported already in a forked run)."""
    module, _, name = entrypoint.rpartition(".")
    return getattr(importlib.import_module(module), name)


class WarmRunner(Runner):
    """Prefect's Runner whose served flow runs are forked from the warm fork server."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.fork_server = ForkServer()
        self.warm_entrypoints: dict[UUID, str] = {}

    async def aadd_deployment(self, deployment: RunnerDeployment) -> UUID:
        deployment_id = await super().aadd_deployment(deployment)
        entrypoint = module_entrypoint(deployment)
        if entrypoint is not None:
            self.warm_entrypoints[deployment_id] = entrypoint
        return deployment_id

    async def __aenter__(self) -> WarmRunner:
        self.fork_server.start()
        await super().__aenter__()
        poller = self._scheduled_run_poller
        prefect_starter = poller._resolve_starter

        def starter(flow_run: FlowRun) -> Any:
            entrypoint = self.warm_entrypoints.get(flow_run.deployment_id) if flow_run.deployment_id else None
            if entrypoint is None or flow_run.deployment_id is None:
                return prefect_starter(flow_run)
            return ForkedStarter(server=self.fork_server, entrypoint=entrypoint,
                                 deployment_name=self._deployment_registry.get_deployment_name(flow_run.deployment_id),
                                 heartbeat_seconds=self._heartbeat_seconds, control_channel=self._control_channel)

        poller._resolve_starter = starter
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        try:
            await super().__aexit__(*exc_info)
        finally:  # the runs were stopped above: the fork server has nothing left to wait for
            self.fork_server.stop()


def serve_warm(deployments: list[RunnerDeployment], query_seconds: float) -> None:
    """Register the deployments and run their flow runs, forked warm, until stopped (Ctrl-C or SIGTERM)."""
    runner = WarmRunner(pause_on_shutdown=False, query_seconds=query_seconds)
    for deployment in deployments:
        runner.add_deployment(deployment)
    print(f"serving {', '.join(d.name for d in deployments)}; runs start warm (ARCHIVE_WARM_RUNS=0: cold)",
          flush=True)
    try:
        asyncio.run(runner.start())
    except (KeyboardInterrupt, TerminationSignal):
        logger.info("shutting down")
