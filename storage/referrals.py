"""Repository of the anonymized referral log. Returns :class:`bot.core.referral.Referral`,
or for staff summaries counts made in the database (:meth:`ReferralRepository.counts`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    FromClause,
    Select,
    Text,
    bindparam,
    case,
    cast,
    exists,
    func,
    literal_column,
    select,
    true,
    update,
)
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.referral import Referral
from bot.core.report import Dimension, category, check_dimensions
from storage.dialect import insert_for
from storage.memory import RawConnection, RawStatement, SqliteInThread
from storage.tables import SUMMARY_COLUMNS
from storage.tables import referral as referral_table


class ReferralRepository:
    """Writes and reads referral rows. All times are naive UTC in the database."""

    def __init__(self, engine: AsyncEngine, in_thread: SqliteInThread | None = None) -> None:
        """``in_thread``: the SQLite file behind ``engine`` through ``sqlite3`` (its
        owner disposes it); writes made during a conversation then take one thread hop
        instead of aiosqlite's several (:class:`storage.memory.SqliteInThread`)."""
        self._engine = engine
        self._in_thread = in_thread
        # Statements built once, with bound parameters, so that a write costs no
        # statement building or cache-key walk (docs/performance.md).
        values: dict[str, Any] = {name: bindparam(f"v_{name}") for name in _COLUMNS}
        insert = insert_for(engine, referral_table).values(values)
        self._upsert_statement = insert.on_conflict_do_update(
            index_elements=["id"], set_={k: insert.excluded[k] for k in _COLUMNS if k != "id"}
        )
        self._read_statement = select(referral_table).where(
            referral_table.c.id == bindparam("referral_id")
        )
        self._updates: dict[tuple[str, ...], Any] = {}
        # The same statements for sqlite3 itself (storage.memory.RawStatement), on a file.
        self._raw_updates: dict[tuple[str, ...], RawStatement] = {}
        if in_thread is not None:
            dialect = in_thread.engine.dialect
            self._raw_upsert = RawStatement.compile(self._upsert_statement, dialect)
            self._raw_read = RawStatement.compile(self._read_statement, dialect)

    async def add(self, item: Referral) -> bool:
        """Store ``item`` once: ``True`` if written now, ``False`` if its id already existed.

        Idempotent on the id, so a retried or repeated update never logs a referral twice.
        """
        statement = insert_for(self._engine, referral_table).values(_values(item))
        statement = statement.on_conflict_do_nothing(index_elements=["id"])
        async with self._engine.begin() as connection:
            result = await connection.execute(statement)
        return bool(result.rowcount)

    async def save(self, item: Referral) -> None:
        """Store ``item``, replacing the row with its id if there is one (one transaction).

        For a referral that grows during one conversation (the emergency card, then the
        resource cards): the caller merges (``bot.core.recommend.merge_referrals``).
        """
        async with self._engine.begin() as connection:
            await connection.execute(self._upsert_statement, _bound(_values(item)))

    async def merge(
        self, item: Referral, combine: Callable[[Referral, Referral], Referral]
    ) -> None:
        """Store ``item``, or ``combine(earlier, item)`` if a row with its id exists.

        One transaction (read and upsert on the same connection), so the merge is atomic
        and costs one round trip to the pool instead of two. ``combine`` is pure
        (``bot.core.recommend.merge_referrals``) and must keep the id.
        """
        read, key = self._read_statement, {"referral_id": item.id}

        def merged(row: Any) -> dict[str, Any]:
            return _bound(_values(item if row is None else combine(_to_referral(row), item)))

        if self._in_thread is not None:
            raw_read, raw_upsert = self._raw_read, self._raw_upsert

            def work(connection: RawConnection) -> None:
                found = connection.fetch_one(raw_read, key)
                connection.execute(
                    raw_upsert, [merged(None if found is None else raw_read.mapping(found))]
                )

            await self._in_thread.raw_transaction(work)
            return
        async with self._engine.begin() as connection:
            row = (await connection.execute(read, key)).mappings().first()
            await connection.execute(self._upsert_statement, merged(row))

    async def get(self, referral_id: str) -> Referral | None:
        """The referral with ``referral_id``, or ``None``."""
        statement = select(referral_table).where(referral_table.c.id == referral_id)
        async with self._engine.connect() as connection:
            row = (await connection.execute(statement)).mappings().first()
        return None if row is None else _to_referral(row)

    async def set_outcome(self, referral_id: str, outcome: str) -> bool:
        """Record the answer to "did this help?"; ``False`` if no such referral."""
        return await self._update(referral_id, outcome=outcome)

    async def set_opened(self, referral_id: str, service_id: str) -> bool:
        """Record which service the user opened; ``False`` if no such referral."""
        return await self._update(referral_id, service_opened=service_id)

    async def _update(self, referral_id: str, **values: Any) -> bool:
        statement = self._update_statement(tuple(sorted(values)))
        parameters = {"referral_id": referral_id, **_bound(values)}
        if self._in_thread is not None:
            raw = self._raw_updates.get(tuple(sorted(values)))
            if raw is None:
                raw = RawStatement.compile(statement, self._in_thread.engine.dialect)
                self._raw_updates[tuple(sorted(values))] = raw
            return bool(await self._in_thread.execute_many(raw, [parameters]))
        async with self._engine.begin() as connection:
            result = await connection.execute(statement, parameters)
        return bool(result.rowcount)

    def _update_statement(self, columns: tuple[str, ...]) -> Any:
        """UPDATE of ``columns`` of the row whose id is ``:referral_id``, built once."""
        statement = self._updates.get(columns)
        if statement is None:
            statement = (
                update(referral_table)
                .where(referral_table.c.id == bindparam("referral_id"))
                .values({name: bindparam(f"v_{name}") for name in columns})
            )
            self._updates[columns] = statement
        return statement

    async def count(self) -> int:
        """Number of referral rows."""
        async with self._engine.connect() as connection:
            return int(
                (
                    await connection.execute(select(func.count()).select_from(referral_table))
                ).scalar_one()
            )

    async def between(self, start: datetime, end: datetime) -> list[Referral]:
        """Referrals with ``start <= hour < end`` (naive UTC), oldest first."""
        statement = (
            select(referral_table)
            .where(referral_table.c.hour >= start, referral_table.c.hour < end)
            .order_by(referral_table.c.hour, referral_table.c.id)
        )
        async with self._engine.connect() as connection:
            rows = (await connection.execute(statement)).mappings().all()
        return [_to_referral(row) for row in rows]

    async def counts(
        self, start: datetime, end: datetime, dimensions: Sequence[Dimension]
    ) -> dict[tuple[str, ...], int]:
        """Referral counts with ``start <= hour < end`` (naive UTC) by one or two dimensions.

        Counted in the database with one query (:func:`count_statement`: ``GROUP BY``
        over the rows, and where needed over those groups); only the groups reach Python.
        The result is keyed exactly as :func:`bot.core.report.count_referrals` keys its
        Counter (``(category,)`` or ``(category_1, category_2)``, non-zero counts only), so
        it feeds :func:`bot.core.report.report_from_counts` unchanged. ``resource`` groups
        by the JSON list ``services_shown`` and expands each distinct list in SQL (SQLite
        ``json_each``, PostgreSQL ``json_array_elements_text``), counting a service once per
        referral even if the list repeats it. ``week`` is grouped by UTC buckets that each lie within one
        Europe/Stockholm day (hours 00-21 of a UTC day, hour 22, hour 23: Stockholm is
        UTC+1 or UTC+2) and the buckets are folded into ISO weeks here, so the weeks are
        those of :func:`bot.core.periods.local_date` across summer time changes.
        Raises :class:`bot.core.report.ReportError` for a bad ``dimensions`` tuple.
        """
        dims = tuple(dimensions)
        check_dimensions(dims)
        return await self._grouped(start, end, dims, shows_a_service=False)

    async def showing(
        self, start: datetime, end: datetime, dimensions: Sequence[Dimension]
    ) -> dict[tuple[str, ...], int]:
        """Referrals with ``start <= hour < end`` (naive UTC) that showed at least one
        service, by the dimensions of ``dimensions`` other than ``resource``: what a table
        by ``resource`` needs besides :meth:`counts` (the referrals behind its lines,
        ``bot.core.report.report_from_counts``). Keyed exactly as
        :func:`bot.core.report.count_showing` (``()`` for ``resource`` alone), non-zero
        counts only. Raises :class:`bot.core.report.ReportError` for a bad ``dimensions``.
        """
        dims = tuple(dimensions)
        check_dimensions(dims)
        others = tuple(d for d in dims if d is not Dimension.RESOURCE)
        if others:
            return await self._grouped(start, end, others, shows_a_service=True)
        hour = referral_table.c.hour
        statement = (
            select(func.count())
            .select_from(referral_table)
            .where(hour >= start, hour < end, _shows_a_service())
        )
        async with self._engine.connect() as connection:
            n = int((await connection.execute(statement)).scalar_one())
        return {(): n} if n else {}

    async def _grouped(
        self,
        start: datetime,
        end: datetime,
        dims: tuple[Dimension, ...],
        *,
        shows_a_service: bool,
    ) -> dict[tuple[str, ...], int]:
        statement = count_statement(
            self._engine.dialect.name, start, end, dims, shows_a_service=shows_a_service
        )
        async with self._engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                # one short aggregate: JIT-compiling it costs more than it saves (up to
                # 1.4 s of 2.5 s at 1M rows by resource; docs/performance.md, "report")
                await connection.exec_driver_sql("SET LOCAL jit = off")
            groups = (await connection.execute(statement)).all()
        folded: dict[tuple[str, ...], int] = {}
        names: dict[tuple[Dimension, Any], str] = {}  # a few thousand week buckets at most
        for *raw, n in groups:
            key = []
            for dimension, value in zip(dims, raw, strict=True):
                name = names.get((dimension, value))
                if name is None:
                    name = names[(dimension, value)] = category(dimension, _raw(dimension, value))
                key.append(name)
            folded[tuple(key)] = folded.get(tuple(key), 0) + int(n)
        return folded


_COLUMNS = tuple(referral_table.c.keys())  # every column, in table order (storage/tables.py)


def _bound(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` under the names of the statements' bound parameters (``v_<column>``: a
    parameter may not take a column's own name in a VALUES or SET clause)."""
    return {f"v_{name}": value for name, value in values.items()}


def _values(item: Referral) -> dict[str, Any]:
    return {
        "id": item.id,
        "hour": item.hour.replace(tzinfo=None),
        "audience": item.audience,
        "age_band": item.age_band,
        "topic": item.topic,
        "urgency": item.urgency,
        "locale": item.locale,
        "services_shown": list(item.services_shown),
        "campaign": item.campaign,
        "district": item.district,
        "service_opened": item.service_opened,
        "outcome": item.outcome,
    }


def _to_referral(row: Any) -> Referral:
    return Referral(
        id=row["id"],
        hour=row["hour"],
        audience=row["audience"],
        age_band=row["age_band"],
        topic=row["topic"],
        urgency=row["urgency"],
        locale=row["locale"],
        services_shown=tuple(row["services_shown"]),
        campaign=row["campaign"],
        district=row["district"],
        service_opened=row["service_opened"],
        outcome=row["outcome"],
    )


def count_statement(
    dialect: str,
    start: datetime,
    end: datetime,
    dimensions: tuple[Dimension, ...],
    *,
    shows_a_service: bool = False,
) -> Select[Any]:
    """The query :meth:`ReferralRepository.counts` runs on ``dialect`` (``"sqlite"`` or
    ``"postgresql"``), public for EXPLAIN: rows ``(value per dimension…, count)``, with
    ``start <= hour < end`` (naive UTC), and with ``shows_a_service`` only referrals
    whose ``services_shown`` is not empty (:meth:`ReferralRepository.showing`). Values are still raw (``None`` for a missing
    value, a week bucket for ``week``); ``counts`` turns them into categories.

    An inner ``GROUP BY`` over the rows of the range, and an outer one over its groups
    where that saves work per row: ``resource`` groups by the list ``services_shown``
    first and expands each distinct list once. On SQLite, when the column dimensions
    are the columns that follow ``hour`` in ``ix_referral_summary`` (topic, then
    audience), the inner query also groups by ``hour`` (and ``week`` is bucketed from
    it outside): SQLite then reads the index in order and sorts only the hourly groups,
    not every row. PostgreSQL aggregates with a hash table either way.
    """
    hour = referral_table.c.hour
    plain = [_COLUMN[d] for d in dimensions if d in _COLUMN]
    by_hour = (
        dialect == "sqlite"
        and Dimension.RESOURCE not in dimensions
        and tuple(plain) == SUMMARY_COLUMNS[1 : 1 + len(plain)]
    )
    inner: dict[str, ColumnElement[Any]] = {}
    for i, dimension in enumerate(dimensions):
        if dimension is Dimension.RESOURCE:
            inner[f"d{i}"] = cast(referral_table.c.services_shown, Text)
        elif dimension is Dimension.WEEK:
            if not by_hour:
                inner[f"d{i}"] = _local_day_bucket(dialect, hour)
        else:
            inner[f"d{i}"] = referral_table.c[_COLUMN[dimension]]
    if by_hour:
        inner["h"] = hour
    statement = (
        select(*(column.label(name) for name, column in inner.items()), func.count().label("n"))
        .where(hour >= start, hour < end, *([_shows_a_service()] if shows_a_service else []))
        .group_by(*inner)
    )
    if not by_hour and Dimension.RESOURCE not in dimensions:
        return statement
    groups = statement.subquery("g")
    source: FromClause = groups
    where: list[ColumnElement[bool]] = []
    columns: list[ColumnElement[Any]] = []
    for i, dimension in enumerate(dimensions):
        if dimension is Dimension.WEEK and by_hour:
            columns.append(_local_day_bucket(dialect, groups.c.h))
        elif dimension is not Dimension.RESOURCE:
            columns.append(groups.c[f"d{i}"])
        else:
            shown, earlier, position = _elements(dialect, groups.c[f"d{i}"])
            source = source.join(shown, true())
            columns.append(shown.c.value)
            # a service listed twice in one referral counts once (bot.core.report.values_of)
            where.append(
                ~exists()
                .select_from(earlier)
                .where(earlier.c[position] < shown.c[position], earlier.c.value == shown.c.value)
            )
    # grouped by the expressions, not by name: PostgreSQL would read a name as g's column
    return (
        select(*(c.label(f"c{i}") for i, c in enumerate(columns)), func.sum(groups.c.n))
        .select_from(source)
        .where(*where)
        .group_by(*columns)
    )


_COLUMN = {
    Dimension.TOPIC: "topic",
    Dimension.AUDIENCE: "audience",
    Dimension.AGE_BAND: "age_band",
    Dimension.LANGUAGE: "locale",
    Dimension.CAMPAIGN: "campaign",
    Dimension.DISTRICT: "district",
    Dimension.OUTCOME: "outcome",
}


def _shows_a_service() -> ColumnElement[bool]:
    """``services_shown`` is a non-empty JSON list (``json_array_length`` on SQLite and
    on PostgreSQL's ``json``)."""
    return func.json_array_length(referral_table.c.services_shown) > _sql("0")


def _elements(dialect: str, text: ColumnElement[Any]) -> tuple[FromClause, FromClause, str]:
    """The elements of the JSON list ``text`` (columns ``value`` and a position), twice:
    once to count and once, correlated, to find an earlier repeat of the same value."""
    if dialect == "sqlite":
        elements = [
            func.json_each(text).table_valued("key", "value").alias(name)
            for name in ("shown", "earlier")
        ]
        return elements[0], elements[1], "key"
    if dialect == "postgresql":
        elements = [
            func.json_array_elements_text(cast(text, JSON))
            .table_valued("value", with_ordinality="position")
            .render_derived(name=name)
            for name in ("shown", "earlier")
        ]
        return elements[0], elements[1], "position"
    raise NotImplementedError(f"no JSON list expansion for dialect {dialect!r}")


def _local_day_bucket(dialect: str, hour: ColumnElement[Any]) -> ColumnElement[Any]:
    """A grouping value for ``hour`` (naive UTC) whose hours all fall on one Stockholm day.

    Stockholm is UTC+1 or UTC+2, so UTC hours 00-21 of a day are always on that local
    day, 23 always on the next, and 22 on either (depending on summer time that
    evening). The bucket is the UTC day for hours 00-21, else the hour itself: on
    SQLite the text ``"YYYY-MM-DD"`` or ``"YYYY-MM-DD HH"``, on PostgreSQL a timestamp
    (``date_part``, a float, is cheaper there than ``extract``, a numeric).
    """
    if dialect == "sqlite":
        # SQLAlchemy stores SQLite datetimes as text "YYYY-MM-DD HH:MM:SS.ffffff"
        return case(
            (
                func.substr(hour, _sql("12"), _sql("2")) >= _sql("'22'"),
                func.substr(hour, _sql("1"), _sql("13")),
            ),
            else_=func.substr(hour, _sql("1"), _sql("10")),
        )
    return case(
        (func.date_part(_sql("'hour'"), hour) >= _sql("22"), hour),
        else_=func.date_trunc(_sql("'day'"), hour),
    )


def _sql(constant: str) -> ColumnElement[Any]:
    """A constant written into the SQL, not bound: a GROUP BY expression must repeat the
    select list's exactly, and two bound parameters would make two expressions."""
    return literal_column(constant)


def _raw(dimension: Dimension, value: Any) -> Any:
    """A grouped value as :func:`bot.core.report.category` takes it."""
    if dimension is Dimension.WEEK and isinstance(value, str):
        day, _, hour = value.partition(" ")
        return datetime.fromisoformat(day) + timedelta(hours=int(hour or 0))
    return value
