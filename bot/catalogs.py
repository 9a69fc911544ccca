"""Compile gettext catalogues (``.po`` → ``.mo``) when missing or stale.

Runs at start-up, so a fresh clone needs no manual ``pybabel compile``. The compiled
``.mo`` files are not under version control.
"""

from __future__ import annotations

import logging
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

log = logging.getLogger(__name__)

DOMAIN = "messages"


def compile_catalogs(locales_dir: Path, domain: str = DOMAIN) -> list[str]:
    """Compile every ``<locale>/LC_MESSAGES/<domain>.po`` whose ``.mo`` is missing or older.

    Returns the locales compiled now. Fuzzy entries are left out of the ``.mo``, as
    ``pybabel compile`` does. Raises :class:`OSError` when a file cannot be written.
    """
    compiled: list[str] = []
    for po_path in sorted(locales_dir.glob(f"*/LC_MESSAGES/{domain}.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        locale = po_path.parent.parent.name
        with po_path.open("rb") as source:
            catalog = read_po(source, locale=locale, domain=domain)
        tmp_path = mo_path.with_suffix(".mo.tmp")
        with tmp_path.open("wb") as target:
            write_mo(target, catalog, use_fuzzy=False)
        tmp_path.replace(mo_path)
        compiled.append(locale)
        log.info("compiled catalogue", extra={"locale": locale})
    return compiled


class CatalogueError(ValueError):
    """``LOCALES_DIR`` cannot serve the bot: not a folder, or no catalogue of the default
    language in it. The message names the setting and the path (one line, exit code 2)."""


def check_locales_dir(locales_dir: Path, default_locale: str, domain: str = DOMAIN) -> None:
    """Refuse a catalogue folder the bot cannot speak from, before anything is compiled.

    Raises :class:`CatalogueError` when ``locales_dir`` is missing or not a folder, or holds
    no ``<default_locale>/LC_MESSAGES/<domain>.po`` (every text falls back to the default
    language's catalogue; without it the bot would start with a picker of no languages).
    """
    if not locales_dir.is_dir():
        problem = "not a folder" if locales_dir.exists() else "no such folder"
        raise CatalogueError(f"LOCALES_DIR: cannot use {locales_dir}: {problem}")
    if not (locales_dir / default_locale / "LC_MESSAGES" / f"{domain}.po").is_file():
        found = available_locales(locales_dir, domain)
        has = f"catalogues found: {', '.join(found)}" if found else "no catalogue found"
        raise CatalogueError(
            f"LOCALES_DIR: {locales_dir} has no catalogue of DEFAULT_LOCALE {default_locale} "
            f"({default_locale}/LC_MESSAGES/{domain}.po; {has})"
        )


def available_locales(locales_dir: Path, domain: str = DOMAIN) -> list[str]:
    """Locales that have a catalogue, sorted."""
    return sorted(p.parent.parent.name for p in locales_dir.glob(f"*/LC_MESSAGES/{domain}.po"))
