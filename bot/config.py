"""Settings: environment variables and an optional ``.env`` file, read once at start-up.

Every variable is listed with its default in the README's configuration table.
Nothing here touches the disk or the network; :func:`bot.keys.ensure_pseudonym_key`
and the storage factory do that when the app starts.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Bot API ``setWebhook.secret_token``: 1-256 characters, A-Z a-z 0-9 _ - .
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
# A bot token as issued by @BotFather: "<bot id>:<35 characters>".
BOT_TOKEN_PATTERN = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{30,}$")

# The languages of the people served in Huddinge (DESIGN.md §8); each has a catalogue in
# locales/<code>/ and its own name in handlers/labels.py. DEFAULT_LOCALE must be one of them.
SUPPORTED_LOCALES: tuple[str, ...] = ("sv", "en", "ar", "fa", "so", "ti", "fi")


class Settings(BaseSettings):
    """All configuration of one bot instance.

    Raises :class:`pydantic.ValidationError` on a malformed value; the CLI turns that
    into one line on stderr and exit code 2.
    """

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True
    )

    bot_token: SecretStr | None = Field(default=None, description="Token from @BotFather.")
    data_dir: Path = Field(
        default=PROJECT_ROOT / "var", description="Where the SQLite file and key live."
    )
    database_url: str | None = Field(
        default=None, description="SQLAlchemy async URL; default sqlite+aiosqlite in data_dir."
    )
    pseudonym_key: SecretStr | None = Field(
        default=None, description="HMAC key for pseudonyms; generated into data_dir if absent."
    )
    default_locale: str = "sv"
    staff_ids: list[int] = Field(default_factory=list)
    campaign_codes: list[str] = Field(default_factory=list)
    memory_ttl_days: int = Field(default=90, ge=1)
    # Disclosure control threshold: never below 3 (bot.core.disclosure.MIN_K).
    disclosure_k: int = Field(default=5, ge=3, description="Counts below this are suppressed.")
    referral_retention_days: int = Field(default=3 * 365, ge=1)
    audit_retention_days: int = Field(default=3 * 365, ge=1)
    resources_file: Path = PROJECT_ROOT / "data" / "resources.json"
    danger_dir: Path = PROJECT_ROOT / "data" / "danger"
    locales_dir: Path = PROJECT_ROOT / "locales"
    webhook_host: str = "127.0.0.1"
    webhook_port: int = Field(default=8080, ge=0, le=65535)
    webhook_path: str = "/telegram/webhook"
    webhook_base_url: str | None = Field(
        default=None, description="Public https URL that Telegram posts to, without the path."
    )
    webhook_secret: SecretStr | None = None
    log_level: str = "INFO"
    throttle_burst: int = Field(
        default=12, ge=1, description="Updates one user may send at once before throttling."
    )
    throttle_rate: float = Field(
        default=1.0, gt=0, description="Updates per second one user may keep sending."
    )
    redis_url: str | None = Field(
        default=None,
        description="redis:// URL; when set, conversation state and event isolation live in "
        "Redis, shared by several webhook workers (docs/deployment.md).",
    )
    redis_prefix: str = Field(
        default="vagvisare", pattern=r"^[A-Za-z0-9_.-]{1,64}$", description="Prefix of Redis keys."
    )

    @field_validator("default_locale")
    @classmethod
    def _known_locale(cls, value: str) -> str:
        if value not in SUPPORTED_LOCALES:
            raise ValueError(f"must be one of {', '.join(SUPPORTED_LOCALES)}")
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _valid_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _SECRET_TOKEN.match(value.get_secret_value()):
            raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @field_validator("webhook_path")
    @classmethod
    def _path_starts_with_slash(cls, value: str) -> str:
        if not value.startswith("/"):
            raise ValueError("must start with /")
        return value

    @property
    def effective_database_url(self) -> str:
        """The configured URL, or a SQLite file ``vagvisare.sqlite3`` in ``data_dir``."""
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.data_dir / 'vagvisare.sqlite3'}"

    def token_or_none(self) -> str | None:
        """The bot token if it looks like one Telegram issues, else ``None``."""
        if self.bot_token is None:
            return None
        token = self.bot_token.get_secret_value().strip()
        return token if BOT_TOKEN_PATTERN.match(token) else None
