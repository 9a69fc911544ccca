"""A fake Telegram Bot API server that speaks real HTTP on 127.0.0.1.

aiogram's real ``AiohttpSession`` talks to it exactly as it talks to
``api.telegram.org``::

    server = FakeTelegramServer()
    await server.start()
    bot = Bot(server.token,
              session=AiohttpSession(api=TelegramAPIServer.from_base(server.base_url)))

The fake is *strict where Telegram is strict*: it enforces the documented
limits of the Bot API (text and caption length, ``callback_data`` bytes,
keyboard size, command names, webhook secret tokens, message age for
deletion, one answer per callback query ...) and answers with Telegram's
own HTTP status codes and ``description`` strings, so aiogram raises the
same exception classes it would raise in production.  A fake that accepts
what Telegram refuses lets bugs through (see jehy/telegram-test-api #62).

Every request is recorded in :attr:`FakeTelegramServer.calls` (rejected ones
too).  Tests script the outside world with :meth:`~FakeTelegramServer.queue_update`,
:meth:`~FakeTelegramServer.fail_next`, :meth:`~FakeTelegramServer.delay_next`,
:meth:`~FakeTelegramServer.block_user` and
:meth:`~FakeTelegramServer.age_message`.

Limits are quoted from https://core.telegram.org/bots/api (Bot API 10.x);
where the specification is silent, the description strings are the ones
Telegram's server is known to send.

Not simulated: MarkdownV2/Markdown parsing (the text is counted as sent),
webhook delivery (updates queued while a webhook is set just stay pending),
inline messages (edits by ``inline_message_id`` are accepted blindly), flood
limits (script them with :meth:`~FakeTelegramServer.fail_next`).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import urlsplit

from aiohttp import BodyPartReader, web

__all__ = [
    "ApiError",
    "FakeTelegramServer",
    "RecordedCall",
    "parse_html",
]

JSONDict = dict[str, Any]

# --------------------------------------------------------------------------- limits

#: sendMessage.text / editMessageText.text: "1-4096 characters after entities parsing".
MAX_TEXT_LENGTH: Final = 4096
#: sendDocument/sendPhoto/editMessageCaption.caption: "0-1024 characters after entities parsing".
MAX_CAPTION_LENGTH: Final = 1024
#: InlineKeyboardButton.callback_data: "Data to be sent in a callback query ... 1-64 bytes".
MAX_CALLBACK_DATA_BYTES: Final = 64
#: Inline keyboards: at most 8 buttons per row and 100 buttons in total
#: (Telegram answers "reply markup is too long"; aiogram's InlineKeyboardBuilder uses the same).
MAX_INLINE_ROW_WIDTH: Final = 8
MAX_INLINE_BUTTONS: Final = 100
#: Reply keyboards: at most 12 buttons per row and 300 in total (community-measured).
MAX_REPLY_ROW_WIDTH: Final = 12
MAX_REPLY_BUTTONS: Final = 300
#: answerCallbackQuery.text: "0-200 characters".
MAX_CALLBACK_ANSWER_LENGTH: Final = 200
#: setMyCommands.commands: "At most 100 commands can be specified".
MAX_COMMANDS: Final = 100
#: BotCommand.command: "1-32 characters. Can contain only lowercase English letters, digits and
#: underscores".
COMMAND_RE: Final = re.compile(r"^[a-z0-9_]{1,32}$")
#: BotCommand.description: "1-256 characters".
MAX_COMMAND_DESCRIPTION: Final = 256
#: setWebhook.secret_token: "1-256 characters. Only characters A-Z, a-z, 0-9, _ and - are allowed".
SECRET_TOKEN_RE: Final = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
#: setWebhook: "Ports currently supported for webhooks: 443, 80, 88, 8443".
WEBHOOK_PORTS: Final = frozenset({80, 88, 443, 8443})
#: deleteMessage: "A message can only be deleted if it was sent less than 48 hours ago".
DELETE_WINDOW_SECONDS: Final = 48 * 3600
#: deleteMessages.message_ids: "A JSON-serialized list of 1-100 identifiers of messages to delete".
MAX_DELETE_MESSAGES: Final = 100
#: getUpdates.limit: "Values between 1-100 are accepted. Defaults to 100".
MAX_UPDATES_LIMIT: Final = 100
#: sendDocument: "Bots can currently send files of any type of up to 50 MB in size".
MAX_UPLOAD_BYTES: Final = 50 * 1024 * 1024
#: answerCallbackQuery / setMyCommands.language_code: "A two-letter ISO 639-1 language code".
LANGUAGE_CODE_RE: Final = re.compile(r"^[a-z]{2}$")

#: getUpdates.allowed_updates: an empty list (the default) means "all update types except
#: chat_member, message_reaction, and message_reaction_count".
NOT_DELIVERED_BY_DEFAULT: Final = frozenset(
    {"chat_member", "message_reaction", "message_reaction_count"}
)

#: sendChatAction.action values.
CHAT_ACTIONS: Final = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)

#: InlineKeyboardButton: "Exactly one of the optional fields must be used to specify type of
#: the button".
INLINE_BUTTON_ACTIONS: Final = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)

# Telegram's description strings.
BLOCKED: Final = "Forbidden: bot was blocked by the user"
CHAT_NOT_FOUND: Final = "Bad Request: chat not found"
TEXT_EMPTY: Final = "Bad Request: message text is empty"
TEXT_TOO_LONG: Final = "Bad Request: message is too long"
CAPTION_TOO_LONG: Final = "Bad Request: message caption is too long"
BUTTON_DATA_INVALID: Final = "Bad Request: BUTTON_DATA_INVALID"
BUTTON_TEXT_EMPTY: Final = "Bad Request: BUTTON_TEXT_EMPTY"
BUTTON_URL_INVALID: Final = "Bad Request: BUTTON_URL_INVALID"
BUTTON_NO_ACTION: Final = "Bad Request: text buttons are unallowed in the inline keyboard"
BUTTON_MANY_ACTIONS: Final = (
    "Bad Request: can't parse inline keyboard button: "
    "exactly one of the optional fields must be used"
)
MARKUP_TOO_LONG: Final = "Bad Request: reply markup is too long"
MARKUP_UNPARSABLE: Final = "Bad Request: can't parse reply keyboard markup JSON object"
NOT_MODIFIED: Final = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
EDIT_NOT_FOUND: Final = "Bad Request: message to edit not found"
DELETE_NOT_FOUND: Final = "Bad Request: message to delete not found"
DELETE_TOO_OLD: Final = "Bad Request: message can't be deleted for everyone"
QUERY_INVALID: Final = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)
CONFLICT_WEBHOOK_ACTIVE: Final = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
CONFLICT_TERMINATED_BY_WEBHOOK: Final = "Conflict: terminated by setWebhook request"
CONFLICT_OTHER_POLLER: Final = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)

# Request fields whose values are free text: never turned into numbers, booleans or JSON.
_TEXT_FIELDS: Final = frozenset(
    {
        "text",
        "caption",
        "description",
        "short_description",
        "name",
        "title",
        "first_name",
        "last_name",
        "query",
        "question",
        "explanation",
        "emoji",
        "url",
        "secret_token",
        "callback_query_id",
        "inline_query_id",
        "inline_message_id",
        "parse_mode",
        "action",
        "language_code",
        "ip_address",
        "business_connection_id",
        "message_effect_id",
        "custom_title",
        "payload",
        "start_parameter",
        "document",
        "photo",
        "video",
        "audio",
        "voice",
        "animation",
        "sticker",
        "thumbnail",
        "file_id",
    }
)
_INT_RE: Final = re.compile(r"^-?\d+$")
_FLOAT_RE: Final = re.compile(r"^-?\d+\.\d+$")


# --------------------------------------------------------------------------- records


@dataclass
class RecordedCall:
    """One HTTP request to the fake, in arrival order of its answer."""

    method: str
    """The method as written in the URL path, case preserved (``sendMessage``)."""
    params: dict[str, Any]
    """Decoded parameters: JSON-string fields parsed, integer-looking values as ``int``,
    ``"true"``/``"false"`` as ``bool``, uploads as ``{"filename", "size", "content_type"}``."""
    ok: bool
    """Whether the fake answered ``{"ok": true}``."""
    error: str | None
    """The ``description`` of a rejection, ``None`` when ok."""
    status: int = 200
    """HTTP status of the answer."""
    result: Any = None
    """The ``result`` sent back when ok (a copy)."""


class ApiError(Exception):
    """A rejection: becomes ``{"ok": false, "error_code": status, "description": ...}``."""

    def __init__(self, status: int, description: str, *, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


@dataclass
class _Fault:
    status: int
    description: str
    retry_after: int | None
    times: int


@dataclass
class _Delay:
    seconds: float
    times: int


@dataclass
class _Described:
    """A result that Telegram accompanies with a ``description`` (setWebhook & co)."""

    result: Any
    description: str


@dataclass
class _PollTicket:
    aborted: str | None = None


# --------------------------------------------------------------------------- HTML


_HTML_TAGS: Final[dict[str, str]] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED_HTML_ENTITIES: Final = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_HTML_ENTITY_RE: Final = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);")
_TAG_NAME_RE: Final = re.compile(r"[a-zA-Z][a-zA-Z0-9-]*")
_ATTR_RE: Final = re.compile(r"""([a-zA-Z][a-zA-Z0-9_-]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?""")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _parse_attributes(raw: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for match in _ATTR_RE.finditer(raw):
        value = match.group(2) or ""
        if value[:1] in {'"', "'"}:
            value = value[1:-1]
        attrs[match.group(1).lower()] = _unescape(value)
    return attrs


def _unescape(text: str) -> str:
    """Telegram supports the four named entities and all numeric ones; others stay literal."""

    def replace(match: re.Match[str]) -> str:
        body = match.group(1)
        if body.startswith(("#x", "#X")):
            return chr(int(body[2:], 16)) if int(body[2:], 16) <= 0x10FFFF else match.group(0)
        if body.startswith("#"):
            return chr(int(body[1:])) if int(body[1:]) <= 0x10FFFF else match.group(0)
        return _NAMED_HTML_ENTITIES.get(body, match.group(0))

    return _HTML_ENTITY_RE.sub(replace, text)


def parse_html(text: str) -> tuple[str, list[JSONDict]]:
    """Parse ``parse_mode=HTML`` text the way Telegram does ("Formatting options").

    Returns the plain text and its ``MessageEntity`` list (offsets in UTF-16 code units).
    Raises :class:`ApiError` with ``"Bad Request: can't parse entities: ..."`` on an
    unsupported tag, an unclosed tag or a mismatched end tag.  Supported tags: b strong i
    em u ins s strike del a code pre tg-spoiler span(class="tg-spoiler") blockquote
    tg-emoji.
    """

    def fail(reason: str) -> ApiError:
        return ApiError(400, f"Bad Request: can't parse entities: {reason}")

    out: list[str] = []
    position = 0  # UTF-16 offset in the output
    # open tags: (name, entity type, start offset, attributes)
    stack: list[tuple[str, str, int, dict[str, str]]] = []
    entities: list[JSONDict] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "&":
            match = _HTML_ENTITY_RE.match(text, i)
            if match:
                piece = _unescape(match.group(0))
                out.append(piece)
                position += _utf16_len(piece)
                i = match.end()
                continue
        if char != "<":
            out.append(char)
            position += _utf16_len(char)
            i += 1
            continue
        end = text.find(">", i)
        if end == -1:
            raise fail(f"Unclosed start tag at byte offset {_byte_offset(text, i)}")
        body = text[i + 1 : end]
        if body.startswith("/"):
            name = body[1:].strip().lower()
            if not stack:
                raise fail(f"Unexpected end tag at byte offset {_byte_offset(text, i)}")
            open_name, kind, start, attrs = stack.pop()
            if name and name != open_name:
                raise fail(
                    f"Unmatched end tag at byte offset {_byte_offset(text, i)}, "
                    f'expected "</{open_name}>", found "</{name}>"'
                )
            _close_entity(entities, stack, kind, start, position, attrs)
        else:
            name_match = _TAG_NAME_RE.match(body)
            name = name_match.group(0).lower() if name_match else ""
            if name not in _HTML_TAGS:
                raise fail(
                    f'Unsupported start tag "{name or body.strip()}" at byte offset '
                    f"{_byte_offset(text, i)}"
                )
            attrs = _parse_attributes(body[len(name) :])
            if name == "span" and attrs.get("class") != "tg-spoiler":
                raise fail(
                    f'Tag "span" must have class "tg-spoiler" at byte offset '
                    f"{_byte_offset(text, i)}"
                )
            if name == "tg-emoji" and not attrs.get("emoji-id"):
                raise fail(
                    f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset '
                    f"{_byte_offset(text, i)}"
                )
            stack.append((name, _HTML_TAGS[name], position, attrs))
        i = end + 1
    if stack:
        raise fail(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _close_entity(
    entities: list[JSONDict],
    stack: list[tuple[str, str, int, dict[str, str]]],
    kind: str,
    start: int,
    end: int,
    attrs: dict[str, str],
) -> None:
    if end <= start:
        return  # Telegram drops empty entities
    entity: JSONDict = {"type": kind, "offset": start, "length": end - start}
    if kind == "text_link":
        href = attrs.get("href")
        if not href:
            return
        entity["url"] = href
    elif kind == "custom_emoji":
        entity["custom_emoji_id"] = attrs["emoji-id"]
    elif kind == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    elif kind == "code" and stack and stack[-1][1] == "pre":
        language = attrs.get("class", "")
        if language.startswith("language-"):
            stack[-1][3]["language"] = language.removeprefix("language-")
            return  # <pre><code class="language-x"> is one pre entity
    elif kind == "pre" and attrs.get("language"):
        entity["language"] = attrs["language"]
    entities.append(entity)


# --------------------------------------------------------------------------- decoding


def _decode_value(name: str, value: Any) -> Any:
    """Turn a form field into what Telegram sees: JSON objects, ints, floats, booleans."""
    if not isinstance(value, str) or name in _TEXT_FIELDS:
        return value
    stripped = value.strip()
    if stripped[:1] in {"{", "["}:
        try:
            return json.loads(stripped)
        except ValueError:
            return value
    if _INT_RE.match(stripped):
        return int(stripped)
    if _FLOAT_RE.match(stripped):
        return float(stripped)
    if stripped in {"true", "false"}:
        return stripped == "true"
    return value


def _resolve_attachments(value: Any, files: dict[str, JSONDict], used: set[str]) -> Any:
    """Replace ``attach://<name>`` references (how aiogram uploads) by the uploaded file."""
    if isinstance(value, str) and value.startswith("attach://"):
        key = value.removeprefix("attach://")
        if key in files:
            used.add(key)
            return dict(files[key])
        return value
    if isinstance(value, dict):
        return {k: _resolve_attachments(v, files, used) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve_attachments(v, files, used) for v in value]
    return value


def _is_upload(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"filename", "size", "content_type"}


# --------------------------------------------------------------------------- server

Handler = Callable[[JSONDict], Awaitable[Any]]


class FakeTelegramServer:
    """An in-process Bot API server.  See the module docstring."""

    def __init__(
        self,
        *,
        token: str = "42:TEST-token_abc",  # noqa: S107 - a fake token
        bot_username: str = "VagvisareTestBot",
        long_poll_cap: float = 1.0,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        self.bot_id = int(token.split(":", 1)[0])
        #: getUpdates never waits longer than this, whatever ``timeout`` the client asks for.
        self.long_poll_cap = long_poll_cap
        self.base_url = ""
        self.calls: list[RecordedCall] = []
        self.webhook: JSONDict | None = None
        self.messages: dict[tuple[int, int], JSONDict] = {}
        #: Every callback query id registered so far (answered or not).
        self.known_callback_queries: set[str] = set()
        #: The ids among them that were answered (a second answer is rejected).
        self.answered_callback_queries: set[str] = set()
        #: Chats the bot can reach: chat_id -> Chat JSON.
        self.chats: dict[int, JSONDict] = {}
        self.blocked: set[int] = set()

        # (scope type, chat_id, user_id, language) -> commands, most recently set last
        self._commands: dict[tuple[str | None, Any, Any, str | None], list[JSONDict]] = {}
        self._updates: list[JSONDict] = []
        self._next_update_id = 1
        self._allowed_updates: list[str] | None = None
        self._last_message_id: dict[int, int] = {}
        self._faults: dict[str, list[_Fault]] = {}
        self._delays: dict[str, list[_Delay]] = {}
        self._poll: _PollTicket | None = None
        self._changed = asyncio.Event()
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._methods: dict[str, Handler] = {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagecaption": self._edit_message_caption,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "deletemessage": self._delete_message,
            "deletemessages": self._delete_messages,
            "answercallbackquery": self._answer_callback_query,
            "setmycommands": self._set_my_commands,
            "deletemycommands": self._delete_my_commands,
            "getmycommands": self._get_my_commands,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "senddocument": self._send_document,
            "sendphoto": self._send_photo,
            "sendchataction": self._send_chat_action,
            "leavechat": self._leave_chat,
            "close": self._true,
            "logout": self._true,
        }

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        """Bind 127.0.0.1 on a free port and start answering."""
        if self._runner is not None:
            raise RuntimeError("FakeTelegramServer already started")
        self._closing.clear()
        app = web.Application(client_max_size=MAX_UPLOAD_BYTES + 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_route("*", "/{tail:.*}", self._handle_other_path)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self._runner = runner
        host, port = runner.addresses[0][:2]
        self.base_url = f"http://{host}:{port}"

    async def stop(self) -> None:
        """Wake every waiting request (long polls, delays) and close the server."""
        self._closing.set()
        self._notify()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> FakeTelegramServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # ------------------------------------------------------------------ scripting

    def calls_to(self, method: str) -> list[RecordedCall]:
        """The ok calls of ``method`` (method names are case-insensitive, as on Telegram)."""
        wanted = method.lower()
        return [call for call in self.calls if call.ok and call.method.lower() == wanted]

    async def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 5.0,  # noqa: ASYNC109 - part of the fixture's API
    ) -> list[RecordedCall]:
        """Wait until at least ``count`` ok calls of ``method`` were answered.

        Raises :class:`TimeoutError` (listing the calls seen) after ``timeout`` seconds.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            changed = self._changed
            found = self.calls_to(method)
            if len(found) >= count:
                return found
            remaining = deadline - loop.time()
            if remaining <= 0:
                seen = [f"{c.method}{'' if c.ok else ' (rejected)'}" for c in self.calls]
                raise TimeoutError(
                    f"expected {count} ok {method} call(s) within {timeout}s, "
                    f"got {len(found)}; calls so far: {seen}"
                )
            try:
                await asyncio.wait_for(changed.wait(), remaining)
            except TimeoutError:
                continue

    def add_chat(self, chat_id: int, chat: JSONDict | None = None) -> None:
        """Make ``chat_id`` reachable.  Positive ids are private chats, ``-100…`` supergroups,
        other negative ids groups.  ``chat`` overrides the Chat JSON stored for it."""
        if chat is not None:
            self.chats[chat_id] = {**chat, "id": chat_id}
        elif chat_id not in self.chats:
            self.chats[chat_id] = _default_chat(chat_id)

    def block_user(self, chat_id: int) -> None:
        """From now on every send or edit to ``chat_id`` answers 403
        "Forbidden: bot was blocked by the user"."""
        self.blocked.add(chat_id)

    def unblock_user(self, chat_id: int) -> None:
        self.blocked.discard(chat_id)

    def fail_next(
        self,
        method: str,
        *,
        status: int,
        description: str,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` with this error instead of serving them.

        The body is ``{"ok": false, "error_code": status, "description": description}`` plus
        ``"parameters": {"retry_after": n}`` when ``retry_after`` is given (a 429 flood wait).
        """
        self._faults.setdefault(method.lower(), []).append(
            _Fault(status, description, retry_after, times)
        )

    def delay_next(self, method: str, seconds: float, times: int = 1) -> None:
        """Sleep ``seconds`` before serving the next ``times`` calls of ``method``.

        The call is still served afterwards (as Telegram does: a client timeout does not
        mean the message was not sent).
        """
        self._delays.setdefault(method.lower(), []).append(_Delay(seconds, times))

    def register_callback_query(self, callback_query_id: str) -> None:
        """Make ``callback_query_id`` answerable once by answerCallbackQuery."""
        self.known_callback_queries.add(callback_query_id)
        self.answered_callback_queries.discard(callback_query_id)

    def age_message(self, chat_id: int, message_id: int, hours: float) -> None:
        """Pretend the stored message was sent ``hours`` earlier than it was."""
        message = self.messages[(chat_id, message_id)]
        message["date"] = int(message["date"] - hours * 3600)

    @property
    def commands(self) -> dict[tuple[str | None, str | None], list[JSONDict]]:
        """setMyCommands results by (scope type, language_code); ``None`` is the default
        scope / no language.  For chat-specific scopes the latest chat wins; use
        :meth:`get_commands` to look one chat up."""
        by_type: dict[tuple[str | None, str | None], list[JSONDict]] = {}
        for (scope_type, _chat, _user, language), commands in self._commands.items():
            by_type[(scope_type, language)] = copy.deepcopy(commands)
        return by_type

    def get_commands(
        self,
        scope_type: str | None = None,
        *,
        chat_id: int | str | None = None,
        user_id: int | None = None,
        language_code: str | None = None,
    ) -> list[JSONDict] | None:
        """The commands set for exactly this scope, or ``None`` if none were set."""
        key = (scope_type, chat_id, user_id, language_code)
        found = self._commands.get(key)
        return copy.deepcopy(found) if found is not None else None

    @property
    def pending_updates(self) -> list[JSONDict]:
        """Queued updates not yet confirmed by a getUpdates offset."""
        return copy.deepcopy(self._updates)

    def queue_update(self, update: JSONDict) -> JSONDict:
        """Queue an update for getUpdates and return the stored copy.

        Assigns an increasing ``update_id`` if missing, fills a missing message ``date`` and
        ``chat`` (the sender's private chat), makes the sender's private chat and the
        message's chat reachable, stores user messages in :attr:`messages` (so they can be
        deleted) and registers callback query ids.
        """
        update = copy.deepcopy(update)
        if "update_id" in update:
            self._next_update_id = max(self._next_update_id, int(update["update_id"]) + 1)
        else:
            update["update_id"] = self._next_update_id
            self._next_update_id += 1
        for kind, event in update.items():
            if isinstance(event, dict):
                self._absorb_event(kind, event)
        self._updates.append(update)
        self._notify()
        return copy.deepcopy(update)

    def queue_message(
        self,
        user_id: int,
        text: str,
        *,
        first_name: str = "Testare",
        language_code: str | None = "sv",
        chat_id: int | None = None,
        **extra: Any,
    ) -> JSONDict:
        """Queue a ``message`` update from a user (in their private chat by default)."""
        message: JSONDict = {"from": _user(user_id, first_name, language_code), "text": text}
        if chat_id is not None:
            message["chat"] = self.chats.get(chat_id) or _default_chat(chat_id)
        message.update(extra)
        return self.queue_update({"message": message})

    def queue_callback(
        self,
        user_id: int,
        data: str,
        *,
        message_id: int | None = None,
        chat_id: int | None = None,
        first_name: str = "Testare",
        language_code: str | None = "sv",
        callback_query_id: str | None = None,
    ) -> JSONDict:
        """Queue a ``callback_query`` update: the user pressed a button with ``data`` on the
        bot's stored message ``message_id`` (default: the latest message in that chat)."""
        chat = chat_id if chat_id is not None else user_id
        if message_id is None:
            message_id = self._last_message_id.get(chat, 0)
        query: JSONDict = {
            "id": callback_query_id or f"cq-{self._next_update_id}-{user_id}",
            "from": _user(user_id, first_name, language_code),
            "chat_instance": f"ci-{chat}",
            "data": data,
        }
        stored = self.messages.get((chat, message_id))
        query["message"] = (
            copy.deepcopy(stored)
            if stored
            else {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": self.chats.get(chat) or _default_chat(chat),
                "from": self._bot_user(),
                "text": "",
            }
        )
        return self.queue_update({"callback_query": query})

    def _absorb_event(self, kind: str, event: JSONDict) -> None:
        sender = event.get("from")
        if (
            isinstance(sender, dict)
            and isinstance(sender.get("id"), int)
            and sender["id"] not in self.chats
        ):
            self.chats[sender["id"]] = _private_chat(sender)
        if kind == "callback_query":
            if "id" in event:
                self.register_callback_query(str(event["id"]))
            message = event.get("message")
            if isinstance(message, dict) and isinstance(message.get("chat"), dict):
                chat_id = message["chat"]["id"]
                self.chats.setdefault(chat_id, copy.deepcopy(message["chat"]))
                key = (chat_id, message.get("message_id", 0))
                if message.get("date") and key not in self.messages:
                    self._store(chat_id, copy.deepcopy(message))
            return
        if kind not in {
            "message",
            "edited_message",
            "channel_post",
            "edited_channel_post",
            "business_message",
        }:
            chat = event.get("chat")
            if isinstance(chat, dict) and isinstance(chat.get("id"), int):
                self.chats.setdefault(chat["id"], copy.deepcopy(chat))
            return
        if "chat" not in event and isinstance(sender, dict):
            event["chat"] = copy.deepcopy(self.chats[sender["id"]])
        chat = event.get("chat")
        if not isinstance(chat, dict) or not isinstance(chat.get("id"), int):
            return
        chat_id = chat["id"]
        self.chats.setdefault(chat_id, copy.deepcopy(chat))
        event.setdefault("date", int(time.time()))
        if "message_id" not in event:
            event["message_id"] = self._last_message_id.get(chat_id, 0) + 1
        self._store(chat_id, copy.deepcopy(event))

    # ------------------------------------------------------------------ HTTP

    async def _handle_other_path(self, request: web.Request) -> web.Response:
        return _json_response(404, {"ok": False, "error_code": 404, "description": "Not Found"})

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        key = method.lower()
        try:
            params = await self._read_params(request)
        except ApiError as bad_body:
            return self._reject(method, {}, bad_body)
        if request.match_info["token"] != self.token:
            return self._reject(method, params, ApiError(401, "Unauthorized"))
        handler = self._methods.get(key)
        if handler is None:
            return self._reject(method, params, ApiError(404, "Not Found: method not found"))
        delay = _take(self._delays, key)
        if delay is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), delay.seconds)
        fault = _take(self._faults, key)
        if fault is not None:
            scripted = ApiError(fault.status, fault.description, retry_after=fault.retry_after)
            return self._reject(method, params, scripted)
        try:
            result = await handler(params)
        except ApiError as error:
            return self._reject(method, params, error)
        body: JSONDict = {"ok": True}
        if isinstance(result, _Described):
            body["result"] = result.result
            body["description"] = result.description
        else:
            body["result"] = result
        self._record(RecordedCall(method, params, True, None, 200, copy.deepcopy(body["result"])))
        return _json_response(200, body)

    def _reject(self, method: str, params: JSONDict, error: ApiError) -> web.Response:
        body: JSONDict = {
            "ok": False,
            "error_code": error.status,
            "description": error.description,
        }
        if error.retry_after is not None:
            body["parameters"] = {"retry_after": error.retry_after}
        self._record(RecordedCall(method, params, False, error.description, error.status))
        return _json_response(error.status, body)

    def _record(self, call: RecordedCall) -> None:
        self.calls.append(call)
        self._notify()

    def _notify(self) -> None:
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    async def _read_params(self, request: web.Request) -> JSONDict:
        """Decode query string plus a JSON, urlencoded or multipart body."""
        raw: dict[str, Any] = dict(request.query)
        files: dict[str, JSONDict] = {}
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError as error:
                raise ApiError(400, "Bad Request: can't parse JSON request body") from error
            if not isinstance(body, dict):
                raise ApiError(400, "Bad Request: JSON request body must be an object")
            raw.update(body)
        elif request.content_type == "multipart/form-data":
            reader = await request.multipart()
            async for part in reader:
                if not isinstance(part, BodyPartReader) or part.name is None:
                    continue
                if part.filename is not None:
                    data = await part.read()
                    if len(data) > MAX_UPLOAD_BYTES:
                        raise ApiError(413, "Request Entity Too Large")
                    files[part.name] = {
                        "filename": part.filename,
                        "size": len(data),
                        "content_type": part.headers.get(
                            "Content-Type", "application/octet-stream"
                        ),
                    }
                else:
                    raw[part.name] = await part.text()
        elif request.body_exists:
            raw.update(await request.post())
        params = {name: _decode_value(name, value) for name, value in raw.items()}
        used: set[str] = set()
        params = {name: _resolve_attachments(v, files, used) for name, v in params.items()}
        for name, upload in files.items():
            if name not in used:
                params[name] = upload
        return params

    # ------------------------------------------------------------------ helpers

    def _bot_user(self) -> JSONDict:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Vägvisare",
            "username": self.bot_username,
        }

    def _store(self, chat_id: int, message: JSONDict) -> None:
        message_id = int(message["message_id"])
        self.messages[(chat_id, message_id)] = message
        self._last_message_id[chat_id] = max(self._last_message_id.get(chat_id, 0), message_id)

    def _target_chat(self, params: JSONDict, *, sending: bool) -> int:
        """The ``chat_id`` parameter, which must be a chat the bot can reach.

        Sending to a user who blocked the bot answers 403 (``block_user``)."""
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise ApiError(400, "Bad Request: chat_id is empty")
        if sending and chat_id in self.blocked:
            raise ApiError(403, BLOCKED)
        if not isinstance(chat_id, int) or isinstance(chat_id, bool) or chat_id not in self.chats:
            raise ApiError(400, CHAT_NOT_FOUND)
        return chat_id

    def _formatted(
        self, params: JSONDict, field_name: str, entities_field: str
    ) -> tuple[str, list[JSONDict]]:
        """Text after entity parsing: explicit entities win over ``parse_mode``."""
        raw = params.get(field_name)
        text = "" if raw is None else str(raw)
        explicit = params.get(entities_field)
        if explicit is not None:
            if not isinstance(explicit, list):
                raise ApiError(400, "Bad Request: can't parse entities JSON object")
            return text, explicit
        mode = params.get("parse_mode")
        if mode is None or mode == "":
            return text, []
        mode = str(mode).lower()
        if mode == "html":
            return parse_html(text)
        if mode in {"markdown", "markdownv2"}:
            return text, []  # not simulated: counted as sent
        raise ApiError(400, "Bad Request: unsupported parse_mode")

    def _message_text(self, params: JSONDict) -> tuple[str, list[JSONDict]]:
        """sendMessage/editMessageText ``text``: "1-4096 characters after entities parsing"."""
        text, entities = self._formatted(params, "text", "entities")
        if not text.strip():
            raise ApiError(400, TEXT_EMPTY)
        if len(text) > MAX_TEXT_LENGTH:
            raise ApiError(400, TEXT_TOO_LONG)
        return text, entities

    def _caption(self, params: JSONDict) -> tuple[str, list[JSONDict]]:
        """Media ``caption``: "0-1024 characters after entities parsing"."""
        caption, entities = self._formatted(params, "caption", "caption_entities")
        if len(caption) > MAX_CAPTION_LENGTH:
            raise ApiError(400, CAPTION_TOO_LONG)
        return caption, entities

    def _reply_markup(self, params: JSONDict) -> JSONDict | None:
        """Validate ``reply_markup``; return it if it is an inline keyboard (the only kind a
        Message carries), else ``None``."""
        markup = params.get("reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise ApiError(400, MARKUP_UNPARSABLE)
        if "inline_keyboard" in markup:
            _check_inline_keyboard(markup["inline_keyboard"])
            return {"inline_keyboard": markup["inline_keyboard"]}
        if "keyboard" in markup:
            _check_reply_keyboard(markup["keyboard"])
            return None
        if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
            return None
        raise ApiError(400, MARKUP_UNPARSABLE)

    def _reply_to(self, chat_id: int, params: JSONDict) -> JSONDict | None:
        """``reply_parameters`` / ``reply_to_message_id`` must point at an existing message
        unless ``allow_sending_without_reply``."""
        reply = params.get("reply_parameters")
        if isinstance(reply, dict):
            message_id = reply.get("message_id")
            allow = bool(reply.get("allow_sending_without_reply"))
            target_chat = reply.get("chat_id", chat_id)
        elif isinstance(params.get("reply_to_message_id"), int):
            message_id = params["reply_to_message_id"]
            allow = bool(params.get("allow_sending_without_reply"))
            target_chat = chat_id
        else:
            return None
        found = None
        if isinstance(target_chat, int) and isinstance(message_id, int):
            found = self.messages.get((target_chat, message_id))
        if found is None:
            if allow:
                return None
            raise ApiError(400, "Bad Request: message to be replied not found")
        return copy.deepcopy(found)

    def _new_message(self, chat_id: int, params: JSONDict, content: JSONDict) -> JSONDict:
        markup = self._reply_markup(params)
        reply_to = self._reply_to(chat_id, params)
        message: JSONDict = {
            "message_id": self._last_message_id.get(chat_id, 0) + 1,
            "from": self._bot_user(),
            "chat": copy.deepcopy(self.chats[chat_id]),
            "date": int(time.time()),
            **content,
        }
        if reply_to is not None:
            reply_to.pop("reply_to_message", None)
            message["reply_to_message"] = reply_to
        if markup is not None:
            message["reply_markup"] = markup
        self._store(chat_id, message)
        return copy.deepcopy(message)

    def _message_to_edit(self, params: JSONDict) -> tuple[int, JSONDict] | None:
        """The stored message an edit targets; ``None`` for inline messages."""
        if params.get("inline_message_id"):
            return None
        chat_id = self._target_chat(params, sending=True)
        message_id = params.get("message_id")
        if message_id is None:
            raise ApiError(400, "Bad Request: message identifier is not specified")
        message = self.messages.get((chat_id, message_id))
        if message is None:
            raise ApiError(400, EDIT_NOT_FOUND)
        if message.get("from", {}).get("id") != self.bot_id:
            raise ApiError(400, "Bad Request: message can't be edited")
        return chat_id, message

    # ------------------------------------------------------------------ methods

    async def _true(self, params: JSONDict) -> bool:
        return True

    async def _get_me(self, params: JSONDict) -> JSONDict:
        return {
            **self._bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, params: JSONDict) -> list[JSONDict]:
        """getUpdates: ``offset`` confirms (drops) every update below it, a negative offset
        keeps only the last ``-offset``; ``limit`` 1-100 (default 100); ``timeout`` long
        polling (capped at :attr:`long_poll_cap`); 409 while a webhook is set."""
        if self.webhook is not None:
            raise ApiError(409, CONFLICT_WEBHOOK_ACTIVE)
        offset = params.get("offset")
        if isinstance(offset, int) and offset < 0:
            self._updates = self._updates[offset:]
            offset = None
        limit = params.get("limit")
        if not isinstance(limit, int) or limit <= 0 or limit > MAX_UPDATES_LIMIT:
            limit = MAX_UPDATES_LIMIT
        if "allowed_updates" in params:
            allowed = params["allowed_updates"]
            self._allowed_updates = list(allowed) if isinstance(allowed, list) else None
        timeout = params.get("timeout")
        wait = min(float(timeout), self.long_poll_cap) if isinstance(timeout, int | float) else 0.0

        if self._poll is not None:
            self._poll.aborted = CONFLICT_OTHER_POLLER
        ticket = self._poll = _PollTicket()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(wait, 0.0)
        try:
            while True:
                changed = self._changed
                if ticket.aborted is not None:
                    raise ApiError(409, ticket.aborted)
                if isinstance(offset, int):
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                self._updates = [u for u in self._updates if self._deliverable(u)]
                if self._updates or self._closing.is_set():
                    return copy.deepcopy(self._updates[:limit])
                remaining = deadline - loop.time()
                if remaining <= 0:
                    return []
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(changed.wait(), remaining)
        finally:
            if self._poll is ticket:
                self._poll = None

    def _deliverable(self, update: JSONDict) -> bool:
        kinds = [key for key in update if key != "update_id"]
        if not kinds:
            return True
        if self._allowed_updates:
            return kinds[0] in self._allowed_updates
        return kinds[0] not in NOT_DELIVERED_BY_DEFAULT

    async def _send_message(self, params: JSONDict) -> JSONDict:
        chat_id = self._target_chat(params, sending=True)
        text, entities = self._message_text(params)
        content: JSONDict = {"text": text}
        if entities:
            content["entities"] = entities
        return self._new_message(chat_id, params, content)

    async def _edit_message_text(self, params: JSONDict) -> JSONDict | bool:
        """editMessageText: the text rules of sendMessage; the message must exist, have text
        and differ in text, entities or inline keyboard (omitting ``reply_markup`` removes
        the keyboard, as on Telegram)."""
        text, entities = self._message_text(params)
        markup = self._reply_markup(params)
        target = self._message_to_edit(params)
        if target is None:
            return True
        _, message = target
        if "text" not in message:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        if (
            message["text"] == text
            and message.get("entities", []) == entities
            and message.get("reply_markup") == markup
        ):
            raise ApiError(400, NOT_MODIFIED)
        message["text"] = text
        _set_or_drop(message, "entities", entities or None)
        _set_or_drop(message, "reply_markup", markup)
        message["edit_date"] = int(time.time())
        return copy.deepcopy(message)

    async def _edit_message_caption(self, params: JSONDict) -> JSONDict | bool:
        caption, entities = self._caption(params)
        markup = self._reply_markup(params)
        target = self._message_to_edit(params)
        if target is None:
            return True
        _, message = target
        if not any(key in message for key in ("document", "photo", "video", "audio")):
            raise ApiError(400, "Bad Request: there is no caption in the message to edit")
        if (
            message.get("caption", "") == caption
            and message.get("caption_entities", []) == entities
            and message.get("reply_markup") == markup
        ):
            raise ApiError(400, NOT_MODIFIED)
        _set_or_drop(message, "caption", caption or None)
        _set_or_drop(message, "caption_entities", entities or None)
        _set_or_drop(message, "reply_markup", markup)
        message["edit_date"] = int(time.time())
        return copy.deepcopy(message)

    async def _edit_message_reply_markup(self, params: JSONDict) -> JSONDict | bool:
        markup = self._reply_markup(params)
        target = self._message_to_edit(params)
        if target is None:
            return True
        _, message = target
        if message.get("reply_markup") == markup:
            raise ApiError(400, NOT_MODIFIED)
        _set_or_drop(message, "reply_markup", markup)
        message["edit_date"] = int(time.time())
        return copy.deepcopy(message)

    async def _delete_message(self, params: JSONDict) -> bool:
        """deleteMessage: "A message can only be deleted if it was sent less than 48 hours
        ago"; deleting a missing (or already deleted) message is an error."""
        chat_id = self._target_chat(params, sending=False)
        message_id = params.get("message_id")
        if message_id is None:
            raise ApiError(400, "Bad Request: message identifier is not specified")
        message = self.messages.get((chat_id, message_id))
        if message is None:
            raise ApiError(400, DELETE_NOT_FOUND)
        if time.time() - message["date"] >= DELETE_WINDOW_SECONDS:
            raise ApiError(400, DELETE_TOO_OLD)
        del self.messages[(chat_id, message_id)]
        return True

    async def _delete_messages(self, params: JSONDict) -> bool:
        """deleteMessages: 1-100 ids; "If some of the specified messages can't be found,
        they are skipped" (too old ones too)."""
        chat_id = self._target_chat(params, sending=False)
        ids = params.get("message_ids")
        if not isinstance(ids, list) or not ids:
            raise ApiError(400, "Bad Request: message identifiers are not specified")
        if len(ids) > MAX_DELETE_MESSAGES:
            raise ApiError(400, "Bad Request: too many messages to delete")
        now = time.time()
        for message_id in ids:
            message = self.messages.get((chat_id, message_id))
            if message is not None and now - message["date"] < DELETE_WINDOW_SECONDS:
                del self.messages[(chat_id, message_id)]
        return True

    async def _answer_callback_query(self, params: JSONDict) -> bool:
        """answerCallbackQuery: ``text`` 0-200 characters; each query can be answered once,
        and only queries Telegram actually sent (queued or registered) exist."""
        text = params.get("text")
        if text is not None and len(str(text)) > MAX_CALLBACK_ANSWER_LENGTH:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        query_id = params.get("callback_query_id")
        if (
            query_id is None
            or str(query_id) not in self.known_callback_queries
            or str(query_id) in self.answered_callback_queries
        ):
            raise ApiError(400, QUERY_INVALID)
        self.answered_callback_queries.add(str(query_id))
        return True

    def _commands_key(self, params: JSONDict) -> tuple[str | None, Any, Any, str | None]:
        scope = params.get("scope")
        if scope is not None and (not isinstance(scope, dict) or "type" not in scope):
            raise ApiError(400, "Bad Request: can't parse BotCommandScope JSON object")
        scope_type = None if scope is None or scope["type"] == "default" else scope["type"]
        if scope is not None and scope_type in {"chat", "chat_administrators", "chat_member"}:
            self._target_chat(scope, sending=False)
        language = params.get("language_code") or None
        if language is not None and not LANGUAGE_CODE_RE.match(str(language)):
            raise ApiError(400, "Bad Request: LANG_CODE_INVALID")
        chat = scope.get("chat_id") if scope else None
        user = scope.get("user_id") if scope else None
        return (scope_type, chat, user, language)

    async def _set_my_commands(self, params: JSONDict) -> bool:
        """setMyCommands: ≤100 commands; command 1-32 of [a-z0-9_]; description 1-256."""
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        if len(commands) > MAX_COMMANDS:
            raise ApiError(400, "Bad Request: BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not isinstance(command, dict) or not COMMAND_RE.match(
                str(command.get("command", ""))
            ):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            description = str(command.get("description", ""))
            if not description.strip() or len(description) > MAX_COMMAND_DESCRIPTION:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        key = self._commands_key(params)
        self._commands.pop(key, None)
        if commands:  # an empty list is the same as deleteMyCommands
            self._commands[key] = copy.deepcopy(commands)
        return True

    async def _delete_my_commands(self, params: JSONDict) -> bool:
        self._commands.pop(self._commands_key(params), None)
        return True

    async def _get_my_commands(self, params: JSONDict) -> list[JSONDict]:
        return copy.deepcopy(self._commands.get(self._commands_key(params), []))

    async def _set_webhook(self, params: JSONDict) -> _Described:
        """setWebhook: HTTPS URL on port 443, 80, 88 or 8443; ``secret_token`` 1-256 of
        [A-Za-z0-9_-]; an empty URL removes the webhook.  Terminates a running long poll."""
        url = str(params.get("url") or "")
        if not url:
            return await self._delete_webhook(params)
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            raise ApiError(
                400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
            )
        if (parts.port or 443) not in WEBHOOK_PORTS:
            raise ApiError(
                400,
                "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443",
            )
        secret = params.get("secret_token")
        if secret is not None and not SECRET_TOKEN_RE.match(str(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        max_connections = params.get("max_connections")
        if max_connections is not None and not (
            isinstance(max_connections, int) and 1 <= max_connections <= 100
        ):
            raise ApiError(400, "Bad Request: bad webhook: max_connections must be in 1-100")
        if params.get("drop_pending_updates"):
            self._updates.clear()
        if isinstance(params.get("allowed_updates"), list):
            self._allowed_updates = list(params["allowed_updates"])
        was_set = self.webhook is not None and self.webhook.get("url") == url
        self.webhook = copy.deepcopy(params)
        if self._poll is not None:
            self._poll.aborted = CONFLICT_TERMINATED_BY_WEBHOOK
            self._notify()
        return _Described(True, "Webhook is already set" if was_set else "Webhook was set")

    async def _delete_webhook(self, params: JSONDict) -> _Described:
        if params.get("drop_pending_updates"):
            self._updates.clear()
        was_set = self.webhook is not None
        self.webhook = None
        return _Described(True, "Webhook was deleted" if was_set else "Webhook is already deleted")

    async def _get_webhook_info(self, params: JSONDict) -> JSONDict:
        info: JSONDict = {
            "url": "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self.webhook is not None:
            info["url"] = self.webhook["url"]
            info["has_custom_certificate"] = _is_upload(self.webhook.get("certificate"))
            info["max_connections"] = self.webhook.get("max_connections", 40)
            info["ip_address"] = "127.0.0.1"
            if self._allowed_updates is not None:
                info["allowed_updates"] = list(self._allowed_updates)
        return info

    async def _send_document(self, params: JSONDict) -> JSONDict:
        chat_id = self._target_chat(params, sending=True)
        document = params.get("document")
        if document is None or document == "":
            raise ApiError(400, "Bad Request: there is no document in the request")
        caption, entities = self._caption(params)
        uid = f"doc{len(self.calls)}"
        if _is_upload(document):
            file_json: JSONDict = {
                "file_id": f"BQAC-{uid}",
                "file_unique_id": uid,
                "file_name": document["filename"],
                "mime_type": document["content_type"],
                "file_size": document["size"],
            }
        else:
            file_json = {"file_id": str(document), "file_unique_id": uid}
        return self._new_message(chat_id, params, _media("document", file_json, caption, entities))

    async def _send_photo(self, params: JSONDict) -> JSONDict:
        chat_id = self._target_chat(params, sending=True)
        photo = params.get("photo")
        if photo is None or photo == "":
            raise ApiError(400, "Bad Request: there is no photo in the request")
        caption, entities = self._caption(params)
        uid = f"pho{len(self.calls)}"
        file_id = f"AgAC-{uid}" if _is_upload(photo) else str(photo)
        size = photo["size"] if _is_upload(photo) else 1024
        sizes = [
            {
                "file_id": f"{file_id}-s",
                "file_unique_id": f"{uid}s",
                "width": 90,
                "height": 90,
                "file_size": max(size // 10, 1),
            },
            {
                "file_id": file_id,
                "file_unique_id": uid,
                "width": 800,
                "height": 800,
                "file_size": size,
            },
        ]
        return self._new_message(chat_id, params, _media("photo", sizes, caption, entities))

    async def _send_chat_action(self, params: JSONDict) -> bool:
        self._target_chat(params, sending=True)
        if params.get("action") not in CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    async def _leave_chat(self, params: JSONDict) -> bool:
        chat_id = self._target_chat(params, sending=False)
        if chat_id < 0:
            del self.chats[chat_id]
        return True


# --------------------------------------------------------------------------- keyboards


def _check_inline_keyboard(rows: Any) -> None:
    """InlineKeyboardMarkup: ≤8 buttons a row, ≤100 in all; each button has a text and
    exactly one action; ``callback_data`` is 1-64 bytes."""
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise ApiError(
            400,
            'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup should be an '
            "Array of Arrays",
        )
    if sum(len(row) for row in rows) > MAX_INLINE_BUTTONS or any(
        len(row) > MAX_INLINE_ROW_WIDTH for row in rows
    ):
        raise ApiError(400, MARKUP_TOO_LONG)
    for row in rows:
        for button in row:
            if not isinstance(button, dict):
                raise ApiError(400, "Bad Request: can't parse inline keyboard button")
            if not str(button.get("text") or "").strip():
                raise ApiError(400, BUTTON_TEXT_EMPTY)
            actions = [a for a in INLINE_BUTTON_ACTIONS if button.get(a) is not None]
            if not actions:
                raise ApiError(400, BUTTON_NO_ACTION)
            if len(actions) > 1:
                raise ApiError(400, BUTTON_MANY_ACTIONS)
            if "callback_data" in actions:
                data = button["callback_data"]
                if not isinstance(data, str):
                    data = str(data)
                if not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
                    raise ApiError(400, BUTTON_DATA_INVALID)
            if "url" in actions and not str(button["url"]).strip():
                raise ApiError(400, BUTTON_URL_INVALID)


def _check_reply_keyboard(rows: Any) -> None:
    """ReplyKeyboardMarkup: ≤12 buttons a row, ≤300 in all, each with a text."""
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise ApiError(
            400,
            'Bad Request: field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays',
        )
    if sum(len(row) for row in rows) > MAX_REPLY_BUTTONS or any(
        len(row) > MAX_REPLY_ROW_WIDTH for row in rows
    ):
        raise ApiError(400, MARKUP_TOO_LONG)
    for row in rows:
        for button in row:
            text = button.get("text") if isinstance(button, dict) else button
            if not isinstance(text, str) or not text.strip():
                raise ApiError(400, BUTTON_TEXT_EMPTY)


# --------------------------------------------------------------------------- small helpers


def _take(queue: dict[str, list[Any]], key: str) -> Any:
    """Consume one use of the first scripted fault/delay for ``key``."""
    pending = queue.get(key)
    if not pending:
        return None
    item = pending[0]
    item.times -= 1
    if item.times <= 0:
        pending.pop(0)
    return item


def _set_or_drop(message: JSONDict, key: str, value: Any) -> None:
    if value is None:
        message.pop(key, None)
    else:
        message[key] = value


def _media(kind: str, file_json: Any, caption: str, entities: list[JSONDict]) -> JSONDict:
    content: JSONDict = {kind: file_json}
    if caption:
        content["caption"] = caption
    if entities:
        content["caption_entities"] = entities
    return content


def _user(user_id: int, first_name: str, language_code: str | None) -> JSONDict:
    user: JSONDict = {"id": user_id, "is_bot": False, "first_name": first_name}
    if language_code is not None:
        user["language_code"] = language_code
    return user


def _private_chat(user: JSONDict) -> JSONDict:
    chat: JSONDict = {"id": user["id"], "type": "private"}
    for key in ("first_name", "last_name", "username"):
        if key in user:
            chat[key] = user[key]
    return chat


def _default_chat(chat_id: int) -> JSONDict:
    if chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": f"User {chat_id}"}
    kind = "supergroup" if str(chat_id).startswith("-100") else "group"
    return {"id": chat_id, "type": kind, "title": f"Chat {chat_id}"}


def _json_response(status: int, body: JSONDict) -> web.Response:
    return web.Response(
        status=status,
        text=json.dumps(body, ensure_ascii=False),
        content_type="application/json",
    )
