"""The exchange commands in the File menu: import, export, intake template, packages and conflicts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from delegate_app.ui.context import AppContext

OBJECT_NAME = "exchangeActions"


class ExchangeActions(QObject):
    """Owns the menu actions; every dialog is imported only when its action is used."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.setObjectName(OBJECT_NAME)
        self.window = window
        self.ctx = ctx
        self.import_action = self._action(self.import_file, "Ctrl+I")
        self.export_action = self._action(self.export_concerns)
        self.template_action = self._action(self.save_template)
        self.package_export_action = self._action(self.export_package)
        self.package_import_action = self._action(self.import_package)
        self.conflicts_action = self._action(self.show_conflicts)
        writable = not ctx.read_only
        for action in (self.import_action, self.package_import_action, self.conflicts_action):
            action.setEnabled(writable)
        ctx.language_changed.connect(self.retranslate)
        self.retranslate()

    def _action(self, slot: object, shortcut: str = "") -> QAction:
        action = QAction(self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def actions(self) -> list[QAction | None]:
        """In menu order; None is a separator."""
        return [
            self.import_action,
            self.export_action,
            self.template_action,
            None,
            self.package_export_action,
            self.package_import_action,
            self.conflicts_action,
        ]

    def retranslate(self, *_: object) -> None:
        self.import_action.setText(self.tr("&Import…"))
        self.import_action.setToolTip(
            self.tr("Import concerns from an Excel workbook, a CSV file or a package")
        )
        self.export_action.setText(self.tr("&Export…"))
        self.export_action.setToolTip(self.tr("Export the concerns as filtered in the register"))
        self.template_action.setText(self.tr("Save intake &template…"))
        self.template_action.setToolTip(self.tr("The Excel workbook municipal staff fill in"))
        self.package_export_action.setText(self.tr("Export &package…"))
        self.package_export_action.setToolTip(self.tr("An encrypted package for another laptop"))
        self.package_import_action.setText(self.tr("Import pa&ckage…"))
        self.package_import_action.setToolTip(self.tr("Merge a package from another laptop"))
        self.conflicts_action.setText(self.tr("Con&flicts…"))
        self.conflicts_action.setToolTip(self.tr("Records edited on two laptops, waiting for your decision"))

    # commands ---------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> QDialog | None:
        from delegate_app.ui.exchange.import_dialog import open_import_dialog

        return open_import_dialog(self.window, self.ctx, path)

    def import_package(self) -> QDialog | None:
        from delegate_app.ui.exchange.import_dialog import open_import_dialog

        return open_import_dialog(self.window, self.ctx, None, packages_only=True)

    def export_concerns(self) -> QDialog:
        from delegate_app.ui.exchange.export_dialog import open_export_dialog

        return open_export_dialog(self.window, self.ctx)

    def save_template(self) -> None:
        from delegate_app.ui.exchange.template_action import save_template

        save_template(self.window, self.ctx)

    def export_package(self) -> QDialog:
        from delegate_app.ui.exchange.package_dialog import open_package_export_dialog

        return open_package_export_dialog(self.window, self.ctx)

    def show_conflicts(self) -> QDialog:
        from delegate_app.ui.exchange.conflicts_view import open_conflicts_dialog

        return open_conflicts_dialog(self.window, self.ctx)


def _file_menu(window: QMainWindow) -> QMenu | None:
    menu = getattr(window, "file_menu", None)
    if isinstance(menu, QMenu):
        return menu
    menus = window.menuBar().findChildren(QMenu)
    return menus[0] if menus else None


def install_exchange_actions(window: QMainWindow, ctx: AppContext) -> ExchangeActions:
    """Put the exchange commands in the File menu, above making a backup."""
    actions = ExchangeActions(window, ctx)
    menu = _file_menu(window)
    if menu is None:
        return actions
    anchor = getattr(window, "backup_action", None)
    if not isinstance(anchor, QAction) or anchor not in menu.actions():
        anchor = None
    for action in actions.actions():
        if action is None:
            action = QAction(menu)
            action.setSeparator(True)
        if anchor is None:
            menu.addAction(action)
        else:
            menu.insertAction(anchor, action)
    if anchor is not None:
        menu.insertSeparator(anchor)
    return actions


def exchange_actions(window: QWidget) -> ExchangeActions | None:
    """The exchange actions installed on `window`, if any."""
    found = window.findChild(ExchangeActions, OBJECT_NAME)
    return found if isinstance(found, ExchangeActions) else None
