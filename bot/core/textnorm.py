"""Normalization of short free-text messages for word-list matching.

Used by the danger detector (``bot.core.danger``): user text and the word lists go through the
same functions, so a list written as ``död`` matches ``DÖD``, ``dod`` and ``död`` typed with a
zero-width space or a combining diaeresis. The functions are pure, accept any ``str`` without
raising and run in time linear in its length; the first call builds the character tables
(about 50 ms, once per process).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from typing import Final

# Apostrophes vanish so that "don't" and "dont" are one token (Somali uses the apostrophe as
# a letter, the same rule applies to the lists). Tatweel is Arabic elongation, not a letter.
_REMOVED: Final = "'`\u2018\u2019\u02bc\u0640"
_LETTERS: Final = {
    "\u0649": "\u064a",  # alef maksura → yeh
    "\u06cc": "\u064a",  # Persian yeh → Arabic yeh
    "\u0643": "\u06a9",  # Arabic kaf → Persian keheh
    "\u0629": "\u0647",  # teh marbuta → heh
    "\u06d5": "\u0647",  # ae → heh
    "\u0671": "\u0627",  # alef wasla → alef
    "\u12a3": "\u12a0",  # Ethiopic ኣ (a) → አ (ä): mixed up in informal writing
    "\u12d3": "\u12a0",  # ዓ → አ, as the whole ዐ series below
}
# Ethiopic series that Tigrinya writers use interchangeably: ሐ/ኀ→ሀ, ሠ→ሰ, ፀ→ጸ, ዐ→አ, ቐ→ቀ.
_ETHIOPIC_SERIES: Final = {
    0x1210: 0x1200,
    0x1280: 0x1200,
    0x1220: 0x1230,
    0x1350: 0x1340,
    0x12D0: 0x12A0,
    0x1250: 0x1240,
}
# Code points holding every combining mark, format character and non-ASCII decimal digit.
_SCANNED: Final = (range(0x20000), range(0xE0000, 0xE1000))

# A word, or a sentence end (one ".", or "!" "?" "؟" "።" "፧", before a space; a line break).
_PIECE: Final = re.compile(r"([^\W_]+)|(?:[!?\u061f\u1362\u1367]+|(?<!\.)\.(?!\.))(?=\s|$)|\n")
_LEET_WORD: Final = re.compile(r"[\w@$]+")
_RUN3: Final = re.compile(r"([^\W\d_])\1{2,}")
_RUN2: Final = re.compile(r"(.)\1+")
_LEET: Final = str.maketrans("013457@$", "oieastas")
_LEET_CHARS: Final = frozenset("013457@$")
# Persian writes the verb prefix می/نمی joined, with a zero-width non-joiner or with a space.
_PERSIAN_PREFIXES: Final = frozenset({"\u0645\u064a", "\u0646\u0645\u064a"})


@functools.cache
def _tables() -> tuple[re.Pattern[str], dict[int, str]]:
    """The pattern of characters to drop and the letter/digit table; built on first use."""
    dropped = [ord(char) for char in _REMOVED]
    table = {
        source + offset: chr(target + offset)
        for source, target in _ETHIOPIC_SERIES.items()
        for offset in range(8)
    }
    table.update({ord(char): folded for char, folded in _LETTERS.items()})
    for code in itertools.chain(*_SCANNED):
        category = unicodedata.category(chr(code))
        if category in ("Mn", "Me", "Cf"):
            dropped.append(code)  # combining marks, harakat, zero-width and bidi controls
        elif category == "Nd" and code > 0x7F:
            table[code] = str(unicodedata.decimal(chr(code)))  # Arabic-Indic, Persian … → 0-9
    dropped.sort()
    ranges: list[list[int]] = []
    for code in dropped:
        if ranges and code <= ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    pattern = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[{pattern}]+"), table


# Zero-width characters that people (and copy-paste) put between words: the zero-width space,
# the word joiner and the byte order mark. ``zero_width_as_space`` reads them as spaces
# ("they\u200bwill\u200bkill\u200bme"). The zero-width non-joiner (U+200C) is not among them:
# it is part of Persian spelling ("می\u200cخوام"), and ``normalize`` drops it, as every format
# character; so is the zero-width joiner (U+200D) of emoji sequences.
ZERO_WIDTH_SPACES: Final = "\u200b\u2060\ufeff"
_ZERO_WIDTH: Final = re.compile(f"[{ZERO_WIDTH_SPACES}]")


def zero_width_as_space(text: str) -> str | None:
    """``text`` with each character of ``ZERO_WIDTH_SPACES`` replaced by a space, or ``None``
    when it holds none. ``normalize`` drops them instead (a word split by one, "ki\u200bll",
    is read whole); the danger detector tries both readings. Never raises."""
    if _ZERO_WIDTH.search(text) is None:
        return None
    return _ZERO_WIDTH.sub(" ", text)


def normalize(text: str) -> str:
    """Fold ``text`` for matching: casefold, NFKD, no combining marks or format characters.

    Also unifies Arabic/Persian letter forms (أإآ→ا, ى/ی→ي, ك→ک, ة→ه), drops tatweel and
    apostrophes, maps every decimal digit to 0-9 and merges interchangeable Ethiopic letters.
    Returns a string of roughly the same length; never raises.
    """
    if text.isascii():  # no marks, format characters or letters to fold: the common case
        return text.lower().replace("'", "").replace("`", "")
    drop, table = _tables()
    folded = unicodedata.normalize("NFKD", text.casefold()).casefold()
    return drop.sub("", folded).translate(table)


def tokenize(normalized: str, breaks: set[int] | None = None) -> list[tuple[str, bool]]:
    """Split normalized text into ``(token, elongated)`` pairs, in text order.

    Tokens are runs of letters and digits; a sentence end ("." or "!" before a space, a line
    break) is the pair ``("", False)``. A run of three or more equal letters is cut to two
    ("diiiie" → "diie") and the token is flagged ``elongated`` so that callers may also compare
    its ``squeeze`` form. A Persian ``می``/``نمی`` written apart is joined to the next word.

    ``breaks``, when given, receives the index (in the returned list) of every token that
    follows punctuation and a space inside its sentence: a comma, a dash, an ellipsis, an Arabic
    comma ("a, b", "a - b", "a... b", "a، b"), which join clauses without ending the sentence.
    A hyphen or a comma inside a word ("knife-crime", "5,5") is no break.
    """
    tokens: list[tuple[str, bool]] = []
    check_runs = _RUN3.search(normalized) is not None
    pending, pending_break, last_end = "", False, 0
    for piece in _PIECE.finditer(normalized):
        word = piece.group(1)
        between = normalized[last_end : piece.start()]  # what separates it from the last piece
        last_end = piece.end()
        if word is None:
            if pending:
                tokens.append((pending, False))
                pending = ""
            if tokens and tokens[-1][0]:
                tokens.append(("", False))
            continue
        broken = (
            breaks is not None
            and not pending
            and bool(tokens and tokens[-1][0])
            and _is_break(between)
        )
        elongated = check_runs and _RUN3.search(word) is not None
        if elongated:
            word = _RUN3.sub(r"\1\1", word)
        if word in _PERSIAN_PREFIXES and not pending:
            pending, pending_break = word, broken
            continue
        if breaks is not None and (pending_break if pending else broken):
            breaks.add(len(tokens))
        tokens.append((pending + word, elongated))
        pending = ""
    if pending:
        if breaks is not None and pending_break:
            breaks.add(len(tokens))
        tokens.append((pending, False))
    return tokens


def _is_break(between: str) -> bool:
    """Whether the text between two words holds punctuation and a space."""
    return (
        between != " "
        and any(char.isspace() for char in between)
        and any(unicodedata.category(char)[0] == "P" for char in between)
    )


def unleet(normalized: str) -> str | None:
    """Read leetspeak (0→o 1→i 3→e 4→a 5→s 7→t @→a $→s) in words that also hold letters.

    Returns the rewritten text, or ``None`` when there is nothing to rewrite. Numbers standing
    alone ("112", "5 km") are left as they are.
    """
    if _LEET_CHARS.isdisjoint(normalized):
        return None

    def rewrite(match: re.Match[str]) -> str:
        word = match.group()
        if _LEET_CHARS.isdisjoint(word) or not any(char.isalpha() for char in word):
            return word
        return word.translate(_LEET)

    rewritten = _LEET_WORD.sub(rewrite, normalized)
    return None if rewritten == normalized else rewritten


# Three or more single letters, each followed by one space, a dot or a dot and a space: a word
# spelled out ("h e l p", "h.e.l.p", "h. j. ä. l. p").
_SPELLED: Final = re.compile(r"(?<![^\W_])[^\W\d_](?:(?:\. ?| )[^\W\d_]){2,}(?![^\W_])")
_SPELLED_GAP: Final = re.compile(r"\. ?| ")
# A word of lower-case letters holding a capital I after its first letter ("kiII"): the I is
# an l typed with the shift key or a homoglyph, as "I" and "l" look alike in most fonts.
_CAPITAL_I: Final = re.compile(r"(?<![^\W_])[^\W\d_][^\W\d_]*I[^\W\d_]*")


def spelled_out(normalized: str) -> str | None:
    """Read words spelled letter by letter: three or more single letters, each separated by
    one space, one dot or a dot and a space, are joined ("h e l p" → "help", "h.e.l.p" →
    "help"). Two letters ("p.e.", "a b") are left as they are.

    Returns the rewritten text, or ``None`` when there is nothing to rewrite. Never raises.
    """
    rewritten = _SPELLED.sub(lambda match: _SPELLED_GAP.sub("", match.group()), normalized)
    return None if rewritten == normalized else rewritten


# Cyrillic and Greek letters that look like Latin ones (Unicode's confusables, lower case:
# ``normalize`` has folded case). Typed by keyboards that switch layouts, or on purpose.
_HOMOGLYPHS: Final = str.maketrans(
    {
        "\u0430": "a",  # а
        "\u0432": "b",  # в
        "\u0435": "e",  # е
        "\u043a": "k",  # к
        "\u043c": "m",  # м
        "\u043d": "h",  # н
        "\u043e": "o",  # о
        "\u0440": "p",  # р
        "\u0441": "c",  # с
        "\u0442": "t",  # т
        "\u0443": "y",  # у
        "\u0445": "x",  # х
        "\u0455": "s",  # ѕ
        "\u0456": "i",  # і
        "\u0458": "j",  # ј
        "\u04bb": "h",  # һ
        "\u0501": "d",  # ԁ
        "\u051b": "q",  # ԛ
        "\u051d": "w",  # ԝ
        "\u03b1": "a",  # α
        "\u03b5": "e",  # ε
        "\u03b9": "i",  # ι
        "\u03ba": "k",  # κ
        "\u03bd": "v",  # ν
        "\u03bf": "o",  # ο
        "\u03c1": "p",  # ρ
        "\u03c4": "t",  # τ
        "\u03c5": "u",  # υ
        "\u03c7": "x",  # χ
    }
)
_WORD: Final = re.compile(r"[^\W\d_]+")
_ASCII_LETTER: Final = re.compile(r"[a-z]")


def latin_homoglyphs(normalized: str) -> str | None:
    """Read Cyrillic and Greek look-alikes inside a Latin word as the Latin letters they look
    like ("kіll" with a Cyrillic і → "kill"). Only words that mix them with Latin letters
    are rewritten: a word wholly in Cyrillic or Greek ("убить") is a word of its own
    language. Runs on ``normalize``'s output.

    Returns the rewritten text, or ``None`` when there is nothing to rewrite. Never raises.
    """
    if normalized.isascii():
        return None

    def rewrite(match: re.Match[str]) -> str:
        word = match.group()
        if _ASCII_LETTER.search(word) is None:
            return word
        return word.translate(_HOMOGLYPHS)

    rewritten = _WORD.sub(rewrite, normalized)
    return None if rewritten == normalized else rewritten


def capital_i_as_l(text: str) -> str | None:
    """Read a capital I inside an otherwise lower-case word as an l ("kiII" → "kill"). Runs
    on text before ``normalize`` (which folds case). The first letter of a word is left
    alone ("Ill be there", "Im", "It"), and so is a word with any other capital letter
    ("McIntyre", "AI", "WiFI").

    Returns the rewritten text, or ``None`` when there is nothing to rewrite. Never raises.
    """
    if "I" not in text:
        return None

    def rewrite(match: re.Match[str]) -> str:
        word = match.group()
        rest = word[1:].replace("I", "")
        if not word[0].islower() or (rest and not rest.islower()):
            return word
        return word[0] + word[1:].replace("I", "l")

    rewritten = _CAPITAL_I.sub(rewrite, text)
    return None if rewritten == text else rewritten


def squeeze(token: str) -> str:
    """Cut every run of equal characters to one: ``"diie"`` → ``"die"``, ``"kill"`` → ``"kil"``."""
    return _RUN2.sub(r"\1", token)


def deletions(token: str) -> list[str]:
    """All strings made by deleting one character of ``token`` (the SymSpell key set)."""
    return [token[:i] + token[i + 1 :] for i in range(len(token))]


def within_one_edit(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` differ by at most one insertion, deletion, substitution or
    transposition of two adjacent characters (optimal string alignment distance ≤ 1)."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if i == len(a):
        return True
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


FUZZY_MIN_LENGTH: Final = 5  # shorter words must match exactly: "kill" ≠ "skill", "dö" ≠ "do"
AFFIX_MIN_LENGTH: Final = 3  # a prefix or suffix word needs at least this many letters
# A prefix stem this long also takes one typo in the stem ("knivhugen" for "knivhugg*", "a
# fresh-clone tester's typos): 16 stems of the lists, none close to an ordinary word.
FUZZY_PREFIX_MIN_LENGTH: Final = 7


class WordIndex:
    """Word-list entries indexed so that one token finds its entries in a few dict lookups.

    ``add`` takes one entry in list syntax and returns its key: ``kniv`` → ``~kniv`` or
    ``=kniv`` (exact, plus one typo when the word has at least ``FUZZY_MIN_LENGTH`` letters and
    ``fuzzy`` is true), ``=skjuta`` → ``=skjuta`` (exact only), ``knivhugg*`` (prefix),
    ``*قتلني`` (suffix), ``#`` (any number). ``keys_for`` returns the keys a token satisfies.
    Typos use SymSpell deletion keys, so a lookup costs about one dict access per letter.
    """

    def __init__(self) -> None:
        self._exact: dict[str, set[str]] = {}  # token and squeezed token → keys
        # "<" + first two letters / ">" + last two → (is suffix, stem, key); the squeezed index
        # holds squeezed stems, for elongated tokens
        self._affix: dict[str, list[tuple[bool, str, str]]] = {}
        self._affix_squeezed: dict[str, list[tuple[bool, str, str]]] = {}
        self._typo: dict[str, set[str]] = {}  # word or one-deletion variant → fuzzy words
        self._typo_max = 0
        self._typo_heads: set[str] = set()  # first two letters of fuzzy words: a quick filter
        self._ordinary: set[str] = set()  # real words that are never typos of a list word
        # first two letters → (stem, key) of prefixes that take a typo (FUZZY_PREFIX_MIN_LENGTH)
        self._fuzzy_prefixes: dict[str, list[tuple[str, str]]] = {}
        self._numbers = False
        # (entry, fuzzy) → key of entries already indexed: the lists repeat their words (33k
        # entries, 13k distinct), and indexing one again would only append duplicates
        self._added: dict[tuple[str, bool], str] = {}

    def add(self, entry: str, fuzzy: bool = True) -> str:
        """Index ``entry`` and return its key.

        Raises ``ValueError`` when the entry is not exactly one word once normalized, or is an
        affix shorter than ``AFFIX_MIN_LENGTH``.
        """
        key = self._added.get((entry, fuzzy))
        if key is None:
            key = self._added[entry, fuzzy] = self._index(entry, fuzzy)
        return key

    def _index(self, entry: str, fuzzy: bool) -> str:
        if entry == "#":
            self._numbers = True
            return entry
        suffix, prefix = entry.startswith("*"), entry.endswith("*")
        tokens = tokenize(normalize(entry.strip("*=")))
        if len(tokens) != 1 or not tokens[0][0] or tokens[0][0] in _PERSIAN_PREFIXES:
            raise ValueError(f"{entry!r} is not one word (write Persian می joined to its verb)")
        token = tokens[0][0]
        if suffix or prefix:
            if (suffix and prefix) or len(token) < AFFIX_MIN_LENGTH:
                raise ValueError(
                    f"{entry!r}: use one '*', on a stem of {AFFIX_MIN_LENGTH}+ letters"
                )
            key = f"*{token}" if suffix else f"{token}*"
            for index, stem in ((self._affix, token), (self._affix_squeezed, squeeze(token))):
                bucket = f">{stem[-2:]}" if suffix else f"<{stem[:2]}"
                index.setdefault(bucket, []).append((suffix, stem, key))
            if prefix and fuzzy and len(token) >= FUZZY_PREFIX_MIN_LENGTH:
                self._fuzzy_prefixes.setdefault(token[:2], []).append((token, key))
            return key
        typo = fuzzy and not entry.startswith("=") and len(token) >= FUZZY_MIN_LENGTH
        key = f"~{token}" if typo else f"={token}"
        for form in {token, squeeze(token)}:
            self._exact.setdefault(form, set()).add(key)
        if typo:
            self._typo_max = max(self._typo_max, len(token))
            self._typo_heads.update(token[:2])
            for variant in [token, *deletions(token)]:
                self._typo.setdefault(variant, set()).add(token)
        return key

    def add_ordinary(self, word: str) -> None:
        """Never read ``word`` as a typo ("dumped" is not "jumped"); exact matches still count.

        Raises ``ValueError`` when ``word`` is not exactly one word once normalized.
        """
        tokens = tokenize(normalize(word))
        if len(tokens) != 1 or not tokens[0][0]:
            raise ValueError(f"{word!r} is not one word")
        self._ordinary.add(tokens[0][0])

    def keys_for(self, token: str, elongated: bool = False) -> set[str]:
        """Keys of the entries that ``token`` (a ``tokenize`` pair) satisfies."""
        keys = {key for key in self._exact.get(token, ()) if key[1:] == token}
        _add_affixes(token, self._affix, keys)
        if elongated:
            squeezed = squeeze(token)
            keys.update(self._exact.get(squeezed, ()))
            _add_affixes(squeezed, self._affix_squeezed, keys)
        if (
            FUZZY_MIN_LENGTH <= len(token) <= self._typo_max + 1
            and token not in self._ordinary
            and not self._typo_heads.isdisjoint(token[:2])
        ):  # one edit keeps a head letter
            for variant in [token, *deletions(token)]:
                for word in self._typo.get(variant, ()):
                    if within_one_edit(token, word):
                        keys.add(f"~{word}")
        if len(token) >= FUZZY_PREFIX_MIN_LENGTH - 1 and token not in self._ordinary:
            for stem, key in self._fuzzy_prefixes.get(token[:2], ()):
                if key not in keys and _typo_of_prefix(token, stem):
                    keys.add(key)
        if self._numbers and token.isascii() and token.isdigit():
            keys.add("#")
        return keys


def _typo_of_prefix(token: str, stem: str) -> bool:
    """Whether ``token`` begins with ``stem`` written with one typo (a letter missing, added,
    changed or two swapped): ``knivhugen`` for ``knivhugg``, ``knivhyggen`` too."""
    return any(
        within_one_edit(token[:length], stem)
        for length in (len(stem) - 1, len(stem), len(stem) + 1)
        if length <= len(token)
    )


def _add_affixes(token: str, index: dict[str, list[tuple[bool, str, str]]], keys: set[str]) -> None:
    for bucket in (f"<{token[:2]}", f">{token[-2:]}"):
        for suffix, stem, key in index.get(bucket, ()):
            if token.endswith(stem) if suffix else token.startswith(stem):
                keys.add(key)
