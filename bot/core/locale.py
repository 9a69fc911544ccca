"""Locale negotiation from Telegram's ``User.language_code``.

``language_code`` is an optional IETF language tag (Bot API, ``User``) reflecting the
Telegram app's interface language. It may be missing, empty, malformed or in any case
and separator (``sv-SE``, ``ar_SE``, ``pt-br``, ``zh-hans``). The fallback chain is:
exact match, then the primary subtag, then the language the primary subtag is a variety
or another code of (:data:`LANGUAGE_ALIASES`: Dari ``prs`` reads the Persian ``fa``
catalogue), then the default. Kurdish ``ku`` is not read as Sorani ``ckb`` (see the notes on
:data:`LANGUAGE_ALIASES`). Nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

_TAG = re.compile(r"^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$")

# The individual languages of an ISO 639-3 macrolanguage whose ISO 639-1 code has a catalogue
# here, by that code. Source: the ISO 639-3 registration authority's macrolanguage mappings
# (SIL, https://iso639-3.sil.org/code_tables/macrolanguage_mappings/data). Their speakers read
# the written standard of the macrolanguage, which is what the catalogue is in: Persian (fa,
# fas) is Iranian Persian (pes) and Dari (prs), one language in one script; Arabic (ar, ara) is
# Standard Arabic (arb) and the spoken varieties below, whose speakers write Standard Arabic.
# South Levantine (ajp) was retired in 2023 and merged into North Levantine (apc); older
# software still sends it. Somali (so), Tigrinya (ti), Finnish (fi), Swedish (sv), English
# (en), Turkish (tr) and Spanish (es) are individual languages, not macrolanguages: they have
# no members. Tajik (tg), Pashto (ps), Maltese (mt) and Meänkieli (fit) are languages of their
# own, not members.
#
# Kurdish is the other way round: Sorani (ckb, Central Kurdish, Arabic script) is itself a
# member of the macrolanguage Kurdish (ku, kur), beside Northern Kurdish (kmr, Kurmanji) and
# Southern Kurdish (sdh). ``ku`` is deliberately NOT read as Sorani: CLDR's likely subtags
# expand ``ku`` to ``ku_Latn_TR`` (Kurmanji in Latin script, Turkey), many Kurds in Sweden
# write Kurmanji in Latin letters, and a Kurmanji reader may not read Sorani in Arabic
# script. ``ku``, ``kur``, ``kmr`` and ``sdh`` get the default language, whose picker names
# Sorani in its own script on the first /start ("کوردی (سۆرانی)"). Sorani has no ISO 639-1 or
# 639-2 code of its own: ``ckb`` is the code Telegram and CLDR use.
_MACROLANGUAGE_MEMBERS: dict[str, str] = {
    "fa": "pes prs",
    "ar": "aao abh abv acm acq acw acx acy adf aeb aec afb ajp apc apd arb arq ars ary arz "
    "auz avl ayh ayl ayn ayp bbz pga shu ssh",
}
# The ISO 639-2 codes of the same languages (639-2/T and 639-2/B; ISO 639-3 uses the /T
# code). BCP 47 asks for the two-letter code (RFC 5646, section 2.2.1), but some apps send
# these.
_ISO_639_2: dict[str, str] = {
    "fas": "fa",
    "per": "fa",
    "ara": "ar",
    "som": "so",
    "tir": "ti",
    "fin": "fi",
    "swe": "sv",
    "eng": "en",
    "tur": "tr",
    "spa": "es",
}

LANGUAGE_ALIASES: Mapping[str, str] = {
    **{
        member: macro
        for macro, members in _MACROLANGUAGE_MEMBERS.items()
        for member in members.split()
    },
    **_ISO_639_2,
}
"""Primary language subtag (lower case) → the ISO 639-1 code whose catalogue serves it."""


def negotiate_locale(language_code: object, available: Collection[str], default: str) -> str:
    """The best of ``available`` for ``language_code``, else ``default``.

    ``language_code`` may be anything (``None``, ``""``, a non-string): anything that is
    not a well-formed tag yields ``default``. Order: the whole tag (``fa-AF`` → ``fa_AF``),
    its primary subtag (``fa``), then the same two with the primary subtag replaced by its
    :data:`LANGUAGE_ALIASES` entry (``prs-AF`` → ``fa_AF``, then ``fa``).
    """
    if not isinstance(language_code, str):
        return default
    tag = language_code.strip()
    if not tag or len(tag) > 35 or not _TAG.match(tag):
        return default
    by_lower = {locale.lower(): locale for locale in available}
    primary, _, rest = tag.replace("-", "_").lower().partition("_")
    candidates = [primary]
    if primary in LANGUAGE_ALIASES:
        candidates.append(LANGUAGE_ALIASES[primary])
    for language in candidates:
        for key in (f"{language}_{rest}" if rest else language, language):
            if key in by_lower:
                return by_lower[key]
    return default
