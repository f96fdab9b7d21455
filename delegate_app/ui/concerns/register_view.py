"""Knelpunten: the concern register — filter bar, a lazily filled table and the editor beside it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QItemSelection, QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core.errors import ValidationError
from delegate_app.core.services import concerns, labels
from delegate_app.ui.concerns.delegates import LevelDelegate, PillDelegate, lock_icon
from delegate_app.ui.concerns.detail_editor import ConcernEditor, restore, unmerge
from delegate_app.ui.concerns.filter_bar import FilterBar
from delegate_app.ui.concerns.merge_dialog import MergeDialog
from delegate_app.ui.concerns.new_concern_dialog import NewConcernDialog
from delegate_app.ui.concerns.support_editor import SupportEditor
from delegate_app.ui.concerns.table_model import COLUMN_KEYS, ConcernTableModel
from delegate_app.ui.concerns.undo import perform
from delegate_app.ui.context import AppContext

SPLITTER_KEY = "concerns/splitter"
HEADER_KEY = "concerns/columns"
ROW_HEIGHT = 30
COLUMN_WIDTHS = {"title": 260, "municipality": 125, "theme": 135, "urgency": 68, "impact": 68, "support": 92,
                 "status": 140, "confidentiality": 118, "date": 92}  # fmt: skip
TITLE_MIN = 240
VISUAL_ORDER = (
    "title",
    "municipality",
    "support",
    "urgency",
    "impact",
    "status",
    "theme",
    "confidentiality",
    "date",
)
# Which edited fields can move a row or take it out of the register (see _ordering_fields).
SORT_FIELDS = {"date": {"submitted_on"}, "title": {"title"}, "municipality": {"municipality_id"},
               "theme": {"theme_id"}, "urgency": {"urgency"}, "impact": {"impact"},
               "support": {"municipality_id"}, "status": {"status"},
               "confidentiality": {"confidentiality"}}  # fmt: skip
FILTER_FIELDS = {"theme_id": {"theme_id", "extra_theme_ids"}, "municipality_id": {"municipality_id"},
                 "status": {"status"}, "confidentiality": {"confidentiality"}}  # fmt: skip
REFRESHING = {"concern", "support", "region", "municipality", "theme", "merge", "import", "package"}


class ConcernRegisterView(QWidget):
    """The main view "Knelpunten"."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # One plain connection for the register's fast reads, closed with the view.
        self._conn = ctx.store.raw()
        conn = self._conn
        self.destroyed.connect(lambda *_: conn.close())
        self._requerying = False
        self._starting = True
        self.new_dialog: NewConcernDialog | None = None
        self.merge_dialog: MergeDialog | None = None

        self.filter_bar = FilterBar(ctx)
        self.search_field = self.filter_bar.search_field
        self.model = ConcernTableModel(self._conn, self)
        self.model.lock_icon = lock_icon()
        self.table = QTableView()
        self._setup_table()
        self.empty = QLabel(self.table.viewport())
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)

        self.count_label = QLabel()
        self.count_label.setObjectName("registerCount")
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(self.merge_selected)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_item)
        self.new_button.setObjectName("primaryButton")
        self.new_button.setDefault(False)
        self.new_button.setAutoDefault(False)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search_field, 1)
        top.addWidget(self.count_label)
        top.addSpacing(8)
        top.addWidget(self.merge_button)
        top.addWidget(self.new_button)

        self.editor = ConcernEditor(ctx)
        self.editor.open_concern.connect(self.select_concern)
        self.supports = SupportEditor(ctx)
        self.supports.breadth_changed.connect(self._breadth_changed)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.editor, "")
        self.tabs.addTab(self.supports, "")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([660, 350])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addSpacing(2)
        layout.addWidget(self.splitter, 1)

        self._build_actions()
        self.filter_bar.changed.connect(self._apply_filter)
        ctx.changed.connect(self._on_changed)
        self._restore_state()
        self.retranslate()
        self._starting = False
        self.model.set_filter(self.filter_bar.current())
        self._after_requery([])

    # layout -----------------------------------------------------------------------

    def _setup_table(self) -> None:
        t = self.table
        t.setModel(self.model)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        t.setAlternatingRowColors(True)
        t.setShowGrid(False)
        t.setWordWrap(False)
        t.setTextElideMode(Qt.TextElideMode.ElideRight)
        t.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        t.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        t.customContextMenuRequested.connect(self._context_menu)
        vertical = t.verticalHeader()
        vertical.hide()
        # A fixed row height keeps 100,000 rows cheap: nothing is measured.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        header = t.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, key in enumerate(COLUMN_KEYS):
            header.resizeSection(i, COLUMN_WIDTHS[key])
        self._levels = LevelDelegate(t)
        self._pills = PillDelegate(t)
        for key in ("urgency", "impact"):
            t.setItemDelegateForColumn(COLUMN_KEYS.index(key), self._levels)
        for key in ("status", "confidentiality"):
            t.setItemDelegateForColumn(COLUMN_KEYS.index(key), self._pills)
        # Breadth and weight first: what a delegate weighs a concern by should be visible
        # without scrolling; theme, confidentiality and date follow (the user can move them).
        for position, key in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(COLUMN_KEYS.index(key)), position)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSortIndicator(COLUMN_KEYS.index("date"), Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        t.selectionModel().selectionChanged.connect(self._selection_changed)
        t.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title()
            self.empty.resize(self.table.viewport().size())
        return super().eventFilter(watched, event)

    def _build_actions(self) -> None:
        self.open_action = QAction(self)
        self.open_action.triggered.connect(self.focus_editor)
        self.merge_action = QAction(self)
        self.merge_action.setShortcut(QKeySequence("Ctrl+M"))
        self.merge_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.merge_action.triggered.connect(self.merge_selected)
        self.unmerge_action = QAction(self)
        self.unmerge_action.triggered.connect(self.unmerge_selected)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.restore_selected)
        self.table.addAction(self.delete_action)
        self.addAction(self.merge_action)
        for keys in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(keys), self.table, self.focus_editor, context=Qt.ShortcutContext.WidgetShortcut
            )
        writable = not self.ctx.read_only
        for action in (self.merge_action, self.unmerge_action, self.delete_action, self.restore_action):
            action.setEnabled(writable)
        self.new_button.setEnabled(writable)
        self.merge_button.setEnabled(False)

    def retranslate(self) -> None:
        self.filter_bar.retranslate()
        self.editor.retranslate()
        self.supports.retranslate()
        self.tabs.setTabText(0, self.tr("Concern"))
        self._breadth_changed(*self._breadth)
        self.new_button.setText(self.tr("New concern"))
        self.new_button.setToolTip(self.tr("Add a concern (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New concern"))
        self.merge_button.setText(self.tr("Merge…"))
        self.merge_button.setToolTip(self.tr("Merge the selected concerns into one (Ctrl+M)"))
        self.merge_button.setAccessibleName(self.tr("Merge the selected concerns"))
        self.open_action.setText(self.tr("Edit"))
        self.merge_action.setText(self.tr("Merge…"))
        self.unmerge_action.setText(self.tr("Unmerge"))
        self.delete_action.setText(self.tr("Delete"))
        self.restore_action.setText(self.tr("Restore"))
        self.table.setAccessibleName(self.tr("Concerns"))
        self.table.setAccessibleDescription(
            self.tr("Arrow keys move, Enter edits the concern, Delete deletes it, the menu key shows more")
        )
        self.tabs.setAccessibleName(self.tr("Details of the selected concern"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMN_KEYS) - 1)
        self.model.invalidate()  # status and confidentiality labels, breadth texts
        self._update_count()

    _breadth = (0, 0)

    def _breadth_changed(self, municipalities: int, inhabitants: int) -> None:
        self._breadth = (municipalities, inhabitants)
        text = self.tr("Recognition")
        self.tabs.setTabText(1, f"{text} ({municipalities})" if municipalities else text)

    def page_title(self) -> str:
        return self.tr("Concerns")

    # the main-view contract -----------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def new_item(self) -> None:
        if self.ctx.read_only:
            return
        self.flush()
        dialog = NewConcernDialog(self.ctx, self._conn, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        dialog.recognised.connect(self.select_concern)
        self.new_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "new_dialog", None))
        dialog.open()
        dialog.municipality.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        self.filter_bar.reload()
        self._requery()

    def flush(self) -> None:
        """Save the editor's pending edit now (the window closes, another concern is chosen)."""
        self.editor.flush()

    save_pending = flush

    def apply_filter_now(self) -> None:
        """Apply what is typed in the search field without waiting for the pause."""
        if self.filter_bar.pending():
            self.filter_bar.flush()
        else:
            self._apply_filter()

    # querying ---------------------------------------------------------------------

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter_bar.current())
        self._after_requery(self.selected_ids(), scroll_top=True)

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if self._starting:
            return  # restoring the header at start; the first query comes once everything is set
        selected = self.selected_ids()
        self.model.sort(section, order)
        self._after_requery(selected)

    def _requery(self) -> None:
        selected = self.selected_ids()
        scroll = self.table.verticalScrollBar().value()
        self.model.requery()
        self._after_requery(selected)
        self.table.verticalScrollBar().setValue(scroll)

    def _after_requery(self, selected_ids: list[str], *, scroll_top: bool = False) -> None:
        self._requerying = True
        try:
            self._reselect(selected_ids)
        finally:
            self._requerying = False
        if scroll_top:
            self.table.scrollToTop()
        self._selection_changed()
        self._update_count()

    def _reselect(self, concern_ids: list[str]) -> None:
        selection = QItemSelection()
        first = -1
        for concern_id in concern_ids:
            row = self.model.row_of_id(concern_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, len(COLUMN_KEYS) - 1))
                first = row if first < 0 else first
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        model.select(selection, flags)
        if first >= 0:
            model.setCurrentIndex(self.model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _on_changed(self, entity: str, ids: list[str]) -> None:
        if entity not in REFRESHING:
            return
        if entity in {"region", "municipality"}:
            self.filter_bar.reload()
        fields = self.editor.saving_fields
        if entity == "concern" and fields is not None and not fields & self._ordering_fields():
            # Typing in the editor: neither which rows show nor their order can change, so
            # repaint from fresh rows instead of filtering and sorting the whole store again.
            self.model.invalidate()
            return
        self._requery()

    def _ordering_fields(self) -> set[str]:
        """The concern fields that decide which rows the register shows, and in what order."""
        flt = self.model.filter
        fields = set(SORT_FIELDS.get(self.model.sort_key, ()))
        if flt.text.strip():
            fields |= {"title", "description", "municipality_id"}
        for attribute, needs in FILTER_FIELDS.items():
            if getattr(flt, attribute):
                fields |= needs
        return fields

    def _update_count(self) -> None:
        total = self.model.rowCount()
        text = self.tr("{count} concerns").format(count=labels.format_number(total))
        if total == 1:
            text = self.tr("1 concern")
        chosen = len(self.selected_rows())
        if chosen > 1:
            text += " · " + self.tr("{count} selected").format(count=chosen)
        self.count_label.setText(text)
        flt = self.model.filter
        filtered = bool(
            flt.text.strip() or flt.theme_id or flt.municipality_id or flt.status or flt.confidentiality
        )
        if total:
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("No concern matches this search or filter.")
                if filtered
                else self.tr("No concerns yet.\nPress Ctrl+N to add the first one, or import a file.")
            )
            self.empty.resize(self.table.viewport().size())
            self.empty.show()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.empty.resize(self.table.viewport().size())

    def _fit_title(self) -> None:
        """The title takes the room the other columns leave, but never less than TITLE_MIN."""
        header = self.table.horizontalHeader()
        title = COLUMN_KEYS.index("title")
        others = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if i != title and not header.isSectionHidden(i)
        )
        header.resizeSection(title, max(TITLE_MIN, self.table.viewport().width() - others))

    # selection --------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def selected_ids(self) -> list[str]:
        return [i for i in (self.model.concern_id(r) for r in self.selected_rows()) if i]

    def _selection_changed(self, *_: object) -> None:
        if self._requerying:
            return
        ids = self.selected_ids()
        current = self.table.selectionModel().currentIndex()
        shown = self.model.concern_id(current.row()) if current.isValid() else None
        if shown not in ids:
            shown = ids[0] if ids else None
        self.editor.set_concern(shown)
        self.supports.set_concern(shown)
        writable = not self.ctx.read_only
        self.merge_button.setEnabled(writable and len(ids) > 1)
        self._update_count()

    def select_concern(self, concern_id: str) -> None:
        """Select and show one concern (a new one, the target of a merge)."""
        row = self.model.row_of_id(concern_id)
        if row < 0 and (self.model.filter.text or self.model.filter.status or self.model.filter.theme_id):
            self.ctx.status.emit(self.tr("The concern is saved but hidden by the current filter."))
        if row >= 0:
            self.select_row(row)
        else:
            self.editor.set_concern(concern_id)
            self.supports.set_concern(concern_id)

    def select_row(self, row: int) -> None:
        """Select one row, whatever modifier keys happen to be held (QTableView.selectRow honours them)."""
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def focus_editor(self) -> None:
        if self.editor.concern_id is not None:
            self.tabs.setCurrentWidget(self.editor)
            self.editor.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def _created(self, concern_id: str) -> None:
        self.select_concern(concern_id)
        self.focus_editor()

    # actions ----------------------------------------------------------------------

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and index.row() not in self.selected_rows():
            self.select_row(index.row())
        rows = [r for r in (self.model.row_data(i) for i in self.selected_rows()) if r is not None]
        if not rows:
            return
        writable = not self.ctx.read_only
        self.merge_action.setEnabled(writable and len(rows) > 1 and not any(r.merged_into_id for r in rows))
        self.unmerge_action.setEnabled(writable and len(rows) == 1 and rows[0].merged_into_id is not None)
        self.restore_action.setEnabled(writable and self.model.filter.include_deleted)
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.merge_action)
        menu.addAction(self.unmerge_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        if self.model.filter.include_deleted:
            menu.addAction(self.restore_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        menu.aboutToHide.connect(lambda: self.merge_action.setEnabled(writable))

    def _header_menu(self, pos: QPoint) -> None:
        """Show or hide columns; the title always stays."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for i in range(1, len(COLUMN_KEYS)):
            title = str(self.model.headerData(i, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, i=i: header.setSectionHidden(i, not on))
        menu.popup(header.viewport().mapToGlobal(pos))

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if self.ctx.read_only or len(ids) < 2:
            if len(ids) < 2:
                self.ctx.status.emit(
                    self.tr("Select two or more concerns to merge (Ctrl+click or Shift+click).")
                )
            return
        self.flush()
        dialog = MergeDialog(self.ctx, ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self.select_concern)
        self.merge_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "merge_dialog", None))
        dialog.open()

    def unmerge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and not self.ctx.read_only:
            try:
                unmerge(self.ctx, ids[0], self.tr("unmerge"))
            except ValidationError as exc:
                self.ctx.status.emit(str(exc))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.ctx.read_only:
            return
        self.flush()
        next_row = min(self.selected_rows())

        def do(session: object) -> None:
            for concern_id in ids:
                concerns.delete_concern(session, concern_id)  # type: ignore[arg-type]

        def undo(session: object) -> None:
            for concern_id in ids:
                concerns.restore_concern(session, concern_id)  # type: ignore[arg-type]

        text = (
            self.tr("deletion of {count} concerns").format(count=len(ids))
            if len(ids) > 1
            else self.tr("deletion of a concern")
        )
        try:
            perform(self.ctx, text, do, undo, ids=ids, status=self.tr("Deleted. Ctrl+Z brings it back."))
        except ValidationError as exc:
            self.ctx.status.emit(str(exc))
            return
        if self.model.rowCount():
            self.select_row(min(next_row, self.model.rowCount() - 1))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids and not self.ctx.read_only:
            restore(self.ctx, ids, self.tr("restore"))

    # state ------------------------------------------------------------------------

    def _restore_state(self) -> None:
        state = self.ctx.settings.value(SPLITTER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        columns = self.ctx.settings.value(HEADER_KEY)
        if isinstance(columns, QByteArray) and not columns.isEmpty():
            header = self.table.horizontalHeader()
            header.restoreState(columns)
            # Widths, order and hidden columns stay; every start sorts newest first again.
            header.setSortIndicator(COLUMN_KEYS.index("date"), Qt.SortOrder.DescendingOrder)

    def hideEvent(self, event: object) -> None:
        self.ctx.settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        self.ctx.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        super().hideEvent(event)  # type: ignore[arg-type]
