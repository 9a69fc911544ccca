"""topics: how often the typed-topic lists name the right topic on a held-out set, per language.

Each set is a folder under ``bench/data/topics`` (or ``--sets DIR``) of JSON Lines files,
one message per line: ``{"text": …, "lang": "sv", "topic": "recruitment_pressure" |
"debt_or_threat" | "wants_out" | "family_worry" | "none", "note": …}`` (``topic``: what the
message is about, ``none`` for one that names no topic of the typed-topic question). A set
is written by a red team that has not seen the lists (docs/conversation.md, "Typed text
that names a topic"); once fixes have been written against a set it no longer measures new
phrasings, so its first figures are kept in docs/conversation.md and a new set is written
for the next measure. These files are an evaluation, not tests: a miss here is a number to
improve, not a failure.

Each message goes through what the bot runs on a user's typed text (handlers/typed_topic.py,
``names_a_topic``): nothing for a command (text starting with ``/``), otherwise
``TopicHints.match_of`` on the raw text, on the shipped lists (``TOPICS_DIR``'s default,
``data/topics``, or ``--lists DIR``). The danger check that comes first in the bot (the
emergency card wins) is not part of this measure: ``python -m bench danger`` measures it.
Prints per set and language (and ``all``): topic messages, how many got the question with
their own topic (recall) and with another topic (wrong), ``none`` messages and how many got
the question all the same (false prompts), and on the ``all`` row microseconds per message;
``--misses`` lists every message whose answer was wrong (``expected → got``, ``none`` for no
question), with the red team's English gloss. Exit code 0, or 2 for a malformed set, lists
that do not load, or no sets.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from bench.common import held_out_sets, table
from bot.app import settle_heap
from bot.core.danger import DangerDataError
from bot.core.topic_hints import TYPED_TOPICS, TopicHints

HELP = "recall and false prompts of the typed-topic lists on held-out red-team sets"
ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "bench" / "data" / "topics"
NONE = "none"
TOPICS = (*(topic.value for topic in TYPED_TOPICS), NONE)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sets", type=Path, default=SETS, help="folder of sets (one per folder)")
    parser.add_argument("--lists", type=Path, default=ROOT / "data" / "topics")
    parser.add_argument("--misses", action="store_true", help="list every wrong answer")


def load(folder: Path) -> list[dict[str, str]]:
    """The messages of one set (``*.jsonl`` files, in name order).

    Raises ``ValueError`` naming ``file:line`` for a line that is not a JSON object, lacks
    ``text`` or ``lang`` strings, or has a ``topic`` other than :data:`TOPICS`; naming the
    file for one that is not UTF-8.
    """
    messages = []
    for path in sorted(folder.glob("*.jsonl")):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError as error:
            raise ValueError(f"{path}: not UTF-8 ({error.reason})") from None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None
            if not isinstance(item, dict) or item.get("topic") not in TOPICS:
                raise ValueError(f"{path}:{number}: needs a 'topic' of {', '.join(TOPICS)}")
            if not isinstance(item.get("text"), str) or not isinstance(item.get("lang"), str):
                raise ValueError(f"{path}:{number}: needs 'text' and 'lang' strings")
            messages.append(item)
    return messages


def answer(hints: TopicHints, text: str) -> str:
    """The topic id the bot's typed-topic question would name for ``text``, or ``none``
    (handlers/typed_topic.py, ``names_a_topic``: a command gets no question)."""
    if text.startswith("/"):
        return NONE
    match = hints.match_of(text)
    return NONE if match is None else match.category


async def run(args: argparse.Namespace) -> int:
    folders = held_out_sets(args.sets)
    if not folders:
        print(f"no sets under {args.sets}")
        return 2
    try:
        hints = TopicHints.from_dir(args.lists)
    except DangerDataError as error:
        print(f"--lists: {error}")
        return 2
    # As the bot does once started (bot/app.py): without it a full collection now and then
    # walks the lists' objects and lands in one set's us/msg.
    settle_heap()
    rows: list[list[object]] = []
    misses: list[str] = []
    for folder in folders:
        try:
            messages = load(folder)
        except ValueError as error:
            print(f"{folder.name}: {error}")
            return 2
        # (language, expected, got) → messages
        counts: Counter[tuple[str, str, str]] = Counter()
        started = time.perf_counter()
        for item in messages:
            got = answer(hints, item["text"])
            counts[(item["lang"], item["topic"], got)] += 1
            if got != item["topic"]:
                gloss = f"  ({item['note']})" if item.get("note") else ""
                misses.append(
                    f"{folder.name} {item['lang']} {item['topic']} → {got}: {item['text']}{gloss}"
                )
        per_message_us = (time.perf_counter() - started) / max(len(messages), 1) * 1e6
        for lang in [*sorted({key[0] for key in counts}), "all"]:
            mine = [(key, n) for key, n in counts.items() if lang in ("all", key[0])]
            topical = sum(n for (_, want, _), n in mine if want != NONE)
            right = sum(n for (_, want, got), n in mine if want != NONE and got == want)
            wrong = sum(n for (_, want, got), n in mine if want != NONE and got not in (want, NONE))
            plain = sum(n for (_, want, _), n in mine if want == NONE)
            prompted = sum(n for (_, want, got), n in mine if want == NONE and got != NONE)
            rows.append(
                [
                    folder.name,
                    lang,
                    topical,
                    right,
                    _percent(right, topical),
                    wrong,
                    plain,
                    prompted,
                    _percent(prompted, plain),
                    round(per_message_us) if lang == "all" else "",
                ]
            )
    headers = ["set", "lang", "topic", "right", "recall", "wrong", "none", "prompted"]
    print(table([*headers, "false_prompt", "us/msg"], rows))
    if args.misses:
        print("\n".join(["", *misses]))
    return 0


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"
