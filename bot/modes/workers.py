"""``python -m bot webhook --workers N``: several webhook processes behind one port.

The supervisor (this module) waits for the database and Redis to answer
(``--start-timeout``, as every mode that takes updates), applies the migrations once, then
starts ``N`` worker processes (``python -m bot webhook --worker-index I``), which check the
storage again before they listen. Each worker binds
``WEBHOOK_HOST:WEBHOOK_PORT`` with ``SO_REUSEPORT``, so the kernel spreads incoming
connections over them; all share PostgreSQL (``DATABASE_URL``) and Redis
(``REDIS_URL``: conversation state and the per-user lock). Only worker 0 calls
``setWebhook``. A worker that exits unexpectedly is restarted; SIGTERM or SIGINT is
passed on to every worker, which finish their updates in flight, and the supervisor
exits when they have. See ``docs/deployment.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from bot.commands import ConfigurationError
from bot.config import Settings
from bot.modes.polling import (
    START_TIMEOUT_S,
    add_api_base,
    add_start_timeout,
    check_storage_at_start,
)
from storage.engine import create_engine, is_sqlite
from storage.migrate import upgrade

log = logging.getLogger("vagvisare.workers")

STOP_TIMEOUT_S = 30.0  # a worker still running this long after SIGTERM is killed
RESTART_WINDOW_S = 60.0  # more than MAX_RESTARTS restarts within this window: give up
MAX_RESTARTS = 5


def add_webhook_arguments(parser: argparse.ArgumentParser) -> None:
    """``--api-base``, ``--start-timeout``, ``--workers N`` and the supervisor's internal
    ``--worker-index``."""
    add_api_base(parser)
    add_start_timeout(parser, "the database and Redis")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="worker processes sharing the port (SO_REUSEPORT); N > 1 needs REDIS_URL",
    )
    parser.add_argument("--worker-index", type=int, default=None, help=argparse.SUPPRESS)


def check_scale_out(settings: Settings, workers: int) -> None:
    """Raise :class:`ConfigurationError` unless ``workers`` processes can share state."""
    if workers < 1:
        raise ConfigurationError("--workers must be at least 1")
    if workers > 1 and not settings.redis_url:
        raise ConfigurationError(
            "--workers > 1 needs REDIS_URL: conversation state and the per-user lock "
            "must be shared by the workers"
        )


@dataclass
class _Worker:
    index: int
    process: asyncio.subprocess.Process | None = None
    restarts: list[float] = field(default_factory=list)


async def supervise(
    settings: Settings,
    workers: int,
    api_base: str | None,
    *,
    start_timeout: float = START_TIMEOUT_S,
) -> int:
    """Run ``workers`` webhook processes until SIGTERM/SIGINT; returns the exit code.

    Raises :class:`ConfigurationError` when the configuration cannot be shared,
    :class:`~bot.commands.ServiceUnreachable` when the database or Redis does not answer
    within ``start_timeout`` seconds (each worker is given the same timeout).
    """
    check_scale_out(settings, workers)
    if is_sqlite(settings.effective_database_url):
        log.warning("several workers on one SQLite file: use PostgreSQL in production")
    await check_storage_at_start(settings, start_timeout)
    engine = create_engine(settings.effective_database_url)
    try:
        await upgrade(engine)  # once, before any worker starts
    finally:
        await engine.dispose()
    with _reserved_port(settings.webhook_host, settings.webhook_port) as port:
        log.info("workers starting", extra={"workers": workers, "port": port})
        return await _Supervisor(settings, workers, port, api_base, start_timeout).run()


class _Supervisor:
    def __init__(
        self,
        settings: Settings,
        workers: int,
        port: int,
        api_base: str | None,
        start_timeout: float,
    ) -> None:
        self._settings = settings
        self._workers = [_Worker(index) for index in range(workers)]
        self._port = port
        self._api_base = api_base
        self._start_timeout = start_timeout
        self._stopping = asyncio.Event()

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self._stopping.set)
        try:
            for worker in self._workers:
                await self._start(worker)
            watchers = [asyncio.create_task(self._watch(worker)) for worker in self._workers]
            stop = asyncio.create_task(self._stopping.wait())
            done, _ = await asyncio.wait([stop, *watchers], return_when=asyncio.FIRST_COMPLETED)
            failed = stop not in done
            await self._stop_all()
            for task in (stop, *watchers):
                task.cancel()
            return 1 if failed else 0
        finally:
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(sig)

    async def _start(self, worker: _Worker) -> None:
        env = dict(os.environ, WEBHOOK_PORT=str(self._port))  # webhook._run: only worker 0
        command = [sys.executable, "-m", "bot", "webhook", "--worker-index", str(worker.index)]
        command += ["--start-timeout", f"{self._start_timeout:g}"]
        if self._api_base:
            command += ["--api-base", self._api_base]
        worker.process = await asyncio.create_subprocess_exec(*command, env=env)
        log.info("worker started", extra={"worker": worker.index, "pid": worker.process.pid})

    async def _watch(self, worker: _Worker) -> None:
        """Restart ``worker`` when it exits on its own; return when it keeps failing."""
        while True:
            if worker.process is None:
                return
            code = await worker.process.wait()
            if self._stopping.is_set():
                return
            now = time.monotonic()
            worker.restarts = [t for t in worker.restarts if now - t < RESTART_WINDOW_S] + [now]
            log.warning("worker exited", extra={"worker": worker.index, "code": code})
            if len(worker.restarts) > MAX_RESTARTS:
                log.error("worker keeps failing; stopping", extra={"worker": worker.index})
                return
            await asyncio.sleep(min(2 ** len(worker.restarts) / 4, 5.0))
            if self._stopping.is_set():
                return
            await self._start(worker)

    async def _stop_all(self) -> None:
        self._stopping.set()
        running = [w.process for w in self._workers if w.process and w.process.returncode is None]
        for process in running:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGTERM)
        for process in running:
            try:
                await asyncio.wait_for(process.wait(), STOP_TIMEOUT_S)
            except TimeoutError:
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
                await process.wait()
        log.info("workers stopped")


@contextlib.contextmanager
def _reserved_port(host: str, port: int) -> Iterator[int]:
    """Yield the port workers bind: ``port``, or a free one when it is 0.

    For 0 a socket is bound with ``SO_REUSEPORT`` (not listening, so it gets no
    connections) and held, so no other program takes the port before the workers do.
    """
    if port != 0:
        yield port
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as holder:
        holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        holder.bind((host, 0))
        yield int(holder.getsockname()[1])
