"""Typed text that names a topic leads to that topic (handlers/typed_topic.py; docs/conversation.md,
"Typed text that names a topic"), through the real dispatcher and the offline Bot API.

A fresh-clone tester typed "I was offered 2000 kr to hold something tonight" and got only the
language picker: the 14-year-old offered money to "hold something" this bot is built for.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot.app import App
from bot.core.followups import IN_DANGER, questions_for
from bot.core.taxonomy import Audience, Topic
from bot.modes.offline_driver import OfflineDriver
from handlers.callbacks import Reply
from tests.scripted_user import ScriptedUser, buttons, stored_bytes, texts

OFFERED = "I was offered 2000 kr to hold something tonight"
OFFERED_SV = "nån erbjöd mig pengar för att hålla en väska"
YES = "tt:recruitment_pressure"
NO = "nav:not_this"


def data_of(user: ScriptedUser) -> list[str]:
    return [str(b.get("callback_data")) for b in buttons(user.keyboard)]


async def answer_questions(user: ScriptedUser, audience: Audience, topic: Topic) -> None:
    """Answer every follow-up question with its first answer that raises no danger flag."""
    for question in questions_for(audience, topic):
        answer = next(a for a in question.answers if question.flag_for(a) != IN_DANGER)
        await user.press(Reply(question=question.id, answer=answer).pack())


async def at_topic_menu(driver: OfflineDriver, user_id: int, language: str = "en") -> ScriptedUser:
    """A person who chose a language, young person and 13–15: the topic menu on screen."""
    user = ScriptedUser(driver, user_id=user_id, language_code=language)
    await user.say("/start")
    await user.press(f"lang:{language}")
    await user.press("nav:privacy_ok")
    await user.press("pick:aud:young_person")
    await user.press("pick:age:13_15")
    assert user.offers("pick:topic:recruitment_pressure")
    return user


async def test_the_testers_first_message_leads_to_recruitment_and_its_cards(
    app: App, driver: OfflineDriver, tmp_path: Path
) -> None:
    user = ScriptedUser(driver, user_id=7730000001)
    (text,) = texts(await user.say(OFFERED))
    assert text.startswith("It sounds like this is about: <b>being asked to do")
    assert "common way criminals draw young people in" in text
    assert text.endswith("Do you want help with that?")
    assert data_of(user) == [YES, NO, "nav:danger", "nav:exit"]

    # no conversation, no language chosen: the question was read in English, so "Yes"
    # chooses English and the privacy note comes next, not the picker
    (note,) = texts(await user.press(YES))
    assert note.startswith("<b>You are anonymous here.</b>")
    assert not user.offers("lang:en")
    await user.press("nav:privacy_ok")
    await user.press("pick:aud:young_person")
    await user.press("pick:age:13_15")
    # the topic menu is skipped: the recruitment follow-up questions come at once
    first = questions_for(Audience.YOUNG_PERSON, Topic.RECRUITMENT_PRESSURE)[0]
    assert data_of(user)[0].startswith(f"ans:{first.id}:")
    assert not user.offers("pick:topic:recruitment_pressure")
    await answer_questions(user, Audience.YOUNG_PERSON, Topic.RECRUITMENT_PRESSURE)
    assert user.offers("fb:yes")  # the cards and "did this help?"

    (row,) = await app.referrals.between(datetime(2000, 1, 1), datetime(2100, 1, 1))
    assert (row.topic, row.audience) == ("recruitment_pressure", "young_person")
    stored = b"".join(stored_bytes(tmp_path))
    for part in ("offered", "2000 kr", "hold something", "tonight"):
        assert part.encode() not in stored


async def test_swedish_mid_conversation_goes_straight_to_the_topic(
    app: App, driver: OfflineDriver
) -> None:
    user = await at_topic_menu(driver, 7730000002, language="sv")
    (text,) = texts(await user.say(OFFERED_SV))
    assert text.startswith("Det låter som att det här handlar om:")
    await user.press(YES)
    first = questions_for(Audience.YOUNG_PERSON, Topic.RECRUITMENT_PRESSURE)[0]
    assert data_of(user)[0].startswith(f"ans:{first.id}:")


async def test_after_the_cards_yes_starts_the_topic_for_the_same_person(
    app: App, driver: OfflineDriver
) -> None:
    user = ScriptedUser(driver, user_id=7730000003)
    await user.say("/start")
    await user.press("lang:en")
    await user.press("nav:privacy_ok")
    await user.press("pick:aud:friend")
    await user.press("pick:topic:other")
    await answer_questions(user, Audience.FRIEND, Topic.OTHER)
    assert user.offers("fb:yes")
    await user.say("they say my friend owes them money")
    await user.press("tt:debt_or_threat")
    first = questions_for(Audience.FRIEND, Topic.DEBT_OR_THREAT)[0]
    assert data_of(user)[0].startswith(f"ans:{first.id}:")


async def test_a_topic_not_on_the_audiences_menu_shows_the_menu(
    app: App, driver: OfflineDriver
) -> None:
    user = ScriptedUser(driver, user_id=7730000004)
    await user.say("/start")
    await user.press("lang:en")
    await user.press("nav:privacy_ok")
    await user.say(OFFERED)
    await user.press(YES)  # at "who are you?": remembered, the same step again
    assert user.offers("pick:aud:parent")
    (text,) = texts(await user.press("pick:aud:parent"))  # recruitment is not a parent's topic
    assert text == "What is it about?"
    assert user.offers("pick:topic:family_worry")


async def test_no_shows_the_current_screen_again(app: App, driver: OfflineDriver) -> None:
    user = await at_topic_menu(driver, 7730000005)
    await user.say(OFFERED)
    (text,) = texts(await user.press(NO))
    assert text == "What is it about?"
    assert user.offers("pick:topic:recruitment_pressure")


async def test_no_without_a_conversation_begins_one(app: App, driver: OfflineDriver) -> None:
    """Before any language choice "No" chooses the question's language, as "Yes" does: the
    conversation begins at the privacy note in that language (it showed the picker when the
    phone's language matched the words and the privacy note when it did not)."""
    user = ScriptedUser(driver, user_id=7730000006)
    await user.say(OFFERED)
    (note,) = texts(await user.press(NO))
    assert note.startswith("<b>You are anonymous here.</b>")
    assert user.offers("nav:privacy_ok")
    record = await app.memory.get(app.pseudonymizer.of(7730000006))
    assert record is not None
    assert record.locale == "en"


async def test_no_the_same_whatever_language_the_phone_is_in(
    app: App, driver: OfflineDriver
) -> None:
    """A fresh-clone tester: "No" at the picker showed the picker again for Swedish words on
    a Swedish phone but the privacy note for English or Arabic words on a phone whose
    language has no catalogue (the question then came in the words' language, which was
    remembered). Now "No" goes on to the privacy note in the question's language always."""
    for user_id, phone, words, note_start in (
        (7730000095, "sv", "jag hitta andra telefon i rum min son, han 15 år", "<b>Du är anonym"),
        (7730000096, "sv", OFFERED, "<b>Du är anonym här."),  # the question in Swedish too
        (7730000097, "pl", OFFERED, "<b>You are anonymous here."),
    ):
        user = ScriptedUser(driver, user_id=user_id, language_code=phone)
        await user.say("/start")
        assert user.offers("lang:sv")
        (question,) = texts(await user.say(words))
        assert question.startswith(("Det låter som", "It sounds like"))
        (note,) = texts(await user.press(NO))
        assert note.startswith(note_start)
        assert user.offers("nav:privacy_ok")
        assert not user.offers("lang:sv")


async def test_a_forged_topic_gets_a_calm_answer(app: App, driver: OfflineDriver) -> None:
    user = await at_topic_menu(driver, 7730000007)
    await user.say(OFFERED)
    confirmation = user.keyboard
    calls = await user.press_data("tt:nonsense", confirmation or {})
    assert [c.method for c in calls if c.method == "answerCallbackQuery"] == ["answerCallbackQuery"]
    assert texts(calls) == ["What is it about?"]  # nothing changed: the current screen
    calls = await user.press_data("tt:drugs", confirmation or {})  # a topic, but not a typed one
    assert texts(calls) == ["What is it about?"]

    stranger = ScriptedUser(driver, user_id=7730000008)
    await stranger.say(OFFERED)
    calls = await stranger.press_data("tt:nonsense", stranger.keyboard or {})
    assert texts(calls) == ["That button is from an earlier conversation. Let's start again."]


async def test_danger_words_still_get_the_emergency_card(app: App, driver: OfflineDriver) -> None:
    user = ScriptedUser(driver, user_id=7730000009)
    sent = texts(await user.say("they will kill me if I dont pay the debt"))
    assert "112" in sent[0]
    assert not any("It sounds like this is about" in text for text in sent)


async def test_text_that_names_no_topic_gets_the_hint_as_before(
    app: App, driver: OfflineDriver
) -> None:
    user = await at_topic_menu(driver, 7730000010)
    (text,) = texts(await user.say("we won the football match"))
    assert text.startswith("Please answer with the buttons above.")


async def test_the_typed_topic_does_not_survive_menu(app: App, driver: OfflineDriver) -> None:
    user = ScriptedUser(driver, user_id=7730000011)
    await user.say("/start")
    await user.press("lang:en")
    await user.press("nav:privacy_ok")
    await user.say(OFFERED)
    await user.press(YES)  # remembered at "who are you?"
    await user.say("/menu")  # starts over: the typed topic is gone
    await user.press("pick:aud:young_person")
    (text,) = texts(await user.press("pick:age:13_15"))
    assert text == "What is it about?"


async def test_before_any_choice_the_question_is_in_the_language_of_the_words(
    driver: OfflineDriver,
) -> None:
    """A fresh-clone tester (thirteenth session): Spanish and Finnish typed by someone whose
    Telegram language has no catalogue got the question in Swedish (the default). Now it is in
    the language of the list that matched, which becomes the user's, as for the emergency
    card: "Yes" then goes on in that language (the privacy note, no picker)."""
    spanish = ScriptedUser(driver, user_id=7730000091, language_code=None)
    (text,) = texts(await spanish.say("alguien me ofreció 2000 coronas por guardar algo"))
    assert text.startswith("Parece que se trata de: <b>")
    (note,) = texts(await spanish.press(YES))
    assert spanish.offers("nav:privacy_ok")
    assert not spanish.offers("lang:es")
    assert note.startswith("<b>Aquí eres anónimo.</b>")

    finnish = ScriptedUser(driver, user_id=7730000092, language_code="ps")  # no catalogue
    (text,) = texts(await finnish.say("joku tarjosi 2000 kruunua että säilytän jotain"))
    assert text.startswith("Kuulostaa siltä, että tämä koskee: <b>")

    # Telegram's language with a catalogue keeps the conversation's language, as before
    english = ScriptedUser(driver, user_id=7730000093, language_code="en")
    (text,) = texts(await english.say("alguien me ofreció 2000 coronas por guardar algo"))
    assert text.startswith("It sounds like this is about: <b>")


async def test_yes_at_the_picker_chooses_the_language_of_the_question(
    app: App, driver: OfflineDriver
) -> None:
    """A fresh-clone tester (fourteenth session): a mother at the language picker typed "jag
    hitta andra telefon i rum min son" and pressed "Ja" — and got the picker again. Answering
    a question shown in Swedish chooses Swedish: the privacy note comes next, then "who are
    you?", and the typed topic leads on from there."""
    mother = ScriptedUser(driver, user_id=7730000093, language_code="sv")
    await mother.say("/start")
    assert mother.offers("lang:sv")
    (text,) = texts(await mother.say("jag hitta andra telefon i rum min son, han 15 år"))
    assert text.startswith("Det låter som att det här handlar om: <b>")
    (note,) = texts(await mother.press("tt:family_worry"))
    assert note.startswith("<b>Du är anonym här.</b>")
    assert not mother.offers("lang:sv")
    assert mother.offers("nav:privacy_ok")
    (who,) = texts(await mother.press("nav:privacy_ok"))
    assert who == "Vem är du?"
    record = await app.memory.get(app.pseudonymizer.of(7730000093))
    assert record is not None
    assert record.locale == "sv"
    await mother.press("pick:aud:parent")  # the topic menu skipped: the warning signs
    assert mother.offers("sign:two_phones")
    assert not mother.offers("pick:topic:family_worry")

    # the same words, a language already chosen: nothing about the language changes
    chosen = ScriptedUser(driver, user_id=7730000094, language_code="sv")
    await chosen.say("/start")
    await chosen.press("lang:en")
    await chosen.say("jag hitta andra telefon i rum min son, han 15 år")
    (note,) = texts(await chosen.press("tt:family_worry"))
    assert note.startswith("<b>You are anonymous here.</b>")


async def test_yes_at_the_picker_on_a_phone_without_a_catalogue(
    app: App, driver: OfflineDriver
) -> None:
    """A Polish phone, English words at the first picker: the question came in English (the
    list's language, remembered then) and "Yes" showed the picker again. Now the privacy
    note in English, and the topic leads on after "who are you?"."""
    user = ScriptedUser(driver, user_id=7730000098, language_code="pl")
    await user.say("/start")
    assert user.offers("lang:en")
    await user.say(OFFERED)
    (note,) = texts(await user.press(YES))
    assert note.startswith("<b>You are anonymous here.</b>")
    await user.press("nav:privacy_ok")
    await user.press("pick:aud:young_person")
    (text,) = texts(await user.press("pick:age:13_15"))
    assert text != "What is it about?"  # the topic menu skipped: recruitment's questions
    assert not user.offers("pick:topic:recruitment_pressure")
