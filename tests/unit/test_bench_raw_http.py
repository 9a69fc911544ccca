"""The ``workers`` benchmark's HTTP framing, Bot API stand-in and CPU accounting (no sockets)."""

from __future__ import annotations

import json
import os

import pytest

from bench.cpu import CpuReport, machine_cpu_s, process_cpu_s
from bench.raw_http import (
    HttpError,
    StandInApi,
    form_params,
    take_message,
    user_of,
    webhook_request,
)
from bench.throughput import Result
from bench.workers import Measured, report


def test_a_content_length_message_is_taken_whole_and_the_rest_kept() -> None:
    buffer = bytearray(
        b"POST /bot1:x/sendMessage HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhelloPOST /n"
    )
    message = take_message(buffer)
    assert message == (
        b"POST /bot1:x/sendMessage HTTP/1.1",
        {b"host": b"a", b"content-length": b"5"},
        b"hello",
    )
    assert buffer == bytearray(b"POST /n")


def test_an_incomplete_message_is_left_in_the_buffer() -> None:
    buffer = bytearray(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{}")
    assert take_message(buffer) is None
    assert take_message(bytearray(b"HTTP/1.1 200 OK\r\nContent-Le")) is None
    assert len(buffer) == len(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{}")


def test_a_chunked_body_is_decoded() -> None:
    head = b"POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
    buffer = bytearray(head + b"4\r\nchat\r\n3;ext=1\r\n_id\r\n0\r\n\r\nnext")
    message = take_message(buffer)
    assert message is not None
    assert message[2] == b"chat_id"
    assert buffer == bytearray(b"next")
    assert take_message(bytearray(head + b"4\r\nchat\r\n0\r\n")) is None


def test_malformed_frames_raise() -> None:
    with pytest.raises(HttpError):
        take_message(bytearray(b"POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n"))
    with pytest.raises(HttpError):
        take_message(bytearray(b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"))
    with pytest.raises(HttpError):
        take_message(bytearray(b"x" * 70_000))


def test_form_params_read_urlencoded_and_multipart_text_fields() -> None:
    urlencoded = b"chat_id=7100000001&text=Hej+d%C3%A4r&reply_markup=%7B%7D"
    assert form_params(b"application/x-www-form-urlencoded", urlencoded) == {
        "chat_id": "7100000001",
        "text": "Hej där",
        "reply_markup": "{}",
    }
    multipart = (
        b'--B\r\nContent-Disposition: form-data; name="chat_id"\r\n\r\n42\r\n'
        b'--B\r\nContent-Disposition: form-data; name="photo"; filename="a.png"\r\n\r\n\x89PNG\r\n'
        b"--B--\r\n"
    )
    assert form_params(b"multipart/form-data; boundary=B", multipart) == {"chat_id": "42"}
    assert form_params(b"application/x-www-form-urlencoded", b"") == {}


def test_the_user_of_a_call_is_its_chat_or_the_callback_query_prefix() -> None:
    assert user_of({"chat_id": "7100000001", "text": "x"}) == 7100000001
    assert user_of({"callback_query_id": "7100000002-17"}) == 7100000002
    assert user_of({"callback_query_id": "abc"}) is None
    assert user_of({"chat_id": "@channel"}) is None


def test_the_stand_in_answers_like_telegram_and_counts_per_user() -> None:
    api = StandInApi()
    sent = api.answer(
        b"POST /bot1:x/sendMessage HTTP/1.1",
        {b"content-type": b"application/x-www-form-urlencoded"},
        b"chat_id=7100000001&text=Hej",
    )
    head, _, body = sent.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK\r\n")
    assert f"Content-Length: {len(body)}".encode() in head
    message = json.loads(body)["result"]
    assert message["chat"] == {"id": 7100000001, "type": "private"}
    assert message["text"] == "Hej"
    assert message["from"]["is_bot"] is True
    edited = api.answer(
        b"POST /bot1:x/editMessageText HTTP/1.1",
        {b"content-type": b"application/x-www-form-urlencoded"},
        b"chat_id=7100000001&message_id=55&text=B",
    )
    assert json.loads(edited.partition(b"\r\n\r\n")[2])["result"]["message_id"] == 55
    answered = api.answer(
        b"POST /bot1:x/answerCallbackQuery HTTP/1.1",
        {b"content-type": b"application/x-www-form-urlencoded"},
        b"callback_query_id=7100000002-1",
    )
    assert answered.endswith(b'{"ok":true,"result":true}')
    assert dict(api.calls) == {7100000001: 2, 7100000002: 1}
    assert api.requests == 3


def test_a_webhook_request_carries_the_secret_and_the_exact_body() -> None:
    update = {"update_id": 1, "message": {"text": "död"}}
    request = webhook_request("127.0.0.1", 8080, "/telegram/webhook", "s3cret", update)
    message = take_message(bytearray(request))
    assert message is not None
    start, headers, body = message
    assert start == b"POST /telegram/webhook HTTP/1.1"
    assert headers[b"x-telegram-bot-api-secret-token"] == b"s3cret"
    assert headers[b"host"] == b"127.0.0.1:8080"
    assert json.loads(body) == update


def test_cpu_seconds_come_from_proc() -> None:
    mine = process_cpu_s(os.getpid())
    assert mine is not None
    assert mine > 0
    assert process_cpu_s(2**22 + 12345) is None  # above pid_max's default: no such process
    busy, idle = machine_cpu_s()
    assert busy > 0
    assert idle >= 0


def test_the_cpu_report_puts_the_rest_of_the_machine_and_idle_last() -> None:
    report = CpuReport(
        wall_s=10.0,
        cores=2,
        roles={"worker": 8.0, "load": 1.0},
        processes={"worker": 1, "load": 1},
        meter_s=0.1,
        busy_s=12.0,
        idle_s=8.0,
    )
    rows = report.rows()
    assert [row[0] for row in rows] == [
        "worker",
        "load",
        "  (of these: the CPU meter itself)",
        "rest of the machine (other programs)",
        "idle",
    ]
    assert rows[0] == ["worker", 1, 8.0, 0.8, 40.0]
    assert rows[3][2] == pytest.approx(3.0)  # 12 busy - 9 in the roles
    assert rows[4] == ["idle", "", 8.0, 0.8, 40.0]


def _measured(workers: int, seconds: float, worker_cpu: list[float], others: float) -> Measured:
    result = Result(f"{workers}", latencies_ms=[10.0] * 1000, seconds=seconds)
    roles = {f"webhook worker {i + 1}": cpu for i, cpu in enumerate(worker_cpu)}
    roles["load generator + Bot API stand-in"] = others
    roles["rest of the machine is not a role"] = 50.0  # not the run's: left out of the ceiling
    cpu = CpuReport(wall_s=seconds, cores=2, roles=roles, busy_s=seconds * 2, idle_s=0.0)
    return Measured(workers, result, 0, 250.0, cpu, [32] if workers == 1 else [16, 16])


def test_the_ceiling_is_one_core_per_worker_or_all_cores_for_the_whole_run() -> None:
    one = _measured(1, 12.0, [10.0], 2.0)  # 10 ms of worker CPU per update: ≤ 100/s
    assert one.ms_per_update(workers_only=True) == pytest.approx(10.0)
    assert one.ms_per_update(workers_only=False) == pytest.approx(12.0)
    assert one.ceiling() == pytest.approx(100.0)
    two = _measured(2, 8.0, [6.0, 6.0], 2.0)  # 14 ms per update in all: ≤ 2000/14 per s
    assert two.ceiling() == pytest.approx(2000 / 14)
    lopsided = _measured(2, 8.0, [9.0, 3.0], 2.0)  # the busiest worker's core is the limit
    assert lopsided.ceiling() == pytest.approx(1000 / 9)


def test_the_report_ends_with_the_median_scaling() -> None:
    runs = [
        _measured(1, 12.0, [10.0], 2.0),
        _measured(2, 8.0, [6.0, 6.0], 2.0),
        _measured(1, 10.0, [10.0], 2.0),
        _measured(2, 10.0, [6.0, 6.0], 2.0),
    ]
    text = report(runs, rounds=2)
    assert "1 worker (round 2)" in text
    assert "CPU during the 2 workers (round 1) run (8.0 s on 2 cores):" in text
    assert "webhook connections held (32 opened): worker 1: 16, worker 2: 16" in text
    assert "CPU-bound ceiling 100 → 143 updates/s (×1.43 with nothing else running)" in text
    assert text.splitlines()[-1] == "scaling_2_vs_1=1.25"  # median of ×1.50 and ×1.00
