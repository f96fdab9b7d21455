"""The export dialog: the briefing pack or the report-back of a meeting as a PDF, built off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core.errors import DelegateAppError
from delegate_app.core.services.labels import format_date
from delegate_app.ui.context import AppContext
from delegate_app.ui.documents.banner import Banner
from delegate_app.ui.documents.export_job import (
    BRIEFING,
    LAST_FOLDER_KEY,
    REPORT_BACK,
    SECTIONS,
    ExportChoices,
    ExportRequest,
    ExportResult,
    MeetingChoice,
    build_document,
    load_choices,
    output_problem,
    suggested_name,
    with_pdf_suffix,
)
from delegate_app.ui.i18n import LANGUAGE_NAMES, current_language
from delegate_app.ui.ops import Op

# The word the builders print on every page of a document with confidential concerns, per document language.
MARKING = {"nl": "VERTROUWELIJK", "en": "CONFIDENTIAL"}


def _muted(label: QLabel, *, wrap: bool = False) -> QLabel:
    label.setWordWrap(wrap)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class DocumentExportDialog(QDialog):
    """Choose the document, meeting, audience, parts, language and confidentiality; then save as PDF."""

    exported = Signal(object)  # ExportResult, after the file was written

    def __init__(
        self,
        ctx: AppContext,
        kind: str = BRIEFING,
        meeting_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.ctx = ctx
        self.choices = ExportChoices()
        self.op: Op[ExportResult] | None = None
        self.written: ExportResult | None = None
        self.preview_window: QWidget | None = None
        self._meeting_chosen = meeting_id is not None  # a meeting the caller or the user picked stays
        self._close_when_cancelled = False
        self.request: ExportRequest | None = None

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(font.Weight.DemiBold)
        self.heading.setFont(font)
        self.intro = _muted(QLabel(self), wrap=True)

        self.briefing_radio = QRadioButton(self)
        self.report_radio = QRadioButton(self)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.briefing_radio)
        self.kind_group.addButton(self.report_radio)
        (self.report_radio if kind == REPORT_BACK else self.briefing_radio).setChecked(True)
        kind_row = QHBoxLayout()
        kind_row.setSpacing(20)
        kind_row.addWidget(self.briefing_radio)
        kind_row.addWidget(self.report_radio)
        kind_row.addStretch(1)

        self.meeting = QComboBox(self)
        self.meeting.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meeting_info = _muted(QLabel(self))
        meeting_box = QVBoxLayout()
        meeting_box.setSpacing(3)
        meeting_box.addWidget(self.meeting)
        meeting_box.addWidget(self.meeting_info)

        self.region_radio = QRadioButton(self)
        self.municipality_radio = QRadioButton(self)
        self.region_radio.setChecked(True)
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.region_radio)
        self.scope_group.addButton(self.municipality_radio)
        self.municipality = QComboBox(self)
        scope_row = QHBoxLayout()
        scope_row.setSpacing(20)
        scope_row.addWidget(self.region_radio)
        scope_row.addWidget(self.municipality_radio)
        scope_row.addWidget(self.municipality, 1)

        self.section_boxes: dict[str, QCheckBox] = {}
        sections_box = QVBoxLayout()
        sections_box.setSpacing(4)
        for key, _ in SECTIONS:
            box = QCheckBox(self)
            box.setChecked(True)
            self.section_boxes[key] = box
            sections_box.addWidget(box)
        self.sections_note = _muted(QLabel(self))
        sections_box.addWidget(self.sections_note)

        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))

        self.confidential = QCheckBox(self)
        self.confidential_warning = Banner(self)
        confidential_box = QVBoxLayout()
        confidential_box.setSpacing(6)
        confidential_box.addWidget(self.confidential)
        confidential_box.addWidget(self.confidential_warning)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(12)
        self.labels: dict[str, QLabel] = {}
        for key, field, buddy in (
            ("kind", kind_row, self.briefing_radio),
            ("meeting", meeting_box, self.meeting),
            ("scope", scope_row, self.region_radio),
            ("sections", sections_box, self.section_boxes["overview"]),
            ("language", self.language, self.language),
            ("confidential", confidential_box, self.confidential),
        ):
            label = QLabel(self)
            label.setBuddy(buddy)
            self.labels[key] = label
            self.form.addRow(label, field)

        self.banner = Banner(self)
        self.preview_button = self.banner.add_button(QPushButton(self))
        self.folder_button = self.banner.add_button(QPushButton(self))
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addSpacing(4)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: palette(midlight);")
        layout.addWidget(rule)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

        self.kind_group.buttonToggled.connect(lambda *_: self._kind_changed())
        self.scope_group.buttonToggled.connect(lambda *_: self.update_state())
        self.meeting.activated.connect(self._meeting_picked)
        self.meeting.currentIndexChanged.connect(lambda *_: self.update_state())
        self.municipality.currentIndexChanged.connect(lambda *_: self.update_state())
        self.language.currentIndexChanged.connect(lambda *_: self.update_state())
        self.confidential.toggled.connect(lambda *_: self.update_state())
        for box in self.section_boxes.values():
            box.toggled.connect(lambda *_: self.update_state())
        self.save_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self.preview_button.clicked.connect(self.show_preview)
        self.folder_button.clicked.connect(self.open_folder)
        ctx.language_changed.connect(self.retranslate)

        self.reload(meeting_id)
        self.retranslate()

    # ------------------------------------------------------------------ state

    def kind(self) -> str:
        return REPORT_BACK if self.report_radio.isChecked() else BRIEFING

    def meeting_choice(self) -> MeetingChoice | None:
        wanted = self.meeting.currentData()
        return next((m for m in self.choices.meetings if m.id == wanted), None)

    def municipality_code(self) -> str | None:
        if self.kind() != REPORT_BACK or not self.municipality_radio.isChecked():
            return None
        code = self.municipality.currentData()
        return str(code) if code else None

    def sections(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.section_boxes.items() if box.isChecked())

    def document_language(self) -> str:
        return str(self.language.currentData() or current_language())

    def reload(self, meeting_id: str | None = None) -> None:
        """Read the meetings and members again (after a failure, or when the store changed)."""
        keep = meeting_id or self.meeting.currentData()
        self.choices = load_choices(self.ctx.store)
        self.municipality.blockSignals(True)
        self.municipality.clear()
        for member in self.choices.members:
            self.municipality.addItem(member.name, member.gm_code)
        self.municipality.blockSignals(False)
        self._fill_meetings(keep if any(m.id == keep for m in self.choices.meetings) else None)

    def _fill_meetings(self, wanted: str | None = None) -> None:
        wanted = wanted or self.choices.preselected(self.kind())
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for m in self.choices.meetings:
            text = f"{format_date(m.held_on)} · {m.title}"
            if m.is_next:
                text = self.tr("{meeting} (next meeting)").format(meeting=text)
            elif m.is_last:
                text = self.tr("{meeting} (last held)").format(meeting=text)
            self.meeting.addItem(text, m.id)
        self.meeting.setCurrentIndex(max(self.meeting.findData(wanted), 0))
        self.meeting.blockSignals(False)

    def _kind_changed(self) -> None:
        if not self._meeting_chosen:
            self._fill_meetings()
        self.retranslate()

    def _meeting_picked(self) -> None:
        self._meeting_chosen = True

    def blocking_problem(self) -> str:
        """What stops the export now, in words; empty when it can go ahead."""
        if not self.choices.meetings:
            return self.tr(
                "There is no meeting of the Landelijk ICT Beraad yet. Plan one first under National meeting."
            )
        if self.meeting_choice() is None:
            return self.tr("Choose the meeting.")
        if self.kind() == BRIEFING and not self.sections():
            return self.tr("Choose at least one part to include in the briefing pack.")
        if (
            self.kind() == REPORT_BACK
            and self.municipality_radio.isChecked()
            and not self.municipality_code()
        ):
            return self.tr("The region has no member municipalities yet; choose the whole region.")
        return ""

    def notice(self) -> str:
        """What the user should know before exporting, without stopping it."""
        meeting = self.meeting_choice()
        if meeting is None:
            return ""
        if meeting.items == 0:
            return self.tr("This meeting has no agenda items yet; the document will have no agenda pages.")
        if self.kind() == REPORT_BACK and meeting.outcomes == 0:
            return self.tr(
                "No outcome has been recorded for this meeting yet. The report-back will say so under every "
                "agenda item; record the outcomes first under National meeting."
            )
        if self.kind() == REPORT_BACK and meeting.outcomes < meeting.items:
            return self.tr(
                "No outcome has been recorded yet for {missing} of the {items} agenda items; the report-back "
                "will say so under those items."
            ).format(missing=meeting.items - meeting.outcomes, items=meeting.items)
        return ""

    def update_state(self) -> None:
        briefing = self.kind() == BRIEFING
        self.form.setRowVisible(self.labels["scope"], not briefing)
        self.form.setRowVisible(self.labels["sections"], briefing)
        self.municipality_radio.setEnabled(bool(self.choices.members))
        self.municipality.setEnabled(self.municipality_radio.isChecked())
        meeting = self.meeting_choice()
        self.meeting_info.setVisible(meeting is not None)
        if meeting is not None:
            self.meeting_info.setText(
                self.tr("Agenda items: {items} · outcomes recorded: {outcomes}").format(
                    items=meeting.items, outcomes=meeting.outcomes
                )
            )
        if self.confidential.isChecked():
            self.confidential_warning.show_message(
                "confidential",
                self.tr(
                    "Confidential concerns will be printed, and every page will say {marking}. Share this "
                    "document only with people who may read it."
                ).format(marking=MARKING.get(self.document_language(), MARKING["nl"])),
            )
        else:
            self.confidential_warning.clear()
        busy = self.op is not None and self.op.running
        problem = self.blocking_problem()
        self.save_button.setEnabled(not problem and not busy)
        if problem:
            self.banner.show_message("error", problem)
        elif notice := self.notice():
            self.banner.show_message("warning", notice)
        else:
            self.banner.clear()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the height the wrapped texts need at this width (a window does not do that by itself)."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if self.height() < needed:
                self.resize(self.width(), needed)

    # ------------------------------------------------------------------ language

    def retranslate(self, *_: object) -> None:
        briefing = self.kind() == BRIEFING
        if briefing:
            title = self.tr("Make the briefing pack")
            intro = self.tr(
                "The briefing pack is the PDF you take to the meeting: per agenda item the region's position, "
                "the support among the municipalities and each municipality's response."
            )
            save = self.tr("&Save briefing pack as PDF…")
        else:
            title = self.tr("Make the report-back")
            intro = self.tr(
                "The report-back tells after the meeting what was decided per agenda item and what it means, "
                "for the whole region or for one municipality with what became of its own concerns."
            )
            save = self.tr("&Save report-back as PDF…")
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.intro.setText(intro)
        for key, text in (
            ("kind", self.tr("Document:")),
            ("meeting", self.tr("&Meeting:")),
            ("scope", self.tr("For:")),
            ("sections", self.tr("Parts:")),
            ("language", self.tr("&Language:")),
            ("confidential", self.tr("Confidentiality:")),
        ):
            self.labels[key].setText(text)
        for widget, text, name in (
            (self.briefing_radio, self.tr("&Briefing pack"), self.tr("Briefing pack, for the meeting")),
            (self.report_radio, self.tr("&Report-back"), self.tr("Report-back, after the meeting")),
            (self.region_radio, self.tr("The &whole region"), self.tr("Report-back for the whole region")),
            (
                self.municipality_radio,
                self.tr("One m&unicipality:"),
                self.tr("Report-back for one municipality"),
            ),
            (
                self.confidential,
                self.tr("&Include confidential concerns"),
                self.tr("Include concerns marked confidential"),
            ),
        ):
            widget.setText(text)
            widget.setAccessibleName(name)
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.municipality.setAccessibleName(self.tr("Municipality for the report-back"))
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.confidential.setToolTip(
            self.tr("Off by default: concerns marked confidential are left out of every document.")
        )
        for (_key, text), box in zip(SECTIONS, self.section_boxes.values(), strict=True):
            label = QCoreApplication.translate("DocumentExport", text)
            box.setText(label)
            box.setAccessibleName(self.tr("Include: {part}").format(part=label))
        self.sections_note.setText(self.tr("The cover, the contents and the colophon are always included."))
        self.save_button.setText(save)
        self.save_button.setAccessibleName(save.replace("&", ""))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.preview_button.setText(self.tr("Show &preview"))
        self.preview_button.setAccessibleName(self.tr("Show the document in the preview"))
        self.folder_button.setText(self.tr("Open &folder"))
        self.folder_button.setAccessibleName(self.tr("Open the folder that holds the document"))
        self._fill_meetings(self.meeting.currentData())
        for combo in (self.meeting, self.municipality, self.language):
            combo.view().setAccessibleName(
                combo.accessibleName()
            )  # the open list is read by its owner's name
        if self.written is None or self.banner.tone != "success":
            self.update_state()

    # ------------------------------------------------------------------ exporting

    def _start_folder(self) -> Path:
        remembered = str(self.ctx.settings.value(LAST_FOLDER_KEY, "") or "")
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _audience(self) -> str:
        code = self.municipality_code()
        member = next((m for m in self.choices.members if m.gm_code == code), None)
        return member.name if member else ""

    def export(self) -> None:
        """Ask for the file, check it, and build the document off the GUI thread."""
        if self.op is not None and self.op.running:
            return
        problem = self.blocking_problem()
        if problem:
            self.banner.show_message("error", problem)
            return
        meeting = self.meeting_choice()
        assert meeting is not None
        start = self._start_folder() / suggested_name(self.kind(), meeting, self._audience())
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str(start), self.tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return
        path = with_pdf_suffix(chosen)
        problem = output_problem(path)
        if problem:
            self.banner.show_message("error", self.tr("Nothing was saved. {problem}").format(problem=problem))
            return
        self.ctx.settings.setValue(LAST_FOLDER_KEY, str(path.parent))
        request = ExportRequest(
            kind=self.kind(),
            meeting_id=meeting.id,
            path=path,
            language=self.document_language(),
            include_confidential=self.confidential.isChecked(),
            sections=self.sections(),
            municipality=self.municipality_code(),
        )
        self.start(request)

    def start(self, request: ExportRequest) -> Op[ExportResult]:
        """Build `request` in the background; the dialog shows the result, the failure or the cancel."""
        interface = current_language()
        label = (
            self.tr("Making the briefing pack…")
            if request.kind == BRIEFING
            else self.tr("Making the report-back…")
        )
        self.written = None
        self.request = request
        self.banner.clear()
        self.op = (
            Op(self.ctx, lambda job: build_document(job, request, interface), label=label)
            .success(self._done)
            .failure(self._failed)
            .cancelled(self._cancelled)
        )
        self.op.run(self)
        self._set_busy(True)
        return self.op

    def _set_busy(self, busy: bool) -> None:
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QRadioButton | QCheckBox | QComboBox):
                widget.setEnabled(not busy)
        if not busy:
            self.update_state()
        else:
            self.save_button.setEnabled(False)

    def _done(self, result: ExportResult) -> None:
        self.written = result
        self._set_busy(False)
        text = self.tr("Saved as {name} ({pages} pages).").format(name=result.path.name, pages=result.pages)
        if result.confidential_left_out and not self.confidential.isChecked():
            text += " " + self.tr("Confidential concerns left out: {count}.").format(
                count=result.confidential_left_out
            )
        self.banner.show_message("success", text, buttons=True)
        self.preview_button.setDefault(True)
        self.preview_button.setFocus()
        self.ctx.status.emit(self.tr("Saved: {path}").format(path=result.path))
        self.exported.emit(result)
        if self._close_when_cancelled:  # closed while finishing: the document is complete, so keep it
            super().reject()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, OSError):
            # The builder writes a temporary file beside the target; the user knows the target.
            where = self.request.path if self.request is not None else exc.filename
            message = self.tr("The document was not saved: {path} could not be written ({error}).").format(
                path=where, error=exc.strerror or exc
            )
        elif isinstance(exc, DelegateAppError):
            self.reload()
            message = self.tr("The document was not made: {error}").format(error=exc)
        else:
            from delegate_app.ui import errors

            errors.report(type(exc), exc, exc.__traceback__, parent=self)
            message = self.tr("The document was not made because of an unexpected error; nothing was saved.")
        self.banner.show_message("error", message)
        if self._close_when_cancelled:
            super().reject()

    def _cancelled(self) -> None:
        self._set_busy(False)
        self.banner.show_message("info", self.tr("Cancelled. Nothing was saved."))
        if self._close_when_cancelled:
            super().reject()

    # ------------------------------------------------------------------ after the export

    def show_preview(self) -> None:
        if self.written is None:
            return
        from delegate_app.ui.documents.preview import open_preview

        self.preview_window = open_preview(self.written.path, self.ctx, self.parentWidget())
        self.accept()

    def open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.path.parent)))

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        """Closing while a document is being made cancels it first; nothing half-made is left."""
        if self.op is not None and self.op.running and self.op.job is not None:
            self._close_when_cancelled = True
            self.op.job.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.op is not None and self.op.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


def open_export_dialog(
    ctx: AppContext, parent: QWidget | None, kind: str = BRIEFING, meeting_id: str | None = None
) -> DocumentExportDialog:
    """Show the export dialog window-modal over `parent`; it deletes itself when closed."""
    dialog = DocumentExportDialog(ctx, kind, meeting_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog._fit_height()  # its width is known only now
    return dialog
