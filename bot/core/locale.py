"""Locale negotiation from Telegram's ``User.language_code``.

``language_code`` is an optional IETF language tag (Bot API, ``User``) reflecting the
Telegram app's interface language. It may be missing, empty, malformed or in any case
and separator (``sv-SE``, ``ar_SE``, ``pt-br``, ``zh-hans``). The fallback chain is:
exact match, then the primary subtag, then the default. Nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_TAG = re.compile(r"^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$")


def negotiate_locale(language_code: object, available: Collection[str], default: str) -> str:
    """The best of ``available`` for ``language_code``, else ``default``.

    ``language_code`` may be anything (``None``, ``""``, a non-string): anything that is
    not a well-formed tag yields ``default``.
    """
    if not isinstance(language_code, str):
        return default
    tag = language_code.strip()
    if not tag or len(tag) > 35 or not _TAG.match(tag):
        return default
    normalized = tag.replace("-", "_")
    by_lower = {locale.lower(): locale for locale in available}
    exact = by_lower.get(normalized.lower())
    if exact is not None:
        return exact
    primary = normalized.split("_", 1)[0].lower()
    return by_lower.get(primary, default)
