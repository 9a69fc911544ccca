"""Minimal HTTP/1.1 on asyncio protocols: the ``workers`` benchmark's load and Bot API stand-in.

The benchmark's load generator and Bot API stand-in share the cores with the webhook
workers they measure, so every microsecond they spend is taken from the workers. These
two are as cheap as plain Python allows:

- :class:`WebhookConnection` is one keep-alive client connection: it writes a request
  that was serialized to bytes before the timed run and reads the status line and the
  ``Content-Length`` body of the answer (the webhook answers with a body of ``{}``).
- :class:`StandInApi` answers the Bot API methods the bot calls with results shaped like
  Telegram's (RFC 9112 framing: ``Content-Length`` or ``chunked`` request bodies,
  keep-alive), checks nothing, and counts the calls made for each user: the ``chat_id``,
  or the user id that the benchmark puts at the start of every ``callback_query_id``.
  :meth:`StandInApi.wait_for` lets the load generator wait until a user's update has
  caused all the calls it causes.

Not a general HTTP implementation: no pipelining limits, no ``Expect: 100-continue``,
no trailers; bodies are application/x-www-form-urlencoded or multipart/form-data, as
aiogram's ``AiohttpSession`` sends them.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import defaultdict
from itertools import count
from typing import Any, cast
from urllib.parse import parse_qsl

from bot.offline import BOT_USER

MAX_HEAD_BYTES = 64 * 1024
TRUE_RESULT = b'{"ok":true,"result":true}'
MESSAGE_METHODS = frozenset({"sendMessage", "editMessageText", "sendPhoto", "sendDocument"})


class HttpError(Exception):
    """A malformed or unexpected HTTP message."""


def take_message(buffer: bytearray) -> tuple[bytes, dict[bytes, bytes], bytes] | None:
    """Remove one complete HTTP message from the front of ``buffer``.

    Returns ``(start line, headers with lower-case names, body)``, or ``None`` when the
    buffer does not hold a whole message yet (nothing is removed then). The body is
    framed by ``Content-Length`` or ``Transfer-Encoding: chunked`` (decoded); neither
    means no body. Raises :class:`HttpError` for a head over :data:`MAX_HEAD_BYTES` or
    a malformed frame.
    """
    end = buffer.find(b"\r\n\r\n")
    if end < 0:
        if len(buffer) > MAX_HEAD_BYTES:
            raise HttpError("head too large")
        return None
    lines = bytes(buffer[:end]).split(b"\r\n")
    headers: dict[bytes, bytes] = {}
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower()] = value.strip()
    start = end + 4
    if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
        decoded = _chunked(buffer, start)
        if decoded is None:
            return None
        body, stop = decoded
    else:
        try:
            length = int(headers.get(b"content-length", b"0"))
        except ValueError as error:
            raise HttpError("bad Content-Length") from error
        stop = start + length
        if len(buffer) < stop:
            return None
        body = bytes(buffer[start:stop])
    del buffer[:stop]
    return lines[0], headers, body


def _chunked(buffer: bytearray, position: int) -> tuple[bytes, int] | None:
    """Decode a chunked body starting at ``position``: (body, end) or ``None`` if incomplete."""
    parts: list[bytes] = []
    while True:
        line_end = buffer.find(b"\r\n", position)
        if line_end < 0:
            return None
        try:
            size = int(bytes(buffer[position:line_end]).split(b";", 1)[0], 16)
        except ValueError as error:
            raise HttpError("bad chunk size") from error
        position = line_end + 2
        if size == 0:
            if len(buffer) < position + 2:
                return None
            return b"".join(parts), position + 2  # no trailers: the final CRLF
        if len(buffer) < position + size + 2:
            return None
        parts.append(bytes(buffer[position : position + size]))
        position += size + 2


def form_params(content_type: bytes, body: bytes) -> dict[str, str]:
    """The text fields of a form body (urlencoded or multipart); file parts are skipped."""
    if content_type.startswith(b"multipart/form-data"):
        return _multipart(content_type, body)
    if not body:
        return {}
    return dict(parse_qsl(body.decode(), keep_blank_values=True))


def _multipart(content_type: bytes, body: bytes) -> dict[str, str]:
    boundary = content_type.partition(b"boundary=")[2].strip(b'"')
    if not boundary:
        raise HttpError("multipart without boundary")
    params: dict[str, str] = {}
    for part in body.split(b"--" + boundary)[1:]:
        head, _, value = part.partition(b"\r\n\r\n")
        disposition = head.lower()
        if b"filename=" in disposition or b'name="' not in disposition:
            continue
        name = head[head.lower().index(b'name="') + 6 :].split(b'"', 1)[0]
        params[name.decode()] = value.removesuffix(b"\r\n").decode(errors="replace")
    return params


def user_of(params: dict[str, str]) -> int | None:
    """The benchmark user a Bot API call is for (private chats: chat id = user id)."""
    chat = params.get("chat_id", "")
    if chat.lstrip("-").isdigit():
        return int(chat)
    query = params.get("callback_query_id", "")
    head, dash, _ = query.partition("-")
    return int(head) if dash and head.isdigit() else None


def response(body: bytes, status: bytes = b"200 OK") -> bytes:
    """A keep-alive HTTP/1.1 response carrying a JSON ``body``."""
    return (
        b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )


class StandInApi:
    """The Bot API stand-in; start with :meth:`start`, stop with :meth:`stop`."""

    def __init__(self) -> None:
        self.calls: dict[int, int] = defaultdict(int)
        self.requests = 0
        self._waiting: dict[int, tuple[int, asyncio.Future[None]]] = {}
        self._message_ids = count(10_000_000)
        self._server: asyncio.Server | None = None
        self.open_connections: set[asyncio.Transport] = set()
        self.base_url = ""

    async def start(self) -> str:
        """Listen on a free loopback port; returns the base URL for ``--api-base``."""
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(lambda: _ApiConnection(self), "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self.base_url

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for transport in list(self.open_connections):
                transport.close()
            await self._server.wait_closed()

    async def wait_for(self, user_id: int, calls: int, within_s: float) -> bool:
        """Wait until ``user_id`` has had at least ``calls`` calls; ``False`` after ``within_s``.

        One waiter per user at a time (each user's updates are sent one after another).
        """
        if self.calls[user_id] >= calls:
            return True
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting[user_id] = (calls, done)
        try:
            async with asyncio.timeout(within_s):
                await done
        except TimeoutError:
            return False
        finally:
            self._waiting.pop(user_id, None)
        return True

    def answer(self, start_line: bytes, headers: dict[bytes, bytes], body: bytes) -> bytes:
        """The response to one request (counts the call for its user first)."""
        self.requests += 1
        method = start_line.split(b" ", 2)[1].rsplit(b"/", 1)[-1].decode()
        params = form_params(headers.get(b"content-type", b""), body)
        user = user_of(params)
        if user is not None:
            self.calls[user] += 1
            waiting = self._waiting.get(user)
            if waiting is not None and self.calls[user] >= waiting[0] and not waiting[1].done():
                waiting[1].set_result(None)
        return response(self._result(method, params))

    def _result(self, method: str, params: dict[str, str]) -> bytes:
        if method in MESSAGE_METHODS:
            chat = params.get("chat_id", "0")
            message_id = params.get("message_id", "")
            message = {
                "message_id": int(message_id) if message_id.isdigit() else next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": int(chat) if chat.lstrip("-").isdigit() else 0, "type": "private"},
                "from": BOT_USER,
                "text": params.get("text", ""),
            }
            return json.dumps({"ok": True, "result": message}).encode()
        if method == "getMe":
            return json.dumps({"ok": True, "result": BOT_USER}).encode()
        if method == "getMyCommands":
            return b'{"ok":true,"result":[]}'
        if method == "getWebhookInfo":
            info = {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
            return json.dumps({"ok": True, "result": info}).encode()
        return TRUE_RESULT


class _ApiConnection(asyncio.Protocol):
    def __init__(self, api: StandInApi) -> None:
        self._api = api
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast("asyncio.Transport", transport)
        self._api.open_connections.add(self._transport)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._transport is not None:
            self._api.open_connections.discard(self._transport)

    def data_received(self, data: bytes) -> None:
        if self._transport is None:
            return
        self._buffer += data
        try:
            while (message := take_message(self._buffer)) is not None:
                start_line, headers, body = message
                self._transport.write(self._api.answer(start_line, headers, body))
                if headers.get(b"connection", b"").lower() == b"close":
                    self._transport.close()
                    return
        except (HttpError, ValueError, UnicodeDecodeError):
            self._transport.write(response(b'{"ok":false}', b"400 Bad Request"))
            self._transport.close()


class WebhookConnection(asyncio.Protocol):
    """One keep-alive client connection; :meth:`post` one request at a time."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None
        self._answer: asyncio.Future[int] | None = None
        self._lost: BaseException | None = None
        self.local_port = 0

    @classmethod
    async def open(cls, host: str, port: int) -> WebhookConnection:
        loop = asyncio.get_running_loop()
        _transport, protocol = await loop.create_connection(cls, host, port)
        return protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast("asyncio.Transport", transport)
        self.local_port = int(transport.get_extra_info("sockname")[1])

    def connection_lost(self, exc: Exception | None) -> None:
        self._lost = exc or ConnectionResetError("the webhook closed the connection")
        if self._answer is not None and not self._answer.done():
            self._answer.set_exception(self._lost)

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        if self._answer is None or self._answer.done():
            return
        try:
            message = take_message(self._buffer)
        except HttpError as error:
            self._answer.set_exception(error)
            return
        if message is not None:
            self._answer.set_result(int(message[0].split(b" ", 2)[1]))

    async def post(self, request: bytes) -> int:
        """Send ``request`` (a whole serialized request); returns the answer's status code.

        Raises :class:`ConnectionError` when the connection is gone.
        """
        if self._lost is not None or self._transport is None:
            raise ConnectionResetError("the webhook closed the connection")
        self._answer = asyncio.get_running_loop().create_future()
        self._transport.write(request)
        return await self._answer

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()


def webhook_request(host: str, port: int, path: str, secret: str, update: dict[str, Any]) -> bytes:
    """The whole HTTP request that posts ``update`` to the webhook, as Telegram would."""
    body = json.dumps(update, separators=(",", ":"), ensure_ascii=False).encode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
        f"Content-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: {secret}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body
