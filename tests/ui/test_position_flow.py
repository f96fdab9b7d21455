"""The whole life of a position in the Standpunten view: draft, consult every member, adopt, raise, outcome."""

from __future__ import annotations

import pytest
from meeting_fixtures import MeetingData, build, shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from delegate_app.core import models
from delegate_app.core.models import ConcernStatus, Grade, PositionStatus
from delegate_app.core.services import outcomes, positions
from delegate_app.ui.context import AppContext
from delegate_app.ui.meetings.outcome_dialog import OutcomeDialog
from delegate_app.ui.positions.grades import grade_keys
from delegate_app.ui.positions.responses_matrix import COL_GRADE
from delegate_app.ui.positions_view import PositionsView


@pytest.fixture
def data(ctx: AppContext) -> MeetingData:
    return build(ctx.store)


@pytest.fixture
def view(ctx: AppContext, data: MeetingData, qtbot: object) -> PositionsView:
    widget = PositionsView(ctx)
    shown(widget, qtbot)
    widget.select_position(data.position_id)
    return widget


def _key_for(grade: Grade) -> str:
    return next(key for key, code in grade_keys().items() if code == grade.value and not key.isdigit())


def _position(ctx: AppContext, position_id: str) -> models.Position:
    with ctx.store.reader() as session:
        return positions.get_position(session, position_id)


def test_draft_consult_adopt_raise_and_record_the_outcome(
    ctx: AppContext, data: MeetingData, view: PositionsView, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text))

    # Draft: type the core position and the explanation; no save button, the edit is saved on flush.
    core = view.texts.widgets["core_position"]
    assert isinstance(core, QPlainTextEdit)
    core.selectAll()
    qtbot.keyClicks(core, "De regio steunt de cloudstrategie, mits er een exitstrategie komt.")  # type: ignore[attr-defined]
    qtbot.keyClicks(view.texts.explanation.source, "Gemeenten & leveranciers: **exit** vooraf.")  # type: ignore[attr-defined]
    view.flush()
    stored = _position(ctx, data.position_id)
    assert stored.core_position == "De regio steunt de cloudstrategie, mits er een exitstrategie komt."
    assert stored.explanation == "Gemeenten & leveranciers: **exit** vooraf."

    # Consultation.
    qtbot.mouseClick(view.workflow.forward, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.workflow.status is PositionStatus.CONSULTATION)  # type: ignore[attr-defined]

    # Responses for every member by keyboard: one letter per municipality, the cursor moves down itself.
    view.tabs.setCurrentIndex(1)
    table = view.responses_page.table
    assert view.model.rowCount() == len(data.members)
    table.setFocus()
    table.setCurrentIndex(view.model.index(0, COL_GRADE))
    # Members by name: Baarle-Nassau (small) objects, so the objection stays within the rule's shares.
    wanted = [Grade.OBJECTION, Grade.SUPPORT, Grade.SUPPORT_WITH_RESERVATION, Grade.SUPPORT, Grade.SUPPORT]
    for grade in wanted:
        qtbot.keyClicks(table, _key_for(grade))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.details is not None and view.details.tally.responded.count == 5)  # type: ignore[attr-defined]
    with ctx.store.reader() as session:
        rows = positions.responses(session, data.position_id)
    assert [r.grade for r in rows] == wanted
    assert all(r.responded_on is not None for r in rows)
    # The objection is in view beside the editor, by name.
    objector = rows[0].municipality
    assert objector in view.weighing.objections.text()

    # Adopting without a minority note is refused with a dialog naming the reason.
    qtbot.mouseClick(view.workflow.forward, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert warnings, "adopting with an unrecorded objection must be refused"
    assert "minderheidsstandpunt" in warnings[-1].lower() or "minority note" in warnings[-1].lower()
    assert _position(ctx, data.position_id).status == PositionStatus.CONSULTATION.value

    # Write the minority note, then adopt.
    view.tabs.setCurrentIndex(0)
    minority = view.texts.widgets["minority_note"]
    assert isinstance(minority, QPlainTextEdit)
    qtbot.keyClicks(minority, f"{objector} wil eerst een landelijke exitstrategie.")  # type: ignore[attr-defined]
    view.flush()
    qtbot.mouseClick(view.workflow.forward, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.workflow.status is PositionStatus.ADOPTED)  # type: ignore[attr-defined]
    assert len(warnings) == 1, warnings
    assert view.texts.title.isReadOnly(), "an adopted position's texts are locked"

    # Raise it at the meeting, then record the outcome through the dialog.
    qtbot.mouseClick(view.workflow.forward, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.workflow.status is PositionStatus.RAISED)  # type: ignore[attr-defined]

    def fill_and_accept(dialog: OutcomeDialog) -> int:
        dialog.decision.setPlainText("Het Beraad neemt een exitstrategie op in de cloudstrategie.")
        dialog.follow_up.setPlainText("VNG werkt de exitstrategie uit.")
        dialog.closed.setChecked(True)
        dialog.reason.setText("Opgenomen in de landelijke cloudstrategie")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(OutcomeDialog, "exec", fill_and_accept)
    qtbot.mouseClick(view.workflow.forward, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.workflow.status is PositionStatus.OUTCOME_KNOWN)  # type: ignore[attr-defined]
    with ctx.store.reader() as session:
        outcome = outcomes.outcome_for(session, data.item_ids[0])
        concern = session.get(models.Concern, data.concern_ids[0])
    assert outcome is not None and outcome.decision.startswith("Het Beraad")
    assert concern is not None
    assert concern.status == ConcernStatus.CLOSED.value
    assert concern.status_reason == "Opgenomen in de landelijke cloudstrategie"
    # Every status change kept a version.
    assert len(view.details.versions) >= 5  # type: ignore[union-attr]
