"""``--out FILE`` of the commands that write one file (``report``, ``resources export`` and
``resources import``): the name checked before anything is read, so that every refusal is
one line starting ``--out:`` (exit code 2) and nothing is audited or written first.
"""

from __future__ import annotations

from pathlib import Path

from bot.commands import ConfigurationError


def out_argument(text: str | None, example: str) -> Path | None:
    """The file ``--out`` names (``None``: standard output or the command's default), checked
    before anything is read. ``text`` is the option as typed (a str: ``Path("")`` is ``.``,
    so an empty ``--out`` would read as the current folder); ``example`` is a file name the
    refusals suggest (``report.csv``, ``resources.json``).

    Raises :class:`ConfigurationError` (one line, exit code 2) for an empty name, a folder,
    a path under a file (``notes.txt/r.csv``) or in a folder that does not exist; a write
    that fails later (no space, no permission) is reported by the caller, with the same
    ``--out: cannot write <path>: <reason>`` wording.
    """
    if text is None:
        return None
    if not text:
        raise ConfigurationError(
            f"--out: an empty name; --out names the file to write (e.g. {example})"
        )
    out = Path(text)
    if out.is_dir():
        raise ConfigurationError(
            f"--out: {out} is a folder; --out names the file to write (e.g. {out / example})"
        )
    if not out.resolve().parent.is_dir():
        # the nearest part of the path that exists: a file there is not a missing folder
        existing = next((p for p in out.parents if p.exists()), None)
        if existing is not None and not existing.is_dir():
            raise ConfigurationError(
                f"--out: cannot write {out}: {existing} is a file, not a folder"
            )
        raise ConfigurationError(f"--out: cannot write {out}: no such folder")
    return out


def write_out(target: Path, data: bytes, setting: str = "--out") -> None:
    """Write ``data`` to ``target``; raises :class:`ConfigurationError` (one line, exit code
    2), ``<setting>: cannot write <target>: <reason>``, when it cannot be written (no space,
    no permission, a folder made since :func:`out_argument` looked). ``setting`` names where
    the path came from: ``--out``, or ``RESOURCES_FILE`` for ``resources import``."""
    try:
        target.write_bytes(data)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ConfigurationError(f"{setting}: cannot write {target}: {reason}") from error
