"""What staff can do, in one object the dispatcher and the CLI share: who is staff,
audited actions, and protected summaries of the referral log (issue 5).

Every summary is counted in the database (``ReferralRepository.counts``, one
``GROUP BY``) and goes through :func:`bot.core.report.report_from_counts`, which applies
disclosure control; it is audited *before* it is built, so an attempt that ends in
"too few records" is on record too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import SUPPORTED_LOCALES, Settings
from bot.core.access import StaffMember, resolve_staff
from bot.core.directory import Directory
from bot.core.periods import Period
from bot.core.report import Dimension, Report, Vocabulary, report_from_counts
from storage.audit import AuditLog, Channel, Parameter
from storage.referrals import ReferralRepository
from storage.staff import StaffRepository


@dataclass(frozen=True)
class StaffDesk:
    """Staff lookup, the audit log and summaries, with their configuration."""

    settings: Settings
    staff: StaffRepository
    audit: AuditLog
    referrals: ReferralRepository
    vocabulary: Vocabulary

    @classmethod
    def create(
        cls,
        engine: AsyncEngine,
        settings: Settings,
        directory: Directory,
        referrals: ReferralRepository,
    ) -> StaffDesk:
        """The desk for ``engine``; categories from configuration and the directory."""
        vocabulary = Vocabulary(
            locales=SUPPORTED_LOCALES,
            campaigns=tuple(settings.campaign_codes),
            services=tuple(s.id for s in directory.services),
        )
        return cls(settings, StaffRepository(engine), AuditLog(engine), referrals, vocabulary)

    async def member(self, telegram_id: int) -> StaffMember | None:
        """The staff member with this Telegram id, or ``None`` (looked up every time)."""
        if telegram_id in self.settings.staff_ids:
            return resolve_staff(telegram_id, self.settings.staff_ids, None)
        return resolve_staff(telegram_id, (), await self.staff.get(telegram_id))

    async def record(
        self,
        action: str,
        parameters: Mapping[str, Parameter],
        *,
        member: StaffMember | None,
        channel: Channel,
    ) -> None:
        """Audit one staff action (``member`` is ``None`` off Telegram)."""
        staff_id = member.telegram_id if member is not None else None
        await self.audit.record(action, parameters, channel=channel, staff_id=staff_id)

    async def summary(
        self,
        period: Period,
        dimensions: tuple[Dimension, ...],
        *,
        member: StaffMember | None,
        channel: Channel,
        extra: Mapping[str, Parameter] | None = None,
    ) -> Report:
        """Audit, then build the protected report of ``period`` by ``dimensions``.

        ``period`` is whole Europe/Stockholm days; the referrals counted are those with
        ``hour`` in ``period.utc_bounds()``. Raises :class:`bot.core.report.ReportError`
        (bad dimensions) and :class:`bot.core.disclosure.UnsafeTableError` (see
        ``report_from_counts``), both after the attempt is audited.
        """
        parameters: dict[str, Parameter] = {
            "from": period.first.isoformat(),
            "to": period.last.isoformat(),
            "by": [d.value for d in dimensions],
            **(extra or {}),
        }
        await self.record("summary", parameters, member=member, channel=channel)
        start, end = period.utc_bounds()
        bounds = start.replace(tzinfo=None), end.replace(tzinfo=None)
        counts = await self.referrals.counts(*bounds, dimensions)
        showing = None
        if Dimension.RESOURCE in dimensions:  # the referrals behind a table of showings
            showing = await self.referrals.showing(*bounds, dimensions)
        return report_from_counts(
            counts,
            dimensions,
            period,
            self.vocabulary,
            self.settings.disclosure_k,
            showing=showing,
        )
