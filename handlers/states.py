"""FSM states of the conversation (DESIGN.md §2)."""

from aiogram.fsm.state import State, StatesGroup


class Flow(StatesGroup):
    """The guided conversation, in order."""

    language = State()
    privacy = State()
    audience = State()
    age = State()
    topic = State()
    results = State()
