"""workers: 1 and 2 webhook workers over real HTTP, sharing PostgreSQL and Redis.

1. The scripted users (bench/conversations.py) talk to the bot offline once, one at a
   time, to record their updates and how many Bot API calls each update causes.
2. For each worker count: a scratch PostgreSQL database and Redis prefix; ``python -m
   bot webhook --workers N`` as a separate process tree, with a Bot API stand-in
   (bench/null_api.py) in this process.
3. This process is the load: C users at a time post their updates to the webhook (the
   real HTTP endpoint, secret header and all). The webhook answers at once and handles
   the update in the background, so an update counts as done when the stand-in has
   received all the Bot API calls it causes; only then is the user's next update sent.

Prints updates/s, latency (post → last Bot API call) and the workers' RSS, then the
scaling factor ``updates/s with 2 workers / with 1``. The load generator and the
stand-in share the machine with the workers: on 2 cores they take CPU from them, so
the factor is a lower bound of what 2 workers on their own cores would give.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import socket
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp

from bench.common import (
    BENCH_KEY,
    DEFAULT_POSTGRES_URL,
    DEFAULT_REDIS_URL,
    bench_settings,
    current_rss_mb,
    scratch_postgres,
    scratch_redis_prefix,
    table,
)
from bench.conversations import Persona, UpdateFactory, personas, walk
from bench.null_api import NullBotApi
from bench.throughput import Result
from bot.app import create_app
from bot.modes.offline_driver import OfflineDriver
from bot.offline import ApiCall

HELP = "1 vs 2 webhook workers over HTTP on PostgreSQL + Redis"
TOKEN = "1000000001:BENCH-vagvisare-workers-token-0123456789"  # noqa: S105 - not a secret
SECRET = "bench-webhook-secret"  # noqa: S105 - not a secret
UPDATE_TIMEOUT_S = 30.0
Recorded = list[list[tuple[dict[str, Any], int]]]  # per user: (update, calls so far)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=32, help="users at a time")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL)
    parser.add_argument("--redis-url", default=DEFAULT_REDIS_URL)
    parser.add_argument("--quick", action="store_true", help="80 users")


def _calls_for(user_id: int, calls: list[ApiCall]) -> int:
    prefix = f"{user_id}-"
    return sum(
        1
        for call in calls
        if call.params.get("chat_id") == user_id
        or str(call.params.get("callback_query_id", "")).startswith(prefix)
    )


async def record(people: list[Persona], data_dir: Path) -> Recorded:
    """Each user's updates with the cumulative number of Bot API calls they cause."""
    app = await create_app(bench_settings(data_dir))
    driver = OfflineDriver(app)
    factory = UpdateFactory(first_update_id=1_000_000)
    recorded: Recorded = []
    try:
        for persona in people:
            recorded.append(await _record_one(persona, driver, factory))
    finally:
        await driver.close()
        await app.close()
    return recorded


async def _record_one(
    persona: Persona, driver: OfflineDriver, factory: UpdateFactory
) -> list[tuple[dict[str, Any], int]]:
    steps: list[tuple[dict[str, Any], int]] = []
    total = 0

    async def feed(update: dict[str, Any]) -> list[ApiCall]:
        nonlocal total
        calls = await driver.feed(update)
        total += _calls_for(persona.user_id, calls)
        steps.append((update, total))
        return calls

    await walk(persona, feed, factory)
    return steps


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.asynccontextmanager
async def webhook_workers(
    workers: int, api_base: str, environment: dict[str, str]
) -> AsyncIterator[tuple[int, asyncio.subprocess.Process]]:
    """``python -m bot webhook --workers N``; yields (port, supervisor) once all listen."""
    port = _free_port()
    env = {**os.environ, **environment, "WEBHOOK_PORT": str(port), "LOG_LEVEL": "INFO"}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "webhook",
        "--workers",
        str(workers),
        "--api-base",
        api_base,
        env=env,
        stderr=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.DEVNULL,
    )
    listening = 0
    if process.stderr is None:
        raise RuntimeError("no stderr pipe")
    deadline = time.monotonic() + 120
    while listening < workers:
        line = await asyncio.wait_for(process.stderr.readline(), deadline - time.monotonic())
        if not line:
            raise RuntimeError("the webhook workers exited during start-up")
        listening += b"webhook server listening" in line
    drain = asyncio.create_task(_discard(process.stderr))
    try:
        yield port, process
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 60)
        drain.cancel()


async def _discard(stream: asyncio.StreamReader) -> None:
    while await stream.readline():
        pass


def workers_rss_mb(supervisor: int) -> float:
    """RSS of the supervisor's children (the workers), added up; one worker: its own."""
    children = Path(f"/proc/{supervisor}/task/{supervisor}/children").read_text().split()
    return sum(current_rss_mb(pid) for pid in children) if children else current_rss_mb(supervisor)


async def load(
    recorded: Recorded, api: NullBotApi, url: str, concurrency: int, name: str
) -> tuple[Result, int]:
    """Post every user's updates, C users at a time; returns the result and timeouts."""
    result = Result(name)
    timeouts = 0
    gate = asyncio.Semaphore(concurrency)
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as client:

        async def one_user(steps: list[tuple[dict[str, Any], int]]) -> None:
            nonlocal timeouts
            async with gate:
                for update, expected in steps:
                    user = _user_of_update(update)
                    started = time.perf_counter()
                    async with client.post(url, json=update, headers=headers) as response:
                        response.raise_for_status()
                    if not await api.wait_for(user, expected, UPDATE_TIMEOUT_S):
                        timeouts += 1
                    result.latencies_ms.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        await asyncio.gather(*(one_user(steps) for steps in recorded))
        result.seconds = time.perf_counter() - started
    return result, timeouts


def _user_of_update(update: dict[str, Any]) -> int:
    event = update.get("message") or update["callback_query"]
    return int(event["from"]["id"])


async def run(args: argparse.Namespace) -> int:
    users = 80 if args.quick else args.users
    people = personas(users, args.seed)
    rows: list[list[object]] = []
    per_second: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="vagvisare-bench-") as scratch:
        recorded = await record(people, Path(scratch) / "record")
        for workers in (1, 2):
            api = NullBotApi()
            api_base = await api.start()
            async with (
                scratch_postgres(args.postgres_url) as database_url,
                scratch_redis_prefix(args.redis_url) as prefix,
            ):
                environment = {
                    "BOT_TOKEN": TOKEN,
                    "WEBHOOK_SECRET": SECRET,
                    "PSEUDONYM_KEY": BENCH_KEY,
                    "DATA_DIR": str(Path(scratch) / f"workers{workers}"),
                    "DATABASE_URL": database_url,
                    "REDIS_URL": args.redis_url,
                    "REDIS_PREFIX": prefix,
                    "THROTTLE_BURST": "1000",
                }
                async with webhook_workers(workers, api_base, environment) as (port, process):
                    url = f"http://127.0.0.1:{port}/telegram/webhook"
                    name = f"{workers} worker{'s' if workers > 1 else ''}"
                    result, timeouts = await load(recorded, api, url, args.concurrency, name)
                    rss = workers_rss_mb(process.pid)
            await api.stop()
            per_second[workers] = result.per_second
            row = result.row()
            rows.append([*row[:-1], rss, timeouts])
    print(
        f"workers: {users} users, {args.concurrency} at a time, "
        f"{sum(map(len, recorded))} updates over HTTP; PostgreSQL + Redis; "
        f"{os.cpu_count()} cores shared with the load generator"
    )
    headers = ["run", "updates", "s", "updates/s", "p50 ms", "p95 ms", "p99 ms", "workers RSS MB"]
    print(table([*headers, "timeouts"], rows))
    print(f"scaling_2_vs_1={per_second[2] / per_second[1]:.2f}")
    return 0
