"""FSM states of the conversation (docs/conversation.md, "The steps")."""

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
