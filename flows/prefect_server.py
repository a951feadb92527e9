"""The local Prefect server of `archive serve` and the tests: Prefect's own `prefect server start`
(``python -m flows.prefect_server server start ...``) whose SQLite creates a deployment's flow run
in a transaction that takes the write lock when it begins.

Why: an event's run is created by the server's trigger through ``POST
/deployments/{id}/create_flow_run``, which reads the deployment in a deferred transaction and then
inserts the run. When any other write commits in between (the previous run's summary, the
runner's poll, the event persister), SQLite refuses the insert at once (SQLITE_BUSY_SNAPSHOT: its
busy timeout does not apply to a stale snapshot), the API answers 503 and Prefect's server-side
client retries 2 s later: measured 11 of 20 back-to-back submissions, 2–6 of 20 one at a time on
a loaded machine. Begun IMMEDIATE (what Prefect's own state endpoints ask for with
``with_for_update``), the transaction waits for the other writer's few milliseconds instead and
never sees a stale snapshot. Every other request runs as Prefect runs it.
"""

from __future__ import annotations

import contextvars
import re
from typing import Any

IMMEDIATE = contextvars.ContextVar("archive_sqlite_begin_immediate", default=False)
CREATE_RUN = re.compile(r"/deployments/[^/]+/create_flow_run(/bulk)?/?$")


class ImmediateCreateRun:
    """ASGI middleware: a POST creating a deployment's flow run(s) → its transactions begin IMMEDIATE."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST" or not CREATE_RUN.search(scope.get("path", "")):
            await self.app(scope, receive, send)
            return
        token = IMMEDIATE.set(True)
        try:
            await self.app(scope, receive, send)
        finally:
            IMMEDIATE.reset(token)


def install() -> None:
    """Make this process's Prefect server begin the create-run transactions IMMEDIATE on SQLite
    (before the server app is created)."""
    from prefect.server.api import server
    from prefect.server.database.configurations import AioSqliteConfiguration

    prefect_begin = AioSqliteConfiguration.begin_transaction
    prefect_create_app = server.create_app

    def begin_transaction(self: AioSqliteConfiguration, session: Any, with_for_update: bool = False) -> Any:
        return prefect_begin(self, session, with_for_update=with_for_update or IMMEDIATE.get())

    def create_app(*args: Any, **kwargs: Any) -> Any:
        app = prefect_create_app(*args, **kwargs)  # cached by Prefect: the middleware is added once per app
        if not getattr(app.state, "archive_immediate_create_run", False):
            app.add_middleware(ImmediateCreateRun)
            app.state.archive_immediate_create_run = True
        return app

    AioSqliteConfiguration.begin_transaction = begin_transaction  # type: ignore[method-assign]
    server.create_app = create_app


if __name__ == "__main__":
    install()
    from prefect.cli import app

    app()
