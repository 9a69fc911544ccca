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


def available_locales(locales_dir: Path, domain: str = DOMAIN) -> list[str]:
    """Locales that have a catalogue, sorted."""
    return sorted(p.parent.parent.name for p in locales_dir.glob(f"*/LC_MESSAGES/{domain}.po"))
