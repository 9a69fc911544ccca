"""Shared by the benchmarks: settings in a scratch folder, RSS, percentiles, tables."""

from __future__ import annotations

import contextlib
import resource
import statistics
import uuid
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import asyncpg
from redis.asyncio import Redis
from sqlalchemy.engine import make_url

from bot.config import Settings

BENCH_KEY = "bench-pseudonym-key-0123456789abcdef"


def bench_settings(data_dir: Path, **overrides: Any) -> Settings:
    """Settings isolated from the environment and ``.env``; throttling out of the way.

    Simulated users press buttons within microseconds of each other; a real user's
    ~1 update a second is far below the limit, so the bench raises the burst so that
    no update is dropped (the throttling middleware still runs).
    """
    values: dict[str, Any] = {
        "data_dir": data_dir,
        "pseudonym_key": BENCH_KEY,
        "throttle_burst": 1000,
        "log_level": "WARNING",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


def held_out_sets(folder: Path) -> list[Path]:
    """The red-team sets under ``folder`` (one sub-folder each, in name order; ``bench danger``
    and ``bench topics``), or ``[]`` when ``folder`` is not a folder."""
    return sorted(p for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb(pid: int | str = "self") -> float:
    """Resident memory now, in MB, from ``/proc/<pid>/status``."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: Sequence[float], fraction: float) -> float:
    """The ``fraction`` (0-1) percentile of ``values`` (inclusive method); 0 when empty."""
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=1000, method="inclusive")[round(fraction * 1000) - 1]


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table with right-aligned numbers."""
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append(
            "  ".join(
                c.rjust(w) if _numeric(c) else c.ljust(w) for c, w in zip(row, widths, strict=True)
            )
        )
    return "\n".join(lines)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _numeric(text: str) -> bool:
    return text.replace(",", "").replace(".", "").replace("-", "").replace("×", "").isdigit()


DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


@contextlib.asynccontextmanager
async def scratch_postgres(admin_url: str = DEFAULT_POSTGRES_URL) -> AsyncIterator[str]:
    """A fresh PostgreSQL database for one run (async URL); dropped afterwards."""
    name = f"vagvisare_bench_{uuid.uuid4().hex[:12]}"
    admin = make_url(admin_url).set(drivername="postgresql").render_as_string(hide_password=False)
    connection = await asyncpg.connect(admin, timeout=5)
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    url = make_url(admin_url).set(drivername="postgresql+asyncpg", database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        connection = await asyncpg.connect(admin, timeout=5)
        try:
            await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await connection.close()


@contextlib.asynccontextmanager
async def scratch_redis_prefix(url: str = DEFAULT_REDIS_URL) -> AsyncIterator[str]:
    """A Redis key prefix for one run; its keys are deleted afterwards."""
    prefix = f"vagvisare-bench-{uuid.uuid4().hex[:12]}"
    try:
        yield prefix
    finally:
        client = Redis.from_url(url)
        try:
            keys = [key async for key in client.scan_iter(match=f"{prefix}:*", count=1000)]
            for start in range(0, len(keys), 1000):
                await client.delete(*keys[start : start + 1000])
        finally:
            await client.aclose()
