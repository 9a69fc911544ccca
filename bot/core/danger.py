"""Detection of immediate danger in free text, in every supported language at once.

A sign of danger in any free-text message shows the emergency card, 112 first
(docs/conversation.md, "The emergency path").
The lists are ``data/danger/<lang>.toml`` (format: top of ``en.toml``); every message is
checked against all of them, whatever the user's locale. Matching is on whole normalized
tokens (``bot.core.textnorm``): one typo allowed in words of 5+ letters, stretched letters
("diiie") and leetspeak ("k1ll") read, and no phrase reaches across a sentence end. An entry
marked ``alone`` fires only on a sentence that holds nothing but its phrase and its ``extra``
words ("Help me!!", "I'm so scared", "112"), so that "help me understand" stays quiet.
The SOS emoji reads as the word "sos"; the knife and pistol emoji read as words of their
own ("emojiknife", "emojipistol") that a list names by writing the emoji itself ("🔪").

A match whose words fire in several lists at once ("112", "sos", "kms"), or that is only
digits, does not name a language by itself. The rest of the message then decides: the
language among those lists whose ``common`` words (a short list of function words in each
file: "i", "to", "the" / "jag", "vill", "att") the message's other words use most ("I want to
kms" is English, "jag vill kms" Swedish). With no such word, or a tie, the match is
``neutral``: it names no language ("kms", "112" alone).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from bot.core.textnorm import WordIndex, normalize, tokenize, unleet

CATEGORIES: Final = (
    "threat_to_life",
    "weapon",
    "forced_or_held",
    "location_known",
    "self_harm",
    "suicidal",
    "violence_now",
    "plea",  # a cry for help or for 112 standing alone ("help me!", "call 112")
    "fear",  # fear standing alone ("I'm so scared"), not fear of something ("… of spiders")
)
REVIEW_STATUSES: Final = frozenset({"source", "unreviewed", "reviewed"})
MAX_REACH: Final = 12
ALONE_MAX_TOKENS: Final = 12  # a longer sentence is never read as a plea standing alone
TOKEN_CACHE_SIZE: Final = 50_000  # distinct tokens remembered between messages
_ID: Final = re.compile(r"[a-z0-9_]+")
_FILE_KEYS: Final = frozenset(
    {"language", "review_status", "translator_note", "ordinary", "common", "pattern"}
)
_PATTERN_KEYS: Final = frozenset(
    {"id", "category", "phrases", "near", "window", "gap", "unless", "fuzzy", "alone", "extra"}
)

Slots = tuple[frozenset[str], ...]  # one set of WordIndex keys per word of a phrase
Span = tuple[int, int]  # first and last token position, inclusive
Sentence = tuple[int, list[frozenset[str]]]  # position of its first token, keys of each token
_NO_KEYS: Final = frozenset[str]()
# Emoji read as words, in the text and in the lists: "🆘" is the word "sos" of every list's
# plea; "🔪" and "🔫" are words of no language, which a list names by writing the emoji.
_EMOJI_WORDS: Final = {
    "\U0001f198": " sos ",
    "\U0001f52a": " emojiknife ",
    "\U0001f52b": " emojipistol ",
}
_EMOJI: Final = re.compile("|".join(map(re.escape, _EMOJI_WORDS)))


class DangerDataError(ValueError):
    """A danger word list is missing or malformed; the message names the file and pattern."""

    def __init__(self, path: Path, problem: str, pattern_id: str | None = None) -> None:
        where = f"{path}: pattern {pattern_id!r}" if pattern_id else str(path)
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.pattern_id = pattern_id


@dataclass(frozen=True, slots=True)
class DangerMatch:
    """The list entry that fired: ``category`` is one of ``CATEGORIES``, ``language`` the
    list's file name (``"sv"``), ``pattern_id`` the entry's ``id`` in that file.

    When the same words fire, just as specifically, in several lists ("112", "sos", "kms"),
    or they are only digits, ``language`` is the list among those whose ``common`` words the
    rest of the message uses most ("I want to kms": ``"en"``). ``neutral``: no such list
    stands out (no other word is a common word of one of them, or two lists tie):
    ``language`` is then merely the first list that fired and says nothing about the
    language of the writer.
    """

    category: str
    language: str
    pattern_id: str
    neutral: bool = False


@dataclass(frozen=True, slots=True)
class _Rule:
    match: DangerMatch
    slots: Slots
    ordered: bool  # a phrase (words in order) or a near-group (any order)
    reach: int  # phrases: most tokens between two words; near: window size in tokens
    unless: tuple[Slots, ...]  # phrases that cancel a match they overlap
    # ``alone`` entries: the keys a token of the sentence may have (phrase and extra words);
    # ``None`` for every other entry
    alone: frozenset[str] | None = None

    def find_alone(
        self, positions: Mapping[str, list[int]], sentences: Sequence[Sentence]
    ) -> tuple[Span, Span] | None:
        """The earliest span in a sentence made only of this entry's phrase and extra words,
        and the span of that whole sentence."""
        allowed = self.alone or _NO_KEYS
        for start, keys in sentences:
            if not 0 < len(keys) <= ALONE_MAX_TOKENS or not all(k & allowed for k in keys):
                continue
            end = start + len(keys)
            inside = {
                key: [p for p in found if start <= p < end] for key, found in positions.items()
            }
            span = self.find(inside)
            if span is not None:
                return span, (start, end - 1)
        return None

    def find(self, positions: Mapping[str, list[int]]) -> Span | None:
        """The earliest span where the rule fires and no ``unless`` phrase overlaps it."""
        slot_positions = [_positions(positions, slot) for slot in self.slots]
        if not all(slot_positions):
            return None
        if self.ordered:
            spans = _ordered_spans(slot_positions, self.reach)
        else:
            spans = _near_spans(slot_positions, self.reach)
        if spans and self.unless:
            vetoes = [
                veto
                for unless in self.unless
                for veto in _ordered_spans([_positions(positions, s) for s in unless], 1)
            ]
            spans = [(a, b) for a, b in spans if not any(a <= d and c <= b for c, d in vetoes)]
        return spans[0] if spans else None


def _positions(positions: Mapping[str, list[int]], slot: frozenset[str]) -> list[int]:
    return sorted({p for key in slot for p in positions.get(key, ())})


def _ordered_spans(slot_positions: Sequence[list[int]], gap: int) -> list[Span]:
    reach = {p: p for p in slot_positions[0]}
    for positions in slot_positions[1:]:
        following: dict[int, int] = {}  # end position → start position
        for end in positions:
            for distance in range(1, gap + 2):
                if end - distance in reach:
                    following[end] = reach[end - distance]
                    break
        reach = following
    return sorted((start, end) for end, start in reach.items())


def _near_spans(slot_positions: Sequence[list[int]], window: int) -> list[Span]:
    events = sorted((p, slot) for slot, positions in enumerate(slot_positions) for p in positions)
    counts = [0] * len(slot_positions)
    covered, left, spans = 0, 0, []
    for right, (end, slot) in enumerate(events):
        covered += counts[slot] == 0
        counts[slot] += 1
        while covered == len(counts):  # events[left:right + 1] hold every word: shrink
            start, first = events[left]
            if end - start < window and len({p for p, _ in events[left : right + 1]}) >= covered:
                spans.append((start, end))
            counts[first] -= 1
            covered -= counts[first] == 0
            left += 1
    return spans


class DangerDetector:
    """Finds signs of immediate danger in free text. Build it with ``from_dir``."""

    def __init__(
        self,
        rules: Sequence[_Rule],
        words: WordIndex,
        review_status: Mapping[str, str],
        common: Mapping[str, Collection[str]] | None = None,
    ) -> None:
        """``common``: normalized token → the languages whose ``common`` list holds it."""
        self._rules = tuple(rules)
        self._words = words
        self.review_status: Mapping[str, str] = dict(review_status)
        self._common = {word: frozenset(langs) for word, langs in (common or {}).items()}
        self._seen: dict[tuple[str, bool], frozenset[str]] = {}  # token → keys, kept
        self._by_key: dict[str, set[int]] = {}
        self._has_alone = any(rule.alone is not None for rule in self._rules)
        for index, rule in enumerate(self._rules):
            for key in frozenset().union(*rule.slots):
                self._by_key.setdefault(key, set()).add(index)

    @property
    def languages(self) -> tuple[str, ...]:
        """Language codes of the loaded lists, sorted."""
        return tuple(sorted(self.review_status))

    @classmethod
    def from_dir(cls, path: Path) -> DangerDetector:
        """Load every ``*.toml`` list in ``path`` (one file per language, ``<lang>.toml``).

        Raises ``DangerDataError`` naming the file, and the pattern where there is one, when
        the directory holds no list, a file is not UTF-8 TOML, or an entry breaks the format.
        """
        files = sorted(path.glob("*.toml"))
        if not files:
            raise DangerDataError(path, "no danger word lists (*.toml) found")
        words, rules, common = WordIndex(), list[_Rule](), dict[str, set[str]]()
        status = {file.stem: _load_file(file, words, rules, common) for file in files}
        return cls(rules, words, status, common)

    def detect(self, text: str) -> DangerMatch | None:
        """Return the most specific danger match in ``text``, or ``None``. Never raises.

        Most specific: the entry with the most words, then the earliest in the text, then the
        first in file order. When several lists fire on the same words, the language of the
        other words picks one (:class:`DangerMatch`). Any ``str`` is accepted; cost is linear
        in its length.
        """
        normalized = normalize(_read_emoji(text))
        found = self._scan(normalized)
        if found is None:
            rewritten = unleet(normalized)
            if rewritten is not None:
                found = self._scan(rewritten)
        return found

    def _scan(self, normalized: str) -> DangerMatch | None:
        positions: dict[str, list[int]] = {}
        seen = self._seen
        if len(seen) > TOKEN_CACHE_SIZE:
            seen.clear()
        numbers: set[int] = set()  # positions of tokens that are only digits
        sentences: list[Sentence] | None = [(0, [])] if self._has_alone else None
        command = normalized.startswith("/")  # "/help" is a bot command, never a plea alone
        tokens = tokenize(normalized)
        for index, token in _numbered(tokens):
            if not token[0]:  # sentence end: no phrase, window or `unless` reaches across
                if sentences is not None:
                    sentences.append((index, []))
                continue
            keys = seen.get(token)
            if keys is None:
                keys = seen[token] = frozenset(self._words.keys_for(*token)) or _NO_KEYS
            for key in keys:
                positions.setdefault(key, []).append(index)
            if sentences is not None:
                sentences[-1][1].append(_NO_KEYS if command and index == 0 else keys)
            if token[0].isdigit():
                numbers.add(index)
        # (rank, evidence): the words that show the match's language, the whole sentence for
        # an entry standing alone ("ring 112" is Swedish or English, "soita 112" Finnish)
        fired: list[tuple[tuple[int, int, int], Span]] = []
        for index in {i for key in positions for i in self._by_key.get(key, ())}:
            rule = self._rules[index]
            if rule.alone is None:
                span = evidence = rule.find(positions)
            else:
                found = rule.find_alone(positions, sentences or ())
                span, evidence = found if found is not None else (None, None)
            if span is not None and evidence is not None:
                fired.append(((-len(rule.slots), span[0], index), evidence))
        if not fired:
            return None
        best, evidence = min(fired)
        languages = {
            self._rules[rank[2]].match.language
            for rank, seen in fired
            if seen == evidence and rank[0] == best[0]
        }
        digits = all(position in numbers for position in range(evidence[0], evidence[1] + 1))
        if len(languages) == 1 and not digits:
            return self._rules[best[2]].match
        language = self._language_of_the_rest(tokens, evidence, languages)
        if language is None:
            return replace(self._rules[best[2]].match, neutral=True)
        chosen = min(
            rank
            for rank, seen in fired
            if seen == evidence
            and rank[0] == best[0]
            and self._rules[rank[2]].match.language == language
        )
        return self._rules[chosen[2]].match

    def _language_of_the_rest(
        self, tokens: Sequence[tuple[str, bool]], evidence: Span, candidates: Collection[str]
    ) -> str | None:
        """The one language of ``candidates`` whose ``common`` words the tokens outside
        ``evidence`` hold most often; ``None`` when none holds any, or two or more tie.

        Each occurrence counts; a word in several languages' lists counts for each of them.
        Run only for a match that names no language, so its cost (linear in the number of
        tokens) is paid on danger messages alone.
        """
        counts = dict.fromkeys(candidates, 0)
        first, last = evidence
        for index, (word, _) in _numbered(tokens):
            if word and not first <= index <= last:
                for language in self._common.get(word, ()):
                    if language in counts:
                        counts[language] += 1
        top = max(counts.values(), default=0)
        leaders = [language for language, count in counts.items() if count == top]
        return leaders[0] if top > 0 and len(leaders) == 1 else None


def _read_emoji(text: str) -> str:
    """``text`` with each emoji of ``_EMOJI_WORDS`` replaced by its word ("🔪" → "emojiknife")."""
    return _EMOJI.sub(lambda sign: _EMOJI_WORDS[sign.group()], text)


def _numbered(tokens: Iterable[tuple[str, bool]]) -> Iterator[tuple[int, tuple[str, bool]]]:
    """Each token with its position as the rules count positions: words are numbered one
    after another; a sentence end ``("", False)`` comes with the position of the next
    sentence's first word, ``MAX_REACH + 1`` further on, so that no phrase, window or
    ``unless`` reaches across it."""
    index = 0
    for token in tokens:
        if token[0]:
            yield index, token
            index += 1
        else:
            index += MAX_REACH + 1
            yield index, token


def _load_file(
    file: Path, words: WordIndex, rules: list[_Rule], common: dict[str, set[str]]
) -> str:
    """Check one list, index its words, append its rules, add its ``common`` words (as
    normalized tokens) to ``common`` under its language; return its review status."""
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DangerDataError(file, f"cannot read: {exc}") from exc
    if set(data) - _FILE_KEYS:
        raise DangerDataError(file, f"unknown keys {sorted(set(data) - _FILE_KEYS)}")
    if data.get("language", file.stem) != file.stem:
        raise DangerDataError(file, f"language {data['language']!r} differs from the file name")
    if data.get("review_status") not in REVIEW_STATUSES:
        raise DangerDataError(file, f"review_status must be one of {sorted(REVIEW_STATUSES)}")
    if not isinstance(data.get("pattern"), list) or not data["pattern"]:
        raise DangerDataError(file, "needs at least one [[pattern]]")
    try:
        for word in _strings(data.get("ordinary", []), ValueError, allow_empty=True):
            words.add_ordinary(word)
    except ValueError as exc:
        raise DangerDataError(file, f"ordinary: {exc}") from exc
    try:
        for word in _strings(data.get("common", []), ValueError, allow_empty=True):
            tokens = tokenize(normalize(word))
            if len(tokens) != 1 or not tokens[0][0]:
                raise ValueError(f"{word!r} is not one word")
            common.setdefault(tokens[0][0], set()).add(file.stem)
    except ValueError as exc:
        raise DangerDataError(file, f"common: {exc}") from exc
    ids: set[str] = set()
    for number, entry in enumerate(data["pattern"], 1):
        loaded = _load_pattern(file, number, entry, words)
        if loaded[0].match.pattern_id in ids:
            raise DangerDataError(file, "id used twice", loaded[0].match.pattern_id)
        ids.add(loaded[0].match.pattern_id)
        rules.extend(loaded)
    return str(data["review_status"])


def _load_pattern(file: Path, number: int, entry: Any, words: WordIndex) -> list[_Rule]:
    pid = entry.get("id") if isinstance(entry, dict) else None
    if not isinstance(pid, str) or not _ID.fullmatch(pid):
        raise DangerDataError(file, f"pattern #{number}: 'id' missing or not [a-z0-9_]+")

    def fail(problem: str) -> DangerDataError:
        return DangerDataError(file, problem, pid)

    if set(entry) - _PATTERN_KEYS:
        raise fail(f"unknown keys {sorted(set(entry) - _PATTERN_KEYS)}")
    if entry.get("category") not in CATEGORIES:
        raise fail(f"category must be one of {list(CATEGORIES)}")
    fuzzy, ordered = entry.get("fuzzy", True), "phrases" in entry
    if ordered == ("near" in entry) or ("window" if ordered else "gap") in entry:
        raise fail("needs 'phrases' (with an optional 'gap') or 'near' (optional 'window')")
    reach = entry.get("gap", 1) if ordered else entry.get("window", 6)
    if not isinstance(fuzzy, bool) or not isinstance(reach, int) or not 0 <= reach <= MAX_REACH:
        raise fail(f"'fuzzy' is true or false; 'gap' and 'window' are 0-{MAX_REACH}")
    phrases = (
        _strings(entry["phrases"], fail) if ordered else [" ".join(_strings(entry["near"], fail))]
    )
    unless = tuple(
        _slots(phrase, words, fuzzy, fail)
        for phrase in _strings(entry.get("unless", []), fail, allow_empty=True)
    )
    match = DangerMatch(entry["category"], file.stem, pid)
    rules = [
        _Rule(match, _slots(phrase, words, fuzzy, fail), ordered, reach, unless)
        for phrase in phrases
    ]
    if not ordered and not 2 <= len(rules[0].slots) <= reach:
        raise fail("'near' needs at least two words and a 'window' at least as large")
    alone = entry.get("alone", False)
    if not isinstance(alone, bool) or (alone and not ordered) or ("extra" in entry and not alone):
        raise fail("'alone' is true or false and needs 'phrases'; 'extra' needs 'alone = true'")
    if alone:
        extra = _NO_KEYS.union(
            *(
                _word(word, words, fuzzy, fail)
                for word in _strings(entry.get("extra", []), fail, allow_empty=True)
            )
        )
        if any(len(rule.slots) > ALONE_MAX_TOKENS for rule in rules):
            raise fail(f"an 'alone' phrase has at most {ALONE_MAX_TOKENS} words")
        rules = [replace(rule, alone=extra.union(*rule.slots)) for rule in rules]
    return rules


def _word(
    word: str, words: WordIndex, fuzzy: bool, fail: Callable[[str], DangerDataError]
) -> frozenset[str]:
    """The keys of one ``extra`` word ("please" or "pls|plz")."""
    slots = _slots(word, words, fuzzy, fail)
    if len(slots) != 1:
        raise fail(f"'extra' holds single words (with '|' alternatives), not {word!r}")
    return slots[0]


def _strings(value: Any, fail: Callable[[str], Exception], allow_empty: bool = False) -> list[str]:
    if (
        not isinstance(value, list)
        or not (value or allow_empty)
        or not all(isinstance(item, str) and item.strip() for item in value)
    ):
        raise fail(
            "'phrases', 'near', 'unless', 'extra', 'ordinary' and 'common' are lists of "
            "non-empty strings"
        )
    return value


def _slots(
    phrase: str, words: WordIndex, fuzzy: bool, fail: Callable[[str], DangerDataError]
) -> Slots:
    slots = []
    for word in phrase.split():
        try:
            slots.append(
                frozenset(
                    words.add(_read_emoji(alternative).strip(), fuzzy)
                    for alternative in word.split("|")
                )
            )
        except ValueError as exc:
            raise fail(f"in {phrase!r}: {exc}") from exc
    return tuple(slots)
