"""Values the command line takes or refuses before anything runs: Telegram user ids
(``staff add|remove``) and ``update_id`` (``replay``, ``run``, ``webhook``)."""

from __future__ import annotations

import argparse

import pytest

from bot.commands import telegram_id
from bot.core.access import MAX_TELEGRAM_USER_ID, is_telegram_user_id
from bot.modes.drain import MAX_UPDATE_ID, update_id_in_range
from bot.modes.migrate import describe


def test_the_telegram_user_id_bound_is_the_bot_api_s_52_bits() -> None:
    assert MAX_TELEGRAM_USER_ID == 4_503_599_627_370_495
    assert is_telegram_user_id(1)
    assert is_telegram_user_id(MAX_TELEGRAM_USER_ID)
    assert not is_telegram_user_id(MAX_TELEGRAM_USER_ID + 1)
    assert not is_telegram_user_id(0)


@pytest.mark.parametrize(("text", "value"), [("1", 1), ("7345129876", 7345129876), (" 42 ", 42)])
def test_staff_takes_a_telegram_user_id(text: str, value: int) -> None:
    assert telegram_id(text) == value


@pytest.mark.parametrize(
    "text",
    [
        *["0", "-1", "4503599627370496", "99999999999999999999999", "12abc", "", "1.5"],
        *["9" * 5000, "1_000", "١٢٣", "+5"],  # int() would take the last four
    ],
)
def test_staff_refuses_what_is_not_a_telegram_user_id(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="not a Telegram user id"):
        telegram_id(text)


def test_update_ids_must_fit_the_deduplication_table() -> None:
    assert MAX_UPDATE_ID == 9_223_372_036_854_775_807  # BIGINT, signed 64 bits
    assert update_id_in_range(0)
    assert update_id_in_range(MAX_UPDATE_ID)
    assert not update_id_in_range(MAX_UPDATE_ID + 1)
    assert not update_id_in_range(99999999999999999999999)
    assert not update_id_in_range(-1)


def test_migrate_describes_what_it_did() -> None:
    assert describe("0004", "0004", "0004") == "database at revision 0004 (head)"
    assert describe("0003", "0004", "0004") == "migrated 0003 -> 0004 (head)"
    assert describe(None, "0004", "0004") == "migrated empty -> 0004 (head)"
    assert describe("0005", "0005", "0004") == "database at revision 0005 (head is 0004)"


@pytest.mark.parametrize("text", ["0", "-5", str(2**63)])
def test_chat_refuses_a_pretend_user_id_telegram_could_not_send(
    text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["chat", "--user-id", text])
    assert exited.value.code == 2
    assert "--user-id: not a Telegram user id" in capsys.readouterr().err
