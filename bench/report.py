"""report: summary time at 100k and 1M referral rows, on SQLite and PostgreSQL.

The rows are spread over one year (2026) with a realistic mix of audiences, topics,
languages, services and answers, inserted in random hour order (the worst case for
reading rows through an index; the bot itself logs them in time order). The whole year
is summarized by each ``--by`` (default ``topic,audience``), timed two ways (best of
three, after one warm-up):

* *staff path*: what ``/summary`` and ``python -m bot report`` run, end to end:
  ``StaffDesk.summary`` (audit record, ``ReferralRepository.counts`` counting in SQL,
  ``report_from_counts`` with disclosure control) and the rendered table
  (``bot.modes.report.report_bytes``, as the command line prints it);
* *SQL only*: the query of that path alone (``storage.referrals.count_statement``),
  rows fetched, nothing else.

The staff path's CPU seconds in this process are printed too: on the shared 2-core
machines of this project they move less with the load than the wall time (on SQLite
they include the query; PostgreSQL's work is in its server processes).

``--old-path`` also times issue 5's way (every row loaded by
``ReferralRepository.between``, counted in Python by ``build_report``): minutes at 1M.

``--disclosure`` times disclosure control alone instead (``bot.core.disclosure.protect``,
no database): random tables of 20,000 and 60,000 cells (``--cells``; weeks ×
40 columns, half zeros, three fifths of the rest below k=5, seeded), best of three.
With this seed a 200,000-cell table needs thousands of audit rounds and runs for many
minutes (``bot.core.disclosure.MAX_CELLS``); other seeds take 4-6 s.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Hashable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncEngine

from bench.common import DEFAULT_POSTGRES_URL, bench_settings, scratch_postgres, table
from bot.core import disclosure
from bot.core.conversation import AUDIENCES, topics_for
from bot.core.directory import load_directory
from bot.core.periods import Period
from bot.core.report import Dimension, Vocabulary, build_report, parse_dimensions
from bot.core.taxonomy import AgeBand
from bot.modes.report import report_bytes
from bot.staff_desk import StaffDesk
from storage.engine import create_engine
from storage.migrate import upgrade
from storage.referrals import ReferralRepository, count_statement
from storage.tables import referral

HELP = "summary time at 100k and 1M referral rows, SQLite and PostgreSQL"
YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
SERVICES = ["bris-116111", "sos-112", "polisen-114-14", "huddinge-socialtjanst", "maskrosbarn"]
CHUNK = 20_000


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rows", default="100000,1000000", help="comma-separated row counts (default 100k,1M)"
    )
    parser.add_argument(
        "--by",
        action="append",
        help="dimensions of one summary, e.g. resource,week; repeat for more "
        "(default: topic,audience)",
    )
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL)
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--quick", action="store_true", help="100k rows only")
    parser.add_argument(
        "--old-path", action="store_true", help="also time issue 5's load-every-row path"
    )
    parser.add_argument(
        "--disclosure",
        action="store_true",
        help="time disclosure control alone on random tables (no database)",
    )
    parser.add_argument(
        "--cells",
        default="20000,60000",
        help="with --disclosure: comma-separated table sizes (cells, rounded to 40 columns)",
    )


def generated_rows(count: int, seed: int = 5) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    start = datetime(2026, 1, 1)
    rows = []
    for _ in range(count):
        audience = rng.choice(AUDIENCES)
        rows.append(
            {
                "id": uuid.UUID(int=rng.getrandbits(128)).hex,
                "hour": start + timedelta(hours=rng.randrange(365 * 24)),
                "audience": audience.value,
                "age_band": rng.choice(list(AgeBand)).value
                if audience.value == "young_person"
                else None,
                "topic": rng.choice(topics_for(audience)).value,
                "urgency": rng.choice(["emergency", "urgent", "support", "information"]),
                "locale": rng.choice(["sv", "en", "ar", "fa", "so", "ti", "fi"]),
                "services_shown": rng.sample(SERVICES, 2),
                "campaign": rng.choice([None, None, "poster_school1"]),
                "district": None,
                "service_opened": None,
                "outcome": rng.choice([None, "yes", "no"]),
            }
        )
    return rows


async def fill(engine: AsyncEngine, count: int, offset: int = 0) -> float:
    """Insert ``count`` generated rows (the ``offset``-th on); returns the seconds it took."""
    started = time.perf_counter()
    for first in range(0, count, CHUNK):
        rows = generated_rows(min(CHUNK, count - first), seed=offset + first)
        async with engine.begin() as connection:
            await connection.execute(insert(referral), rows)
    if engine.dialect.name == "postgresql":
        async with engine.connect() as connection:
            await connection.exec_driver_sql("ANALYZE referral")
    return time.perf_counter() - started


Summary = Callable[[], Awaitable[object]]


def staff_path(desk: StaffDesk, dimensions: tuple[Dimension, ...]) -> Summary:
    """``/summary`` and ``python -m bot report`` from storage to the rendered table."""

    async def summary() -> object:
        report = await desk.summary(YEAR, dimensions, member=None, channel="cli")
        return report_bytes(report, "table")

    return summary


def sql_only(engine: AsyncEngine, dimensions: tuple[Dimension, ...]) -> Summary:
    """The staff path's query alone."""
    start, end = (moment.replace(tzinfo=None) for moment in YEAR.utc_bounds())
    statement = count_statement(engine.dialect.name, start, end, dimensions)

    async def summary() -> object:
        async with engine.connect() as connection:
            if engine.dialect.name == "postgresql":
                await connection.exec_driver_sql("SET LOCAL jit = off")  # as counts() does
            return (await connection.execute(statement)).all()

    return summary


def old_path(engine: AsyncEngine, dimensions: tuple[Dimension, ...]) -> Summary:
    """Issue 5: every row of the period loaded as a dataclass and counted in Python."""
    start, end = (moment.replace(tzinfo=None) for moment in YEAR.utc_bounds())

    async def summary() -> object:
        rows = await ReferralRepository(engine).between(start, end)
        return build_report(rows, dimensions, YEAR, Vocabulary())

    return summary


async def best_of_three(summary: Summary) -> tuple[float, float]:
    """Seconds of the fastest of three runs, and the least CPU seconds this process
    spent in one (SQLite's work included: it runs in this process's threads)."""
    await summary()  # warm-up: caches and query plans
    timings, cpu = [], []
    for _ in range(3):
        started, started_cpu = time.perf_counter(), time.process_time()
        await summary()
        timings.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return min(timings), min(cpu)


async def measure(
    name: str,
    engine: AsyncEngine,
    counts: list[int],
    summaries: list[tuple[Dimension, ...]],
    args: argparse.Namespace,
    scratch: Path,
) -> list[list[object]]:
    await upgrade(engine)
    settings = bench_settings(scratch)
    directory = load_directory(settings.resources_file)
    desk = StaffDesk.create(engine, settings, directory, ReferralRepository(engine))
    rows: list[list[object]] = []
    filled = 0
    for count in counts:
        await fill(engine, count - filled, offset=filled)
        filled = count
        for dimensions in summaries:
            by = " × ".join(d.value for d in dimensions)
            staff, staff_cpu = await best_of_three(staff_path(desk, dimensions))
            query, _ = await best_of_three(sql_only(engine, dimensions))
            old = (await best_of_three(old_path(engine, dimensions)))[0] if args.old_path else "-"
            rows.append([name, count, by, staff, staff_cpu, query, old])
    return rows


def disclosure_table(
    cells: int, seed: int = 5
) -> tuple[dict[tuple[Hashable, ...], int], list[str]]:
    """Counts of a ``cells // 40`` × 40 table: half zeros, of the rest three fifths 1..4 and
    the others 5..40; and its rows (the columns are ``DISCLOSURE_COLUMNS``)."""
    rng = random.Random(seed)
    rows = [f"w{i}" for i in range(max(1, cells // len(DISCLOSURE_COLUMNS)))]
    counts: dict[tuple[Hashable, ...], int] = {}
    for row in rows:
        for column in DISCLOSURE_COLUMNS:
            draw = rng.random()
            if draw >= 0.5:
                counts[(row, column)] = rng.randint(1, 4) if draw < 0.8 else rng.randint(5, 40)
    return counts, rows


DISCLOSURE_COLUMNS = [f"s{j}" for j in range(40)]


def run_disclosure(args: argparse.Namespace) -> int:
    results: list[list[object]] = []
    for cells in sorted(int(n) for n in args.cells.split(",")):
        counts, rows = disclosure_table(cells)
        size = len(rows) * len(DISCLOSURE_COLUMNS)
        timings = []
        for _ in range(3):
            started = time.perf_counter()
            try:
                disclosure.protect(counts, rows, DISCLOSURE_COLUMNS)
                verdict = "published"
            except disclosure.TableTooLargeError:
                too_big = size > disclosure.MAX_CELLS
                verdict = "refused (MAX_CELLS)" if too_big else "refused (MAX_AUDIT_WORK)"
            timings.append(time.perf_counter() - started)
        results.append([size, verdict, min(timings)])
    print(
        f"report --disclosure: protect() alone, best of 3 (MAX_CELLS {disclosure.MAX_CELLS:,}, "
        f"MAX_AUDIT_WORK {disclosure.MAX_AUDIT_WORK:,})"
    )
    print(table(["cells", "verdict", "seconds"], results))
    return 0


async def run(args: argparse.Namespace) -> int:
    if args.disclosure:
        return run_disclosure(args)
    counts = [100_000] if args.quick else sorted(int(n) for n in args.rows.split(","))
    summaries = [parse_dimensions(by) for by in args.by or ["topic,audience"]]
    results: list[list[object]] = []
    with tempfile.TemporaryDirectory(prefix="vagvisare-bench-") as scratch:
        engine = create_engine(f"sqlite+aiosqlite:///{Path(scratch) / 'report.sqlite3'}")
        try:
            results += await measure("SQLite", engine, counts, summaries, args, Path(scratch))
        finally:
            await engine.dispose()
        if not args.skip_postgres:
            async with scratch_postgres(args.postgres_url) as url:
                engine = create_engine(url)
                try:
                    results += await measure(
                        "PostgreSQL", engine, counts, summaries, args, Path(scratch)
                    )
                finally:
                    await engine.dispose()
    print("report: whole-year summary (best of 3)")
    headers = [
        "database",
        "rows",
        "by",
        "staff path s",
        "its CPU s",
        "SQL only s",
        "issue 5 path s",
    ]
    print(table(headers, results))
    return 0
