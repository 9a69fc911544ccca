"""aiogram FSM storage on the project's database, keyed by pseudonym.

Conversation state survives a restart (unlike aiogram's MemoryStorage) and is stored
in the same ``user_memory`` row as the chosen language, so ``/forget`` and the
inactivity purge erase both at once.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey

from bot.core.pseudonym import Pseudonymizer
from storage.memory import MemoryRepository


def pseudonym_for(pseudonymizer: Pseudonymizer, key: StorageKey) -> str:
    """The pseudonym of a storage key: the user's own in a private chat."""
    if key.chat_id == key.user_id and key.thread_id is None:
        return pseudonymizer.of(key.user_id)
    return pseudonymizer.of(key.chat_id, key.user_id, key.thread_id or 0)


class SqlStorage(BaseStorage):
    """:class:`BaseStorage` backed by :class:`MemoryRepository`."""

    def __init__(self, memory: MemoryRepository, pseudonymizer: Pseudonymizer) -> None:
        self._memory = memory
        self._pseudonymizer = pseudonymizer

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        name = state.state if isinstance(state, State) else state
        await self._memory.save(pseudonym_for(self._pseudonymizer, key), state=name)

    async def get_state(self, key: StorageKey) -> str | None:
        record = await self._memory.get(pseudonym_for(self._pseudonymizer, key))
        return record.state if record else None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        text = json.dumps(dict(data), ensure_ascii=False, sort_keys=True) if data else None
        await self._memory.save(pseudonym_for(self._pseudonymizer, key), data=text)

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        record = await self._memory.get(pseudonym_for(self._pseudonymizer, key))
        if record is None or not record.data:
            return {}
        try:
            loaded = json.loads(record.data)
        except ValueError:
            return {}
        return loaded if isinstance(loaded, dict) else {}

    async def close(self) -> None:
        """Nothing to close: the engine belongs to the app."""
