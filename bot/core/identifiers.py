"""Recognizers of personal identifiers in stored text, for the privacy audit (issue 5).

What counts as personal data here follows reference/sweden-resources-and-law.md §5
item 2: names, phone numbers, user ids and nicknames (Telegram ids and usernames).
A :class:`Scanner` looks for

* ``telegram id``: a run of 5–16 digits standing alone (Telegram user ids have had 5
  to 10 digits, group ids up to 13 after ``-100``);
* ``phone number``: a Swedish number, ``0``, ``+46`` or ``0046`` then 7–9 digits with
  optional spaces or hyphens (mobile ``07x``, landlines with 1–3 digit area codes);
  the public numbers of the resource directory are allowed;
* ``username``: ``@name`` or ``t.me/name`` (Telegram: 5–32 of ``A-Z a-z 0-9 _``);
* ``e-mail address``;
* ``typed text``: a line the user typed (from a ``chat`` transcript), or a word of it
  that looks like a name or a number (capitalized, or holding a digit, ``_`` or ``@``,
  at least 4 characters) and is not part of the bot's own vocabulary;
* ``identifier``: any value given explicitly (a known id, name or username), in any
  case (:func:`known_pattern`). One shorter than :data:`WHOLE_TOKEN_BELOW` characters is
  found as a whole token only (:func:`whole_token`: ``112`` is not in ``sos-112``,
  ``1120`` or ``x112``); a longer one is found inside other text too, as a leak may be
  written (``user_700123457``, ``id700123457x``), except that one of digits only
  (``-100123``, ``+46701234567``) is never found inside a longer run of digits
  (``116111`` is not in ``1161110``). A username given without ``@`` is found with or
  without it.

Digits that belong to the public vocabulary (service ids such as ``bris-116111``,
the directory's phone numbers) are not Telegram ids. A value that is a timestamp as
a database writes it is not scanned for numbers, and ISO 8601 dates (``2026-11-01``,
years 1900–2099) and times (``09:30``, ``23:59:59.999999``) inside a text are neither
phone numbers nor Telegram ids (ISO 8601-1:2019, calendar date and time of day,
extended format), so a report's period in the audit table or a log is no finding.
Found values are reported masked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?$")
_DATE_OR_TIME = re.compile(
    r"(?<!\d)(?:(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"|(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?)(?!\d)"
)
_DIGITS = re.compile(r"(?<!\w)\d{5,16}(?!\w)")
_PHONE = re.compile(r"(?<![\w+])(?:\+46|0046|0)(?:[ -]?\d){7,9}(?![\w])")
_USERNAME = re.compile(r"(?:(?<![\w@])@|t\.me/)([A-Za-z]\w{4,31})(?!\w)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORD = re.compile(r"\S*[_@]\S*|[^\W_]+")
_EDGE = ".,;:!?\"'()@"
_TOKEN = re.compile(r"[^\W_]+")
_TOKEN_CHAR = re.compile(r"[\w-]")
MIN_TYPED = 4


@dataclass(frozen=True, slots=True)
class Hit:
    """One identifier found in a text: its kind and the matched text (not for printing)."""

    kind: str
    text: str

    @property
    def masked(self) -> str:
        """The first and last characters only: ``"07…67"``, ``"K…"``."""
        if len(self.text) >= 8:
            return f"{self.text[:2]}…{self.text[-2:]}"
        return f"{self.text[:1]}…"


def national_number(text: str) -> str:
    """A Swedish phone number as national digits: ``"+46 70-123"`` → ``"070123"``."""
    digits = re.sub(r"\D", "", text)
    if text.strip().startswith("+46"):
        return "0" + digits[2:]
    if digits.startswith("0046"):
        return "0" + digits[4:]
    return digits


def typed_lines(transcript: str) -> list[str]:
    """What the user typed in a ``chat`` transcript: lines starting ``"> "``, without
    button presses (``[..]``) and commands (``/...``)."""
    typed = []
    for line in transcript.splitlines():
        if not line.startswith("> "):
            continue
        text = line[2:].strip()
        if text and not text.startswith("/") and not (text.startswith("[") and text.endswith("]")):
            typed.append(text)
    return typed


class Scanner:
    """Finds identifiers in texts; see the module docstring for what it looks for."""

    def __init__(
        self,
        *,
        public_numbers: Iterable[str] = (),
        vocabulary: Iterable[str] = (),
        typed: Iterable[str] = (),
        known: Iterable[str] = (),
    ) -> None:
        self._public_phones = {national_number(n) for n in public_numbers}
        self._vocabulary = {t.casefold() for v in vocabulary for t in _TOKEN.findall(v)}
        self._public_digits = {t for t in self._vocabulary if t.isdigit()}
        self._public_digits |= {re.sub(r"\D", "", n) for n in public_numbers}
        self._lines = {_normal(t) for t in typed if len(_normal(t)) >= MIN_TYPED}
        self._words = {
            w.strip(_EDGE).casefold()
            for t in typed
            for w in _WORD.findall(t)
            if self._distinctive(w)
        }
        self._known = {
            k.strip().casefold(): known_pattern(k.strip().casefold()) for k in known if k.strip()
        }

    def _distinctive(self, word: str) -> bool:
        word = word.strip(_EDGE)
        if len(word) < MIN_TYPED or word.casefold() in self._vocabulary:
            return False
        return word[0].isupper() or any(c.isdigit() or c in "_@" for c in word)

    def scan(self, text: str, *, ids_allowed: bool = False) -> Iterator[Hit]:
        """Every identifier in ``text``. ``ids_allowed``: digits are not reported as
        Telegram ids (the staff tables, which may hold staff members' ids)."""
        folded = text.casefold()
        for known, token in self._known.items():
            if token.search(folded):
                yield Hit("identifier", known)
        for line in self._lines:
            if line in _normal(text):
                yield Hit("typed text", line)
        if self._words:
            tokens = set(_tokens_of_leaves(text))
            for word in self._words & tokens:
                yield Hit("typed text", word)
        if _TIMESTAMP.match(text.strip()):
            return
        numbers = _DATE_OR_TIME.sub("/", text)  # a date's or time's digits are no one's
        phones = [m.group(0) for m in _PHONE.finditer(numbers)]
        for phone in phones:
            if national_number(phone) not in self._public_phones:
                yield Hit("phone number", phone)
        if not ids_allowed:
            in_phones = {re.sub(r"\D", "", p) for p in phones}
            for match in _DIGITS.finditer(numbers):
                digits = match.group(0)
                if digits not in self._public_digits and not any(digits in p for p in in_phones):
                    yield Hit("telegram id", digits)
        for match in _USERNAME.finditer(text):
            if match.group(1).casefold() not in self._vocabulary:
                yield Hit("username", match.group(0))
        for match in _EMAIL.finditer(text):
            yield Hit("e-mail address", match.group(0))


WHOLE_TOKEN_BELOW = 5
"""Characters: an ``--identifier`` shorter than this is looked for as a whole token only.
Such short values (``112``, ``42``) stand inside unrelated words and numbers everywhere
(service ids, phone numbers, counters); a Telegram user id has at least 5 digits, so a
real one is still found inside other text (a leak such as ``user_700123457``)."""
_NUMBER = re.compile(r"[+-]?\d+")


def known_pattern(value: str) -> re.Pattern[str]:
    """How an explicit identifier ``value`` (stripped, casefolded) is looked for in
    casefolded text: :func:`whole_token` below :data:`WHOLE_TOKEN_BELOW` characters; else
    a number anywhere but inside a longer run of digits, any other value anywhere."""
    if len(value) < WHOLE_TOKEN_BELOW:
        return whole_token(value)
    if _NUMBER.fullmatch(value):
        return re.compile(rf"(?<!\d){re.escape(value)}(?!\d)")
    return re.compile(re.escape(value))


def whole_token(value: str) -> re.Pattern[str]:
    """A pattern finding ``value`` as a whole token: not preceded or followed by a letter, a
    digit, ``_`` or ``-`` (``112`` is not in ``sos-112``, ``1120`` or ``x112``; ``kalle_h`` is
    in ``@kalle_h`` and ``t.me/kalle_h``). The boundary applies at an end of ``value`` only
    where that end is itself such a character: ``@kalle_h`` and ``+46701234567`` are checked
    at their last character only (``@kalle_h`` is found in ``x@kalle_h``, not in
    ``@kalle_hx``). Letters and digits are Unicode's (:mod:`re`'s ``\\w``). ``value`` is
    matched as it is: casefold both it and the text for a search in any case."""
    start = r"(?<![\w-])" if _TOKEN_CHAR.match(value[:1]) else ""
    end = r"(?![\w-])" if _TOKEN_CHAR.match(value[-1:]) else ""
    return re.compile(start + re.escape(value) + end)


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def _tokens_of_leaves(text: str) -> Iterator[str]:
    """Casefolded words of ``text``; for JSON, of its string and number leaves only
    (object keys are the program's own names)."""
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = text
    for leaf in _leaves(parsed):
        yield from (w.strip(_EDGE).casefold() for w in _WORD.findall(leaf))
        yield from (t.casefold() for t in _TOKEN.findall(leaf))


def _leaves(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    elif value is not None:
        yield str(value)
