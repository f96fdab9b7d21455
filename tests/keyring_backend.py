"""An in-memory keyring backend for the test run, and fixtures that install it (or none).

Tests never touch the real keyring of the machine running them: every test of
the exchange installs this backend, or one of keyring's own "no keyring"
backends, for its duration.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict: a real backend as far as the app can tell, gone after the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.secrets:
            raise PasswordDeleteError(username)
        del self.secrets[(service, username)]


class BrokenKeyring(MemoryKeyring):
    """A keyring that exists but fails on use (a locked or misconfigured system keyring)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringError("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringError("the keyring is locked")


def _installed(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[KeyringBackend]:
    yield from _installed(MemoryKeyring())


@pytest.fixture(params=["fail", "null", "empty-chainer"])
def no_keyring(request: pytest.FixtureRequest) -> Iterator[KeyringBackend]:
    """Each way a system can lack a keyring: keyring's fail and null backends, a chainer with nothing."""
    from keyring.backends import chainer, fail, null

    backend: KeyringBackend
    if request.param == "fail":
        backend = fail.Keyring()
    elif request.param == "null":
        backend = null.Keyring()
    else:
        # What keyring picks on a headless system: a chainer that finds nothing to chain.
        request.getfixturevalue("monkeypatch").setattr(keyring.backend, "get_all_keyring", lambda: [])
        backend = chainer.ChainerBackend()
    yield from _installed(backend)
