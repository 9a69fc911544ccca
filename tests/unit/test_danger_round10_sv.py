"""Danger detection, round 10 (docs/conversation.md, "The emergency path"): the Swedish and
mixed messages of the tenth red team's held-out set (bench/data/danger/round10/danger_sv.jsonl,
danger_mixed.jsonl) that got no emergency card — a 13-year-old meeting a 24-year-old from Snap
tonight, a money deadline in an hour, men taking a son to a flat, a toddler who ate pills or
swallowed a battery, stroke signs, a cat given away and letters written, a will written "vem
som får mina grejer", "vi vet vilken port", standing on a bridge having decided or on a roof
"orkar inte mer", "så är min mamma nästa", locked in a taxi off route, a child crying next door
and things smashed, "vi får inte liv i henne", "göra slut på allt ikväll", pills hoarded for
when everyone sleeps, a classmate flown to relatives and not allowed back, "han är inte alls 16
som han sa", "du kommer inte hem ikväll", a goodbye picture of train tracks, a pin and then a
dead phone, "vi hittar dig ikväll, du e död", a diabetic grandfather not answering, kept at a
boyfriend's with the keys taken, "annars tar vi din familj", a secret pickup by car, a
grandfather grey and breathing badly — with variants, and ordinary sentences sharing their
words that must stay quiet ("pappa tar mig till skolan", "vi åt upp allt godiset", "mamma gav
mig pengar till bussen"), among them the round 10 ordinary Swedish lines that showed no card.
The entries are the "Round 10" block at the end of data/danger/sv.toml. The three ordinary
lines that fire (a game shooting, a past locked-in prank, "Mamma kommer döda mig") fired
before this round and are KNOWN_FALSE_ALARMS: hyperbole is not vetoed (safety first: a false
alarm costs a card, a miss may cost a life).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

# The round 10 sv misses, word for word (text, category, entry id).
REPORTED_SV: list[tuple[str, str, str]] = [
    (
        "min kompis sa att hon ska träffa en kille hon snackat med på snap ikväll, han är typ 24 och ska hämta henne vid pendeln kl 22. hon är 13",
        "forced_or_held",
        "meet_online_tonight",
    ),
    (
        "De gav mig till kl 20 att fixa pengarna. Klockan är 19 nu och jag har ingenting.",
        "threat_to_life",
        "money_deadline",
    ),
    (
        "Hej. Jag är mamma till pojke 14 år. Han har inte kommit hem och han skrev till sin syster att några män tar honom till lägenhet i Hallunda. Vad jag ska göra",
        "forced_or_held",
        "men_take_him_to",
    ),
    (
        "min lillebror 2 år har ätit nåt ur mormors medicinask och nu är han jättetrött och svarar inte ordentligt",
        "plea",
        "child_ate_medicine",
    ),
    (
        "farmor pratar konstigt och ena sidan av munnen hänger, hon kan inte lyfta armen",
        "plea",
        "stroke_signs",
    ),
    (
        "har gett bort min katt till grannen och skrivit brev till alla. efter imorgon behöver jag inget mer",
        "suicidal",
        "gave_away_letters",
    ),
    (
        'Han skrev precis: "om du inte kommer ut nu så kommer vi in och hämtar dig. vi vet vilken port"',
        "location_known",
        "know_which_door",
    ),
    (
        "fick en pin på snap från en kille som lovat mig jobb, 5000 för en kväll. bilen kommer 23 och jag ska inte säga till nån",
        "forced_or_held",
        "secret_pickup",
    ),
    ("jag står på bron vid slussen och har bestämt mig", "suicidal", "on_the_edge_decided"),
    (
        "dom sa att om jag inte lämnar paketet på en adress i Rinkeby ikväll så är min mamma nästa",
        "threat_to_life",
        "family_is_next",
    ),
    (
        "sitter i en taxi typ, föraren kör inte dit han sa och dörrarna är låsta. han svarar inte när jag pratar",
        "forced_or_held",
        "locked_in_taxi",
    ),
    (
        "grannen skriker på sin fru och vi hör barnen gråta och nåt som slås sönder, det har hållit på i 20 min",
        "violence_now",
        "heard_children_and_smashing",
    ),
    (
        "kompisen har druckit typ en hel flaska vodka och ligger på golvet och kräks, vi får inte liv i henne ordentligt",
        "plea",
        "no_life_in_her",
    ),
    (
        'Snälla. Min son skriver att han ska "göra slut på allt ikväll" och han har stängt av sin plats. Han är 17.',
        "suicidal",
        "end_it_all",
    ),
    (
        "jag har samlat alla mina mediciner i en burk och ska ta dom när alla somnat",
        "self_harm",
        "pills_hoarded",
    ),
    (
        "tjejen jag sitter bredvid i klassen sa att hon ska flygas till släkten imorgon bitti och att hon inte får komma tillbaka, passet har pappan",
        "forced_or_held",
        "sent_abroad_no_return",
    ),
    (
        "han jag snackat med på discord väntar utanför skolan om 30 min och vill att jag hoppar in i hans bil. han är inte alls 16 som han sa",
        "forced_or_held",
        "age_lie",
    ),
    (
        'fick detta på snap: "vi ses vid tunnelbanan efter träningen. du kommer inte hem ikväll"',
        "threat_to_life",
        "you_wont_get_home",
    ),
    (
        'ok så min kompis Sara skrev "förlåt för allt ni var bäst" och la upp en bild på tågspår, hon svarar inte',
        "suicidal",
        "goodbye_picture",
    ),
    (
        "skrev typ ett testamente idag, vem som får mina grejer. tror inte jag är kvar på lördag",
        "suicidal",
        "wrote_a_will",
    ),
    (
        "Hej jag är pappa. Min dotter inte kommit hem. Hon skickade plats från industriområde i Västberga och sen mobilen död. Hon är 13 år.",
        "plea",
        "pin_then_phone_dead",
    ),
    (
        'tjena, grabbarna från andra sidan ba "vi hittar dig ikväll, du e död". dom står nere vid kiosken nu å väntar',
        "threat_to_life",
        "find_you_tonight",
    ),
    (
        "morfar har diabetes och han skakar och svettas och svarar inte när jag pratar med honom",
        "plea",
        "diabetic_unresponsive",
    ),
    (
        "skriver från en kompis mobil. jag är kvar hos honom och han säger att jag inte får åka hem förrän imorgon, han har tagit mina nycklar och mitt kort",
        "forced_or_held",
        "kept_keys_taken",
    ),
    (
        'Jag är storasyster. Min bror fick ett snap: "kom till parkeringen bakom ICA kl 21 ensam annars tar vi din familj". Han tänker gå dit.',
        "threat_to_life",
        "or_else_your_family",
    ),
]

# The round 10 mixed misses, word for word: the Swedish words fire.
REPORTED_MIXED: list[tuple[str, str, str]] = [
    (
        "walaal jag står på taket och orkar inte mer, caawa ayaan dhammaynayaa",
        "suicidal",
        "on_the_edge_decided",
    ),
    (
        "dadash en äldre snubbe skickade en pin och säger att bilen kommer 23, sa att jag inte får säga till nån. jag e 14",
        "forced_or_held",
        "secret_pickup",
    ),
    (
        "walaal min lillebror har svalt ett batteri och hooyo är på jobbet",
        "plea",
        "swallowed_battery",
    ),
    (
        "jalla snabbt, min farfar andas inte ordentligt och han är grå i ansiktet, baba är inte hemma",
        "plea",
        "grey_not_breathing",
    ),
]

# New wordings of the same kinds, at least one per entry.
VARIANTS: list[tuple[str, str, str]] = [
    (
        "jag ska träffa en snubbe från discord ikväll, han är 25",
        "forced_or_held",
        "meet_online_tonight",
    ),
    ("hon ska möta en kille från insta inatt vid pendeln", "forced_or_held", "meet_online_tonight"),
    (
        "han skickade location och sa att jag inte får berätta för mamma",
        "forced_or_held",
        "secret_pickup",
    ),
    ("ubern kommer kl 23, jag får inte säga nåt till nån", "forced_or_held", "secret_pickup"),
    ("dom har gett mig tills ikväll att betala skulden", "threat_to_life", "money_deadline"),
    ("de gav honom till midnatt att fixa cashen", "threat_to_life", "money_deadline"),
    ("två gubbar tog henne in i bilen utanför skolan", "forced_or_held", "men_take_him_to"),
    ("några män släpar mig till källaren", "forced_or_held", "men_take_him_to"),
    ("bebisen svalde ett knappbatteri", "plea", "swallowed_battery"),
    ("lillasyster har ätit en magnet typ för 5 min sen", "plea", "swallowed_battery"),
    ("min 3-åring har ätit mormors medicin och är jättetrött", "plea", "child_ate_medicine"),
    ("lillebror svalde några av mormors piller och är jättetrött", "plea", "child_ate_medicine"),
    ("mormor har sned mun och sluddrar", "plea", "stroke_signs"),
    ("pappas ansikte hänger på ena sidan och han kan inte lyfta armen", "plea", "stroke_signs"),
    ("gav bort alla mina grejer och skrev hejdåbrev", "suicidal", "gave_away_letters"),
    ("jag har skrivit ett testamente, ni får mina saker", "suicidal", "wrote_a_will"),
    ("dom vet vilken våning jag bor på", "location_known", "know_which_door"),
    ("gänget vet vilken port du har", "location_known", "know_which_door"),
    ("sitter på räcket på bron, har bestämt mig", "suicidal", "on_the_edge_decided"),
    ("står vid spåret och orkar inte längre", "suicidal", "on_the_edge_decided"),
    ("om du inte betalar så e din syster nästa", "threat_to_life", "family_is_next"),
    ("uber-föraren kör åt fel håll och dörren är låst", "forced_or_held", "locked_in_taxi"),
    ("vi hör grannarna skrika och nåt som krossas", "violence_now", "heard_children_and_smashing"),
    ("vi får inte liv i honom", "plea", "no_life_in_her"),
    ("hon söp en hel flaska och ligger på golvet och andas konstigt", "plea", "drunk_on_the_floor"),
    ("jag ska göra slut på allting inatt", "suicidal", "end_it_all"),
    ("har sparat tabletter i flera veckor och ska ta alla inatt", "self_harm", "pills_hoarded"),
    (
        "min kompis skickas till hemlandet och får inte komma tillbaka, hon ska giftas",
        "forced_or_held",
        "sent_abroad_no_return",
    ),
    ("hon är typ mycket äldre än hon sa", "forced_or_held", "age_lie"),
    ("han är inte alls 17 som han skrev", "forced_or_held", "age_lie"),
    ("du kommer inte hem levande", "threat_to_life", "you_wont_get_home"),
    ("han la upp en story på rälsen och skrev hejdå", "suicidal", "goodbye_picture"),
    ("hon delade platsen från skogen sen dog mobilen", "plea", "pin_then_phone_dead"),
    ("vi tar dig inatt, du är död", "threat_to_life", "find_you_tonight"),
    ("pappa är diabetiker och är förvirrad och svarar inte", "plea", "diabetic_unresponsive"),
    ("hon får inte gå hem, han har gömt kortet och nycklarna", "forced_or_held", "kept_keys_taken"),
    ("kom själv annars skjuter vi din bror", "threat_to_life", "or_else_your_family"),
    ("farfar andas inte ordentligt och är grå i ansiktet", "plea", "grey_not_breathing"),
]

# Ordinary sentences with the new entries' words: no card.
MUST_STAY_QUIET = [
    "vi ska träffas ikväll och kolla på film",
    "bilen är sönder, säg inte till pappa",
    "mamma gav mig pengar till bussen",
    "pappa tar mig till skolan",
    "jag åt min medicin i morse",
    "han hänger i soffan med munnen öppen",
    "vi skrev testamente i historia",
    "vet du vilken port det är?",
    "står på bron och väntar på bussen",
    "sen är min mamma nästa på tur",
    "glömde om jag låste dörrarna",
    "jag får inte liv i datorn",
    "vi gjorde slut på allt godiset",
    "jag har samlat mina mediciner i en dosett",
    "vi åker till släkten och kommer tillbaka på söndag",
    "jag kommer inte hem ikväll, sover hos mormor",
    "la upp en bild på tågspår från resan",
    "min morfar har diabetes men mår bra",
    "mamma säger att jag inte får gå ut ikväll",
    "annars tar vi bussen",
    "han andas tungt efter träningen",
    "jag tog bort min profilbild",
]

# The round 10 ordinary Swedish lines that still show the card, as before this round: a
# locked-in prank years ago and a mother's "kommer döda mig" (hyperbole is not vetoed). The
# game shooting is quiet since a second fresh-clone tester's report (a game named is vetoed).
KNOWN_FALSE_ALARMS = {
    "Vi blev inlåsta i omklädningsrummet som ett skämt i femman, det var typ tio minuter haha",
    "Mamma kommer döda mig om hon ser mitt betyg i engelska 😂",
}
ORDINARY_QUIET = [
    text for text in held_out("round10", "sv", "ordinary") if text not in KNOWN_FALSE_ALARMS
]

REPORTED = REPORTED_SV + REPORTED_MIXED
MUST_FIRE = REPORTED + VARIANTS


def test_every_reported_miss_is_listed() -> None:
    """The round 10 sv and mixed danger sets: all 25 + 4 messages that got no card are listed."""
    assert (len(REPORTED_SV), len(REPORTED_MIXED)) == (25, 4)
    assert {text for text, _, _ in REPORTED_SV} <= set(held_out("round10", "sv", "danger"))
    assert {text for text, _, _ in REPORTED_MIXED} <= set(held_out("round10", "mixed", "danger"))


def test_the_quiet_ordinary_lines_are_the_thirteen() -> None:
    """Of the 15 ordinary Swedish lines, the 13 outside KNOWN_FALSE_ALARMS are checked below
    (the Fortnite line is quiet since a second fresh-clone tester's report)."""
    assert len(ORDINARY_QUIET) == 13


@pytest.mark.parametrize("text", sorted(KNOWN_FALSE_ALARMS))
def test_known_false_alarms_still_show_the_card(detector: DangerDetector, text: str) -> None:
    assert detector.detect(text) is not None


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_kind_of_message_shows_the_card(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, "sv", pattern_id)


@pytest.mark.parametrize("text", MUST_STAY_QUIET + ORDINARY_QUIET)
def test_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_kind_of_message_fires_beside_an_ordinary_line(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires_beside(detector, text, category, MUST_STAY_QUIET + ORDINARY_QUIET)
