"""Where the CPU goes during a benchmark run: per-process CPU seconds from ``/proc``.

Linux only (proc(5)). A :class:`CpuMeter` samples ``utime + stime`` (``/proc/<pid>/stat``
fields 14 and 15, in clock ticks of ``SC_CLK_TCK``, usually 1/100 s) of the processes in
each *role* (a function that returns the role's current pids) every ``interval_s``
seconds, and the machine's busy and idle time (``/proc/stat``, first ``cpu`` line, all
cores; idle includes iowait, steal is left out). A process's CPU in a run is its last
sample minus its first (its whole CPU time for a process that started during the run),
so a process that exits during the run loses at most one interval of CPU. A process in
two roles counts in the one that listed it first.

The report's rows (:data:`HEADERS`): per role the processes seen (for PostgreSQL
backends: the connections opened or in use), CPU seconds, cores (CPU s / wall s) and %
of the machine's capacity (wall s × cores); the meter's own CPU (part of the role of the
process that runs it); the rest of the machine (busy time in no role: other programs);
idle. A role near 1.0 core is CPU-bound; idle near 0 means the cores were contended.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

TICK_S = 1 / os.sysconf("SC_CLK_TCK")
Pids = Callable[[], Iterable[int]]


def process_cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of ``pid`` so far; ``None`` when it is gone or unreadable."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) ": field 3 onwards
    return (int(fields[11]) + int(fields[12])) * TICK_S  # fields 14 and 15 (utime, stime)


def machine_cpu_s() -> tuple[float, float]:
    """(busy, idle) CPU seconds of all cores since boot; idle includes iowait."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    # user nice system idle iowait irq softirq steal (guest time is already in user)
    idle = values[3] + values[4]
    busy = values[0] + values[1] + values[2] + values[5] + values[6]
    return busy * TICK_S, idle * TICK_S


def children(pid: int) -> list[int]:
    """Direct children of ``pid`` (``/proc/<pid>/task/*/children``); [] when it is gone."""
    found: list[int] = []
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError):
                found += [int(c) for c in (task / "children").read_text().split()]
    return found


def cmdline(pid: int) -> str:
    """The process title (``/proc/<pid>/cmdline``, NULs as spaces); "" when it is gone."""
    try:
        return (
            Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        )
    except OSError:
        return ""


def pids_named(comm: str) -> list[int]:
    """Processes whose ``/proc/<pid>/comm`` is ``comm`` (e.g. ``redis-server``)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if (entry / "comm").read_text().strip() == comm:
                    found.append(int(entry.name))
    return found


def postmaster() -> int | None:
    """The PostgreSQL postmaster's pid (a ``postgres`` process whose parent is not one)."""
    named = set(pids_named("postgres"))
    for pid in sorted(named):
        with contextlib.suppress(OSError):
            stat = Path(f"/proc/{pid}/stat").read_text()
            if int(stat[stat.rindex(")") + 2 :].split()[1]) not in named:
                return pid
    return None


def postgres_roles(database: str) -> dict[str, Pids]:
    """Roles for the PostgreSQL server on this machine, split by ``database``.

    Backends whose title names ``database`` (``postgres: … user database host(port) …``)
    are this run's; the postmaster and its background processes (WAL writer,
    checkpointer, …) serve every database; other backends are other programs'. Empty
    when no postmaster is found. A backend's title is read once (it keeps its database).
    """
    master = postmaster()
    if master is None:
        return {}
    kinds: dict[int, int] = {}  # pid -> 0 this run's backend, 1 background, 2 other

    def kind(pid: int) -> int:
        if pid not in kinds:
            title = cmdline(pid).split()
            if database in title:
                kinds[pid] = 0
            elif any(word.endswith(")") and "(" in word for word in title) or "[local]" in title:
                kinds[pid] = 2  # a client's backend: "host(port)" or "[local]" in its title
            else:
                kinds[pid] = 1
        return kinds[pid]

    def of_kind(wanted: int) -> Pids:
        def pids() -> list[int]:
            found = [pid for pid in children(master) if kind(pid) == wanted]
            return [master, *found] if wanted == 1 else found

        return pids

    return {
        "postgres backends (this run's database)": of_kind(0),
        "postgres background (WAL writer, checkpointer, ...)": of_kind(1),
        "postgres backends of other programs": of_kind(2),
    }


@dataclass
class CpuReport:
    """CPU seconds per role over ``wall_s`` seconds on ``cores`` cores."""

    wall_s: float
    cores: int
    roles: dict[str, float] = field(default_factory=dict)
    processes: dict[str, int] = field(default_factory=dict)
    meter_s: float = 0.0  # CPU the meter took, in the process that ran it (in its role)
    busy_s: float = 0.0
    idle_s: float = 0.0

    @property
    def capacity_s(self) -> float:
        return self.wall_s * self.cores

    def rows(self) -> list[list[object]]:
        """Rows under :data:`HEADERS`: each role, then the rest of the machine and idle."""
        rows: list[list[object]] = []
        for role, seconds in self.roles.items():
            rows.append(self._row(role, self.processes.get(role, 0), seconds))
        rows.append(self._row("  (of these: the CPU meter itself)", "", self.meter_s))
        rest = max(self.busy_s - sum(self.roles.values()), 0.0)
        rows.append(self._row("rest of the machine (other programs)", "", rest))
        rows.append(self._row("idle", "", self.idle_s))
        return rows

    def _row(self, role: str, processes: object, seconds: float) -> list[object]:
        wall = self.wall_s or 1.0
        return [role, processes, seconds, seconds / wall, 100 * seconds / (self.capacity_s or 1.0)]


# processes: how many were seen (for PostgreSQL backends: connections opened or in use)
HEADERS = ["process", "processes", "CPU s", "cores", "% of machine"]


class CpuMeter:
    """Samples the roles' processes while a run is measured (see the module docstring)."""

    def __init__(self, roles: dict[str, Pids], interval_s: float = 0.5) -> None:
        self._roles = roles
        self._interval_s = interval_s
        self._first: dict[int, float] = {}
        self._last: dict[int, float] = {}
        self._role_of: dict[int, str] = {}
        self.own_cpu_s = 0.0  # CPU this meter took (in the process that runs it)
        self._started = False  # after the first sample, a new process counts from 0

    def sample(self) -> None:
        """Read every role's processes once (a few small ``/proc`` files per process)."""
        started = time.process_time()
        for role, pids in self._roles.items():
            for pid in pids():
                seconds = process_cpu_s(pid)
                if seconds is None:
                    continue
                self._role_of.setdefault(pid, role)
                self._first.setdefault(pid, 0.0 if self._started else seconds)
                self._last[pid] = seconds
        self.own_cpu_s += time.process_time() - started

    @contextlib.asynccontextmanager
    async def measure(self) -> AsyncIterator[CpuReport]:
        """Sample from entry to exit; the yielded report is filled in on exit."""
        report = CpuReport(wall_s=0.0, cores=os.cpu_count() or 1)
        self._started = False
        self.sample()
        self._started = True
        busy0, idle0 = machine_cpu_s()
        started = time.perf_counter()
        sampler = asyncio.create_task(self._sample_every())
        try:
            yield report
        finally:
            sampler.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sampler
            self.sample()
            busy1, idle1 = machine_cpu_s()
            report.wall_s = time.perf_counter() - started
            report.busy_s, report.idle_s = busy1 - busy0, idle1 - idle0
            report.meter_s = self.own_cpu_s
            report.roles = dict.fromkeys(self._roles, 0.0)
            report.processes = dict.fromkeys(self._roles, 0)
            for pid, role in self._role_of.items():
                report.roles[role] += self._last[pid] - self._first[pid]
                report.processes[role] += 1

    async def _sample_every(self) -> None:
        while True:
            await asyncio.sleep(self._interval_s)
            self.sample()
