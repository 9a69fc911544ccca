"""Everything a person can send besides text and buttons, in a private chat: a calm answer.

| content | outcome |
|---|---|
| photo, album, video, GIF, audio, voice, video note, file, sticker, story | "I can't look at these and don't keep them"; an album or a quick series gets one answer |
| location, venue | "you don't need to send your location"; 112 if in danger |
| contact | "please don't share phone numbers here" |
| edited message | ignored on purpose: the answer to the first version stands |

Danger words in a caption or an edit never get here: the safety router shows the
emergency card first. Nothing is downloaded or stored. Text, polls, dice and the rest go
on to the fallback.
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import Message
from aiogram.utils.i18n import gettext as _

from handlers.filters import Magic, private_chat
from handlers.repeats import RepeatGuard

router = Router(name="content")
router.message.filter(private_chat)
router.edited_message.filter(private_chat)

MEDIA = (
    F.photo
    | F.video
    | F.animation
    | F.audio
    | F.voice
    | F.video_note
    | F.document
    | F.sticker
    | F.story
    | F.paid_media
    | F.live_photo
)


def media_hint() -> str:
    return _(
        "I can't look at photos, videos, voice messages or files, and I don't keep them. "
        "Please use the buttons, or type /start."
    )


def location_hint() -> str:
    return _(
        "You don't need to send me your location, and I don't keep it. "
        "If you are in danger now, call 112 and say where you are."
    )


def contact_hint() -> str:
    return _(
        "Please don't send phone numbers or contacts here. I don't keep them, "
        "and you stay anonymous."
    )


@router.message(Magic(MEDIA))
async def on_media(message: Message, repeats: RepeatGuard, pseudonym: str | None = None) -> None:
    """One answer per album or quick series of media."""
    key = f"album:{message.media_group_id}" if message.media_group_id else f"media:{pseudonym}"
    if repeats.first(key):
        await message.answer(media_hint())


@router.message(Magic(F.location | F.venue))
async def on_location(message: Message, repeats: RepeatGuard, pseudonym: str | None = None) -> None:
    if repeats.first(f"location:{pseudonym}"):
        await message.answer(location_hint())


@router.message(Magic(F.contact))
async def on_contact(message: Message, repeats: RepeatGuard, pseudonym: str | None = None) -> None:
    if repeats.first(f"contact:{pseudonym}"):
        await message.answer(contact_hint())


@router.edited_message()
async def on_edited(message: Message) -> None:
    """Ignored on purpose: the answer to the first version stands."""
