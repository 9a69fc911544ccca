"""Real-shaped Telegram Update JSON for every kind of update and message content.

Shapes follow the Bot API objects (``Message``, ``PhotoSize``, ``Sticker``,
``ChatMemberUpdated`` …) as Telegram sends them; ids, dates and names are made up.
"""

from __future__ import annotations

from itertools import count
from typing import Any

JSON = dict[str, Any]

DATE = 1764081432  # 2025-11-25, a Tuesday
BOT = {"id": 1000000001, "is_bot": True, "first_name": "Vägvisare", "username": "VagvisareLocalBot"}
_ids = count(70_000)


def next_id() -> int:
    return next(_ids)


def person(
    user_id: int = 7345129876,
    first_name: str = "Alva",
    username: str | None = "alva_k",
    language_code: str | None = "en",
) -> JSON:
    user: JSON = {"id": user_id, "is_bot": False, "first_name": first_name}
    if username is not None:
        user["username"] = username
    if language_code is not None:
        user["language_code"] = language_code
    return user


def private_chat(user: JSON) -> JSON:
    chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
    if "username" in user:
        chat["username"] = user["username"]
    return chat


def group_chat(kind: str = "group", chat_id: int | None = None) -> JSON:
    if chat_id is None:
        chat_id = -1001987654321 if kind in {"supergroup", "channel"} else -4012345678
    return {"id": chat_id, "type": kind, "title": "Fritidsgården Huddinge"}


def message(user: JSON, chat: JSON | None = None, **content: Any) -> JSON:
    """A Message from ``user`` (in their private chat unless ``chat``) with ``content``."""
    body: JSON = {
        "message_id": next_id(),
        "date": DATE,
        "chat": chat or private_chat(user),
        "from": user,
    }
    body.update(content)
    text = body.get("text")
    if isinstance(text, str) and text.startswith("/") and "entities" not in body:
        command = text.split(maxsplit=1)[0]
        body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    return body


def update(kind: str, event: JSON) -> JSON:
    return {"update_id": next_id(), kind: event}


def text(user: JSON, value: str, chat: JSON | None = None) -> JSON:
    return update("message", message(user, chat, text=value))


def _file(prefix: str) -> JSON:
    number = next_id()
    return {"file_id": f"{prefix}-{number}-AgACAgQAAxkBAAIB", "file_unique_id": f"U{number}"}


def photo_sizes() -> list[JSON]:
    return [
        {**_file("photo"), "width": 90, "height": 67, "file_size": 1301},
        {**_file("photo"), "width": 1280, "height": 960, "file_size": 94213},
    ]


def content_of(kind: str, user: JSON) -> JSON:
    """The content fields of a message of ``kind`` (see :data:`CONTENT_KINDS`)."""
    file_kinds: dict[str, JSON] = {
        "photo": {"photo": photo_sizes()},
        "sticker": {
            "sticker": {
                **_file("sticker"),
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "emoji": "😀",
                "set_name": "HappyCats",
            }
        },
        "voice": {
            "voice": {**_file("voice"), "duration": 4, "mime_type": "audio/ogg", "file_size": 9034}
        },
        "video_note": {"video_note": {**_file("vnote"), "length": 240, "duration": 6}},
        "video": {
            "video": {**_file("video"), "width": 640, "height": 360, "duration": 9},
            "caption": "kolla",
        },
        "animation": {
            "animation": {**_file("gif"), "width": 320, "height": 240, "duration": 2},
            "document": {**_file("gif"), "file_name": "cat.mp4", "mime_type": "video/mp4"},
        },
        "audio": {"audio": {**_file("audio"), "duration": 180, "title": "Låt"}},
        "document": {
            "document": {
                **_file("doc"),
                "file_name": "skola.pdf",
                "mime_type": "application/pdf",
                "file_size": 48211,
            }
        },
        "location": {"location": {"latitude": 59.2369, "longitude": 17.9819}},
        "venue": {
            "location": {"latitude": 59.2369, "longitude": 17.9819},
            "venue": {
                "location": {"latitude": 59.2369, "longitude": 17.9819},
                "title": "Huddinge centrum",
                "address": "Sturegatan 1",
            },
        },
        "contact": {
            "contact": {
                "phone_number": "+46701234567",
                "first_name": user["first_name"],
                "user_id": user["id"],
            }
        },
        "poll": {
            "poll": {
                "id": str(next_id()),
                "question": "Vad tycker du?",
                "options": [
                    {"persistent_id": "0", "text": "Bra", "voter_count": 0},
                    {"persistent_id": "1", "text": "Dåligt", "voter_count": 0},
                ],
                "total_voter_count": 0,
                "is_closed": False,
                "is_anonymous": True,
                "type": "regular",
                "allows_multiple_answers": False,
                "allows_revoting": False,
                "members_only": False,
            }
        },
        "dice": {"dice": {"emoji": "🎲", "value": 4}},
    }
    return file_kinds[kind]


CONTENT_KINDS = (
    "photo",
    "sticker",
    "voice",
    "video_note",
    "video",
    "animation",
    "audio",
    "document",
    "location",
    "venue",
    "contact",
    "poll",
    "dice",
)


def content(kind: str, user: JSON, chat: JSON | None = None) -> JSON:
    return update("message", message(user, chat, **content_of(kind, user)))


def album(user: JSON, parts: int = 3) -> list[JSON]:
    """An album: ``parts`` photo messages sharing one ``media_group_id``."""
    group = str(13_579_246_800 + next_id())
    return [
        update("message", message(user, media_group_id=group, photo=photo_sizes()))
        for _ in range(parts)
    ]


def forwarded(user: JSON, value: str, origin: JSON | None = None) -> JSON:
    origin_user = origin or person(8123456789, "Okänd", "okand_1", "sv")
    return update(
        "message",
        message(
            user,
            text=value,
            forward_origin={"type": "user", "sender_user": origin_user, "date": DATE - 600},
        ),
    )


def reply(user: JSON, value: str, to_message: JSON) -> JSON:
    return update("message", message(user, text=value, reply_to_message=to_message))


def edited(user: JSON, value: str) -> JSON:
    body = message(user, text=value)
    body["edit_date"] = DATE + 30
    return update("edited_message", body)


def bot_message(user: JSON, value: str = "Välj språk:", keyboard: list[Any] | None = None) -> JSON:
    body: JSON = {
        "message_id": next_id(),
        "date": DATE,
        "chat": private_chat(user),
        "from": BOT,
        "text": value,
    }
    if keyboard is not None:
        body["reply_markup"] = {"inline_keyboard": keyboard}
    return body


def callback(user: JSON, data: str | None, on: JSON | None = None) -> JSON:
    query: JSON = {
        "id": str(4_000_000_000_000 + next_id()),
        "from": user,
        "chat_instance": "-7001234567890",
        "message": on or bot_message(user),
    }
    if data is not None:
        query["data"] = data
    return update("callback_query", query)


def member_status(status: str) -> JSON:
    member: JSON = {"user": BOT, "status": status}
    if status == "kicked":
        member["until_date"] = 0
    if status == "administrator":
        member.update(
            can_be_edited=False,
            is_anonymous=False,
            can_manage_chat=True,
            can_delete_messages=False,
            can_manage_video_chats=False,
            can_restrict_members=False,
            can_promote_members=False,
            can_change_info=False,
            can_invite_users=True,
            can_post_stories=False,
            can_edit_stories=False,
            can_delete_stories=False,
            can_send_welcome_messages=False,
        )
    return member


def my_chat_member(user: JSON, chat: JSON, old: str, new: str) -> JSON:
    return update(
        "my_chat_member",
        {
            "chat": chat,
            "from": user,
            "date": DATE,
            "old_chat_member": member_status(old),
            "new_chat_member": member_status(new),
        },
    )


def channel_post(value: str = "Veckans nyheter") -> JSON:
    chat = group_chat("channel")
    return update(
        "channel_post",
        {"message_id": next_id(), "date": DATE, "chat": chat, "sender_chat": chat, "text": value},
    )


def inline_query(user: JSON, query: str = "hjälp") -> JSON:
    return update(
        "inline_query",
        {"id": str(next_id()), "from": user, "query": query, "offset": "", "chat_type": "sender"},
    )


def chosen_inline_result(user: JSON) -> JSON:
    return update("chosen_inline_result", {"result_id": "r1", "from": user, "query": "hjälp"})


def unknown_update(kind: str = "community_message") -> JSON:
    return {"update_id": next_id(), kind: {"id": next_id(), "text": "from a newer Bot API"}}
