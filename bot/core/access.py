"""Who is staff, and what each role may do (README "Staff and reports", issue 5).

Staff are Telegram ids from configuration (``STAFF_IDS``, always ``admin``: whoever
edits the configuration administers the instance) plus the staff table
(``python -m bot staff add|remove|list``). Everyone else is not staff, and staff
commands answer them exactly as an unknown command would. Access is looked up on
every update, so a removed member loses it at once.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

# Bot API (User.id): "at most 52 significant bits, so a 64-bit integer or double-precision
# float type are safe for storing this identifier"; user ids are positive.
MAX_TELEGRAM_USER_ID = 2**52 - 1


def is_telegram_user_id(value: int) -> bool:
    """Whether ``value`` can be a Telegram user id: 1 to :data:`MAX_TELEGRAM_USER_ID`."""
    return 0 < value <= MAX_TELEGRAM_USER_ID


class Role(StrEnum):
    """``viewer`` sees summaries; ``admin`` also sees the staff list."""

    VIEWER = "viewer"
    ADMIN = "admin"


class Action(StrEnum):
    """Staff actions; each one is written to the audit table when taken."""

    SUMMARY = "summary"
    STAFF_LIST = "staff.list"


_ALLOWED: dict[Action, frozenset[Role]] = {
    Action.SUMMARY: frozenset({Role.VIEWER, Role.ADMIN}),
    Action.STAFF_LIST: frozenset({Role.ADMIN}),
}


@dataclass(frozen=True, slots=True)
class StaffMember:
    """A staff member: Telegram id, role, and whether the entry is from configuration."""

    telegram_id: int
    role: Role
    configured: bool = False

    def may(self, action: Action) -> bool:
        """Whether this member's role allows ``action``."""
        return self.role in _ALLOWED[action]


def resolve_staff(
    telegram_id: int, configured_ids: Collection[int], stored: StaffMember | None
) -> StaffMember | None:
    """The staff member behind ``telegram_id``, or ``None`` for everyone else.

    A configured id is an ``admin`` whatever the table says; otherwise the table's entry.
    """
    if telegram_id in configured_ids:
        return StaffMember(telegram_id, Role.ADMIN, configured=True)
    return stored
