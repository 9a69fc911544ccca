"""Translated advice lines (ids from bot/core/advice.py and bot/core/checklist.py).

Wording follows shared/reference/sweden-resources-and-law.md §3 and §5.6: say what to
do, never what the child "is"; no blame.
"""

from __future__ import annotations

from aiogram.utils.i18n import gettext as _


def advice_text(advice_id: str) -> str:
    """The advice with this id, as HTML-safe text (KeyError for an unknown id)."""
    texts = {
        # bot/core/advice.py: topics
        "never_trust_jobs": _(
            "Anyone who gives you a “job” can never be trusted. Their “friendship” lasts only as long as you do what they say. You can say no, and you can get help to say no."
        ),
        "no_swish_for_others": _(
            "Never pass on money for someone else with Swish. That can be money laundering."
        ),
        "can_get_out": _(
            "It is possible to get out. Social services and the police's defector coordination (avhopparsamordning) help people leave – and their families too."
        ),
        # bot/core/advice.py: follow-up answers
        "unsure_call_112": _(
            "If you are not sure it is safe, call 112. It is better to call once too often."
        ),
        "strong_thoughts": _(
            "If the thoughts get strong, call 112 or the suicide line below. It answers day and night."
        ),
        "threats_are_crimes": _(
            "Threats are a crime. Don't pay, and don't do what they ask to make it stop – tell the police. If someone is in danger now, call 112."
        ),
        "debt_is_a_trap": _(
            "A “debt” to people like this is a trap. Don't pay it off with money or “jobs”. The police and social services can help you."
        ),
        "gifts_become_debt": _(
            "Gifts and money are often turned into a “debt” later. You don't owe them anything."
        ),
        "you_can_say_no": _(
            "Being asked to sell or keep drugs is often how it starts. You can say no, and you don't have to handle it alone."
        ),
        "do_not_touch_weapon": _(
            "Don't touch the weapon, and don't keep or hide it for anyone. If someone is in danger, call 112."
        ),
        "block_and_save": _(
            "You don't have to answer. Save the messages, then block them: the messages can help the police. It is never your fault."
        ),
        "save_and_report": _("Save the messages and tell the police. Your child is not to blame."),
        "duty_to_report": _(
            "In your job you must report your concern to social services straight away (orosanmälan). You cannot do it anonymously."
        ),
        "not_alone_young": _(
            "You don't have to handle this alone. The people below listen, and with many of them you can stay anonymous."
        ),
        "telling_is_not_snitching": _(
            "Telling an adult is not snitching. It can protect your friend – and you."
        ),
        # bot/core/checklist.py: graded advice, never a verdict
        "signs_none": _(
            "You did not tick any sign. Trust your feeling anyway: if you are worried, talk with your child and with other adults you trust."
        ),
        "signs_few": _(
            "One or two signs can have other explanations, but they are worth talking about. Ask, listen, and tell your child that you are there whatever happens. Social services can give you advice, too."
        ),
        "signs_several": _(
            "Several signs together, or a sign like this one, are a reason to act now. They prove nothing, but don't wait: contact social services and report your concern (orosanmälan), for example with the e-service below. You can also give the police a tip: call 114 14 and say “tips”, or use the web form. It is better to ask for help once too often."
        ),
        "money_becomes_debt": _(
            "Gifts and money are often how recruitment starts. Later they are turned into a “debt”."
        ),
        "do_not_pay": _(
            "If someone threatens your child or demands money: do not pay. Contact the police and social services. If someone is in danger now, call 112."
        ),
        "not_alone": _(
            "You are not alone, and you are still one of the most important people in your child's life."
        ),
    }
    return texts[advice_id]
