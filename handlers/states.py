"""FSM states of the conversation (DESIGN.md §2; docs/conversation.md)."""

from aiogram.fsm.state import State, StatesGroup


class Flow(StatesGroup):
    """The guided conversation, in order. ``followup`` or ``checklist`` comes after ``topic``."""

    language = State()
    privacy = State()
    audience = State()
    age = State()
    topic = State()
    followup = State()
    checklist = State()
    results = State()
