"""Callback data factories. They carry ids only, never translated text.

Bot API: ``InlineKeyboardButton.callback_data`` is 1-64 bytes; aiogram's ``pack()``
raises :class:`ValueError` beyond that, and every value here is a short ASCII id.
"""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class LanguageChoice(CallbackData, prefix="lang"):
    """A language picked in the picker: a locale id such as ``sv``."""

    locale: str


class Nav(CallbackData, prefix="nav"):
    """Navigation: ``privacy_ok``, ``restart``, ``danger``, ``exit``, ``back``, ``help``
    (resource cards after the questions), ``signs_done``, ``forget``, ``keep``."""

    action: str


class Pick(CallbackData, prefix="pick"):
    """An answer to a step: ``step`` is ``aud``, ``age`` or ``topic``; ``value`` an id."""

    step: str
    value: str


class Reply(CallbackData, prefix="ans"):
    """An answer to a follow-up question: question id and answer id (bot/core/followups.py)."""

    question: str
    answer: str


class SignToggle(CallbackData, prefix="sign"):
    """Tick or untick one warning sign of the parent checklist (bot/core/checklist.py)."""

    sign: str


class Feedback(CallbackData, prefix="fb"):
    """The answer to "did this help?": ``yes``, ``no`` or ``later``."""

    answer: str


class TypedTopic(CallbackData, prefix="tt"):
    """ "Yes, show help for this" on the typed-topic question (handlers/typed_topic.py): a
    topic id (``tt:recruitment_pressure``, at most 25 bytes; Bot API limit 64)."""

    topic: str
