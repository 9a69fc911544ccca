"""Pseudonyms (keyed hash) and the coarse hour of a referral."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.core.pseudonym import Pseudonymizer
from bot.core.referral import coarse_hour, new_referral_id

KEY = b"k" * 32


def test_pseudonym_is_stable_keyed_and_does_not_contain_the_id() -> None:
    first = Pseudonymizer(KEY).of(700123457)
    assert first == Pseudonymizer(KEY).of(700123457)
    assert first != Pseudonymizer(b"other-key-0123456789").of(700123457)
    assert first != Pseudonymizer(KEY).of(700123458)
    assert len(first) == 32
    assert "700123457" not in first
    assert int(first, 16) >= 0


def test_pseudonymizer_refuses_short_keys_and_hides_its_key() -> None:
    with pytest.raises(ValueError, match="at least 16 bytes"):
        Pseudonymizer(b"short")
    assert "k" * 16 not in repr(Pseudonymizer(KEY))


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (
            datetime(2026, 11, 25, 14, 37, 12, 999, tzinfo=UTC),
            datetime(2026, 11, 25, 14, tzinfo=UTC),
        ),
        (datetime(2026, 11, 25, 0, 0, tzinfo=UTC), datetime(2026, 11, 25, 0, tzinfo=UTC)),
        # 00:30 in Stockholm (UTC+1) is 23:30 UTC the day before
        (
            datetime(2026, 11, 25, 0, 30, tzinfo=timezone(timedelta(hours=1))),
            datetime(2026, 11, 24, 23, tzinfo=UTC),
        ),
    ],
)
def test_coarse_hour_rounds_down_in_utc(moment: datetime, expected: datetime) -> None:
    assert coarse_hour(moment) == expected


def test_coarse_hour_refuses_naive_times() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        coarse_hour(datetime(2026, 11, 25, 14, 37))


def test_referral_ids_are_random() -> None:
    ids = {new_referral_id() for _ in range(1000)}
    assert len(ids) == 1000
