"""Round-2 red-team set, Swedish, English, Finnish, Spanish and Turkish: the typed-topic lists
(data/topics/<lang>.toml, bot/core/topic_hints.py) name the topic of every topic line of
bench/data/topics/round2 in these languages, ask nothing on its ``none`` lines, catch variants
of each phrasing family the round-2 fixes were written for, and ask nothing on ordinary
sentences that share those words (docs/conversation.md, "Typed text that names a topic").

Round 2 is indirect: free food and then "a favour", a phone given "to answer when he calls",
a "gift" that was not one, a debt whose interest grows, "tired of this life", a grandmother or
a teacher writing. The entries name those families; their vetoes keep the harmless uses out
("mum offered me 100 kr to clean my room", "I owe my friend 50 kr for lunch", "I want to quit
football", "my son got a new phone for his birthday", a neighbour who pays for keeping his
keys, a debt of skins in a game).

Each line is answered as ``python -m bench topics`` answers it (``bench.topics.answer``, the
bot's ``names_a_topic``). No topic line of these languages is left (:data:`LEFT` is empty); a
line the lists give up on goes there with the reason.
"""

from __future__ import annotations

import pytest

from bench.topics import NONE, answer
from bot.core.topic_hints import TopicHints
from tests.unit.topic_checks import topic_lines

LANGS = ("sv", "en", "fi", "es", "tr")

# Round-2 topic lines of these languages the lists still miss, with the reason.
LEFT: dict[str, str] = {}

R, D, W, F = "recruitment_pressure", "debt_or_threat", "wants_out", "family_worry"

MESSAGES = topic_lines("round2", LANGS)
TOPICAL = [(m["text"], m["topic"]) for m in MESSAGES if m["topic"] != NONE]
PLAIN = [m["text"] for m in MESSAGES if m["topic"] == NONE]

# Variants of the phrasing families the round-2 fixes were written for (not the red team's
# sentences): other words, slang, spellings and word orders.
VARIANTS: list[tuple[str, str]] = [
    # sv
    (
        "killen i kiosken bjuder mig alltid på käk och nu säger han att jag är skyldig honom en gentjänst",
        R,
    ),
    ("dom betalar 3000 om jag står vid hörnet och håller utkik", R),
    ("han gav mig en mobil och sa att jag alltid måste svara när han ringer", R),
    ("vad händer om jag säger nej när dom frågar om jag kan förvara en väska", R),
    ("räntan går upp varje dag säger dom, nu är det 8000", D),
    ("dom tog min mobil och säger jag får tillbaka den när jag betalar", D),
    ("skorna var ingen present sa dom, nu måste jag betala", D),
    ("jag måste betala eller jobba av det", D),
    ("dom säger att jag måste betala för att jag golade till snuten", D),
    ("jag vill sluta vara med i sånt här", W),
    ("jag är så less på det här livet", W),
    ("hur drar man sig ur när man redan gjort jobb åt dom", W),
    ("kan jag fly nånstans så dom inte hittar mig", W),
    ("om jag blockar dom och byter nummer vad händer", W),
    ("min dotter har en ny mobil som jag inte köpt", F),
    ("mitt barnbarn har plötsligt massa kontanter", F),
    ("äldre killar hämtar min son med bil varje kväll", F),
    ("min son på 14 hänger med män som är 22", F),
    ("hittade zippåsar i min sons byrålåda", F),
    ("min brorson säger han inte vågar gå hem", F),
    ("dom sa att jag ska ha den på mig hela tiden och svara när dom ringer", R),
    ("dom betalar 2000 per kväll om jag står utkik vid porten", R),
    ("dom säger att jag är inne i gänget nu fast jag aldrig sa ja", R),
    ("killarna snodde min cykel och sa att jag får tillbaka den när jag swishat", D),
    ("fick skor av dom, nu kostade dom 4000 och jag måste betala", D),
    ("jag vill bli vanlig igen och slippa den där mobilen", W),
    ("ångrar allt med gänget och vill börja om på nytt", W),
    ("äldre män hämtar min dotter med bil", F),
    ("jag är lärare och en av mina elever har två mobiler", F),
    ("min son har moncler jacka och säger han köpt själv men han har inget jobb", F),
    # en
    ("the guy at the shop always gives me free pizza and now he wants a favor", R),
    ("they keep buying me clothes and now its my turn to deliver something", R),
    ("someone on insta asked if i wanna make quick money, u down?", R),
    ("he wants me to keep his burner and answer it for a few days", R),
    ("they gave me an iphone and said i must always answer when they call", R),
    ("what if i keep the cash and dont do it, will they come after me", R),
    ("just collect a parcel with your bankid and get 3000", R),
    ("the amount i owe keeps doubling every week", D),
    ("the jacket wasnt a gift they said, now i owe them 3000", D),
    ("my cousin owes them money and now theyre threatening me", D),
    ("they kept my phone and said ill get it back when i pay", D),
    ("the bag got stolen while i was carrying it and they say i owe them", D),
    ("how do i stop being involved in this", W),
    ("im sick of this life", W),
    ("i want to quit but they know where i live", W),
    ("is there a way out when youve already done stuff for them", W),
    ("if i block them and get a new sim what happens", W),
    ("i regret all of it and want to start fresh", W),
    ("my son has a secret phone he hides under his bed", F),
    ("my nephew suddenly has lots of cash", F),
    ("older guys pick her up in a car every night", F),
    ("my son is 14 and hangs out with men in their 20s", F),
    ("found baggies and cash in my sons drawer", F),
    ("guy online asked if im down to make quick money", R),
    ("the phone wasnt a gift they said, now i have to pay them back", D),
    ("my cousin owes money and now theyre chasing me for it", D),
    ("the package got stolen while i was carrying it and now i owe them", D),
    ("i just want to go back to a normal life, no gang no burner", W),
    ("could the police move me somewhere safe away from them", W),
    ("im a teacher and one of my pupils has two phones", F),
    ("my niece rang me scared saying she cant go home", F),
    ("my daughter doesnt sleep at home anymore and im worried", F),
    # fi
    ("se kaveri kioskilla antaa aina ilmaista sipsiä ja nyt se haluu palveluksen", R),
    ("joku tarjos 5k helposta keikasta", R),
    ("voinko säilyttää jonkun pakettia jos en tiedä mitä siinä on", R),
    ("ne osti mulle kengät ja nyt mun pitää kuljettaa yks laukku", R),
    ("ne sanoo et puhelin ei ollu lahja ja mun pitää maksaa se", D),
    ("miten tästä pääsee pois ilman et sattuu", W),
    ("oon kyllästyny tähän elämään", W),
    ("pojanpoikani on yhtäkkiä paljon käteistä", F),
    ("tyttö 14 hengailee aikuisten miesten kanssa", F),
    ("oppilaalla on kaksi puhelinta", F),
    ("tyttärellä on salainen puhelin jota hän piilottelee", F),
    ("haluun takaisin normaaliin elämään ilman sitä luuria", W),
    ("pojalla on toinen puhelin jota se piilottelee", F),
    # es
    ("uno me ofreció 5k por un curro fácil", R),
    ("es delito guardar un paquete de otro si no sé qué hay dentro", R),
    ("me regalaron zapatillas y ahora tengo que llevar una mochila", R),
    ("dicen que le harán daño a mi familia si no pago", D),
    ("estoy harta de esta vida", W),
    ("como dejo de estar metido en esto", W),
    ("mi nieta de repente tiene fajos de billetes", F),
    ("hombres mayores la recogen en coche", F),
    ("mi hijo de 14 anda con tipos de 20", F),
    ("cómo saber si mi hija está siendo captada", F),
    ("quiero ser normal otra vez sin la banda", W),
    # tr
    ("abi bana hep bedava döner veriyo şimdi iyilik istiyo", R),
    ("biri kolay bi iş için 5 bin teklif etti", R),
    ("birinin paketini içinde ne olduğunu bilmeden taşımak suç mu", R),
    ("ödemezsen aileni bulurlar dediler", D),
    ("o telefon hediye değilmiş şimdi parasını istiyolar", D),
    ("bu hayattan yoruldum", W),
    ("zarar görmeden bu işten nasıl kurtulurum", W),
    ("kızım gizlediği başka bir telefon kullanıyor", F),
    ("oğlum 14 yaşında 20 yaşındakilerle geziyor", F),
    ("oğlum çok değişti çeteye mi girdi", F),
    ("zarar görmeden çeteden nasıl ayrılırım", W),
    ("normal hayata dönmek istiyorum o telefon olmadan", W),
]

# Ordinary sentences sharing the words of the new entries, and the harmless uses the vetoes
# name: no question.
ORDINARY: list[str] = [
    # sv
    "om jag byter nummer vad händer med min swish",
    "mamma sa ha den på dig och svara när jag ringer",
    "jag är så trött på det här livet med skolan och prov",
    "min pappa gav mig en mobil och sa att jag ska svara när han ringer",
    "min lillebror har alltid pengar nu när han jobbar",
    "mamma köpte skor åt mig, nu måste jag ställa upp och städa",
    "mamma erbjöd mig 100 kr för att städa mitt rum",
    "jag är skyldig min kompis 50 kr för lunchen",
    "jag vill sluta med fotbollen",
    "min son fick en ny mobil i födelsedagspresent",
    "jag är skyldig honom en tjänst för att han hjälpte mig flytta",
    "han är skyldig mig en tjänst för att jag lagade mat åt honom",
    "vi ska hålla utkik efter rådjur i skogen",
    "han jobbar som vakt och står vid dörren, 200 kr i timmen",
    "mamma gav mig en mobil och sa att jag ska svara när hon ringer",
    "fick ny mobil av pappa och måste svara när han ringer",
    "kompisen frågade om jag kan hålla i hans jacka",
    "räntan på bolånet går upp igen i veckan",
    "mamma tog min mobil och jag får tillbaka den när jag betalat räkningen",
    "det var ingen present, jag betalade själv",
    "polisen pratade med oss om att man måste betala för bussen",
    "vi har varit med i laget länge, jag vill inte sluta",
    "jag vill bli normal igen efter operationen",
    "jag blockar alla i gruppchatten",
    "jag ångrar att jag inte pluggade, vill börja om nästa termin",
    "jacka som jag köpt på rea",
    "mitt barnbarn har alltid pengar till godis",
    "min son hänger med killar från laget som är 14 och 15",
    "min elev glömde sin telefon",
    "hittade min väska i sonens rum",
    "han vågar inte gå hem i mörkret",
    "nån i roblox säger att jag är skyldig honom robux",
    "grannen betalar mig för att vattna blommor och hålla hans nycklar",
    "jag betalade 2000 för en gucci väska med mina egna pengar från jobbet",
    "kompisen frågade om jag kan hålla hans väska medan han handlar",
    "jag står vid porten och väntar på bussen",
    "alla säger att jag är med i laget fast jag aldrig sagt ja till att spela",
    "jag får tillbaka min mobil när jag betalat reparationen",
    "jag vill ha ett normalt liv igen efter operationen",
    "jag ångrar att jag sa det, vill börja om",
    "äldre killar från laget skjutsar mig med bil till matchen",
    "eleverna har mobiler i skolan",
    "min dotter köpte själv en gucci väska med sina sommarjobbspengar",
    # en
    "the amount of homework keeps increasing every week",
    "mum said keep your phone on and answer when i call",
    "they took my money and didnt give it back",
    "is everything back to normal? no",
    "leave all that stuff at home",
    "mum bought me pizza so its my turn to help with the dishes",
    "dad gave me his old phone, i have to answer when he calls",
    "my mum took my phone and said i get it back when i pay for the broken window",
    "i dont want to do homework anymore, my teacher knows where i live lol",
    "my brother owes the bank and they keep chasing him",
    "found 2000 kr in my sons jacket from his birthday",
    "i regret it all, i want to start over with my ex",
    "mum offered me 100 kr to clean my room",
    "i owe my friend 50 kr for lunch",
    "i want to quit football",
    "my son got a new phone for his birthday",
    "the restaurant gives free food to kids and my friend wants a favour",
    "my friend bought me lunch yesterday so today its my turn to pay",
    "how to get rich quick with crypto",
    "mum gave me a phone and said i must answer when she calls",
    "can you hold my phone and answer if my mum calls",
    "i took the money my gran gave me but didnt spend it",
    "i need to pick up a package at the post office, bring your id",
    "i owe my sister 20 and she keeps reminding me every week",
    "it wasnt a present, i paid for it myself",
    "my brother owes me a favour after i helped him",
    "my dad took my phone and said ill get it back when my grades are better",
    "my bike got stolen while i was at practice",
    "i want to stop being part of the football team",
    "im tired of this weather",
    "i know where they live, they are my neighbours",
    "i want to go back to normal after the holidays",
    "i changed my number, what happens to my whatsapp",
    "i regret not studying, i want to start fresh next term",
    "my son found his phone under the bed",
    "my grandson always has money for sweets",
    "my son hangs out with the boys from football, they are 14 and 15",
    "my students forgot their phones at home",
    "found my daughters bag with her money in it",
    "my son cant come home tonight because the train is cancelled",
    "my son doesnt sleep well at home since we moved",
    "my mum pays me to walk the dog and keep an eye on my sister",
    "someone in roblox says i owe them robux",
    "our neighbour pays me to keep his keys and water his plants",
    "my dad owes the bank money",
    "my bike got stolen while i was holding my friends bag",
    "we moved to another city, i had to leave all my friends",
    "the teacher has two phones on her desk",
    "my niece cant go home because her flight was cancelled",
    "my son doesnt sleep well at home",
    # fi
    "kela palvelu on aina huono ja nyt pitää jonottaa",
    "veljeni tienaa paljon rahaa töissä",
    "äiti tarjos mulle 10 euroo jos siivoon huoneen",
    "oon velkaa kaverille 5 euroo lounaasta",
    "haluun lopettaa futiksen",
    "poika sai uuden puhelimen synttärilahjaksi",
    "mummo antaa aina ilmaista ruokaa, teen sille palveluksen mielelläni",
    "bändi sai nopeesti keikan",
    "äiti osti mulle vaatteita ja nyt mun pitää viedä paketti postiin",
    "se ei ollu lahja, maksoin sen itse",
    "kaveri pelkää koiria",
    "oon väsyny tänään",
    "veljeni on paljon vanhempi",
    "opettaja unohti puhelimen",
    # es
    "mi hijo de 13 juega con chicos de 18 en el equipo",
    "llevo la mochila de otro niño con los libros dentro",
    "mi madre me ofreció 100 coronas por limpiar mi cuarto",
    "le debo a mi amigo 50 coronas del almuerzo",
    "quiero dejar el fútbol",
    "mi hijo tiene un móvil nuevo por su cumpleaños",
    "mi tío me pagó por un trabajo rápido en el jardín, fue fácil y nada más",
    "puedes guardar mi mochila mientras voy al baño",
    "mi abuela me compró ropa y ahora tengo que llevar un paquete a correos",
    "si no pago el alquiler mi madre se enfada",
    "estoy cansado de estudiar",
    "quiero una vida normal",
    "mi sobrino tiene mucho dinero porque trabaja",
    "mis padres me recogen en coche",
    "mi hijo está siendo reclutado por un club de fútbol",
    # tr
    "kolay bir iş buldum 3000 lira maaş",
    "normal hayata dönmek istiyorum hastalık olmadan",
    "annem odamı temizlemem için 100 kron teklif etti",
    "arkadaşıma öğle yemeği için 50 kron borcum var",
    "futbolu bırakmak istiyorum",
    "oğlum doğum gününde yeni telefon aldı",
    "babam bana hızlı bir iş için yardım et dedi",
    "annemin çantasını tuttum",
    "faturayı ödemezsem elektrik kesilir",
    "bu hediye değil, parasını ödedim",
    "bu hayattan çok sıkıldım",
    "normal hayatıma dönmek istiyorum ameliyattan sonra",
    "komşum tatildeyken anahtarını tutmam için para veriyo",
    "oğlum okulda çok değişti ve mutlu",
]


def test_the_set_holds_the_lines_left() -> None:
    assert set(LEFT) <= {text for text, _ in TOPICAL}
    assert len(TOPICAL) == 128
    assert len(PLAIN) == 42


@pytest.mark.parametrize(("text", "topic"), [t for t in TOPICAL if t[0] not in LEFT])
def test_round2_topic_line_gets_its_topic(hints: TopicHints, text: str, topic: str) -> None:
    assert answer(hints, text) == topic


@pytest.mark.parametrize("text", PLAIN)
def test_round2_none_line_gets_no_question(hints: TopicHints, text: str) -> None:
    assert answer(hints, text) == NONE


@pytest.mark.parametrize(("text", "topic"), VARIANTS)
def test_variant_gets_its_topic(hints: TopicHints, text: str, topic: str) -> None:
    assert answer(hints, text) == topic


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentence_gets_no_question(hints: TopicHints, text: str) -> None:
    assert answer(hints, text) == NONE
