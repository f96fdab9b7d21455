"""Exporting a package for another laptop: what goes in, the passphrase (or the remembered key), and the keyring.

A store that remembered its exchange key seals with it without asking; "use another
passphrase" sets a new one. With "remember" unticked, the key is removed from the
keyring again once the package is written. Where the system has no real keyring
the option is off, and the reason is shown beside it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core import models
from delegate_app.core.exchange import secrets, transfer
from delegate_app.core.exchange.package import SUFFIX, PackageScope
from delegate_app.core.store import Store
from delegate_app.ui.concerns.pickers import MunicipalityCombo
from delegate_app.ui.context import AppContext
from delegate_app.ui.exchange import files
from delegate_app.ui.exchange.dialog_parts import action_buttons, heading_label, tell_failure
from delegate_app.ui.exchange.passphrase import NOTE_STYLE, PassphraseFields, keyring_note
from delegate_app.ui.ops import Op


def remembered_key(store_id: str) -> bool:
    """True when the keyring holds the key this store seals its packages with."""
    label = secrets.current_label(store_id) if store_id else None
    return bool(label) and secrets.load_key(label or "") is not None


def _seal(
    store: Store, out: Path, scope: PackageScope, passphrase: str | None, remember: bool, log2_n: int | None
) -> transfer.PackageSummary:
    summary = transfer.export_package(store, out, scope, passphrase=passphrase, log2_n=log2_n)
    if not remember:
        secrets.forget(store.info("store_id") or "")
    return summary


class PackageExportDialog(QDialog):
    # Key derivation cost (log2 of scrypt's n); None is the core's default. Tests make it cheap.
    kdf_log2n: int | None = None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("packageExportDialog")
        self.setMinimumWidth(560)
        self.store_id = ctx.store.info("store_id") or ""
        self.has_key = remembered_key(self.store_id)
        self.keyring = secrets.available()
        self.last_summary: transfer.PackageSummary | None = None

        self.heading = heading_label()
        self.scope_box = QGroupBox()
        self.mine_radio = QRadioButton()
        self.all_radio = QRadioButton()
        self.scopes = QButtonGroup(self)
        self.scopes.addButton(self.all_radio)
        self.scopes.addButton(self.mine_radio)
        self.all_radio.setChecked(True)
        self.municipality_label = QLabel()
        self.municipality = MunicipalityCombo(ctx.store, members_only=True, empty_text="")
        self.municipality_label.setBuddy(self.municipality)
        municipality_row = QHBoxLayout()
        municipality_row.setContentsMargins(24, 0, 0, 0)
        municipality_row.addWidget(self.municipality_label)
        municipality_row.addWidget(self.municipality, 1)
        scope_layout = QVBoxLayout(self.scope_box)
        scope_layout.addWidget(self.all_radio)
        scope_layout.addWidget(self.mine_radio)
        scope_layout.addLayout(municipality_row)
        self.include_confidential = QCheckBox()

        self.key_box = QGroupBox()
        self.key_note = QLabel()
        self.key_note.setWordWrap(True)
        self.other_passphrase = QCheckBox()
        self.fields = PassphraseFields(confirm=True)
        self.remember = QCheckBox()
        self.remember.setChecked(self.keyring)
        self.remember.setEnabled(self.keyring)
        self.keyring_label = QLabel()
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setStyleSheet(NOTE_STYLE)
        key_layout = QVBoxLayout(self.key_box)
        key_layout.addWidget(self.key_note)
        key_layout.addWidget(self.other_passphrase)
        key_layout.addWidget(self.fields)
        key_layout.addWidget(self.remember)
        key_layout.addWidget(self.keyring_label)
        self.other_passphrase.setVisible(self.has_key)

        self.buttons, self.export_button, self.cancel_button = action_buttons(self, "exportPackageButton")
        self.export_button.clicked.connect(self.export)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.scope_box)
        layout.addWidget(self.include_confidential)
        layout.addWidget(self.key_box)
        layout.addWidget(self.buttons)

        self.scopes.buttonToggled.connect(lambda *_: self._update())
        self.other_passphrase.toggled.connect(lambda _on: self._update())
        self.fields.changed.connect(self._update)
        ctx.language_changed.connect(self.retranslate)
        self.retranslate()
        self._preselect_municipality()

    def _preselect_municipality(self) -> None:
        """A municipal contributor's own municipality is the natural choice for "mine"."""
        from delegate_app.core.services import region

        with self.ctx.store.reader() as session:
            me = region.self_person(session)
            municipality_id = me.municipality_id if me is not None else None
        if municipality_id:
            self.municipality.set_municipality(municipality_id, emit=False)

    def retranslate(self, *_: object) -> None:
        title = self.tr("Export a package")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.heading.setText(title)
        self.scope_box.setTitle(self.tr("What goes in"))
        self.all_radio.setText(self.tr("The &whole store (for an alternate or the secretariat)"))
        self.all_radio.setAccessibleName(self.tr("The whole store"))
        self.mine_radio.setText(self.tr("&My concerns, recognitions and responses"))
        self.mine_radio.setAccessibleName(self.tr("My concerns, recognitions and responses"))
        self.municipality_label.setText(self.tr("&Only of municipality:"))
        self.municipality.set_empty_text(self.tr("All municipalities"))
        self.municipality.setAccessibleName(self.tr("Only of municipality"))
        self.include_confidential.setText(self.tr("Include &confidential concerns"))
        self.include_confidential.setAccessibleName(self.tr("Include confidential concerns"))
        self.key_box.setTitle(self.tr("Exchange passphrase"))
        self.key_note.setText(
            self.tr(
                "This store remembers its exchange key: the package is sealed with it, no passphrase needed."
            )
            if self.has_key
            else self.tr(
                "Packages are encrypted with the region's exchange passphrase (at least 10 characters). "
                "Agree on it with the other laptops; it is not stored in any file."
            )
        )
        self.other_passphrase.setText(self.tr("Use &another passphrase"))
        self.other_passphrase.setAccessibleName(self.tr("Use another passphrase"))
        self.fields.retranslate()
        self.remember.setText(self.tr("Remember the &key in the system keyring"))
        self.remember.setAccessibleName(self.tr("Remember the key in the system keyring"))
        self.keyring_label.setText(keyring_note(remembering=True))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setAccessibleName(self.tr("Export the package"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._update()

    def needs_passphrase(self) -> bool:
        return not self.has_key or self.other_passphrase.isChecked()

    def _update(self) -> None:
        mine = self.mine_radio.isChecked()
        self.municipality.setEnabled(mine)
        self.municipality_label.setEnabled(mine)
        typing = self.needs_passphrase()
        self.fields.setVisible(typing)
        self.export_button.setEnabled(not typing or not self.fields.issue())

    def scope(self) -> PackageScope:
        code: str | None = None
        if self.mine_radio.isChecked():
            municipality_id = self.municipality.municipality_id()
            if municipality_id:
                with self.ctx.store.reader() as session:
                    found = session.get(models.Municipality, municipality_id)
                    code = found.gm_code if found is not None else None
        return PackageScope(
            "mine" if self.mine_radio.isChecked() else "all", code, self.include_confidential.isChecked()
        )

    def export(self) -> None:
        if self.needs_passphrase() and self.fields.issue():
            return
        suggested = self.tr("package-{date}").format(date=date.today().isoformat()) + SUFFIX
        name_filter = self.tr("Regiostem package (*.regiostem)")
        path = files.ask_save(self, self.ctx, self.windowTitle(), suggested, name_filter, (SUFFIX,))
        if path is None:
            return
        scope = self.scope()
        passphrase = self.fields.take() if self.needs_passphrase() else None
        remember = self.remember.isChecked() and self.keyring
        log2_n = self.kdf_log2n
        self.export_button.setEnabled(False)
        Op(
            self.ctx,
            lambda job: _seal(job.store, path, scope, passphrase, remember, log2_n),
            label=self.tr("Sealing the package {file}…").format(file=path.name),
            cancellable=False,
        ).success(self._done).failure(self._failed).run(self)

    def _done(self, summary: transfer.PackageSummary) -> None:
        self.last_summary = summary
        message = self.tr(
            "Package written to {path}. Concerns: {concerns}; records in all: {records}."
        ).format(path=summary.path, concerns=summary.concerns, records=sum(summary.records.values()))
        if not self.keyring:
            message += "\n" + secrets.unavailable_notice()
        parent = self.parentWidget()
        title = self.tr("Package exported")
        self.ctx.status.emit(self.tr("Package written to {path}.").format(path=summary.path.name))
        self.accept()
        QMessageBox.information(parent, title, message)

    def _failed(self, exc: BaseException) -> None:
        self._update()
        tell_failure(self, self.tr("Package not exported"), exc)


def open_package_export_dialog(window: QWidget, ctx: AppContext) -> PackageExportDialog:
    dialog = PackageExportDialog(ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
