"""danger: how much of a held-out set of messages the danger lists catch, per language.

Each set is a folder under ``bench/data/danger`` (or ``--sets DIR``) of JSON Lines files,
one message per line: ``{"text": …, "lang": "sv", "kind": "danger"|"ordinary", "note": …}``.
A set is written by a red team that has not seen the lists (docs/conversation.md, "How
much the lists catch"); once fixes have been written against a set it no longer measures
new phrasings, so its first figures are kept in docs/conversation.md and a new set is
written for the next measure. These files are an evaluation, not tests: a miss here is a
number to improve, not a failure.

Each message goes through what the bot runs on a user's text
(``handlers.filters.as_words`` then ``DangerDetector.detect``) on the shipped lists
(``DANGER_DIR``'s default, ``data/danger``). Prints per set and language: danger messages
and how many got the emergency card (recall), ordinary ones and how many did (false
alarms); ``--misses`` lists the danger messages that got none and the ordinary ones that
did, with the red team's English gloss. Exit code 0, or 2 for a malformed set.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from bench.common import held_out_sets, table
from bot.app import settle_heap
from bot.core.danger import DangerDetector
from handlers.filters import as_words

HELP = "recall and false alarms of the danger lists on held-out red-team sets"
ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "bench" / "data" / "danger"
KINDS = ("danger", "ordinary")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sets", type=Path, default=SETS, help="folder of sets (one per folder)")
    parser.add_argument("--lists", type=Path, default=ROOT / "data" / "danger")
    parser.add_argument("--misses", action="store_true", help="list what was missed / fired")


def load(folder: Path) -> list[dict[str, str]]:
    """The messages of one set; raises ``ValueError`` naming the file and line."""
    messages = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            item = json.loads(line)
            if not isinstance(item, dict) or item.get("kind") not in KINDS:
                raise ValueError(f"{path}:{number}: needs a 'kind' of {' or '.join(KINDS)}")
            if not isinstance(item.get("text"), str) or not isinstance(item.get("lang"), str):
                raise ValueError(f"{path}:{number}: needs 'text' and 'lang' strings")
            messages.append(item)
    return messages


async def run(args: argparse.Namespace) -> int:
    folders = held_out_sets(args.sets)
    if not folders:
        print(f"no sets under {args.sets}")
        return 2
    detector = DangerDetector.from_dir(args.lists)
    # As the bot does once started (bot/app.py): without it a full collection now and then
    # walks the lists' ~100,000 objects and lands in one set's us/msg (×5–10 there).
    settle_heap()
    rows: list[list[object]] = []
    misses: list[str] = []
    for folder in folders:
        try:
            messages = load(folder)
        except (ValueError, json.JSONDecodeError) as error:
            print(f"{folder.name}: {error}")
            return 2
        total: Counter[tuple[str, str]] = Counter()
        fired: Counter[tuple[str, str]] = Counter()
        started = time.perf_counter()
        for item in messages:
            hit = detector.detect(as_words(item["text"])) is not None
            total[(item["lang"], item["kind"])] += 1
            fired[(item["lang"], item["kind"])] += hit
            if hit != (item["kind"] == "danger"):
                what = "missed" if item["kind"] == "danger" else "fired"
                gloss = f"  ({item['note']})" if item.get("note") else ""
                misses.append(f"{folder.name} {item['lang']} {what}: {item['text']}{gloss}")
        per_message_us = (time.perf_counter() - started) / max(len(messages), 1) * 1e6
        for lang in [*sorted({lang for lang, _ in total}), "all"]:
            keys = [key for key in total if lang in ("all", key[0])]
            n = {kind: sum(total[k] for k in keys if k[1] == kind) for kind in KINDS}
            f = {kind: sum(fired[k] for k in keys if k[1] == kind) for kind in KINDS}
            rows.append(
                [
                    folder.name,
                    lang,
                    n["danger"],
                    f["danger"],
                    _percent(f["danger"], n["danger"]),
                    n["ordinary"],
                    f["ordinary"],
                    _percent(f["ordinary"], n["ordinary"]),
                    round(per_message_us) if lang == "all" else "",
                ]
            )
    headers = ["set", "lang", "danger", "caught", "recall", "ordinary", "fired", "false_alarm"]
    print(table([*headers, "us/msg"], rows))
    if args.misses:
        print("\n".join(["", *misses]))
    return 0


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"
