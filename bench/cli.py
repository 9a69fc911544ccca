"""The benchmark registry: one module per benchmark, each with ``configure`` and ``run``."""

from __future__ import annotations

import argparse
import asyncio
import logging
from collections.abc import Sequence

from bench import danger, memory, report, throughput, topics, workers

BENCHMARKS = {
    "throughput": throughput,
    "workers": workers,
    "report": report,
    "memory": memory,
    "danger": danger,
    "topics": topics,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one benchmark; returns its exit code (0, or 2 for bad usage)."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    names = parser.add_subparsers(dest="name", required=True, metavar="NAME")
    for name, module in BENCHMARKS.items():
        module.configure(names.add_parser(name, help=module.HELP, description=module.__doc__))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("vagvisare").setLevel(logging.ERROR)
    code: int = asyncio.run(BENCHMARKS[args.name].run(args))
    return code
