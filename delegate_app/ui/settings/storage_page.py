"""Settings, storage: where the store lives (with a warning for synced folders) and its backups."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core import paths
from delegate_app.core.services.labels import format_number
from delegate_app.core.store import AUTO_BACKUP_HOURS, BACKUPS_KEPT
from delegate_app.ui.context import AppContext
from delegate_app.ui.widgets.confirm import confirm, start_backup
from delegate_app.ui.widgets.panels import Panel

PATH_ROLE = Qt.ItemDataRole.UserRole + 1

_REASONS = {"manual", "auto", "pre-migration", "pre-restore", "pre-import"}


def backup_reason(path: Path) -> str:
    """The reason a backup was made, from its name ("regiostem-<stamp>-<reason>.sqlite")."""
    stem = path.stem
    for reason in sorted(_REASONS, key=len, reverse=True):
        if stem.endswith("-" + reason):
            return reason
    return ""


class StoragePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.location = QLabel()
        self.location.setObjectName("storeLocation")
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("syncWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "QLabel#syncWarning { background: #fff4e5; color: #7a4100; border: 1px solid #f0b46b;"
            " border-radius: 6px; padding: 8px; }"
        )
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self._open_folder)
        self.location_note = QLabel()
        self.location_note.setWordWrap(True)

        self.backups_note = QLabel()
        self.backups_note.setWordWrap(True)
        self.backups = QTreeWidget()
        self.backups.setObjectName("backupList")
        self.backups.setRootIsDecorated(False)
        self.backups.setUniformRowHeights(True)
        self.backups.setColumnCount(3)
        self.backups.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.backups.header().setStretchLastSection(True)
        self.backups.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.make_button = QPushButton()
        self.make_button.setObjectName("makeBackup")
        self.make_button.clicked.connect(self.make_backup)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)

        location_row = QHBoxLayout()
        location_row.addWidget(self.location, 1)
        location_row.addWidget(self.open_folder)
        self.location_panel = Panel()
        self.location_panel.body.addLayout(location_row)
        self.location_panel.body.addWidget(self.warning)
        self.location_panel.body.addWidget(self.location_note)
        self.backups_panel = Panel()
        self.backups_panel.body.addWidget(self.backups_note)
        self.backups_panel.body.addWidget(self.backups, 1)
        self.backups_panel.body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 14, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.location_panel)
        layout.addWidget(self.backups_panel, 1)
        ctx.changed.connect(self._on_changed)
        self.retranslate()

    # data -------------------------------------------------------------------------

    def _on_changed(self, entity: str, ids: list[str]) -> None:
        if entity == "backup":
            self.load_backups()

    def load_backups(self) -> None:
        self.backups.clear()
        for path in self.ctx.store.backups():
            try:
                stat = path.stat()
            except OSError:
                continue
            when = datetime.fromtimestamp(stat.st_mtime).strftime("%d-%m-%Y %H:%M")
            size = self.tr("{n} kB").format(n=format_number(max(1, stat.st_size // 1024)))
            item = QTreeWidgetItem([when, self._reason_text(backup_reason(path)), size])
            item.setData(0, PATH_ROLE, str(path))
            item.setToolTip(0, str(path))
            self.backups.addTopLevelItem(item)
        if self.backups.topLevelItemCount():
            self.backups.setCurrentItem(self.backups.topLevelItem(0))
        else:
            placeholder = QTreeWidgetItem([self.tr("No backups yet.")])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.backups.addTopLevelItem(placeholder)
        self._update_buttons()

    def _reason_text(self, reason: str) -> str:
        return {
            "manual": self.tr("made by hand"),
            "auto": self.tr("automatic"),
            "pre-migration": self.tr("before an upgrade"),
            "pre-restore": self.tr("before a restore"),
            "pre-import": self.tr("before an import"),
        }.get(reason, reason)

    def selected_backup(self) -> Path | None:
        item = self.backups.currentItem()
        value = item.data(0, PATH_ROLE) if item is not None else None
        return Path(str(value)) if value else None

    def _update_buttons(self) -> None:
        writable = not self.ctx.read_only
        self.make_button.setEnabled(writable)
        self.restore_button.setEnabled(writable and self.selected_backup() is not None)

    # commands ---------------------------------------------------------------------

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.store.folder)))

    def make_backup(self) -> None:
        start_backup(self.ctx, self)

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        item = self.backups.currentItem()
        if backup is None or item is None:
            return
        if not confirm(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Restore the backup of {when}? Everything changed since then is no longer shown. "
                "The current store is kept aside as a file in the data folder, so nothing is lost."
            ).format(when=item.text(0)),
        ):
            return
        restore = getattr(self.window(), "restore_backup", None)
        if callable(restore):
            restore(backup)

    # language ---------------------------------------------------------------------

    def retranslate(self) -> None:
        folder = self.ctx.store.folder
        self.location_panel.set_title(self.tr("Where your data is stored"))
        self.location.setText(str(paths.store_path(folder)))
        self.location.setAccessibleName(self.tr("Location of the store"))
        self.open_folder.setText(self.tr("&Open folder"))
        reason = paths.synced_folder_warning(folder)
        self.warning.setVisible(reason is not None)
        if reason is not None:
            self.warning.setText(
                self.tr(
                    "Warning: the store lies in a {reason}. Sync clients and network drives can damage or "
                    "split a database that is being written. Move the data folder to a local disk and use "
                    "backups or exchange packages to share."
                ).format(reason=reason)
            )
        self.location_note.setText(
            self.tr("Start Regiostem with --data-dir FOLDER, or set {env}, to use another folder.").format(
                env=paths.ENV_DATA_DIR
            )
        )
        self.backups_panel.set_title(self.tr("Backups"))
        self.backups_note.setText(
            self.tr(
                "When Regiostem starts and the last backup is more than {hours} hours old, it makes a "
                "checked backup; it keeps the newest {kept}. Restoring keeps the current store aside."
            ).format(hours=AUTO_BACKUP_HOURS, kept=BACKUPS_KEPT)
        )
        self.backups.setHeaderLabels([self.tr("Made on"), self.tr("Why"), self.tr("Size")])
        self.backups.setAccessibleName(self.tr("Backups"))
        self.make_button.setText(self.tr("&Make a backup now"))
        self.restore_button.setText(self.tr("Re&store…"))
        self.load_backups()
