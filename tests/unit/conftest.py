"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from bot.core.topic_hints import TopicHints
from tests.helpers import ROOT


@pytest.fixture(scope="module")
def detector() -> DangerDetector:
    """The danger detector on the shipped lists (``data/danger``)."""
    return DangerDetector.from_dir(ROOT / "data" / "danger")


@pytest.fixture(scope="module")
def hints() -> TopicHints:
    """The typed-topic lists as shipped (``data/topics``)."""
    return TopicHints.from_dir(ROOT / "data" / "topics")
