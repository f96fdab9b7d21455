"""Sealing packages and keeping the key: AES-GCM, scrypt bounds, the keyring and its absence."""

from __future__ import annotations

import struct

import pytest
from keyring_backend import BrokenKeyring, MemoryKeyring, memory_keyring, no_keyring  # noqa: F401

from delegate_app.core.errors import ValidationError
from delegate_app.core.exchange import crypto, keys, secrets


@pytest.fixture(autouse=True)
def _english() -> None:
    """Messages are matched in English, the source language, whatever the translations say."""
    from delegate_app.core.i18n import set_language

    set_language("en")


FAST = 14  # the cheapest cost a reader accepts; keeps the tests quick
PASSPHRASE = "regio noord wisselt uit"


def sealed(
    plaintext: bytes = b"de inhoud van het pakket", passphrase: str = PASSPHRASE
) -> tuple[bytes, bytes]:
    params = crypto.new_params(FAST)
    key = crypto.derive_key(passphrase, params)
    return crypto.seal(plaintext, key, params), key


def test_seal_and_open() -> None:
    data, key = sealed()
    assert data.startswith(crypto.MAGIC)
    assert b"inhoud" not in data
    assert crypto.open_sealed(data, key) == b"de inhoud van het pakket"
    header = crypto.read_header(data)
    assert crypto.derive_key(PASSPHRASE, header.params) == key


def test_wrong_passphrase_is_named_as_such() -> None:
    data, _key = sealed()
    header = crypto.read_header(data)
    wrong = crypto.derive_key("een ander wachtwoord", header.params)
    with pytest.raises(crypto.WrongPassphraseError, match="passphrase"):
        crypto.open_sealed(data, wrong)


@pytest.mark.parametrize("where", ["magic", "version", "salt", "nonce", "check", "body", "tag"])
def test_one_flipped_byte_anywhere_is_refused(where: str) -> None:
    data, key = sealed()
    offsets = {
        "magic": 0,
        "version": 8,
        "salt": 14,
        "nonce": 14 + crypto.SALT_BYTES,
        "check": 14 + crypto.SALT_BYTES + crypto.NONCE_BYTES,
        "body": crypto.HEADER_BYTES + 3,
        "tag": len(data) - 1,
    }
    damaged = bytearray(data)
    damaged[offsets[where]] ^= 0x01
    with pytest.raises(crypto.PackageCryptoError):
        crypto.open_sealed(bytes(damaged), key)


def test_truncated_package_is_refused() -> None:
    data, key = sealed()
    for length in (3, crypto.HEADER_BYTES, len(data) - 1):
        with pytest.raises(crypto.PackageCryptoError):
            crypto.open_sealed(data[:length], key)


@pytest.mark.parametrize(
    ("log2_n", "r", "p"),
    [(30, 8, 1), (19, 8, 1), (17, 64, 1), (17, 8, 200), (4, 8, 1), (17, 0, 1), (18, 16, 1)],
)
def test_absurd_kdf_parameters_are_refused_before_deriving(log2_n: int, r: int, p: int) -> None:
    data, _key = sealed()
    forged = bytearray(data)
    struct.pack_into(">BBB", forged, 10, log2_n, r, p)
    with pytest.raises(crypto.PackageCryptoError, match="key-derivation"):
        crypto.read_header(bytes(forged))
    with pytest.raises(crypto.PackageCryptoError):
        crypto.derive_key(PASSPHRASE, crypto.KdfParams(b"\x00" * crypto.SALT_BYTES, log2_n, r, p))


def test_default_parameters_are_within_what_readers_accept() -> None:
    crypto.KdfParams(b"\x00" * crypto.SALT_BYTES).check()


# --------------------------------------------------------------------------- keys and the keyring


def test_sealing_key_is_remembered_and_reused(memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    assert secrets.available()
    first = keys.key_for_sealing("store-a", PASSPHRASE, log2_n=FAST)
    assert PASSPHRASE not in str(memory_keyring.secrets)
    again = keys.key_for_sealing("store-a")  # no passphrase: the keyring has it
    assert again == first
    # The same passphrase keeps the salt, so peers who remembered the key need not type.
    assert keys.key_for_sealing("store-a", PASSPHRASE) == first
    # Another passphrase starts a new key.
    other = keys.key_for_sealing("store-a", "een nieuwe passphrase", log2_n=FAST)
    assert other.params.salt != first.params.salt
    assert keys.key_for_sealing("store-a") == other


def test_short_new_passphrase_is_refused(memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    with pytest.raises(ValidationError, match="10"):
        keys.key_for_sealing("store-a", "kort", log2_n=FAST)


def test_opening_uses_the_remembered_key_of_that_salt(memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    sealing = keys.key_for_sealing("store-a", PASSPHRASE, log2_n=FAST)
    data = crypto.seal(b"x", sealing.key, sealing.params)
    header = crypto.read_header(data)
    assert keys.key_for_opening(header) == sealing.key
    with pytest.raises(crypto.WrongPassphraseError):
        keys.key_for_opening(header, "verkeerde passphrase")


def test_prompt_is_asked_only_when_needed(memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    asked: list[bool] = []

    def prompt(confirm: bool) -> str | None:
        asked.append(confirm)
        return PASSPHRASE

    keys.key_for_sealing("store-b", prompt=prompt, log2_n=FAST)
    keys.key_for_sealing("store-b", prompt=prompt)
    assert asked == [True]  # once, as a new passphrase (to be typed twice)


def test_forget_removes_the_key(memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    keys.key_for_sealing("store-a", PASSPHRASE, log2_n=FAST)
    secrets.forget("store-a")
    assert memory_keyring.secrets == {}
    with pytest.raises(ValidationError, match="passphrase"):
        keys.key_for_sealing("store-a")


def test_without_a_keyring_the_passphrase_is_needed_each_time(no_keyring: object) -> None:  # noqa: F811
    assert not secrets.available()
    assert "passphrase" in secrets.unavailable_notice()
    sealing = keys.key_for_sealing("store-a", PASSPHRASE, log2_n=FAST)  # works, remembers nothing
    with pytest.raises(ValidationError, match="DELEGATE_APP_PASSPHRASE"):
        keys.key_for_sealing("store-a")
    data = crypto.seal(b"x", sealing.key, sealing.params)
    header = crypto.read_header(data)
    with pytest.raises(ValidationError, match="passphrase"):
        keys.key_for_opening(header)
    assert keys.key_for_opening(header, PASSPHRASE) == sealing.key
    assert not keys.remember("store-a", sealing, make_current=True)
    secrets.forget("store-a")  # nothing to forget, no error


def test_a_failing_keyring_never_stops_an_exchange() -> None:
    import keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        assert secrets.available()
        sealing = keys.key_for_sealing("store-a", PASSPHRASE, log2_n=FAST)
        assert secrets.load_key(sealing.params.label()) is None
        with pytest.raises(ValidationError, match="passphrase"):
            keys.key_for_sealing("store-a")
    finally:
        keyring.set_keyring(previous)
