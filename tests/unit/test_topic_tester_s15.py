"""Typed text a fresh-clone tester, writing as a 14-year-old at the topic step, got no topic
question for (session 15): a thing held "åt en kille för 500", a bag received and hidden at
home, a parcel fetched and dropped "får bra betalt", an iphone promised "om ja gör en grej", a
bank card lent for money, weed sold "åt han", a "springpojke", "nån vill att jag ska sälja
grejer", and their English equivalents. Each now names recruitment_pressure
(data/topics/sv.toml and en.toml, "Fresh-clone tester (fifteenth session)"), with variants in
youth spelling (ja = jag, o = och, nån = någon) and other things (grej, sak, påse, paket) and
people (kille, snubbe, typ, person), while the harmless uses of the same words stay quiet: a
presentation at school, a parcel fetched at the post office for mum, a phone promised for good
marks, old things sold on Blocket, mum's bank card, and the none lines of rounds 1-3
(docs/conversation.md, "Typed text that names a topic").
"""

from __future__ import annotations

import pytest

from bench.topics import NONE, answer
from bot.core.topic_hints import TopicHints
from tests.unit.topic_checks import topic_lines

R = "recruitment_pressure"

# What the tester typed, word for word, and the English equivalents.
REPORTED = [
    "hålla en grej åt en kille för 500",
    "ska ja ta emot en påse o gömma den hemma? han betalar",
    "en kille vill att ja ska hämta o lämna ett paket, får bra betalt",
    "dom lovar mig en iphone om ja gör en grej",
    "nån vill låna mitt bankkort o ge mig pengar för det",
    "kompis bror vill att ja ska sälja gräs åt han",
    "nån ville att jag skulle vara springpojke, typ leverera grejer",
    "hej jag behöver hjälp, nån vill att jag ska sälja grejer",
    "hold something for a guy for 500",
    "someone wants to borrow my bank card and pay me",
    "my friend's brother wants me to sell weed for him",
    "they promise me an iphone if i do a thing",
]

# Variants of each family: jag/ja, och/o, nån/någon, grej/sak/påse/paket, kille/snubbe/typ.
VARIANTS = [
    # a thing held for a guy, for a sum
    "hålla en sak åt en snubbe för 1000",
    "gömma en påse åt en typ för 2k",
    "förvara ett paket åt en person för 300 kr",
    "jag ska hålla grejer åt killen för 500",
    "hold some stuff for a dude for 1000",
    "keep a package for some guy for 2k",
    # received and hidden at home
    "ska jag ta emot ett paket och gömma det hemma? han betalar",
    "ska ja ta emot en väska o förvara den hemma",
    # fetched or dropped, paid
    "en snubbe vill att jag ska hämta och lämna en påse, får bra betalt",
    "en typ vill att jag ska lämna ett paket, får 2k",
    "någon vill att ja ska hämta grejer, betalar bra",
    # a gift for "a thing"
    "dom lovar mig airpods om jag gör en sak",
    "han lovade mig 2000 om ja fixar en grej",
    "dom erbjuder mig jordans om jag gör en grej åt dom",
    "they promised me airpods if i do a favour",
    "he promised me money if i do a thing for him",
    # a bank card or account lent for money
    "någon vill låna mitt bankkort och betala mig",
    "en kille vill hyra mitt bankkonto för 2000",
    "en snubbe vill använda mitt bankid o ger mig 1000 kr",
    "someone wants to borrow my debit card and pay me 500",
    "a guy wants to rent my bank account for cash",
    # drugs sold for someone
    "kompis bror vill att jag ska sälja weed åt honom",
    "en kille vill att jag ska langa knark åt han",
    "han vill att ja ska sälja gräs",
    # "nån vill att jag ska …", a runner
    "någon ville att jag skulle vara springpojke",
    "nån vill att jag ska leverera grejer",
    "en kille vill att jag ska sälja saker",
    "någon frågade om jag kan sälja grejer åt dom",
    "nån vill att jag ska sälja påsar",
]

# The tester's harmless sentences and others sharing the new entries' words: no question.
ORDINARY = [
    "jag ska hålla i en grej på skolan imorgon",
    "kan du hämta o lämna paketet på posten åt mamma",
    "pappa lovar mig en iphone om jag får bra betyg",
    "jag vill sälja mina gamla grejer på blocket",
    "får jag låna ditt bankkort mamma",
    "jag ska hålla ett tal åt en kille i klassen",
    "jag ska hålla en presentation för killarna i laget",
    "mamma vill att jag ska hämta paketet på posten",
    "pappa betalar 500 om jag hämtar och lämnar paketet",
    "jag betalar 100 kr för att nån ska hämta mina grejer",
    "en kille i klassen vill att jag ska lämna tillbaka hans grejer",
    "min kompis vill att jag ska sälja hans gamla saker på blocket",
    "nån vill att jag ska sälja mina skor på vinted",
    "jag vill sälja grejer på loppis",
    "mormor lovade mig 500 kr om jag gör en sak: städar garaget",
    "mamma ger mig pengar om jag gör en grej hemma",
    "jag fick ett paket och gömde det hemma till pappas födelsedag",
    "kan jag ta emot paketet och gömma det hemma till mammas present",
    "jag har gömt julklapparna hemma",
    "kan jag använda mitt bankkort för att ta ut pengar",
    "mamma vill låna mitt bankkort för att betala",
    "får min bror låna mitt bankkort, han betalar tillbaka",
    "vi säljer grejer på skolan för klassresan",
    "jag säljer gräsfrön",
    "nån i klassen vill att jag ska sälja lotter",
    "hon köpte en grej för 500 och han ska leverera den",
    "en kille sålde en sak till mig för 500 kr",
    "en kille på jobbet vill att jag ska lämna paketet hos kunden",
    "nån vill att jag ska hämta grejer från gympasalen",
    "någon frågade om jag kan hämta paketet åt dom på posten",
    "han lovade mig pengar om jag gör klart läxan",
    "can you hold the door for a guy",
    "i paid 500 for a bag from some guy",
    "my mum promised me an iphone if i do well",
    "dad gives me money if i do the dishes",
    "he promised me money if i do a good job",
    "can i use my bank card to pay online",
    "can they use my bank card to pay for the tickets",
    "can someone use my bank card to buy tickets, i'll pay them back",
    "my sister wants to borrow my bank card",
    "i sold some stuff to a guy for 500",
]

PLAIN = [
    m["text"]
    for round_name in ("round1", "round2", "round3")
    for m in topic_lines(round_name, ("sv", "en"))
    if m["topic"] == NONE
]


@pytest.mark.parametrize("text", [*REPORTED, *VARIANTS])
def test_reported_message_and_variant_get_recruitment_pressure(
    hints: TopicHints, text: str
) -> None:
    assert answer(hints, text) == R


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentence_gets_no_question(hints: TopicHints, text: str) -> None:
    assert answer(hints, text) == NONE


def test_the_rounds_hold_their_none_lines() -> None:
    assert len(PLAIN) == (12 + 12) + (12 + 12) + (10 + 8)  # sv + en of rounds 1, 2, 3


@pytest.mark.parametrize("text", PLAIN)
def test_none_line_of_rounds_1_to_3_gets_no_question(hints: TopicHints, text: str) -> None:
    assert answer(hints, text) == NONE
