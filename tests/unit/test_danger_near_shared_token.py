"""A ``near`` entry whose words overlap: one token may fill two of its slots ("häller" is
also a typo of "hallen"), but in a match every slot needs a token of its own.

Before the fix the sliding window over the slots' positions dropped the shared token once
the window held it for two slots, and never found the real match behind it: "nån häller
nåt mot dörren" missed an entry listing "dörren|hallen" (round 16's fixer had to write
``=hallen``). One token must still never count as two words of a match.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.danger import DangerDetector, _near_spans


def _detector(tmp_path: Path, near: str) -> DangerDetector:
    (tmp_path / "sv.toml").write_text(
        'review_status = "unreviewed"\n'
        "[[pattern]]\n"
        'id = "pouring"\n'
        'category = "violence_now"\n'
        f"near = {near}\n"
        "window = 10\n",
        encoding="utf-8",
    )
    return DangerDetector.from_dir(tmp_path)


def test_a_token_filling_two_slots_does_not_hide_the_match_behind_it(tmp_path: Path) -> None:
    detector = _detector(tmp_path, '["häller|hällde", "nåt|något", "dörren|hallen"]')
    match = detector.detect("nån häller nåt mot dörren")
    assert match is not None, match
    assert match.pattern_id == "pouring", match
    assert detector.detect("nån häller nåt") is None  # "häller" cannot be "hallen" as well


def test_one_token_is_not_two_words_of_a_match(tmp_path: Path) -> None:
    detector = _detector(tmp_path, '["zork|blip", "zork|blap", "quux"]')
    assert detector.detect("zork quux") is None
    match = detector.detect("zork blap quux")
    assert match is not None, match
    assert match.pattern_id == "pouring", match


@pytest.mark.parametrize(
    ("slots", "window", "spans"),
    [
        ([[1], [1, 4]], 6, [(1, 4)]),  # position 1 fills both slots; 4 frees it
        ([[1], [1], [2, 3]], 6, []),  # three slots, two of them only at 1
        ([[1], [1, 9]], 6, []),  # 9 is too far: 9 - 1 >= 6
        ([[1, 5], [2, 6]], 6, [(1, 2), (2, 5), (5, 6)]),  # no shared token: smallest windows
        ([[3], [1, 3], [3, 5]], 6, [(1, 5)]),  # 1 and 5 free 3 for the first slot
    ],
)
def test_near_spans(slots: list[list[int]], window: int, spans: list[tuple[int, int]]) -> None:
    assert _near_spans(slots, window) == spans
