"""The open-loop run of ``python -m bench throughput``: arrival order and per-user order.

No timing is asserted (speed belongs in the benchmark's output); a high rate keeps the
test quick.
"""

from __future__ import annotations

import asyncio
import subprocess
from typing import Any

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bench.throughput import drive_open_loop, interleave
from bot.app import OFFLINE_TOKEN, create_bot
from bot.offline import OfflineSession
from tests.helpers import PYTHON, ROOT


def updates(user: int, count: int) -> list[dict[str, Any]]:
    return [{"user": user, "step": step} for step in range(count)]


def test_users_are_interleaved_each_in_order() -> None:
    sequences = [updates(0, 5), updates(1, 1), updates(2, 3), updates(3, 4)]
    order = [(user, update["step"]) for user, update in interleave(sequences, seed=3)]
    assert sorted(order) == sorted(
        (u, s) for u, seq in enumerate(sequences) for s in range(len(seq))
    )
    for user, sequence in enumerate(sequences):
        assert [step for u, step in order if u == user] == list(range(len(sequence)))
    assert interleave(sequences, seed=3) == interleave(sequences, seed=3)  # reproducible
    assert any(interleave(sequences, seed=s) != interleave(sequences, seed=3) for s in range(4, 10))
    assert [u for u, _ in order] != sorted(u for u, _ in order)  # users are mixed
    assert interleave([], seed=3) == []


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


def test_a_session_that_keeps_nothing_answers_the_same() -> None:
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Ja", callback_data="fb:yes")]]
    )

    async def talk(session: OfflineSession) -> list[Any]:
        bot = create_bot(OFFLINE_TOKEN, session=session)
        try:
            sent = await bot.send_message(42, "<b>Hej</b>", reply_markup=markup)
            edited = await bot.edit_message_text("Hej då", chat_id=42, message_id=sent.message_id)
            return [sent.model_dump(exclude={"date"}), edited.model_dump(exclude={"date"})]  # type: ignore[union-attr]
        finally:
            await bot.session.close()

    keeping, forgetting = OfflineSession(), OfflineSession(keep=False)
    assert asyncio.run(talk(forgetting)) == asyncio.run(talk(keeping))
    assert [call.method for call in keeping.calls] == ["sendMessage", "editMessageText"]
    assert len(keeping.messages) == 1
    assert (forgetting.calls, forgetting.messages) == ([], {})


def test_settling_the_heap_freezes_what_the_process_has_built() -> None:
    code = "import gc; from bot.app import settle_heap; settle_heap(); print(gc.get_freeze_count())"
    frozen = subprocess.run(
        [PYTHON, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True, timeout=60
    )
    assert int(frozen.stdout) > 50_000  # aiogram, pydantic, SQLAlchemy … once imported
