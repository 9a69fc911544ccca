"""Translated texts of the follow-up questions, their answers and the checklist signs.

The ids are in bot/core/followups.py and bot/core/checklist.py. Plain words, short
sentences, no blame: a 12-year-old must understand every question (issue 3).
"""

from __future__ import annotations

from aiogram.utils.i18n import gettext as _


def question_text(question_id: str) -> str:
    """The question with this id (KeyError for an unknown id)."""
    texts = {
        "safe_now": _("Are you safe right now?"),
        "friend_safe_now": _("Is your friend safe right now?"),
        "child_safe_now": _("Is your child safe right now?"),
        "youth_safe_now": _("Is the young person safe right now?"),
        "offered_things": _(
            "Have they given you, or promised you, money, clothes or other things?"
        ),
        "threatened": _("Has anyone threatened you or someone close to you?"),
        "friend_threatened": _("Has anyone threatened your friend?"),
        "child_threatened": _("Has anyone threatened your child or your family?"),
        "youth_threatened": _("Has anyone threatened the young person?"),
        "leaving_threatened": _("Has anyone threatened you because you want to leave?"),
        "owes": _("Do they say that you owe them money or a favour?"),
        "trusted_adult": _("Is there an adult you trust that you can talk to?"),
        "told_adult": _("Have you told an adult you trust?"),
        "self_harm": _("Are you thinking about hurting yourself or ending your life?"),
        "friend_self_harm": _(
            "Is your friend thinking about hurting themselves or ending their life?"
        ),
        "hurt_now": _("Are you hurt? Do you need a doctor right now?"),
        "friend_hurt_now": _("Is your friend hurt? Do they need a doctor right now?"),
        "child_hurt_now": _("Is your child hurt? Do they need a doctor right now?"),
        "weapon_near": _("Is there a weapon near you right now?"),
        "online_asked": _(
            "Have they asked you to send pictures, to meet, or to do something for money?"
        ),
        "child_online_asked": _(
            "Have they asked your child to send pictures, to meet, or to do something for money?"
        ),
        "harm_planned": _("Is someone going to be hurt soon?"),
        "asked_to_sell": _("Has someone asked you to sell, carry or keep drugs?"),
        "drug_emergency": _("Is someone very ill from drugs or alcohol right now?"),
        "works_with_children": _(
            "Do you work with children, for example in a school, a club or health care?"
        ),
    }
    return texts[question_id]


def answer_label(answer_id: str) -> str:
    """The button text of an answer id (KeyError for an unknown id)."""
    labels = {"yes": _("Yes"), "no": _("No"), "unsure": _("I don't know")}
    return labels[answer_id]


def sign_label(sign_id: str) -> str:
    """A warning sign of the parent checklist, as a short line (KeyError for an unknown id)."""
    labels = {
        "secretive": _("Lies or hides things, or has changed attitude"),
        "older_friends": _("Spends time with new, older friends"),
        "expensive_things": _("Has new clothes, a new phone or other expensive things"),
        "own_money": _("Stops asking for money, or has more money"),
        "payments": _("Sends or gets many or large payments (Swish, bank)"),
        "two_phones": _("Has two phones"),
        "new_values": _("Talks differently, has new opinions or values"),
        "treats": _("Often has sweets or soda, or is treated to restaurants"),
        "pressured": _("Seems under pressure, skips school or sells things"),
    }
    return labels[sign_id]
