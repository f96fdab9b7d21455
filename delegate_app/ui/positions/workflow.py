"""The workflow strip of a position: where it stands, and buttons for the steps it can take."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from delegate_app.core.models import PositionStatus
from delegate_app.core.services.labels import label
from delegate_app.core.services.positions import TRANSITIONS

_ORDER = list(PositionStatus)


class WorkflowBar(QWidget):
    """Steps as a breadcrumb, a back button and a forward button.

    The forward button is shown even when the rule would refuse: pressing it
    explains why (the service names every unmet condition), which teaches the rule.
    """

    status_requested = Signal(str)  # a PositionStatus code
    outcome_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: PositionStatus | None = None
        self.has_agenda_item = False
        self.steps = QLabel(self)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)  # wraps in a narrow window instead of widening it
        self.back = QPushButton(self)
        self.back.setFlat(True)
        self.forward = QPushButton(self)
        self.forward.setDefault(False)
        self.forward.setAutoDefault(False)
        self.back.clicked.connect(lambda: self._go(self._back_target()))
        self.forward.clicked.connect(self._forward_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.back)
        layout.addWidget(self.forward)
        self.set_status(None, False)

    def _forward_target(self) -> PositionStatus | None:
        if self.status is None:
            return None
        later = [s for s in TRANSITIONS[self.status] if _ORDER.index(s) > _ORDER.index(self.status)]
        return later[0] if later else None

    def _back_target(self) -> PositionStatus | None:
        if self.status is None:
            return None
        earlier = [s for s in TRANSITIONS[self.status] if _ORDER.index(s) < _ORDER.index(self.status)]
        return max(earlier, key=_ORDER.index) if earlier else None

    def _go(self, target: PositionStatus | None) -> None:
        if target is not None:
            self.status_requested.emit(target.value)

    def _forward_clicked(self) -> None:
        target = self._forward_target()
        if target is PositionStatus.OUTCOME_KNOWN and self.has_agenda_item:
            self.outcome_requested.emit()
        else:
            self._go(target)

    def set_status(
        self, status: PositionStatus | None, has_agenda_item: bool, read_only: bool = False
    ) -> None:
        self.status = status
        self.has_agenda_item = has_agenda_item
        self.retranslate()
        self.back.setEnabled(not read_only)
        self.forward.setEnabled(not read_only)

    def retranslate(self) -> None:
        crumbs = []
        for step in _ORDER:
            text = escape(label(step))
            if step is self.status:
                crumbs.append(
                    f"<span style='background:#1f5f99; color:white; border-radius:3px; padding:2px 6px;'>"
                    f"&nbsp;{text}&nbsp;</span>"
                )
            elif self.status is not None and _ORDER.index(step) < _ORDER.index(self.status):
                crumbs.append(f"<span style='color:#1f5f99'>{text}</span>")
            else:
                crumbs.append(f"<span style='color:#8a8f96'>{text}</span>")
        self.steps.setText(" &nbsp;›&nbsp; ".join(crumbs))
        self.steps.setAccessibleName(
            self.tr("Status: {status}").format(status=label(self.status) if self.status else "—")
        )
        forward = self._forward_target()
        back = self._back_target()
        # Named even while hidden, so assistive technology never meets an anonymous button.
        self.forward.setAccessibleName(self.tr("Next step"))
        self.back.setAccessibleName(self.tr("Step back"))
        self.forward.setVisible(forward is not None)
        self.back.setVisible(back is not None)
        if forward is not None:
            text = {
                PositionStatus.CONSULTATION: self.tr("St&art consultation"),
                PositionStatus.ADOPTED: self.tr("&Adopt position"),
                PositionStatus.RAISED: self.tr("M&ark as raised"),
                PositionStatus.OUTCOME_KNOWN: (
                    self.tr("Record &outcome…") if self.has_agenda_item else self.tr("Mark &outcome known")
                ),
            }.get(forward, label(forward))
            self.forward.setText(text)
            self.forward.setAccessibleName(text.replace("&", ""))
        if back is not None:
            text = self.tr("Back to “{status}”").format(status=label(back))
            self.back.setText(text)
            self.back.setAccessibleName(text)
