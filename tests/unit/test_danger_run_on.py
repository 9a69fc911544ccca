"""Danger phrases in run-on messages (docs/conversation.md, "The emergency path").

People type two sentences without a full stop between them, or join them with a comma, a
dash, "och"/"and" or an Arabic comma: "someone took my daughter Tack för hjälpen". A danger
phrase must fire there as it does alone, with the same category, whatever the ordinary
sentence beside it. This test tries every combination, in both orders, of:

- every text the danger tests must fire on (``DANGER`` and the other must-fire lists of
  tests/unit/test_danger.py), except those that fire through an entry marked ``alone``
  (a plea, a fear, 112 or a weapon word standing alone: by design they need a sentence of
  their own);
- every ordinary sentence those tests must keep quiet (``ALL_SAFE``);
- every joiner of ``JOINERS``.

All combinations are about 2.6 million messages (4½ minutes on this project's two cores,
a third of the whole suite), so by default each phrase meets every ``STRIDE``-th ordinary
sentence, a different share for each phrase (phrase *i* meets sentence *j* when ``(i + j) %
STRIDE == 0``): every ordinary sentence still meets ~1/``STRIDE`` of the phrases, with every
joiner and in both orders, and every combination of :data:`EXCEPTIONS` is tried. After
changing a danger list, run them all: ``DANGER_RUN_ON_STRIDE=1 python -m pytest
tests/unit/test_danger_run_on.py`` (CONTRIBUTING.md). One test per danger phrase, so that
pytest-xdist spreads them.
"""

from __future__ import annotations

import os
import tomllib

import pytest

from bot.core.danger import DangerDetector
from bot.core.textnorm import normalize, tokenize
from tests.unit.test_danger import (
    ALL_DANGER,
    ALL_SAFE,
    DATA_DIR,
    NEUTRAL,
    ONE_LANGUAGE,
    OTHER_WORDS,
)

JOINERS = (" ", ", ", " och ", " and ", "\n", ". ", "... ", " - ", "\u061f ", "\u060c ")

# Combinations that cannot fire as the phrase does alone without an ordinary sentence firing
# too: (phrase, ordinary sentence, joiner, the phrase comes first) → the category they get
# instead (None: quiet). Each is checked to behave exactly so: one that starts to fire as the
# phrase alone is taken off this list.
EXCEPTIONS: dict[tuple[str, str, str, bool], str | None] = {
    # Run together with a plain space, the words of the two sentences make one sentence that
    # means something else; at most a capital letter tells them apart, and Arabic, Persian
    # and a hurried writer have none. "… would find me the sleeping bag" (an errand: the
    # veto "find me the" of en.toml) ...
    (
        "i owe them money and they said they would find me",
        "The sleeping bag is in the car",
        " ",
        True,
    ): None,
    # ... "picking me up at 5 kms" (5 kilometres: the veto "# kms", as "We walked 5 kms") ...
    ("kms", "my dad is picking me up at 5", " ", False): None,
    # ... and "سأقتل نفسي" ("I will kill myself"): still the card, as suicidal.
    ("سأقتل", "نفسي آكل بيتزا", " ", True): "suicidal",
}


def _alone_entries() -> frozenset[tuple[str, str]]:
    """(language, pattern id) of every entry marked ``alone = true``."""
    entries = set()
    for path in DATA_DIR.glob("*.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        entries |= {(path.stem, entry["id"]) for entry in data["pattern"] if entry.get("alone")}
    return frozenset(entries)


ALONE_ENTRIES = _alone_entries()
_DETECTOR = DangerDetector.from_dir(DATA_DIR)
_MUST_FIRE = sorted(
    {text for _, text, _ in ALL_DANGER}
    | {text for text, _ in ONE_LANGUAGE}
    | {text for text, _ in OTHER_WORDS}
    | set(NEUTRAL)
)


def _fires_by_itself(text: str) -> bool:
    """Fires through an entry not marked ``alone``."""
    match = _DETECTOR.detect(text)
    return match is not None and (match.language, match.pattern_id) not in ALONE_ENTRIES


PHRASES = [text for text in _MUST_FIRE if _fires_by_itself(text)]


STRIDE = max(1, int(os.environ.get("DANGER_RUN_ON_STRIDE", "6")))
"""Each phrase meets every ``STRIDE``-th ordinary sentence (module docstring); 1: all."""


def _combinations(phrase: str, stride: int = 1) -> list[tuple[str, str, bool, str]]:
    """(ordinary sentence, joiner, phrase first, the message) for one phrase: with every
    ``stride``-th ordinary sentence (offset by the phrase's place in :data:`PHRASES`), and
    every sentence of the phrase's :data:`EXCEPTIONS`."""
    offset = PHRASES.index(phrase) if phrase in PHRASES else 0
    excepted = {safe for (known, safe, _, _) in EXCEPTIONS if known == phrase}
    return [
        (safe, joiner, first, phrase + joiner + safe if first else safe + joiner + phrase)
        for index, safe in enumerate(ALL_SAFE)
        if (index + offset) % stride == 0 or safe in excepted
        for joiner in JOINERS
        for first in (True, False)
    ]


def test_the_combinations_cover_the_lists() -> None:
    assert {text for _, text, _ in ALL_DANGER} <= set(PHRASES)  # none fires through `alone`
    assert "kms" in PHRASES
    assert "I want to kms" in PHRASES
    assert "112" not in PHRASES
    assert "jag är hemma. 112" not in PHRASES
    assert len(ALL_SAFE) >= 300
    assert len(_combinations("x")) == len(ALL_SAFE) * len(JOINERS) * 2
    # the sample: every ordinary sentence meets some phrase, every phrase ~1/STRIDE of them
    met = {safe for phrase in PHRASES for safe, *_ in _combinations(phrase, STRIDE)}
    assert met == set(ALL_SAFE)
    for phrase in PHRASES:
        share = len(_combinations(phrase, STRIDE)) / (len(JOINERS) * 2)
        assert len(ALL_SAFE) // STRIDE <= share <= len(ALL_SAFE) // STRIDE + 4, phrase
    for phrase, safe, joiner, _ in EXCEPTIONS:
        assert phrase in PHRASES
        assert safe in ALL_SAFE
        assert joiner in JOINERS


@pytest.mark.slow
@pytest.mark.parametrize("phrase", PHRASES)
def test_a_danger_phrase_fires_beside_any_ordinary_sentence(phrase: str) -> None:
    alone = _DETECTOR.detect(phrase)
    assert alone is not None, phrase
    failures = []
    for safe, joiner, first, text in _combinations(phrase, STRIDE):
        match = _DETECTOR.detect(text)
        got = None if match is None else match.category
        key = (phrase, safe, joiner, first)
        if key in EXCEPTIONS:
            assert got == EXCEPTIONS[key], f"{text!r}: {got}, not as its exception says"
        elif got != alone.category:
            failures.append(f"{text!r}: {got}")
    assert not failures, f"{len(failures)} run-on messages, expected {alone.category}:\n" + (
        "\n".join(failures)
    )


# --- each cause of a quiet run-on message, by name --------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a veto reached over a word of the next sentence ("daughter [Tack] för")
        ("someone took my daughter Tack för hjälpen", "forced_or_held"),
        ("someone took my daughter for a walk", None),  # the veto itself still holds
        ("She touched me on the shoulder", None),  # a veto names the words it reaches over
        # a veto reached across punctuation ("5, kms" is not "5 kms")
        ("my dad is picking me up at 5, kms", "suicidal"),
        ("We walked 5 kms today", None),
        # a veto read a word of the next sentence as a typo ("where" for "there")
        ("they said they would find me Where is the youth centre?", "threat_to_life"),
        ("she said she would find me there", None),
        # a veto read past a Persian verb, into the next sentence
        ("یکی رو میکشم سیگار میکشم", "threat_to_life"),
        ("سیگار میکشم", None),
        # a conjunction was a veto ("son och")
        ("de har tagit min son och Tack för hjälpen", "forced_or_held"),
        ("De tog min son till fotbollen", None),
        # a phrase reaching over a word into the next sentence ("knivhugga [mig] min son")
        ("han sa att han ska knivhugga mig Min son har två telefoner", "weapon"),
        ("i want to kill myslef My best friend stabbed me in the back", "suicidal"),
        ("de ska knivhugga min son", "threat_to_life"),  # said as one phrase, it is one
        # a window across sentences ("vapen [jag] har") outranked a phrase
        ("Jag har en fråga om vapen jag har tagit en överdos", "self_harm"),
        ("han har en kniv", "weapon"),
        # a word of another language read as a typo ("halka" for "hålla", "pojan" for "pojat")
        ("Jag har en fråga om vapen waxay garanayaan halka aan ku noolahay", "location_known"),
        ("ne vei mun pojan Äiti odottaa koulun edessä", "forced_or_held"),
        # punctuation inside a phrase makes it the looser reading ("سأقتل، نفسي")
        ("سأقتل، نفسي آكل بيتزا", "threat_to_life"),
    ],
)
def test_each_cause_of_a_quiet_run_on_message(text: str, category: str | None) -> None:
    match = _DETECTOR.detect(text)
    assert (None if match is None else match.category) == category, match


@pytest.mark.parametrize(
    ("text", "breaks"),
    [
        ("a, b c", {1}),
        ("a - b", {1}),
        ("a... b", {1}),
        ("a\u060c b", {1}),
        ("kniv?, han", {1}),
        ("a. b, c", {3}),  # the index in the token list, sentence end included
        ("a b", set()),
        ("knife-crime today", set()),  # no space: a hyphenated word
        ("5,5 kms", set()),
        ("a 🔪 b", set()),  # an emoji is no punctuation
        ("من می خوام, می خوام", {2}),  # the Persian prefix joined to its verb keeps the break
    ],
)
def test_tokenize_reports_punctuation_between_words(text: str, breaks: set[int]) -> None:
    found: set[int] = set()
    tokens = tokenize(normalize(text), found)
    assert found == breaks, tokens
    assert tokens == tokenize(normalize(text))  # the tokens are the same either way
