"""Translated labels for the ids of the core (audiences, age bands, topics, languages).

Each label is a literal inside ``_()`` so that ``pybabel extract`` finds it.
"""

from __future__ import annotations

from aiogram.utils.i18n import gettext as _

from bot.core.taxonomy import AgeBand, Audience, Topic

# Each language is named in itself, so anyone can find their own in the picker.
LANGUAGE_NAMES: dict[str, str] = {
    "sv": "Svenska",
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "so": "Soomaali",
    "ti": "ትግርኛ",
    "fi": "Suomi",
    "ckb": "کوردی (سۆرانی)",
    "tr": "Türkçe",
    "es": "Español",
}


def audience_label(audience: Audience) -> str:
    labels = {
        Audience.YOUNG_PERSON: _("I'm a young person"),
        Audience.FRIEND: _("I'm worried about a friend"),
        Audience.PARENT: _("I'm a parent or relative"),
        Audience.PROFESSIONAL: _("I work with young people"),
    }
    return labels[audience]


def age_label(band: AgeBand) -> str:
    labels = {
        AgeBand.UNDER_13: _("Under 13"),
        AgeBand.AGE_13_15: _("13–15"),
        AgeBand.AGE_16_17: _("16–17"),
        AgeBand.AGE_18_20: _("18–20"),
        AgeBand.AGE_21_PLUS: _("21 or older"),
        AgeBand.UNKNOWN: _("I'd rather not say"),
    }
    return labels[band]


def topic_label(topic: Topic, audience: Audience = Audience.YOUNG_PERSON) -> str:
    """The topic as the person asking would say it (first person, friend, child, pupil)."""
    return _TOPIC_LABELS[audience](topic)


def _own_topic(topic: Topic) -> str:
    labels = {
        Topic.RECRUITMENT_PRESSURE: _('Someone wants me to do "jobs" for them'),
        Topic.DEBT_OR_THREAT: _("I owe someone, or I'm being threatened"),
        Topic.WANTS_OUT: _("I want to get out"),
        Topic.VIOLENCE_VICTIM: _("Someone has hurt me"),
        Topic.WITNESS_OR_TIP: _("I know about a crime"),
        Topic.WEAPONS: _("Weapons"),
        Topic.DRUGS: _("Drugs"),
        Topic.ONLINE_CONTACT: _("Someone contacted me online"),
        Topic.FAMILY_WORRY: _("I'm worried my child is being drawn into crime"),
        Topic.MENTAL_HEALTH: _("I feel bad"),
        Topic.SCHOOL_OR_LEISURE: _("School or free time"),
        Topic.OTHER: _("Something else"),
    }
    return labels[topic]


def _friend_topic(topic: Topic) -> str:
    labels = {
        Topic.RECRUITMENT_PRESSURE: _('Someone wants my friend to do "jobs"'),
        Topic.DEBT_OR_THREAT: _("My friend owes someone, or is being threatened"),
        Topic.WANTS_OUT: _("My friend wants to get out"),
        Topic.VIOLENCE_VICTIM: _("Someone has hurt my friend"),
        Topic.MENTAL_HEALTH: _("My friend feels bad"),
    }
    return labels.get(topic) or _own_topic(topic)


def _child_topic(topic: Topic) -> str:
    labels = {
        Topic.DEBT_OR_THREAT: _("My child owes someone, or is being threatened"),
        Topic.ONLINE_CONTACT: _("Someone contacts my child online"),
        Topic.WANTS_OUT: _("My child wants to get out"),
        Topic.VIOLENCE_VICTIM: _("Someone has hurt my child"),
    }
    return labels.get(topic) or _own_topic(topic)


def _pupil_topic(topic: Topic) -> str:
    labels = {
        Topic.RECRUITMENT_PRESSURE: _('A young person is being pushed to do "jobs"'),
        Topic.FAMILY_WORRY: _("I'm worried a young person is being drawn into crime"),
        Topic.WANTS_OUT: _("A young person wants to get out"),
        Topic.VIOLENCE_VICTIM: _("A young person has been hurt"),
    }
    return labels.get(topic) or _own_topic(topic)


_TOPIC_LABELS = {
    Audience.YOUNG_PERSON: _own_topic,
    Audience.FRIEND: _friend_topic,
    Audience.PARENT: _child_topic,
    Audience.PROFESSIONAL: _pupil_topic,
}
