"""Round-1 red-team set, Swedish, English, Finnish, Spanish and Turkish: the typed-topic lists
(data/topics/<lang>.toml, bot/core/topic_hints.py) name the topic of every topic line of
bench/data/topics/round1 in these languages, ask nothing on its ``none`` lines, catch variants
of each phrasing family the fixes were written for, and ask nothing on ordinary sentences that
share those words (docs/conversation.md, "Typed text that names a topic").

Each line is answered as ``python -m bench topics`` answers it (``bench.topics.answer``, the
bot's ``names_a_topic``). No topic line of these languages is left (:data:`LEFT` is empty);
a line the lists give up on goes there with the reason.
"""

from __future__ import annotations

import pytest

from bench.topics import NONE, answer
from bot.core.topic_hints import TopicHints
from tests.unit.topic_checks import topic_lines

LANGS = ("sv", "en", "fi", "es", "tr")

# Round-1 topic lines of these languages the lists still miss, with the reason.
LEFT: dict[str, str] = {}

R, D, W, F = "recruitment_pressure", "debt_or_threat", "wants_out", "family_worry"

MESSAGES = topic_lines("round1", LANGS)
TOPICAL = [(m["text"], m["topic"]) for m in MESSAGES if m["topic"] != NONE]
PLAIN = [m["text"] for m in MESSAGES if m["topic"] == NONE]

# Variants of the phrasing families the round-1 fixes were written for (not the red team's
# sentences): other verbs, slang, spellings and word orders.
VARIANTS: list[tuple[str, str]] = [
    # en
    ("this older guy keeps giving me sneakers and now he wants a favour back", R),
    ("they want me to stand lookout by the door", R),
    ("they said they'd give me cash if i do errands for them", R),
    ("im being pressured into selling stuff for them", R),
    ("they said 3k to take the bus to malmo with a backpack", R),
    ("the package got seized and now they say i have to pay for it", D),
    ("they make me pay them money every week", D),
    ("if i dont pay they know where i live and will come to my house", D),
    ("i want to stop rolling with them", W),
    ("how do i tell them im not doing it anymore", W),
    ("i need to break away from them", W),
    ("where is my daughter getting all this money from", F),
    ("school says she hasnt been there in weeks", F),
    ("my son has become secretive lately", F),
    ("my son is hanging with much older guys and im worried", F),
    ("my nephew has moncler jackets and no job", F),
    ("my kid claims he has a job but he is only 13", F),
    # sv
    ("dom vill att jag ska kolla om snuten kommer", R),
    ("ska jag lämna grejen till adressen", R),
    ("dom äldre i området pressar mig", R),
    ("kan jag förvara ett paket hemma hos mig", R),
    ("dom lovade 3k om jag åker tåg till malmö med en väska", R),
    ("dom har köpt skor åt mig och nu måste jag ställa upp", R),
    ("polisen tog paketet och nu säger dom att jag ska betala", D),
    ("om jag inte betalar hittar dom min familj", D),
    ("dom kräver 5k av mig", D),
    ("dom säger att det är jag som måste betala för det som försvann", D),
    ("hur tar man sig ur sånt", W),
    ("vill sluta hänga med gänget", W),
    ("dom släpper inte taget", W),
    ("jag vill ha ett normalt liv igen", W),
    ("kan man hoppa av", W),
    ("orkar inte med gänget längre", W),
    ("skolan säger att sonen inte varit där på tre veckor", F),
    ("min dotter har förändrats helt", F),
    ("min systerson har märkeskläder men inget jobb", F),
    # es
    ("mi hijo sale cada noche", F),
    ("me dieron unos tenis y ahora tengo que hacerles un encargo", R),
    ("quieren que avise si viene la policía", R),
    ("se perdió el paquete y dicen que lo tengo que pagar", D),
    ("les tengo que pagar dinero cada semana", D),
    ("cómo salgo de esta vida", W),
    ("ya no quiero seguir con ellos", W),
    ("mi hija falta al colegio desde hace semanas", F),
    # fi
    ("ne haluu et mä vahdin jos kytät tulee", R),
    ("en halua enää olla niiden kanssa", W),
    ("miten tästä elämästä pääsee pois", W),
    ("paketti katosi ja ne sanoo et mun pitää maksaa", D),
    # tr
    ("polis gelince haber vermemi istiyorlar", R),
    ("paket kayboldu sen ödeyeceksin dediler", D),
    ("onlarla kalmak istemiyorum", W),
    ("kızım haftalardır okula gitmiyor", F),
]

# Ordinary sentences sharing the words of the new entries: no question.
ORDINARY: list[str] = [
    # en
    "my mum bought me a jacket for christmas",
    "can you do me a favour and call me back",
    "my friend wants his airpods back",
    "my mum said she would give me 50 if i run errands for her",
    "i was on the lookout for a new job",
    "tell him if the movie is good",
    "my parents pushed me to sell my old bike",
    "my teacher made me sell cookies for the school fundraiser",
    "i paid 1000 for a train ticket and forgot my bag on the bus",
    "took the bus with a big bag, cost 2000 kr",
    "dont open the box before christmas",
    "my package got lost in the post and i had to pay shipping again",
    "i lost my phone and my mum wants me to pay for a new one",
    "i was forced to pay a fine for the bus",
    "if you dont pay you cant come to the party at his house",
    "if i dont pay attention in class my mum gets angry",
    "i need to get away from my parents for a while",
    "my parents wont let me quit football",
    "they wont let me leave the table until i finish",
    "how do i tell them i dont like football anymore",
    "i just want a normal life again after my surgery",
    "i want to get out of this school so bad lol",
    "where can i buy cheap clothes for my son",
    "my son has a summer job and he is 15",
    "my daughter is 14 and says she wants a job",
    "school says he was absent last week because of flu",
    "my daughter is completely different from her sister",
    "my son has changed schools recently",
    "my son hangs out with older kids at football and he loves it",
    "my nephew got a new job and bought gucci",
    "my son is being recruited by a football club",
    # sv
    "jag ska stå vid busshållplatsen och kolla om bussen kommer",
    "polisen kommer till skolan imorgon och pratar",
    "farmor gav mig en jacka och jag måste tacka henne",
    "kan du lämna paketet på min adress",
    "min äldre syster tjatar på mig att städa",
    "kan jag gömma julklapparna hemma hos mig",
    "köpte lax för 200 kr och åkte buss hem med påsen",
    "åkte tåg till gbg med en väska, kostade 500 kr",
    "jag tappade bort mina grejer och måste betala nytt busskort",
    "om jag inte betalar räkningen kommer en påminnelse",
    "mamma kräver 100 kr av mig för mobilräkningen",
    "hur kommer man ur en dålig vana",
    "vill ha ett vanligt liv igen efter operationen",
    "kan man hoppa av gymnasiet",
    "gänget ska åka till stan på lördag",
    "skolan ringde att han inte varit där på en vecka för han var sjuk",
    "min son har förändrats helt sedan han började gymnasiet",
    "min brorson fick märkeskläder av sin pappa",
    "min son är 15 och jobbar på mcdonalds men bara helger",
    "min son säger han vill ha jobb, han är 15",
    "dom vill att jag ska hänga med dom på bio",
    "dom säger att det är jag som ska betala pizzan",
    "mina kompisar sa att det är jag som ska betala notan idag",
    # es
    "mi mamá me da 100 coronas si guardo la ropa",
    "mi abuela me da 50 si llevo al perro al parque",
    "mi tía me regaló ropa y ahora tengo que hacerle un favor",
    "mi papá es policía y me vigila mucho",
    "perdí el paquete de correos y tengo que pagarlo otra vez",
    "le debo 20 euros a mi hermano",
    "le debo una explicación a mi amiga",
    "quiero salir de este grupo de chat",
    "ya no quiero estar con ellos en el equipo de fútbol",
    "mi hija sale esta noche con sus amigas",
    "mi hijo no va al colegio mañana porque está enfermo",
    "mi hijo cambió de colegio y está muy contento",
    "mi hijo ha cambiado mucho de altura este año",
    # fi
    "pidän sun laukkua kun käyt vessassa",
    "kaveri pyys et pidän sen laukkua ja se maksaa mulle takaisin huomenna",
    "poliisit tulee kouluun huomenna kertomaan liikenteestä",
    "hukkasin mun laukun ja nyt pitää maksaa uusi bussikortti",
    "oon velkaa siskolle kympin",
    "en halua enää olla niiden kanssa samassa ryhmässä koulussa",
    "tyttö oli poissa koulusta viikon flunssan takia",
    "annan kaverille rahaa joka viikko lounaaseen",
    # tr
    "polis gelirse kapıyı açma dedi annem",
    "telefonum kayboldu şimdi yenisini ödemem lazım",
    "artık onlarla takılmak istemiyorum çok sıkıcılar",
    "oğlum okula gitmiyor bugün hasta",
    "annem çantasını tutmamı istedi 100 kron veririm dedi",
    "kardeşime 20 kron borcum var",
    "bu hayattan çok sıkıldım",
]


def test_the_set_holds_the_lines_left() -> None:
    assert set(LEFT) <= {text for text, _ in TOPICAL}
    assert len(TOPICAL) == 128
    assert len(PLAIN) == 42


@pytest.mark.parametrize(("text", "topic"), [t for t in TOPICAL if t[0] not in LEFT])
def test_round1_topic_line_gets_its_topic(hints: TopicHints, text: str, topic: str) -> None:
    assert answer(hints, text) == topic


@pytest.mark.parametrize("text", PLAIN)
def test_round1_none_line_gets_no_question(hints: TopicHints, text: str) -> None:
    assert answer(hints, text) == NONE


@pytest.mark.parametrize(("text", "topic"), VARIANTS)
def test_variant_gets_its_topic(hints: TopicHints, text: str, topic: str) -> None:
    assert answer(hints, text) == topic


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentence_gets_no_question(hints: TopicHints, text: str) -> None:
    assert answer(hints, text) == NONE
