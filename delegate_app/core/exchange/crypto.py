"""Sealing packages: AES-GCM with a key derived from the region's exchange passphrase by scrypt.

A sealed file is a fixed header followed by the AES-GCM ciphertext. The header
(magic, format version, scrypt's n/r/p, salt, nonce and a short key check) is the
cipher's associated data, so changing any byte of it fails authentication. The
reader refuses KDF parameters outside sane bounds before deriving anything: a
crafted header must not make it spend minutes or gigabytes. The key check tells
a wrong passphrase from a damaged file.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from dataclasses import dataclass

from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import translate

MAGIC = b"RGSTMPKG"
FORMAT_VERSION = 1
KDF_SCRYPT = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
CHECK_BYTES = 8
# magic, version, kdf, log2(n), r, p, salt, nonce, key check
_HEADER = struct.Struct(f">8sBBBBB{SALT_BYTES}s{NONCE_BYTES}s{CHECK_BYTES}s")
HEADER_BYTES = _HEADER.size

# 2**17 * 8 * 128 bytes = 128 MiB and about half a second: slow for guessing, fine for a person.
DEFAULT_LOG2_N = 17
DEFAULT_R = 8
DEFAULT_P = 1
# What a reader accepts at most (and at least) before deriving.
MIN_LOG2_N = 14
MAX_LOG2_N = 18
MAX_R = 16
MAX_P = 4
MAX_MEMORY = 256 * 1024 * 1024


class PackageCryptoError(ValidationError):
    """The file cannot be opened: not a package, wrong passphrase, or altered."""


class WrongPassphraseError(PackageCryptoError):
    pass


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    log2_n: int = DEFAULT_LOG2_N
    r: int = DEFAULT_R
    p: int = DEFAULT_P

    def check(self) -> None:
        """Refuse parameters no honest writer uses: too costly to derive, or malformed."""
        memory = 128 * self.r * (1 << self.log2_n)
        if (
            not MIN_LOG2_N <= self.log2_n <= MAX_LOG2_N
            or not 1 <= self.r <= MAX_R
            or not 1 <= self.p <= MAX_P
            or memory > MAX_MEMORY
            or len(self.salt) != SALT_BYTES
        ):
            raise PackageCryptoError(
                translate(
                    "Exchange",
                    "The package asks for unreasonable key-derivation settings (n=2^{log2_n}, r={r}, p={p}); "
                    "it was not made by Regiostem or it was altered.",
                ).format(log2_n=self.log2_n, r=self.r, p=self.p)
            )

    def label(self) -> str:
        """A stable name for these parameters (the keyring stores one key per label)."""
        return f"scrypt:{self.salt.hex()}:{self.log2_n}:{self.r}:{self.p}"


def new_params(log2_n: int | None = None) -> KdfParams:
    return KdfParams(os.urandom(SALT_BYTES), DEFAULT_LOG2_N if log2_n is None else log2_n)


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    params.check()
    if not passphrase:
        raise WrongPassphraseError(translate("Exchange", "The passphrase is empty."))
    kdf = Scrypt(salt=params.salt, length=KEY_BYTES, n=1 << params.log2_n, r=params.r, p=params.p)
    return kdf.derive(passphrase.encode("utf-8"))


def key_check(key: bytes) -> bytes:
    return hmac.new(key, b"regiostem exchange key check", hashlib.sha256).digest()[:CHECK_BYTES]


@dataclass(frozen=True)
class Header:
    params: KdfParams
    nonce: bytes
    check: bytes
    raw: bytes


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def read_header(data: bytes) -> Header:
    """The header of a sealed file, checked; PackageCryptoError when it is not one."""
    if not data.startswith(MAGIC):
        raise PackageCryptoError(translate("Exchange", "The file is not a Regiostem exchange package."))
    if len(data) < HEADER_BYTES + 16:
        raise PackageCryptoError(translate("Exchange", "The package is incomplete (cut off)."))
    _magic, version, kdf, log2_n, r, p, salt, nonce, check = _HEADER.unpack_from(data)
    if version != FORMAT_VERSION or kdf != KDF_SCRYPT:
        raise PackageCryptoError(
            translate(
                "Exchange", "The package has format {version}, which this version of Regiostem cannot read."
            ).format(version=f"{version}.{kdf}")
        )
    params = KdfParams(salt, log2_n, r, p)
    params.check()
    return Header(params, nonce, check, data[:HEADER_BYTES])


def check_key(header: Header, key: bytes) -> None:
    """WrongPassphraseError unless `key` is the one the package was sealed with."""
    if not hmac.compare_digest(header.check, key_check(key)):
        raise WrongPassphraseError(
            translate(
                "Exchange", "Wrong passphrase: this package was sealed with another exchange passphrase."
            )
        )


def seal(plaintext: bytes, key: bytes, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params.check()
    nonce = os.urandom(NONCE_BYTES)
    header = _HEADER.pack(
        MAGIC,
        FORMAT_VERSION,
        KDF_SCRYPT,
        params.log2_n,
        params.r,
        params.p,
        params.salt,
        nonce,
        key_check(key),
    )
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def open_sealed(data: bytes, key: bytes) -> bytes:
    """The plaintext; WrongPassphraseError or PackageCryptoError when it cannot be trusted."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = read_header(data)
    check_key(header, key)
    try:
        return AESGCM(key).decrypt(header.nonce, data[HEADER_BYTES:], header.raw)
    except InvalidTag:
        raise PackageCryptoError(
            translate(
                "Exchange", "The package is damaged or was altered after it was made; nothing was imported."
            )
        ) from None
