"""Package files: a store's package sealed into a file, and a sealed file merged into a store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from delegate_app.core.errors import ValidationError
from delegate_app.core.exchange import crypto, keys
from delegate_app.core.exchange.files import check_target, read_input, write_atomically
from delegate_app.core.exchange.package import (
    SUFFIX,
    MergeReport,
    PackageScope,
    build_payload,
    decode_payload,
    encode_payload,
    merge_payload,
)
from delegate_app.core.i18n import translate
from delegate_app.core.store import Store


@dataclass(frozen=True)
class PackageSummary:
    path: Path
    package_id: str
    records: dict[str, int]  # per table

    @property
    def concerns(self) -> int:
        return self.records.get("concern", 0)


def _store_id(store: Store) -> str:
    store_id = store.info("store_id")
    if not store_id:
        raise ValidationError(translate("Exchange", "This store has no id; run 'check' on it."))
    return store_id


def export_package(
    store: Store,
    out: Path,
    scope: PackageScope,
    *,
    passphrase: str | None = None,
    prompt: keys.PassphrasePrompt | None = None,
    log2_n: int | None = None,
) -> PackageSummary:
    """Seal the scope's records into `out`; the key comes from the passphrase or the keyring."""
    out = check_target(
        out,
        (SUFFIX,),
        translate("Exchange", "A package file ends in {suffix}; '{name}' does not.").replace(
            "{suffix}", SUFFIX
        ),
    )
    sealing = keys.key_for_sealing(_store_id(store), passphrase, prompt, log2_n=log2_n)
    payload = build_payload(store, scope)
    data = crypto.seal(encode_payload(payload), sealing.key, sealing.params)
    write_atomically(out, lambda target: target.write_bytes(data))
    records = {name: len(table["rows"]) for name, table in payload["tables"].items()}
    return PackageSummary(out, payload["package_id"], records)


def is_package(path: Path) -> bool:
    """True when the file starts like a sealed package (whatever its name)."""
    try:
        with Path(path).open("rb") as fh:
            return crypto.is_sealed(fh.read(len(crypto.MAGIC)))
    except OSError:
        return False


@dataclass(frozen=True)
class OpenedPackage:
    """A package decrypted and checked, not yet merged: opening needs no store."""

    path: Path
    payload: dict[str, Any]
    sealing: keys.SealingKey


def open_package(
    path: Path, *, passphrase: str | None = None, prompt: keys.PassphrasePrompt | None = None
) -> OpenedPackage:
    """Decrypt and check a package file; PackageCryptoError or ValidationError when it cannot be trusted."""
    data = read_input(Path(path))
    header = crypto.read_header(data)
    key = keys.key_for_opening(header, passphrase, prompt)
    payload = decode_payload(crypto.open_sealed(data, key))
    return OpenedPackage(Path(path), payload, keys.SealingKey(key, header.params))


def merge_opened(store: Store, opened: OpenedPackage) -> MergeReport:
    """Merge an opened package, all or nothing; its key is remembered once the merge worked."""
    report = merge_payload(store, opened.payload)
    keys.remember(_store_id(store), opened.sealing, make_current=False)
    return report


def import_package(
    store: Store,
    path: Path,
    *,
    passphrase: str | None = None,
    prompt: keys.PassphrasePrompt | None = None,
) -> MergeReport:
    """Open and merge a package file in one go."""
    return merge_opened(store, open_package(path, passphrase=passphrase, prompt=prompt))
