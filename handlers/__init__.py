"""Telegram adapters: one router per feature, in the order they are tried.

The dispatcher gets them compiled into one router (:func:`handlers.routing.compile_routers`,
called by ``bot/app.py``), which decides as these routers would in this order.
"""

from __future__ import annotations

from aiogram import Router

from handlers import (
    commands,
    content,
    fallback,
    membership,
    onboarding,
    private_only,
    questions,
    results,
    safety,
    staff,
    typed_topic,
)


def get_routers() -> list[Router]:
    """Routers in priority order: this list is the table of contents of the bot."""
    return [
        private_only.router,  # groups and channels: refuse, store nothing; forged buttons
        membership.router,  # my_chat_member: blocked, unblocked, added to a group (leave)
        safety.router,  # emergency card and quick exit win over everything else
        staff.router,  # /summary, /staff: staff only; everyone else falls through
        commands.router,  # /start, /menu, /language, /help, /privacy
        onboarding.router,  # language → privacy → audience → age → topic
        questions.router,  # follow-up questions and the parent checklist
        results.router,  # resource cards and "did this help?"
        content.router,  # photos, voice, files, locations, contacts, edits: calm answers
        typed_topic.router,  # typed text that names a topic: "is this what it is about?"
        fallback.router,  # stale buttons and anything else: calm answers
    ]
