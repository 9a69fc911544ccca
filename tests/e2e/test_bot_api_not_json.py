"""``--api-base`` pointing at a server that answers HTML instead of Bot API JSON.

``run`` stopped with one line, ``webhook`` with a traceback (aiogram's ``ClientDecodeError``
from the command menus, quoting the whole HTML page). Both now stop with the same line,
exit code 1 (a service, not a setting: README "Modes"), never the token, and with no
ERROR record before it (``webhook`` logged "token refused").
"""

from __future__ import annotations

import json
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.helpers import PYTHON, ROOT, cli_env

TOKEN = "123456:AAAA-vagvisare-never-print-this-0123456789"  # a made-up token
SECRET_PART = TOKEN.split(":")[1]
PAGE = b"<!DOCTYPE html><html><body><h1>It works!</h1></body></html>"


class _HtmlPage(BaseHTTPRequestHandler):
    def _page(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    do_GET = do_POST = _page  # http.server's names

    def log_message(self, *_args: object) -> None:  # quiet
        pass


def _info(line: str) -> bool:
    """``line`` is a log record (a JSON line, bot/logs.py) below WARNING."""
    try:
        record = json.loads(line)
    except ValueError:
        return False
    return isinstance(record, dict) and record.get("level") in {"DEBUG", "INFO"}


@pytest.fixture
def html_server() -> Iterator[str]:
    """A web server on a free local port answering every request with an HTML page."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _HtmlPage)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["run", "webhook"])
def test_an_answer_that_is_not_json_is_one_line_and_exit_1(
    tmp_path: Path, html_server: str, mode: str
) -> None:
    completed = subprocess.run(
        [PYTHON, "-m", "bot", mode, "--api-base", html_server, "--start-timeout", "5"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(tmp_path, BOT_TOKEN=TOKEN, WEBHOOK_PORT="0"),
        timeout=120,
        check=False,
    )
    assert completed.returncode == 1, completed.stderr
    # Nothing but INFO records before the line: ``webhook`` logged an ERROR record
    # ("token refused", error ClientDecodeError) before it.
    assert [line for line in completed.stderr.splitlines() if not _info(line)] == [
        f"error: the Telegram Bot API at {html_server} answered something that is not JSON"
    ]
    assert "Traceback" not in completed.stderr
    assert "It works" not in completed.stderr  # the page is not quoted
    assert SECRET_PART not in completed.stdout + completed.stderr
