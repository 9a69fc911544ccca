"""The checks every round of danger-word tests makes (tests/unit/test_danger_round*.py):
a reported message fires with its category (language, entry), an ordinary one stays
quiet, and a reported one still fires beside any ordinary line."""

from __future__ import annotations

from collections.abc import Iterable

from bench.danger import load
from bot.core.danger import DangerDetector
from tests.helpers import ROOT

HELD_OUT = ROOT / "bench" / "data" / "danger"
"""The red teams' held-out sets, one folder per round (``python -m bench danger``)."""


def held_out(round_name: str, lang: str, kind: str) -> list[str]:
    """The texts of one language and kind (``danger`` or ``ordinary``) in a held-out set,
    in file order, read as ``python -m bench danger`` reads them (``bench.danger.load``)."""
    return [
        item["text"]
        for item in load(HELD_OUT / round_name)
        if item["lang"] == lang and item["kind"] == kind
    ]


def assert_fires(
    detector: DangerDetector,
    text: str,
    category: str,
    language: str,
    pattern_id: str | None = None,
) -> None:
    """``text`` fires with ``category`` from the ``language`` list (and entry ``pattern_id``)."""
    match = detector.detect(text)
    assert match is not None, f"{text!r} did not trigger"
    if pattern_id is None:
        assert (match.category, match.language) == (category, language), match
    else:
        assert (match.category, match.language, match.pattern_id) == (
            category,
            language,
            pattern_id,
        )


def assert_quiet(detector: DangerDetector, text: str) -> None:
    """``text`` shows no emergency card."""
    assert detector.detect(text) is None, detector.detect(text)


def assert_fires_beside(
    detector: DangerDetector, text: str, category: str, ordinary: Iterable[str]
) -> None:
    """``text`` fires with ``category`` on the line before and after each ``ordinary`` line."""
    for line in ordinary:
        for message in (f"{text}\n{line}", f"{line}\n{text}"):
            match = detector.detect(message)
            assert match is not None, message
            assert match.category == category, (message, match)
