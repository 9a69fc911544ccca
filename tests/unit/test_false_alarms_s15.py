"""False alarms and false questions left over from the fifteenth session.

Danger lists (docs/conversation.md, "The emergency path"): letters or a card written to mum
and dad for their anniversary or a birthday read as goodbye notes (en
`notes_written_and_left`: the occasion words now veto it); a Sorani "I'll pay by tomorrow,
otherwise mum gets angry" read as a debt with a deadline and a threat (ckb `debt_deadline`:
a parent's anger vetoes it); a Swedish "they cut me out of the picture" read as cutting
oneself (sv `cuts_self`: "skar mig ur bilden" vetoes it). The dangers beside them still fire.

Typed-topic lists (docs/conversation.md, "Typed text that names a topic"): owing people a
thank-you (en `owe_them`), older boys from a son's football team who give him a lift to
practice (en and es `child_older_friends`), keeping a present until Christmas (es
`offered_to_hold`), selling one's own old clothes (fi `offered_to_hold`) and pocket money
from mum for taking in her parcel (tr `offered_to_hold`) asked a question; they now ask
nothing, while the real lines beside them still name their topic. Each is answered as ``python
-m bench topics`` answers it (``bench.topics.answer``).
"""

from __future__ import annotations

import pytest

from bench.topics import NONE, answer
from bot.core.danger import DangerDetector
from bot.core.topic_hints import TopicHints
from tests.unit.danger_checks import assert_fires, assert_quiet

R = "recruitment_pressure"
D = "debt_or_threat"
F = "family_worry"


@pytest.mark.parametrize(
    "text",
    [
        # en notes_written_and_left
        "i'm writing letters to my mum and dad for their anniversary",
        "im writing letters to my mum and dad for their anniversary",
        "i'm writing a letter to my mum and dad for their wedding anniversary",
        "i wrote letters to my parents for their anniversary",
        "i'm writing a letter to my mum for her birthday",
        "i'm writing a birthday card letter to my mum",
        "i wrote a christmas letter to my mum and dad",
        "i'm writing thank-you letters to my mum and dad",
        # ckb debt_deadline
        "پارەکە تا سبەینێ دەدەم ئەگینا دایکم توڕە دەبێت",
        "پارەکە تا سبەینێ دەدەمەوە ئەگینا دایکم لێم توڕە دەبێت",
        # sv cuts_self
        "dom skar mig ur bilden",
        "de skar bort mig från bilden",
        "hon skar mig ur fotot",
    ],
)
def test_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("text", "category", "language", "pattern_id"),
    [
        (
            "i wrote letters to my family and left them under my pillow",
            "suicidal",
            "en",
            "notes_written_and_left",
        ),
        (
            "i wrote letters to my mum and dad and put them in my drawer",
            "suicidal",
            "en",
            "notes_written_and_left",
        ),
        (
            "i wrote letters to my mum and dad for when i'm gone",
            "suicidal",
            "en",
            "notes_written_and_left",
        ),
        ("writing letters to my mum and dad tonight", "suicidal", "en", "notes_written_and_left"),
        ("پارەکە تا سبەینێ نەدەمەوە دێنە ماڵەوە", "threat_to_life", "ckb", "debt_deadline"),
        ("پارەکە تا سبەینێ نەهێنم دایکم", "threat_to_life", "ckb", "debt_deadline"),
        ("jag har skurit mig igen", "self_harm", "sv", "cuts_self"),
        ("han skar sig igår", "self_harm", "sv", "cuts_self"),
    ],
)
def test_the_dangers_beside_them_still_fire(
    detector: DangerDetector, text: str, category: str, language: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, language, pattern_id)


@pytest.mark.parametrize(
    "text",
    [
        # en owe_them
        "i owe some people a thank you",
        "i owe them a thank you",
        "i owe him an apology",
        # en child_older_friends
        "older boys from my son's football team give him a lift to practice",
        "my son is 12 and older boys from his football team give him a lift to practice",
        "my son gets a lift to practice from some older boys on his football team",
        "two older boys from his football team give my son a lift to training",
        "the older boys on my son's team drive him to practice",
        # es child_older_friends
        "unos chicos mayores del equipo de fútbol de mi hijo lo llevan a los entrenamientos",
        "unos chicos mayores del equipo de fútbol de mi hijo lo llevan en coche al entrenamiento",
        "a mi hijo lo llevan al entrenamiento unos chicos mayores de su equipo de fútbol",
        "unos chicos mayores de su equipo llevan a mi hijo al entrenamiento",
        # es offered_to_hold
        "guarda el regalo hasta navidad",
        "guarda los regalos hasta navidad",
        "esconde el regalo de mamá hasta su cumple",
        # fi offered_to_hold
        "en halua enää myydä mun vanhoja vaatteita",
        "myyn vanhoja vaatteita kirppiksellä",
        # tr offered_to_hold
        "annem paketi teslim alırsam bana harçlık verecek",
        "babam kargoyu teslim alırsam bana para verecek",
    ],
)
def test_ordinary_sentences_ask_nothing(hints: TopicHints, text: str) -> None:
    assert answer(hints, text) == NONE


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("i owe people money", D),
        ("i owe them a lot of money", D),
        ("they say i owe them", D),
        ("my son has started hanging out with older boys", F),
        ("older boys from my son's football team are pressuring him", F),
        ("older boys give my son a lift", F),
        ("mi hijo anda con chicos mayores que tienen dinero", F),
        ("mi hijo sale con chicos mayores", F),
        ("me ofrecieron dinero por guardar una mochila", R),
        ("me dan un regalo si guardo una mochila", R),
        ("lupasivat rahaa jos myyn varastettuja vaatteita", R),
        ("ne tarjos mulle rahaa jos säilytän paketin", R),
        ("bir abi paketi teslim etmem için 500 verecek", R),
        ("bana para verdiler çantayı saklamam için", R),
    ],
)
def test_the_real_lines_beside_them_still_name_their_topic(
    hints: TopicHints, text: str, topic: str
) -> None:
    assert answer(hints, text) == topic
