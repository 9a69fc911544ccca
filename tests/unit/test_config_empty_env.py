"""An empty variable (``NAME=``) is an unset one: the default applies (bot/config.py).

A fresh-clone tester's ``DEFAULT_LOCALE=`` was refused ("must be one of sv, en, …", exit 2).
Six settings still refuse an empty value (``EMPTY_REFUSED``): their default would silently
change whose data the bot holds (``DATA_DIR``, ``PSEUDONYM_KEY``) or which data it serves.
A value in the ``.env`` file fills an empty variable of the environment, as if it were unset.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr, ValidationError

from bot.config import EMPTY_REFUSED, Settings, configuration_errors
from tests.helpers import run_main

ALL = [name.upper() for name in Settings.model_fields]
EMPTY_IS_DEFAULT = [name for name in ALL if name.lower() not in EMPTY_REFUSED]


@pytest.fixture(autouse=True)
def unset(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No setting from the test's own environment, and no .env in the working folder."""
    for name in ALL:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def plain(value: Any) -> Any:
    return value.get_secret_value() if isinstance(value, SecretStr) else value


def test_an_empty_default_locale_is_swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEFAULT_LOCALE", "")
    assert Settings(_env_file=None).default_locale == "sv"


def test_the_chat_starts_with_an_empty_default_locale(tmp_path: Path) -> None:
    done = run_main(tmp_path / "data", "chat", stdin="/help\n", DEFAULT_LOCALE="")
    assert (done.returncode, done.stderr) == (0, "")
    assert "configuration error" not in done.stdout


@pytest.mark.parametrize("variable", EMPTY_IS_DEFAULT)
def test_every_other_empty_setting_is_its_default(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    """README, "Configuration": the default column applies to ``NAME=`` too."""
    default = getattr(Settings(_env_file=None), variable.lower())
    monkeypatch.setenv(variable, "")
    settings = Settings(_env_file=None)
    assert plain(getattr(settings, variable.lower())) == plain(default)


def test_the_defaults_that_matter_when_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    """Spelled out: an empty WEBHOOK_HOST listens on the loopback, not on every address."""
    for name in EMPTY_IS_DEFAULT:
        monkeypatch.setenv(name, "")
    settings = Settings(_env_file=None)
    assert settings.webhook_host == "127.0.0.1"
    assert settings.bot_token is None
    assert settings.token_or_none() is None
    assert settings.webhook_secret is None  # derived from the token
    assert (settings.database_url, settings.redis_url, settings.webhook_base_url) == (None,) * 3
    assert (settings.staff_ids, settings.campaign_codes) == ([], [])
    assert (settings.disclosure_k, settings.log_level, settings.webhook_port) == (5, "INFO", 8080)


EMPTY_REASONS = {
    "DATA_DIR": "is empty; unset it to use the default (var/ in the project)",
    "RESOURCES_FILE": "is empty; unset it to use the default (the shipped one)",
    "DANGER_DIR": "is empty; unset it to use the default (the shipped one)",
    "TOPICS_DIR": "is empty; unset it to use the default (the shipped one)",
    "LOCALES_DIR": "is empty; unset it to use the default (the shipped one)",
    "PSEUDONYM_KEY": "is empty; unset it to use (or generate) pseudonym.key in DATA_DIR; "
    "expected e.g. 64 hex digits (python -c 'import secrets; print(secrets.token_hex(32))')",
}


def test_the_refused_ones_are_the_listed_ones() -> None:
    assert sorted(name.upper() for name in EMPTY_REFUSED) == sorted(EMPTY_REASONS)


@pytest.mark.parametrize("variable", sorted(EMPTY_REASONS))
def test_an_empty_data_dir_or_key_is_still_refused(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, "")
    with pytest.raises(ValidationError) as raised:
        Settings(_env_file=None)
    assert configuration_errors(raised.value) == [
        f"configuration error: {variable}: {EMPTY_REASONS[variable]}"
    ]


@pytest.mark.parametrize("variable", sorted(EMPTY_REASONS))
def test_an_empty_one_in_the_env_file_is_refused_too(tmp_path: Path, variable: str) -> None:
    env_file = tmp_path / "settings.env"
    env_file.write_text(f"{variable}=\n", encoding="utf-8")
    with pytest.raises(ValidationError) as raised:
        Settings(_env_file=env_file)
    assert configuration_errors(raised.value) == [
        f"configuration error: {variable}: {EMPTY_REASONS[variable]}"
    ]


def test_the_env_file_fills_an_empty_variable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``DEFAULT_LOCALE=`` in the environment is unset, so .env's value applies; so for a
    refused one: the .env value wins over the empty variable, nothing is refused."""
    key = "k" * 32
    env_file = tmp_path / "settings.env"
    env_file.write_text(
        f"DEFAULT_LOCALE=en\nDATA_DIR={tmp_path / 'data'}\nPSEUDONYM_KEY={key}\n",
        encoding="utf-8",
    )
    for name in ("DEFAULT_LOCALE", "DATA_DIR", "PSEUDONYM_KEY"):
        monkeypatch.setenv(name, "")
    settings = Settings(_env_file=env_file)
    assert settings.default_locale == "en"
    assert settings.data_dir == tmp_path / "data"
    assert plain(settings.pseudonym_key) == key


def test_the_default_env_file_is_read_with_empty_values(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``.env`` in the working folder, as the CLI reads it: empty is unset or refused alike."""
    (tmp_path / ".env").write_text("DEFAULT_LOCALE=\nLOG_LEVEL=\n", encoding="utf-8")
    settings = Settings()
    assert (settings.default_locale, settings.log_level) == ("sv", "INFO")
    (tmp_path / ".env").write_text("DATA_DIR=\n", encoding="utf-8")
    with pytest.raises(ValidationError) as raised:
        Settings()
    assert configuration_errors(raised.value) == [
        f"configuration error: DATA_DIR: {EMPTY_REASONS['DATA_DIR']}"
    ]


@pytest.mark.parametrize(("index", "calls_set_webhook"), [(None, True), (0, True), (1, False)])
async def test_only_worker_0_sets_the_webhook_even_from_the_env_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, index: int | None, calls_set_webhook: bool
) -> None:
    """The supervisor gave workers 1..N ``WEBHOOK_BASE_URL=`` to keep them from calling
    ``setWebhook``; empty is unset now, so a .env value would fill it. The worker index
    decides instead (bot/modes/webhook.py ``_run``)."""
    import argparse

    from bot.modes import webhook

    (tmp_path / ".env").write_text(
        f"WEBHOOK_BASE_URL=https://bot.example.org\nDATA_DIR={tmp_path / 'data'}\n"
        "BOT_TOKEN=123456:" + "A" * 35 + "\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("WEBHOOK_BASE_URL", "")  # what an old supervisor gave a worker
    seen: list[str | None] = []

    async def no_storage(settings: Settings, seconds: float) -> None:
        return None

    async def with_app(settings: Settings, body: Any) -> int:
        seen.append(settings.webhook_base_url)
        return 0

    monkeypatch.setattr(webhook, "check_storage_at_start", no_storage)
    monkeypatch.setattr(webhook, "with_app", with_app)
    args = argparse.Namespace(workers=1, worker_index=index, api_base=None, start_timeout=1.0)
    assert await webhook._run(args, Settings()) == 0
    assert seen == ["https://bot.example.org" if calls_set_webhook else None]
