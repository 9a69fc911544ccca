"""Telegram adapters: one router per feature, in the order they are tried."""

from __future__ import annotations

from aiogram import Router

from handlers import commands, fallback, onboarding, private_only, results, safety


def get_routers() -> list[Router]:
    """Routers in priority order: this list is the table of contents of the bot."""
    return [
        private_only.router,  # groups and channels: refuse, store nothing
        safety.router,  # emergency card and quick exit win over everything else
        commands.router,  # /start, /menu, /language, /help, /privacy
        onboarding.router,  # language → privacy → audience → age → topic
        results.router,  # resource cards and "did this help?"
        fallback.router,  # stale buttons and anything else: calm answers
    ]
