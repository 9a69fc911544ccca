"""The privacy audit's allowlist (bot/modes/privacy_audit_allowlist.py).

Numbers at the listed places are not reported as Telegram ids when they have the
expected shape; the same numbers anywhere else, or of another shape, still are, and
every other kind of identifier is still found at the listed places. Log lines are made
by the production formatter (bot/logs.py) from records of this project's loggers, with
the extras the code passes.
"""

from __future__ import annotations

import json
import logging

import pytest

from bot.core.identifiers import Scanner
from bot.logs import JsonFormatter
from bot.modes.privacy_audit import scan
from bot.modes.privacy_audit_allowlist import (
    LOG,
    NOT_IDENTIFIERS,
    log_id_text,
    stored_id_text,
)

TELEGRAM_ID = 7345129876
DETECTOR = Scanner()
TRAIL = [48011, 1, 48001, 48012, 2, 3, 48003]


def stored(table: str, column: str, text: str, scanner: Scanner = DETECTOR) -> set[str]:
    id_text = stored_id_text(table, column, text)
    return {hit.kind for hit in scan(scanner, text, id_text, ids_allowed=False)}


def logged(line: str, scanner: Scanner = DETECTOR) -> set[str]:
    return {hit.kind for hit in scan(scanner, line, log_id_text(line), ids_allowed=False)}


def log_line(logger: str, msg: str, **extra: object) -> str:
    record = logging.LogRecord(logger, logging.INFO, __file__, 1, msg, (), None)
    record.__dict__.update(extra)
    return JsonFormatter().format(record)


def fsm_data(**values: object) -> str:
    """FSM data as storage/fsm.py writes it."""
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def test_every_entry_has_a_reason_and_names_a_place_once() -> None:
    places = [(e.table, e.column, e.key) for e in NOT_IDENTIFIERS]
    assert len(places) == len(set(places))
    assert all(e.why for e in NOT_IDENTIFIERS)
    assert all((e.table == LOG) == (e.column is None) for e in NOT_IDENTIFIERS)
    assert all(e.key is not None for e in NOT_IDENTIFIERS if e.table == LOG)


def test_an_update_id_is_not_a_telegram_id_but_the_detector_thinks_so() -> None:
    assert stored("processed_update", "update_id", "812354001") == set()
    assert {h.kind for h in DETECTOR.scan("812354001")} == {"telegram id"}
    # the same number in any other column is reported
    assert stored("referral", "district", "812354001") == {"telegram id"}
    assert stored("processed_update", "seen", "812354001") == {"telegram id"}


def test_message_ids_in_the_trail_are_not_telegram_ids() -> None:
    data = fsm_data(audience="parent", referral_id="9121b768c2a54a38ab2834fe8145b678", trail=TRAIL)
    assert stored("user_memory", "data", data) == set()
    assert {h.kind for h in DETECTOR.scan(data)} == {"telegram id"}


@pytest.mark.parametrize(
    "data",
    [
        fsm_data(trail=TRAIL, chat=TELEGRAM_ID),  # beside the trail
        fsm_data(trail=[*TRAIL, str(TELEGRAM_ID)]),  # in it, as text: not a message id
        fsm_data(trail=[*TRAIL, 2**31]),  # in it, out of the range of message ids
        fsm_data(trail=TELEGRAM_ID),  # the trail is a list
        fsm_data(note={"trail": [TELEGRAM_ID]}),  # only the top-level key is the trail
    ],
)
def test_a_telegram_id_anywhere_else_in_the_data_is_found(data: str) -> None:
    assert stored("user_memory", "data", data) == {"telegram id"}


def test_other_kinds_are_still_found_in_allowlisted_places() -> None:
    known = Scanner(known=["48011", "alva_k"], typed=["ring mig på 070-123 45 67"])
    data = fsm_data(trail=TRAIL, note="@alva_k")
    assert stored("user_memory", "data", data, known) == {"identifier", "username"}
    assert stored("processed_update", "update_id", "48011", known) == {"identifier"}
    line = log_line("vagvisare.webhook", "webhook server listening", port=18080, to="@alva_k")
    assert logged(line, known) == {"identifier", "username"}
    assert logged(log_line("vagvisare.x", "ring mig på 070-123 45 67"), known) == {
        "typed text",
        "phone number",
    }


@pytest.mark.parametrize(
    ("logger", "msg", "extra"),
    [
        ("vagvisare.webhook", "webhook server listening", {"port": 18080}),
        ("vagvisare.workers", "workers starting", {"port": 18080}),
        ("vagvisare.workers", "worker started", {"pid": 2412345}),
        ("vagvisare.retention", "purge done", {"deleted": {"memory": 12, "referrals": 48211}}),
        ("vagvisare.drain", "draining updates in flight", {"in_flight": 10240}),
        ("vagvisare.drain", "updates cancelled at shutdown", {"cancelled": 10240}),
        ("vagvisare.throttling", "update throttled", {"user": "123456789012", "verdict": "x"}),
        ("vagvisare.errors", "update failed", {"correlation_id": "987654321098"}),
    ],
)
def test_the_numbers_of_the_project_s_own_log_records_are_not_telegram_ids(
    logger: str, msg: str, extra: dict[str, object]
) -> None:
    line = log_line(logger, msg, **extra)
    assert logged(line) == set()
    assert logged(log_line(logger, msg, worker=3, workers=4, **extra)) == set()
    assert {h.kind for h in DETECTOR.scan(line)} == {"telegram id"}  # what the fix is for
    # the same values under another key, or in a library's record, are reported
    renamed = json.loads(line)
    renamed["other"] = {key: renamed.pop(key) for key in extra}
    assert logged(json.dumps(renamed)) == {"telegram id"}
    library = {**json.loads(line), "logger": "aiohttp.access"}
    assert logged(json.dumps(library)) == {"telegram id"}


@pytest.mark.parametrize(
    "extra",
    [
        {"port": TELEGRAM_ID},  # not a TCP port
        {"port": str(TELEGRAM_ID)},
        {"user": str(TELEGRAM_ID)},  # not 12 hex characters
        {"deleted": {"memory": str(TELEGRAM_ID)}},
        {"chat_id": TELEGRAM_ID},  # not on the list
        {"worker": TELEGRAM_ID},
    ],
)
def test_a_log_value_of_another_shape_is_scanned(extra: dict[str, object]) -> None:
    line = log_line("vagvisare.webhook", "webhook server listening", **extra)
    assert logged(line) == {"telegram id"}


def test_lines_that_are_not_json_records_are_scanned_whole() -> None:
    assert log_id_text("port 18080") is None
    assert logged("port 18080") == {"telegram id"}
    assert log_id_text('["vagvisare", 18080]') is None
    assert stored_id_text("referral", "district", "18080") is None
