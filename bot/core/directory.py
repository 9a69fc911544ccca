"""The resource directory: Vägvisare's HSDS 3.0 profile, validated with pydantic.

The file format is described in docs/resources.md. :func:`load_directory` stops start-up
with a :class:`DirectoryError` that names the entry and the field; :meth:`Directory.shown`
hides entries that are unverified, stale or not active; :func:`check_directory` lists them
for the administrator; :mod:`bot.core.hsds` speaks plain HSDS 3.0 JSON.

Four rules decide whether the bot may start with a file (:func:`startup_problems`): some
shown service is open 24/7; every service the emergency card shows
(:data:`EMERGENCY_CARD_IDS`) is itself shown; each of them has only the number and the
hours the card promises (:data:`EMERGENCY_CARD_PINS`); and no ``assured_date`` lies after
today.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from bot.core.schedule import STOCKHOLM, Hours, Schedule, WeeklyRule
from bot.core.taxonomy import Audience, Topic, Urgency

PROFILE: Literal["vagvisare-hsds-3.0/1"] = "vagvisare-hsds-3.0/1"
DEFAULT_MAX_AGE_DAYS = 365
FALLBACK_LOCALES = ("sv", "en")


@dataclass(frozen=True, slots=True)
class PinnedLine:
    """What the emergency card promises about one of its services, whatever the file says.

    ``voice``: the number to call, digits only (``"116111"`` for "116 111"); the service's
    ``phones`` must be exactly one ``voice`` phone with these digits and nothing else, because
    the card shows every phone of the service, in file order (a second number above 112 would
    be read first). ``written``: that phone's ``number`` exactly as the card shows it (the
    card prints the file's text): ``"116 111"``, not ``"116111"`` or ``"1 1 6 1 1 1"``; the
    same digits written otherwise are refused, not rewritten, so that nobody's edit silently
    changes how the emergency number reads. ``always_open``: the
    service must be open 24/7 (``schedule.always_open``, not closed on public holidays),
    because the card tells the reader these lines are open day and night.
    """

    voice: str
    written: str
    always_open: bool = True


# Every service the emergency card can show: 112, Bris, Mind, Polisen 114 14
# (bot/core/emergency.py, YOUNG_READER and ADULT_READER; tests/unit/test_directory.py keeps
# the two lists equal), with the number and hours the card relies on. These are not taken
# from the data file, which an edit or an HSDS import can change: a file whose card service
# lacks its number or is not 24/7 is refused (docs/resources.md, "Numbers on the emergency
# card"). Sources, shared/reference/sweden-resources-and-law.md §1 (resource table):
EMERGENCY_CARD_PINS: Mapping[str, PinnedLine] = MappingProxyType(
    {
        # l.12: 112 (SOS Alarm), 24/7, everyone; official source sosalarm.se/112
        "sos-112": PinnedLine(voice="112", written="112"),
        # l.19: Bris 116 111, 24/7 since 15 March 2021, under 18; official source bris.se
        "bris-116111": PinnedLine(voice="116111", written="116 111"),
        # l.21: Mind Självmordslinjen 90101, 24/7 since 1 June 2020; official source mind.se
        "mind-90101": PinnedLine(voice="90101", written="90101"),
        # l.13: Polisen 114 14, 24/7, non-urgent police contact; official source polisen.se
        "polisen-11414": PinnedLine(voice="11414", written="114 14"),
    }
)
# The card's services, in this order in `resources check`. Kept here, not imported, because
# bot.core.emergency imports this module. The card leaves out what Directory.shown hides, so
# a file in which one of them is unverified, stale, inactive or missing would silently drop a
# line from the card for someone in danger: such a file is refused (docs/resources.md,
# "Which entries are shown").
EMERGENCY_CARD_IDS: tuple[str, ...] = tuple(EMERGENCY_CARD_PINS)
_RULE = "(docs/resources.md, 'Which entries are shown')"
_PIN_RULE = "(docs/resources.md, 'Numbers on the emergency card')"
_PHONE = re.compile(r"^\d+(?:[ -]\d+)*$")


class DirectoryError(ValueError):
    """The resource file is unreadable or invalid; the message names the entry and field."""


def _localized(value: dict[str, str]) -> dict[str, str]:
    missing = [code for code in FALLBACK_LOCALES if code not in value]
    if missing:
        raise ValueError(f"missing language(s) {missing}; 'sv' and 'en' are required")
    for code, text in value.items():
        if not re.fullmatch(r"[a-z]{2,3}", code) or not text.strip():
            raise ValueError(f"bad entry {code!r}: keys are ISO 639 codes, texts are not empty")
    return value


def _phone_number(value: str) -> str:
    digits = sum(ch.isdigit() for ch in value)
    if not _PHONE.fullmatch(value) or not 3 <= digits <= 13:
        raise ValueError(f"not a Swedish phone number (digits, spaces, hyphens): {value!r}")
    return value


def _iso_date(value: object) -> object:
    """A date written ``YYYY-MM-DD`` (ISO 8601, RFC 3339 ``full-date``, as HSDS 3.0 writes
    ``assured_date``), or a :class:`date` given in code. A number (``20261101``) is refused:
    pydantic would read it as seconds since 1970 (a day-exact one silently as a date)."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    shown = json.dumps(value, ensure_ascii=False)
    raise ValueError(f"must be a date written YYYY-MM-DD (e.g. 2026-11-01), not {shown}")


def _unique(value: tuple[str, ...]) -> tuple[str, ...]:
    if len(set(value)) != len(value):
        raise ValueError(f"repeated value in {list(value)}")
    return value


LocalizedText = Annotated[dict[str, str], AfterValidator(_localized)]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
Url = Annotated[str, Field(pattern=r"^https://\S+$")]
LanguageCode = Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]
IsoDate = Annotated[date, BeforeValidator(_iso_date)]
Languages = Annotated[tuple[LanguageCode, ...], AfterValidator(_unique)]


def _pick(texts: dict[str, str], locale: str) -> str:
    primary = locale.replace("_", "-").split("-")[0].lower()
    for code in (primary, *FALLBACK_LOCALES):
        if code in texts:
            return texts[code]
    return next(iter(texts.values()))


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Phone(_Model):
    """HSDS ``phone`` (reference/hsds-and-categories.md l.20): number, type, description, languages."""

    number: Annotated[str, AfterValidator(_phone_number)]
    type: Literal["voice", "text", "fax", "cell", "video", "pager", "textphone"] = "voice"
    description: LocalizedText | None = None
    languages: Languages = ()


class ServiceArea(_Model):
    """HSDS ``service_area`` (hsds-and-categories.md l.22) + ``scope``; local ranks first (docs/resources.md)."""

    scope: Literal["district", "municipality", "region", "national"]
    name: str = Field(min_length=1)


class Organization(_Model):
    """HSDS ``organization``: id, name, url, description."""

    id: Slug
    name: str = Field(min_length=1)
    url: Url | None = None
    description: LocalizedText | None = None


class Service(_Model):
    """HSDS ``service`` (hsds-and-categories.md l.16, l.24) with its child records (docs/resources.md)."""

    id: Slug
    organization_id: Slug
    name: LocalizedText
    description: LocalizedText
    status: Literal["active", "inactive", "defunct", "temporarily closed"]
    audiences: Annotated[tuple[Audience, ...], Field(min_length=1), AfterValidator(_unique)]
    topics: Annotated[tuple[Topic, ...], Field(min_length=1), AfterValidator(_unique)]
    # strict: a JSON string ("12") is refused as a number is where text belongs (a phone's
    # "number": 112), instead of being read as 12; so are 12.0 and true
    minimum_age: int | None = Field(default=None, ge=0, le=120, strict=True)
    maximum_age: int | None = Field(default=None, ge=0, le=120, strict=True)
    phones: tuple[Phone, ...] = ()
    url: Url | None = None
    chat_url: Url | None = None
    languages: Annotated[Languages, Field(min_length=1)]
    interpretation: bool = False
    schedule: Schedule
    hours_note: LocalizedText | None = None
    service_area: ServiceArea
    urgency: Urgency
    free: bool | None = None
    anonymous: bool | None = None
    assured_date: IsoDate
    source_url: Url
    confidence: Literal["high", "medium", "low"]
    verified: bool

    @model_validator(mode="after")
    def _consistent(self) -> Service:
        low, high = self.minimum_age, self.maximum_age
        if low is not None and high is not None and low > high:
            raise ValueError(f"minimum_age {low} is above maximum_age {high}")
        if not (self.phones or self.url or self.chat_url):
            raise ValueError("a service needs at least one of phones, url, chat_url")
        return self

    def name_for(self, locale: str) -> str:
        """Name in ``locale`` (e.g. "fa", "sv-SE"), falling back to sv, then en."""
        return _pick(self.name, locale)

    def description_for(self, locale: str) -> str:
        """Description in ``locale``, falling back to sv, then en."""
        return _pick(self.description, locale)

    @property
    def is_24_7(self) -> bool:
        """A person can be reached around the clock: always open, with a phone or chat."""
        return self.schedule.always_open and bool(self.phones or self.chat_url)

    def is_stale(self, today: date, max_age_days: int = DEFAULT_MAX_AGE_DAYS) -> bool:
        """``assured_date`` is more than ``max_age_days`` days before ``today``."""
        return (today - self.assured_date).days > max_age_days


class Directory(_Model):
    """The whole file: profile name, organizations and services; ids unique, references valid."""

    profile: Literal["vagvisare-hsds-3.0/1"] = PROFILE
    organizations: tuple[Organization, ...]
    services: tuple[Service, ...]

    @model_validator(mode="after")
    def _integrity(self) -> Directory:
        problems = [
            f"{kind} {entry_id!r}: id: used {count} times"
            for kind, ids in (("organization", self.organizations), ("service", self.services))
            for entry_id, count in Counter(e.id for e in ids).items()
            if count > 1
        ]
        known = {o.id for o in self.organizations}
        problems += [
            f"service {s.id!r}: organization_id: unknown organization {s.organization_id!r}"
            for s in self.services
            if s.organization_id not in known
        ]
        if problems:
            raise ValueError("\n".join(problems))
        return self

    def service(self, service_id: str) -> Service:
        """The service with ``service_id``; raises :class:`KeyError` if absent."""
        for service in self.services:
            if service.id == service_id:
                return service
        raise KeyError(service_id)

    def shown(self, today: date, max_age_days: int = DEFAULT_MAX_AGE_DAYS) -> tuple[Service, ...]:
        """Services users may see: verified, active and not stale on ``today``
        (docs/resources.md, "Which entries are shown").

        Staleness: ``assured_date`` more than ``max_age_days`` before ``today`` (a plain date,
        Europe/Stockholm); the reference file (sweden-resources-and-law.md l.3) asks for
        every number and opening hour to be re-checked on a schedule.
        """
        return tuple(
            s
            for s in self.services
            if s.verified and s.status == "active" and not s.is_stale(today, max_age_days)
        )


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of ``resources check``; ``service_id`` is None for directory-wide findings."""

    service_id: str | None
    kind: Literal[
        "unverified",
        "stale",
        "inactive",
        "low_confidence",
        "future_date",
        "no_24_7",
        "emergency_card",
        "card_number",
        "card_hours",
    ]
    reason: str

    @property
    def blocking(self) -> bool:
        """The bot refuses to start with this finding (:func:`startup_problems`)."""
        return self.kind in _BLOCKING


_BLOCKING = frozenset({"future_date", "no_24_7", "emergency_card", "card_number", "card_hours"})


# The models a file's object is read into, by class name: a "model_type" error names the
# keys the object takes instead of the class (the file knows no class names).
_MODELS: dict[str, type[BaseModel]] = {
    model.__name__: model
    for model in (Hours, WeeklyRule, Schedule, Phone, ServiceArea, Organization, Service)
}
FieldPath = tuple[str | int, ...]
Locate = Callable[[int, FieldPath, str], tuple[FieldPath, str]]
"""Maps a problem in the ``index``-th service (its path inside the service and its text) to
the path and text of the file the person edited (``import_hsds`` uses it: the profile's
``schedule.rules.0.days`` is the HSDS file's ``schedules.2.byday``)."""


def _plain(error: Any) -> str:
    """pydantic's text for ``error`` in the file's words: a list, not a tuple; an object with
    its keys, not a class name; a value outside a fixed set (a topic, a status) named with
    the values allowed; a number where text belongs and text where a whole number belongs
    (``"number": 112``, ``"minimum_age": "12"``) named as such, with the value."""
    kind, msg = error["type"], str(error["msg"]).removeprefix("Value error, ")
    shown = json.dumps(error.get("input"), ensure_ascii=False, default=str)
    if kind == "model_type" and (model := _MODELS.get(error.get("ctx", {}).get("class_name"))):
        keys = ", ".join(model.model_fields)
        return f"must be an object with the keys {keys}, not {shown}"
    if kind == "tuple_type":
        return f"must be a list, not {shown}"
    if kind in ("enum", "literal_error"):  # "Input should be 'a', 'b' or 'c'"
        return f"{msg}, not {shown}"
    if kind == "string_type":
        return f"must be text in double quotes, not {shown}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        quoted = " without quotes" if isinstance(error.get("input"), str) else ""
        return f"must be a whole number{quoted}, not {shown}"
    if kind == "too_short" and msg.startswith("Tuple "):
        return "List " + msg.removeprefix("Tuple ")
    return msg


def _message(error: Any, raw: Any, locate: Locate | None = None) -> str:
    loc, msg = tuple(error["loc"]), _plain(error)
    if len(loc) >= 2 and loc[0] in ("services", "organizations") and isinstance(loc[1], int):
        entry = raw[loc[0]][loc[1]] if isinstance(raw, dict) else None
        entry_id = entry.get("id") if isinstance(entry, dict) else None
        kind = "service" if loc[0] == "services" else "organization"
        label = f"{kind} {entry_id!r}" if isinstance(entry_id, str) else f"{kind} #{loc[1]}"
        inner: FieldPath = loc[2:]
        if locate is not None and kind == "service":
            inner, msg = locate(loc[1], inner, msg)
        field = ".".join(str(part) for part in inner)
        return f"{label}: {field}: {msg}" if field else f"{label}: {msg}"
    return f"{'.'.join(str(part) for part in loc)}: {msg}" if loc else msg


def _follows(error: Any, errors: list[Any]) -> bool:
    """``error`` only follows from another of ``errors``: a list too short (``topics``: at
    least 1 item) because an item of it was refused (``topics.0``: an unknown topic), which
    pydantic leaves out before it counts the items."""
    loc = tuple(error["loc"])
    return error["type"] == "too_short" and any(
        len(other["loc"]) > len(loc) and tuple(other["loc"][: len(loc)]) == loc for other in errors
    )


def parse_directory(raw: Any, locate: Locate | None = None) -> Directory:
    """Validate a decoded profile document; raises :class:`DirectoryError` (one line per
    problem, a repeated line once, no line for a list that is too short only because an
    item of it was refused). ``locate`` (``import_hsds``) rewrites a service's field path
    and text into those of the file the document was made from."""
    try:
        return Directory.model_validate(raw)
    except ValidationError as error:
        errors = error.errors()
        lines = (_message(e, raw, locate) for e in errors if not _follows(e, errors))
        raise DirectoryError("\n".join(dict.fromkeys(lines))) from None


def json_error(error: json.JSONDecodeError) -> str:
    """Where and why ``error`` stopped reading: ``line 158, column 15: Unterminated
    string`` (both counted from 1; :mod:`json`'s own text ends "starting at", meant to be
    followed by the position)."""
    reason = error.msg.removesuffix(" at").removesuffix(" starting")
    return f"line {error.lineno}, column {error.colno}: {reason}"


def read_utf8(path: Path) -> str:
    """The text of the file at ``path``: UTF-8, without the byte order mark that Windows
    editors write first (the JSON of RFC 8259 §8.1 must not start with one, so it is
    dropped, not refused). Raises :class:`OSError` when the file cannot be read and
    :class:`DirectoryError` ``not UTF-8 text at line N; save the file as UTF-8`` (``N``
    counted from 1, the line of the first byte that is not UTF-8) otherwise."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        offset = error.start + len(data) - len(error.object)  # after a byte order mark
        line = data.count(b"\n", 0, offset) + 1
        raise DirectoryError(f"not UTF-8 text at line {line}; save the file as UTF-8") from None


def is_hsds_export(raw: Any) -> bool:
    """``raw`` has the shape :func:`bot.core.hsds.export_hsds` writes: an object with both
    ``taxonomies`` and ``taxonomy_terms`` lists (HSDS 3.0 tables the profile has no key for:
    it keeps topics, audiences and urgency as ids, docs/resources.md "HSDS 3.0 export")."""
    return isinstance(raw, dict) and all(
        isinstance(raw.get(key), list) for key in ("taxonomies", "taxonomy_terms")
    )


_SHAPE = "a resource file is an object with the lists organizations and services"


def not_a_directory(raw: Any) -> str | None:
    """One line for a decoded resource file that is not an object, or an empty one
    (``[]``, ``{}``, ``"x"``, ``3``, ``null``), in the file's words: pydantic named the
    model's class ("Input should be a valid dictionary or instance of Directory") or gave a
    line per missing key. ``None`` for a non-empty object, which :func:`parse_directory`
    judges key by key."""
    if raw == {} or raw == []:  # an empty object or list, not any falsy value (0, false)
        kind = "an empty list" if isinstance(raw, list) else "an empty object"
        return f"no services in it ({kind}); {_SHAPE}"
    if isinstance(raw, dict):
        return None
    if isinstance(raw, list):
        got = "a list (the services go in the object's services list)"
    elif isinstance(raw, str):
        got = "text"
    elif isinstance(raw, bool) or raw is None:
        got = json.dumps(raw)
    else:
        got = "a number"
    return f"expected an object with the lists organizations and services, got {got}"


def read_directory(path: Path) -> Directory:
    """Read and validate the resource file at ``path`` (JSON, docs/resources.md), without
    the start-up rules of :func:`startup_problems` (for ``resources check``, which lists
    them). The file is UTF-8, with or without a byte order mark (as Windows editors save
    it). Raises :class:`DirectoryError` naming the file, then the entry and field, on every
    line (a file that is not JSON with the line and column where reading stopped,
    :func:`json_error`); also for a file that is not UTF-8 or whose JSON is nested deeper than Python's
    recursion limit lets :mod:`json` read (``RecursionError``), and in one line for an HSDS
    export (:func:`is_hsds_export`), which ``resources import`` installs, and for a file
    that holds no object or an empty one (:func:`not_a_directory`)."""
    try:
        raw = json.loads(read_utf8(path))
    except OSError as error:
        raise DirectoryError(f"{path}: cannot read: {error.strerror or error}") from None
    except DirectoryError as error:
        raise DirectoryError(f"{path}: {error}") from None
    except json.JSONDecodeError as error:
        raise DirectoryError(f"{path}: invalid JSON at {json_error(error)}") from None
    except RecursionError:
        raise DirectoryError(f"{path}: invalid JSON: nested too deeply") from None
    if is_hsds_export(raw):
        raise DirectoryError(
            f"{path}: this is an HSDS export (what `resources export` writes), not a resource "
            f"file; install it with `python -m bot resources import {path}`"
        )
    if (problem := not_a_directory(raw)) is not None:
        raise DirectoryError(f"{path}: {problem}")
    try:
        return parse_directory(raw)
    except DirectoryError as error:
        lines = str(error).splitlines()
        raise DirectoryError("\n".join(f"{path}: {line}" for line in lines)) from None


def load_directory(
    path: Path, *, today: date | None = None, max_age_days: int = DEFAULT_MAX_AGE_DAYS
) -> Directory:
    """Read and validate the resource file at ``path`` (JSON, docs/resources.md).

    Beyond types: unique ids, known organizations, opens_at < closes_at, valid topic and
    audience ids (bot/core/taxonomy.py), Swedish phone numbers, and the start-up rules of
    :func:`startup_problems` on ``today`` (default: today in Europe/Stockholm). Raises
    :class:`DirectoryError` naming the entry and field, one line per problem.
    """
    directory = read_directory(path)
    today = today or datetime.now(ZoneInfo(STOCKHOLM)).date()
    problems = startup_problems(directory, today, max_age_days)
    if problems:
        raise DirectoryError("\n".join(f"{path}: {problem}" for problem in problems))
    return directory


def startup_problems(
    directory: Directory, today: date, max_age_days: int = DEFAULT_MAX_AGE_DAYS
) -> list[str]:
    """Why the bot must not start with ``directory`` on ``today``; empty when it may.

    One line per problem (docs/resources.md, "Which entries are shown" and "Numbers on the
    emergency card"): an ``assured_date`` after ``today``; a service of the emergency card
    (:data:`EMERGENCY_CARD_IDS`) that is not shown (missing, unverified, stale or not
    active), whose phones are not exactly its pinned voice number (written exactly as
    pinned: ``112``, not ``1 1 2``) or that is not open 24/7
    (:data:`EMERGENCY_CARD_PINS`); and no shown service open 24/7 with a phone or chat.
    ``today`` is a plain date in Europe/Stockholm.
    """
    return [
        f"{f'service {f.service_id!r}: ' if f.service_id else ''}{f.reason}"
        for f in check_directory(directory, today, max_age_days)
        if f.blocking
    ]


def _hidden_because(service: Service, today: date, max_age_days: int) -> list[str]:
    reasons = [] if service.verified else ["not verified"]
    if service.is_stale(today, max_age_days):
        reasons.append(f"assured_date {service.assured_date} is older than {max_age_days} days")
    if service.status != "active":
        reasons.append(f"status is {service.status!r}")
    return reasons


def _digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


def _pin_findings(service: Service, pin: PinnedLine) -> list[Finding]:
    """Where ``service`` breaks what the emergency card promises about it (``pin``)."""
    findings: list[Finding] = []
    voice = [p.number for p in service.phones if p.type == "voice"]
    pinned = [p for p in service.phones if p.type == "voice" and _digits(p.number) == pin.voice]
    if not pinned:
        has = f"its voice phones are {', '.join(voice)}" if voice else "it has no voice phone"
        reason = f"on the emergency card as {pin.voice}, but {has} {_PIN_RULE}"
        findings.append(Finding(service.id, "card_number", reason))
    else:
        if pinned[0].number != pin.written:  # "1 1 2" would be shown as it is written
            field = f"phones.{service.phones.index(pinned[0])}.number"
            reason = (
                f"{field}: on the emergency card as {pin.written}, but it is written "
                f"{pinned[0].number!r}; write it exactly {pin.written!r} {_PIN_RULE}"
            )
            findings.append(Finding(service.id, "card_number", reason))
        if extra := [p for p in service.phones if p is not pinned[0]]:
            also = ", ".join(f"the {p.type} phone {p.number}" for p in extra)
            reason = (
                f"on the emergency card as {pin.voice} alone, but it also has {also} {_PIN_RULE}"
            )
            findings.append(Finding(service.id, "card_number", reason))
    schedule = service.schedule
    if pin.always_open and not (schedule.always_open and not schedule.closed_on_public_holidays):
        why = (
            "its schedule closes on public holidays"
            if schedule.always_open
            else "its schedule is not always_open"
        )
        reason = f"on the emergency card as open 24/7, but {why} {_PIN_RULE}"
        findings.append(Finding(service.id, "card_hours", reason))
    return findings


def check_directory(
    directory: Directory, today: date, max_age_days: int = DEFAULT_MAX_AGE_DAYS
) -> list[Finding]:
    """Entries hidden from users, and why (``resources check``, docs/resources.md), sorted by
    id, with an ``assured_date`` after ``today`` (kind ``future_date``: blocking, a check
    cannot have happened tomorrow, and the entry would never go stale); then the other
    blocking findings (:attr:`Finding.blocking`): each service of the emergency card that is
    not shown (``emergency_card``), whose phones are not exactly its pinned voice number
    (``card_number``: the number missing, not written exactly as pinned, or another phone
    beside it) or that is not open 24/7 (``card_hours``; :data:`EMERGENCY_CARD_PINS`),
    and ``no_24_7``. ``today`` is a plain date in Europe/Stockholm."""
    findings: list[Finding] = []
    for s in sorted(directory.services, key=lambda s: s.id):
        if s.assured_date > today:
            reason = f"assured_date {s.assured_date} is after today ({today}) {_RULE}"
            findings.append(Finding(s.id, "future_date", reason))
        if not s.verified:
            reason = f"not verified (confidence {s.confidence}); check {s.source_url}"
            findings.append(Finding(s.id, "unverified", reason))
        elif s.confidence == "low":
            findings.append(Finding(s.id, "low_confidence", "verified but confidence is low"))
        if s.is_stale(today, max_age_days):
            age = (today - s.assured_date).days
            reason = f"assured_date {s.assured_date} is {age} days old (limit {max_age_days})"
            findings.append(Finding(s.id, "stale", reason))
        if s.status != "active":
            findings.append(Finding(s.id, "inactive", f"status is {s.status!r}"))
    by_id = {s.id: s for s in directory.services}
    for card_id in EMERGENCY_CARD_IDS:
        card_service = by_id.get(card_id)
        why = (
            ["not in the file"]
            if card_service is None
            else _hidden_because(card_service, today, max_age_days)
        )
        if why:
            reason = f"on the emergency card but hidden: {', '.join(why)} {_RULE}"
            findings.append(Finding(card_id, "emergency_card", reason))
        if card_service is not None:
            findings += _pin_findings(card_service, EMERGENCY_CARD_PINS[card_id])
    if not any(s.is_24_7 for s in directory.shown(today, max_age_days)):
        reason = f"no shown service is open 24/7 on {today} {_RULE}"
        findings.append(Finding(None, "no_24_7", reason))
    return findings
