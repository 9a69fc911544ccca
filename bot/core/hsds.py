"""HSDS 3.0 exchange for the resource directory: export to and import from plain HSDS JSON.

``import_hsds(export_hsds(d)) == d``. What HSDS 3.0 has no field for (translations, the IANA
zone, holiday rules, verification) travels in ``x_``-prefixed profile extensions
(docs/resources.md).
"""

from __future__ import annotations

import json
import uuid
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.directory import (
    PROFILE,
    Directory,
    DirectoryError,
    FieldPath,
    Locate,
    Service,
    parse_directory,
)
from bot.core.schedule import WEEKDAYS
from bot.core.taxonomy import Audience, Topic, Urgency

_ALL_WEEK = ",".join(d.upper() for d in WEEKDAYS)
_ALL_DAY = ("00:00", "23:59")
_HSDS_RULE = "(docs/resources.md, 'HSDS 3.0 export')"
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
                "byday": _ALL_WEEK,
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


def _restricted_24_7(service_id: str, rows: list[dict[str, Any]]) -> list[str]:
    """One line per weekly row marked ``x_always_open`` that is not every day 00:00–23:59.

    Such a row says both "open 24/7" and "only these days/hours"; which one the editor meant
    cannot be told, and reading it as 24/7 would show "24/7" for a line that is closed at
    weekends, so the import refuses it (docs/resources.md, "HSDS 3.0 export").
    """
    problems: list[str] = []
    for r in rows:
        days = {d.strip().upper() for d in str(r.get("byday", "")).split(",")}
        hours = (r.get("opens_at"), r.get("closes_at"))
        if r.get("x_always_open") and (days != set(_ALL_WEEK.split(",")) or hours != _ALL_DAY):
            problems.append(
                f"service {service_id!r}: schedules: a row with x_always_open must be byday "
                f"{_ALL_WEEK} 00:00–23:59, but it is byday {r.get('byday')} "
                f"{hours[0]}–{hours[1]} {_HSDS_RULE}"
            )
    return problems


def _shown(value: object) -> str:
    """``value`` as JSON, cut to 40 characters (a line names it, it does not repeat it)."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:39] + "…"


# A service row's child tables (HSDS 3.0: each an array of objects) and what one row is.
_SERVICE_LISTS = (
    ("phones", "phone"),
    ("schedules", "schedule"),
    ("service_areas", "service_area"),
    ("languages", "language"),
    ("attributes", "attribute"),
)


def _service_shape(i: int, row: object) -> list[str]:
    """One line per field of the ``i``-th service row (from 0) whose JSON type is not the
    one :func:`export_hsds` writes, naming the service (``x_vagvisare.id``, else ``#i``),
    the field path and the shape expected (docs/resources.md, "HSDS 3.0 export")."""
    if not isinstance(row, dict):
        return [f"service #{i}: must be an object (one service row), not {_shown(row)}"]
    ext = row.get("x_vagvisare")
    slug = ext.get("id") if isinstance(ext, dict) else None
    where = f"service {slug!r}" if isinstance(slug, str) else f"service #{i}"
    problems: list[str] = []

    def expect_list(path: str, value: object, what: str, nonempty: bool = False) -> bool:
        is_rows = isinstance(value, list) and all(isinstance(v, dict) for v in value)
        if is_rows and (value or not nonempty):
            return True
        shape = f"a list of {what} objects" + (" (at least one)" if nonempty else "")
        if isinstance(value, list):
            bad = next((j for j, v in enumerate(value) if not isinstance(v, dict)), None)
            if bad is not None:
                path, value, shape = f"{path}.{bad}", value[bad], f"an object (one {what})"
        problems.append(f"{where}: {path}: must be {shape}, not {_shown(value)}")
        return False

    if "x_vagvisare" in row and not isinstance(ext, dict):
        problems.append(f"{where}: x_vagvisare: must be an object, not {_shown(ext)}")
    elif isinstance(ext, dict) and "schedule" in ext and not isinstance(ext["schedule"], dict):
        shown = _shown(ext["schedule"])
        problems.append(f"{where}: x_vagvisare.schedule: must be an object, not {shown}")
    for key, what in _SERVICE_LISTS:
        if key in row:  # a missing one is named as a missing field
            value = row[key]
            if expect_list(key, value, what, nonempty=key == "service_areas") and key == "phones":
                for j, phone in enumerate(value):
                    if "languages" in phone:
                        expect_list(f"phones.{j}.languages", phone["languages"], "language")
    schedules = row.get("schedules")
    for j, r in enumerate(schedules if isinstance(schedules, list) else []):
        weekly = isinstance(r, dict) and r.get("freq") == "WEEKLY"
        if weekly and not r.get("x_always_open") and not isinstance(r.get("byday"), str):
            problems.append(
                f'{where}: schedules.{j}.byday: must be days written like "MO,TU,WE", '
                f"not {_shown(r.get('byday'))}"
            )
    return problems


def _shape_problems(data: dict[str, Any]) -> list[str]:
    """Lines naming each part of ``data["services"]`` that has the wrong JSON type
    (:func:`_service_shape`); empty when every part has the shape an export writes."""
    if "services" not in data:
        return []  # named as a missing field
    services = data["services"]
    if not isinstance(services, list):
        return [f"services: must be a list of service objects, not {_shown(services)}"]
    return [line for i, row in enumerate(services) for line in _service_shape(i, row)]


def _hsds_fields(data: dict[str, Any], rule_rows: list[list[int]]) -> Locate:
    """A :data:`bot.core.directory.Locate` from the profile's schedule fields to the HSDS
    file's own: ``schedule.rules.N.*`` is the row ``schedules.M`` it came from
    (``rule_rows[service][N] == M``; ``days`` is that row's ``byday``); the rest of
    ``schedule`` is ``x_vagvisare.schedule``. Other paths are the same in both."""

    def locate(index: int, loc: FieldPath, msg: str) -> tuple[FieldPath, str]:
        if loc[:1] != ("schedule",):
            return loc, msg
        rest = loc[1:]
        if rest[:1] == ("rules",) and len(rest) >= 2 and isinstance(rest[1], int):
            row = rule_rows[index][rest[1]]
            inner = rest[2:]
            if inner[:1] == ("days",):
                byday = data["services"][index]["schedules"][row].get("byday")
                days = ",".join(d.upper() for d in WEEKDAYS)
                return (
                    ("schedules", row, "byday"),
                    f"must be days from {days}, each once, separated by commas, "
                    f"not {_shown(byday)}",
                )
            return ("schedules", row, *inner), msg
        if rest[:1] in (("rules",), ("always_open",)):
            return ("schedules",), msg
        return ("x_vagvisare", "schedule", *rest), msg

    return locate


def _known_zone(value: object) -> bool:
    try:
        ZoneInfo(value)  # type: ignore[arg-type]  # anything but a zone name is refused
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return False
    return True


def _dropped(where: str, row: dict[str, Any], zone: object) -> list[str]:
    """One line per value of ``row`` that the profile would not carry over.

    HSDS 3.0 requires a service's ``name`` (the profile keeps its texts in
    ``x_vagvisare.name``); a schedule row's ``x_timezone`` must be the service's IANA zone
    ``zone`` (``x_vagvisare.schedule.timezone``: the profile has one zone per service).
    """
    problems: list[str] = []
    rule = "HSDS 3.0 requires every service's name"
    if "name" not in row:
        problems.append(f"{where}: name: missing ({rule})")
    elif not isinstance(row["name"], str) or not row["name"].strip():
        problems.append(
            f"{where}: name: must be text ({rule}), not {json.dumps(row['name'], ensure_ascii=False)}"
        )
    for i, r in enumerate(row.get("schedules", [])):
        if "x_timezone" not in r:
            continue
        value = r["x_timezone"]
        if not _known_zone(value):
            problems.append(f"{where}: schedules.{i}.x_timezone: unknown IANA time zone {value!r}")
        elif _known_zone(zone) and value != zone:
            problems.append(
                f"{where}: schedules.{i}.x_timezone: {value!r} is not the service's time zone "
                f"{zone!r} (x_vagvisare.schedule.timezone)"
            )
    return problems


def _import_service(
    row: dict[str, Any],
    orgs: dict[str, str],
    terms: dict[str, tuple[str, str] | None],
    problems: list[str],
    rule_rows: list[list[int]],
) -> dict[str, Any]:
    """The profile entry of one HSDS service row; what cannot be carried over or resolved
    (a term, an organization) is added to ``problems`` as one line naming the service and
    field (the entry is then not installed). The index in ``schedules`` of each row that
    became a weekly rule is appended to ``rule_rows`` (one list per service)."""
    ext = row["x_vagvisare"]
    where = f"service {str(ext['id'])!r}"
    problems += _dropped(where, row, ext["schedule"].get("timezone"))
    linked: list[tuple[str, str]] = []
    unresolved = False
    for i, a in enumerate(row.get("attributes", [])):
        term_id = a["taxonomy_term_id"]
        if term_id not in terms:
            problems.append(
                f"{where}: attributes.{i}.taxonomy_term_id: unknown taxonomy term {term_id!r} "
                "(not in taxonomy_terms)"
            )
        term = terms.get(term_id)
        unresolved |= term is None
        if term is not None:
            linked.append(term)
    urgency = next((code for kind, code in linked if kind == "urgency"), None)
    if urgency is None and not unresolved:
        problems.append(f"{where}: attributes: no term of the taxonomy vagvisare-urgency")
    organization = orgs.get(row["organization_id"])
    if organization is None:
        problems.append(
            f"{where}: organization_id: unknown organization {row['organization_id']!r} "
            "(not in organizations)"
        )
    rows = [r for r in row.get("schedules", []) if r.get("freq") == "WEEKLY"]
    rule_rows.append(
        [
            i
            for i, r in enumerate(row.get("schedules", []))
            if r.get("freq") == "WEEKLY" and not r.get("x_always_open")
        ]
    )
    problems += _restricted_24_7(str(ext["id"]), rows)
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
        "organization_id": organization,
        "name": ext["name"],
        "description": ext["description"],
        "status": row["status"],
        "audiences": [code for kind, code in linked if kind == "audience"],
        "topics": [code for kind, code in linked if kind == "topic"],
        "urgency": urgency,
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


def _term(
    term: dict[str, Any], kinds: dict[str, str], problems: list[str]
) -> tuple[str, str] | None:
    """``(taxonomy kind, code)`` of one taxonomy term; ``None``, and a line in ``problems``
    naming the term, when its taxonomy is not in the document."""
    kind = kinds.get(term["taxonomy_id"])
    if kind is None:
        problems.append(
            f"taxonomy term {term['id']!r}: taxonomy_id: unknown taxonomy "
            f"{term['taxonomy_id']!r} (not in taxonomies)"
        )
        return None
    return kind, term["code"]


def import_hsds(data: dict[str, Any]) -> Directory:
    """Rebuild a :class:`Directory` from :func:`export_hsds` output (``import(export(d)) == d``).

    Raises :class:`DirectoryError` for a document that is not this profile's HSDS shape, with
    a schedule row marked ``x_always_open`` that is not every day 00:00–23:59, a value the
    profile would not carry over (a service without a ``name`` text, a schedule row whose
    ``x_timezone`` is not the service's IANA zone) or a reference that does not resolve (a
    taxonomy term, a term's taxonomy, a service's organization), one line per problem
    naming the entry and field; a field of ``services`` of the wrong JSON type (``phones``
    as text, ``services: null``) is named with the shape expected. Content that fails the
    same validation as
    :func:`load_directory` (except the start-up rules of
    :func:`bot.core.directory.startup_problems`) is reported with the HSDS file's field
    names (``schedules.2.opens_at``, ``x_vagvisare.schedule.holiday_eve_hours``).
    """
    problems = _shape_problems(data)
    if problems:
        raise DirectoryError("\n".join(problems))
    rule_rows: list[list[int]] = []
    try:
        kinds = {t["id"]: t["name"].removeprefix("vagvisare-") for t in data["taxonomies"]}
        terms = {t["id"]: _term(t, kinds, problems) for t in data["taxonomy_terms"]}
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
            "services": [
                _import_service(row, orgs, terms, problems, rule_rows) for row in data["services"]
            ],
        }
    except KeyError as error:
        raise DirectoryError(f"not a {PROFILE} HSDS document: no field {error}") from None
    except (TypeError, AttributeError, StopIteration, IndexError):
        raise DirectoryError(
            f"not a {PROFILE} HSDS document: a field has the wrong shape"
        ) from None
    if problems:
        raise DirectoryError("\n".join(problems))
    return parse_directory(raw, _hsds_fields(data, rule_rows))
