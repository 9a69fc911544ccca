"""Left-to-right runs inside right-to-left text (bot.core.bidi): phone numbers, commands and
Latin names are wrapped in Unicode isolates so that they keep their order (UAX #9)."""

from __future__ import annotations

import pytest

from bot.core.bidi import FSI, PDI, has_rtl, is_rtl_locale, isolate, isolate_ltr_runs


def iso(text: str) -> str:
    return f"{FSI}{text}{PDI}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اتصل بـ Bris على 116 111.", f"اتصل بـ {iso('Bris')} على {iso('116 111')}."),
        ("/start – ابدأ", f"{iso('/start')} – ابدأ"),
        ("بين 13–15 سنة", f"بين {iso('13–15')} سنة"),
        ("بريس (Bris) – bris.se/chatt", f"بريس ({iso('Bris')}) – {iso('bris.se/chatt')}"),
        ("رقم +46 8 123 و 112", f"رقم {iso('+46 8 123')} و {iso('112')}"),
        ("در Visättra، Skogås و Vårby", f"در {iso('Visättra')}، {iso('Skogås')} و {iso('Vårby')}"),
        (f"ساعت {iso('08:00')} باز", f"ساعت {iso('08:00')} باز"),  # already isolated
        ("Ring Bris på 116 111", "Ring Bris på 116 111"),  # no right-to-left text: unchanged
        ("ሕጂ ናብ 112 ደውሉ", "ሕጂ ናብ 112 ደውሉ"),  # Ge'ez is left to right
        ("", ""),
    ],
)
def test_ltr_runs_are_isolated_in_rtl_text(text: str, expected: str) -> None:
    assert isolate_ltr_runs(text) == expected


def test_a_latin_only_text_is_isolated_when_it_stands_in_rtl_text() -> None:
    assert isolate_ltr_runs("Bris – 116 111", rtl=True) == iso("Bris – 116 111")
    assert isolate_ltr_runs("Bris – 116 111", rtl=False) == "Bris – 116 111"


def test_isolating_twice_changes_nothing() -> None:
    once = isolate_ltr_runs("اتصل بـ Bris على 116 111.")
    assert isolate_ltr_runs(once) == once


@pytest.mark.parametrize(
    ("locale", "rtl"),
    [("ar", True), ("fa", True), ("ar_SE", True), ("fa-IR", True), ("sv", False), ("ti", False)],
)
def test_rtl_locales(locale: str, rtl: bool) -> None:
    assert is_rtl_locale(locale) is rtl


def test_helpers() -> None:
    assert isolate("112") == iso("112")
    assert has_rtl("سلام")
    assert not has_rtl("Hej 112")
