"""workers: 1 and 2 webhook workers over real HTTP, sharing PostgreSQL and Redis.

1. The scripted users (bench/conversations.py) talk to the bot offline once, one at a
   time, to record their updates and how many Bot API calls each update causes.
2. For each worker count: a scratch PostgreSQL database and Redis prefix; ``python -m
   bot webhook --workers N`` as a separate process tree, with a Bot API stand-in
   (bench/raw_http.py: ``StandInApi``) in this process.
3. This process is the load: C users at a time post their updates to the webhook (the
   real HTTP endpoint, secret header and all), each user's updates in order. Every
   request is serialized to bytes before the timed run. Each of the C slots keeps one
   keep-alive connection, opened before the timed run and spread evenly over the
   workers (:func:`open_connections`). The webhook answers at once and handles the
   update in the background, so an update counts as done when the stand-in has
   received all the Bot API calls it causes (or after 30 s: a timeout, counted); only
   then is the user's next update sent. Before the timed run every connection carries
   one warm-up user's conversation (other user ids, not timed), so that each worker has
   filled its connection pools and first-use caches: the run measures the steady state.

Prints updates/s, latency (post → last Bot API call), the workers' RSS and timeouts;
then, per timed run, where the CPU went (bench/cpu.py: each worker, this process,
PostgreSQL, Redis, the rest of the machine, idle; CPU seconds, cores, % of the machine,
ms per update) and the webhook connections each worker held; then per round the
workers' CPU per update and the CPU-bound ceiling (:meth:`Measured.ceiling`: what that
CPU per update allows with nothing else on the machine); last the scaling factor
``scaling_2_vs_1`` = updates/s with 2 workers / with 1 (``--rounds N``: the median of
the N rounds, run 1, 2, 1, 2, … so that a change in the machine's load hits both).

The load generator and the stand-in share the machine with the workers. Both are raw
asyncio protocols (no aiohttp) so they take as little CPU as possible; their share is
the ``load generator`` row. ``--pin-load CPU`` pins this process to one core during the
timed runs (``os.sched_setaffinity``; the workers, started before, are not pinned).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import os
import signal
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

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
from bench.cpu import HEADERS as CPU_HEADERS
from bench.cpu import CpuMeter, CpuReport, Pids, children, pids_named, postgres_roles
from bench.raw_http import StandInApi, WebhookConnection, webhook_request
from bench.throughput import Result
from bot.app import create_app
from bot.modes.offline_driver import OfflineDriver
from bot.offline import ApiCall

HELP = "1 vs 2 webhook workers over HTTP on PostgreSQL + Redis"
TOKEN = "1000000001:BENCH-vagvisare-workers-token-0123456789"  # noqa: S105 - not a secret
SECRET = "bench-webhook-secret"  # noqa: S105 - not a secret
WEBHOOK_PATH = "/telegram/webhook"  # Settings.webhook_path's default
UPDATE_TIMEOUT_S = 30.0
WARM_UP_ID_OFFSET = 900_000  # warm-up users' ids: far from the measured users' ids
Recorded = list[list[tuple[dict[str, Any], int]]]  # per user: (update, calls so far)
Requests = list[list[tuple[bytes, int, int]]]  # per user: (request, user id, calls so far)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=32, help="users at a time")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL)
    parser.add_argument("--redis-url", default=DEFAULT_REDIS_URL)
    parser.add_argument("--quick", action="store_true", help="80 users")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="repeat the 1-then-2-workers pair; scaling is the median of the rounds",
    )
    parser.add_argument(
        "--pin-load",
        type=int,
        default=None,
        metavar="CPU",
        help="pin the load generator to this core during the timed runs",
    )


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
    workers = children(supervisor)
    return sum(current_rss_mb(pid) for pid in workers) if workers else current_rss_mb(supervisor)


async def open_connections(port: int, count: int, pids: list[int]) -> list[WebhookConnection]:
    """``count`` keep-alive connections to the webhook, spread evenly over the workers ``pids``.

    The kernel hands each new connection to one of the SO_REUSEPORT listeners by a hash
    of its addresses, so 32 connections can land 20/12. A connection that lands on a
    worker already holding its share is closed and another opened, so the run measures
    the workers, not the hash (many connections, as from Telegram, even out the same).
    After ``count × 20`` attempts the remaining connections are kept wherever they land.
    """
    share = -(-count // len(pids))
    held = [0] * len(pids)
    kept: list[WebhookConnection] = []
    attempts = 0
    while len(kept) < count:
        connection = await WebhookConnection.open("127.0.0.1", port)
        attempts += 1
        owner = await _owner_of(connection, pids, port) if len(pids) > 1 else 0
        if owner is not None and held[owner] >= share and attempts < count * 20:
            connection.close()
            continue
        if owner is not None:
            held[owner] += 1
        kept.append(connection)
    return kept


async def _owner_of(connection: WebhookConnection, pids: list[int], port: int) -> int | None:
    """The index in ``pids`` of the worker that accepted ``connection``; None if not within 2 s."""
    for _ in range(400):
        owner = _owners(pids, port).get(connection.local_port)
        if owner is not None:
            return owner
        await asyncio.sleep(0.005)
    return None


async def load(
    requests: Requests,
    api: StandInApi,
    connections: list[WebhookConnection],
    name: str,
    *,
    close: bool = True,
) -> tuple[Result, int]:
    """Post every user's requests, one user per connection at a time (C = connections).

    Returns the result and the number of updates that timed out; closes the connections
    at the end when ``close``.
    Raises :class:`RuntimeError` when the webhook answers anything but 200.
    """
    result = Result(name)
    timeouts = 0
    users = iter(requests)  # shared by the slots: the next user to start

    async def slot(connection: WebhookConnection) -> None:
        nonlocal timeouts
        latencies = result.latencies_ms
        clock = time.perf_counter
        for steps in users:
            for request, user, expected in steps:
                started = clock()
                status = await connection.post(request)
                if status != 200:
                    raise RuntimeError(f"the webhook answered {status}")
                if not await api.wait_for(user, expected, UPDATE_TIMEOUT_S):
                    timeouts += 1
                latencies.append((clock() - started) * 1000)

    try:
        started = time.perf_counter()
        await asyncio.gather(*(slot(connection) for connection in connections))
        result.seconds = time.perf_counter() - started
    finally:
        if close:
            for connection in connections:
                connection.close()
    return result, timeouts


def serialize(recorded: Recorded, port: int, secret: str) -> Requests:
    """Every recorded update as the bytes of its webhook request, before the timed run."""
    return [
        [
            (webhook_request("127.0.0.1", port, WEBHOOK_PATH, secret, update), _user(update), n)
            for update, n in steps
        ]
        for steps in recorded
    ]


def _user(update: dict[str, Any]) -> int:
    event = update.get("message") or update["callback_query"]
    return int(event["from"]["id"])


def worker_pids(supervisor: int, workers: int) -> list[int]:
    """The worker processes: the supervisor's children, or the one process itself."""
    return [supervisor] if workers == 1 else sorted(children(supervisor))


def cpu_roles(supervisor: int, workers: int, database_url: str) -> dict[str, Pids]:
    """The processes whose CPU the benchmark reports (see bench/cpu.py)."""
    roles: dict[str, Pids] = {}
    for index, pid in enumerate(worker_pids(supervisor, workers)):
        roles[f"webhook worker {index + 1}"] = _just(pid)
    if workers > 1:
        roles["supervisor"] = lambda: [supervisor]
    roles["load generator + Bot API stand-in"] = lambda: [os.getpid()]
    roles.update(postgres_roles(str(make_url(database_url).database)))
    redis = pids_named("redis-server")  # found once: scanning /proc costs milliseconds
    roles["redis-server (shared with other programs)"] = lambda: redis
    return roles


def _just(pid: int) -> Pids:
    return lambda: [pid]


def connections_per_worker(pids: list[int], port: int) -> list[int]:
    """Established TCP connections on ``port`` held by each of ``pids`` (``/proc/net/tcp*``)."""
    counts = [0] * len(pids)
    for owner in _owners(pids, port).values():
        counts[owner] += 1
    return counts


def _owners(pids: list[int], port: int) -> dict[int, int]:
    """Peer port → index in ``pids`` of the process holding that connection to ``port``."""
    inodes: dict[str, int] = {}
    for index, pid in enumerate(pids):
        with contextlib.suppress(OSError):
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                with contextlib.suppress(OSError):
                    target = os.readlink(fd)
                    if target.startswith("socket:["):
                        inodes[target[8:-1]] = index
    owners: dict[int, int] = {}
    for table_name in ("tcp", "tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/net/{table_name}").read_text().splitlines()[1:]:
                fields = line.split()
                local_port = int(fields[1].rsplit(":", 1)[1], 16)
                if local_port == port and fields[3] == "01" and fields[9] in inodes:
                    owners[int(fields[2].rsplit(":", 1)[1], 16)] = inodes[fields[9]]
    return owners


@contextlib.contextmanager
def pinned(cpu: int | None) -> Iterator[None]:
    """Pin this process to core ``cpu`` (``None``: leave it) and restore the old affinity."""
    if cpu is None:
        yield
        return
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {cpu})
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


@dataclasses.dataclass
class Measured:
    """One timed run: ``workers`` processes, their result and where the CPU went."""

    workers: int
    result: Result
    timeouts: int
    rss_mb: float
    cpu: CpuReport
    spread: list[int]  # webhook connections held by each worker

    @property
    def updates(self) -> int:
        return len(self.result.latencies_ms)

    def ms_per_update(self, *, workers_only: bool) -> float:
        """CPU ms per update of the workers, or of every process of the run (not the rest)."""
        seconds = sum(
            value
            for role, value in self.cpu.roles.items()
            if role.startswith("webhook worker") or (not workers_only and role in OURS)
        )
        return 1000 * seconds / self.updates if self.updates else 0.0

    def ceiling(self) -> float:
        """Updates/s this run's CPU per update allows with nothing else on the machine.

        Each worker can use one core at most, and all the run's processes together at
        most every core: ``1000 × min(1 / busiest worker's ms, cores / total ms)``, with
        ms of CPU per update of the whole run.
        """
        busiest = max(
            (v for role, v in self.cpu.roles.items() if role.startswith("webhook worker")),
            default=0.0,
        )
        total_ms = self.ms_per_update(workers_only=False)
        if not busiest or not total_ms or not self.updates:
            return 0.0
        return 1000 * min(self.updates / (1000 * busiest), self.cpu.cores / total_ms)


# Roles (besides the workers) whose CPU the run causes; Redis and PostgreSQL's
# background processes also serve other programs, so the ceiling is a lower bound.
OURS = frozenset(
    {
        "load generator + Bot API stand-in",
        "postgres backends (this run's database)",
        "postgres background (WAL writer, checkpointer, ...)",
        "redis-server (shared with other programs)",
    }
)


async def measure(
    workers: int,
    recorded: Recorded,
    warm_up: Recorded,
    scratch: Path,
    args: argparse.Namespace,
) -> Measured:
    """Start ``workers`` webhook workers on a scratch database, warm them up, time the load."""
    api = StandInApi()
    api_base = await api.start()
    try:
        async with (
            scratch_postgres(args.postgres_url) as database_url,
            scratch_redis_prefix(args.redis_url) as prefix,
        ):
            environment = {
                "BOT_TOKEN": TOKEN,
                "WEBHOOK_SECRET": SECRET,
                "WEBHOOK_PATH": WEBHOOK_PATH,
                "PSEUDONYM_KEY": BENCH_KEY,
                "DATA_DIR": str(scratch),
                "DATABASE_URL": database_url,
                "REDIS_URL": args.redis_url,
                "REDIS_PREFIX": prefix,
                "THROTTLE_BURST": "1000",
            }
            async with webhook_workers(workers, api_base, environment) as (port, process):
                requests = serialize(recorded, port, SECRET)
                name = f"{workers} worker{'s' if workers > 1 else ''}"
                meter = CpuMeter(cpu_roles(process.pid, workers, database_url))
                pids = worker_pids(process.pid, workers)
                slots = min(args.concurrency, len(requests))
                connections = await open_connections(port, slots, pids)
                warm_requests = serialize(warm_up, port, SECRET)
                await load(warm_requests, api, connections, "warm-up", close=False)
                spread = connections_per_worker(pids, port)
                with pinned(args.pin_load):
                    async with meter.measure() as cpu:
                        result, timeouts = await load(requests, api, connections, name)
                rss = workers_rss_mb(process.pid)
    finally:
        await api.stop()
    return Measured(workers, result, timeouts, rss, cpu, spread)


async def run(args: argparse.Namespace) -> int:
    users = 80 if args.quick else args.users
    people = personas(users, args.seed)
    warm_people = [
        dataclasses.replace(p, user_id=p.user_id + WARM_UP_ID_OFFSET)
        for p in personas(args.concurrency, args.seed + 1)
    ]
    runs: list[Measured] = []
    with tempfile.TemporaryDirectory(prefix="vagvisare-bench-") as scratch:
        both = await record(people + warm_people, Path(scratch) / "record")
        recorded, warm_up = both[: len(people)], both[len(people) :]
        for round_ in range(args.rounds):
            for workers in (1, 2):
                folder = Path(scratch) / f"round{round_}-workers{workers}"
                runs.append(await measure(workers, recorded, warm_up, folder, args))
    print(
        f"workers: {users} users, {args.concurrency} at a time, "
        f"{sum(map(len, recorded))} updates over HTTP; PostgreSQL + Redis; "
        f"{os.cpu_count()} cores shared with the load generator"
        + (f" (pinned to core {args.pin_load})" if args.pin_load is not None else "")
    )
    print(report(runs, args.rounds))
    return 0


def report(runs: list[Measured], rounds: int) -> str:
    """The tables and the closing lines; the last line is ``scaling_2_vs_1=X.XX``."""

    def label(run_: Measured, index: int) -> str:
        name = f"{run_.workers} worker{'s' if run_.workers > 1 else ''}"
        return f"{name} (round {index // 2 + 1})" if rounds > 1 else name

    headers = ["run", "updates", "s", "updates/s", "p50 ms", "p95 ms", "p99 ms"]
    rows = [[label(m, i), *m.result.row()[1:-1], m.rss_mb, m.timeouts] for i, m in enumerate(runs)]
    lines = [table([*headers, "workers RSS MB", "timeouts"], rows)]
    for index, measured in enumerate(runs):
        cpu = measured.cpu
        lines.append(
            f"\nCPU during the {label(measured, index)} run "
            f"({cpu.wall_s:.1f} s on {cpu.cores} cores):"
        )
        cpu_rows = [[*r, _per_update_ms(r[2], measured.updates)] for r in cpu.rows()]
        lines.append(table([*CPU_HEADERS, "ms per update"], cpu_rows))
        held = ", ".join(f"worker {i + 1}: {n}" for i, n in enumerate(measured.spread))
        lines.append(f"webhook connections held ({sum(measured.spread)} opened): {held}")
    ratios = [two.result.per_second / one.result.per_second for one, two in _pairs(runs)]
    ceilings = [two.ceiling() / (one.ceiling() or 1.0) for one, two in _pairs(runs)]
    lines.append("")
    for (one, two), ratio, ceiling in zip(_pairs(runs), ratios, ceilings, strict=True):
        lines.append(
            f"workers' CPU per update: {one.ms_per_update(workers_only=True):.2f} ms (1 worker), "
            f"{two.ms_per_update(workers_only=True):.2f} ms (2 workers); "
            f"CPU-bound ceiling {one.ceiling():.0f} → {two.ceiling():.0f} updates/s "
            f"(×{ceiling:.2f} with nothing else running); measured ×{ratio:.2f}"
        )
    lines.append(f"scaling_2_vs_1={statistics.median(ratios):.2f}")
    return "\n".join(lines)


def _pairs(runs: list[Measured]) -> list[tuple[Measured, Measured]]:
    return list(zip(runs[0::2], runs[1::2], strict=True))


def _per_update_ms(seconds: object, updates: int) -> float:
    return 1000 * float(seconds) / updates if isinstance(seconds, float) and updates else 0.0
