"""Overzicht: the region at a glance — headline figures, the next meeting, concerns and participation."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core.models import PositionStatus
from delegate_app.core.services import labels, overview
from delegate_app.ui.context import AppContext
from delegate_app.ui.widgets.charts import BarChart
from delegate_app.ui.widgets.panels import Panel, Tile

if TYPE_CHECKING:
    from delegate_app.core.services.sessions import ParticipationRow

log = logging.getLogger(__name__)

REFRESH_DELAY_MS = 300
# Entities whose change alters a figure on this page.
_RELEVANT = {
    "concern",
    "support",
    "region",
    "session",
    "attendance",
    "meeting",
    "agenda_item",
    "position",
    "response",
    "outcome",
    "merge",
    "*",
    "",
}


@dataclass
class AgendaRow:
    number: int
    title: str
    status: str
    support: str
    objections: str
    responses: str
    verdict: str


@dataclass
class OverviewData:
    region: str
    totals: overview.Totals
    by_status: list[overview.Count]
    by_theme: list[overview.Count]
    participation: list[ParticipationRow]
    meeting_title: str = ""
    agenda: list[AgendaRow] = field(default_factory=list)
    meetings_available: bool = True


def load(ctx: AppContext) -> OverviewData:
    """Everything the page shows, read in one go from the services."""
    # Imported here: the page is read after the window first shows (see paintEvent).
    from delegate_app.core.services import region, sessions

    with ctx.store.reader() as session:
        found = region.get_region(session)
        data = OverviewData(
            region=found.name if found else "",
            totals=overview.totals(session),
            by_status=overview.concerns_by_status(session),
            by_theme=overview.concerns_by_theme(session),
            participation=[row for row in sessions.participation(session).values() if row.is_member],
        )
        try:
            from delegate_app.core.services import meetings
        except ImportError:
            data.meetings_available = False
            return data
        meeting = meetings.next_meeting(session)
        if meeting is not None:
            data.meeting_title = f"{meeting.title} — {labels.format_date(meeting.held_on)}"
            data.agenda = [_agenda_row(item) for item in meetings.agenda(session, meeting.id)]
    return data


def _agenda_row(summary: Any) -> AgendaRow:
    tally = summary.tally
    if tally is None:
        support = objections = responses = "–"
    else:
        support = f"{tally.support.count}/{tally.members} · {tally.support.by_inhabitants.percent()}"
        objections = str(tally.objection.count)
        responses = f"{tally.responded.count}/{tally.members}"
    verdict = ""
    open_statuses = {PositionStatus.CONCEPT.value, PositionStatus.CONSULTATION.value}
    if summary.outcome is not None:
        verdict = "outcome"
    elif (
        summary.verdict is not None
        and summary.position is not None
        and summary.position.status in open_statuses
    ):
        # Whether the rule would allow adopting matters only while the position is still open.
        verdict = "yes" if summary.verdict.can_adopt else "no"
    return AgendaRow(
        number=summary.item.number,
        title=summary.item.title,
        status=summary.position_status_label or "",
        support=support,
        objections=objections,
        responses=responses,
        verdict=verdict,
    )


class OverviewView(QWidget):
    """The first page: what is going on in the region."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: OverviewData | None = None
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        self.tiles = [Tile() for _ in range(4)]
        self.no_region = QFrame()
        self.no_region_text = QLabel()
        self.no_region_text.setWordWrap(True)
        self.setup_button = QPushButton()
        self.setup_button.clicked.connect(self._set_up_region)
        hint = QHBoxLayout(self.no_region)
        hint.setContentsMargins(0, 0, 0, 0)
        hint.addWidget(self.no_region_text, 1)
        hint.addWidget(self.setup_button)

        self.meeting_panel = Panel()
        self.meeting_empty = QLabel()
        self.agenda = QTreeWidget()
        self.agenda.setRootIsDecorated(False)
        self.agenda.setUniformRowHeights(True)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.agenda.setFrameShape(QFrame.Shape.NoFrame)
        self.agenda.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.agenda.setColumnCount(7)
        self.agenda.header().setStretchLastSection(False)
        self.agenda.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.agenda.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.meeting_panel.body.addWidget(self.meeting_empty)
        self.meeting_panel.body.addWidget(self.agenda)

        self.status_panel = Panel()
        self.status_chart = BarChart(horizontal=True)
        self.status_panel.body.addWidget(self.status_chart)
        self.theme_panel = Panel()
        self.theme_chart = BarChart(horizontal=True)
        self.theme_panel.body.addWidget(self.theme_chart)
        self.municipality_panel = Panel()
        self.municipality_chart = BarChart(horizontal=True, stacked=True)
        self.municipality_panel.body.addWidget(self.municipality_chart)
        self.participation_panel = Panel()
        self.participation_chart = BarChart(horizontal=True)
        self.participation_panel.body.addWidget(self.participation_chart)

        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 8, 8)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        grid.addWidget(self.no_region, 0, 0, 1, 2)
        tiles = QHBoxLayout()
        tiles.setSpacing(14)
        for tile in self.tiles:
            tiles.addWidget(tile)
        grid.addLayout(tiles, 1, 0, 1, 2)
        grid.addWidget(self.meeting_panel, 2, 0, 1, 2)
        charts = QHBoxLayout()
        charts.setSpacing(14)
        charts.addWidget(self.status_panel, 2)
        charts.addWidget(self.theme_panel, 3)
        grid.addLayout(charts, 3, 0, 1, 2)
        grid.addWidget(self.municipality_panel, 4, 0)
        grid.addWidget(self.participation_panel, 4, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

        ctx.changed.connect(self._on_changed)
        self.retranslate()
        self._load_scheduled = False

    def _load_if_needed(self) -> None:
        if self.data is None:
            self.refresh()

    # data -------------------------------------------------------------------------

    def _on_changed(self, entity: str, ids: list[str]) -> None:
        if entity not in _RELEVANT and not entity.startswith(("concern", "position", "session")):
            return
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty and self.data is not None:
            self._timer.start(0)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # The figures are read once the first frame is on screen, so the window appears without
        # waiting for them (the overview is the first thing shown at start-up).
        if self.data is None and not self._load_scheduled:
            self._load_scheduled = True
            # With the view as context: the call is dropped when the view is deleted first.
            QTimer.singleShot(0, self, self._load_if_needed)

    def refresh(self) -> None:
        self._dirty = False
        self.data = load(self.ctx)
        self._fill()

    def _fill(self) -> None:
        data = self.data
        if data is None:
            return
        t = data.totals
        self.no_region.setVisible(not data.region and not self.ctx.read_only)
        self.tiles[0].set(
            self.tr("Concerns"),
            labels.format_number(t.concerns),
            self.tr("{open} still open").format(open=labels.format_number(t.open_concerns)),
        )
        self.tiles[1].set(
            self.tr("Recognitions"),
            labels.format_number(t.supports),
            self.tr("municipalities that recognise another's concern"),
        )
        self.tiles[2].set(
            self.tr("Member municipalities"),
            labels.format_number(t.members),
            self.tr("{people} inhabitants").format(people=labels.format_number(t.member_inhabitants)),
        )
        last = labels.format_date(t.last_session_on) if t.last_session_on else self.tr("none yet")
        self.tiles[3].set(
            self.tr("Regional sessions"),
            labels.format_number(t.sessions),
            self.tr("last: {date}").format(date=last),
        )
        self._fill_agenda(data)
        self.status_chart.set_data(
            [c.label for c in data.by_status], [(self.tr("Concerns"), [c.count for c in data.by_status])]
        )
        top = data.by_theme[:10]
        self.theme_chart.set_data([c.label for c in top], [(self.tr("Concerns"), [c.count for c in top])])
        rows = data.participation
        names = [r.municipality for r in rows]
        self.municipality_chart.set_data(
            names,
            [
                (self.tr("Submitted"), [r.concerns_contributed for r in rows]),
                (self.tr("Recognised"), [r.supports_given for r in rows]),
            ],
        )
        held = rows[0].sessions_held if rows else 0
        self.participation_chart.set_data(
            names, [(self.tr("Sessions attended"), [r.sessions_attended for r in rows])], maximum=held
        )
        self.participation_panel.set_title(
            self.tr("Attendance at sessions in the region ({held} held)").format(held=held)
        )

    def _fill_agenda(self, data: OverviewData) -> None:
        self.meeting_panel.setVisible(data.meetings_available)
        self.agenda.clear()
        if not data.meeting_title:
            self.meeting_panel.set_title(self.tr("Next national meeting"))
            self.meeting_empty.setText(self.tr("No national meeting is planned yet (see Landelijk Beraad)."))
            self.meeting_empty.show()
            self.agenda.hide()
            return
        self.meeting_panel.set_title(
            self.tr("Next national meeting: {title}").format(title=data.meeting_title)
        )
        self.meeting_empty.hide()
        self.agenda.show()
        verdicts = {
            "yes": self.tr("can be adopted"),
            "no": self.tr("not yet"),
            "outcome": self.tr("outcome recorded"),
            "": "",
        }
        for row in data.agenda:
            item = QTreeWidgetItem(
                [
                    str(row.number),
                    row.title,
                    row.status or self.tr("no position yet"),
                    row.support,
                    row.objections,
                    row.responses,
                    verdicts.get(row.verdict, row.verdict),
                ]
            )
            for column in (0, 3, 4, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.agenda.addTopLevelItem(item)
        height = self.agenda.header().sizeHint().height() + 6
        height += sum(self.agenda.sizeHintForRow(i) or 24 for i in range(self.agenda.topLevelItemCount()))
        self.agenda.setFixedHeight(max(height, 60))

    def _set_up_region(self) -> None:
        from delegate_app.ui.first_start import FirstStartWizard

        if FirstStartWizard(self.ctx, self).exec():
            self.refresh()

    # language ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.no_region_text.setText(
            self.tr("No region has been set up yet. Name your region and choose its member municipalities.")
        )
        self.setup_button.setText(self.tr("Set up the region..."))
        self.status_panel.set_title(self.tr("Concerns by status"))
        self.theme_panel.set_title(self.tr("Concerns by theme"))
        self.municipality_panel.set_title(self.tr("Concerns per member municipality"))
        self.agenda.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("Agenda item"),
                self.tr("Position"),
                self.tr("Support (municipalities · inhabitants)"),
                self.tr("Objections"),
                self.tr("Responses"),
                self.tr("Verdict"),
            ]
        )
        self.agenda.setAccessibleName(self.tr("Agenda of the next national meeting"))
        self.scroll.setAccessibleName(self.tr("Overview"))
        for chart, name in (
            (self.status_chart, self.tr("Chart: concerns by status")),
            (self.theme_chart, self.tr("Chart: concerns by theme")),
            (self.municipality_chart, self.tr("Chart: concerns per member municipality")),
            (self.participation_chart, self.tr("Chart: participation per member municipality")),
        ):
            chart.setAccessibleName(name)
        if self.data is not None:
            # Labels of statuses and dates come from the services in the new language.
            self.refresh()
