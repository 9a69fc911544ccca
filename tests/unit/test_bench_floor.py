"""The aiogram floor of ``python -m bench throughput`` makes exactly Vägvisare's calls.

No timing is asserted (speed belongs in the benchmark's output): the floor is only a fair
floor if, for every recorded update, it sends the Bot API calls Vägvisare sent, with the
same parameters, and nothing else.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from aiogram.types import Update

from bench.common import bench_settings
from bench.floor import calls_per_update, floor_dispatcher, method_class, record_calls
from bench.throughput import record
from bot.app import OFFLINE_TOKEN, create_app, create_bot
from bot.modes.offline_driver import OfflineDriver
from bot.offline import OfflineSession


async def test_the_floor_replays_each_updates_calls_and_nothing_else(tmp_path: Path) -> None:
    sequences = await record(6, 11, bench_settings(tmp_path / "record"), 3)
    updates = [update for sequence in sequences for update in sequence]
    assert len(updates) > 20  # whole conversations, not one update each

    # what Vägvisare sends for these updates, one at a time, on fresh state
    app = await create_app(bench_settings(tmp_path / "expected"))
    driver = OfflineDriver(app)
    expected: list[tuple[str, dict[str, Any]]] = []
    try:
        for update in updates:
            expected += [(c.method, c.params) for c in await driver.feed(copy.deepcopy(update))]
    finally:
        await driver.close()
        await app.close()

    script = await record_calls(bench_settings(tmp_path / "calls"), sequences)
    assert set(script) == {update["update_id"] for update in updates}
    assert calls_per_update(script) == len(expected) / len(updates)
    assert {name for name, _ in expected} >= {"answerCallbackQuery", "editMessageText"}

    session = OfflineSession()
    bot = create_bot(OFFLINE_TOKEN, session=session)
    dispatcher = floor_dispatcher(script)
    try:
        for update in updates:
            parsed = Update.model_validate(copy.deepcopy(update), context={"bot": bot})
            await dispatcher.feed_update(bot, parsed)
    finally:
        await bot.session.close()
    assert [(c.method, c.params) for c in session.calls] == expected


def test_method_names_map_to_aiogram_classes() -> None:
    assert method_class("editMessageText").__api_method__ == "editMessageText"
    assert method_class("answerCallbackQuery").__api_method__ == "answerCallbackQuery"
    assert calls_per_update({}) == 0.0
