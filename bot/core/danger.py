"""Detection of immediate danger in free text, in every supported language at once.

A sign of danger in any free-text message shows the emergency card, 112 first
(docs/conversation.md, "The emergency path").
The lists are ``data/danger/<lang>.toml`` (format: top of ``en.toml``); every message is
checked against all of them, whatever the user's locale. Matching is on whole normalized
tokens (``bot.core.textnorm``): one typo allowed in words of 5+ letters, stretched letters
("diiie") and leetspeak ("k1ll") read, and no phrase reaches across a sentence end. An entry
marked ``alone`` fires only on a sentence that holds nothing but its phrase and its ``extra``
words ("Help me!!", "I'm so scared", "112"), so that "help me understand" stays quiet.
A zero-width space, word joiner or byte order mark (``textnorm.ZERO_WIDTH_SPACES``) is read
as a space ("they<ZWSP>will<ZWSP>kill<ZWSP>me") and, when that reading finds nothing, as
nothing ("ki<ZWSP>ll me"); the zero-width non-joiner of Persian spelling is always dropped.
The SOS emoji reads as the word "sos"; the knife and pistol emoji read as words of their
own ("emojiknife", "emojipistol") that a list names by writing the emoji itself ("🔪").

Messages run two sentences together without a full stop ("someone took my daughter Tack för
hjälpen", "یکی رو میکشم سیگار میکشم"): a danger phrase fires there as it does alone
(tests/unit/test_danger_run_on.py). So an ``unless`` phrase (a veto) names its words exactly
(no typo read), reaches over no word outside the match and over no punctuation ("a, b"),
and where two matches overlap, the tighter one (fewer other tokens and punctuation inside
it) wins: a phrase or window that reaches into the next sentence takes a word from a match
whose words stand together ("knivhugga [mig] min son").

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

from bot.core.textnorm import (
    WordIndex,
    capital_i_as_l,
    latin_homoglyphs,
    normalize,
    spelled_out,
    tokenize,
    unleet,
    zero_width_as_space,
)

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
# Lists of languages the bot has no catalogue for (Polish, Bosnian/Croatian/Serbian, Russian,
# Ukrainian, German, Kurmanji, Pashto, French, Albanian, Italian, Amharic, Vietnamese): loaded
# with all the others, so that danger in these languages, spoken by many in Sweden, still gets
# the card, 112 first. The card then speaks the conversation's language
# (``bot.core.emergency.card_locale``: a list with no catalogue never names the card's
# language). Every other list is a language of ``bot.config.SUPPORTED_LOCALES``.
EMERGENCY_ONLY_LISTS: Final = (
    *("pl", "hbs", "ru", "uk", "de", "kmr", "ps", "fr"),
    *("sq", "it", "am", "vi"),  # a fresh-clone tester: "họ có súng và sẽ giết tôi" got no card
)
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
# plea; "🔪", "🔫", "💊" and "🔥" are words of no language, which a list names by writing the
# emoji ("took 15 💊": the pill emoji was dropped, so only the message's other words could tell;
# "🔥 البيت", fire + the house, said nothing at all).
_EMOJI_WORDS: Final = {
    "\U0001f198": " sos ",
    "\U0001f52a": " emojiknife ",
    "\U0001f52b": " emojipistol ",
    "\U0001f48a": " emojipill ",
    "\U0001f525": " emojifire ",
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


Filled = Mapping[int, list[int]]  # slot number → positions of the tokens that fill it, ascending


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
    # the numbers the detector gives the slots and the ``unless`` slots (``DangerDetector``)
    ids: tuple[int, ...] = ()
    unless_ids: tuple[tuple[int, ...], ...] = ()

    def find_alone(
        self, filled: Filled, sentences: Sequence[Sentence], marked: Collection[int]
    ) -> tuple[Span, Span] | None:
        """The earliest span in a sentence made only of this entry's phrase and extra words,
        and the span of that whole sentence."""
        allowed = self.alone or _NO_KEYS
        for start, keys in sentences:
            if not 0 < len(keys) <= ALONE_MAX_TOKENS or not all(k & allowed for k in keys):
                continue
            end = start + len(keys)
            inside = {
                slot: [p for p in filled.get(slot, ()) if start <= p < end]
                for slot in (*self.ids, *(slot for veto in self.unless_ids for slot in veto))
            }
            span = self.find(inside, marked)
            if span is not None:
                return span, (start, end - 1)
        return None

    def find(self, filled: Filled, marked: Collection[int]) -> Span | None:
        """The earliest span where the rule fires and no ``unless`` phrase cancels it;
        ``marked``: the positions of the words that follow punctuation ("a, b")."""
        slot_positions = []
        for slot in self.ids:
            found = filled.get(slot)
            if not found:
                return None
            slot_positions.append(found)
        if self.ordered:
            spans = _ordered_spans(slot_positions, self.reach)
        else:
            spans = _near_spans(slot_positions, self.reach)
        if not spans or not self.unless_ids:
            return spans[0] if spans else None
        vetoes = []
        for veto in self.unless_ids:
            veto_positions = [filled.get(slot) for slot in veto]
            if all(veto_positions):
                vetoes.append(veto_positions)
        for span in spans:
            if not any(_vetoes(span, veto, marked) for veto in vetoes):
                return span
        return None


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


def _vetoes(
    span: Span, veto_positions: Sequence[list[int] | None], marked: Collection[int]
) -> bool:
    """Whether the ``unless`` phrase whose words stand at ``veto_positions`` cancels the match
    at ``span``: its words in order, overlapping the span, one other word allowed between two
    of them only where both are inside the span, no punctuation between two of them
    (``marked``: the positions of words that follow a comma, a dash, an ellipsis).

    A veto is an idiom ("took my daughter for a walk", "5 kms"), written in one piece. Outside
    the span its words follow one another at once: a word further on may begin the next
    sentence of a message written without full stops ("someone took my daughter Tack för
    hjälpen": "för" does not make "took my daughter for …"), as a word after a comma may
    ("picking me up at 5, kms").
    """
    first, last = span
    reach = {p: p for p in veto_positions[0] or ()}  # end position → start position
    for positions in veto_positions[1:]:
        following: dict[int, int] = {}
        for end in positions or ():
            if end in marked:
                continue
            if end - 1 in reach:
                following[end] = reach[end - 1]
            elif end - 2 in reach and first <= end - 2 and end <= last and end - 1 not in marked:
                following[end] = reach[end - 2]
        if not following:
            return False
        reach = following
    return any(start <= last and first <= end for end, start in reach.items())


def _readings(text: str) -> Iterator[str]:
    """``text`` normalized as typed, then, each made only when the one before found nothing
    and only when it differs: as leetspeak ("k1ll"), with letters spelled out joined ("h e l
    p"), with Cyrillic or Greek look-alikes in a Latin word read as Latin ("kіll"), with a
    capital I typed for l ("kiII")."""
    normalized = normalize(text)
    yield normalized
    for rewrite in (unleet, spelled_out, latin_homoglyphs):
        rewritten = rewrite(normalized)
        if rewritten is not None:
            yield rewritten
    homoglyph = capital_i_as_l(text)
    if homoglyph is not None:
        yield normalize(homoglyph)


def _near_spans(slot_positions: Sequence[list[int]], window: int) -> list[Span]:
    """The spans of fewer than ``window`` tokens in which every slot has a word of its own,
    for each end position the tightest (ascending by end). ``slot_positions[i]``: the
    positions of the tokens that fill slot ``i``. A token may fill two slots ("häller"
    is also a typo of "hallen"), but it counts for one of them only in a span."""
    if not _shared(slot_positions):
        return _min_windows(slot_positions, window)
    ends = sorted({p for positions in slot_positions for p in positions})
    spans = []
    for index, end in enumerate(ends):
        for start in (ends[i] for i in range(index, -1, -1)):
            if end - start >= window:
                break
            if _assignable(slot_positions, start, end):
                spans.append((start, end))
                break
    return spans


def _shared(slot_positions: Sequence[list[int]]) -> bool:
    seen: set[int] = set()
    for positions in slot_positions:
        distinct = set(positions)
        if seen & distinct:
            return True
        seen |= distinct
    return False


def _min_windows(slot_positions: Sequence[list[int]], window: int) -> list[Span]:
    """:func:`_near_spans` when no token fills two slots: the smallest windows holding a
    token of every slot, by a sliding window over the positions (linear after the sort)."""
    events = sorted((p, slot) for slot, positions in enumerate(slot_positions) for p in positions)
    counts = [0] * len(slot_positions)
    covered, left, spans = 0, 0, []
    for end, slot in events:
        covered += counts[slot] == 0
        counts[slot] += 1
        while covered == len(counts):  # events[left:right + 1] hold every word: shrink
            start, first = events[left]
            if end - start < window:
                spans.append((start, end))
            counts[first] -= 1
            covered -= counts[first] == 0
            left += 1
    return spans


def _assignable(slot_positions: Sequence[list[int]], start: int, end: int) -> bool:
    """Whether each slot can take a token of its own between ``start`` and ``end``
    (both included): a bipartite matching of slots to positions (Kuhn's augmenting paths;
    a handful of slots and a window of a few tokens)."""
    owner: dict[int, int] = {}

    def place(slot: int, tried: set[int]) -> bool:
        for p in slot_positions[slot]:
            if start <= p <= end and p not in tried:
                tried.add(p)
                if p not in owner or place(owner[p], tried):
                    owner[p] = slot
                    return True
        return False

    return all(place(slot, set()) for slot in range(len(slot_positions)))


@dataclass(frozen=True, slots=True)
class _Fired:
    rule: int  # index in the detector's rules
    span: Span  # the words of the match, first and last position
    evidence: Span  # the words that show its language: the span, or an alone entry's sentence
    rank: tuple[int, int, int, int]  # lower is more specific (DangerDetector.detect)
    loose: int  # tokens inside the span that are not words of the match, and punctuation


# Detectors built by DangerDetector.from_dir, by their files' paths, mtimes and sizes: one
# process that builds several apps (tests, `webhook --workers` before forking) reads the
# lists once; an edited file has another stamp (and the categories allowed are part of it).
_BUILT: dict[tuple[tuple[str, ...], tuple[tuple[str, int, int], ...]], DangerDetector] = {}


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
        self._words = words
        self.review_status: Mapping[str, str] = dict(review_status)
        self._common = {word: frozenset(langs) for word, langs in (common or {}).items()}
        # Every distinct slot (a phrase word with its alternatives) gets a number; a token is
        # looked up once and fills the slots of all its keys at once.
        numbers: dict[frozenset[str], int] = {}
        self._rules = tuple(
            replace(
                rule,
                ids=tuple(numbers.setdefault(slot, len(numbers)) for slot in rule.slots),
                unless_ids=tuple(
                    tuple(numbers.setdefault(slot, len(numbers)) for slot in veto)
                    for veto in rule.unless
                ),
            )
            for rule in rules
        )
        slots_of_key: dict[str, list[int]] = {}
        for slot, number in numbers.items():
            for key in slot:
                slots_of_key.setdefault(key, []).append(number)
        self._slots_of_key = {key: tuple(found) for key, found in slots_of_key.items()}
        # A rule fires only when all its slots are filled: it is looked at when its rarest
        # slot is, the one with the fewest common words ("me", "jag") among its keys.
        frequent = {f"{mark}{word}" for word in self._common for mark in "=~"}
        self._by_anchor: dict[int, list[int]] = {}
        for index, rule in enumerate(self._rules):
            anchor = min(
                zip(rule.slots, rule.ids, strict=True), key=lambda pair: len(pair[0] & frequent)
            )[1]
            self._by_anchor.setdefault(anchor, []).append(index)
        # token → its keys, the slots it fills, the rules anchored on those slots; kept
        self._seen: dict[tuple[str, bool], tuple[frozenset[str], tuple[int, ...], tuple[int, ...]]]
        self._seen = {}
        self._has_alone = any(rule.alone is not None for rule in self._rules)

    @property
    def languages(self) -> tuple[str, ...]:
        """Language codes of the loaded lists, sorted."""
        return tuple(sorted(self.review_status))

    @classmethod
    def from_dir(
        cls, path: Path, *, categories: Sequence[str] = CATEGORIES, kind: str = "danger"
    ) -> DangerDetector:
        """Load every ``*.toml`` list in ``path`` (one file per language, ``<lang>.toml``).

        ``categories``: the values an entry's ``category`` may take (the danger categories;
        the topic hints of ``data/topics`` pass the topic ids, bot/core/topic_hints.py);
        ``kind`` names the lists in the error for an empty folder.

        Raises ``DangerDataError`` naming the file, and the pattern where there is one, when
        the directory holds no list, a file is not UTF-8 TOML, or an entry breaks the format.
        """
        files = sorted(path.glob("*.toml"))
        if not files:
            raise DangerDataError(path, f"no {kind} word lists (*.toml) found")
        try:  # the same files unchanged: the detector already built (it is never changed)
            files_stamp = tuple(
                (str(f.resolve()), f.stat().st_mtime_ns, f.stat().st_size) for f in files
            )
            stamp = (tuple(categories), files_stamp)
        except OSError:
            stamp = None
        if stamp is not None and stamp in _BUILT:
            return _BUILT[stamp]
        words, rules, common = WordIndex(), list[_Rule](), dict[str, set[str]]()
        allowed = tuple(categories)
        status = {file.stem: _load_file(file, words, rules, common, allowed) for file in files}
        detector = cls(rules, words, status, common)
        if stamp is not None:
            _BUILT[stamp] = detector
        return detector

    def detect(self, text: str) -> DangerMatch | None:
        """Return the most specific danger match in ``text``, or ``None``. Never raises.

        Most specific: among matches that overlap no tighter match (``_tightest``), a phrase
        (words in order) before a ``near`` group, then the entry with the most words, then the
        earliest in the text, then the first in file order. When several lists fire on the same
        words, the language of the other words picks one (:class:`DangerMatch`). Any ``str`` is
        accepted; cost is linear in its length.
        """
        text = _read_emoji(text)
        spaced = zero_width_as_space(text)  # read as spaces first, then as nothing
        for reading in (text,) if spaced is None else (spaced, text):
            for rewritten in _readings(reading):
                found = self._scan(rewritten)
                if found is not None:
                    return found
        return None

    def _scan(self, normalized: str) -> DangerMatch | None:
        filled: dict[int, list[int]] = {}  # slot number → positions of its tokens
        seen = self._seen
        if len(seen) > TOKEN_CACHE_SIZE:
            seen.clear()
        numbers: set[int] = set()  # positions of tokens that are only digits
        sentences: list[Sentence] | None = [(0, [])] if self._has_alone else None
        command = normalized.startswith("/")  # "/help" is a bot command, never a plea alone
        breaks: set[int] = set()
        tokens = tokenize(normalized, breaks)
        marked: set[int] = set()  # positions of the words that follow punctuation ("a, b")
        candidates: set[int] = set()  # the rules whose rarest slot a token fills
        for ordinal, (index, token) in enumerate(_numbered(tokens)):
            if not token[0]:  # sentence end: no phrase, window or `unless` reaches across
                if sentences is not None:
                    sentences.append((index, []))
                continue
            cached = seen.get(token)
            if cached is None:
                keys = frozenset(self._words.keys_for(*token)) or _NO_KEYS
                slots = {slot for key in keys for slot in self._slots_of_key.get(key, ())}
                anchored = {rule for slot in slots for rule in self._by_anchor.get(slot, ())}
                cached = seen[token] = (keys, tuple(slots), tuple(anchored))
            for slot in cached[1]:
                found = filled.get(slot)
                if found is None:
                    filled[slot] = [index]
                else:
                    found.append(index)
            candidates.update(cached[2])
            if sentences is not None:
                sentences[-1][1].append(_NO_KEYS if command and index == 0 else cached[0])
            if token[0].isdigit():
                numbers.add(index)
            if ordinal in breaks:
                marked.add(index)
        fired: list[_Fired] = []
        for index in candidates:
            rule = self._rules[index]
            if rule.alone is None:
                span = evidence = rule.find(filled, marked)
            else:
                found_alone = rule.find_alone(filled, sentences or (), marked)
                span, evidence = found_alone if found_alone is not None else (None, None)
            if span is not None and evidence is not None:
                rank = (0 if rule.ordered else 1, -len(rule.slots), span[0], index)
                loose = span[1] - span[0] + 1 - len(rule.slots)
                loose += sum(span[0] < position <= span[1] for position in marked)
                fired.append(_Fired(index, span, evidence, rank, loose))
        if not fired:
            return None
        fired = _tightest(fired)
        best = min(fired, key=lambda candidate: candidate.rank)
        evidence = best.evidence
        languages = {
            self._rules[other.rule].match.language
            for other in fired
            if other.evidence == evidence and other.rank[:2] == best.rank[:2]
        }
        digits = all(position in numbers for position in range(evidence[0], evidence[1] + 1))
        if len(languages) == 1 and not digits:
            return self._rules[best.rule].match
        language = self._language_of_the_rest(tokens, evidence, languages)
        if language is None:
            return replace(self._rules[best.rule].match, neutral=True)
        chosen = min(
            other.rank
            for other in fired
            if other.evidence == evidence
            and other.rank[:2] == best.rank[:2]
            and self._rules[other.rule].match.language == language
        )
        return self._rules[chosen[3]].match

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


def _tightest(fired: Sequence[_Fired]) -> list[_Fired]:
    """The matches that overlap no match with fewer loose tokens (tokens inside a span that are
    not words of the match, and punctuation between its words: "سأقتل، نفسي").

    In a message written without full stops, a phrase or window that reaches over a word
    into the next sentence ("knivhugga [mig] min son", "kill [myself] my [best] friend") takes
    that word from a match whose words stand together: the tighter reading wins.
    """
    return [
        candidate
        for candidate in fired
        if not any(
            other.loose < candidate.loose
            and other.span[0] <= candidate.span[1]
            and candidate.span[0] <= other.span[1]
            for other in fired
        )
    ]


def _read_emoji(text: str) -> str:
    """``text`` with each emoji of ``_EMOJI_WORDS`` replaced by its word ("🔪" → "emojiknife",
    "💊" → "emojipill")."""
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
    file: Path,
    words: WordIndex,
    rules: list[_Rule],
    common: dict[str, set[str]],
    categories: Sequence[str] = CATEGORIES,
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
        loaded = _load_pattern(file, number, entry, words, categories)
        if loaded[0].match.pattern_id in ids:
            raise DangerDataError(file, "id used twice", loaded[0].match.pattern_id)
        ids.add(loaded[0].match.pattern_id)
        rules.extend(loaded)
    return str(data["review_status"])


def _load_pattern(
    file: Path,
    number: int,
    entry: Any,
    words: WordIndex,
    categories: Sequence[str] = CATEGORIES,
) -> list[_Rule]:
    pid = entry.get("id") if isinstance(entry, dict) else None
    if not isinstance(pid, str) or not _ID.fullmatch(pid):
        raise DangerDataError(file, f"pattern #{number}: 'id' missing or not [a-z0-9_]+")

    def fail(problem: str) -> DangerDataError:
        return DangerDataError(file, problem, pid)

    if set(entry) - _PATTERN_KEYS:
        raise fail(f"unknown keys {sorted(set(entry) - _PATTERN_KEYS)}")
    if entry.get("category") not in categories:
        raise fail(f"category must be one of {list(categories)}")
    fuzzy, ordered = entry.get("fuzzy", True), "phrases" in entry
    if ordered == ("near" in entry) or ("window" if ordered else "gap") in entry:
        raise fail("needs 'phrases' (with an optional 'gap') or 'near' (optional 'window')")
    reach = entry.get("gap", 1) if ordered else entry.get("window", 6)
    if not isinstance(fuzzy, bool) or not isinstance(reach, int) or not 0 <= reach <= MAX_REACH:
        raise fail(f"'fuzzy' is true or false; 'gap' and 'window' are 0-{MAX_REACH}")
    if not ordered and any(len(item.split()) != 1 for item in _strings(entry["near"], fail)):
        # each item is one word with its alternatives: a space would split "a|b c|d" into
        # the slots "a|b" and "c|d", both then required (two lists had such items unnoticed)
        raise fail("each 'near' item is one word ('a|b|c'), without spaces")
    phrases = (
        _strings(entry["phrases"], fail) if ordered else [" ".join(_strings(entry["near"], fail))]
    )
    # A veto names its words exactly: read as a typo, a word of the next sentence in a message
    # without full stops ("where", "theyre" for "there") would cancel a match
    unless = tuple(
        _slots(phrase, words, False, fail)
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
