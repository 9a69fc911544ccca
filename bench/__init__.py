"""Benchmarks: ``python -m bench <name>`` (throughput, workers, report, memory).

Each prints a table; see ``docs/performance.md`` for the figures measured and how.
"""
