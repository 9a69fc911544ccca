"""The open-loop run of ``python -m bench throughput``: arrival order and per-user order.

No timing is asserted (speed belongs in the benchmark's output); a high rate keeps the
test quick.
"""

from __future__ import annotations

import asyncio
from typing import Any

from bench.throughput import drive_open_loop, interleave


def updates(user: int, count: int) -> list[dict[str, Any]]:
    return [{"user": user, "step": step} for step in range(count)]


def test_users_are_interleaved_round_robin_each_in_order() -> None:
    sequences = [updates(0, 3), updates(1, 1), updates(2, 2)]
    order = [(user, update["step"]) for user, update in interleave(sequences)]
    assert order == [(0, 0), (1, 0), (2, 0), (0, 1), (2, 1), (0, 2)]
    assert interleave([]) == []


def test_every_update_is_fed_once_and_a_user_waits_for_its_previous_update() -> None:
    sequences = [updates(0, 4), updates(1, 3), updates(2, 1)]
    fed: list[tuple[int, int]] = []
    busy: set[int] = set()

    async def feed(update: dict[str, Any]) -> object:
        user = update["user"]
        assert user not in busy, "a user's next update started before the last one ended"
        busy.add(user)
        await asyncio.sleep(0.002 if update["step"] == 0 else 0)  # slower than the arrivals
        busy.discard(user)
        fed.append((user, update["step"]))
        return None

    result = asyncio.run(drive_open_loop("open", sequences, feed, rate=20_000.0))
    assert result.updates == 8
    assert sorted(fed) == sorted((u, s) for u, seq in enumerate(sequences) for s in range(len(seq)))
    for user, sequence in enumerate(sequences):
        assert [s for u, s in fed if u == user] == list(range(len(sequence)))
    assert all(latency >= 0 for latency in result.latencies_ms)
    assert result.row()[0] == "open"
