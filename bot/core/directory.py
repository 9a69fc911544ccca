"""The resource directory: Vägvisare's HSDS 3.0 profile, validated with pydantic (DESIGN.md §4).

The file format is described in docs/resources.md. :func:`load_directory` stops start-up
with a :class:`DirectoryError` that names the entry and the field; :meth:`Directory.shown`
hides entries that are unverified, stale or not active; :func:`check_directory` lists them
for the administrator; :func:`export_hsds`/:func:`import_hsds` speak plain HSDS 3.0 JSON.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from bot.core.schedule import STOCKHOLM, WEEKDAYS, Schedule
from bot.core.taxonomy import Audience, Topic, Urgency

PROFILE: Literal["vagvisare-hsds-3.0/1"] = "vagvisare-hsds-3.0/1"
DEFAULT_MAX_AGE_DAYS = 365
FALLBACK_LOCALES = ("sv", "en")
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


def _unique(value: tuple[str, ...]) -> tuple[str, ...]:
    if len(set(value)) != len(value):
        raise ValueError(f"repeated value in {list(value)}")
    return value


LocalizedText = Annotated[dict[str, str], AfterValidator(_localized)]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
Url = Annotated[str, Field(pattern=r"^https://\S+$")]
LanguageCode = Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]
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
    """HSDS ``service_area`` (hsds-and-categories.md l.22) + ``scope``; local ranks first (DESIGN.md §4)."""

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
    minimum_age: int | None = Field(default=None, ge=0, le=120)
    maximum_age: int | None = Field(default=None, ge=0, le=120)
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
    assured_date: date
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
        """Services users may see: verified, active and not stale on ``today`` (DESIGN.md §4).

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
    kind: Literal["unverified", "stale", "inactive", "low_confidence", "no_24_7"]
    reason: str


def _message(error: Any, raw: Any) -> str:
    loc, msg = tuple(error["loc"]), str(error["msg"]).removeprefix("Value error, ")
    if len(loc) >= 2 and loc[0] in ("services", "organizations") and isinstance(loc[1], int):
        entry = raw[loc[0]][loc[1]] if isinstance(raw, dict) else None
        entry_id = entry.get("id") if isinstance(entry, dict) else None
        kind = "service" if loc[0] == "services" else "organization"
        label = f"{kind} {entry_id!r}" if isinstance(entry_id, str) else f"{kind} #{loc[1]}"
        field = ".".join(str(part) for part in loc[2:])
        return f"{label}: {field}: {msg}" if field else f"{label}: {msg}"
    return f"{'.'.join(str(part) for part in loc)}: {msg}" if loc else msg


def parse_directory(raw: Any) -> Directory:
    """Validate a decoded profile document; raises :class:`DirectoryError` (one line per problem)."""
    try:
        return Directory.model_validate(raw)
    except ValidationError as error:
        raise DirectoryError("\n".join(_message(e, raw) for e in error.errors())) from None


def load_directory(
    path: Path, *, today: date | None = None, max_age_days: int = DEFAULT_MAX_AGE_DAYS
) -> Directory:
    """Read and validate the resource file at ``path`` (JSON, docs/resources.md).

    Beyond types: unique ids, known organizations, opens_at < closes_at, valid topic and
    audience ids (bot/core/taxonomy.py), Swedish phone numbers, and at least one service
    shown on ``today`` (default: today in Europe/Stockholm) that is open 24/7 with a phone or
    chat (DESIGN.md §4). Raises :class:`DirectoryError` naming the entry and field.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise DirectoryError(f"{path}: cannot read: {error}") from None
    except json.JSONDecodeError as error:
        raise DirectoryError(f"{path}: invalid JSON at line {error.lineno}: {error.msg}") from None
    directory = parse_directory(raw)
    today = today or datetime.now(ZoneInfo(STOCKHOLM)).date()
    if not any(s.is_24_7 for s in directory.shown(today, max_age_days)):
        raise DirectoryError(f"{path}: no shown service is open 24/7 on {today} (DESIGN.md §4)")
    return directory


def check_directory(
    directory: Directory, today: date, max_age_days: int = DEFAULT_MAX_AGE_DAYS
) -> list[Finding]:
    """Entries hidden from users, and why (``resources check``, DESIGN.md §4), sorted by id."""
    findings: list[Finding] = []
    for s in sorted(directory.services, key=lambda s: s.id):
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
    if not any(s.is_24_7 for s in directory.shown(today, max_age_days)):
        findings.append(Finding(None, "no_24_7", "no shown service is open 24/7"))
    return findings


# --- HSDS 3.0 exchange -------------------------------------------------------------------

_NAMESPACE = uuid.UUID("5d0c6f0e-2b7a-4c55-9a43-7a1f0f6c2d11")
_TAXONOMIES: dict[str, tuple[str, ...]] = {
    "topic": tuple(Topic),
    "audience": tuple(Audience),
    "urgency": tuple(Urgency),
}


def _uid(*parts: str) -> str:
    """Deterministic UUID (HSDS 3.0 ids are UUIDs) for one row of the export."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def _export_service(s: Service) -> dict[str, Any]:
    sid = _uid("service", s.id)
    schedules: list[dict[str, Any]] = [
        {
            "id": _uid("schedule", s.id, str(i)),
            "service_id": sid,
            "freq": "WEEKLY",
            "byday": ",".join(d.upper() for d in r.days),
            "opens_at": r.opens_at,
            "closes_at": r.closes_at,
            "x_timezone": s.schedule.timezone,
        }
        for i, r in enumerate(s.schedule.rules)
    ]
    if s.schedule.always_open:
        schedules.append(
            {
                "id": _uid("schedule", s.id, "24-7"),
                "service_id": sid,
                "freq": "WEEKLY",
                "byday": ",".join(d.upper() for d in WEEKDAYS),
                "opens_at": "00:00",
                "closes_at": "23:59",
                "description": "Open 24/7",
                "x_timezone": s.schedule.timezone,
                "x_always_open": True,
            }
        )
    if s.hours_note:  # HSDS allows a schedule that is only a description
        note = {"id": _uid("schedule", s.id, "note"), "service_id": sid}
        schedules.append(note | {"description": s.hours_note["sv"]})
    links = [("audience", a) for a in s.audiences] + [("topic", t) for t in s.topics]
    return {
        "id": sid,
        "organization_id": _uid("organization", s.organization_id),
        "name": s.name["sv"],
        "description": s.description["sv"],
        "status": s.status,
        "url": s.url,
        "minimum_age": s.minimum_age,
        "maximum_age": s.maximum_age,
        "assured_date": s.assured_date.isoformat(),
        "interpretation_services": "interpreter" if s.interpretation else None,
        "phones": [
            {
                "id": _uid("phone", s.id, str(i)),
                "service_id": sid,
                "number": p.number,
                "type": p.type,
                "description": p.description["sv"] if p.description else None,
                "x_description": p.description,
                "languages": [
                    {"id": _uid("language", s.id, str(i), c), "code": c} for c in p.languages
                ],
            }
            for i, p in enumerate(s.phones)
        ],
        "schedules": schedules,
        "service_areas": [
            {
                "id": _uid("area", s.id),
                "service_id": sid,
                "name": s.service_area.name,
                "x_scope": s.service_area.scope,
            }
        ],
        "languages": [
            {"id": _uid("language", s.id, c), "service_id": sid, "code": c} for c in s.languages
        ],
        "attributes": [
            {
                "id": _uid("attribute", s.id, kind, code),
                "link_type": kind,
                "link_entity": "service",
                "link_id": sid,
                "taxonomy_term_id": _uid("term", kind, code),
            }
            for kind, code in [*links, ("urgency", s.urgency)]
        ],
        "x_vagvisare": {
            "id": s.id,
            "name": s.name,
            "description": s.description,
            "chat_url": s.chat_url,
            "hours_note": s.hours_note,
            "free": s.free,
            "anonymous": s.anonymous,
            "source_url": s.source_url,
            "confidence": s.confidence,
            "verified": s.verified,
            "schedule": s.schedule.model_dump(
                mode="json", include={"timezone", "closed_on_public_holidays", "holiday_eve_hours"}
            ),
        },
    }


def export_hsds(directory: Directory) -> dict[str, Any]:
    """HSDS 3.0 JSON: ``organizations``, ``services`` (phones, schedules, service_areas,
    languages, attributes → taxonomy terms), ``taxonomies``, ``taxonomy_terms``.

    Ids are deterministic UUIDs; what HSDS has no field for (translations, IANA zone,
    holiday rules, verification) goes into ``x_``-prefixed profile extensions
    (docs/resources.md). Schedule rows: freq WEEKLY, byday, opens_at, closes_at.
    """
    return {
        "profile": directory.profile,
        "organizations": [
            {
                "id": _uid("organization", o.id),
                "name": o.name,
                "website": o.url,
                "description": o.description["sv"] if o.description else o.name,
                "x_vagvisare": {"id": o.id, "description": o.description},
            }
            for o in directory.organizations
        ],
        "services": [_export_service(s) for s in directory.services],
        "taxonomies": [
            {
                "id": _uid("taxonomy", kind),
                "name": f"vagvisare-{kind}",
                "description": f"Vägvisare {kind} ids (bot/core/taxonomy.py)",
            }
            for kind in _TAXONOMIES
        ],
        "taxonomy_terms": [
            {
                "id": _uid("term", kind, code),
                "name": code,
                "description": code,
                "code": code,
                "taxonomy_id": _uid("taxonomy", kind),
            }
            for kind, codes in _TAXONOMIES.items()
            for code in codes
        ],
    }


def _import_service(
    row: dict[str, Any], orgs: dict[str, str], terms: dict[str, tuple[str, str]]
) -> dict[str, Any]:
    ext = row["x_vagvisare"]
    linked = [terms[a["taxonomy_term_id"]] for a in row.get("attributes", [])]
    rows = [r for r in row.get("schedules", []) if r.get("freq") == "WEEKLY"]
    schedule = dict(ext["schedule"], always_open=any(r.get("x_always_open") for r in rows))
    schedule["rules"] = [
        {
            "days": r["byday"].lower().split(","),
            "opens_at": r["opens_at"],
            "closes_at": r["closes_at"],
        }
        for r in rows
        if not r.get("x_always_open")
    ]
    area = row["service_areas"][0]
    return {
        "id": ext["id"],
        "organization_id": orgs[row["organization_id"]],
        "name": ext["name"],
        "description": ext["description"],
        "status": row["status"],
        "audiences": [code for kind, code in linked if kind == "audience"],
        "topics": [code for kind, code in linked if kind == "topic"],
        "urgency": next(code for kind, code in linked if kind == "urgency"),
        "minimum_age": row.get("minimum_age"),
        "maximum_age": row.get("maximum_age"),
        "phones": [
            {
                "number": p["number"],
                "type": p.get("type", "voice"),
                "description": p.get("x_description"),
                "languages": [lang["code"] for lang in p.get("languages", [])],
            }
            for p in row.get("phones", [])
        ],
        "url": row.get("url"),
        "chat_url": ext.get("chat_url"),
        "languages": [lang["code"] for lang in row.get("languages", [])],
        "interpretation": bool(row.get("interpretation_services")),
        "schedule": schedule,
        "hours_note": ext.get("hours_note"),
        "service_area": {"scope": area["x_scope"], "name": area["name"]},
        "free": ext.get("free"),
        "anonymous": ext.get("anonymous"),
        "assured_date": row.get("assured_date"),
        "source_url": ext.get("source_url"),
        "confidence": ext.get("confidence"),
        "verified": ext.get("verified"),
    }


def import_hsds(data: dict[str, Any]) -> Directory:
    """Rebuild a :class:`Directory` from :func:`export_hsds` output (``import(export(d)) == d``).

    Raises :class:`DirectoryError` for a document that is not this profile's HSDS shape or
    whose content fails the same validation as :func:`load_directory` (except the 24/7 rule).
    """
    try:
        kinds = {t["id"]: t["name"].removeprefix("vagvisare-") for t in data["taxonomies"]}
        terms = {t["id"]: (kinds[t["taxonomy_id"]], t["code"]) for t in data["taxonomy_terms"]}
        orgs = {o["id"]: o["x_vagvisare"]["id"] for o in data["organizations"]}
        raw = {
            "profile": data["profile"],
            "organizations": [
                {
                    "id": o["x_vagvisare"]["id"],
                    "name": o["name"],
                    "url": o.get("website"),
                    "description": o["x_vagvisare"].get("description"),
                }
                for o in data["organizations"]
            ],
            "services": [_import_service(row, orgs, terms) for row in data["services"]],
        }
    except (KeyError, TypeError, AttributeError, StopIteration, IndexError) as error:
        raise DirectoryError(f"not a {PROFILE} HSDS document: {error!r}") from None
    return parse_directory(raw)
