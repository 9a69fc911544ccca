"""Which topic of the topic menu a typed message names ("typed topic").

A person who types instead of pressing ("I was offered 2000 kr to hold something tonight")
is asked whether that is what it is about (docs/conversation.md, "Typed text that names a
topic"). The word lists are ``data/topics/<lang>.toml``, in the format of the danger word
lists (top of ``data/danger/en.toml``) and read by the same matching engine
(:class:`bot.core.danger.DangerDetector`): whole normalized tokens, one typo allowed in words
of 5+ letters, phrases in order (``phrases``, ``gap``) or words near one another (``near``,
``window``), ``unless`` vetoes. An entry's ``category`` is a :class:`~bot.core.taxonomy.Topic`
id; the loader refuses any other. Every message is checked against all lists at once,
whatever the user's language. Only the topic id is ever kept, never the text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from bot.core.danger import DangerDetector, DangerMatch
from bot.core.taxonomy import Topic

# The topics the lists may name: those a typed message most often means, and that a
# 14-year-old offered money to "hold something" must find (README, first lines).
TYPED_TOPICS: Final = (
    Topic.RECRUITMENT_PRESSURE,
    Topic.DEBT_OR_THREAT,
    Topic.WANTS_OUT,
    Topic.FAMILY_WORRY,
)


@dataclass(frozen=True, slots=True)
class TopicHints:
    """The topic lists of one directory. Build it with :meth:`from_dir`."""

    detector: DangerDetector

    @classmethod
    def from_dir(cls, path: Path) -> TopicHints:
        """Load every ``*.toml`` list in ``path`` (``<lang>.toml``).

        Raises :class:`bot.core.danger.DangerDataError` naming the file (and the entry) when
        the folder holds no list, a file is not UTF-8 TOML, an entry breaks the format, or an
        entry's ``category`` is not one of :data:`TYPED_TOPICS` (topic ids).
        """
        categories = tuple(topic.value for topic in TYPED_TOPICS)
        return cls(DangerDetector.from_dir(path, categories=categories, kind="topic"))

    @property
    def review_status(self) -> Mapping[str, str]:
        """List (language code) → ``source``, ``unreviewed`` or ``reviewed``."""
        return self.detector.review_status

    def topic_of(self, text: str) -> Topic | None:
        """The topic ``text`` names, or ``None``. Never raises; linear in the text's length.

        When several entries fire, the most specific wins, as for danger words (a phrase
        before a ``near`` group, then the longest, then the earliest).
        """
        match = self.match_of(text)
        return None if match is None else Topic(match.category)

    def match_of(self, text: str) -> DangerMatch | None:
        """The entry ``text`` fires, or ``None``: its ``category`` is a topic id of
        :data:`TYPED_TOPICS`, its ``language`` the list's (``"es"``), read as for danger
        words (:class:`bot.core.danger.DangerMatch`). Never raises."""
        return self.detector.detect(text)
