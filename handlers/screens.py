"""Screens of the conversation: each returns the text and the inline keyboard to show.

Every menu ends with the same safety row: "I'm in danger now" and "Quick exit"
(docs/conversation.md, "The steps"). Texts are HTML (the bot's default parse mode).

The menus are the same for everyone who reads the same language, so each is built once
per catalogue, language and arguments and then shared (:func:`_per_locale`): the buttons
are pydantic models, and building them was a tenth of the work of an update
(docs/performance.md). A :class:`Screen` and its keyboard are never changed after they
are built.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from functools import wraps
from typing import ParamSpec, TypeVar
from weakref import WeakKeyDictionary

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.i18n import I18n, ngettext
from aiogram.utils.i18n import gettext as _

from bot.core.bidi import isolate_ltr_runs
from bot.core.checklist import SIGNS
from bot.core.conversation import AGE_BANDS, AUDIENCES, topics_for
from bot.core.followups import Question, questions_for
from bot.core.taxonomy import AgeBand, Audience, Topic
from handlers.callbacks import (
    Feedback,
    LanguageChoice,
    Nav,
    Pick,
    Reply,
    SignToggle,
    TypedTopic,
)
from handlers.labels import LANGUAGE_NAMES, age_label, audience_label, topic_label
from handlers.question_labels import answer_label, question_text, sign_label


@dataclass(frozen=True, slots=True)
class Screen:
    """Text (HTML) and keyboard of one bot message."""

    text: str
    keyboard: InlineKeyboardMarkup | None = None


_P = ParamSpec("_P")
# Screens per catalogue set (weakly: tests build many), then per (language, builder, args).
_BUILT: WeakKeyDictionary[I18n, dict[tuple[Hashable, ...], Screen]] = WeakKeyDictionary()
MAX_BUILT = 4096  # per catalogue set; 10 languages × ~100 menus and checklist states fit
LANGUAGES_PER_ROW = 2  # language picker: the longest names ("کوردی (سۆرانی)") still fit


def _per_locale(build: Callable[_P, Screen]) -> Callable[_P, Screen]:
    """``build``, remembered per I18n, current language and (hashable) arguments.

    Only for screens that depend on nothing else: not on the user, the time or the
    state. Without an active I18n context it just builds.
    """

    @wraps(build)
    def cached(*args: _P.args, **kwargs: _P.kwargs) -> Screen:
        i18n = I18n.get_current(no_error=True)
        if i18n is None:
            return build(*args, **kwargs)
        built = _BUILT.get(i18n)
        if built is None:
            built = _BUILT[i18n] = {}
        key = (i18n.current_locale, build, *args, *sorted(kwargs.items()))
        screen = built.get(key)
        if screen is None:
            if len(built) >= MAX_BUILT:
                built.clear()
            screen = built[key] = build(*args, **kwargs)
        return screen

    return cached


def _button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data)


def safety_row() -> list[InlineKeyboardButton]:
    return [
        _button(_("🆘 I'm in danger now"), Nav(action="danger").pack()),
        _button(_("Quick exit"), Nav(action="exit").pack()),
    ]


def _menu(rows: Iterable[list[InlineKeyboardButton]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[*rows, safety_row()])


# Under the picker's question, in no language: someone who reads none of the languages on
# offer (the picker is their first screen) still sees the number to call (a fresh-clone
# tester typed danger in Italian and Amharic and saw no 112 anywhere).
PICKER_EMERGENCY_LINE = "\n\n🆘 112"


def language_picker(locales: Iterable[str]) -> Screen:
    """The languages in ``locales``: the project's order first, then the rest sorted."""
    return _language_picker(frozenset(locales))


@_per_locale
def _language_picker(available: frozenset[str]) -> Screen:
    """One button per language, two to a row (ten languages would make a column taller
    than a phone screen), then the safety row like every menu.

    The safety row is in the language the picker is shown in (Telegram's language or the
    default, as no language is chosen yet); so is the emergency card it leads to
    (handlers/safety.py, ``on_danger_button``).
    """
    ordered = [code for code in LANGUAGE_NAMES if code in available]
    ordered += sorted(available - set(ordered))
    buttons = [
        _button(LANGUAGE_NAMES.get(code, code), LanguageChoice(locale=code).pack())
        for code in ordered
    ]
    rows = [buttons[i : i + LANGUAGES_PER_ROW] for i in range(0, len(buttons), LANGUAGES_PER_ROW)]
    # in an Arabic, Persian or Sorani picker "112" is isolated, as in the cards
    return Screen(isolate_ltr_runs(_("Choose your language:") + PICKER_EMERGENCY_LINE), _menu(rows))


@_per_locale
def privacy_note() -> Screen:
    text = _(
        "<b>You are anonymous here.</b>\n"
        "Nothing you type is stored. Please don't send names, phone numbers or addresses.\n"
        "Tap <b>Quick exit</b> at any time to delete this conversation."
    )
    return Screen(text, _menu([[_button(_("OK, let's start"), Nav(action="privacy_ok").pack())]]))


@_per_locale
def audience_menu() -> Screen:
    rows = [[_button(audience_label(a), Pick(step="aud", value=a.value).pack())] for a in AUDIENCES]
    return Screen(_("Who are you?"), _menu(rows))


@_per_locale
def age_menu() -> Screen:
    rows = [[_button(age_label(b), Pick(step="age", value=b.value).pack())] for b in AGE_BANDS]
    return Screen(_("How old are you?"), _menu(rows))


@_per_locale
def topic_menu(audience: Audience) -> Screen:
    rows = [
        [_button(topic_label(t, audience), Pick(step="topic", value=t.value).pack())]
        for t in topics_for(audience)
    ]
    return Screen(_("What is it about?"), _menu(rows))


def question_screen(question: Question) -> Screen:
    """A follow-up question with one button per answer, in one row."""
    return _question_screen(question.id, question.answers)


@_per_locale
def _question_screen(question_id: str, answers: tuple[str, ...]) -> Screen:
    row = [_button(answer_label(a), Reply(question=question_id, answer=a).pack()) for a in answers]
    return Screen(question_text(question_id), _menu([row]))


def checklist_screen(ticked: Iterable[str]) -> Screen:
    """The parent's warning-sign checklist; ticked signs carry a check mark."""
    return _checklist_screen(frozenset(ticked))


@_per_locale
def _checklist_screen(chosen: frozenset[str]) -> Screen:
    rows = [
        [
            _button(
                ("✅ " if s.id in chosen else "▫️ ") + sign_label(s.id), SignToggle(sign=s.id).pack()
            )
        ]
        for s in SIGNS
    ]
    # Plural forms per language (Arabic has six): ngettext picks the one for this count.
    done = ngettext("Done · {count} sign ticked", "Done · {count} signs ticked", len(chosen))
    rows.append([_button(done.format(count=len(chosen)), Nav(action="signs_done").pack())])
    text = _(
        "Have you noticed any of these? Tick all that fit, or none, then tap <b>Done</b>.\n"
        "This is not a test, and it says nothing certain about your child."
    )
    return Screen(text, _menu(rows))


@_per_locale
def see_help_screen() -> Screen:
    """After the emergency card at the last question: the way on to the resource cards."""
    rows = [[_button(_("Show me where to get help"), Nav(action="help").pack())]]
    return Screen(_("When you are ready, here is where you can get help."), _menu(rows))


@_per_locale
def results_footer() -> Screen:
    rows = [
        [
            _button(_("Yes"), Feedback(answer="yes").pack()),
            _button(_("No"), Feedback(answer="no").pack()),
            _button(_("Not now"), Feedback(answer="later").pack()),
        ],
        [_button(_("Start over"), Nav(action="restart").pack())],
    ]
    return Screen(_("Did this help?"), _menu(rows))


@_per_locale
def restart_screen() -> Screen:
    rows = [[_button(_("Start again"), Nav(action="restart").pack())]]
    return Screen(_("That button is from an earlier conversation. Let's start again."), _menu(rows))


def use_buttons_hint() -> str:
    """The answer to typed text (or a sticker, a photo …) in a conversation. It ends with
    112: the danger words catch much, not all (a red team's new phrasings: 59% caught,
    docs/conversation.md, "The emergency path"), and a person in danger who types instead
    of pressing 🆘 must still see the number."""
    return "\n\n".join(
        [
            _("Please answer with the buttons above. Type /start to begin again."),
            _("In danger now? Call <b>112</b>."),
        ]
    )


@_per_locale
def thanks_for_feedback(helped: bool = True) -> Screen:
    """The screen after "did this help?": thanks, or, after "no", a way on (another
    topic, or the 🆘 row every menu ends with)."""
    rows = [[_button(_("Start over"), Nav(action="restart").pack())]]
    if not helped:
        text = _(
            "Thank you for telling us. I am sorry it did not help. Start over to choose "
            "another topic, or press 🆘 below if you are in danger now."
        )
        return Screen(text, _menu(rows))
    return Screen(_("Thank you. Your answer helps us improve."), _menu(rows))


def emergency_intro() -> str:
    return _(
        "<b>If you are in danger now, call 112.</b>\n"
        "112 is free and works around the clock. Say where you are."
    )


@_per_locale
def back_to_place() -> Screen:
    rows = [[_button(_("Back to where I was"), Nav(action="back").pack())]]
    return Screen(
        _("These lines are open day and night. When you are safe, you can go on here."), _menu(rows)
    )


def screen_for_state(state: str | None, data: dict[str, object], locales: Iterable[str]) -> Screen:
    """The screen of the step the user is at, to return to after the emergency card.

    ``state`` is the FSM state name (``Flow:…``) and ``data`` the FSM data. Steps whose
    data is missing or malformed fall back to the audience menu.
    """
    audience = enum_member(Audience, data.get("audience"))
    topic = enum_member(Topic, data.get("topic"))
    if state == "Flow:language":
        return language_picker(locales)
    if state == "Flow:privacy":
        return privacy_note()
    if state == "Flow:age":
        return age_menu()
    if state == "Flow:topic" and audience is not None:
        return topic_menu(audience)
    if state == "Flow:followup" and audience is not None and topic is not None:
        questions = questions_for(audience, topic)
        index = data.get("q")
        if isinstance(index, int) and 0 <= index < len(questions):
            return question_screen(questions[index])
        return see_help_screen()
    if state == "Flow:checklist":
        signs = data.get("signs")
        return checklist_screen(signs if isinstance(signs, list) else [])
    if state == "Flow:results":
        return results_footer()
    return audience_menu()


_Id = TypeVar("_Id", Audience, AgeBand, Topic)


def enum_member(kind: type[_Id], value: object) -> _Id | None:
    """The member of ``kind`` whose value is ``value`` (a stored id), or ``None``."""
    return kind(value) if isinstance(value, str) and value in {m.value for m in kind} else None


def typed_topic_label(topic: Topic) -> str:
    """The topic in a neutral phrase that reads for anyone asking (young person, friend,
    parent, professional), after "It sounds like this is about:"."""
    labels = {
        Topic.RECRUITMENT_PRESSURE: _(
            'being asked to do "jobs", or offered money to keep or deliver something'
        ),
        Topic.DEBT_OR_THREAT: _("a debt, or being threatened or pressured for money"),
        Topic.WANTS_OUT: _("wanting to get out of a gang or a criminal group"),
        Topic.FAMILY_WORRY: _("worry that a child is being drawn into crime"),
    }
    return labels.get(topic) or _("Something else")


@_per_locale
def typed_topic_question(topic: Topic) -> Screen:
    """ "It sounds like this is about: <topic>. Do you want help with that?", Yes / No and the
    safety row; for recruitment one calm line on why asking is right."""
    lines = [
        _("It sounds like this is about: <b>{topic}</b>.").format(topic=typed_topic_label(topic)),
    ]
    if topic is Topic.RECRUITMENT_PRESSURE:
        lines.append(
            _(
                "Being offered money or gifts to hold or deliver something is a common way "
                "criminals draw young people in. Asking about it is the right thing to do."
            )
        )
    lines.append(_("Do you want help with that?"))
    rows = [
        [_button(_("Yes, show help for this"), TypedTopic(topic=topic.value).pack())],
        [_button(_("No, show the menu"), Nav(action="not_this").pack())],
    ]
    return Screen("\n\n".join(lines), _menu(rows))


def private_only() -> str:
    return _("I only work in private chat. Please write to me directly.")


def quick_exit_line() -> str:
    return _("Conversation ended.")


@_per_locale
def privacy_screen() -> Screen:
    """/privacy: what is kept, what is counted, how to erase it."""
    text = _(
        "<b>How your privacy is protected</b>\n"
        "Nothing you type is stored, and I don't know who you are.\n"
        "I remember your language and where you are in the conversation, under a code instead of your Telegram account. "
        "/forget erases it, and it is erased by itself after some time without use.\n"
        "Social services see anonymous numbers only: what people asked about, never who asked.\n"
        "<b>Quick exit</b> deletes this conversation from your screen."
    )
    rows = [[_button(_("Back to where I was"), Nav(action="back").pack())]]
    return Screen(text, _menu(rows))


@_per_locale
def forget_confirm() -> Screen:
    """/forget: what will be erased, and a confirmation."""
    text = _(
        "Erase what I remember about you? That is your language and where you are in the conversation.\n"
        "Anonymous statistics cannot be linked to you, so they stay."
    )
    rows = [
        [
            _button(_("Yes, erase it"), Nav(action="forget").pack()),
            _button(_("No, keep it"), Nav(action="keep").pack()),
        ]
    ]
    return Screen(text, _menu(rows))


def forgotten_line() -> str:
    return _("Done. I have forgotten everything about you. Type /start to begin again.")


@_per_locale
def kept_screen() -> Screen:
    rows = [[_button(_("Back to where I was"), Nav(action="back").pack())]]
    return Screen(_("Nothing was erased."), _menu(rows))


def help_text() -> str:
    return _(
        "I help you find the right support, anonymously.\n"
        "/start – begin\n/menu – back to the menu\n/language – change language\n"
        "/privacy – how your privacy is protected\n/forget – erase what I remember\n"
        "/exit – quick exit\n\nIn danger now? Call <b>112</b>."
    )
