"""``/language`` in the middle of a conversation goes back to the step the person was at,
in the new language (handlers/flow.py, ``change_language`` and ``back_after_language``;
docs/conversation.md, "The steps") — real dispatcher, offline Bot API.

Two fresh-clone testers changed the language at the topic menu and had to start again
from the privacy note and "who are you?": a mother who had just ticked signs in the
checklist lost them.
"""

from __future__ import annotations

from collections.abc import Callable

from aiogram.utils.i18n import I18n

from bot.app import App
from bot.catalogs import DOMAIN
from bot.core.followups import questions_for
from bot.core.taxonomy import Audience, Topic
from bot.modes.offline_driver import OfflineDriver
from handlers import screens
from handlers.flow import BACK_TO
from tests.helpers import ROOT
from tests.scripted_user import ScriptedUser, texts


def rendered(locale: str, render: Callable[[], screens.Screen]) -> str:
    """The text of the screen ``render`` builds, in ``locale``."""
    i18n = I18n(path=ROOT / "locales", default_locale="sv", domain=DOMAIN)
    with i18n.context(), i18n.use_locale(locale):
        return str(render().text)


async def fsm_data(app: App, user: ScriptedUser) -> str:
    record = await app.memory.get(app.pseudonymizer.of(user.user["id"]))
    assert record is not None
    return record.data or ""


async def started(driver: OfflineDriver, user_id: int, audience: str) -> ScriptedUser:
    user = ScriptedUser(driver, user_id=user_id, language_code="en")
    await user.say("/start")
    await user.press("lang:en")
    await user.press("nav:privacy_ok")
    await user.press(f"pick:aud:{audience}")
    return user


async def test_at_the_topic_menu_the_menu_comes_back_in_the_new_language(
    app: App, driver: OfflineDriver
) -> None:
    user = await started(driver, 7740000001, "parent")
    assert user.offers("pick:topic:family_worry")
    await user.say("/language")
    assert user.offers("lang:fi")
    assert BACK_TO in await fsm_data(app, user)

    (text,) = texts(await user.press("lang:fi"))
    assert text == rendered("fi", lambda: screens.topic_menu(Audience.PARENT))
    assert text != rendered("en", lambda: screens.topic_menu(Audience.PARENT))
    assert user.offers("pick:topic:family_worry")
    assert BACK_TO not in await fsm_data(app, user)
    # the conversation goes on from there, in Finnish, with the audience kept
    (text,) = texts(await user.press("pick:topic:family_worry"))
    assert text == rendered("fi", lambda: screens.checklist_screen([]))


async def test_in_the_checklist_the_ticked_signs_are_kept(app: App, driver: OfflineDriver) -> None:
    user = await started(driver, 7740000002, "parent")
    await user.press("pick:topic:family_worry")
    await user.press("sign:secretive")
    await user.press("sign:two_phones")
    await user.say("/language")
    (text,) = texts(await user.press("lang:sv"))
    assert text == rendered("sv", lambda: screens.checklist_screen(["secretive", "two_phones"]))
    assert '"signs": ["secretive", "two_phones"]' in await fsm_data(app, user)
    await user.press("sign:two_phones")  # untick: still the same checklist
    assert '"signs": ["secretive"]' in await fsm_data(app, user)


async def test_at_a_follow_up_question_the_same_question_comes_back(
    app: App, driver: OfflineDriver
) -> None:
    user = await started(driver, 7740000003, "friend")
    await user.press("pick:topic:wants_out")
    first, second = questions_for(Audience.FRIEND, Topic.WANTS_OUT)[:2]
    await user.press(f"ans:{first.id}:no")
    assert user.offers(f"ans:{second.id}:no")
    await user.say("/language")
    await user.say("/language")  # twice: the step is still kept
    (text,) = texts(await user.press("lang:ar"))
    assert text == rendered("ar", lambda: screens.question_screen(second))
    assert user.offers(f"ans:{second.id}:no")


async def test_before_the_conversation_the_privacy_note_comes_as_before(
    driver: OfflineDriver,
) -> None:
    user = ScriptedUser(driver, user_id=7740000004, language_code="en")
    await user.say("/start")
    await user.press("lang:en")
    assert user.offers("nav:privacy_ok")
    await user.say("/language")
    (text,) = texts(await user.press("lang:so"))
    assert text == rendered("so", screens.privacy_note)
    assert user.offers("nav:privacy_ok")


async def test_menu_after_language_starts_over_without_the_kept_step(
    app: App, driver: OfflineDriver
) -> None:
    user = await started(driver, 7740000005, "parent")
    await user.say("/language")
    await user.say("/menu")
    assert user.offers("pick:aud:parent")
    assert BACK_TO not in await fsm_data(app, user)


async def test_the_typed_topic_question_at_that_picker_keeps_the_picker(
    app: App, driver: OfflineDriver
) -> None:
    """At the picker ``/language`` opened the person is choosing a language: answering the
    typed-topic question there does not choose one, and the step is still kept."""
    user = await started(driver, 7740000006, "parent")
    await user.say("/language")
    await user.say("I found a second phone in my son's room")
    await user.press("nav:not_this")
    assert user.offers("lang:fi")
    (text,) = texts(await user.press("lang:fi"))
    assert text == rendered("fi", lambda: screens.topic_menu(Audience.PARENT))
