"""The versions of a position: who changed what and when, a new version on request, and comparing two."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core.services.positions import VersionSnapshot

ID_ROLE = Qt.ItemDataRole.UserRole


class VersionsTab(QWidget):
    """Newest first; select two to compare them, or one to compare it with the one before."""

    new_version_requested = Signal()
    compare_requested = Signal(str, str)  # older version id, newer version id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setStyleSheet("QTreeView::item { padding: 3px 0px; }")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(lambda *_: self._compare())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.new_button = QPushButton(self)
        self.compare_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_version_requested)
        self.compare_button.clicked.connect(self._compare)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 8, 2, 2)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.snapshots: list[VersionSnapshot] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Every status change keeps a version, and so does “New version”. Select two versions "
                "(Ctrl+click) to compare them word by word, or one to compare it with the version before."
            )
        )
        self.list.setHeaderLabels(
            [self.tr("Version"), self.tr("Status"), self.tr("When"), self.tr("By"), self.tr("Reason")]
        )
        self.list.setAccessibleName(self.tr("Versions of the position"))
        self.new_button.setText(self.tr("&New version…"))
        self.new_button.setAccessibleName(self.tr("Keep a new version"))
        self.compare_button.setText(self.tr("&Compare…"))
        self.compare_button.setAccessibleName(self.tr("Compare versions"))

    def set_versions(self, snapshots: list[VersionSnapshot], editable: bool) -> None:
        self.snapshots = snapshots
        self.list.clear()
        for snapshot in reversed(snapshots):
            when = snapshot.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
            item = QTreeWidgetItem(
                [str(snapshot.number), snapshot.status_label, when, snapshot.author, snapshot.reason]
            )
            item.setData(0, ID_ROLE, snapshot.version_id)
            item.setToolTip(4, snapshot.reason)
            self.list.addTopLevelItem(item)
        for column, width in ((0, 60), (1, 130), (2, 130), (3, 120)):
            self.list.setColumnWidth(column, width)
        self.new_button.setEnabled(editable)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.compare_button.setEnabled(len(self.snapshots) >= 2)

    def pair(self) -> tuple[str, str] | None:
        """The two versions to compare: the two selected, or the selected and the one before, or the last two."""
        ids = [s.version_id for s in self.snapshots]
        if len(ids) < 2:
            return None
        chosen = sorted(
            (ids.index(str(item.data(0, ID_ROLE))) for item in self.list.selectedItems()),
        )
        if len(chosen) >= 2:
            return ids[chosen[0]], ids[chosen[-1]]
        if len(chosen) == 1 and chosen[0] > 0:
            return ids[chosen[0] - 1], ids[chosen[0]]
        return ids[-2], ids[-1]

    def _compare(self) -> None:
        pair = self.pair()
        if pair is not None:
            self.compare_requested.emit(*pair)
