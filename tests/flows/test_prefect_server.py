"""The local Prefect server's create-run transactions (flows/prefect_server.py): on Prefect's own
SQLite configuration, a transaction that reads, lets another writer commit, then writes is refused
when begun deferred (what cost an event's run 2 s) and goes through when begun IMMEDIATE; only a
POST creating a deployment's flow run is begun that way."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
import sqlalchemy as sa
from prefect.server.api import server
from prefect.server.database.configurations import AioSqliteConfiguration

from flows import prefect_server
from flows.prefect_server import IMMEDIATE, ImmediateCreateRun


@pytest.fixture
def installed(monkeypatch):
    """install() in this process, undone afterwards."""
    monkeypatch.setattr(AioSqliteConfiguration, "begin_transaction", AioSqliteConfiguration.begin_transaction)
    monkeypatch.setattr(server, "create_app", server.create_app)
    prefect_server.install()


async def read_commit_elsewhere_write(path, immediate: bool) -> list[int]:
    """One transaction reads the table, another session inserts and commits meanwhile, then the
    first inserts; → the rows once both are done."""
    config = AioSqliteConfiguration(f"sqlite+aiosqlite:///{path}")
    engine = await config.engine()
    try:
        async with engine.begin() as connection:
            await connection.execute(sa.text("CREATE TABLE runs (id INTEGER)"))

        async def other_writer() -> None:
            async with await config.session(engine) as session, config.begin_transaction(session):
                await session.execute(sa.text("INSERT INTO runs VALUES (2)"))

        token = IMMEDIATE.set(immediate)
        try:
            async with await config.session(engine) as session:
                async with config.begin_transaction(session):
                    await session.execute(sa.text("SELECT count(*) FROM runs"))
                    other = asyncio.create_task(other_writer())
                    await asyncio.sleep(0.3)  # deferred: the other commits now; IMMEDIATE: it waits for us
                    await session.execute(sa.text("INSERT INTO runs VALUES (1)"))
                await other
        finally:
            IMMEDIATE.reset(token)
        async with engine.connect() as connection:
            return [row[0] for row in await connection.execute(sa.text("SELECT id FROM runs ORDER BY rowid"))]
    finally:
        await engine.dispose()


def test_a_deferred_read_then_write_is_refused_when_another_write_commits_between(installed, tmp_path):
    with pytest.raises(sa.exc.OperationalError) as refused:
        asyncio.run(read_commit_elsewhere_write(tmp_path / "deferred.db", immediate=False))
    assert isinstance(refused.value.orig, sqlite3.OperationalError)
    assert "locked" in str(refused.value.orig)


def test_begun_immediate_the_other_writer_waits_and_both_rows_land(installed, tmp_path):
    assert asyncio.run(read_commit_elsewhere_write(tmp_path / "immediate.db", immediate=True)) == [1, 2]


@pytest.mark.parametrize(("method", "path", "immediate"), [
    ("POST", "/api/deployments/6c1e0b5e-0c9f-4a53-9d4f-2b7c1f7e0a11/create_flow_run", True),
    ("POST", "/api/deployments/6c1e0b5e-0c9f-4a53-9d4f-2b7c1f7e0a11/create_flow_run/bulk", True),
    ("GET", "/api/deployments/6c1e0b5e-0c9f-4a53-9d4f-2b7c1f7e0a11/create_flow_run", False),
    ("POST", "/api/flow_runs/", False),
    ("POST", "/api/deployments/get_scheduled_flow_runs", False),
])
def test_only_creating_a_deployments_run_is_begun_immediate(method, path, immediate):
    seen: list[bool] = []

    async def app(scope, receive, send):
        seen.append(IMMEDIATE.get())

    asyncio.run(ImmediateCreateRun(app)({"type": "http", "method": method, "path": path}, None, None))
    assert seen == [immediate]
    assert IMMEDIATE.get() is False
