"""Who gets which services: the expected services for every audience × topic (issue 3).

The table below is the one to review with social services: for each audience, age band
and topic, the services that must be among the resource cards, whatever the hour
(weekday day and night, weekend, midsummer eve, Christmas eve) and in Swedish or English.
The e2e test tests/e2e/test_triage_chats.py runs the same table through ``python -m bot
chat``. Data: data/resources.json (topics and audiences); rules: bot/core/triage.py and
bot/core/ranking.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.checklist import SIGN_IDS
from bot.core.conversation import ASKS_AGE, TOPICS_BY_AUDIENCE
from bot.core.directory import load_directory
from bot.core.followups import IN_DANGER, questions_for
from bot.core.recommend import Recommendation, recommend
from bot.core.taxonomy import AgeBand, Audience, Topic, Urgency
from bot.core.triage import Answers

STHLM = ZoneInfo("Europe/Stockholm")
DIRECTORY = load_directory(
    Path(__file__).resolve().parents[2] / "data" / "resources.json", today=date(2026, 11, 29)
)

POLICE, TIP_WEB, SOS = "polisen-11414", "polisen-tips-web", "sos-112"
BRIS, MIND, HEALTH = "bris-116111", "mind-90101", "1177"
SOCIAL, CONCERN = "huddinge-socialtjanst-barn-unga", "huddinge-oro-eservice"
FIELD, YOUTH_CENTRES = "huddinge-faltsekreterare", "huddinge-fritidsgardar"
PARENT_ADVISERS, GANGSNACKET = "huddinge-foraldraradgivare", "gangsnacket"
DEFECTOR, PASSUS = "avhopparsamordning", "fryshuset-passus"

YP, FRIEND, PARENT, PRO = (
    Audience.YOUNG_PERSON,
    Audience.FRIEND,
    Audience.PARENT,
    Audience.PROFESSIONAL,
)
T = Topic
TEEN, ADULT = AgeBand.AGE_13_15, AgeBand.AGE_18_20

# (audience, age band, topic) → services that must be shown. 112 is first whenever the
# urgency is urgent or emergency (checked below for every row).
EXPECTED: dict[tuple[Audience, AgeBand | None, Topic], set[str]] = {
    # a 14-year-old offered money to "hold something"
    (YP, TEEN, T.RECRUITMENT_PRESSURE): {BRIS, SOCIAL, FIELD, POLICE},
    (YP, TEEN, T.DEBT_OR_THREAT): {SOS, POLICE, BRIS, SOCIAL},
    (YP, TEEN, T.WANTS_OUT): {DEFECTOR, SOCIAL, PASSUS, BRIS, POLICE},
    (YP, TEEN, T.ONLINE_CONTACT): {BRIS, POLICE, SOCIAL},
    (YP, TEEN, T.VIOLENCE_VICTIM): {SOS, BRIS, POLICE},
    (YP, TEEN, T.WEAPONS): {SOS, POLICE, BRIS, SOCIAL},
    (YP, TEEN, T.DRUGS): {BRIS, HEALTH, FIELD},
    (YP, TEEN, T.WITNESS_OR_TIP): {POLICE, BRIS, SOCIAL},
    (YP, TEEN, T.MENTAL_HEALTH): {MIND, BRIS, HEALTH},
    (YP, TEEN, T.SCHOOL_OR_LEISURE): {BRIS, FIELD, YOUTH_CENTRES, SOCIAL},
    (YP, TEEN, T.OTHER): {BRIS, SOCIAL},
    (YP, ADULT, T.RECRUITMENT_PRESSURE): {POLICE, SOCIAL, FIELD},
    (YP, ADULT, T.WANTS_OUT): {DEFECTOR, SOCIAL, PASSUS, POLICE},
    (YP, ADULT, T.DEBT_OR_THREAT): {SOS, POLICE, SOCIAL},
    (FRIEND, None, T.RECRUITMENT_PRESSURE): {BRIS, POLICE, CONCERN, FIELD},
    (FRIEND, None, T.DEBT_OR_THREAT): {SOS, POLICE, BRIS, CONCERN},
    (FRIEND, None, T.WANTS_OUT): {DEFECTOR, PASSUS, SOCIAL, BRIS},
    (FRIEND, None, T.VIOLENCE_VICTIM): {SOS, POLICE, BRIS},
    (FRIEND, None, T.WITNESS_OR_TIP): {POLICE, BRIS, CONCERN},
    (FRIEND, None, T.MENTAL_HEALTH): {MIND, BRIS},
    (FRIEND, None, T.OTHER): {BRIS, SOCIAL},
    # a mother who found a second phone in her son's room
    (PARENT, None, T.FAMILY_WORRY): {SOCIAL, CONCERN, POLICE, PARENT_ADVISERS, GANGSNACKET},
    (PARENT, None, T.DEBT_OR_THREAT): {SOS, POLICE, SOCIAL, CONCERN},
    (PARENT, None, T.ONLINE_CONTACT): {POLICE, CONCERN, GANGSNACKET, TIP_WEB},
    (PARENT, None, T.WANTS_OUT): {DEFECTOR, SOCIAL, PASSUS, POLICE},
    (PARENT, None, T.VIOLENCE_VICTIM): {SOS, POLICE, CONCERN},
    (PARENT, None, T.OTHER): {PARENT_ADVISERS, SOCIAL},
    (PRO, None, T.RECRUITMENT_PRESSURE): {CONCERN, SOCIAL, POLICE, GANGSNACKET},
    (PRO, None, T.FAMILY_WORRY): {CONCERN, SOCIAL, POLICE, GANGSNACKET},
    (PRO, None, T.WANTS_OUT): {DEFECTOR, SOCIAL, PASSUS},
    (PRO, None, T.VIOLENCE_VICTIM): {SOS, POLICE, CONCERN},
    (PRO, None, T.WITNESS_OR_TIP): {POLICE, CONCERN},
    (PRO, None, T.OTHER): {SOCIAL},
}

INSTANTS = [
    datetime(2026, 11, 25, 3, 0, tzinfo=STHLM),  # Wednesday night
    datetime(2026, 11, 25, 8, 30, tzinfo=STHLM),  # weekday morning
    datetime(2026, 11, 25, 10, 0, tzinfo=STHLM),  # Mon/Wed/Fri advice hours
    datetime(2026, 11, 25, 15, 37, tzinfo=STHLM),  # weekday afternoon
    datetime(2026, 11, 25, 18, 0, tzinfo=STHLM),
    datetime(2026, 11, 25, 21, 0, tzinfo=STHLM),
    datetime(2026, 11, 25, 23, 30, tzinfo=STHLM),
    datetime(2026, 11, 28, 11, 0, tzinfo=STHLM),  # Saturday
    datetime(2026, 11, 29, 20, 0, tzinfo=STHLM),  # Sunday evening
    datetime(2026, 6, 19, 11, 0, tzinfo=STHLM),  # midsummer eve
    datetime(2026, 12, 24, 11, 0, tzinfo=STHLM),  # Christmas eve
]


def shown(
    audience: Audience,
    band: AgeBand | None,
    topic: Topic,
    locale: str,
    now: datetime,
    flagged: bool = False,
) -> Recommendation:
    """The recommendation with plain answers, or with every flag a calm (not "danger
    now") answer can raise, and every checklist sign ticked."""
    answers = Answers(audience, topic, band)
    if flagged:
        flags = {
            flag
            for question in questions_for(audience, topic)
            for answer in question.answers
            if (flag := question.flag_for(answer)) not in (None, IN_DANGER)
        }
        answers = replace(answers, flags=frozenset(flags), signs=tuple(SIGN_IDS))
    return recommend(answers, DIRECTORY, locale=locale, now=now)


def test_the_table_covers_every_audience_and_at_least_two_topics_each() -> None:
    for audience, topics in TOPICS_BY_AUDIENCE.items():
        covered = {t for (a, _, t) in EXPECTED if a == audience}
        assert len(covered) >= 2, audience
        assert covered <= set(topics), audience  # only topics the menu offers
    assert all((band is not None) == (a in ASKS_AGE) for a, band, _ in EXPECTED)


@pytest.mark.parametrize("flagged", [False, True], ids=["plain", "flagged"])
@pytest.mark.parametrize("locale", ["sv", "en"])
@pytest.mark.parametrize(("audience", "band", "topic"), list(EXPECTED), ids=str)
def test_expected_services_are_shown_at_any_hour(
    audience: Audience, band: AgeBand | None, topic: Topic, locale: str, flagged: bool
) -> None:
    for now in INSTANTS:
        recommendation = shown(audience, band, topic, locale, now, flagged)
        ids = [item.service.id for item in recommendation.services]
        missing = EXPECTED[(audience, band, topic)] - set(ids)
        assert not missing, (now.isoformat(), ids)
        if recommendation.triage.urgency in (Urgency.EMERGENCY, Urgency.URGENT):
            assert ids[0] == SOS, (now.isoformat(), ids)


@pytest.mark.parametrize("now", INSTANTS, ids=lambda n: n.isoformat())
def test_what_is_never_shown(now: datetime) -> None:
    """Every offered audience × topic × age band: adult lines stay adult, the suicide line
    stays with mental health, nobody gets a line in a language they did not choose."""
    for audience, topics in TOPICS_BY_AUDIENCE.items():
        bands = list(AgeBand) if audience in ASKS_AGE else [None]
        for band in bands:
            for topic in topics:
                services = shown(audience, band, topic, "sv", now).services
                ids = {item.service.id for item in services}
                assert any(item.service.is_24_7 for item in services)
                if topic != T.MENTAL_HEALTH:
                    assert MIND not in ids, (audience, band, topic)
                if audience in (PARENT, PRO) or band in (ADULT, AgeBand.AGE_21_PLUS):
                    assert BRIS not in ids, (audience, band, topic)
                assert not {"1177-arabiska", "1177-somaliska", "1177-persiska"} & ids
