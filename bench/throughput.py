"""throughput: scripted conversations through the real dispatcher vs bare aiogram.

K simulated users (mixed audiences, topics and languages; some press the danger button,
type a danger message, quick-exit or start over) run whole conversations, C users at a
time, each user's updates one after another. Updates go through ``Dispatcher.feed_update``
with a Bot on the offline session (no network: every Bot API call is answered locally).

1. *record*: the users talk to the bot on a scratch database; the updates they sent are
   kept (the script follows the bot's buttons, so the updates depend on the bot).
2. *warm-up* (not counted): the first 20 users' updates go through a bare dispatcher and
   through a Vägvisare app on a scratch SQLite database of its own, so that neither
   measured run pays for first imports, pydantic's first model builds or lazily loaded
   data (the holiday calendar of the opening hours).
3. *bare aiogram*: a plain ``Dispatcher()`` with one echo handler (answers each message
   or button press with one message) processes the same updates, the same way.
   *aiogram floor*: a plain ``Dispatcher()`` whose handlers make, for each update, the
   Bot API calls Vägvisare made for it and nothing else (``bench/floor.py``).
4. *Vägvisare*: a fresh app on the chosen state backend processes the same updates.
5. *open loop*: another fresh app on the chosen backend gets the same updates at a fixed
   arrival rate, ``--load`` (default 0.5) times the updates/s Vägvisare reached in 4.
   The users are interleaved at random (``--seed``), each user's updates in order: an
   update whose user's previous one is still being handled waits for it, as the
   per-user lock would make it wait.

The table has one row per measured run:

| row | what |
|---|---|
| ``bare aiogram (echo)`` | closed loop: C users at a time, each sends its next update as soon as the last one is answered |
| ``aiogram floor (our calls only)`` | the same closed loop: aiogram's dispatch of each update plus Vägvisare's Bot API calls for it (2.1 per update), no routers, middlewares, storage or texts of ours |
| ``Vägvisare (<state>)`` | the same closed loop through the real dispatcher |
| ``Vägvisare open loop (<rate>/s)`` | 5: latency under a steady load below capacity |

Every measured app and bot is set up as the ``run`` and ``webhook`` modes set theirs up,
including :func:`bot.app.settle_heap` once started; the offline Bot API session keeps
no transcript (``OfflineSession(keep=False)``), so the bench's heap does not grow with
every call as a real session's does not.

Columns: updates, seconds, updates/s, latency per update in ms (p50/p95/p99; closed
loop: from the ``feed_update`` call to its return; open loop: from the update's
scheduled arrival to its return, so time spent waiting behind other updates counts) and
the process's peak RSS in MB. With C users at a time, closed-loop latency is mostly
queueing (about C × the service time on one event loop); the open-loop row shows the
service time under a realistic load. The line before the last gives the Bot API calls per update
and ``floor_ratio_vs_bare_aiogram``: the floor's updates/s divided by bare aiogram's, the
highest ratio this conversation could reach on aiogram. The last line is
``ratio_vs_bare_aiogram=X.XX``: Vägvisare's closed-loop updates/s divided by bare aiogram's.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import random
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.types import CallbackQuery, Message, Update

from bench.common import (
    DEFAULT_POSTGRES_URL,
    DEFAULT_REDIS_URL,
    bench_settings,
    peak_rss_mb,
    percentile,
    scratch_postgres,
    scratch_redis_prefix,
    table,
)
from bench.conversations import UpdateFactory, personas, walk
from bench.floor import calls_per_update, floor_dispatcher, record_calls
from bot.app import OFFLINE_TOKEN, App, create_app, create_bot, settle_heap
from bot.config import Settings
from bot.modes.offline_driver import OfflineDriver
from bot.offline import OfflineSession

HELP = "updates/s and latency of scripted conversations, vs bare aiogram"
WARM_UP_USERS = 20
FLOOR_ROW = "aiogram floor (our calls only)"
Sequences = list[list[dict[str, Any]]]
Feed = Callable[[dict[str, Any]], Awaitable[object]]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--users", type=int, default=500, help="simulated users (K)")
    parser.add_argument("--concurrency", type=int, default=16, help="users at a time (C)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--state",
        choices=["sqlite", "postgresql", "redis"],
        default="sqlite",
        help="sqlite: embedded default; postgresql; redis: PostgreSQL + Redis (workers' setup)",
    )
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL)
    parser.add_argument("--redis-url", default=DEFAULT_REDIS_URL)
    parser.add_argument(
        "--quick", action="store_true", help="at most 150 users: well under a minute"
    )
    parser.add_argument(
        "--load",
        type=float,
        default=0.5,
        help="open-loop arrival rate, as a fraction of the closed-loop updates/s (0 skips it)",
    )


@dataclass
class Result:
    """One measured run."""

    name: str
    latencies_ms: list[float] = field(default_factory=list)
    seconds: float = 0.0
    peak_rss_mb: float = 0.0

    @property
    def updates(self) -> int:
        return len(self.latencies_ms)

    @property
    def per_second(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0

    def row(self) -> list[object]:
        lat = sorted(self.latencies_ms)
        return [
            self.name,
            self.updates,
            self.seconds,
            self.per_second,
            percentile(lat, 0.50),
            percentile(lat, 0.95),
            percentile(lat, 0.99),
            self.peak_rss_mb,
        ]


async def drive(name: str, sequences: Sequences, feed: Feed, concurrency: int) -> Result:
    """Feed every user's updates in order, ``concurrency`` users at a time."""
    result = Result(name)
    gate = asyncio.Semaphore(concurrency)

    async def one_user(updates: list[dict[str, Any]]) -> None:
        async with gate:
            for update in updates:
                started = time.perf_counter()
                await feed(update)
                result.latencies_ms.append((time.perf_counter() - started) * 1000)

    gc.collect()
    started = time.perf_counter()
    await asyncio.gather(*(one_user(updates) for updates in sequences))
    result.seconds = time.perf_counter() - started
    result.peak_rss_mb = peak_rss_mb()
    return result


def interleave(sequences: Sequences, seed: int) -> list[tuple[int, dict[str, Any]]]:
    """``(user index, update)`` in arrival order: a random interleaving of the users
    (reproducible with ``seed``), each user's updates in their order.

    Random rather than round robin: in rounds, every user would be at the same step at
    once (all the resource-card updates in one burst), which real users never are.
    """
    tickets = [user for user, updates in enumerate(sequences) for _ in updates]
    random.Random(seed).shuffle(tickets)  # a uniformly random merge of the sequences
    position = [0] * len(sequences)
    order = []
    for user in tickets:
        order.append((user, sequences[user][position[user]]))
        position[user] += 1
    return order


async def drive_open_loop(
    name: str, sequences: Sequences, feed: Feed, rate: float, seed: int = 7
) -> Result:
    """Feed the updates at ``rate`` per second (update i is due i/rate s after the start)
    whatever the answers, each user's updates in order; latency is counted from the due
    time, so an update that waits (for a busy loop or its user's previous update) counts
    its wait."""
    result = Result(name)
    previous: dict[int, asyncio.Task[None]] = {}
    tasks: list[asyncio.Task[None]] = []

    async def one(update: dict[str, Any], due: float, before: asyncio.Task[None] | None) -> None:
        if before is not None:
            await before
        await feed(update)
        result.latencies_ms.append((time.perf_counter() - due) * 1000)

    gc.collect()
    started = time.perf_counter()
    for index, (user, update) in enumerate(interleave(sequences, seed)):
        due = started + index / rate
        wait = due - time.perf_counter()
        if wait > 0:
            await asyncio.sleep(wait)
        task = asyncio.create_task(one(update, due, previous.get(user)))
        previous[user] = task
        tasks.append(task)
    await asyncio.gather(*tasks)
    result.seconds = time.perf_counter() - started
    result.peak_rss_mb = peak_rss_mb()
    return result


def feeder(dispatcher: Dispatcher, bot: Bot) -> Feed:
    """Parse an Update JSON object and feed it, as the webhook handler does."""

    async def feed(update: dict[str, Any]) -> object:
        parsed = Update.model_validate(update, context={"bot": bot})
        return await dispatcher.feed_update(bot, parsed)

    return feed


def bare_dispatcher() -> Dispatcher:
    """aiogram with nothing of ours: default storage, one echo handler per event."""
    dispatcher = Dispatcher()

    @dispatcher.message()
    async def echo(message: Message) -> None:
        await message.answer(message.text or "…")

    @dispatcher.callback_query()
    async def echo_press(callback: CallbackQuery) -> None:
        if isinstance(callback.message, Message):
            await callback.message.answer(callback.data or "…")

    return dispatcher


async def record(people_count: int, seed: int, settings: Settings, concurrency: int) -> Sequences:
    """Run the scripted users once; returns each user's updates."""
    app = await create_app(settings)
    driver = OfflineDriver(app)
    gate = asyncio.Semaphore(concurrency)
    factory = UpdateFactory()

    async def one(persona: Any) -> list[dict[str, Any]]:
        async with gate:
            return await walk(persona, driver.feed, factory)

    try:
        return list(await asyncio.gather(*(one(p) for p in personas(people_count, seed))))
    finally:
        await driver.close()
        await app.close()


@contextlib.asynccontextmanager
async def state_settings(args: argparse.Namespace, data_dir: Path) -> AsyncIterator[Settings]:
    """Settings for the measured app on the chosen state backend (scratch database)."""
    if args.state == "sqlite":
        yield bench_settings(data_dir)
        return
    async with scratch_postgres(args.postgres_url) as url:
        if args.state == "postgresql":
            yield bench_settings(data_dir, database_url=url)
            return
        async with scratch_redis_prefix(args.redis_url) as prefix:
            yield bench_settings(
                data_dir, database_url=url, redis_url=args.redis_url, redis_prefix=prefix
            )


async def measure_app(
    settings: Settings,
    sequences: Sequences,
    concurrency: int,
    *,
    rate: float | None = None,
    seed: int = 7,
) -> Result:
    """A fresh app processes ``sequences``: closed loop, ``concurrency`` users at a time;
    or, with ``rate``, open loop at ``rate`` updates/s (:func:`drive_open_loop`)."""
    app: App = await create_app(settings)
    bot = create_bot(OFFLINE_TOKEN, session=OfflineSession(keep=False))
    settle_heap()  # as the run and webhook modes do once they have started
    feed = feeder(app.dispatcher, bot)
    try:
        if rate is not None:
            name = f"Vägvisare open loop ({rate:,.0f}/s)"
            return await drive_open_loop(name, sequences, feed, rate, seed)
        name = f"Vägvisare ({settings_label(settings)})"
        return await drive(name, sequences, feed, concurrency)
    finally:
        await bot.session.close()
        await app.close()


async def measure_bare(
    sequences: Sequences,
    concurrency: int,
    dispatcher: Dispatcher | None = None,
    name: str = "bare aiogram (echo)",
) -> Result:
    """``sequences`` through ``dispatcher`` (default: the echo of :func:`bare_dispatcher`)."""
    bot = create_bot(OFFLINE_TOKEN, session=OfflineSession(keep=False))
    settle_heap()
    try:
        feed = feeder(dispatcher or bare_dispatcher(), bot)
        return await drive(name, sequences, feed, concurrency)
    finally:
        await bot.session.close()


def settings_label(settings: Settings) -> str:
    if settings.redis_url:
        return "PostgreSQL + Redis"
    return "PostgreSQL" if settings.database_url else "SQLite state"


async def run(args: argparse.Namespace) -> int:
    users = min(args.users, 150) if args.quick else args.users
    with tempfile.TemporaryDirectory(prefix="vagvisare-bench-") as scratch:
        root = Path(scratch)
        sequences = await record(
            users, args.seed, bench_settings(root / "record"), args.concurrency
        )
        script = await record_calls(bench_settings(root / "calls"), sequences)
        floor = floor_dispatcher(script)
        # warm-up, not counted: the same for all, each on scratch state of its own
        await measure_bare(sequences[:WARM_UP_USERS], args.concurrency)
        await measure_bare(sequences[:WARM_UP_USERS], args.concurrency, floor)
        await measure_app(
            bench_settings(root / "warm-up"), sequences[:WARM_UP_USERS], args.concurrency
        )
        bare = await measure_bare(sequences, args.concurrency)
        floored = await measure_bare(sequences, args.concurrency, floor, FLOOR_ROW)
        async with state_settings(args, root / "measured") as settings:
            ours = await measure_app(settings, sequences, args.concurrency)
        rows = [bare.row(), floored.row(), ours.row()]
        if args.load > 0:
            rate = args.load * ours.per_second
            async with state_settings(args, root / "open-loop") as settings:
                opened = await measure_app(
                    settings, sequences, args.concurrency, rate=rate, seed=args.seed
                )
            rows.append(opened.row())
    print(
        f"throughput: {users} users, {args.concurrency} at a time, "
        f"{sum(map(len, sequences))} updates, state: {args.state}"
    )
    headers = ["run", "updates", "s", "updates/s", "p50 ms", "p95 ms", "p99 ms", "peak RSS MB"]
    print(table(headers, rows))
    print(
        f"Bot API calls per update: echo 1.00, Vägvisare {calls_per_update(script):.2f}; "
        f"floor_ratio_vs_bare_aiogram={floored.per_second / bare.per_second:.2f} "
        "(the highest ratio this conversation could reach on aiogram)"
    )
    print(f"ratio_vs_bare_aiogram={ours.per_second / bare.per_second:.2f}")
    return 0
