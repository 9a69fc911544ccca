"""Round-3 red-team set, Swedish, English, Finnish, Spanish and Turkish: the typed-topic lists
(data/topics/<lang>.toml, bot/core/topic_hints.py) name the topic of every topic line of
bench/data/topics/round3 in these languages, ask nothing on its ``none`` lines, catch variants
of each phrasing family the round-3 fixes were written for, and ask nothing on ordinary
sentences that share those words (docs/conversation.md, "Typed text that names a topic").

Round 3 is code words and new angles: jobs posted in a Telegram group, "earn money riding
around with a bag", a parcel received at home for skins, letting someone use a bank account,
flattery from the older ones in the area; pictures held over the young person, the same car
outside school since they said no, a loan that doubles; "what happens if I tell social
services everything", starting over where no one knows them, having been a runner; youth
workers, coaches and big siblings writing about a 14-year-old with a 22-year-old partner, a
player who always has cash, a child who deletes every message. The entries name those
families; their vetoes keep the harmless uses out (a paper round, a parcel taken in for mum, a
favour between friends, a loan from the bank, quitting snus, a football lift with older boys
from the team, a döner owed on a bet, borrowing from a brother for a concert ticket).

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

# Round-3 topic lines of these languages the lists still miss, with the reason.
LEFT: dict[str, str] = {}

R, D, W, F = "recruitment_pressure", "debt_or_threat", "wants_out", "family_worry"

MESSAGES = topic_lines("round3", LANGS)
TOPICAL = [(m["text"], m["topic"]) for m in MESSAGES if m["topic"] != NONE]
PLAIN = [m["text"] for m in MESSAGES if m["topic"] == NONE]

# Variants of the phrasing families the round-3 fixes were written for (not the red team's
# sentences): other words, slang, spellings and word orders.
VARIANTS: list[tuple[str, str]] = [
    # sv
    ("ngn på insta frågar om jag vill tjäna pengar på att åka runt med ett paket", R),
    ("i telegramkanalen lägger dom ut ärenden, 3k per gång", R),
    ("han sa att han kan ge mig airpods om jag gör honom en tjänst", R),
    ("dom äldre killarna i orten säger att jag är lojal och smart", R),
    ("kan man åka dit om man gömmer en väska åt nån utan att veta vad som finns i den", R),
    ("han lovade mig 2000 om jag tar emot paketet och ger det till honom", R),
    ("dom sprider bilderna om jag inte betalar", D),
    ("hon sa att hon lägger ut videon om jag inte gör som hon säger", D),
    ("samma män står utanför porten varje kväll och tittar upp mot mitt fönster", D),
    ("min bror lånade 500 och nu vill dom ha tillbaka dubbelt", D),
    ("dom hotar mig på snap och säger att dom vet var jag bor", D),
    ("hur tar man sig ur utan att dom blir arga", W),
    ("om jag berättar allt för polisen hamnar jag i fängelse?", W),
    ("jag vill börja om på nytt där ingen känner mig", W),
    ("jag blockade alla men dom gör nya konton hela tiden", W),
    ("om man har langat ett tag och vill sluta, kan soc hjälpa?", W),
    ("har varit langare sen jag var 14", W),
    ("han har slutat komma på träningen och hänger med äldre killar hela tiden", F),
    ("en av mina elever har plötsligt kontanter på sig", F),
    ("min dotter är 15 och har en pojkvän som är 23", F),
    ("min brorson skolkar och blir aggressiv när vi frågar", F),
    ("hon kommer hem kl 4 på natten och sover bort hela dagen", F),
    ("min son raderar alla chattar direkt när han har pratat med dom", F),
    ("en kille i discord erbjöd mig skins om jag tar emot ett paket", R),
    ("hon förvarar en låda åt en kompis utan att veta vad som är i den", R),
    ("en av spelarna i laget har alltid kontanter på sig", F),
    ("fick höra att dom lägger ut nudes om jag inte betalar", D),
    # en
    ("some guy keeps sending me videos of stacks asking if i want in", R),
    ("they said drop a bag off in another city, 500 a trip", R),
    ("older guy wants me to let him use my bankid for a week", R),
    ("is it illegal to keep a package for someone if you dont know whats inside", R),
    ("the weed got taken by the police and now its on me and i have to pay it back", D),
    ("they made an account with my pics and say theyll send it to my parents unless i pay", D),
    ("he has photos of me and says hell leak them if i dont pay", D),
    ("my brother owes some dangerous people and they came to our house", D),
    ("ever since i told them no theres a car outside my school", D),
    ("i just want to get back to being normal, no more running for them", W),
    ("if i tell the police what i did will they protect me or lock me up", W),
    ("i blocked everyone and changed my number but is that enough to be out", W),
    ("can i start over somewhere if ive done illegal stuff", W),
    ("one of my students stopped coming and is always with older guys in a car now", F),
    ("my son has new airpods and says a friend gave them but i think hes lying", F),
    ("one of my players has an extra phone he keeps checking at practice", F),
    ("my son came home with 2000 kr and wont tell me where its from", F),
    ("my granddaughter has become secretive and skips school", F),
    ("i owe those guys money and they keep showing up", D),
    ("hes got videos of me and says hell share them if i dont send more", D),
    ("im done with this life, just want to get back to being normal", W),
    # fi
    ("joku lupas mulle rahaa jos otan vastaan yhden paketin", R),
    ("ne maksaa tonnin jos vahdin kulmalla", R),
    ("telegramissa on keikkoja joista maksetaan hyvin", R),
    ("ne on aina tarjonnu ruokaa ja nyt mun pitää tehä niille palvelus", R),
    ("se uhkailee levittää mun videot nettiin", D),
    ("samat jätkät seuraa mua joka päivä koulun jälkeen", D),
    ("tiedetään missä sä asut", D),
    ("haluun lopettaa mut miten pääsen irti niistä", W),
    ("jos kerron poliisille kaiken mitä tein, joudunko linnaan", W),
    ("en halua enää kuljettaa niiden kamaa", W),
    ("blokkasin kaikki, pääsinkö eroon niistä", W),
    ("tyttärellä on 22v poikaystävä ja hän on 14", F),
    ("pelaaja on aina poissa ja sillä on käteistä", F),
    ("sillä on kalliit vaatteet eikä se oo ikinä kotona", F),
    # es
    ("les pagan 50 euros por vigilar el portal toda la tarde", R),
    ("un tipo en discord me da skins si dejo que mande una caja a mi casa", R),
    ("mi hermano debe pasta a unos tíos del barrio", D),
    ("dice que publica mis fotos mías si no le pago", D),
    ("desde que les dije que no unos tipos me siguen al salir de clase", D),
    ("cómo me salgo sin que me pase nada", W),
    ("si le confieso todo a la poli me meten en la cárcel?", W),
    ("quiero empezar de nuevo en otro sitio donde nadie me conozca", W),
    ("mi primo ha estado vendiendo y quiere dejarlo, la policía le ayuda?", W),
    ("mi alumno ahora anda siempre con tipos mayores en un coche", F),
    ("mi hija de 13 tiene un novio de 20", F),
    ("uno de mis alumnos falta siempre y lleva fajos de billetes", F),
    ("mi hijo me pidió guardar una mochila y no abrirla", F),
    # tr
    ("pubgde biri paketi teslim alırsam karşılığında uc vericek", R),
    ("telegramda iş veriyolar ve hemen para ödüyolar", R),
    ("videolarım onda, para vermezsem paylaşacakmış", D),
    ("hayır dedikten sonra beni okul çıkışında bekliyolar", D),
    ("polise anlatırsam hapse girer miyim", W),
    ("kardeşim bi süredir satıyo ve bırakmak istiyo, polis yardım eder mi", W),
    ("beni tanımayan bi yerde sıfırdan başlamak istiyorum", W),
    ("numaramı değiştirdim ama onlardan kurtuldum mu bilmiyorum", W),
    ("oğlum artık hep büyük abilerle arabada geziyo", F),
    ("15 yaşındaki kızımın 21 yaşında sevgilisi var", F),
    ("öğrencim derslere gelmiyor ve hep nakit taşıyor", F),
    ("yeğenim tiktokta para sayarken video çekiyo", F),
    ("mahalledeki abiler hep yemek ısmarlıyo şimdi iyilik istiyolar", R),
    ("onlardan borç alıp ödeyemedim şimdi peşimdeler", D),
]

# Ordinary sentences sharing the words of the new entries, and the harmless uses the vetoes
# name: no question.
ORDINARY: list[str] = [
    # sv
    "jag vill tjäna pengar på att köra ut tidningar med en väska på morgonen",
    "jag tjänar 200 kr på att bära väskor åt turister, är det okej",
    "mamma köper skor åt mig om jag gör henne en tjänst och städar",
    "kan du fixa kläder åt mig om jag gör dig en tjänst?",
    "de äldre i området behöver hjälp att handla, kan jag jobba ideellt",
    "min äldre bror i centrum är smart",
    "kan du hålla min väska utan att öppna den medan jag badar",
    "jag vet inte vad jag ska göra med min väska",
    "mamma tar emot paketet åt mig från postnord",
    "pappa lovade att ta emot paketet när jag är i skolan",
    "jag la ut bilder på mig från semestern",
    "jag skickar bilder på mig om du vill se min nya frisyr",
    "samma bil har stått på parkeringen hela veckan, vems är den",
    "vi såg samma film varje fredag",
    "banken vill ha ränta på lånet tillbaka",
    "jag lånade en bok och lämnade tillbaka den",
    "jag vet var du bor, ska vi ses där",
    "hur kommer man ur bilen utan att slå i huvudet",
    "jag berättade för polisen vad jag sett, får han straff",
    "jag vill börja om med träningen, ingen i laget känner mig ännu",
    "jag blockade honom på snap",
    "jag sålde min cykel och vill sluta cykla",
    "har varit springpojke på tidningen en sommar",
    "spelarna i fifa har alltid cash",
    "min son är 14 och fyller 15 den 22 maj",
    "min kusin skolkar ibland från gympan",
    "jag kom hem kl 3 på natten efter festen och sov länge",
    "pappa kommer hem kl 2 på natten från jobbet och sover på dagen",
    "jag raderar alla meddelanden direkt för att spara plats",
    "samma bil står utanför varje morgon, grannen väntar på sin son",
    "i telegram gruppen för klassen pratar vi om läxor",
    "min syster har alltid cash på sig när hon jobbar i kassan",
    # en
    "i want to make money driving around delivering pizza with a bag",
    "i deliver packages in the city for amazon, 300 a day",
    "can i let someone use my account on fortnite",
    "my friend asked me to hold her bag while she opened the door",
    "keep the box for me and dont open it, its a surprise gift for mum",
    "its on me tonight, you dont have to pay me back",
    "i cant send the money unless you pay me first",
    "can you send pics if you do the trip",
    "ill post the pics if you dont mind",
    "told them no because we were watching a movie",
    "i just want to go back to being normal after my surgery",
    "i told the police what i saw, did they arrest him",
    "i changed my number, what happens to my contacts",
    "we want to move to a city with less crime and start over",
    "bring an extra phone charger to practice",
    "i cant tell where my money went lol",
    "secret santa at school, my brother is lying about his gift",
    "my brother got airpods for christmas, says theyre great",
    "how do i get out of the group chat its so annoying",
    # es
    "me pagan 10 euros por vigilar a mi hermano pequeño en casa",
    "amazon me ofrece enviar el paquete a casa gratis",
    "mis padres siempre me ayudan y ahora les hago un favor",
    "mi padre debe dinero al banco",
    "sube la foto mía si te gusta",
    "le dije que no y me sigue hablando",
    "si le digo todo a la policía me ayudan a encontrar mi bici",
    "estoy pasando un mal rato y quiero dejarlo todo",
    "quiero empezar de cero con el piano",
    "el jugador siempre paga en efectivo",
    "le debo una pizza a mi hermano",
    # fi
    "äiti lupas et mä otan paketin vastaan postista",
    "vahdin pikkuveljeä ulkona 2 tuntia",
    "bändin ryhmässä jaetaan keikkoja ja niistä saa hyvin",
    "nyt teen sille kaverille palveluksen",
    "jos laitat kuvat nettiin kerro mulle",
    "sama kaveri seuraa mua instassa",
    "tiedän missä sä asut, tuun käymään",
    "haluun lopettaa tupakan, miten pääsee irti",
    "vaihdoin numeron ja nyt oon vapaa operaattorista",
    "poika on 14 ja täyttää 15 toukokuun 22",
    "pelaaja on aina poissa koska on kipeä",
    "sillä on uudet kengät mutta se on aina kotona",
    "voinko lainata siskolta rahaa keikkalippuun",
    "pojan vanhemmat on tosi kivoja tyyppejä",
    # tr
    "snapte arkadaşım iş buldu para iyi",
    "instagramda hayır dediğimden beri beni takip etmiyo",
    "polise anlatırsam trafik cezası alır mıyım",
    "kafede çalışıyorum ve işi bırakmak istiyorum",
    "yeniden başlamak istiyorum ama kimse yardım etmiyo",
    "numaramı değiştirdim eski hat bitti",
    "büyük çocuklarla oynamayı bıraktı",
    "öğrenciler kantinde hep nakit öder",
    "arkadaşa bi çay borçluyum",
    "babamdan borç alıp telefon aldım",
    "bisiklet için borç alabilir miyim",
]


def test_the_set_holds_the_lines_left() -> None:
    assert set(LEFT) <= {text for text, _ in TOPICAL}
    assert len(TOPICAL) == 112
    assert len(PLAIN) == 42


@pytest.mark.parametrize(("text", "topic"), [t for t in TOPICAL if t[0] not in LEFT])
def test_round3_topic_line_gets_its_topic(hints: TopicHints, text: str, topic: str) -> None:
    assert answer(hints, text) == topic


@pytest.mark.parametrize("text", PLAIN)
def test_round3_none_line_gets_no_question(hints: TopicHints, text: str) -> None:
    assert answer(hints, text) == NONE


@pytest.mark.parametrize(("text", "topic"), VARIANTS)
def test_variant_gets_its_topic(hints: TopicHints, text: str, topic: str) -> None:
    assert answer(hints, text) == topic


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentence_gets_no_question(hints: TopicHints, text: str) -> None:
    assert answer(hints, text) == NONE
