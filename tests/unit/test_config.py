"""Settings from the environment: the list forms a person types, and one line per bad field."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError
from pydantic_settings import SettingsError

from bot.config import (
    MAX_DAYS,
    MAX_DISCLOSURE_K,
    MAX_THROTTLE_BURST,
    Settings,
    configuration_errors,
)


def settings_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, **env: str) -> Settings:
    for name in ("STAFF_IDS", "CAMPAIGN_CODES", "MEMORY_TTL_DAYS", "WEBHOOK_SECRET"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    return Settings(_env_file=None)  # type: ignore[call-arg]


def errors_for(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, **env: str) -> list[str]:
    with pytest.raises(ValidationError) as raised:
        settings_from_env(monkeypatch, tmp_path, **env)
    return configuration_errors(raised.value)


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("[123, 456]", [123, 456]),
        ("123,456", [123, 456]),
        (" 123 , 456 ", [123, 456]),
        ("123", [123]),
        ("", []),
        ("[]", []),
    ],
)
def test_staff_ids_as_json_or_commas(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str, ids: list[int]
) -> None:
    assert settings_from_env(monkeypatch, tmp_path, STAFF_IDS=text).staff_ids == ids


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ('["poster_school1", "flyer"]', ["poster_school1", "flyer"]),
        ("poster_school1,flyer", ["poster_school1", "flyer"]),
        (" poster_school1 ,\tflyer ", ["poster_school1", "flyer"]),
        ("poster", ["poster"]),
        ("", []),
        ("  ", []),
    ],
)
def test_campaign_codes_as_json_or_commas(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str, codes: list[str]
) -> None:
    assert settings_from_env(monkeypatch, tmp_path, CAMPAIGN_CODES=text).campaign_codes == codes


STAFF_EXAMPLE = "; expected e.g. [123, 456] or 123,456"
CODES_EXAMPLE = '; expected e.g. ["poster_school1", "flyer"] or poster_school1,flyer'


@pytest.mark.parametrize(
    ("env", "lines"),
    [
        (
            {"STAFF_IDS": "notjson"},
            ["configuration error: STAFF_IDS: item 1: not a whole number" + STAFF_EXAMPLE],
        ),
        (
            {"STAFF_IDS": "123;456"},
            ["configuration error: STAFF_IDS: item 1: not a whole number" + STAFF_EXAMPLE],
        ),
        (
            {"STAFF_IDS": "[123, 456"},
            [
                "configuration error: STAFF_IDS: starts with [ but is not a JSON list"
                + STAFF_EXAMPLE
            ],
        ),
        (
            {"STAFF_IDS": "123,99999999999999999999999"},
            [
                "configuration error: STAFF_IDS: every id must be a whole number from 1 to "
                "4503599627370495" + STAFF_EXAMPLE
            ],
        ),
        (
            {"CAMPAIGN_CODES": "poster school"},
            [
                "configuration error: CAMPAIGN_CODES: every code must be 1-64 characters of "
                "A-Z, a-z, 0-9, _ and -" + CODES_EXAMPLE
            ],
        ),
        (
            {"CAMPAIGN_CODES": "[1, 2]"},
            [
                "configuration error: CAMPAIGN_CODES: item 1: Input should be a valid string"
                + CODES_EXAMPLE
            ],
        ),
        (  # an endless rate would switch throttling off without saying so
            {"THROTTLE_RATE": "inf"},
            ["configuration error: THROTTLE_RATE: not a finite number: above 0"],
        ),
        (
            {"THROTTLE_RATE": "nan"},
            ["configuration error: THROTTLE_RATE: not a finite number: above 0"],
        ),
        (  # the allowed range, not pydantic's "greater than or equal to 3" (a tester)
            {"DISCLOSURE_K": "2"},
            ["configuration error: DISCLOSURE_K: out of range: from 3 to 100"],
        ),
        (
            {"WEBHOOK_PORT": "99999"},
            ["configuration error: WEBHOOK_PORT: out of range: from 0 to 65535"],
        ),
        (
            {"THROTTLE_RATE": "0"},
            ["configuration error: THROTTLE_RATE: out of range: above 0"],
        ),
        (  # every bad field on its own line, a list with several bad items only once
            {"STAFF_IDS": "a,b", "MEMORY_TTL_DAYS": "0"},
            [
                "configuration error: STAFF_IDS: item 1: not a whole number" + STAFF_EXAMPLE,
                "configuration error: MEMORY_TTL_DAYS: out of range: from 1 to 36500",
            ],
        ),
    ],
)
def test_one_line_per_bad_field(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: dict[str, str], lines: list[str]
) -> None:
    assert errors_for(monkeypatch, tmp_path, **env) == lines


EMPTY_ITEM = "empty (a comma at the start, at the end or twice in a row)"


@pytest.mark.parametrize(
    ("text", "item"),
    [("1,2,", 3), ("1,,2", 2), (",1", 1), ("1, ,2", 2), ("1 , 2 , ", 3), (",", 1)],
)
@pytest.mark.parametrize(
    ("name", "example"), [("STAFF_IDS", STAFF_EXAMPLE), ("CAMPAIGN_CODES", CODES_EXAMPLE)]
)
def test_an_empty_item_in_a_comma_list_is_refused_by_position(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    name: str,
    example: str,
    text: str,
    item: int,
) -> None:
    if name == "CAMPAIGN_CODES":
        text = text.replace("1", "poster").replace("2", "flyer")
    assert errors_for(monkeypatch, tmp_path, **{name: text}) == [
        f"configuration error: {name}: item {item}: {EMPTY_ITEM}{example}"
    ]


def test_a_bad_secret_is_named_but_never_quoted(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    lines = errors_for(monkeypatch, tmp_path, WEBHOOK_SECRET="hunter2 with spaces!")
    assert lines == [
        "configuration error: WEBHOOK_SECRET: must be 1-256 characters of A-Z, a-z, 0-9, _ and -"
        "; expected e.g. a-long-random-secret_123"
    ]
    assert "hunter2" not in "".join(lines)


def test_a_value_the_settings_source_cannot_decode_is_one_line() -> None:
    error = SettingsError(
        'error parsing value for field "staff_ids" from source "EnvSettingsSource"'
    )
    assert configuration_errors(error) == [
        "configuration error: STAFF_IDS: cannot be read" + STAFF_EXAMPLE
    ]


@pytest.mark.parametrize(
    ("field", "value", "kept"),
    [
        ("log_level", "debug", "DEBUG"),
        ("log_level", " Warning ", "WARNING"),
        ("database_url", "postgresql://u:p@db/vagvisare", "postgresql://u:p@db/vagvisare"),
        ("database_url", "postgres://u:p@db/vagvisare", "postgres://u:p@db/vagvisare"),
        ("database_url", "sqlite+aiosqlite:///var/x.sqlite3", "sqlite+aiosqlite:///var/x.sqlite3"),
        ("database_url", "", None),  # empty: the SQLite default in DATA_DIR
        ("redis_url", "rediss://cache:6380/1", "rediss://cache:6380/1"),
        ("redis_url", "", None),
        ("webhook_base_url", "https://bot.example.org/", "https://bot.example.org/"),
        ("webhook_base_url", "", None),  # what the workers' supervisor gives workers 1..N
    ],
)
def test_the_values_a_deployment_uses_are_taken(
    tmp_path: Path, field: str, value: str, kept: str | None
) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path, **{field: value})  # type: ignore[call-arg]
    assert getattr(settings, field) == kept


def test_a_short_pseudonym_key_is_refused_without_quoting_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert errors_for(monkeypatch, tmp_path, PSEUDONYM_KEY="fifteen-bytes!!") == [
        "configuration error: PSEUDONYM_KEY: must be at least 16 bytes; expected e.g. 64 hex "
        "digits (python -c 'import secrets; print(secrets.token_hex(32))')"
    ]
    key = "sixteen-bytes!!!"
    settings = settings_from_env(monkeypatch, tmp_path, PSEUDONYM_KEY=key)
    assert settings.pseudonym_key is not None
    assert settings.pseudonym_key.get_secret_value() == key


@pytest.mark.parametrize("text", ["[true]", "[1, false]"])
def test_json_booleans_are_not_staff_ids(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str
) -> None:
    assert errors_for(monkeypatch, tmp_path, STAFF_IDS=text) == [
        "configuration error: STAFF_IDS: true and false are not ids or codes; "
        "expected e.g. [123, 456] or 123,456"
    ]


@pytest.mark.parametrize(
    ("text", "item"), [('["12"]', 1), ('[123, "456"]', 2), ('["abc"]', 1), ('[""]', 1)]
)
def test_a_quoted_staff_id_in_a_json_list_is_refused_by_position(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str, item: int
) -> None:
    """A staff id is a Telegram user id written as a number; JSON tells a string apart."""
    assert errors_for(monkeypatch, tmp_path, STAFF_IDS=text) == [
        f"configuration error: STAFF_IDS: item {item}: a string in quotes, not a number"
        + STAFF_EXAMPLE
    ]


def test_quoted_campaign_codes_in_a_json_list_are_still_taken(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The rule is for ids only: campaign codes are strings, quoted in JSON."""
    settings = settings_from_env(monkeypatch, tmp_path, CAMPAIGN_CODES='["12", "flyer"]')
    assert settings.campaign_codes == ["12", "flyer"]


def test_an_empty_data_dir_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DATA_DIR", "")
    with pytest.raises(ValidationError) as raised:
        Settings(_env_file=None)  # type: ignore[call-arg]
    assert configuration_errors(raised.value) == [
        "configuration error: DATA_DIR: is empty; unset it to use the default (var/ in the project)"
    ]


@pytest.mark.parametrize("variable", ["RESOURCES_FILE", "DANGER_DIR", "LOCALES_DIR"])
def test_an_empty_data_path_is_refused(monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    """``RESOURCES_FILE=`` was read as the folder ``.`` ("cannot read: Is a directory")."""
    monkeypatch.setenv(variable, " ")
    with pytest.raises(ValidationError) as raised:
        Settings(_env_file=None)  # type: ignore[call-arg]
    assert configuration_errors(raised.value) == [
        f"configuration error: {variable}: is empty; unset it to use the default (the shipped one)"
    ]


@pytest.mark.parametrize(
    ("name", "value", "limit"),
    [
        ("MEMORY_TTL_DAYS", "99999999999", 36500),  # was an OverflowError in timedelta
        ("REFERRAL_RETENTION_DAYS", "800000", 36500),  # was a date before year 1 in purge
        ("AUDIT_RETENTION_DAYS", "36501", 36500),
        ("THROTTLE_BURST", str(10**400), 10**9),  # was an OverflowError in float()
        ("DISCLOSURE_K", "101", 100),  # had no maximum: 1000 hid every cell of every table
        ("DISCLOSURE_K", "50000", 100),
    ],
)
def test_a_number_beyond_its_maximum_is_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str, value: str, limit: int
) -> None:
    assert errors_for(monkeypatch, tmp_path, **{name: value}) == [
        f"configuration error: {name}: out of range: from {3 if name == 'DISCLOSURE_K' else 1} "
        f"to {limit}"
    ]


def test_the_maximum_values_are_taken(tmp_path: Path) -> None:
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path,
        memory_ttl_days=MAX_DAYS,
        referral_retention_days=MAX_DAYS,
        audit_retention_days=MAX_DAYS,
        throttle_burst=MAX_THROTTLE_BURST,
        disclosure_k=MAX_DISCLOSURE_K,
    )
    assert (MAX_DAYS, MAX_THROTTLE_BURST, MAX_DISCLOSURE_K) == (36_500, 10**9, 100)
    assert settings.memory_ttl_days == settings.audit_retention_days == MAX_DAYS
    assert settings.disclosure_k == MAX_DISCLOSURE_K


@pytest.mark.parametrize(
    ("value", "locale"),
    [
        ("EN", "en"),
        ("en-GB", "en"),
        ("en_GB", "en"),
        ("sv-SE", "sv"),
        ("sv_SE", "sv"),
        ("Fi", "fi"),
        (" ar ", "ar"),
        ("fa-AF", "fa"),
        ("swe", "sv"),  # ISO 639-2, as Telegram's language_code is read (bot/core/locale.py)
        ("sv", "sv"),
    ],
)
def test_default_locale_is_read_in_any_case_and_with_a_region(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str, locale: str
) -> None:
    # "EN" and "en-GB" were refused ("must be one of sv, en, ...")
    assert settings_from_env(monkeypatch, tmp_path, DEFAULT_LOCALE=value).default_locale == locale


@pytest.mark.parametrize("value", ["de", "DE-de", "pt_BR", " ", "e n", "english"])  # "" is sv
def test_a_default_locale_without_a_catalogue_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    assert errors_for(monkeypatch, tmp_path, DEFAULT_LOCALE=value) == [
        "configuration error: DEFAULT_LOCALE: must be one of sv, en, ar, fa, so, ti, fi, ckb, "
        "tr, es; expected e.g. sv"
    ]


@pytest.mark.parametrize(
    ("variable", "value", "problem"),
    [
        (
            "WEBHOOK_BASE_URL",
            "https://exa mple.com",
            "must not contain spaces or control characters",
        ),
        (
            "WEBHOOK_BASE_URL",
            "https://example.com/a\tb",
            "must not contain spaces or control characters",
        ),
        ("WEBHOOK_PATH", "/a b", "must be a plain path: no spaces, control characters, ? or #"),
        (
            "WEBHOOK_PATH",
            "/hook?x=1",
            "must be a plain path: no spaces, control characters, ? or #",
        ),
    ],
)
def test_webhook_addresses_telegram_could_not_post_to_are_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, variable: str, value: str, problem: str
) -> None:
    errors = errors_for(monkeypatch, tmp_path, **{variable: value})
    assert len(errors) == 1
    assert errors[0].startswith(f"configuration error: {variable}: {problem}")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("1.0", 1),
        ("[1.0]", 1),
        ("1e5", 1),
        ("[1e5]", 1),
        ("123,1.0", 2),
        ("[123, 4.0]", 2),
        ("1_000", 1),
        ("0x10", 1),
        ("1.5", 1),
    ],
)
def test_a_staff_id_not_written_as_an_integer_is_refused_by_position(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str, item: int
) -> None:
    """Ids are integers written as integers: ``1.0`` was taken as 1 while ``1.5`` was not."""
    assert errors_for(monkeypatch, tmp_path, STAFF_IDS=text) == [
        f"configuration error: STAFF_IDS: item {item}: not a whole number" + STAFF_EXAMPLE
    ]


@pytest.mark.parametrize("text", ["+5", " 5 ", "[5]"])
def test_a_staff_id_written_as_an_integer_is_taken(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str
) -> None:
    assert settings_from_env(monkeypatch, tmp_path, STAFF_IDS=text).staff_ids == [5]


@pytest.mark.parametrize(
    ("variable", "field"),
    [
        ("DATA_DIR", "data_dir"),
        ("RESOURCES_FILE", "resources_file"),
        ("DANGER_DIR", "danger_dir"),
        ("LOCALES_DIR", "locales_dir"),
    ],
)
def test_a_path_setting_starting_with_a_tilde_is_in_the_home_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, variable: str, field: str
) -> None:
    """``~`` is not expanded by the shell in ``.env`` or a quoted value; the bot expands it."""
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv(variable, "~/x")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert getattr(settings, field) == home / "x"


def test_a_relative_data_dir_stays_relative(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATA_DIR", "rel/x~")
    assert Settings(_env_file=None).data_dir == Path("rel/x~")  # type: ignore[call-arg]


# Every integer setting: the field names, for a test that none is left out.
INTEGER_SETTINGS = [
    name for name, field in Settings.model_fields.items() if field.annotation is int
]


def test_the_integer_settings_are_the_ones_tested_below() -> None:
    assert INTEGER_SETTINGS == [
        "memory_ttl_days",
        "disclosure_k",
        "referral_retention_days",
        "audit_retention_days",
        "webhook_port",
        "throttle_burst",
    ]


@pytest.mark.parametrize("text", ["5.0", "1e3", "1_000", "5.", "0x10", "٥"])
@pytest.mark.parametrize("name", [n.upper() for n in INTEGER_SETTINGS])
def test_an_integer_setting_written_otherwise_than_as_a_whole_number_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str, text: str
) -> None:
    """``DISCLOSURE_K=5.0`` was read as 5 while ``MEMORY_TTL_DAYS=1e3`` was refused: each is
    now the same one line, as a staff id written ``1.0`` is."""
    assert errors_for(monkeypatch, tmp_path, **{name: text}) == [
        f"configuration error: {name}: not a whole number"
    ]


@pytest.mark.parametrize(
    ("env", "field", "value"),
    [
        ({"DISCLOSURE_K": "7"}, "disclosure_k", 7),
        ({"MEMORY_TTL_DAYS": " 1000 "}, "memory_ttl_days", 1000),
        ({"WEBHOOK_PORT": "+8443"}, "webhook_port", 8443),
    ],
)
def test_an_integer_setting_written_as_a_whole_number_is_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: dict[str, str], field: str, value: int
) -> None:
    assert getattr(settings_from_env(monkeypatch, tmp_path, **env), field) == value
