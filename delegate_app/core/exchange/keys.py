"""The exchange key: from the region's passphrase, or remembered in the keyring.

Sealing reuses the key this store remembered, so peers that opened one of its
packages open the next without typing; a new passphrase gets a fresh salt.
Opening tries the key remembered for the package's salt before asking. A key is
remembered only after it opened a package or sealed one, never the passphrase.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass

from delegate_app.core.errors import ValidationError
from delegate_app.core.exchange import crypto, secrets
from delegate_app.core.i18n import translate

MIN_PASSPHRASE = 10

# Asked when no passphrase was given and none is remembered; `True` means a new
# passphrase is being set (ask for it twice). Returns None when the user declines.
PassphrasePrompt = Callable[[bool], str | None]


@dataclass(frozen=True)
class SealingKey:
    key: bytes
    params: crypto.KdfParams


def _params_from_label(label: str) -> crypto.KdfParams | None:
    try:
        kind, salt, log2_n, r, p = label.split(":")
        params = crypto.KdfParams(bytes.fromhex(salt), int(log2_n), int(r), int(p))
        params.check()
    except (ValueError, ValidationError):
        return None
    return params if kind == "scrypt" else None


def _no_passphrase() -> ValidationError:
    return ValidationError(
        translate(
            "Exchange",
            "The exchange passphrase is needed: give --passphrase-file FILE or set DELEGATE_APP_PASSPHRASE.",
        ),
        field="passphrase",
    )


def remember(store_id: str, sealing: SealingKey, *, make_current: bool) -> bool:
    """Keep the derived key in the keyring; False when there is no keyring."""
    if not secrets.save_key(sealing.params.label(), sealing.key):
        return False
    if make_current or not secrets.current_label(store_id):
        secrets.set_current(store_id, sealing.params.label())
    return True


def key_for_sealing(
    store_id: str,
    passphrase: str | None = None,
    prompt: PassphrasePrompt | None = None,
    *,
    log2_n: int | None = None,
) -> SealingKey:
    """The key to seal this store's next package with."""
    label = secrets.current_label(store_id)
    params = _params_from_label(label) if label else None
    remembered = secrets.load_key(label) if label else None
    if passphrase is None and params is not None and remembered is not None:
        return SealingKey(remembered, params)
    if passphrase is None and prompt is not None:
        passphrase = prompt(remembered is None)
    if not passphrase:
        raise _no_passphrase()
    if params is not None and remembered is not None:
        key = crypto.derive_key(passphrase, params)
        if hmac.compare_digest(key, remembered):
            return SealingKey(key, params)
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            translate("Exchange", "The exchange passphrase must be at least {count} characters long.").format(
                count=MIN_PASSPHRASE
            ),
            field="passphrase",
        )
    params = crypto.new_params(log2_n)
    sealing = SealingKey(crypto.derive_key(passphrase, params), params)
    remember(store_id, sealing, make_current=True)
    return sealing


def key_for_opening(
    header: crypto.Header, passphrase: str | None = None, prompt: PassphrasePrompt | None = None
) -> bytes:
    """The key that opens a package with this header; WrongPassphraseError when the passphrase is wrong."""
    if passphrase is None:
        remembered = secrets.load_key(header.params.label())
        if remembered is not None and hmac.compare_digest(crypto.key_check(remembered), header.check):
            return remembered
        if prompt is not None:
            passphrase = prompt(False)
    if not passphrase:
        raise _no_passphrase()
    key = crypto.derive_key(passphrase, header.params)
    crypto.check_key(header, key)
    return key
