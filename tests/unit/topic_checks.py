"""Shared by the typed-topic tests: the red teams' held-out sets (``python -m bench topics``)."""

from __future__ import annotations

from collections.abc import Iterable

from bench.topics import load
from tests.helpers import ROOT

TOPIC_SETS = ROOT / "bench" / "data" / "topics"
"""One folder per round, read by ``python -m bench topics``."""


def topic_lines(round_name: str, languages: Iterable[str]) -> list[dict[str, str]]:
    """The lines of one held-out set in ``languages``, in file order, read as ``python -m
    bench topics`` reads them (``bench.topics.load``)."""
    wanted = set(languages)
    return [item for item in load(TOPIC_SETS / round_name) if item["lang"] in wanted]
