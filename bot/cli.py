"""Command line: ``python -m bot <mode> [options]``.

Exit codes: 0 success, 1 the command found a problem, 2 bad configuration or usage.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable, Sequence

from pydantic import ValidationError

from bot.app import App, create_app
from bot.config import Settings
from bot.core.directory import DirectoryError
from bot.logs import configure_logging
from bot.modes.offline_driver import OfflineDriver

EXIT_USAGE = 2


class ConfigurationError(Exception):
    """A configuration problem, reported as one line on stderr with exit code 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Vägvisare: guides young people and worried adults to help; logs anonymized referrals.",
    )
    modes = parser.add_subparsers(dest="mode", required=True, metavar="MODE")

    run = modes.add_parser("run", help="long polling with BOT_TOKEN")
    run.add_argument("--api-base", help="another Bot API server, e.g. http://127.0.0.1:8081")

    webhook = modes.add_parser("webhook", help="serve Telegram webhooks (aiohttp)")
    webhook.add_argument("--api-base", help="another Bot API server")

    chat = modes.add_parser("chat", help="talk to the bot in this terminal (no Telegram, no token)")
    chat.add_argument(
        "--user-id", type=int, default=700000001, help="Telegram id of the pretend user"
    )
    chat.add_argument("--first-name", default="Terminal", help="first name of the pretend user")
    chat.add_argument("--username", default=None, help="username of the pretend user")
    chat.add_argument("--language-code", default=None, help="Telegram app language, e.g. sv-SE")

    replay = modes.add_parser(
        "replay", help="feed Update JSON lines, print Bot API calls as JSON lines"
    )
    replay.add_argument("file", help="file of Update JSON objects, one per line; - for stdin")

    modes.add_parser("migrate", help="apply database migrations and exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    args = _parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]).upper()
        print(f"error: configuration {field}: {first['msg']}", file=sys.stderr)
        return EXIT_USAGE
    configure_logging(settings.log_level)
    try:
        return asyncio.run(_dispatch(args, settings))
    except (ConfigurationError, DirectoryError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


async def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.mode in {"run", "webhook"}:
        token = settings.token_or_none()
        if token is None:
            raise ConfigurationError(
                "BOT_TOKEN is missing or malformed (expected <digits>:<35 characters> from @BotFather)"
            )
        from bot.modes.polling import run_polling
        from bot.modes.webhook import run_webhook

        runner = run_polling if args.mode == "run" else run_webhook
        return await _with_app(settings, lambda app: runner(app, token, args.api_base))
    if args.mode == "chat":
        from bot.modes.chat import run_chat

        return await _with_offline(
            settings,
            lambda driver: run_chat(
                driver,
                user_id=args.user_id,
                first_name=args.first_name,
                username=args.username,
                language_code=args.language_code,
            ),
        )
    if args.mode == "replay":
        from bot.modes.replay import run_replay

        if args.file == "-":
            return await _with_offline(settings, lambda d: run_replay(d, sys.stdin, sys.stdout))
        try:
            source = open(args.file, encoding="utf-8")  # noqa: SIM115, ASYNC230 - once, before any update
        except OSError as error:
            raise ConfigurationError(f"cannot read {args.file}: {error.strerror}") from error
        with source:
            return await _with_offline(settings, lambda d: run_replay(d, source, sys.stdout))
    if args.mode == "migrate":
        return await _with_app(settings, lambda app: _done())
    raise AssertionError(args.mode)  # pragma: no cover - argparse restricts modes


async def _done() -> int:
    return 0


async def _with_app(settings: Settings, body: Callable[[App], Awaitable[int]]) -> int:
    app = await create_app(settings)
    try:
        return await body(app)
    finally:
        await app.close()


async def _with_offline(settings: Settings, body: Callable[[OfflineDriver], Awaitable[int]]) -> int:
    async def run(app: App) -> int:
        driver = OfflineDriver(app)
        try:
            return await body(driver)
        finally:
            await driver.close()

    return await _with_app(settings, run)
