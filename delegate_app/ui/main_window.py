"""The main window: navigation sidebar, the current view, menus, shortcuts and the status bar."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import ModuleType

import shiboken6
from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from delegate_app import APP_NAME
from delegate_app.core.errors import StoreError
from delegate_app.ui import views
from delegate_app.ui.context import AppContext
from delegate_app.ui.i18n import LANGUAGE_NAMES, current_language, switch_language
from delegate_app.ui.icons import app_icon, icon

log = logging.getLogger(__name__)

GEOMETRY_KEY = "mainwindow/geometry"
STATE_KEY = "mainwindow/state"
VIEW_KEY = "mainwindow/view"
DEFAULT_SIZE = QSize(1280, 820)


class _ViewStack(QStackedWidget):
    """Asks only for the room the current view needs, so one wide view does not widen the window for all."""

    def minimumSizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()


def _menu_text(text: str) -> str:
    # A single "&" in a menu is a mnemonic marker; the "&" in "Gemeenten & contacten" is text.
    return text.replace("&", "&&")


class MainWindow(QMainWindow):
    """One window per store; the views share its AppContext."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())
        self._views: dict[str, QWidget] = {}
        self._session_window: QWidget | None = None
        self._region_name = ""

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in views.VIEWS:
            item = QListWidgetItem(icon(spec.icon), spec.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(200, 38))
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._row_changed)

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(font.Weight.DemiBold)
        self.heading.setFont(font)
        self.heading.setContentsMargins(0, 0, 0, 4)
        self.stack = _ViewStack()

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(20, 14, 20, 8)
        page_layout.setSpacing(8)
        page_layout.addWidget(self.heading)
        page_layout.addWidget(self.stack, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._sidebar_panel())
        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Plain)
        divider.setObjectName("sidebarDivider")
        divider.setStyleSheet("QFrame#sidebarDivider { color: palette(midlight); }")
        layout.addWidget(divider)
        layout.addWidget(page, 1)
        self.setCentralWidget(central)
        self._style_sidebar()

        self._build_actions()
        self._build_menus()
        self._parts: list[object] = []
        self._install_parts()
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self._build_status_bar()

        ctx.changed.connect(self._on_changed)
        ctx.status.connect(self._show_status)
        ctx.language_changed.connect(self.retranslate)
        ctx.undo_stack.canUndoChanged.connect(self._update_undo)
        ctx.undo_stack.canRedoChanged.connect(self._update_undo)
        ctx.undo_stack.undoTextChanged.connect(self._update_undo)
        ctx.undo_stack.redoTextChanged.connect(self._update_undo)

        self._load_region_name()
        self.retranslate()
        self._restore_state()

    # layout -----------------------------------------------------------------------

    def _sidebar_panel(self) -> QFrame:
        """The app's name and the region above the navigation, on one calm background."""
        panel = QFrame()
        panel.setObjectName("sidebarPanel")
        panel.setFixedWidth(230)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(32, 32))
        self.brand = QLabel("Regiostem")
        font = self.brand.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(font.Weight.DemiBold)
        self.brand.setFont(font)
        self.region_label = QLabel()
        self.region_label.setObjectName("sidebarRegion")
        self.region_label.setStyleSheet("color: palette(placeholder-text);")
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.brand)
        names.addWidget(self.region_label)
        header = QHBoxLayout()
        header.setContentsMargins(18, 16, 12, 6)
        header.setSpacing(10)
        header.addWidget(logo)
        header.addLayout(names, 1)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(header)
        column.addWidget(self.sidebar, 1)
        return panel

    def _style_sidebar(self) -> None:
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        base = window.darker(104) if window.lightness() > 128 else window.lighter(115)
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        selected = QColor(highlight)
        selected.setAlpha(48)
        text = palette.color(QPalette.ColorRole.WindowText).name()
        self.centralWidget().setStyleSheet(
            f"""
            QFrame#sidebarPanel {{ background: {base.name()}; }}
            QListWidget#sidebar {{ background: transparent; padding: 8px 8px; outline: 0; }}
            QListWidget#sidebar::item {{ padding: 4px 8px; border-radius: 6px; margin: 1px 0; color: {text}; }}
            QListWidget#sidebar::item:hover {{ background: rgba(0, 0, 0, 14); }}
            QListWidget#sidebar::item:selected {{
                background: rgba({selected.red()}, {selected.green()}, {selected.blue()}, {selected.alpha()});
                color: {text}; font-weight: 600; }}
            """
        )

    def _build_actions(self) -> None:
        self.new_concern_action = QAction(self)
        self.new_concern_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_concern_action.triggered.connect(self.new_concern)
        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.ctx.undo_stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.ctx.undo_stack.redo)
        self.session_mode_action = QAction(icon("session-mode"), "", self)
        self.session_mode_action.setShortcut(QKeySequence("F11"))
        self.session_mode_action.triggered.connect(self.open_session_mode)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.make_backup)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help_action.triggered.connect(self.show_help)
        self.about_qt_action = QAction(self)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(lambda: QMessageBox.aboutQt(self))
        self.view_group = QActionGroup(self)
        self.view_actions: list[QAction] = []
        for index, spec in enumerate(views.VIEWS):
            action = QAction(icon(spec.icon), "", self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setData(spec.key)
            action.triggered.connect(lambda _=False, key=spec.key: self.show_view(key))
            self.view_group.addAction(action)
            self.view_actions.append(action)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, code=code: switch_language(self.ctx, code))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        for action in (self.new_concern_action, self.undo_action, self.redo_action, self.backup_action):
            action.setEnabled(not self.ctx.read_only)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.file_menu.addAction(self.new_concern_action)
        self.file_menu.addAction(self.session_mode_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.edit_menu = QMenu(self)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.search_action)
        self.view_menu = QMenu(self)
        for action in self.view_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = QMenu(self)
        self.help_menu.addAction(self.help_action)
        self.help_menu.addAction(self.about_qt_action)
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)

    def _install_parts(self) -> None:
        """Parts that bring their own commands (exchange, documents) add them here, when present."""
        installers: tuple[tuple[str, Callable[[ModuleType], object]], ...] = (
            ("delegate_app.ui.exchange.actions", lambda m: m.install_exchange_actions(self, self.ctx)),
            ("delegate_app.ui.exchange.drop", lambda m: m.install_drop_support(self, self.ctx)),
            (
                "delegate_app.ui.documents.actions",
                lambda m: m.DocumentActions(self.ctx, self, self.file_menu),
            ),
        )
        for name, install in installers:
            try:
                module = importlib.import_module(name)
                self._parts.append(install(module))
            except ModuleNotFoundError as exc:
                if exc.name != name:
                    log.exception("%s could not be installed", name)
            except Exception:  # one broken part must not keep the window from opening
                log.exception("%s could not be installed", name)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.read_only_badge = QLabel()
        self.read_only_badge.setObjectName("readOnlyBadge")
        self.read_only_badge.setStyleSheet(
            "QLabel#readOnlyBadge { background: #b7791f; color: white; border-radius: 4px; padding: 1px 8px; }"
        )
        self.read_only_badge.setVisible(self.ctx.read_only)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedState")
        self.store_label = QLabel()
        self.store_label.setObjectName("storePath")
        self.store_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addPermanentWidget(self.read_only_badge)
        status.addPermanentWidget(self.saved_label)
        status.addPermanentWidget(self.store_label)
        self._saved_at: datetime | None = None

    # views ------------------------------------------------------------------------

    def view(self, key: str) -> QWidget:
        """The view for `key`, created on first use."""
        if key not in self._views:
            spec = views.spec(key)
            widget = spec.create(self.ctx, self.stack)
            widget.setObjectName(f"view-{key}")
            self._views[key] = widget
            self.stack.addWidget(widget)
        return self._views[key]

    def created_views(self) -> dict[str, QWidget]:
        return dict(self._views)

    def current_key(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else views.VIEWS[0].key

    def current_view(self) -> QWidget | None:
        return self._views.get(self.current_key())

    def show_view(self, key: str) -> QWidget:
        keys = [spec.key for spec in views.VIEWS]
        row = keys.index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # calls _row_changed
        else:
            self._row_changed(row)
        return self._views[key]

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        spec = views.VIEWS[row]
        widget = self.view(spec.key)
        previous = self.stack.currentWidget()
        if previous is not None and previous is not widget:
            _call(previous, "save_pending")
        self.stack.setCurrentWidget(widget)
        self.stack.updateGeometry()
        self.view_actions[row].setChecked(True)
        if previous is not None and previous is not widget:
            _call(widget, "refresh")
        self._update_heading()
        self.ctx.settings.setValue(VIEW_KEY, spec.key)

    def _update_heading(self) -> None:
        key = self.current_key()
        widget = self._views.get(key)
        title = views.spec(key).translated_title()
        page_title = getattr(widget, "page_title", None)
        if callable(page_title):
            title = str(page_title()) or title
        self.heading.setText(title)
        self._update_title()

    def _update_title(self) -> None:
        self.region_label.setText(self._region_name)
        self.region_label.setVisible(bool(self._region_name))
        subject = self._region_name
        if self.ctx.read_only:
            read_only = self.tr("(read-only)")
            subject = f"{subject} {read_only}".strip()
        # "Subject — App", the desktop convention; ending in the app's name also stops Qt from adding it again.
        self.setWindowTitle(f"{subject} — {APP_NAME}" if subject else APP_NAME)

    def _load_region_name(self) -> None:
        from delegate_app.core.services.overview import start_facts

        self._region_name = start_facts(self.ctx.store).region_name or ""

    # commands ---------------------------------------------------------------------

    def new_concern(self) -> None:
        if self.ctx.read_only:
            return
        register = self.show_view(views.CONCERNS_KEY)
        _call(register, "new_item")

    def focus_search(self) -> None:
        widget = self.current_view()
        if widget is not None:
            _call(widget, "focus_search")

    def open_session_mode(self) -> None:
        try:
            from delegate_app.ui.session_mode import SessionModeWindow
        except ModuleNotFoundError as exc:
            if exc.name and "session_mode" in exc.name:
                QMessageBox.information(
                    self, self.tr("Session mode"), self.tr("Session mode comes in a later version.")
                )
                return
            raise
        if self._session_window is None:
            self._session_window = SessionModeWindow(self.ctx)
            self._session_window.destroyed.connect(self._session_window_gone)
        self._session_window.showFullScreen()
        self._session_window.raise_()
        self._session_window.activateWindow()

    def _session_window_gone(self) -> None:
        self._session_window = None

    def make_backup(self) -> None:
        from delegate_app.ui.widgets.confirm import start_backup

        start_backup(self.ctx, self)

    def restore_backup(self, backup: Path) -> bool:
        """Put `backup` in place of the store (the current file is kept aside) and reopen every view."""
        from delegate_app.core.store import open_store, restore

        self.save_pending()
        key = self.current_key()
        folder = self.ctx.store.folder
        self._drop_views()
        self.ctx.store.close()
        problem = ""
        aside: Path | None = None
        try:
            aside = restore(folder, backup)
        except (StoreError, OSError) as exc:
            problem = str(exc)
        try:
            store = open_store(folder)
        except StoreError as exc:
            QMessageBox.critical(self, self.tr("Store cannot be opened"), str(exc))
            self.close()
            return False
        store.actor = self.ctx.actor
        self.ctx.store = store
        self.ctx.read_only = store.read_only
        self.ctx.undo_stack.clear()
        self._load_region_name()
        self.show_view(key)
        self.retranslate()
        self.ctx.notify("")
        if problem:
            QMessageBox.warning(self, self.tr("Backup not restored"), problem)
            return False
        self.ctx.status.emit(
            self.tr("Backup restored. The previous store was kept as {name}.").format(
                name=aside.name if aside else ""
            )
        )
        return True

    def _drop_views(self) -> None:
        if self._session_window is not None:
            self._session_window.close()
            self._session_window.deleteLater()
            self._session_window = None
        for widget in self._views.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._views.clear()

    def show_help(self) -> None:
        from delegate_app.ui.widgets.about_dialog import AboutDialog

        AboutDialog(self.ctx, self).exec()

    # state ------------------------------------------------------------------------

    def _on_changed(self, entity: str, ids: list[str]) -> None:
        if entity == "backup":
            return
        self._saved_at = datetime.now()
        self._update_saved()
        if entity == "region":
            self._load_region_name()
            self._update_title()

    def _update_saved(self) -> None:
        if self.ctx.read_only:
            self.saved_label.setText(self.tr("Changes are not possible"))
            return
        text = self.tr("All changes saved")
        if self._saved_at is not None:
            text += " · " + self._saved_at.strftime("%H:%M")
        self.saved_label.setText(text)

    def _show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    def _update_undo(self, *_: object) -> None:
        stack = self.ctx.undo_stack
        writable = not self.ctx.read_only
        if not shiboken6.isValid(stack):  # the context goes first when the app shuts down
            return
        self.undo_action.setEnabled(writable and stack.canUndo())
        self.redo_action.setEnabled(writable and stack.canRedo())
        what = stack.undoText()
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=what).strip() if what else self.tr("&Undo")
        )
        what = stack.redoText()
        self.redo_action.setText(
            self.tr("&Redo {what}").format(what=what).strip() if what else self.tr("&Redo")
        )

    def _restore_state(self) -> None:
        geometry = self.ctx.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(DEFAULT_SIZE)
        state = self.ctx.settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        key = str(self.ctx.settings.value(VIEW_KEY, views.VIEWS[0].key) or views.VIEWS[0].key)
        if key not in {spec.key for spec in views.VIEWS}:
            key = views.VIEWS[0].key
        self.show_view(key)

    def save_state(self) -> None:
        self.ctx.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.ctx.settings.setValue(STATE_KEY, self.saveState())
        self.ctx.settings.sync()

    def save_pending(self) -> None:
        """Write every view's debounced edit now."""
        for widget in self._views.values():
            _call(widget, "save_pending")
        if self._session_window is not None:
            _call(self._session_window, "save_pending")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_pending()
        from delegate_app.ui import ops

        if any(True for _ in ops.running_ops()):
            self.ctx.status.emit(self.tr("Waiting for work in progress to finish..."))
            ops.wait_for_all()
        if self._session_window is not None:
            self._session_window.close()
        self.save_state()
        super().closeEvent(event)

    # language ---------------------------------------------------------------------

    def retranslate(self, *_: object) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.new_concern_action.setText(self.tr("&New concern"))
        self.session_mode_action.setText(self.tr("&Session mode"))
        self.session_mode_action.setToolTip(self.tr("Capture concerns at a regional session, full screen"))
        self.backup_action.setText(self.tr("Make a &backup now"))
        self.quit_action.setText(self.tr("&Quit"))
        self.search_action.setText(self.tr("&Find"))
        self.help_action.setText(self.tr("&Help and about Regiostem"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self.sidebar.setAccessibleName(self.tr("Navigation"))
        self.sidebar.setAccessibleDescription(self.tr("The parts of Regiostem; Ctrl+1 to Ctrl+8 jump to one"))
        for row, spec in enumerate(views.VIEWS):
            title = spec.translated_title()
            self.sidebar.item(row).setText(title)
            self.sidebar.item(row).setToolTip(f"{title} (Ctrl+{row + 1})")
            self.view_actions[row].setText(_menu_text(title))
        self.language_actions[current_language()].setChecked(True)
        self.read_only_badge.setText(self.tr("Read-only"))
        self.read_only_badge.setToolTip(
            self.tr("Another Regiostem has this store open; you can look but not change anything.")
        )
        self.store_label.setText(self.tr("Store: {path}").format(path=_display_path(self.ctx.store.folder)))
        self.store_label.setToolTip(str(self.ctx.store.path))
        self._update_saved()
        self._update_undo()
        for widget in self._views.values():
            _call(widget, "retranslate")
        self._update_heading()


def _display_path(path: Path) -> str:
    """A folder as people read it: the home folder written as ~."""
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)


def _call(widget: object, method: str) -> None:
    fn = getattr(widget, method, None)
    if callable(fn):
        fn()
