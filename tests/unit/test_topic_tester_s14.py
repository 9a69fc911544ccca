"""Typed text a fresh-clone tester, writing as a 14-year-old, got no topic question for
(session 14): a sum on Snapchat "för ett jobb", "10 lax om ja kör ett paket", "hålla en påse
åt mig typ bara en natt", airpods for hiding "nåt i min källare", "a runner for them" and "han
sa ja ska springa ett ärende". Each now names recruitment_pressure (data/topics/sv.toml and
en.toml, "Tester, session 14"), with variants of each phrasing family in youth spelling (ja =
jag, ngn = nån, dom), money slang (5k, lax, papp, para, cash) and other things and verbs, while
the harmless uses of the same words stay quiet: a parent's bag, a friend's jacket during a
match, a summer job, errands for mum, airpods for a birthday, a school run, a running club
(docs/conversation.md, "Typed text that names a topic").

"springa" (run) had been read as a typo of the danger word "spränga" (blow up): running an
errand must give no emergency card, blowing up a door still must.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.topics import NONE, answer
from bot.core.danger import DangerDetector
from bot.core.topic_hints import TopicHints
from handlers.filters import as_words
from tests.helpers import ROOT

R = "recruitment_pressure"


@pytest.fixture(scope="module")
def danger() -> DangerDetector:
    """The shipped danger lists."""
    return DangerDetector.from_dir(ROOT / Path("data/danger"))


# What the tester typed, word for word.
REPORTED = [
    ("ngn på snap erbjöd mig 5k för ett jobb", R),
    ("wallah dom ger mig 10 lax om ja kör ett paket", R),
    ("kan du hålla en påse åt mig typ bara en natt sa han", R),
    ("som kille sa ja skulle få airpods om ja gömde nåt i min källare", R),
    ("bro they want me to be a runner for them", R),
    ("han sa ja ska springa ett ärende", R),
]

# Variants of each family: other sums, slang, apps, things, verbs and spellings.
VARIANTS = [
    # a sum offered for "a job"
    "en kille på insta lovade mig 3 lax för ett jobb",
    "dom erbjuder 2k för ett litet uppdrag",
    "nån på telegram ger 10k för ett jobb i helgen",
    "ngn på snapchat erbjöd mig 5 k för ett jobb",
    "en snubbe erbjöd mig para för ett uppdrag",
    "nån lovade mig cash för ett ärende",
    # money for taking, dropping or fetching a thing
    "dom betalar 5k om ja lämnar en påse",
    "jag får 2 lax om jag droppar ett paket",
    "han ger mig 3000 om ja tar en väska till centrum",
    "wallah dom ger mig 10 papp om ja kör ett paket",
    "han sa jag får 5000 kr om jag levererar en grej",
    "dom swishar 2k om jag hämtar en påse",
    # a bag kept "for me", or for a night
    "kan du hålla en påse åt mig",
    "han frågade kan du förvara en väska åt mig några dagar",
    "kan du gömma ett paket åt mig bara inatt",
    "nån bad mig hålla en grej över natten",
    "ngn vill att ja håller en väska åt honom",
    # a gift for hiding or keeping something
    "en kille sa ja skulle få airpods om ja gömde nåt i min källare",
    "han lovade mig nya skor om jag förvarar en väska i mitt förråd",
    "dom sa jag får en iphone om jag håller en påse",
    "nån sa ja får ps5 om ja gömmer en grej",
    # a runner, a courier, runs and drop-offs
    "they asked me to do drop offs for them",
    "they asked me to do drop-offs for them",
    "he wants me to do runs for him",
    "older guys want me as their runner",
    "someone on snap offered me 2k to be a courier",
    "they want me to be a runner for the gang",
    "they need me as a mule",
    "bro they tryna make me a runner",
    # told to run an errand
    "en äldre kille frågade om jag kunde springa ett ärende",
    "dom vill att jag springer ärenden åt dom",
    "ey bror nån sa ja kan tjäna snabba cash om ja springer ett ärende",
    "han ger mig 500 om jag springer ett ärende",
    "dom sa jag måste springa ett ärende ikväll",
]

# Ordinary sentences with the same words: no question.
QUIET = [
    # a parent's bag, a friend's jacket
    "mamma bad mig hålla hennes väska",
    "mamma bad mig hålla påsen",
    "pappa bad mig bära hans väska",
    "mamma frågade om jag kunde hålla väskan medan hon handlade",
    "kan du hålla min väska medan jag går på toa",
    "kan du hålla en påse åt mig medan jag knyter skorna",
    "kompisen bad mig hålla hans jacka under matchen",
    "min kompis bad mig hålla hans jacka under matchen",
    "my mum asked me to hold her bag",
    "my friend asked me to hold his jacket during the match",
    # money from family, parcels from the post office
    "mamma ger mig 50 kr om jag hämtar paketet på posten",
    "pappa ger mig 100 kr om jag bär väskan",
    "pappa betalar 200 kr för att jag tvättar bilen",
    "jag betalade 99 kr för att hämta ut paketet",
    "jag får 20 kr per paket jag kör ut",
    "jag fick 100 kr och tog en påse chips",
    "han gav mig 100 kr så jag köpte nåt att äta",
    "jag fick 500 kr av mormor och köpte en väska",
    # a summer job, a real job
    "chefen erbjöd mig ett jobb på ica, 150 kr i timmen",
    "jag har fått ett jobb i kassan på ica och får 120 kr i timmen",
    "jag fick ett sommarjobb och tjänar 20000 kr",
    "jag har ett extrajobb och får 5000 kr i månaden",
    "mormor gav mig 500 kr för att jag fick jobb",
    "grannen erbjöd mig 500 kr för ett jobb i trädgården",
    "i have a summer job and get paid 100 a day",
    "i want to work as a courier for foodora",
    "i do deliveries for uber eats",
    "i work as a food runner at a restaurant",
    # airpods as a present
    "jag fick airpods i födelsedagspresent",
    "jag fick airpods på födelsedagen och gömde dom i väskan",
    "jag fick skor av pappa och gömde dom i garderoben",
    "mamma sa jag skulle få airpods om jag städade rummet",
    "pappa sa jag skulle få airpods om jag höll mig borta från mobilen",
    "i got airpods for my birthday",
    # errands for mum and the teacher
    "mamma bad mig springa ett ärende till affären",
    "jag ska bara springa ett ärende på stan",
    "jag sprang ett ärende åt mamma",
    "läraren bad mig springa ett ärende till expeditionen",
    "jag sa till mamma att jag ska springa ett ärende",
    "mum asked me to run some errands for her",
    "my mom asked me to run an errand",
    # running, a school run, holding a speech or a party
    "jag springer i löparklubben varje vecka",
    "jag ska springa 5 km i helgen",
    "han sa att jag springer snabbt",
    "vi ska hålla nåt kalas i helgen",
    "jag ska hålla ett tal på lördag",
    "mamma gömde paketet i en vecka innan jul",
    "i do the school run for my mum",
    "i joined a running club",
    "i do runs every morning for my health",
    "im a runner and i love it",
    "my coach wants me to be a runner",
    "he wants me to be a runner in the relay",
    "the coach wants to make me a runner",
    "they want me to be a runner on the team",
    "the coach asked us to be runners for the relay",
]


@pytest.mark.parametrize(("text", "topic"), REPORTED)
def test_what_the_tester_typed_names_its_topic(hints: TopicHints, text: str, topic: str) -> None:
    assert answer(hints, text) == topic


@pytest.mark.parametrize("text", VARIANTS)
def test_variants_of_each_family_name_recruitment(hints: TopicHints, text: str) -> None:
    assert answer(hints, text) == R


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_sentences_with_the_same_words_ask_nothing(hints: TopicHints, text: str) -> None:
    assert answer(hints, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "han sa ja ska springa ett ärende",
        "ey bror nån sa ja kan tjäna snabba cash om ja springer ett ärende",
    ],
)
def test_running_an_errand_is_no_danger(danger: DangerDetector, text: str) -> None:
    assert danger.detect(as_words(text)) is None


def test_blowing_up_a_door_still_is(danger: DangerDetector) -> None:
    assert danger.detect(as_words("dom ska spränga en dörr inatt")) is not None
