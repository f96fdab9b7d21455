"""Where things live: the store, logs, backups, and the shipped resources.

One module so that `--data-dir` / DELEGATE_APP_DATA_DIR and the per-user default
are decided in one place.
"""

from __future__ import annotations

import os
from pathlib import Path

from delegate_app import APP_ID, ORGANISATION

ENV_DATA_DIR = "DELEGATE_APP_DATA_DIR"
STORE_FILENAME = "regiostem.sqlite"
_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, ORGANISATION, roaming=False))


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: explicit argument, then the environment, then the per-user default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def store_path(folder: Path) -> Path:
    return folder / STORE_FILENAME


def backup_dir(folder: Path) -> Path:
    return folder / "backups"


def log_dir(folder: Path) -> Path:
    return folder / "logs"


def _shipped(name: str) -> Path:
    # Installed wheel: resources sit inside the package. Source checkout or
    # editable install: they sit at the repository root.
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    return _shipped("resources")


def translations_dir() -> Path:
    return _shipped("translations")


def reference_data(name: str) -> Path:
    return resources_dir() / "data" / name


# A part of a folder's path that gives a sync client away, and the client's name as people know it.
_SYNC_MARKERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "icloud": "iCloud",
    "icloud drive": "iCloud Drive",
    "mobile documents": "iCloud",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "box sync": "Box",
    "syncthing": "Syncthing",
    "sharepoint": "SharePoint",
}


def synced_folder_warning(path: Path) -> str | None:
    """A reason to warn when the store lies in a synced or network folder, else None.

    Sync clients copy a SQLite file mid-write and network file systems break its
    locking; either can corrupt the store or fork it silently. The reason is a
    phrase in the current language that fits "the store lies in a …".
    """
    from delegate_app.core.i18n import translate  # here: the translations module imports this one

    resolved = str(path.resolve()).lower()
    for marker, client in _SYNC_MARKERS.items():
        if marker in resolved:
            return translate("Paths", "synced folder ({client})").format(client=client)
    if resolved.startswith("\\\\") or resolved.startswith("//"):
        return translate("Paths", "network share")
    if os.name == "posix":
        fs = _posix_filesystem(path)
        if fs in {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "davfs", "fuse.rclone"}:
            return translate("Paths", "network file system ({fs})").format(fs=fs)
    return None


def _posix_filesystem(path: Path) -> str | None:
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return None
    target = str(path.resolve())
    best: tuple[int, str] | None = None
    try:
        for line in mounts.read_text().splitlines():
            parts = line.split()
            if len(parts) < 3:
                continue
            mount_point, fstype = parts[1], parts[2]
            inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
            if inside and (best is None or len(mount_point) > best[0]):
                best = (len(mount_point), fstype)
    except OSError:
        return None
    return best[1] if best else None
