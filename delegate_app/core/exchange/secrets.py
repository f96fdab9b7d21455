"""The exchange key in the operating system's keyring, and knowing when there is no real keyring.

Only the derived key is kept, never the passphrase. On systems without a keyring
service (headless Linux: keyring's `fail` or `null` backend, or a chainer with
nothing to chain) nothing is stored and the passphrase is asked each time; a
keyring that would write secrets to a plain file counts as no keyring. Keyring
errors never stop an exchange: they are logged and the passphrase is asked.
"""

from __future__ import annotations

import base64
import logging
from typing import Any

from delegate_app.core.i18n import translate

log = logging.getLogger(__name__)

SERVICE = "Regiostem exchange"
_CURRENT = "current:"  # username prefix: which key a store seals its packages with
_KEY = "key:"  # username prefix: a derived key, by its KDF label


def _is_real(backend: Any) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_is_real(b) for b in backend.backends)
    # keyrings.alt's file backends keep secrets in a file in the home folder.
    return not type(backend).__module__.startswith("keyrings.alt.file")


def _backend() -> Any | None:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration is no keyring
        log.warning("keyring unavailable: %s", exc)
        return None
    try:
        return backend if _is_real(backend) else None
    except Exception as exc:
        log.warning("keyring unavailable: %s", exc)
        return None


def available() -> bool:
    """True when a real keyring can hold the exchange key."""
    return _backend() is not None


def unavailable_notice() -> str:
    return translate(
        "Exchange",
        "This system has no keyring to remember the exchange key; the passphrase is asked each time.",
    )


def backend_name() -> str:
    backend = _backend()
    return "" if backend is None else str(getattr(backend, "name", type(backend).__name__))


def _get(username: str) -> str | None:
    backend = _backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, username)
    except Exception as exc:
        log.warning("reading from the keyring failed: %s", exc)
        return None
    return None if value is None else str(value)


def _set(username: str, value: str) -> bool:
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, username, value)
    except Exception as exc:
        log.warning("writing to the keyring failed: %s", exc)
        return False
    return True


def _delete(username: str) -> None:
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, username)
    except Exception as exc:  # includes PasswordDeleteError for an entry that is not there
        log.info("nothing deleted from the keyring: %s", exc)


def load_key(label: str) -> bytes | None:
    """The derived key for these KDF parameters, if the keyring holds it."""
    value = _get(_KEY + label)
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        return None


def save_key(label: str, key: bytes) -> bool:
    return _set(_KEY + label, base64.b64encode(key).decode("ascii"))


def current_label(store_id: str) -> str | None:
    """The KDF label this store seals its packages with, if one was remembered."""
    return _get(_CURRENT + store_id)


def set_current(store_id: str, label: str) -> bool:
    return _set(_CURRENT + store_id, label)


def forget(store_id: str) -> None:
    """Remove this store's remembered exchange key from the keyring."""
    label = current_label(store_id)
    if label:
        _delete(_KEY + label)
    _delete(_CURRENT + store_id)
