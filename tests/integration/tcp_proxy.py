"""A TCP proxy between the bot and a real server (Redis, PostgreSQL) that a test can cut.

``close()`` stops listening and cuts every connection, as a server that went away;
``reopen()`` listens on the same port again. ``pings`` counts the Redis ``PING`` commands
clients sent through it.
"""

from __future__ import annotations

import asyncio
import contextlib

REDIS_PING = b"\r\nPING\r\n"  # RESP: *1\r\n$4\r\nPING\r\n


class TcpProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = 0
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._sent: list[bytearray] = []  # what each client sent (for counting PINGs)

    @property
    def pings(self) -> int:
        return sum(bytes(sent).count(REDIS_PING) for sent in self._sent)

    async def start(self) -> None:
        """Listen on 127.0.0.1: a free port the first time, the same port afterwards."""
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def close(self) -> None:
        """Stop listening and cut every connection."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if server is not None:
            await server.wait_closed()  # from Python 3.12 on, also for the connections

    async def reopen(self) -> None:
        await self.start()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            return
        sent = bytearray()
        self._sent.append(sent)
        self._writers.update({writer, upstream_writer})
        pipes = [
            asyncio.create_task(self._pipe(reader, upstream_writer, sent)),
            asyncio.create_task(self._pipe(upstream_reader, writer, None)),
        ]
        self._tasks.update(pipes)
        try:
            await asyncio.wait(pipes, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in pipes:
                task.cancel()
                self._tasks.discard(task)
            for end in (writer, upstream_writer):
                end.transport.abort()
                self._writers.discard(end)

    @staticmethod
    async def _pipe(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter, record: bytearray | None
    ) -> None:
        with contextlib.suppress(OSError, asyncio.IncompleteReadError):
            while data := await reader.read(65536):
                if record is not None:
                    record.extend(data)
                writer.write(data)
                await writer.drain()
