"""Settings: environment variables and an optional ``.env`` file, read once at start-up.

Every variable is listed with its default in the README's configuration table.
Nothing here writes to the disk or touches the network (:func:`data_dir_problem` only
looks); :func:`bot.keys.ensure_pseudonym_key` and the storage factory do that when the
app starts.
"""

from __future__ import annotations

import json
import logging
import re
import urllib.parse
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    DotEnvSettingsSource,
    EnvSettingsSource,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    SettingsError,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.core.access import MAX_TELEGRAM_USER_ID, is_telegram_user_id
from bot.core.locale import negotiate_locale

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Bot API ``setWebhook.secret_token``: 1-256 characters, A-Z a-z 0-9 _ - .
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
# Bot API deep links (``t.me/<bot>?start=<parameter>``): up to 64 of A-Z a-z 0-9 _ -.
_WHOLE_NUMBER = re.compile(r"^[+-]?[0-9]+$")  # a staff id, an integer setting (ASCII digits)
_START_PARAMETER = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
# A bot token as issued by @BotFather: "<bot id>:<35 characters>".
BOT_TOKEN_PATTERN = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{30,}$")

# The languages of the people served in Huddinge (docs/translations.md; Sorani Kurdish is ckb,
# ISO 639-3: ISO 639-1 has no code for it); each has a catalogue in locales/<code>/ and its own
# name in handlers/labels.py (whose order is the picker's). DEFAULT_LOCALE must be one of them (any
# case, with or without a region: bot.core.locale.negotiate_locale).
SUPPORTED_LOCALES: tuple[str, ...] = ("sv", "en", "ar", "fa", "so", "ti", "fi", "ckb", "tr", "es")
# DATABASE_URL: the schemes storage/engine.py gives an installed async driver.
DATABASE_SCHEMES = ("sqlite", "sqlite+aiosqlite", "postgresql", "postgresql+asyncpg", "postgres")
REDIS_SCHEMES = ("redis", "rediss", "unix")  # what redis-py's from_url accepts
MIN_PSEUDONYM_KEY_BYTES = 16  # bot.core.pseudonym.Pseudonymizer refuses shorter keys
# Day counts (MEMORY_TTL_DAYS, *_RETENTION_DAYS): at most 100 years. Far below what
# ``timedelta`` (999,999,999 days) and ``now - timedelta`` (year 1) can hold, so a typo
# is refused at start instead of crashing the purge or the state backend later.
MAX_DAYS = 36_500
# DISCLOSURE_K: at most 100. A summary crosses at most two dimensions over a period of days
# or weeks; with a threshold above 100 nearly every cell of such a table is below it and
# suppressed, so a larger value is a typo (an extra 0), not a stricter policy.
MAX_DISCLOSURE_K = 100
# THROTTLE_BURST: TokenBuckets keeps tokens as a float; 10**9 is "no throttling" already.
MAX_THROTTLE_BURST = 1_000_000_000


# Characters a URL cannot hold as they are (RFC 3986): spaces and control characters.
_UNSAFE_IN_URL = re.compile(r"[\s\x00-\x1f\x7f]")

# An empty variable (``DEFAULT_LOCALE=``, in the environment or in .env) is an unset one: its
# default applies (``env_ignore_empty``). Except for these, whose default silently changes
# whose data the bot holds: ``DATA_DIR=`` would start a second database and key in var/ (and
# every RESOURCES_FILE-like path would quietly fall back to the shipped data), and
# ``PSEUDONYM_KEY=`` (an unfilled secret) would generate a new key beside the database,
# forgetting everyone. Their validators refuse the empty value ("unset it to ...").
EMPTY_REFUSED: tuple[str, ...] = (
    "data_dir",
    "resources_file",
    "danger_dir",
    "topics_dir",
    "locales_dir",
    "pseudonym_key",
)


class Settings(BaseSettings):
    """All configuration of one bot instance.

    Raises :class:`pydantic.ValidationError` on a malformed value; the CLI turns that
    into one line per bad field on stderr (:func:`configuration_errors`) and exit code 2.
    """

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,  # NAME= is unset, but see EMPTY_REFUSED
        extra="ignore",
        frozen=True,
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """The usual order (arguments, environment, .env, secrets files), with the empty
        values of :data:`EMPTY_REFUSED` after the environment and .env: a value in either
        still wins, and an empty one reaches the validators to be refused."""
        raw: list[EnvSettingsSource] = [EnvSettingsSource(settings_cls, env_ignore_empty=False)]
        if isinstance(dotenv_settings, DotEnvSettingsSource):  # honours Settings(_env_file=...)
            raw.append(
                DotEnvSettingsSource(
                    settings_cls,
                    env_file=dotenv_settings.env_file,
                    env_file_encoding=dotenv_settings.env_file_encoding,
                    env_ignore_empty=False,
                )
            )
        empty = _EmptyValues(settings_cls, raw)
        return init_settings, env_settings, dotenv_settings, empty, file_secret_settings

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
    # NoDecode: the validators below read JSON (`[123, 456]`) or a comma list (`123,456`)
    staff_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    campaign_codes: Annotated[list[str], NoDecode] = Field(default_factory=list)
    memory_ttl_days: int = Field(default=90, ge=1, le=MAX_DAYS)
    # Disclosure control threshold: never below 3 (bot.core.disclosure.MIN_K).
    disclosure_k: int = Field(
        default=5,
        ge=3,
        le=MAX_DISCLOSURE_K,
        description=f"Counts below this are suppressed; 3 to {MAX_DISCLOSURE_K} (a larger "
        "threshold would hide nearly every cell of a table).",
    )
    referral_retention_days: int = Field(default=3 * 365, ge=1, le=MAX_DAYS)
    audit_retention_days: int = Field(default=3 * 365, ge=1, le=MAX_DAYS)
    resources_file: Path = PROJECT_ROOT / "data" / "resources.json"
    danger_dir: Path = PROJECT_ROOT / "data" / "danger"
    # Word lists that tell which topic typed text names (bot/core/topic_hints.py)
    topics_dir: Path = PROJECT_ROOT / "data" / "topics"
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
        default=12,
        ge=1,
        le=MAX_THROTTLE_BURST,
        description="Updates one user may send at once before throttling.",
    )
    throttle_rate: float = Field(
        default=1.0,
        gt=0,
        allow_inf_nan=False,
        description="Updates per second one user may keep sending (finite).",
    )
    redis_url: str | None = Field(
        default=None,
        description="redis:// URL; when set, conversation state and event isolation live in "
        "Redis, shared by several webhook workers (docs/deployment.md).",
    )
    redis_prefix: str = Field(
        default="vagvisare", pattern=r"^[A-Za-z0-9_.-]{1,64}$", description="Prefix of Redis keys."
    )

    @field_validator("staff_ids", "campaign_codes", mode="before")
    @classmethod
    def _json_or_comma_list(cls, value: Any, info: ValidationInfo) -> Any:
        """``[123, 456]`` (JSON) or ``123,456`` (commas, spaces around items ignored).

        A staff id is an integer written as one: ``1.0``, ``1e5`` or ``1_000`` (in JSON or in
        a comma list) is refused, naming its position, though pydantic would read ``1.0``
        as 1.

        An empty or blank value is the empty list. An empty item (``1,,2``, ``1,2,``,
        ``,1``) is refused, naming its position (1-based): it is a typo (a deleted id or
        code), not a wish, and silently dropping it would hide the mistake. So is a JSON
        string among staff ids (``["12"]``, position named): a Telegram user id is a
        number, and JSON says which is which (pydantic would quietly read ``"12"`` as 12).
        """
        if not isinstance(value, str):
            return value
        text = value.strip()
        if not text:
            return []
        if text.startswith("["):
            try:
                items = json.loads(text)
            except ValueError:
                raise ValueError("starts with [ but is not a JSON list") from None
            if isinstance(items, list) and any(isinstance(item, bool) for item in items):
                raise ValueError("true and false are not ids or codes")  # JSON true -> 1
            if isinstance(items, list) and info.field_name == "staff_ids":
                for number, item in enumerate(items, start=1):
                    if isinstance(item, str):
                        raise ValueError(f"item {number}: a string in quotes, not a number")
                    if isinstance(item, float):  # 1.0, 1e5: pydantic would take 1, 100000
                        raise ValueError(f"item {number}: not a whole number")
            return items
        items = [item.strip() for item in text.split(",")]
        for number, item in enumerate(items, start=1):
            if not item:
                raise ValueError(
                    f"item {number}: empty (a comma at the start, at the end or twice in a row)"
                )
            if info.field_name == "staff_ids" and not _WHOLE_NUMBER.match(item):
                raise ValueError(f"item {number}: not a whole number")  # 1.0 would be 1
        return items

    @field_validator("*", mode="before")
    @classmethod
    def _whole_number_text(cls, value: Any, info: ValidationInfo) -> Any:
        """An integer setting (``DISCLOSURE_K``, ``MEMORY_TTL_DAYS``, ``WEBHOOK_PORT``, ...)
        is written as a whole number: ASCII digits, an optional sign, spaces around. pydantic
        would read ``5.0`` as 5 but refuse ``1e3``, and take ``1_000``; all three are
        refused alike (``not a whole number``), as for ``STAFF_IDS``."""
        name = info.field_name
        is_int = name is not None and cls.model_fields[name].annotation is int
        if is_int and isinstance(value, str) and not _WHOLE_NUMBER.match(value.strip()):
            raise ValueError("not a whole number")
        return value

    @field_validator(
        "data_dir", "resources_file", "danger_dir", "topics_dir", "locales_dir", mode="before"
    )
    @classmethod
    def _not_empty(cls, value: Any, info: ValidationInfo) -> Any:
        """``DATA_DIR=`` would be the current folder: the key and the database would land
        wherever the command runs (a repository, say); ``RESOURCES_FILE=`` was read as
        the folder ``.``. Unset them for the defaults."""
        if isinstance(value, str) and not value.strip():
            default = "var/ in the project" if info.field_name == "data_dir" else "the shipped one"
            raise ValueError(f"is empty; unset it to use the default ({default})")
        return value

    @field_validator("data_dir", "resources_file", "danger_dir", "topics_dir", "locales_dir")
    @classmethod
    def _home_expanded(cls, value: Path) -> Path:
        """``~`` and ``~user`` at the start are the home folder, as in a shell: a ``.env``
        file or a quoted value is not expanded by the shell, and ``DATA_DIR=~/x`` made a
        folder named ``~`` in the working directory. A relative path stays relative to the
        working directory."""
        return _home(value, "starts with ~")

    @field_validator("staff_ids")
    @classmethod
    def _telegram_user_ids(cls, value: list[int]) -> list[int]:
        if not all(is_telegram_user_id(item) for item in value):
            raise ValueError(f"every id must be a whole number from 1 to {MAX_TELEGRAM_USER_ID}")
        return value

    @field_validator("campaign_codes")
    @classmethod
    def _start_parameters(cls, value: list[str]) -> list[str]:
        if not all(_START_PARAMETER.match(code) for code in value):
            raise ValueError("every code must be 1-64 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @field_validator("default_locale")
    @classmethod
    def _known_locale(cls, value: str) -> str:
        """The supported locale for ``value``, read as Telegram's ``language_code`` is
        (:func:`bot.core.locale.negotiate_locale`): any case, ``-`` or ``_``, a region
        (``EN``, ``en-GB``, ``sv_SE`` → ``en``, ``en``, ``sv``) and the three-letter codes
        (``swe`` → ``sv``). Raises :class:`ValueError` when its language has no catalogue."""
        locale = negotiate_locale(value, SUPPORTED_LOCALES, "")
        if not locale:
            raise ValueError(f"must be one of {', '.join(SUPPORTED_LOCALES)}")
        return locale

    @field_validator("webhook_secret")
    @classmethod
    def _valid_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _SECRET_TOKEN.match(value.get_secret_value()):
            raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in logging.getLevelNamesMapping():
            raise ValueError("must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str | None) -> str | None:
        """Parsed as storage/engine.py parses it; the message never quotes the URL (it may
        hold a password)."""
        if value is None or not value.strip():
            return None
        try:
            url = make_url(value.strip())
        except (ArgumentError, ValueError):
            raise ValueError("not a database URL") from None
        if url.drivername not in DATABASE_SCHEMES:
            raise ValueError(f"{url.drivername}:// is not supported (PostgreSQL or SQLite)")
        if url.drivername.startswith("sqlite") and (url.database or "").startswith("~"):
            # a SQLite file under ~ is in the home folder, as DATA_DIR=~/x is (_home_expanded)
            home = _home(Path(url.database or ""), "the file starts with ~")
            return url.set(database=str(home)).render_as_string(hide_password=False)
        return value.strip()

    @field_validator("redis_url")
    @classmethod
    def _redis_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        try:
            parts = urllib.parse.urlsplit(value.strip())
        except ValueError:
            raise ValueError("not a URL") from None
        if parts.scheme not in REDIS_SCHEMES:
            raise ValueError("must be a redis://, rediss:// or unix:// URL")
        return value.strip()

    @field_validator("webhook_base_url")
    @classmethod
    def _https_base_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        try:
            parts = urllib.parse.urlsplit(value.strip())
            valid = parts.scheme == "https" and bool(parts.hostname)
            parts.port  # noqa: B018 - raises ValueError for a port that is not 0-65535
        except ValueError:
            valid = False
        if not valid:  # setWebhook takes HTTPS URLs only
            raise ValueError("must be an https:// URL")
        if _UNSAFE_IN_URL.search(value.strip()):  # Telegram would post to another address
            raise ValueError("must not contain spaces or control characters")
        return value.strip()

    @field_validator("pseudonym_key")
    @classmethod
    def _long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value():  # EMPTY_REFUSED
            raise ValueError("is empty; unset it to use (or generate) pseudonym.key in DATA_DIR")
        if value is not None and len(value.get_secret_value().encode()) < MIN_PSEUDONYM_KEY_BYTES:
            raise ValueError(f"must be at least {MIN_PSEUDONYM_KEY_BYTES} bytes")
        return value

    @field_validator("webhook_path")
    @classmethod
    def _path_starts_with_slash(cls, value: str) -> str:
        if not value.startswith("/"):
            raise ValueError("must start with /")
        if _UNSAFE_IN_URL.search(value) or "?" in value or "#" in value:
            raise ValueError("must be a plain path: no spaces, control characters, ? or #")
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


class _EmptyValues(PydanticBaseSettingsSource):
    """``{"data_dir": ""}`` and the like: each setting of :data:`EMPTY_REFUSED` that one of
    ``sources`` (the environment, the .env file, read with empty values kept) sets to the
    empty string, which ``env_ignore_empty`` drops from the ordinary sources."""

    def __init__(self, settings_cls: type[BaseSettings], sources: list[EnvSettingsSource]) -> None:
        super().__init__(settings_cls)
        self._sources = sources

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False  # unused: __call__ reads the variables directly

    def __call__(self) -> dict[str, Any]:
        return {
            name: ""
            for source in self._sources
            for name in EMPTY_REFUSED
            if source.env_vars.get(name) == ""  # env_vars: names in lower case
        }


def _home(path: Path, what: str) -> Path:
    """``path`` with a leading ``~`` or ``~user`` expanded. Raises :class:`ValueError`
    ("<what> but that home folder is not known") when there is no HOME and no password
    entry for the user, or ``~user`` names nobody known."""
    try:
        return path.expanduser()
    except RuntimeError:
        raise ValueError(f"{what} but that home folder is not known") from None


# What a valid value looks like, for the fields whose form is not obvious from the message.
_EXAMPLES: dict[str, str] = {
    "staff_ids": "[123, 456] or 123,456",
    "campaign_codes": '["poster_school1", "flyer"] or poster_school1,flyer',
    "default_locale": "sv",
    "webhook_path": "/telegram/webhook",
    "webhook_secret": "a-long-random-secret_123",
    "redis_prefix": "vagvisare",
    "log_level": "INFO",
    "database_url": "postgresql://user:password@host/vagvisare",
    "redis_url": "redis://127.0.0.1:6379/0",
    "webhook_base_url": "https://bot.example.org",
    "pseudonym_key": "64 hex digits (python -c 'import secrets; print(secrets.token_hex(32))')",
}

_SHORT = {  # pydantic's wording, shorter, for the common mistakes
    "int_parsing": "not a whole number",
    "int_from_float": "not a whole number",
    "list_type": "not a list",
}


_OUT_OF_RANGE = frozenset(
    {"greater_than", "greater_than_equal", "less_than", "less_than_equal", "finite_number"}
)


def _range_of(field: str) -> str | None:
    """``"from 3 to 100"``, ``"above 0, up to 1000"``: the bounds a numeric setting's
    ``Field`` declares (the README's configuration table gives the same), or ``None``."""
    info = Settings.model_fields.get(field)
    if info is None:
        return None
    low = high = ""
    for bound in info.metadata:
        for name, word in (("ge", "from"), ("gt", "above")):
            if getattr(bound, name, None) is not None:
                low = f"{word} {getattr(bound, name)}"
        for name, word in (("le", "to"), ("lt", "below")):
            if getattr(bound, name, None) is not None:
                high = f"{word} {getattr(bound, name)}"
    if not (low or high):
        return None
    if low.startswith("from") and high.startswith("to"):
        return f"{low} {high}"
    return ", ".join(part for part in (low, high) if part)


def data_dir_problem(data_dir: Path) -> str | None:
    """Why ``DATA_DIR`` cannot be (or become) a folder, as one line naming the setting, or
    ``None``: ``data_dir``, or the nearest of its parents that exists, is not a folder (a
    regular file, say), so neither the folder nor the files in it can be made. Only looks
    (``stat``); a folder that cannot be made for another reason (permissions) is left to
    the error of the ``mkdir`` that fails.
    """
    for path in (data_dir, *data_dir.parents):
        if not path.exists():
            continue
        if path.is_dir():
            return None
        if path == data_dir:
            return f"DATA_DIR: {data_dir} is a file, not a folder"
        return f"DATA_DIR: cannot use {data_dir}: {path} is a file, not a folder"
    return None


def configuration_errors(error: ValidationError | SettingsError) -> list[str]:
    """One line per bad field: ``configuration error: FIELD: reason; expected e.g. ...``.

    Never quotes the value (it may be a token or a key).
    """
    if isinstance(error, SettingsError):  # a value the settings source could not decode
        match = re.search(r'field "(\w+)"', str(error))
        field = match.group(1) if match else ""
        return [_line(field, "cannot be read")] if field else [f"configuration error: {error}"]
    reasons: dict[str, str] = {}
    for item in error.errors():
        loc = item["loc"]
        field = str(loc[0]) if loc else ""
        reason = _SHORT.get(item["type"], str(item["msg"]).removeprefix("Value error, "))
        if item["type"] in _OUT_OF_RANGE and (allowed := _range_of(field)):
            wrong = "not a finite number" if item["type"] == "finite_number" else "out of range"
            reason = f"{wrong}: {allowed}"
        if len(loc) > 1 and isinstance(loc[1], int):  # an item of a list
            reason = f"item {loc[1] + 1}: {reason}"
        reasons.setdefault(field, reason)
    return [_line(field, reason) for field, reason in reasons.items()]


def _line(field: str, reason: str) -> str:
    example = _EXAMPLES.get(field)
    suffix = f"; expected e.g. {example}" if example else ""
    return f"configuration error: {field.upper()}: {reason}{suffix}"
