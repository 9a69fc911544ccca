"""Left-to-right runs inside right-to-left text, kept whole with Unicode isolates.

In an Arabic, Persian or Sorani Kurdish paragraph the Unicode Bidirectional Algorithm (UAX #9) lays out
neutral characters by their neighbours: "116 111" can come out as "111 116", "/start" as
"start/", "Bris (Stockholm)" with its brackets swapped. Wrapping each left-to-right run in
FSI … PDI (U+2068 FIRST STRONG ISOLATE, U+2069 POP DIRECTIONAL ISOLATE; UAX #9 §2.7) makes
the run one unit, laid out left to right on its own, whatever surrounds it.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final

FSI: Final = "\u2068"
PDI: Final = "\u2069"
_OPENERS: Final = frozenset({"\u2066", "\u2067", FSI})  # LRI, RLI, FSI
_STRONG_RTL: Final = frozenset({"R", "AL"})
_LTR_CORE: Final = frozenset({"L", "EN"})  # Latin (and other LTR) letters, European digits
# Characters that keep a run together when they stand between two LTR characters:
# "13–15", "Röda Korset", "116 111", "08:00", "bris.se/chatt", "Rädda Barnen's".
_JOINERS: Final = frozenset(" -–./:,'’+&_@#")
# Characters that belong to the run when they come right before it: "/start", "+46", "#tag".
_PREFIXES: Final = frozenset("/+#@")


# Languages written right to left (ISO 639-1, or ISO 639-3 where there is none: ckb is Sorani
# Kurdish, a catalogue here; CLDR "characterOrder": "right-to-left").
RTL_LANGUAGES: Final = frozenset({"ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ug"})


def is_rtl_locale(locale: str) -> bool:
    """Whether text in ``locale`` ("fa", "ar_SE", "ar-SE") is written right to left."""
    return locale.replace("_", "-").split("-")[0].lower() in RTL_LANGUAGES


def isolate(text: str) -> str:
    """``text`` wrapped in FSI … PDI, so it keeps its order inside any paragraph."""
    return f"{FSI}{text}{PDI}"


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter (Arabic, Persian, Hebrew …)."""
    return any(unicodedata.bidirectional(ch) in _STRONG_RTL for ch in text)


def _is_core(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in _LTR_CORE


# Cards repeat the same names, descriptions and notes (a few hundred strings per
# directory and language); the result depends on the text and ``rtl`` only.
@lru_cache(maxsize=4096)
def isolate_ltr_runs(text: str, *, rtl: bool | None = None) -> str:
    """Plain text with every left-to-right run outside an isolate wrapped in FSI … PDI.

    ``rtl`` says whether the text stands in a right-to-left paragraph (a Latin-only name
    on an Arabic card does); ``None`` decides by the text itself: text without
    right-to-left letters is then returned unchanged (isolates do nothing there).
    A run starts and ends with a Latin letter or a European digit and may hold spaces and
    the punctuation of names, numbers, times and URLs in between (``_JOINERS``); a ``/``,
    ``+``, ``#`` or ``@`` right before it belongs to it. Text already inside an isolate
    (LRI, RLI or FSI … PDI) is left as it is. Works on plain text: escape HTML afterwards.
    """
    if not (has_rtl(text) if rtl is None else rtl):
        return text
    out: list[str] = []
    depth = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _OPENERS:
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
        if depth or not (_is_core(ch) or _starts_prefixed_run(text, i)):
            out.append(ch)
            i += 1
            continue
        end = _run_end(text, i)
        out.append(isolate(text[i:end]))
        i = end
    return "".join(out)


def _starts_prefixed_run(text: str, i: int) -> bool:
    return text[i] in _PREFIXES and i + 1 < len(text) and _is_core(text[i + 1])


def _run_end(text: str, start: int) -> int:
    """Index after the last core character of the run that begins at ``start``."""
    end = start + 1
    i = start + 1
    while i < len(text):
        ch = text[i]
        if _is_core(ch):
            end = i + 1
        elif ch not in _JOINERS:
            break
        i += 1
    return end
