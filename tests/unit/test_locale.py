"""Locale negotiation from Telegram's language_code: exact, primary subtag, default."""

from __future__ import annotations

import pytest

from bot.core.locale import negotiate_locale

AVAILABLE = ("sv", "en", "ar", "fa", "so", "ti", "fi")


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [
        ("", "sv"),
        (None, "sv"),
        ("en_US", "en"),
        ("en-US", "en"),
        ("sv-SE", "sv"),
        ("ar-SE", "ar"),
        ("ar_SE", "ar"),
        ("fa-IR", "fa"),
        ("pt-br", "sv"),
        ("zh-hans", "sv"),
        ("xx", "sv"),
        ("so", "so"),
        ("ti", "ti"),
        ("FI", "fi"),
        ("  en ", "en"),
        ("e", "sv"),
        ("en--US", "sv"),
        ("ar-" + "x" * 40, "sv"),
        ("sv\u200b", "sv"),
        (42, "sv"),
        ("../../etc/passwd", "sv"),
    ],
)
def test_negotiation_table(language_code: object, expected: str) -> None:
    assert negotiate_locale(language_code, AVAILABLE, "sv") == expected


def test_only_available_locales_are_returned() -> None:
    assert negotiate_locale("ar-SE", ("sv", "en"), "sv") == "sv"
    assert negotiate_locale("en-GB", ("sv", "en"), "en") == "en"
