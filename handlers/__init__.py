"""Telegram adapters: one router per feature, in the order they are tried."""

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
        fallback.router,  # stale buttons and anything else: calm answers
    ]


def detached(*routers: Router) -> list[Router]:
    """``routers``, taken off the dispatcher they were attached to before.

    Routers are module objects and aiogram attaches a router to one parent only; tests
    build many dispatchers in one process, so each new dispatcher takes them over.
    """
    for router in routers:
        parent = router.parent_router
        if parent is not None:
            parent.sub_routers.remove(router)
            router._parent_router = None  # aiogram has no public way to detach a router
    return list(routers)
