"""Simulated users: scripted conversations that follow the bot's own buttons.

A :class:`Persona` is who the user is (language, audience, age band, topic) and how the
conversation ends: feedback, the danger button, a danger message, or quick exit.
:func:`walk` drives one persona through any ``feed`` function (Update JSON in, Bot API
calls out), reading the keyboard of the bot's last message to choose the next press,
so follow-up questions added to the conversation are answered too. The updates fed are
returned, so the same updates can be replayed elsewhere (a bare dispatcher, HTTP).
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from itertools import count
from typing import Any

from bot.core.conversation import ASKS_AGE, AUDIENCES, topics_for
from bot.core.taxonomy import AgeBand, Audience
from bot.offline import ApiCall

# Telegram language codes of the users, with the locale each then picks in the picker.
LANGUAGES = [("sv", "sv"), ("en", "en"), ("ar", "ar"), ("fa", "fa"), ("so", "so"), ("fi", "fi")]
ENDINGS = ["feedback"] * 6 + ["danger_button", "danger_text", "quick_exit", "restart"]
DANGER_TEXT = {"en": "they will kill me", "sv": "de kommer döda mig"}
MAX_STEPS = 14  # presses per conversation; the scripted flow needs about 6-9

Feed = Callable[[dict[str, Any]], Awaitable[list[ApiCall]]]
FIRST_USER_ID = 7_100_000_000  # far from the ids the tests use


@dataclass(frozen=True, slots=True)
class Persona:
    """One simulated user."""

    user_id: int
    language_code: str
    locale: str
    audience: str
    age: str | None
    topic: str
    ending: str


def personas(count_: int, seed: int = 7) -> list[Persona]:
    """``count_`` users with mixed audiences, topics, languages and endings (reproducible)."""
    rng = random.Random(seed)
    people = []
    for index in range(count_):
        audience = rng.choice(AUDIENCES)
        language_code, locale = rng.choice(LANGUAGES)
        age = rng.choice(list(AgeBand)).value if audience in ASKS_AGE else None
        people.append(
            Persona(
                user_id=FIRST_USER_ID + index,
                language_code=language_code,
                locale=locale,
                audience=audience.value,
                age=age,
                topic=rng.choice(topics_for(Audience(audience))).value,
                ending=rng.choice(ENDINGS),
            )
        )
    return people


class UpdateFactory:
    """Real-shaped Update JSON with unique ids, for one persona at a time."""

    def __init__(self, first_update_id: int = 1) -> None:
        self._update_ids = count(first_update_id)
        self._message_ids = count(1_000_000)

    def user(self, persona: Persona) -> dict[str, Any]:
        return {
            "id": persona.user_id,
            "is_bot": False,
            "first_name": "Bench",
            "language_code": persona.language_code,
        }

    def text(self, persona: Persona, text: str) -> dict[str, Any]:
        sender = self.user(persona)
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": persona.user_id, "type": "private", "first_name": "Bench"},
            "from": sender,
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
        return {"update_id": next(self._update_ids), "message": message}

    def press(self, persona: Persona, message: dict[str, Any], data: str) -> dict[str, Any]:
        update_id = next(self._update_ids)
        return {
            "update_id": update_id,
            "callback_query": {
                "id": f"{persona.user_id}-{update_id}",
                "from": self.user(persona),
                "chat_instance": str(persona.user_id),
                "message": message,
                "data": data,
            },
        }


def last_keyboard(
    calls: list[ApiCall], chat_id: int | None = None
) -> tuple[dict[str, Any], list[str]] | None:
    """The last message with an inline keyboard among ``calls`` (in ``chat_id``'s chat,
    when given: concurrent users' calls may be mixed in), and its callback data."""
    for call in reversed(calls):
        markup = call.params.get("reply_markup")
        if not isinstance(markup, dict) or not isinstance(call.result, dict):
            continue
        if chat_id is not None and call.result.get("chat", {}).get("id") != chat_id:
            continue
        buttons = [
            button["callback_data"]
            for row in markup.get("inline_keyboard", [])
            for button in row
            if "callback_data" in button
        ]
        if buttons:
            return call.result, buttons
    return None


def choose(persona: Persona, buttons: list[str], step: int) -> str | None:
    """The button ``persona`` presses now, or ``None`` when the conversation is over."""
    if any(b.startswith("fb:") for b in buttons):  # "did this help?"
        if persona.ending == "quick_exit":
            return "nav:exit"
        if persona.ending == "restart" and "nav:restart" in buttons:
            return "nav:restart"
        return "fb:yes"
    wanted = [
        f"lang:{persona.locale}",
        "nav:privacy_ok",
        f"pick:aud:{persona.audience}",
        f"pick:age:{persona.age}",
        f"pick:topic:{persona.topic}",
        "nav:back",  # after the emergency card: back to where the user was
        "nav:signs_done",  # the parents' warning-sign checklist: done
        "nav:help",  # advice after the questions: on to the resource cards
    ]
    for data in wanted:
        if data in buttons:
            return data
    languages = [b for b in buttons if b.startswith("lang:")]
    if languages:  # the persona's language is not offered: the first one is
        return languages[0]
    if step >= MAX_STEPS:
        return None
    answers = [b for b in buttons if not b.startswith(("nav:", "lang:"))]
    return answers[0] if answers else None  # a follow-up question: the first answer


async def walk(persona: Persona, feed: Feed, factory: UpdateFactory) -> list[dict[str, Any]]:
    """Run ``persona``'s conversation through ``feed``; returns the updates fed, in order."""
    fed: list[dict[str, Any]] = []

    async def send(update: dict[str, Any]) -> list[ApiCall]:
        fed.append(update)
        return await feed(update)

    calls = await send(factory.text(persona, "/start"))
    for step in range(1, MAX_STEPS + 1):
        shown = last_keyboard(calls, persona.user_id)
        if shown is None:
            break
        message, buttons = shown
        if step == 3 and persona.ending == "danger_button" and "nav:danger" in buttons:
            calls = await send(factory.press(persona, message, "nav:danger"))
            persona = _replace_ending(persona)
            continue
        if step == 3 and persona.ending == "danger_text":
            text = DANGER_TEXT.get(persona.locale, DANGER_TEXT["en"])
            calls = await send(factory.text(persona, text))
            persona = _replace_ending(persona)
            continue
        choice = choose(persona, buttons, step)
        if choice is None:
            break
        calls = await send(factory.press(persona, message, choice))
        if choice in {"fb:yes", "nav:exit", "nav:restart"}:
            break
    return fed


def _replace_ending(persona: Persona) -> Persona:
    """After the emergency card, the user goes back and finishes with feedback."""
    return Persona(
        persona.user_id,
        persona.language_code,
        persona.locale,
        persona.audience,
        persona.age,
        persona.topic,
        "feedback",
    )
