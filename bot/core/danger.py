"""Detection of immediate danger in free text, in every supported language at once.

DESIGN.md §2: any sign of danger in a free-text message interrupts the conversation and shows
the emergency card (112 first). The word lists live in ``data/danger/<lang>.toml``; their format
is described at the top of ``data/danger/en.toml``. A user may write in any language, so every
message is checked against all lists. Matching works on normalized tokens
(``bot.core.textnorm``): whole words, no substrings, one typo tolerated in words of five
letters or more, leetspeak read in a second pass.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from bot.core.textnorm import deletions, normalize, squeeze, tokenize, unleet, within_one_edit

CATEGORIES: Final = ("threat_to_life", "weapon", "forced_or_held", "location_known",
                     "self_harm", "suicidal", "violence_now")
REVIEW_STATUSES: Final = frozenset({"source", "unreviewed", "reviewed"})
FUZZY_MIN_LENGTH: Final = 5
_ID: Final = re.compile(r"[a-z0-9_]+")
_FILE_KEYS: Final = frozenset({"language", "review_status", "translator_note", "pattern"})
_PATTERN_KEYS: Final = frozenset({"id", "category", "phrases", "near", "window", "gap",
                                  "unless", "fuzzy"})

Slots = tuple[frozenset[str], ...]
Span = tuple[int, int]


class DangerDataError(ValueError):
    """A danger word list is missing or malformed; the message names the file and pattern."""

    def __init__(self, path: Path, problem: str, pattern_id: str | None = None) -> None:
        where = f"{path}: pattern {pattern_id!r}" if pattern_id else str(path)
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.pattern_id = pattern_id


@dataclass(frozen=True, slots=True)
class DangerMatch:
    """Which list entry fired: ``category`` is one of ``CATEGORIES``, ``language`` the list's
    file name (``"sv"``), ``pattern_id`` the entry's ``id`` in that file."""

    category: str
    language: str
    pattern_id: str


@dataclass(frozen=True, slots=True)
class _Rule:
    match: DangerMatch
    slots: Slots
    ordered: bool  # phrase (in order, at most `reach` tokens between words) or near (any order)
    reach: int  # gap for phrases, window for near
    unless: tuple[Slots, ...]

    def find(self, positions: Mapping[str, list[int]]) -> Span | None:
        """The earliest span where this rule fires and no ``unless`` phrase overlaps it."""
        slot_positions = [_union(positions, slot) for slot in self.slots]
        if not all(slot_positions):
            return None
        spans = (_ordered_spans(slot_positions, self.reach) if self.ordered
                 else _near_spans(slot_positions, self.reach))
        if spans and self.unless:
            vetoes = [span for unless in self.unless
                      for span in _ordered_spans([_union(positions, s) for s in unless], 1)]
            spans = [(a, b) for a, b in spans if not any(a <= d and c <= b for c, d in vetoes)]
        return spans[0] if spans else None


def _union(positions: Mapping[str, list[int]], slot: frozenset[str]) -> list[int]:
    found: set[int] = set()
    for key in slot:
        found.update(positions.get(key, ()))
    return sorted(found)


def _ordered_spans(slot_positions: Sequence[list[int]], gap: int) -> list[Span]:
    reach = {p: p for p in slot_positions[0]}  # end position → start position
    for positions in slot_positions[1:]:
        following: dict[int, int] = {}
        for q in positions:
            for distance in range(1, gap + 2):
                if q - distance in reach:
                    following[q] = reach[q - distance]
                    break
        reach = following
    return sorted((start, end) for end, start in reach.items())


def _near_spans(slot_positions: Sequence[list[int]], window: int) -> list[Span]:
    events = sorted((p, i) for i, positions in enumerate(slot_positions) for p in positions)
    counts = [0] * len(slot_positions)
    covered, left, spans = 0, 0, []
    for right, (end, slot) in enumerate(events):
        covered += counts[slot] == 0
        counts[slot] += 1
        while covered == len(counts):
            start, first = events[left]
            distinct = {p for p, _ in events[left : right + 1]}
            if end - start < window and len(distinct) >= len(counts):
                spans.append((start, end))
            counts[first] -= 1
            covered -= counts[first] == 0
            left += 1
    return spans


class _Lexicon:
    """Every word of every list, indexed so a token finds its keys in a few dict lookups.

    Keys: ``=w`` exact, ``~w`` exact or one typo away, ``w*`` prefix, ``*w`` suffix, ``#`` any
    number. Elongated tokens are also compared in ``squeeze`` form.
    """

    def __init__(self) -> None:
        self.exact: dict[str, set[str]] = {}
        self.affix: dict[tuple[bool, bool, int], dict[str, str]] = {}  # (suffix?, squeezed?, len)
        self.typo: dict[str, set[str]] = {}  # deletion variant → fuzzy words
        self.numbers = False

    def key(self, word: str, fuzzy: bool) -> str | None:
        """Register one list word (``kniv``, ``=skjuta``, ``knivhugg*``, ``*قتلني``, ``#``)."""
        if word == "#":
            self.numbers = True
            return word
        suffix, prefix = word.startswith("*"), word.endswith("*")
        exact_only = word.startswith("=")
        tokens = tokenize(normalize(word.strip("*=")))
        if len(tokens) != 1 or (suffix and prefix) or tokens[0][0] in ("مي", "نمي"):
            return None
        token = tokens[0][0]
        if suffix or prefix:
            for squeezed, stem in ((False, token), (True, squeeze(token))):
                self.affix.setdefault((suffix, squeezed, len(stem)), {})[stem] = word_key(
                    token, suffix)
            return word_key(token, suffix)
        key = f"~{token}" if fuzzy and not exact_only and len(token) >= FUZZY_MIN_LENGTH \
            else f"={token}"
        for form in {token, squeeze(token)}:
            self.exact.setdefault(form, set()).add(key)
        if key[0] == "~":
            for variant in [token, *deletions(token)]:
                self.typo.setdefault(variant, set()).add(token)
        return key

    def keys_for(self, token: str, elongated: bool) -> set[str]:
        """The keys that ``token`` (from ``textnorm.tokenize``) satisfies."""
        keys = {k for k in self.exact.get(token, ()) if k[1:] == token}
        forms = ((token, False), (squeeze(token), True)) if elongated else ((token, False),)
        if elongated:
            keys.update(self.exact.get(forms[1][0], ()))
        for (suffix, squeezed, length), stems in self.affix.items():
            for form, is_squeezed in forms:
                if squeezed == is_squeezed and len(form) >= length:
                    key = stems.get(form[-length:] if suffix else form[:length])
                    if key is not None:
                        keys.add(key)
        if len(token) >= FUZZY_MIN_LENGTH:
            for variant in [token, *deletions(token)]:
                for word in self.typo.get(variant, ()):
                    if within_one_edit(token, word):
                        keys.add(f"~{word}")
        if self.numbers and token.isascii() and token.isdigit():
            keys.add("#")
        return keys


def word_key(token: str, suffix: bool) -> str:
    """Index key of an affix word: ``*token`` for a suffix, ``token*`` for a prefix."""
    return f"*{token}" if suffix else f"{token}*"


class DangerDetector:
    """Finds signs of immediate danger in free text; build it with ``from_dir``."""

    def __init__(self, rules: Sequence[_Rule], lexicon: _Lexicon,
                 review_status: Mapping[str, str]) -> None:
        self._rules = tuple(rules)
        self._lexicon = lexicon
        self.review_status: Mapping[str, str] = dict(review_status)
        self._by_key: dict[str, set[int]] = {}
        for index, rule in enumerate(self._rules):
            for slot in rule.slots:
                for key in slot:
                    self._by_key.setdefault(key, set()).add(index)

    @property
    def languages(self) -> tuple[str, ...]:
        """Language codes of the loaded lists, sorted."""
        return tuple(sorted(self.review_status))

    @classmethod
    def from_dir(cls, path: Path) -> DangerDetector:
        """Load every ``*.toml`` list in ``path`` (one file per language, named ``<lang>.toml``).

        Raises ``DangerDataError`` naming the file (and pattern) when the directory holds no
        list, a file is not valid TOML, or an entry breaks the format.
        """
        files = sorted(path.glob("*.toml"))
        if not files:
            raise DangerDataError(path, "no danger word lists (*.toml) found")
        lexicon, rules, status = _Lexicon(), [], {}
        for file in files:
            try:
                data = tomllib.loads(file.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise DangerDataError(file, f"cannot read: {exc}") from exc
            status[file.stem] = _check_file(file, data)
            rules.extend(_load_patterns(file, data["pattern"], lexicon))
        return cls(rules, lexicon, status)

    def detect(self, text: str) -> DangerMatch | None:
        """Return the most specific danger match in ``text``, or ``None``; never raises.

        "Most specific" is the entry with the most words, then the earliest in the text, then
        the first in file order (``ar`` before ``en`` …).
        """
        normalized = normalize(text)
        found = self._scan(normalized)
        if found is None:
            rewritten = unleet(normalized)
            if rewritten is not None:
                found = self._scan(rewritten)
        return found

    def _scan(self, normalized: str) -> DangerMatch | None:
        positions: dict[str, list[int]] = {}
        seen: dict[tuple[str, bool], set[str]] = {}
        for index, token in enumerate(tokenize(normalized)):
            keys = seen.get(token)
            if keys is None:
                keys = seen[token] = self._lexicon.keys_for(*token)
            for key in keys:
                positions.setdefault(key, []).append(index)
        candidates = {i for key in positions for i in self._by_key.get(key, ())}
        best: tuple[int, int, int] | None = None
        for index in candidates:
            span = self._rules[index].find(positions)
            rank = (-len(self._rules[index].slots), span[0], index) if span else None
            if rank is not None and (best is None or rank < best):
                best = rank
        return None if best is None else self._rules[best[2]].match


def _check_file(file: Path, data: Mapping[str, Any]) -> str:
    unknown = set(data) - _FILE_KEYS
    if unknown:
        raise DangerDataError(file, f"unknown keys {sorted(unknown)}")
    if data.get("language", file.stem) != file.stem:
        raise DangerDataError(file, f"language {data['language']!r} differs from file name")
    status = data.get("review_status")
    if status not in REVIEW_STATUSES:
        raise DangerDataError(file, f"review_status must be one of {sorted(REVIEW_STATUSES)}")
    if not isinstance(data.get("pattern"), list) or not data["pattern"]:
        raise DangerDataError(file, "needs at least one [[pattern]]")
    return str(status)


def _load_patterns(file: Path, entries: Iterable[Any], lexicon: _Lexicon) -> list[_Rule]:
    rules: list[_Rule] = []
    ids: set[str] = set()
    for number, entry in enumerate(entries, 1):
        pid = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(pid, str) or not _ID.fullmatch(pid) or pid in ids:
            raise DangerDataError(file, f"pattern #{number}: id missing, repeated or not [a-z0-9_]")
        ids.add(pid)

        def fail(problem: str, pid: str = pid) -> DangerDataError:
            return DangerDataError(file, problem, pid)

        if set(entry) - _PATTERN_KEYS:
            raise fail(f"unknown keys {sorted(set(entry) - _PATTERN_KEYS)}")
        if entry.get("category") not in CATEGORIES:
            raise fail(f"category must be one of {list(CATEGORIES)}")
        fuzzy = entry.get("fuzzy", True)
        ordered = "phrases" in entry
        if ordered == ("near" in entry) or not isinstance(fuzzy, bool):
            raise fail("needs exactly one of 'phrases' or 'near'; 'fuzzy' is true or false")
        reach = entry.get("gap", 1) if ordered else entry.get("window", 6)
        phrases = entry["phrases"] if ordered else [" ".join(_strings(entry["near"], fail))]
        unless = tuple(_slots(p, lexicon, fuzzy, fail) for p in _strings(entry.get("unless", []), fail))
        for phrase in _strings(phrases, fail):
            slots = _slots(phrase, lexicon, fuzzy, fail)
            if not isinstance(reach, int) or not 0 <= reach <= 12 or (
                    not ordered and not len(slots) <= reach):
                raise fail("'gap' must be 0-12; 'window' at least the number of words, at most 12")
            if not ordered and len(slots) < 2:
                raise fail("'near' needs at least two words")
            match = DangerMatch(entry["category"], file.stem, pid)
            rules.append(_Rule(match, slots, ordered, reach, unless))
    return rules


def _strings(value: Any, fail: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail("'phrases', 'near' and 'unless' are lists of non-empty strings")
    return value


def _slots(phrase: str, lexicon: _Lexicon, fuzzy: bool, fail: Any) -> Slots:
    slots = []
    for word in phrase.split():
        keys = {lexicon.key(alt, fuzzy) for alt in word.split("|") if alt}
        if None in keys or not keys:
            raise fail(f"{word!r} in {phrase!r}: each alternative must be one word")
        slots.append(frozenset(k for k in keys if k is not None))
    return tuple(slots)
