"""Every audience × at least two topics, typed into ``python -m bot chat`` (issue 3).

One scripted terminal session runs one conversation per row of the expected-services
table (tests/unit/test_triage_table.py): /menu, who are you, age, topic, the follow-up
questions (a calm answer each) or the parent checklist, then the resource cards. The
referral log must hold one row per conversation whose services include the expected
ones, and the transcript must show them by name. One person runs them all on one day, so
the log holds one row per topic (bot/core/referral_day.py), showing every service shown
in that topic's conversations.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiogram.utils.i18n import I18n

from bot.catalogs import DOMAIN
from bot.core.directory import load_directory
from bot.core.followups import IN_DANGER, questions_for, uses_checklist
from bot.core.taxonomy import AgeBand, Audience, Topic
from handlers.labels import age_label, audience_label, topic_label
from handlers.question_labels import answer_label
from handlers.screens import checklist_screen, privacy_note
from tests.helpers import PYTHON, ROOT, cli_env
from tests.unit.test_triage_table import EXPECTED

DIRECTORY = load_directory(ROOT / "data" / "resources.json")


def press(label: str) -> str:
    return f"[{label}]"


def conversation(audience: Audience, band: AgeBand | None, topic: Topic) -> Iterator[str]:
    """The lines a person types for one conversation, in English (labels from the catalogue)."""
    yield "/menu"
    yield press(audience_label(audience))
    if band is not None:
        yield press(age_label(band))
    yield press(topic_label(topic, audience))
    if uses_checklist(audience, topic):
        keyboard = checklist_screen([]).keyboard
        assert keyboard is not None
        done = [
            b.text
            for row in keyboard.inline_keyboard
            for b in row
            if b.callback_data == "nav:signs_done"
        ]
        yield press(done[0])
    for question in questions_for(audience, topic):
        calm = next(a for a in question.answers if question.flag_for(a) != IN_DANGER)
        yield press(answer_label(calm))


def script() -> list[str]:
    i18n = I18n(path=ROOT / "locales", default_locale="en", domain=DOMAIN)
    with i18n.context(), i18n.use_locale("en"):
        ok = privacy_note().keyboard
        assert ok is not None
        lines = ["/start", "[English]", press(ok.inline_keyboard[0][0].text)]
        for row in EXPECTED:
            lines += conversation(*row)
    return lines


@pytest.mark.slow
def test_every_audience_reaches_the_expected_services(tmp_path: Path) -> None:
    completed = subprocess.run(
        [PYTHON, "-m", "bot", "chat", "--user-id", "700000123", "--language-code", "en"],
        input="\n".join(script()) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(tmp_path, THROTTLE_BURST="100000"),
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    transcript = completed.stdout
    assert "(no button" not in transcript, transcript[-3000:]
    with sqlite3.connect(tmp_path / "vagvisare.sqlite3") as connection:
        rows = connection.execute(
            "SELECT audience, age_band, topic, services_shown FROM referral"
        ).fetchall()
    # one person, one day: one row per topic, whatever the audience (bot/core/referral_day.py)
    by_topic = {row[2]: set(json.loads(row[3])) for row in rows}
    assert len(rows) == len(by_topic) == len({topic for _, _, topic in EXPECTED})
    sections = transcript.split("> /menu")[1:]
    assert len(sections) == len(EXPECTED)
    for (audience, band, topic), section in zip(EXPECTED, sections, strict=True):
        shown = by_topic[topic.value]
        missing = EXPECTED[(audience, band, topic)] - shown
        assert not missing, (audience, band, topic, shown)
        for service_id in EXPECTED[(audience, band, topic)]:
            assert DIRECTORY.service(service_id).name_for("en") in section, service_id
