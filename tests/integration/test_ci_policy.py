"""The integration suite's rule for absent servers: skip locally, fail under CI."""

from __future__ import annotations

import pytest

from tests.integration.conftest import unavailable


def test_an_absent_server_skips_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Redis at x is not usable"):
        unavailable("Redis at x is not usable")


@pytest.mark.parametrize("value", ["true", "1", "TRUE"])
def test_an_absent_server_fails_under_ci(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.fail.Exception, match="CI=true, so this is an error"):
        unavailable("PostgreSQL at y is not usable")
